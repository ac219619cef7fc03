# 命令行报告（预算、效果、比较、合并、分享、导入、导出）的文字（简体中文）。与 en/cli.ftl 一一对应。


## 各命令共用
cli-none = （无）
cli-could-not-write = 无法写出{ $what }：{ $error }
cli-could-not-write-path = 无法写入 { $path }：{ $error }
cli-what-findings = 检查结果
cli-what-timeline = 时间线
cli-what-budget = 预算
cli-what-results = 效果
cli-what-brief = 合作简报
cli-what-differences = 差异
cli-what-merge-report = 合并报告
cli-what-export = 导出内容
cli-what-csv = CSV 文件
cli-no-campaign = 没有活动“{ $key }”；现有活动：{ $list }
cli-campaign-item = { $id }（{ $name }）
cli-no-campaign-at-all = 没有活动“{ $key }”：项目中还没有活动
cli-no-campaigns = 没有活动。
cli-list-semicolon = ；

## rapport budget
cli-budget-heading = { $name }（{ $id }）— 金额单位：{ $currency }
cli-budget-heading-as-of = { $name }（{ $id }）— 金额单位：{ $currency }，截至 { $date }
cli-budget-no-cap = 未设预算上限
cli-budget-cap = 预算上限 { $cap }
cli-budget-plan = { $cap } · 基准 { $baseline } · 变更 { $changes } · 当前计划 { $current } · 剩余 { $remaining }
cli-budget-plan-over = { $cap } · 基准 { $baseline } · 变更 { $changes } · 当前计划 { $current } · 剩余 { $remaining }（超出预算上限）
cli-budget-spent = 已确认 { $committed } · 已开票 { $invoiced } · 已付款 { $paid } · 合计 { $together }
cli-budget-col-baseline = 基准
cli-budget-col-changes = 变更
cli-budget-col-current = 当前计划
cli-budget-col-committed = 已确认
cli-budget-col-invoiced = 已开票
cli-budget-col-paid = 已付款
cli-budget-col-category = 类别
cli-budget-col-influencer = 达人
cli-budget-total = 合计
cli-budget-no-influencer = （无达人）
cli-budget-all-reconcile = 每条明细都对得上：基准 + 变更 = 当前计划。
cli-budget-unreconciled = 对不上的明细（{ $count } 条）：基准 + 已记录的变更 ≠ 当前计划
cli-budget-unreconciled-line = { $id }  { $label }：{ $message }
cli-budget-line-says = 基准 + 变更 = { $expected } { $currency }，但明细上是 { $current } { $currency }
cli-budget-line-cancelled = 基准 + 变更 = { $expected } { $currency }，但该明细已取消，计为 { $current } { $currency }

## rapport results
cli-results-heading = { $name } — 活动目的：{ $goal }，按{ $kpi }排名
cli-results-heading-no-goal = { $name } — 未选择活动目的，按{ $kpi }排名
cli-results-cost = 已确认费用 { $cost } { $currency }
cli-results-no-targets = 未设定目标
cli-results-target = 目标 { $target }  实际 { $actual }  { $progress }
cli-results-metrics = 互动率 { $rate } · 千次曝光成本 { $cpm } · 单次互动成本 { $cpe } · 单次点击成本 { $cpc } · 单次转化成本 { $cpa } · 投入产出比 { $roas }
cli-results-book-again = 值得再次合作（按单位费用的{ $kpi }）：
cli-results-ranked = { $rank }. { $name } — { $value }，费用 { $cost } { $currency }
cli-results-measured = { $total } 项交付内容中已测 { $measured } 项

## rapport share
cli-share-copy-written = { $name } 的{ $kind ->
        [client] 客户副本
       *[team] 团队副本
    }已写入 { $path }（{ $size }）
cli-share-left-out = 未包含：{ $list }
cli-share-left-out-item = { $what }（{ $count }）
cli-share-kept = 已保留制作副本所依据的版本（{ $id }），副本寄回时 `rapport merge` 能找到它。
cli-share-warning-not-kept = 警告：无法保留制作副本所依据的版本（{ $error }）；合并这份副本时会逐一询问每处差异
cli-share-warning-no-folder = 警告：没有数据文件夹来保留制作副本所依据的版本；合并这份副本时会逐一询问每处差异
cli-share-no-creator = 没有 id 或名字为“{ $who }”的达人
cli-share-many-creators = 有 { $count } 位达人叫“{ $who }”；请给出 id（{ $ids }）
cli-share-no-id = 没有 id 为“{ $who }”的达人
cli-share-brief-written = { $title } 已写入 { $path }（{ $how }）
cli-share-as-page = 可打印的页面
cli-share-as-text = 邮件正文文本
cli-size-bytes = { $count } 字节

