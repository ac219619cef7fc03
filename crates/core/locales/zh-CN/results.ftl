# “效果”面板和演示幻灯片的文字（简体中文）。
# 与 en/results.ftl 一一对应。术语见 ui.ftl 文件头。


## 面板

res-no-campaign = 还没有活动：请在“预算”面板中添加。
res-campaign = 活动
res-creators = 达人
res-creators-none-ranked = 有费用的达人测得{ $kpi }后，会在这里排名：看看值得再次合作的是谁。
res-deliverables = 交付内容
res-deliverables-hint = 点击一项交付内容，录入它的效果数据。
res-summary = 已确认费用 { $cost } { $currency } · { $total } 项交付内容中已测 { $measured } 项
res-summary-metrics = · 互动率 { $rate } · 千次曝光成本 { $cpm } · 单次互动成本 { $cpe } · 单次点击成本 { $cpc } · 单次转化成本 { $cpa } · 投入产出比 { $roas }
res-summary-metrics-tip = 按报告了该项数据的帖子所对应的达人费用计算；服务费及与达人无关的其他费用明细只计入已确认总额

## 效果随时间变化的图表

res-chart-heading = 随时间变化
res-chart-showing = 显示
res-chart-empty = 还没有测得{ $kpi }数据：曲线从第一条数据记录开始。
res-chart-name = 效果随时间变化
res-chart-legend-total = ━ 累计
res-chart-legend-target = ╌ 目标
res-chart-legend-today = │ 今天
# 一句话描述图表：“触达：3月3日 12,000，截至3月28日 905,000（共 6 天有变化）；目标 1,000,000。”
res-chart-words-first = { $kpi }：{ $date } { $value }
res-chart-words-last = ，截至{ $date } { $value }（共 { $days } 天有变化）
res-chart-words-target = ；目标 { $target }
res-chart-words-end = 。

## 录入交付内容的效果数据

res-entry-heading = 效果
# 用于“关闭……（Esc）”。
res-entry-close-what = 效果录入
res-entry-not-published = 尚未发布：效果数据通常在发布后才有。
res-entry-post-address = 帖子链接
res-entry-measured-on = 统计日期
res-entry-not-reported = 未报告
res-entry-revenue = 销售额（{ $currency }）
res-entry-add = 添加数据记录
res-entry-add-tip = 保存这些在该日期统计的数据；以最新一条数据记录为准
res-entry-not-a-number = { $name }：“{ $text }”不是数字
res-entry-revenue-error = 销售额：{ $error }
res-entry-empty = 请至少填写一项数据。
res-undo-add = 添加效果数据：{ $title }
res-undo-remove = 删除效果数据：{ $title }
res-readings-none = 还没有测量数据。
res-readings = 数据记录（以最新一条为准）
res-reading-remove-tip = 删除这条数据记录（可撤销）
# 一条数据记录中的一项数据：“曝光 1,240,000”。
res-reading-figure = { $name } { $value }
res-reading-revenue = 销售额 { $value }
res-count-impressions = 曝光
res-count-reach = 触达
res-count-views = 播放
res-count-likes = 点赞
res-count-comments = 评论
res-count-shares = 分享
res-count-saves = 收藏
res-count-clicks = 点击
res-count-redemptions = 优惠码核销
res-count-sales = 销量

## 达人表和交付内容表

res-col-rank = 排名
res-col-creator = 达人
res-col-deliverable = 交付内容
res-col-published = 发布日期
res-col-measured = 统计日期
res-col-measured-amount = 实测值
res-col-cost = 费用
res-col-eng-rate = 互动率
res-col-eng-rate-tip = 互动数除以触达（触达未知时除以曝光）
res-col-cpm = 千次成本
res-col-cpm-tip = 千次曝光成本（CPM）
res-col-per-eng = 单次互动
res-col-per-eng-tip = 单次互动成本
res-col-per-click = 单次点击
res-col-per-click-tip = 单次链接点击成本
res-col-per-acq = 单次转化
res-col-per-acq-tip = 单次转化成本：按销量计，没有销量时按优惠码核销计
res-col-return = 投产比
res-col-return-tip = 投入产出比：销售额除以费用
res-rank-tip = 按每单位费用带来的{ $kpi }排名
res-deliverable-tip = 录入或查看它的效果数据
# 交付内容按钮的名称（供屏幕阅读器）。
res-deliverable-name = { $title } 的效果
# 从未测量。
res-never = 未统计

## 目标与 KPI 目标值

