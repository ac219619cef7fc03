# The words of the Budget panel (cost lines, editor, payments, reconciliation, checklist, campaigns), in English.
# Every message has its twin in zh-CN/budget.ftl (a test checks it). Ids start with "bud-".

## Panel: tabs, totals against the cap, adding lines and campaigns
bud-view-lines-tip = Every cost line, editable
bud-view-checklist-tip = Per participant: fee, usage rights, ads, product, shipping, production, travel, agency fee, tax
bud-view-payments-tip = Overdue, due in the next 30 days, paid late
bud-view-reconciliation-tip = Baseline → recorded changes → plan, against the cap
bud-add-line = ➕ Add cost line
bud-add-line-tip = Add an estimated cost to { $campaign }
bud-undo-add-line = Add cost line
bud-checklist-client-copy = Think it through needs every cost line of ours, and a client copy leaves some out: use it in the project itself.
bud-reconcile-client-copy = This client copy has campaign totals, not the cost lines with their baseline and recorded changes: the reconciliation is in the project itself.
bud-approved = Approved { $date } · re-approve
bud-approve = Approve budget
bud-approve-tip = Record every line's amount today as the baseline; later changes are recorded with their reason
bud-undo-approve = Approve budget of { $campaign }
bud-add-campaign = ➕ Add campaign
bud-add-campaign-tip = Add a campaign of eight weeks from today
bud-undo-add-campaign = Add campaign
bud-campaign-name-tip = Edit the campaign: name, dates, cap, brief
bud-over-cap = over by { $amount } ({ $percent } %)
bud-share-of-cap = { $percent } % of cap
bud-cap-bar-tip = Planned costs against the campaign's cap
bud-totals = cap { $cap } · planned { $planned } · committed { $committed } · paid { $paid } · remaining { $remaining } { $currency }
bud-no-campaign = No campaign yet.
bud-record-id = Record id: { $id }
bud-cancel = Cancel

## Cost lines table
bud-search-hint = description, influencer, category
bud-filter-category = Category
bud-filter-all-categories = All categories
bud-filter-status = Status
bud-filter-all-statuses = All statuses
bud-filter-influencer = Influencer
bud-filter-everyone = Everyone
bud-table-summary = { $count } lines · planned { $planned } { $currency }
bud-due-from-terms = Invoice date + net { $days }
bud-due-set = Due date set on the line
bud-days-overdue = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}

## Cost line editor
bud-editor-heading = Cost line
bud-editor-owner = Campaign: { $campaign } · Influencer: { $influencer }
bud-editor-category = Category
bud-editor-description = Description
bud-editor-amount = Amount ({ $currency })
bud-editor-status = Status
bud-editor-invoice-date = Invoice date
bud-editor-due-date = Due date
bud-editor-paid-on = Paid on
bud-editor-due-derived = Due { $date } (invoice date + net { $days })
bud-editor-baseline = Baseline: { $amount }
bud-editor-changes = Recorded changes
bud-cancel-line = Cancel cost line
bud-cancel-line-tip = Set it to Cancelled: recorded as a change to 0 with its reason
bud-delete-line = 🗑 Delete cost line
bud-undo-delete-line = Delete cost line
bud-undo-change-amount = Change amount
bud-undo-edit-line = Edit cost line
bud-why-hint = why it changed
bud-undo-explain-change = Explain cost change
bud-creator-told = Creator told
bud-creator-told-tip = The creator knows about the change on { $date }
bud-undo-told = Mark cost change as told
bud-undo-not-told = Mark cost change as not told

## "Why did the amount change?"
bud-why-heading = Why did the amount change?
bud-why-body = The budget of this campaign is approved, so the change from { $from } to { $to } { $currency } is recorded with its reason.
bud-reason = Reason
bud-why-example = e.g. A second story was added
bud-told = The creator has been told
bud-record-change = Record the change

