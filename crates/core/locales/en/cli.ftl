# The command line's reports (budget, results, diff, merge, share, import, export), in English.
# Twin: zh-CN/cli.ftl. Ids start with "cli-".


## Said by every command
# A value that is not there, in diff and merge lines.
cli-none = (none)
# The end of "could not write …", when the output cannot be written.
cli-could-not-write = could not write { $what }: { $error }
cli-could-not-write-path = could not write { $path }: { $error }
cli-what-findings = the findings
cli-what-timeline = the timeline
cli-what-budget = the budget
cli-what-results = the results
cli-what-brief = the brief
cli-what-differences = the differences
cli-what-merge-report = the merge report
cli-what-export = the export
cli-what-csv = the CSV
cli-no-campaign = no campaign "{ $key }"; the campaigns are { $list }
# One campaign in that list.
cli-campaign-item = { $id } ({ $name })
cli-no-campaign-at-all = no campaign "{ $key }": the project has no campaigns
cli-no-campaigns = No campaigns.
# Between the items of a list that has commas of its own.
cli-list-semicolon = {"; "}

## rapport budget
cli-budget-heading = { $name } ({ $id }) — amounts in { $currency }
cli-budget-heading-as-of = { $name } ({ $id }) — amounts in { $currency }, as of { $date }
cli-budget-no-cap = no cap set
cli-budget-cap = cap { $cap }
cli-budget-plan = { $cap } · baseline { $baseline } · changes { $changes } · current plan { $current } · remaining { $remaining }
cli-budget-plan-over = { $cap } · baseline { $baseline } · changes { $changes } · current plan { $current } · remaining { $remaining } (over the cap)
cli-budget-spent = committed { $committed } · invoiced { $invoiced } · paid { $paid } · together { $together }
# The table's columns (capitals in English).
cli-budget-col-baseline = BASELINE
cli-budget-col-changes = CHANGES
cli-budget-col-current = CURRENT
cli-budget-col-committed = COMMITTED
cli-budget-col-invoiced = INVOICED
cli-budget-col-paid = PAID
cli-budget-col-category = CATEGORY
cli-budget-col-influencer = INFLUENCER
cli-budget-total = Total
cli-budget-no-influencer = (no influencer)
cli-budget-all-reconcile = Every line reconciles: baseline + changes = current plan.
cli-budget-unreconciled = Unreconciled lines ({ $count }): baseline + recorded changes ≠ the current plan
# One unreconciled line: its id, what it is, and the message below.
cli-budget-unreconciled-line = { $id }  { $label }: { $message }
cli-budget-line-says = baseline + changes = { $expected } { $currency } but the line says { $current } { $currency }
cli-budget-line-cancelled = baseline + changes = { $expected } { $currency } but the line is cancelled, so it counts { $current } { $currency }

## rapport results
cli-results-heading = { $name } — goal { $goal }, ranked by { $kpi }
cli-results-heading-no-goal = { $name } — no goal chosen, ranked by { $kpi }
cli-results-cost = committed cost { $cost } { $currency }
cli-results-no-targets = no targets set
cli-results-target = target { $target }  actual { $actual }  { $progress }
cli-results-metrics = engagement rate { $rate } · CPM { $cpm } · per engagement { $cpe } · per click { $cpc } · per acquisition { $cpa } · return on spend { $roas }
cli-results-book-again = book again ({ $kpi } per unit of cost):
cli-results-ranked = { $rank }. { $name } — { $value } for { $cost } { $currency }
cli-results-measured = { $measured } of { $total } deliverables measured

## rapport share
cli-share-copy-written = { $kind ->
        [client] Client copy
       *[team] Team copy
    } of { $name } written to { $path } ({ $size })
cli-share-left-out = Left out: { $list }
cli-share-left-out-item = { $what } ({ $count })
cli-share-kept = Kept the version it was made from ({ $id }), so that `rapport merge` finds it when the copy comes back.
cli-share-warning-not-kept = warning: the version the copy was made from could not be kept ({ $error }); a merge of it will ask about every difference
cli-share-warning-no-folder = warning: no data folder to keep the version the copy was made from; a merge of it will ask about every difference
cli-share-no-creator = no influencer has the id or name "{ $who }"
cli-share-many-creators = { $count } influencers are called "{ $who }"; give an id ({ $ids })
cli-share-no-id = no influencer has the id "{ $who }"
cli-share-brief-written = { $title } written to { $path } ({ $how })
cli-share-as-page = a page that prints
cli-share-as-text = text for an email
cli-size-bytes = { $count } bytes

