# The words of the Timeline panel (chart, side list, deliverable editor) and the shared widgets (kit), in English.
# Every message has its twin in zh-CN/timeline.ftl (a test checks it). Ids start with "tl-".


## The shared widgets: search, filters, date fields, tooltips
tl-search = Search:
tl-all-campaigns = All campaigns
tl-campaign = Campaign
tl-sort-by = Sort by { $title }
tl-count-unknown = unknown { $noun }
tl-unknown = unknown
tl-opens-url = Opens { $url } in your browser
tl-not-web-address = Not a web address, so it is shown as text
tl-close-esc = Close { $what } (Esc)
tl-close = Close { $what }
tl-cancel = Cancel
tl-column-width = { $table }: width of column { $column }
tl-severity-error = error
tl-severity-warning = warning
tl-severity-notice = notice
tl-date-set = set…
tl-date-set-tip = Set { $name }
tl-date-hint = date
tl-date-tip = { $name }: type { $order ->
    [month] 2027-04-12, Apr 12 or 04/12
   *[day] 2027-04-12, 12 Apr or 12/04
}, or pick it in the calendar
tl-date-pick = { $name }: pick in a calendar
tl-date-calendar = { $name }: calendar
tl-date-clear = Clear { $name }
tl-previous-month = Previous month
tl-next-month = Next month
tl-today-button = Today
# The calendar's columns, Monday first, separated by spaces.
tl-weekdays = Mo Tu We Th Fr Sa Su
# A month: $name is its English name ("March" or "Mar"), $month its number.
tl-month-year = { $name } { $year }
tl-month = { $name }
tl-date-full = { $day } { $name } { $year }

## The Timeline panel's toolbar and table
tl-chart = Chart
tl-chart-tip = Every deliverable on a time axis
tl-table = Table
tl-table-tip = Every deliverable with its dates in a sortable table
tl-zoom-out = Zoom out (Ctrl + wheel)
tl-zoom-in = Zoom in (Ctrl + wheel)
tl-fit = Fit
tl-fit-tip = Show the whole plan (or the chosen campaign)
tl-lanes = Lanes:
tl-search-hint = title or influencer
tl-only-flagged = Only flagged
tl-add = ➕ Add deliverable
tl-add-tip = Add a planned deliverable; set its dates in the table
tl-no-match = No deliverables match.
tl-deliverables = Deliverables
tl-status = Status
tl-brief-of = Brief sent of { $title }
tl-draft-of = Draft due of { $title }
tl-publish-of = Publish of { $title }

## Undo steps
tl-undo-add = Add deliverable
tl-undo-move = Move deliverable
tl-undo-delete = Delete deliverable
tl-undo-edit = Edit deliverable
tl-undo-status = Change status
tl-undo-brief-date = Change brief date
tl-undo-draft-date = Change draft due date
tl-undo-publish-date = Change publish date
tl-undo-told = Mark as told: { $name }

## The chart
tl-chart-name = Timeline chart: drag to scroll through time, double-click a lane to add a deliverable
tl-today = today
tl-bar-flags = Flags of { $title }: { $codes }
tl-bar-dates = Brief { $brief } · draft { $draft } · publish { $publish }
tl-drag-brief = Drag the brief sent of { $title }
tl-drag-publish = Drag the publish date of { $title }
tl-drag-draft = Draft due of { $title }: { $date }
tl-published-stays = "{ $title }" is published: its dates stay as they are. Change its status to move it.
tl-legend-draft-due = draft due
tl-legend-filled = filled
tl-legend-outlined = outlined
tl-legend-status = { $status } ({ $shape })
tl-legend-separator = {", "}
tl-legend-name = Legend: { $statuses }; ◆ { $draft }; ! { $error }; • { $warning }; • { $notice }

## Beside the chart: flags and changes to tell
tl-flags = Flags
tl-flags-all = All
tl-flags-errors = Errors
tl-flags-warnings = Warnings
tl-check = Check
tl-all-checks = All checks
tl-flags-count = { $count ->
    [one] 1 flag
   *[other] { $count } flags
}
tl-to-tell = To tell creators
tl-all-told = Every creator knows the current plan.
tl-changes-not-told = { $name }: { $count ->
    [one] { $count } change
   *[other] { $count } changes
} not told
tl-draft-update = Draft update
tl-draft-update-tip = A short, friendly message listing what changed
tl-mark-told = Mark as told
tl-mark-told-tip = The creator knows about these changes
tl-update-for = Update for { $name }
tl-update-hint = Edit it as you like, then copy it into your email or chat.
tl-update-message = Update message
tl-copy = Copy to clipboard

## The deliverable editor
tl-title = Title
tl-type = Type
tl-content-type = Content type
tl-deliverable-status = Deliverable status
tl-influencer = Influencer
tl-platform = Platform
tl-compensation = Compensation
tl-disclosure = Disclosure
tl-revisions = Revision rounds
tl-revisions-used = used
tl-revisions-agreed = of agreed
tl-revisions-used-tip = Revision rounds used
tl-revisions-agreed-tip = Revision rounds of agreed
tl-post-address = Post address
tl-post-address-tip = The published post's address: results exports are matched by it
tl-ships-product = Product is shipped to the creator first (+5 days)
tl-dates = Dates:
tl-dates-brief = brief sent
tl-dates-draft = draft due
tl-dates-publish = publish
tl-field-brief = Brief sent
tl-field-draft = Draft due
tl-field-publish = Publish
tl-delete = 🗑 Delete deliverable
tl-delete-tip = Remove it from the plan (undoable)
tl-the-deliverable = the deliverable
tl-results = Results:
tl-results-measured = { $reading } (measured { $date })
tl-results-none = none yet
tl-results-later = after it is published
tl-enter-results = Enter results…
tl-enter-results-tip = Opens the Results panel with this deliverable's readings
tl-no-findings = No findings: the dates leave enough time.
