# Reading files: syntax errors of project files, spreadsheet errors, import reports and
# skipped rows, the differences of two copies, what a shared copy leaves out, in English.
# Twin: zh-CN/import.ftl. Ids start with "imp-".


## Project files: what is wrong at a line and column (file/format.rs, file/disk.rs)

imp-syntax-cut-off = the file ends too early: something opened with ( or [ or a quote is never closed (was the file cut off?)
imp-syntax-no-version = the file has no format version (write version: 1 after the format)
imp-syntax-not-utf8 = the file is not UTF-8 text here (was it saved by another program?)
imp-syntax-in-record = { $cause } (in "{ $name }")
imp-syntax-eof = the file ends too early (something is not closed)
imp-syntax-length = expected { $expected }, found { $found } items
imp-syntax-missing-field-of = { $record } is missing the field "{ $field }"
imp-syntax-missing-field = the field "{ $field }" is missing
imp-syntax-expected-record = expected { $record } here, written in parentheses: ( … )
imp-syntax-expected-named = expected { $record } here, not "{ $found }"
imp-syntax-twice-of = { $record } has the field "{ $field }" twice
imp-syntax-twice = the field "{ $field }" is given twice
imp-syntax-expected-text = expected text in quotes here, such as "Spring launch"
imp-syntax-not-allowed = "{ $found }" is not one of the allowed values ({ $allowed })
imp-syntax-too-deep = the file is nested too deeply
# The reader's own words, as it gives them.
imp-syntax-other = { $error }

# A record of the file: $name is the English words ("an influencer"), $type the record's type.
imp-record = { $name }
imp-record-project = the project
imp-record-info = the project's info
imp-record-settings = the settings
imp-record-cost-line = a cost line
imp-record-cost-change = a cost change
imp-record-plan-change = a plan change

## Spreadsheets that cannot be read as a table (file/spreadsheet/error.rs)

imp-err-empty = the file is empty
imp-err-workbook = this is an Excel workbook (.xlsx), not a CSV file; in the spreadsheet, use File ▸ Save As ▸ CSV (UTF-8) and import that
imp-err-binary = this is not a text file (it contains binary data at byte { $offset }); export the table as CSV and import that
imp-err-no-header = no header row found: no line has at least two column names separated by commas, semicolons, tabs or |
imp-err-too-many-columns = line { $line } has { $count } columns; a spreadsheet of influencers has at most 1000
imp-err-no-such-column = no column "{ $column }" for { $field } (the columns are: { $headers }); give its name as in the header, or its number from 1
imp-err-no-name-or-handle = no column holds a name or a handle (the columns are: { $headers }); rename one, or choose the mapping in the app
imp-err-read = { $path }: could not read the file: { $source }
imp-err-in-file = { $path }: { $error }

## How a spreadsheet was read (file/spreadsheet/table.rs)

imp-table-utf16-damaged = Some characters of this UTF-16 file were damaged and are shown as �.
imp-table-not-utf8 = This file is not UTF-8 text (first at line { $line }); it was read as Windows-1252 (Western European). Check accented names in the preview, or save the file as "CSV UTF-8" and import it again.
imp-table-open-quote = A quote (") is never closed: the rest of the file after it was read as one cell. Check that row in the spreadsheet.
imp-table-open-quote-at = A quote (") is never closed (the row on line { $line }): the rest of the file after it was read as one cell. Check that row in the spreadsheet.
imp-table-wider = { $count ->
        [one] 1 row has
       *[other] { $count } rows have
    } more cells than the header names ({ $lines }): the extra cells are in columns without a name.
imp-table-one-cell = { $count ->
        [one] 1 row has
       *[other] { $count } rows have
    } everything in one cell, separated by another character than the header ({ $lines }): were they exported differently?
imp-lines-one = line { $a }
imp-lines-two = lines { $a } and { $b }
imp-lines-many = lines { $list }
imp-lines-more = { $lines } (and { $more } more)

## Cells that cannot be read (file/spreadsheet/values.rs, row.rs)

imp-cell-not-a-count = "{ $value }" is not a count (like 1234, 3.3k or 4.5M)
imp-cell-too-large = "{ $value }" is too large
imp-cell-not-whole = "{ $value }" is not a whole number
imp-cell-not-a-rate = "{ $value }" is not a rate in percent from 0 to 100 (like 1.39% or 0.5)
imp-cell-not-a-platform = "{ $value }" is not a platform Rapport knows
imp-cell-not-an-email = "{ $value }" is not an email address
imp-cell-not-a-handle = "{ $value }" is not a handle like "TikTok @name (12000)"
imp-cell-left-empty = { $problem }; left empty

## The import report (file/spreadsheet/report.rs, plan.rs, preview.rs)

imp-no-name = no name and no handle
imp-note-followers = { $followers } followers not imported: no { $platform } handle to put them on
imp-note-country = country "{ $country }" is not a country Rapport knows: kept as written
imp-report-counts = Added { $added }, updated { $updated }, skipped { $skipped }.
imp-report-unchanged = { $count ->
        [one] 1 already in the project was up to date.
       *[other] { $count } already in the project were up to date.
    }
imp-report-unreadable = { $count ->
        [one] 1 value could not be read and was left empty
       *[other] { $count } values could not be read and were left empty
    }: { $list }.
imp-report-unreadable-item = line { $line } { $column } { $value }
imp-report-skipped = Skipped: { $list }.
imp-report-skipped-item = line { $line } ({ $why })
imp-report-repeated = Repeated in the file (the later row updates the earlier): { $list }.
imp-report-repeated-item = line { $line } repeats { $who } from line { $earlier }
imp-report-notes = Note: { $list }.
imp-report-note-item = line { $line }: { $note }

## Results rows not imported, and why (file/spreadsheet/results.rs)

imp-res-totals = a totals row, not a post
imp-res-not-numbers = not numbers: { $list }
imp-res-bad-value = { $field } "{ $value }"
imp-res-no-figures = no figures for "{ $title }"
imp-res-none-of = no deliverable of { $what }
imp-res-none-of-on = no deliverable of { $what } published on { $date }
imp-res-several = { $what } matches { $count } deliverables: add a post address or a publish date column
imp-res-what-post = the post { $url }
imp-res-what-code = the code { $code }
imp-res-no-post = no deliverable has the post address { $url }
imp-res-no-code = no participant has the code { $code }
imp-res-code-unpublished = the code { $code }: none of its creator's posts is published yet
imp-res-creator-several = { $creator } has several deliverables: add a post address or a publish date column
imp-res-no-creator = no creator { $creator } in the project
imp-res-nothing-to-match = no post address, code or creator to match it by

## What differs between two versions of a project (model/diff.rs)

imp-diff-none = No differences
imp-diff-info = the project's facts or settings changed
imp-diff-changed = { $count } { $kind } changed ({ $names })
imp-diff-added = { $count } { $kind } added ({ $names })
imp-diff-removed = { $count } { $kind } removed ({ $names })
imp-diff-influencer = { $count ->
        [one] influencer
       *[other] influencers
    }
imp-diff-campaign = { $count ->
        [one] campaign
       *[other] campaigns
    }
imp-diff-deliverable = { $count ->
        [one] deliverable
       *[other] deliverables
    }
imp-diff-cost-line = { $count ->
        [one] cost line
       *[other] cost lines
    }
imp-diff-plan-change = { $count ->
        [one] plan change
       *[other] plan changes
    }

## Exporting pages and images.
exp-no-chromium = this needs Chromium, which is not installed: write the HTML and print it from a browser
exp-path-error = { $path }: { $cause }
exp-chromium-did-not-run = could not run Chromium: { $cause }
exp-chromium-could-not-read = Chromium could not read the page
exp-chromium-could-not-print = Chromium could not print the page
exp-chart-unreadable = the chart could not be read back: { $cause }
exp-image-too-large = the image is too large to draw
exp-png-not-encoded = could not encode the PNG: { $cause }
