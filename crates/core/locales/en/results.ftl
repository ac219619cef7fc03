# The words of the Results panel and the presentation slides, in English.
# Every message has its twin in zh-CN/results.ftl (a test checks it). Ids start with "res-".


## The panel

res-no-campaign = No campaign yet: add one in the Budget panel.
res-campaign = Campaign
res-creators = Creators
res-creators-none-ranked = Once { $kpi } is measured for creators with a cost, they are ranked here: whom to book again.
res-deliverables = Deliverables
res-deliverables-hint = Click a deliverable to enter its results.
res-summary = Committed { $cost } { $currency } · { $measured } of { $total } deliverables measured
res-summary-metrics = · engagement rate { $rate } · CPM { $cpm } · per engagement { $cpe } · per click { $cpc } · per acquisition { $cpa } · return on spend { $roas }
res-summary-metrics-tip = Over the creators' costs of the posts that reported each figure; agency fees and other lines not for a creator are in the committed total only

## The chart of results over time

res-chart-heading = Over time
res-chart-showing = Showing
res-chart-empty = No { $kpi } measured yet: the curve starts with the first reading.
res-chart-name = Results over time
res-chart-legend-total = ━ total
res-chart-legend-target = ╌ target
res-chart-legend-today = │ today
# The chart in a sentence: "Reach: 12,000 on 3 Mar, 905,000 by 28 Mar (changed on 6 days); target 1,000,000."
res-chart-words-first = { $kpi }: { $value } on { $date }
res-chart-words-last = , { $value } by { $date } (changed on { $days } days)
res-chart-words-target = ; target { $target }
res-chart-words-end = .

## Entering a deliverable's results

res-entry-heading = Results
# In "Close the results (Esc)".
res-entry-close-what = the results
res-entry-not-published = Not published yet: results usually come after.
res-entry-post-address = Post address
res-entry-measured-on = Measured on
res-entry-not-reported = not reported
res-entry-revenue = Revenue ({ $currency })
res-entry-add = Add reading
res-entry-add-tip = Keep these figures as read on this date; the newest reading counts
res-entry-not-a-number = { $name }: "{ $text }" is not a number
res-entry-revenue-error = Revenue: { $error }
res-entry-empty = Enter at least one figure.
res-undo-add = Add results: { $title }
res-undo-remove = Remove results: { $title }
res-readings-none = Nothing measured yet.
res-readings = Readings (the newest counts)
res-reading-remove-tip = Remove this reading (undoable)
# One figure of a reading: "1,240,000 impressions" (the name is lowercased in English).
res-reading-figure = { $value } { $name }
res-reading-revenue = revenue { $value }
res-count-impressions = Impressions
res-count-reach = Reach
res-count-views = Views
res-count-likes = Likes
res-count-comments = Comments
res-count-shares = Shares
res-count-saves = Saves
res-count-clicks = Clicks
res-count-redemptions = Code redemptions
res-count-sales = Sales

## The tables of creators and deliverables

res-col-rank = Rank
res-col-creator = Creator
res-col-deliverable = Deliverable
res-col-published = Published
res-col-measured = Measured
res-col-measured-amount = Measured
res-col-cost = Cost
res-col-eng-rate = Eng. rate
res-col-eng-rate-tip = Engagements over reach (over impressions where reach is unknown)
res-col-cpm = CPM
res-col-cpm-tip = Cost per thousand impressions
res-col-per-eng = Per eng.
res-col-per-eng-tip = Cost per engagement
res-col-per-click = Per click
res-col-per-click-tip = Cost per link click
res-col-per-acq = Per acq.
res-col-per-acq-tip = Cost per acquisition: a sale, else a code redemption
res-col-return = Return
res-col-return-tip = Return on spend: revenue over cost
res-rank-tip = Ranked by { $kpi } per unit of cost
res-deliverable-tip = Enter or see its results
# A deliverable's button, for screen readers.
res-deliverable-name = Results of { $title }
# Never measured.
res-never = never

## The goal and the targets

