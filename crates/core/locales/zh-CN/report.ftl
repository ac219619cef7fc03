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