## Payments
bud-pay-tab = { $name } ({ $count }) · { $total } { $currency }
bud-pay-none-overdue = Nothing is overdue.
bud-pay-none-due = Nothing falls due in the next 30 days.
bud-pay-none-late = Nothing was paid late.
bud-pay-about-overdue = Invoiced and not paid by the due date (the invoice date plus the creator's payment terms when no due date is set). Late payment is what creators complain about most.
bud-pay-about-due = Committed or invoiced lines whose due date falls from today to 30 days ahead, soonest first.
bud-pay-about-late = Paid after the due date, latest payment first.
bud-pay-col-cost = Cost
bud-pay-col-standing = Standing
bud-pay-due-today = due today
bud-pay-due-in = { $days ->
    [one] due in { $days } day
   *[other] due in { $days } days
}
bud-pay-paid-late = { $days ->
    [one] paid { $days } day late
   *[other] paid { $days } days late
}
bud-paid-today = Paid today
bud-paid-today-tip = Mark { $who }'s line as paid on { $date }
bud-paid-today-name = Paid today: { $who }, { $amount }
bud-undo-mark-paid = Mark as paid

## Reconciliation
bud-rec-summary = baseline { $baseline } + changes { $changes } = { $expected } · plan { $plan } { $currency }
bud-rec-not-recorded = { $amount } not recorded
bud-group-by = Group by
bud-rec-all-reconcile = Every line reconciles: baseline + recorded changes = plan.
bud-rec-unreconciled = Lines that do not reconcile (edited by hand or in another copy)
bud-rec-line = { $category } { $description }: baseline + changes = { $expected }, the line says { $planned }
bud-rec-record = Record the difference as a change
bud-undo-record-difference = Record the difference
bud-col-baseline = Baseline
bud-col-changes = Changes
bud-col-plan = Plan
bud-col-committed = Committed
bud-col-invoiced = Invoiced
bud-col-paid = Paid
bud-total = Total

## Reconciliation charts
bud-chart-plan-now = Plan now
bud-chart-base = Base
bud-chart-heading = Baseline → changes → plan
bud-chart-waterfall = Waterfall
bud-chart-floor = The axis starts at { $amount }, not 0.
bud-chart-steps = Steps
bud-chart-not-recorded = Not recorded
bud-chart-estimated = Estimated
bud-chart-against-cap = Against the cap of { $cap } { $currency }: { $remaining } remaining
bud-chart-cap = Cap

## Think it through
bud-chk-col-fee = Fee
bud-chk-col-usage = Usage
bud-chk-col-ads = Ads
bud-chk-col-product = Product
bud-chk-col-shipping = Shipping
bud-chk-col-production = Production
bud-chk-col-travel = Travel
bud-chk-col-agency = Agency
bud-chk-col-tax = Tax
bud-chk-heading = Think it through — { $campaign }
bud-chk-all-done = every cost of { $count } participants is thought through
bud-chk-open = { $open ->
    [one] { $open } open item for { $waiting } of { $count } participants
   *[other] { $open } open items for { $waiting } of { $count } participants
}
bud-chk-only-open = Only with open items
bud-chk-legend = Every cost a collaboration can bring, per participant: ✔ a line covers it, ◆ a campaign-wide line (no influencer) does, – not needed, ➕ adds the missing line, ✖ marks it as not needed.
bud-chk-participant = Participant
bud-chk-confirm-heading = Add a { $what } line for { $who }?
bud-chk-confirm-yes = Add line
bud-chk-confirm-body = { $who } has no deliverables in { $campaign }: a { $what } line pays for work that is not planned yet.
bud-chk-undo-add = Add { $what } line
bud-chk-covered-tip = { $what } for { $who }: { $amount } { $currency }. Click to open the line.
bud-chk-covered-name = { $what } for { $who }: covered
bud-chk-zero-tip = { $what } for { $who } has a line at 0.00: give it an amount, or mark it as not needed. Click to open the line.
bud-chk-zero-name = { $what } for { $who }: at 0.00
bud-chk-campaign-wide = ◆ campaign
bud-chk-wide-tip = No { $what } line for { $who }, but the campaign has { $what } lines (no influencer) for { $amount } { $currency }. Use Add cost line for one of { $who }'s own.
bud-chk-not-needed = – not needed
bud-chk-not-needed-tip = Decided: no { $what } for { $who }. Click to open it again.
bud-chk-not-needed-name = { $what } for { $who }: not needed
bud-chk-undo-needed = { $what } needed for { $who }
bud-chk-no-tip = No { $what } for { $who }: mark it as not needed
bud-chk-no = No { $what } for { $who }
bud-chk-add-tip = Add a { $what } line for { $who }
bud-chk-add-name = Add { $what } for { $who }

## All campaigns (Think it through and Reconciliation with no campaign chosen)
bud-all-checklist-intro = Think it through works on one campaign at a time: here is where each of the { $count } stands. Click one to work on it.
bud-all-reconcile-intro = The reconciliation works on one campaign at a time: here is where each of the { $count } stands. Click one to work on it.
bud-all-participants = Participants
bud-all-open-items = Open items
bud-all-not-reconciled = Not reconciled
bud-all-work-on = Work on { $campaign }
bud-all-open = Open { $campaign }

## Campaign editor
bud-camp-heading = Campaign
bud-camp-close-tip = Close the campaign editor
bud-camp-name = Name
bud-camp-objective = Objective
bud-camp-starts = Starts
bud-camp-ends = Ends
bud-camp-cap = Budget cap ({ $currency })
bud-camp-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
bud-camp-delete = 🗑 Delete campaign
bud-camp-delete-in-use = Move or delete its deliverables and cost lines first
bud-camp-delete-tip = Remove the campaign (undoable)
bud-undo-delete-campaign = Delete campaign
bud-undo-edit-campaign = Edit campaign
