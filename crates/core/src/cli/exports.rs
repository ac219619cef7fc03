//! `rapport export deliverables|costs|calendar`.

use super::{fail, open};
use crate::export::{calendar_ics, changes_csv, costs_csv, deliverables_csv, write_atomically};
use std::io::Write;
use std::path::Path;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Every deliverable as CSV.
    Deliverables,
    /// Every cost line as CSV (and the recorded changes, to a second file).
    Costs,
    /// The deliverables' dates as iCalendar.
    Calendar,
}

/// Runs one export: to `output`, or to `out` without one.
pub fn export(
    project: &Path,
    kind: Kind,
    output: Option<&Path>,
    changes: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match open(project, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let (text, what, csv) = match kind {
        Kind::Deliverables => (
            deliverables_csv(&project),
            format!("{} deliverables", project.deliverables.len()),
            true,
        ),
        Kind::Costs => (
            costs_csv(&project),
            format!("{} cost lines", project.cost_lines.len()),
            true,
        ),
        Kind::Calendar => {
            let dated = project
                .deliverables
                .iter()
                .map(|d| {
                    [d.brief_sent, d.draft_due, d.publish]
                        .iter()
                        .flatten()
                        .count()
                })
                .sum::<usize>();
            (
                Ok(calendar_ics(&project)),
                format!(
                    "the dates of {} deliverables ({dated} dates)",
                    project.deliverables.len()
                ),
                false,
            )
        }
    };
    let text = match text {
        Ok(text) => text,
        Err(e) => return fail(err, e),
    };
    if let Some(path) = changes {
        let count: usize = project.cost_lines.iter().map(|l| l.changes.len()).sum();
        match changes_csv(&project).and_then(|t| write_atomically(path, &t, true)) {
            Ok(()) => {
                let _ = writeln!(err, "Wrote {count} recorded changes to {}.", path.display());
            }
            Err(e) => return fail(err, e),
        }
    }
    match output {
        Some(path) => match write_atomically(path, &text, csv) {
            Ok(()) => {
                let _ = writeln!(out, "Wrote {what} to {}.", path.display());
                0
            }
            Err(e) => fail(err, e),
        },
        None => super::finish(out.write_all(text.as_bytes()), err, "the export"),
    }
}