## rapport diff and rapport merge
cli-diff-client-copy = { $path } is a client copy: what it left out is not counted as removed
# The heading of a record's differences.
cli-diff-record = { $kind } { $name } ({ $id })
cli-diff-added = added
cli-diff-removed = removed
cli-diff-none = No differences
cli-merge-base-file = base { $path }
cli-merge-base-kept = the version it was made from, kept when it was shared ({ $id })
cli-merge-three-way = Three-way merge with { $whence }.
cli-merge-no-base = The version both were made from is not known: every difference is a conflict (give it with --base).
cli-merge-counts = { $taken ->
        [one] 1 change
       *[other] { $taken } changes
    } taken from theirs, { $kept } of mine kept, { $union ->
        [one] 1 history entry
       *[other] { $union } history entries
    } combined, { $conflicts ->
        [one] 1 conflict
       *[other] { $conflicts } conflicts
    }.
cli-merge-conflict = CONFLICT
cli-merge-conflict-took-mine = CONFLICT (took mine)
cli-merge-conflict-took-theirs = CONFLICT (took theirs)
cli-merge-whole-record = (whole record)
cli-merge-row = { $kind } { $name } ({ $id }) { $field }: base { $base } · mine { $mine } · theirs { $theirs }
cli-merge-unresolved = { $count ->
        [one] 1 conflict remain
       *[other] { $count } conflicts remain
    }: nothing written. Choose in the app (File ▸ Compare with another copy…), or give --take mine or --take theirs.
cli-merge-written = Merged project written to { $path }.

## rapport import
cli-import-warning = Warning: { $warning }
cli-import-read = { $path }: { $rows } rows, { $delimiter } separated, header on line { $line }.
cli-import-columns = Columns: { $columns }
cli-import-saved = Saved { $path }.
cli-import-unchanged = { $path } is unchanged.
cli-import-results-read = { $path }: { $rows } rows. Columns: { $columns }
cli-import-results-counts = Added { $added ->
        [one] 1 reading
       *[other] { $added } readings
    }; { $already } already recorded; { $skipped ->
        [one] 1 row
       *[other] { $skipped } rows
    } skipped.
cli-import-results-added = line { $line }: { $title } (measured { $date })
cli-import-results-skipped = line { $line }: skipped, { $why }
cli-import-one-at-a-time = one spreadsheet at a time: "{ $extra }" after "{ $csv }" (for results: rapport import results CSV --into PROJECT)
cli-import-which-results = which results export? rapport import results CSV --into PROJECT
cli-map-not-field-column = "{ $text }" is not FIELD=COLUMN (e.g. { $example })
cli-map-not-field = "{ $field }" is not a field: name, handle, platform, followers, engagement-rate, avg-likes, avg-comments, country, niches, email, notes, other-handles or ignore
cli-map-not-result-field = "{ $field }" is not a field of results: { $names }
cli-map-no-column = no column after "=" in "{ $text }"

## rapport export
cli-export-roster-written = Wrote { $count } influencers to { $path }.
cli-export-deliverables-written = Wrote { $count } deliverables to { $path }.
cli-export-costs-written = Wrote { $count } cost lines to { $path }.
cli-export-calendar-written = Wrote the dates of { $count } deliverables ({ $dates } dates) to { $path }.
cli-export-changes-written = Wrote { $count } recorded changes to { $path }.
cli-export-summary-written = Wrote the summary to { $path }.
cli-export-chart-written = Wrote the chart to { $path }.

## rapport generate
cli-generate-written = Wrote { $path } ({ $size } MB): { $influencers }, { $campaigns }, { $deliverables }, { $costs }, { $contacts }.
cli-count-influencers = { $count ->
        [one] 1 influencer
       *[other] { $count } influencers
    }
cli-count-campaigns = { $count ->
        [one] 1 campaign
       *[other] { $count } campaigns
    }
cli-count-deliverables = { $count ->
        [one] 1 deliverable
       *[other] { $count } deliverables
    }
cli-count-cost-lines = { $count ->
        [one] 1 cost line
       *[other] { $count } cost lines
    }
cli-count-contacts = { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    }

## rapport recover --list
cli-recover-needs-list = recover needs --list (rapport recover --list)
cli-recover-no-home = No recovery files (no home folder is known).
cli-recover-none = No recovery files in { $dir }.
cli-recover-line = { $written }  { $size } bytes  { $path }  of { $of }
cli-recover-line-running = { $written }  { $size } bytes  { $path }  of { $of } (open in a running app)
cli-recover-not-saved = a project not saved yet

## rapport import: the spreadsheet as read
cli-delimiter-comma = comma
cli-delimiter-semicolon = semicolon
cli-delimiter-tab = tab
cli-delimiter-pipe = pipe (|)
cli-delimiter-other = other
# After the columns read: "; ignored: rank, posts".
cli-import-ignored = {"; "}ignored: { $list }
cli-timeline-none = No deliverables.
cli-timeline-publish = PUBLISH
cli-timeline-draft = DRAFT DUE
cli-timeline-brief = BRIEF SENT
cli-timeline-status = STATUS
cli-timeline-what = DELIVERABLE — INFLUENCER — CAMPAIGN (ID)
cli-timeline-same-finding = (the same finding as under "{ $title }" above)