## rapport diff 和 rapport merge
cli-diff-client-copy = { $path } 是客户副本：其中未包含的内容不算作删除
cli-diff-record = { $kind } { $name }（{ $id }）
cli-diff-added = 新增
cli-diff-removed = 删除
cli-diff-none = 没有差异
cli-merge-base-file = 基础版本 { $path }
cli-merge-base-kept = 分享时保留的、副本所依据的版本（{ $id }）
cli-merge-three-way = 三方合并，依据：{ $whence }。
cli-merge-no-base = 不知道双方所依据的版本：每处差异都算作冲突（用 --base 指定）。
cli-merge-counts = 采用对方的更改 { $taken } 处，保留我方的 { $kept } 处，合并历史记录 { $union } 条，冲突 { $conflicts } 处。
cli-merge-conflict = 冲突
cli-merge-conflict-took-mine = 冲突（采用我方）
cli-merge-conflict-took-theirs = 冲突（采用对方）
cli-merge-whole-record = （整条记录）
cli-merge-row = { $kind } { $name }（{ $id }）{ $field }：基础 { $base } · 我方 { $mine } · 对方 { $theirs }
cli-merge-unresolved = 还有 { $count } 处冲突：未写入任何文件。请在应用中选择（文件 ▸ 与另一份副本比较…），或给出 --take mine 或 --take theirs。
cli-merge-written = 合并后的项目已写入 { $path }。

## rapport import
cli-import-warning = 警告：{ $warning }
cli-import-read = { $path }：{ $rows } 行，{ $delimiter }分隔，表头在第 { $line } 行。
cli-import-columns = 列：{ $columns }
cli-import-saved = 已保存 { $path }。
cli-import-unchanged = { $path } 未更改。
cli-import-results-read = { $path }：{ $rows } 行。列：{ $columns }
cli-import-results-counts = 添加了 { $added } 条数据记录；{ $already } 条已有记录；跳过 { $skipped } 行。
cli-import-results-added = 第 { $line } 行：{ $title }（统计日期 { $date }）
cli-import-results-skipped = 第 { $line } 行：已跳过，{ $why }
cli-import-one-at-a-time = 一次只能导入一个电子表格：“{ $csv }”之后还有“{ $extra }”（导入效果数据：rapport import results CSV --into PROJECT）
cli-import-which-results = 要导入哪个效果数据导出文件？rapport import results CSV --into PROJECT
cli-map-not-field-column = “{ $text }”不是 FIELD=COLUMN 的形式（例如 { $example }）
cli-map-not-field = “{ $field }”不是字段：可用 name、handle、platform、followers、engagement-rate、avg-likes、avg-comments、country、niches、email、notes、other-handles 或 ignore
cli-map-not-result-field = “{ $field }”不是效果数据的字段：{ $names }
cli-map-no-column = “{ $text }”中“=”后面没有列

## rapport export
cli-export-roster-written = 已将 { $count } 位达人写入 { $path }。
cli-export-deliverables-written = 已将 { $count } 项交付内容写入 { $path }。
cli-export-costs-written = 已将 { $count } 条费用明细写入 { $path }。
cli-export-calendar-written = 已将 { $count } 项交付内容的日期（共 { $dates } 个）写入 { $path }。
cli-export-changes-written = 已将 { $count } 条已记录的变更写入 { $path }。
cli-export-summary-written = 摘要已写入 { $path }。
cli-export-chart-written = 图表已写入 { $path }。

## rapport generate
cli-generate-written = 已写入 { $path }（{ $size } MB）：{ $influencers }、{ $campaigns }、{ $deliverables }、{ $costs }、{ $contacts }。
cli-count-influencers = { $count } 位达人
cli-count-campaigns = { $count } 个活动
cli-count-deliverables = { $count } 项交付内容
cli-count-cost-lines = { $count } 条费用明细
cli-count-contacts = { $count } 位联系人

## rapport recover --list
cli-recover-needs-list = recover 需要 --list（rapport recover --list）
cli-recover-no-home = 没有恢复文件（不知道主文件夹在哪里）。
cli-recover-none = { $dir } 中没有恢复文件。
cli-recover-line = { $written }  { $size } 字节  { $path }  来自 { $of }
cli-recover-line-running = { $written }  { $size } 字节  { $path }  来自 { $of }（已在运行中的应用里打开）
cli-recover-not-saved = 尚未保存的项目

## rapport import：读到的电子表格
cli-delimiter-comma = 逗号
cli-delimiter-semicolon = 分号
cli-delimiter-tab = 制表符
cli-delimiter-pipe = 竖线（|）
cli-delimiter-other = 其他字符
cli-import-ignored = ；忽略：{ $list }
cli-timeline-none = 没有交付内容。
cli-timeline-publish = 发布
cli-timeline-draft = 初稿截止
cli-timeline-brief = 简报发出
cli-timeline-status = 状态
cli-timeline-what = 交付内容 — 达人 — 活动（ID）
cli-timeline-same-finding = （与上方“{ $title }”下的检查结果相同）
