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

## The charts (summary page, chart images, slides).
chart-today = Today
chart-month-year = { $name } { $year }
chart-bar-approved = Approved
chart-bar-plan = Plan
chart-bar-recorded = Recorded changes
chart-bar-other = Other changes
chart-cap-amount = Cap { $cap } { $currency }
chart-cap-share = Cap (100 %)
chart-of-cap = { $pct } % of the cap
chart-no-cap-planned = { $planned } planned, no cap set
chart-over-cap-by = ▲ over the cap by { $over } { $currency } ({ $pct } %)
chart-over-cap = ▲ over the cap ({ $pct } % of it planned)
chart-planned-paid = { $planned } planned · { $paid } paid
chart-waterfall-amounts = From the approved budget to the plan (in { $currency })
chart-waterfall-shares = From the approved budget to the plan (as shares of the cap)
chart-legend-paid = paid
chart-legend-committed = committed
chart-legend-estimated = estimated
chart-legend-cap = cap
