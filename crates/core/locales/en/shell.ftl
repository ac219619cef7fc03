# The words of the shell (status bar, findings list, file dialogs, recovery, loading, the window itself), in English.
# Every message has its twin in zh-CN/shell.ftl (a test checks it). Ids start with "sh-".


## The menus (Help) and the status bar.
sh-about = A planner with a conscience for influencer campaigns.
sh-version = Version { $version }
sh-about-checks = Checks run as of today; on the command line, rapport check FILE prints them.
sh-count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
sh-count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
sh-count-notices = { $count ->
    [one] { $count } notice
   *[other] { $count } notices
}
sh-findings-toggle-tip = Show or hide the list of findings
sh-checking = Checking…
sh-checking-tip = The findings shown are those before the latest change
sh-checked-as-of = Checked as of
sh-checked-as-of-tip = See the plan as of another day: what will be overdue, what is tight
sh-today = Today
sh-today-tip = Check as of today again
sh-project-counts = { $influencers } influencers · { $campaigns } campaigns · { $deliverables } deliverables · { $costs } cost lines

## The findings list.
sh-findings = Findings
sh-findings-hide-tip = Hide the findings list
sh-go-to = Go to it
sh-severity-error = error
sh-severity-warning = warning
sh-severity-notice = notice

## Dialogs.
sh-ok = OK
sh-cancel = Cancel
sh-save = Save
sh-open = Open
sh-compare = Compare
sh-save-as = Save As…
sh-not-changed = Your project was not changed.
sh-save-changes = Save changes?
sh-save-changes-body = "{ $name }" has changes that are not saved. They will be lost if you don't save them.
sh-dont-save = Don't save
sh-path-open = Open a project file
sh-path-save-as = Save the project as
sh-path-import-csv = Import influencers from a spreadsheet
sh-path-import-results = Import results from an export
sh-path-export-roster = Export the roster as CSV
sh-path-compare = Compare with another copy
sh-path-label = Path of the file:
sh-changed-on-disk = The file changed on disk
sh-changed-on-disk-body = "{ $name }" was changed by another program or a colleague since you opened it. Saving now would overwrite their changes.
sh-overwrite = Overwrite
sh-would-drop = Fields this version does not know
sh-would-drop-body = "{ $name }" has fields this version of Rapport does not know (made by a newer Rapport, or added by hand): { $fields }. Saving writes the file without them.
sh-would-drop-keep = To keep them, save under another name and keep the original.
sh-save-without = Save without them

## Files: new, open, save, import, export.
sh-no-dialog = No file dialog can be shown on this system (no desktop portal is running). Type the path instead.
sh-new-project = New project
sh-pick-open = Open a Rapport project
sh-filter-project = Rapport project
sh-filter-csv = Spreadsheet (CSV)
sh-pick-save-as = Save the Rapport project as
sh-pick-import-results = Import results from an analytics or tracker export
sh-could-not-save = Could not save
sh-saved = Saved { $name }
sh-could-not-read = { $path }: could not read the file: { $error }
sh-could-not-import = Could not import
sh-roster-file = { $name } roster.csv
sh-exported-roster = Exported { $count } influencers to { $path }
sh-could-not-export = Could not export

## Opening a file (a large one in the background; one open in another Rapport).
sh-opened = Opened { $path }
sh-opening-status = Opening { $path }…
sh-could-not-open = Could not open the file
sh-opening = Opening { $name }
sh-only-read = The file is only read; nothing in it changes.
sh-holder = { $user } on { $host } since { $since }
sh-in-use = This file is open in another Rapport
sh-in-use-body = "{ $name }" is open by { $holder }. If both of you edit it, one of you will lose work.
sh-open-read-only = Open read-only
sh-open-read-only-tip = Look without changing it; Save As keeps a copy of any changes
sh-open-copy = Open a copy
sh-open-copy-tip = A new, unsaved project with the same content
sh-take-over = Take over
sh-take-over-tip = Edit it here; the other Rapport is told when it saves that the file changed

## Recovering unsaved work after a crash.
sh-recover = Recover unsaved work
sh-recover-body = Rapport closed without saving these projects. Restore one to go on where you were (it opens with its unsaved changes; your file is not changed until you save), or discard it.
sh-recover-written = written { $when } · { $size } KB
sh-unknown-time = at an unknown time
sh-restore = Restore { $name }
sh-discard = Discard { $name }
sh-compare-file = Compare { $name }
sh-compare-file-tip = What it holds that the file on disk does not
sh-decide-later = Decide later
sh-decide-later-tip = Keep the recovery files; they are offered again at the next start
sh-recover-never-saved = A project never saved: everything in it would be lost.
sh-recover-unreadable = The recovery file cannot be read: { $error }
sh-recover-no-diff = Compared with the file on disk: no differences (it was saved since).
sh-recover-diff = Compared with the file on disk: { $diff }.
sh-recover-original-gone = The original file is gone or unreadable: restoring brings the work back.
sh-restored = Restored the unsaved work of { $name }
sh-could-not-restore = Could not restore the unsaved work

## Starting.
sh-example = This is the bundled example project; Save As to keep a copy

## Keyboard shortcuts (the keys themselves stay as they are).
sh-keys-or = or
sh-keys-tables = Tables: choose a row (when no field is being typed in)
sh-keys-tab = Timeline chart: select the next or previous bar; past the last, on to the rest of the window
sh-keys-nudge = Timeline chart: move the selected bar a day (published work stays)
sh-keys-delete = Timeline chart: delete the selected deliverable (undoable)
sh-keys-esc = Cancel a drag, close a dialog, or leave presenting
sh-keys-double-click = Timeline chart: add a deliverable on that day
sh-keys-zoom = Timeline chart: zoom the time axis
sh-keys-next-slide = Presenting: next slide
sh-keys-previous-slide = Presenting: previous slide
sh-keys-first-last-slide = Presenting: first or last slide
sh-key-double-click = Double-click
sh-key-ctrl-wheel = Ctrl + wheel
