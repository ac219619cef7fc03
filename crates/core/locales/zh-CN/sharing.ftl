# 分享与比较（分享对话框、达人合作简报、比较视图）、导出和导入的文字（简体中文）。
# 与 en/sharing.ftl 一一对应。术语见 ui.ftl 文件头。


## 与另一份副本比较

sg-compare-heading = 与 { $name } 比较
sg-compare-three-way = 三方比较：分享时保留了这份副本所依据的版本，因此只有一方改动的内容会直接采用。
sg-compare-two-way = 不知道双方共同依据的版本：每处差异都由你选择（在你选择之前保留你的版本）。
sg-compare-client-copy = 这是 { $date } 制作的客户副本：副本中省略的内容保持本项目中的原样。
sg-compare-summary = { $differences } 处差异 · { $taken } 处采用对方的 · { $conflicts } 处冲突
sg-compare-to-choose = · { $count } 处待选择
sg-compare-show = 显示：
sg-compare-every-kind = 所有类型
sg-compare-only-differences = 仅显示差异
sg-compare-accept-mine = 全部保留我的
sg-compare-accept-mine-tip = 所有冲突都保留你的值
sg-compare-accept-theirs = 全部采用对方的
sg-compare-accept-theirs-tip = 所有冲突都采用对方的值
sg-compare-merge = 合并
sg-compare-merge-tip = 将对方的改动作为一步并入项目（可撤销）
sg-compare-merge-disabled-tip = 请先为每处冲突选择“我的”或“对方的”
sg-compare-close = 关闭
sg-compare-close-tip = 关闭，不合并
sg-compare-no-differences = 没有差异：副本与项目的内容相同。
sg-compare-col-kind = 类型
sg-compare-col-record = 记录
sg-compare-col-field = 字段
sg-compare-col-base = 共同版本
sg-compare-col-mine = 我的
sg-compare-col-theirs = 对方的
sg-compare-col-result = 结果
sg-compare-take-mine-record = 此记录采用我的
sg-compare-take-theirs-record = 此记录采用对方的
sg-compare-whole-record = （整条记录）
sg-compare-same-value = 相同
sg-compare-removed = 已删除（对方删除了）
sg-compare-added = 已添加（对方添加了）
sg-compare-stays-removed = 保持删除（你删除了）
sg-compare-theirs-only = 对方的（只有对方改了）
sg-compare-same = 相同
sg-compare-mine-only = 我的（只有你改了）
sg-compare-both-kept = 两者都保留（历史记录）
sg-compare-conflict = 冲突：
sg-compare-keep-mine = 保留我的
sg-compare-keep-mine-tip = 保留你的值
sg-compare-take-theirs = 采用对方的
sg-compare-take-theirs-tip = 采用对方的值
sg-record-project = 项目
sg-record-influencer = 达人
sg-record-campaign = 活动
sg-record-deliverable = 交付内容
sg-record-cost-line = 费用明细
sg-record-plan-change = 计划变更
sg-compare-pick-title = 与另一份副本比较
sg-filter-rapport-project = Rapport 项目
sg-compare-type-path-note = 寄回的副本（同事或客户的）。如果此系统无法显示文件对话框，请输入它的路径。
sg-compare-error-title = 无法比较
sg-undo-merge = 合并 { $name }
sg-compare-merged = 已合并 { $name }：采用对方的 { $taken } 处改动，选择了 { $conflicts } 处冲突（可撤销）

## 分享副本、达人合作简报

sg-share-heading-brief = 达人合作简报
sg-share-heading-copy = 分享副本
sg-share-for = 分享给：
sg-share-team = 团队
sg-share-team-tip = 完整项目，给同事
sg-share-client = 客户
sg-share-client-tip = 计划及其效果，不含仅限我方的内容
sg-share-creator = 单个达人
sg-share-creator-tip = 该达人的交付内容、日期、广告标注、追踪方式和费用：一份文档，而非项目文件
sg-share-save-to = 保存到：
sg-share-write-brief = 生成合作简报
sg-share-write-copy = 生成副本
sg-share-browse = 浏览…
sg-share-browse-tip = 用系统对话框选择文件
sg-share-copy-text = 复制邮件文本
sg-share-copy-text-tip = 将合作简报以纯文本复制到剪贴板，以便粘贴到邮件中
sg-share-cancel = 取消
sg-share-amounts = 包含每条费用明细的金额
sg-share-amounts-tip = 否则副本只包含各活动的合计：已付款、已确认和预估
sg-share-compress = 压缩（.gz），便于邮件发送
sg-share-compress-tip = Rapport 可以直接打开压缩的项目
sg-share-nothing-left-out = 发送完整项目：没有省略任何内容。
sg-share-left-out = 此副本不包含：
sg-left-out-private-notes = 私人备注
sg-left-out-personal = 个人信息
sg-left-out-contact = 联系方式
sg-left-out-contact-log = 联系记录
sg-left-out-rate-cards = 报价
sg-left-out-fees = 服务费和内部费用明细
sg-left-out-reasons = 费用变更时记录的原因
sg-left-out-amounts = 每条明细的金额（改为活动合计）
sg-share-left-out-note = 关于省略内容的检查结果不会出现在副本中。副本寄回后，用“文件 ▸ 与另一份副本比较…”合并，不会删除其中任何内容。
sg-share-choose = 选择…
sg-share-creator-label = 达人：
sg-share-as = 格式：
sg-share-as-html = 可打印的页面（HTML）
sg-share-as-text = 邮件文本
sg-share-brief-note = 该达人的交付内容和日期、广告标注及其依据的规定、优惠码或追踪链接、费用和付款条件，以及我方对接人。不含其他达人的任何信息。
# 为副本建议的文件名（不含“.rapport.ron”）。
sg-share-file-copy = { $name }（{ $kind ->
        [client] 客户副本
       *[team] 团队副本
    }）