res-goal = Goal
res-goal-none = Not chosen
res-goal-tip = What the campaign is for: it decides the KPIs that lead
res-goal-leading = Leading: { $kpis }
res-undo-goal = Set goal
res-ranked-by = Creators are ranked by { $kpi }.
res-col-kpi = KPI
res-col-target = Target
res-col-progress = Progress
# A KPI counted in money: "Revenue (EUR)".
res-kpi-in-currency = { $kpi } ({ $currency })
res-nothing-measured = nothing measured
res-no-target = no target
res-progress-tip = { $name }: measured against the target
res-target-tip = The target for { $name }; empty for none
res-undo-target = Set target: { $kpi }
res-target-not-a-number = "{ $text }" is not a number (e.g. 2500000 or 2.5M)

## Presentation mode: the strip under the slides, titles

pres-slide-overview = Overview
pres-slide-decisions = Needs a decision
pres-slide-timeline = Timeline
pres-slide-budget = Budget
pres-slide-results = Results
pres-slide-creators = Creators
# A slide's title when its kind takes several slides: "Spring launch · Timeline (2 of 3)".
pres-title-pages = { $title } · { $kind } ({ $page } of { $pages })
pres-campaign = Campaign:
pres-keys-tip = → or PgDn: next · ← or PgUp: back · Home / End · Esc: leave
pres-badge-shown = 🔓 Fees, rates and private notes are shown
pres-badge-hidden = 🔒 Fees, rates, private notes and contact details hidden
pres-hide = Hide them
pres-show = Show them (internal meeting)
pres-leave = Leave (Esc)

## The overview slide and the "Needs a decision" slides

pres-no-campaign = No campaign
pres-objective = Objective: { $objective }
pres-fig-creators = creators
pres-fig-reach = combined reach (followers)
pres-fig-deliverables = deliverables
pres-fig-of-cap = of the budget cap planned
pres-no-decisions = Nothing needs a decision.
pres-decisions-next = Needs a decision ({ $count }): on the next slide
pres-decisions-in-full = Needs a decision ({ $count }), in full on the next slide
pres-and-more = and { $count } more

## The timeline slide

pres-dates-to-agree = dates to agree
pres-today = Today
pres-no-deliverables = No deliverables are planned yet.
pres-legend-publish = ◆ publish
pres-legend-decision = ▲ needs a decision
pres-legend-warning = ● warning
# The slide's name for screen readers.
pres-timeline-name = Timeline: deliverables { $from } to { $to } of { $total }, { $flagged } flagged

## The budget slide

# A share of the cap, with one decimal: "100.4 % of the cap".
pres-more-campaigns = and { $count } more campaigns
# The slide's name for screen readers.
pres-budget-name = Budget: the plan is { $pct } % of the cap
pres-budget-name-amounts = Budget: the plan is { $pct } % of the cap ({ $plan } of { $cap } { $currency })
pres-budget-name-no-cap = Budget: no cap set

## The results slide

pres-no-goal = no goal chosen
pres-goal = goal: { $goal }
pres-no-target = No target was set before launch.
# A KPI against its target: "905K of 1M (91 %)".
pres-kpi-progress = { $actual } of { $target } ({ $pct } %)
pres-kpi-nothing = nothing measured of { $target }
pres-best = { $name } ({ $figure })
pres-best-with-cpa = { $name } ({ $figure }, { $cpa } per acquisition)
pres-book-again = Book again, by { $kpi } per cost: { $best }
pres-results-more = And { $count } more campaigns: choose one below.
pres-not-measured = not measured
# The slide's name for screen readers: "Results: Spring launch: Reach 91 %, Clicks not measured".
pres-results-name = Results: { $results }

## The creators slide

pres-no-creators = No creators take part yet.
# Under a creator's name: "@ninabakes Instagram · 240K followers".
pres-card-handle = { $handle } { $platform } · { $followers } followers
pres-date-to-agree = date to agree
pres-card-no-deliverables = No deliverables yet
pres-card-fees = Fees: { $fees } { $currency }
