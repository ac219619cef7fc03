# 一页总结（HTML、PDF）及其数字所依据的概览，简体中文。与 en/report.ftl 一一对应。

report-all-campaigns = 全部活动
report-as-of = 截至 { $date }
report-objective = 目标：{ $objective }
report-creators = 达人
report-combined-reach = 合计触达（粉丝数）
report-deliverables = 交付内容
report-of-cap-planned = 已计划占预算上限比例
report-budget-amounts = 预算：计划 { $planned }，预算上限 { $cap } { $currency } · 已确认 { $committed } · 已付款 { $paid }
report-budget-shares = 预算：已计划预算上限的 { $planned } · 已确认 { $committed } · 已付款 { $paid }
report-no-amounts = （本页不含金额）
report-timeline = 时间线
report-budget = 预算
report-results = 效果
report-decisions = 需要决定（{ $count }）
report-warnings = 未处理的警告（{ $count }）
report-more-warnings = 另有 { $more } 条警告：应用内和 rapport check 命令会列出全部。
report-not-in-page = 本页不含费用、报价、私人备注和联系方式。
report-nothing-measured = 尚无测量数据
report-kpi = { $kpi } { $actual } / { $target }（{ $share }）
report-kpis = { $kpis }。
report-per-acquisition = ，单次转化成本 { $amount }
report-book-again = 值得再次合作：{ $names }。

## 图表（总结页、图表图片、演示幻灯片）。
chart-today = 今天
chart-month-year = { $year }年{ $month }月
chart-bar-approved = 已批准
chart-bar-plan = 计划
chart-bar-recorded = 已记录的变更
chart-bar-other = 其他变更
chart-cap-amount = 预算上限 { $cap } { $currency }
chart-cap-share = 预算上限（100 %）
chart-of-cap = 预算上限的 { $pct } %
chart-no-cap-planned = 已计划 { $planned }，未设预算上限
chart-over-cap-by = ▲ 超出预算上限 { $over } { $currency }（{ $pct } %）
chart-over-cap = ▲ 超出预算上限（计划为上限的 { $pct } %）
chart-planned-paid = 已计划 { $planned } · 已付款 { $paid }
chart-waterfall-amounts = 从批准的预算到当前计划（单位：{ $currency }）
chart-waterfall-shares = 从批准的预算到当前计划（按占预算上限的比例）
chart-legend-paid = 已付款
chart-legend-committed = 已确认
chart-legend-estimated = 预估
chart-legend-cap = 预算上限
