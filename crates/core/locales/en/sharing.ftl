# The words of sharing and comparing (share dialog, creator brief, compare view), exports and imports, in English.
# Every message has its twin in zh-CN/sharing.ftl (a test checks it). Ids start with "sg-".


## Compare with another copy

sg-compare-heading = Compare with { $name }
sg-compare-three-way = Three-way: the version this copy was made from was kept when it was shared, so changes made on one side only are taken by themselves.
sg-compare-two-way = The version both were made from is not known: every difference is yours to choose (yours is kept until you choose).
sg-compare-client-copy = { " " }It is a client copy made on { $date }: what it left out is kept as it is here.
sg-compare-summary = { $differences ->
        [one] 1 difference
       *[other] { $differences } differences
    } · { $taken } taken from theirs · { $conflicts ->
        [one] 1 conflict
       *[other] { $conflicts } conflicts
    }
sg-compare-to-choose = · { $count } to choose
sg-compare-show = Show:
sg-compare-every-kind = Every kind
sg-compare-only-differences = Only differences
sg-compare-accept-mine = Accept all mine
sg-compare-accept-mine-tip = Keep your value in every conflict
sg-compare-accept-theirs = Accept all theirs
sg-compare-accept-theirs-tip = Take their value in every conflict
sg-compare-merge = Merge
sg-compare-merge-tip = Bring their changes into the project as one step (Undo takes it back)
sg-compare-merge-disabled-tip = Choose Mine or Theirs for every conflict first
sg-compare-close = Close
sg-compare-close-tip = Close without merging
sg-compare-no-differences = No differences: the copy holds the same as the project.
sg-compare-col-kind = Kind
sg-compare-col-record = Record
sg-compare-col-field = Field
sg-compare-col-base = Base
sg-compare-col-mine = Mine
sg-compare-col-theirs = Theirs
sg-compare-col-result = Result
sg-compare-take-mine-record = Take mine for this record
sg-compare-take-theirs-record = Take theirs for this record
sg-compare-whole-record = (whole record)
sg-compare-same-value = same
sg-compare-removed = Removed (they removed it)
sg-compare-added = Added (they added it)
sg-compare-stays-removed = Stays removed (you removed it)
sg-compare-theirs-only = Theirs (only they changed it)
sg-compare-same = Same
sg-compare-mine-only = Mine (only you changed it)
sg-compare-both-kept = Both kept (history)
sg-compare-conflict = Conflict:
sg-compare-keep-mine = Keep mine
sg-compare-keep-mine-tip = Keep your value
sg-compare-take-theirs = Take theirs
sg-compare-take-theirs-tip = Take their value
sg-record-project = Project
sg-record-influencer = Influencer
sg-record-campaign = Campaign
sg-record-deliverable = Deliverable
sg-record-cost-line = Cost line
sg-record-plan-change = Plan change
sg-compare-pick-title = Compare with another copy
sg-filter-rapport-project = Rapport project
sg-compare-type-path-note = The copy that came back (a colleague's or the client's). If no file dialog shows on this system, type its path.
sg-compare-error-title = Could not compare
sg-undo-merge = Merge { $name }
sg-compare-merged = Merged { $name }: { $taken } changes from theirs, { $conflicts } conflicts chosen (Undo takes it back)

## Share a copy, creator's brief

sg-share-heading-brief = A creator's brief
sg-share-heading-copy = Share a copy
sg-share-for = For:
sg-share-team = The team
sg-share-team-tip = The whole project, for a colleague
sg-share-client = The client
sg-share-client-tip = The plan and its results, without what is ours alone
sg-share-creator = One creator
sg-share-creator-tip = Their deliverables, dates, disclosure, tracking and fees: a document, not a project file
sg-share-save-to = Save to:
sg-share-write-brief = Write brief
sg-share-write-copy = Write copy
sg-share-browse = Browse…
sg-share-browse-tip = Choose the file with the system's dialog
sg-share-copy-text = Copy email text
sg-share-copy-text-tip = Put the brief as plain text on the clipboard, to paste into an email
sg-share-cancel = Cancel
sg-share-amounts = Include each cost line's amount
sg-share-amounts-tip = Otherwise the copy has each campaign's totals only: paid, committed and estimated
sg-share-compress = Compress it (.gz), smaller to email
sg-share-compress-tip = Rapport opens a compressed project directly
sg-share-nothing-left-out = The whole project goes: nothing is left out.
sg-share-left-out = Left out of this copy:
sg-left-out-private-notes = Private notes
sg-left-out-personal = Personal details
sg-left-out-contact = Contact details
sg-left-out-contact-log = Contact log entries
sg-left-out-rate-cards = Rate cards
sg-left-out-fees = Agency fee and internal cost lines
sg-left-out-reasons = Reasons recorded for cost changes
sg-left-out-amounts = Per-line amounts (campaign totals instead)
sg-share-left-out-note = Findings about what is left out do not show in the copy. When it comes back, File ▸ Compare with another copy… merges it without deleting any of it.
sg-share-choose = Choose…
sg-share-creator-label = Creator:
sg-share-as = As:
sg-share-as-html = A page that prints (HTML)
sg-share-as-text = Text for an email
sg-share-brief-note = Their deliverables and dates, the disclosure label and the rule behind it, their tracking code or link, their fees and payment terms, and our point of contact. Nothing about other creators.
# A file name offered for a copy, before ".rapport.ron".
sg-share-file-copy = { $name } ({ $kind ->
        [client] client copy
       *[team] team copy
    })