res-goal = 活动目的
res-goal-none = 未选择
res-goal-tip = 活动的目的：决定以哪些 KPI 为主
res-goal-leading = 主要 KPI：{ $kpis }
res-undo-goal = 设置活动目的
res-ranked-by = 达人按{ $kpi }排名。
res-col-kpi = 指标
res-col-target = 目标
res-col-progress = 进度
# 以金额计的 KPI：“销售额（EUR）”。
res-kpi-in-currency = { $kpi }（{ $currency }）
res-nothing-measured = 尚无测量数据
res-no-target = 无目标
res-progress-tip = { $name }：实测与目标的对比
res-target-tip = { $name }的目标；留空表示不设目标
res-undo-target = 设置目标：{ $kpi }
res-target-not-a-number = “{ $text }”不是数字（例如 2500000 或 2.5M）

## 演示模式：幻灯片下方的操作栏、标题

pres-slide-overview = 概览
pres-slide-decisions = 待决定事项
pres-slide-timeline = 时间线
pres-slide-budget = 预算
pres-slide-results = 效果
pres-slide-creators = 达人
# 同类幻灯片有多页时的标题：“春季上新 · 时间线（第 2 页，共 3 页）”。
pres-title-pages = { $title } · { $kind }（第 { $page } 页，共 { $pages } 页）
pres-campaign = 活动：
pres-keys-tip = → 或 PgDn：下一页 · ← 或 PgUp：上一页 · Home / End：首页 / 末页 · Esc：退出
pres-badge-shown = 🔓 正在显示费用、报价和私人备注
pres-badge-hidden = 🔒 已隐藏费用、报价、私人备注和联系方式
pres-hide = 隐藏
pres-show = 显示（内部会议）
pres-leave = 退出演示（Esc）

## 概览幻灯片和“待决定事项”幻灯片

pres-no-campaign = 没有活动
pres-objective = 目标：{ $objective }
pres-fig-creators = 达人
pres-fig-reach = 合计触达（粉丝数）
pres-fig-deliverables = 交付内容
pres-fig-of-cap = 已计划占预算上限比例
pres-no-decisions = 没有需要决定的事项。
pres-decisions-next = 待决定事项（{ $count }）：见下一页
pres-decisions-in-full = 待决定事项（{ $count }），详见下一页
pres-and-more = 另有 { $count } 项

## 时间线幻灯片

pres-dates-to-agree = 日期待商定
pres-today = 今天
pres-no-deliverables = 还没有计划任何交付内容。
pres-legend-publish = ◆ 发布
pres-legend-decision = ▲ 需要决定
pres-legend-warning = ● 警告
# 供屏幕阅读器使用的幻灯片名称。
pres-timeline-name = 时间线：第 { $from } 至 { $to } 项交付内容（共 { $total } 项），{ $flagged } 项有检查结果

## 预算幻灯片

# 占预算上限的比例，保留一位小数：“预算上限的 100.4 %”。
pres-more-campaigns = 另有 { $count } 个活动
# 供屏幕阅读器使用的幻灯片名称。
pres-budget-name = 预算：计划为预算上限的 { $pct } %
pres-budget-name-amounts = 预算：计划为预算上限的 { $pct } %（计划 { $plan }，预算上限 { $cap } { $currency }）
pres-budget-name-no-cap = 预算：未设预算上限

## 效果幻灯片

pres-no-goal = 未选择活动目的
pres-goal = 活动目的：{ $goal }
pres-no-target = 上线前没有设定目标。
# KPI 与目标的对比：“目标 1M，已达 905K（91 %）”。
pres-kpi-progress = 目标 { $target }，已达 { $actual }（{ $pct } %）
pres-kpi-nothing = 目标 { $target }，尚无测量数据
pres-best = { $name }（{ $figure }）
pres-best-with-cpa = { $name }（{ $figure }，单次转化成本 { $cpa }）
pres-book-again = 值得再次合作（按每单位费用带来的{ $kpi }）：{ $best }
pres-results-more = 另有 { $count } 个活动：请在下方选择。
pres-not-measured = 未测量
# 供屏幕阅读器使用的幻灯片名称。
pres-results-name = 效果：{ $results }

## 达人幻灯片

pres-no-creators = 还没有达人参与。
# 达人名字下方：“@ninabakes Instagram · 粉丝 240K”。
pres-card-handle = { $handle } { $platform } · 粉丝 { $followers }
pres-date-to-agree = 日期待商定
pres-card-no-deliverables = 还没有交付内容
pres-card-fees = 费用：{ $fees } { $currency }