# 为合作简报建议的文件名（不含“.html”或“.txt”）。
sg-share-file-brief = { $who } 合作简报
sg-share-file-nobody = 达人
sg-share-browse-title = 保存位置
sg-share-no-file-chosen = 没有选择文件（或此处无法显示文件对话框）：请在上方输入路径。
sg-share-copied = 已将“{ $title }”复制为文本：可粘贴到邮件中
sg-share-nothing = 没有可分享的内容
sg-share-choose-creator = 请选择这份合作简报所属的达人。
sg-share-could-not-write = 无法写入 { $path }：{ $error }
sg-share-brief-written = “{ $title }”已保存到 { $path }
sg-share-copy-written = { $kind ->
        [client] 客户副本
       *[team] 团队副本
    }已保存到 { $path }（{ $size }）
sg-share-base-not-kept = ；未能保留它所依据的版本，因此合并它时每处差异都需要你选择

## 导出

sg-export-title-deliverables = 将交付内容导出为 CSV
sg-export-title-costs = 将费用导出为 CSV
sg-export-title-calendar = 导出日历
sg-export-title-summary = 导出单页摘要
sg-export-title-timeline = 将时间线导出为图片
sg-export-title-budget = 将预算导出为图片
# 建议的文件名（不含扩展名）。
sg-export-file-deliverables = { $project } 交付内容
sg-export-file-costs = { $project } 费用
sg-export-file-summary = { $project } 摘要
sg-export-file-timeline = { $project } 时间线
sg-export-file-budget = { $project } 预算
# 费用导出旁边的费用变更文件：“X 费用” → “X 费用 变更.csv”。
sg-export-file-changes = { $stem } 变更
sg-export-filter-calendar = 日历（iCalendar）
sg-export-filter-page = 网页（HTML）
sg-export-filter-image = 图片（PNG 或 SVG）
sg-export-filter-csv = 电子表格（CSV）
sg-export-done-deliverables = 已将 { $count } 项交付内容导出到 { $path }
sg-export-done-costs = 已将 { $count } 条费用明细导出到 { $path }，已记录的变更导出到 { $changes }
sg-export-done-calendar = 已将交付内容的日期导出到 { $path }
sg-export-done-page = 已导出到 { $path }（不含费用和私人信息）
sg-export-error-title = 无法导出

## 导入达人、导入效果数据

sg-import-heading = 从 { $file } 导入达人
sg-import-platform-intro = 没有平台列时，账号所在的平台：
sg-import-platform = 导入账号的平台
sg-import-columns = 列
sg-import-first-rows = 前 { $count } 行的读取结果
sg-import-rows-button = 导入 { $count } 行
sg-undo-import-influencers = 导入达人
sg-import-cancel = 取消
sg-import-col-line = 行号
sg-import-col-name = 名称
sg-import-skipped = 已跳过：{ $reason }
sg-import-in-file = 文件中：{ $raw }
sg-import-undo-note = 已作为一步导入：“编辑 ▸ 撤销”可全部撤回。
sg-import-close = 关闭
sg-import-facts = { $rows } 行 · { $delimiter ->
        [comma] 逗号
        [semicolon] 分号
        [tab] 制表符
        [pipe] 竖线（|）
       *[other] 其他符号
    }分隔 · 表头在第 { $line } 行
sg-import-column = 列 { $header }
sg-results-heading = 从 { $file } 导入效果数据
sg-results-date-intro = 没有日期列时，数据的统计日期：
sg-results-date-measured = 统计日期
sg-results-matching = 各行依次按帖子链接、优惠码、达人和发布日期匹配；匹配不到交付内容或匹配到多项的行会被跳过。
sg-results-summary = 待添加 { $add } 条数据记录 · { $already } 条已记录 · 跳过 { $skipped } 行
sg-results-import-button = 导入 { $count } 条数据记录
sg-undo-import-results = 导入效果数据
sg-results-col-goes-to = 对应交付内容
sg-results-already = 已记录
sg-results-not-read = 未读取
sg-results-first-of = 显示 { $rows } 行中的前 { $shown } 行；导入后的报告会列出每一行。
sg-results-report = 已添加 { $added } 条数据记录；{ $already } 条已记录；跳过 { $skipped } 行。
sg-results-report-added = 第 { $line } 行：{ $title }（统计于 { $date }）
sg-results-report-skipped = 第 { $line } 行：已跳过，{ $why }

## 闭合列表的中文名称（英文来自代码中的 label()）

term-Field-Name = 名称
term-Field-Handle = 账号
term-Field-Platform = 平台
term-Field-Followers = 粉丝数
term-Field-EngagementRate = 互动率
term-Field-AvgLikes = 平均点赞数
term-Field-AvgComments = 平均评论数
term-Field-Country = 国家/地区
term-Field-Niche = 领域
term-Field-Email = 邮箱
term-Field-Notes = 备注
term-Field-OtherHandles = 其他账号
term-Field-Ignore = 忽略
term-ResultField-Ignore = 忽略
term-ResultField-PostUrl = 帖子链接
term-ResultField-Code = 优惠码
term-ResultField-Creator = 达人
term-ResultField-Published = 发布日期
term-ResultField-Measured = 统计日期
term-ResultField-Impressions = 曝光
term-ResultField-Reach = 触达
term-ResultField-Views = 播放
term-ResultField-Likes = 点赞
term-ResultField-Comments = 评论
term-ResultField-Shares = 分享
term-ResultField-Saves = 收藏
term-ResultField-Clicks = 点击
term-ResultField-Redemptions = 优惠码核销
term-ResultField-Sales = 销量
term-ResultField-Revenue = 销售额
sg-import-unknown = 未知
