# The one-page summary (HTML, PDF) and the overview its figures come from, in English.
# Twin: zh-CN/report.ftl.

report-all-campaigns = All campaigns
report-as-of = as of { $date }
report-objective = Objective: { $objective }
report-creators = creators
report-combined-reach = combined reach
report-deliverables = deliverables
report-of-cap-planned = of the cap planned
report-budget-amounts = Budget: { $planned } planned of a { $cap } { $currency } cap · { $committed } committed · { $paid } paid
report-budget-shares = Budget: { $planned } of the cap planned · { $committed } committed · { $paid } paid
report-no-amounts = { " " }(amounts are not in this page)
report-timeline = Timeline
report-budget = Budget
report-results = Results
report-decisions = Needs a decision ({ $count })
report-warnings = Open warnings ({ $count })
report-more-warnings = And { $more } more warnings: the app and rapport check list them all.
report-not-in-page = Fees, rates, private notes and contact details are not in this page.
report-nothing-measured = nothing measured
report-kpi = { $kpi } { $actual } of { $target } ({ $share })
report-kpis = { $kpis }.
report-per-acquisition = , { $amount } per acquisition
report-book-again = { " " }Book again: { $names }.