# A file name offered for a brief, before ".html" or ".txt".
sg-share-file-brief = Brief for { $who }
sg-share-file-nobody = creator
sg-share-browse-title = Where to write it
sg-share-no-file-chosen = No file was chosen (or no file dialog can be shown here): type the path above.
sg-share-copied = { $title } copied as text: paste it into an email
sg-share-nothing = Nothing to share
sg-share-choose-creator = Choose the creator the brief is for.
sg-share-could-not-write = Could not write { $path }: { $error }
sg-share-brief-written = { $title } written to { $path }
sg-share-copy-written = { $kind ->
        [client] Client copy
       *[team] Team copy
    } written to { $path } ({ $size })
sg-share-base-not-kept = ; the version it was made from could not be kept, so a merge of it will ask about every difference

## Exports

sg-export-title-deliverables = Export the deliverables as CSV
sg-export-title-costs = Export the costs as CSV
sg-export-title-calendar = Export the calendar
sg-export-title-summary = Export the one-page summary
sg-export-title-timeline = Export the timeline as an image
sg-export-title-budget = Export the budget as an image
# File names offered, before the extension.
sg-export-file-deliverables = { $project } deliverables
sg-export-file-costs = { $project } costs
sg-export-file-summary = { $project } summary
sg-export-file-timeline = { $project } timeline
sg-export-file-budget = { $project } budget
# The recorded changes beside a costs export: "X costs" → "X costs changes.csv".
sg-export-file-changes = { $stem } changes
sg-export-filter-calendar = Calendar (iCalendar)
sg-export-filter-page = Web page (HTML)
sg-export-filter-image = Image (PNG or SVG)
sg-export-filter-csv = Spreadsheet (CSV)
sg-export-done-deliverables = Exported { $count } deliverables to { $path }
sg-export-done-costs = Exported { $count } cost lines to { $path } and their recorded changes to { $changes }
sg-export-done-calendar = Exported the deliverables' dates to { $path }
sg-export-done-page = Exported to { $path } (no fees or private details)
sg-export-error-title = Could not export

## Import influencers, import results

sg-import-heading = Import influencers from { $file }
sg-import-platform-intro = Handles without a platform column are on
sg-import-platform = Import platform
sg-import-columns = Columns
sg-import-first-rows = The first { $count } rows as they will be read
sg-import-rows-button = Import { $count } rows
sg-undo-import-influencers = Import influencers
sg-import-cancel = Cancel
sg-import-col-line = Line
sg-import-col-name = Name
sg-import-skipped = skipped: { $reason }
sg-import-in-file = In the file: { $raw }
sg-import-undo-note = Imported as one step: Edit ▸ Undo takes it all back.
sg-import-close = Close
sg-import-facts = { $rows } rows · { $delimiter ->
        [comma] comma
        [semicolon] semicolon
        [tab] tab
        [pipe] pipe (|)
       *[other] other
    } separated · header on line { $line }
sg-import-column = Column { $header }
sg-results-heading = Import results from { $file }
sg-results-date-intro = Figures without a date column were read on
sg-results-date-measured = Date measured
sg-results-matching = Rows are matched by post address, then tracking code, then creator and publish date; a row that fits no deliverable, or several, is skipped.
sg-results-summary = { $add ->
        [one] 1 reading to add
       *[other] { $add } readings to add
    } · { $already } already recorded · { $skipped ->
        [one] 1 row
       *[other] { $skipped } rows
    } skipped
sg-results-import-button = Import { $count ->
        [one] 1 reading
       *[other] { $count } readings
    }
sg-undo-import-results = Import results
sg-results-col-goes-to = Goes to
sg-results-already = already recorded
sg-results-not-read = not read
sg-results-first-of = The first { $shown } of { $rows } rows; the report after importing lists every row.
sg-results-report = Added { $added ->
        [one] 1 reading
       *[other] { $added } readings
    }; { $already } already recorded; { $skipped ->
        [one] 1 row
       *[other] { $skipped } rows
    } skipped.
sg-results-report-added = line { $line }: { $title } (measured { $date })
sg-results-report-skipped = line { $line }: skipped, { $why }
sg-import-unknown = unknown
