# “时间线”面板（图表、侧栏、交付内容编辑器）和通用控件的文字（简体中文）。
# 与 en/timeline.ftl 一一对应。术语见 ui.ftl 文件头。


## 通用控件：搜索、筛选、日期字段、悬停说明
tl-search = 搜索：
tl-all-campaigns = 全部活动
tl-campaign = 活动
tl-sort-by = 按{ $title }排序
tl-count-unknown = { $noun }未知
tl-unknown = 未知
tl-opens-url = 在浏览器中打开 { $url }
tl-not-web-address = 不是网址，因此仅显示为文字
tl-close-esc = 关闭{ $what }（Esc）
tl-close = 关闭{ $what }
tl-cancel = 取消
tl-column-width = { $table }：第 { $column } 列的宽度
tl-severity-error = 错误
tl-severity-warning = 警告
tl-severity-notice = 提示
tl-date-set = 设置…
tl-date-set-tip = 设置{ $name }
tl-date-hint = 日期
tl-date-tip = { $name }：输入 { $order ->
    [month] 2027-04-12、2027年4月12日、4月12日或 04/12
   *[day] 2027-04-12、2027年4月12日、4月12日或 12/04
}，或在日历中选择
tl-date-pick = { $name }：在日历中选择
tl-date-calendar = { $name }：日历
tl-date-clear = 清除{ $name }
tl-previous-month = 上个月
tl-next-month = 下个月
tl-today-button = 今天
# 日历的列，周一在前，以空格分隔。
tl-weekdays = 一 二 三 四 五 六 日
# 月份：$month 是月份数字。
tl-month-year = { $year }年{ $month }月
tl-month = { $month }月
tl-date-full = { $year }年{ $month }月{ $day }日

## “时间线”面板的工具栏和表格
tl-chart = 图表
tl-chart-tip = 在时间轴上显示每项交付内容
tl-table = 表格
tl-table-tip = 在可排序的表格中列出每项交付内容及其日期
tl-zoom-out = 缩小（Ctrl + 滚轮）
tl-zoom-in = 放大（Ctrl + 滚轮）
tl-fit = 全部显示
tl-fit-tip = 显示整个计划（或所选活动）
tl-lanes = 分组：
tl-search-hint = 标题或达人
tl-only-flagged = 仅显示有检查结果的
tl-add = ➕ 添加交付内容
tl-add-tip = 添加一项计划中的交付内容，再在表格中设置日期
tl-no-match = 没有符合条件的交付内容。
tl-deliverables = 交付内容
tl-status = 状态
tl-brief-of = “{ $title }”的合作简报发出日期
tl-draft-of = “{ $title }”的初稿截止日期
tl-publish-of = “{ $title }”的发布日期

## 撤销步骤
tl-undo-add = 添加交付内容
tl-undo-move = 移动交付内容
tl-undo-delete = 删除交付内容
tl-undo-edit = 编辑交付内容
tl-undo-status = 更改状态
tl-undo-brief-date = 更改合作简报发出日期
tl-undo-draft-date = 更改初稿截止日期
tl-undo-publish-date = 更改发布日期
tl-undo-told = 标记为已告知：{ $name }

## 图表
tl-chart-name = 时间线图表：拖动可前后浏览时间，双击某一行可添加交付内容
tl-today = 今天
tl-bar-flags = “{ $title }”的检查结果：{ $codes }
tl-bar-dates = 合作简报 { $brief } · 初稿 { $draft } · 发布 { $publish }
tl-drag-brief = 拖动“{ $title }”的合作简报发出日期
tl-drag-publish = 拖动“{ $title }”的发布日期
tl-drag-draft = “{ $title }”的初稿截止日期：{ $date }
tl-published-stays = “{ $title }”已发布，日期保持不变。如需移动，请先更改其状态。
tl-legend-draft-due = 初稿截止
tl-legend-filled = 实心
tl-legend-outlined = 空心
tl-legend-status = { $status }（{ $shape }）
tl-legend-separator = 、
tl-legend-name = 图例：{ $statuses }；◆ { $draft }；! { $error }；• { $warning }；• { $notice }

## 图表旁：检查结果和待告知的变更
tl-flags = 检查结果
tl-flags-all = 全部
tl-flags-errors = 错误
tl-flags-warnings = 警告
tl-check = 检查项
tl-all-checks = 全部检查项
tl-flags-count = { $count } 条检查结果
tl-to-tell = 待告知达人
tl-all-told = 每位达人都已了解当前计划。
tl-changes-not-told = { $name }：{ $count } 处变更尚未告知
tl-draft-update = 起草更新消息
tl-draft-update-tip = 一条简短友好的消息，列出有哪些变更
tl-mark-told = 标记为已告知
tl-mark-told-tip = 达人已知晓这些变更
tl-update-for = 给{ $name }的更新消息
tl-update-hint = 可以随意修改，然后复制到邮件或聊天中。
tl-update-message = 更新消息
tl-copy = 复制到剪贴板

## 交付内容编辑器
tl-title = 标题
tl-type = 类型
tl-content-type = 内容类型
tl-deliverable-status = 交付内容状态
tl-influencer = 达人
tl-platform = 平台
tl-compensation = 报酬方式
tl-disclosure = 广告标注
tl-revisions = 修改轮次
tl-revisions-used = 轮已用，共约定
tl-revisions-agreed = 轮
tl-revisions-used-tip = 已用的修改轮次
tl-revisions-agreed-tip = 约定的修改轮次
tl-post-address = 帖子链接
tl-post-address-tip = 已发布帖子的网址：导入效果数据时按它匹配
tl-ships-product = 先向达人寄送产品（+5 天）
tl-dates = 日期：
tl-dates-brief = 合作简报发出
tl-dates-draft = 初稿截止
tl-dates-publish = 发布
tl-field-brief = 合作简报发出日期
tl-field-draft = 初稿截止日期
tl-field-publish = 发布日期
tl-delete = 🗑 删除交付内容
tl-delete-tip = 从计划中移除（可撤销）
tl-the-deliverable = 此交付内容
tl-results = 效果：
tl-results-measured = { $reading }（统计于 { $date }）
tl-results-none = 暂无
tl-results-later = 发布后再录入
tl-enter-results = 录入效果…
tl-enter-results-tip = 打开“效果”面板，查看此交付内容的数据
tl-no-findings = 没有检查结果：日期安排留有足够时间。

## 列表标签（英文来自代码）
term-TimelineColumn-Deliverable = 交付内容
term-TimelineColumn-Influencer = 达人
term-TimelineColumn-Campaign = 活动
term-TimelineColumn-Type = 类型
term-TimelineColumn-BriefSent = 合作简报发出
term-TimelineColumn-DraftDue = 初稿截止
term-TimelineColumn-Publish = 发布
term-TimelineColumn-Status = 状态
term-TimelineColumn-Findings = 检查结果
term-LaneMode-Influencer = 达人
term-LaneMode-Campaign = 活动
