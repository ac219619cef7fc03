//! `rapport diff` and `rapport merge`.

use super::args::{Format, TakeSide};
use super::plain::Plain;
use super::{fail, finish, open, write_json};
use crate::model::{Project, Revision};
use crate::share::{
    Change, Merge, MergeRow, Outcome, RecordKind, Resolution, SentCopies, Side, compare,
};
use std::io::Write;
use std::path::Path;

/// A value in a line of text: quoted, `(none)` when absent.
fn shown(value: Option<&str>) -> String {
    match value {
        None => "(none)".into(),
        Some(v) => format!("\"{}\"", Plain(v)),
    }
}

/// Runs `rapport diff A B`.
pub fn diff(
    older: &Path,
    newer: &Path,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let a = match open(older, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut b = match open(newer, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let Some(shared) = &b.info.shared
        && shared.kind == crate::model::ShareKind::Client
    {
        let _ = writeln!(
            err,
            "rapport: {} is a client copy: what it left out is not counted as removed",
            newer.display()
        );
        crate::share::restore(&mut b, &a);
    }
    let found = compare(&a, &b);
    let written = match format {
        Format::Json => write_json(out, &found),
        Format::Text => (|| {
            let mut last: Option<(RecordKind, &str)> = None;
            for d in &found {
                if last != Some((d.kind, d.id.as_str())) {
                    writeln!(
                        out,
                        "{} {} ({})",
                        d.kind.label(),
                        Plain(&d.name),
                        Plain(&d.id)
                    )?;
                    last = Some((d.kind, d.id.as_str()));
                }
                match d.change {
                    Change::Added => writeln!(out, "  added")?,
                    Change::Removed => writeln!(out, "  removed")?,
                    Change::Changed => writeln!(
                        out,
                        "  {}: {} → {}",
                        Plain(d.field.as_deref().unwrap_or("")),
                        shown(d.old.as_deref()),
                        shown(d.new.as_deref())
                    )?,
                }
            }
            if found.is_empty() {
                writeln!(out, "No differences")?;
            }
            Ok(())
        })(),
    };
    let status = finish(written, err, "the differences");
    let same = found.is_empty();
    super::discard((a, b));
    match status {
        0 if same => 0,
        0 => 1,
        other => other,
    }
}

/// One merge row as a line.
fn row_line(row: &MergeRow) -> String {
    let field = if row.field.is_empty() {
        "(whole record)"
    } else {
        row.field.as_str()
    };
    format!(
        "{} {} ({}) {}: base {} · mine {} · theirs {}",
        row.kind.label(),
        Plain(&row.name),
        Plain(&row.id),
        Plain(field),
        shown(row.base.as_deref()),
        shown(row.mine.as_deref()),
        shown(row.theirs.as_deref())
    )
}

/// Runs `rapport merge MINE THEIRS`.
pub fn merge(
    mine_path: &Path,
    theirs_path: &Path,
    base_path: Option<&Path>,
    output: &Path,
    take: Option<TakeSide>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mine = match open(mine_path, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let theirs = match open(theirs_path, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let (base, whence): (Option<Project>, String) = match base_path {
        Some(path) => match open(path, err) {
            Ok(p) => (Some(p), format!("base {}", path.display())),
            Err(code) => return code,
        },
        None => match SentCopies::default_store().and_then(|s| s.base_of(&theirs)) {
            Some(p) => {
                let id = theirs
                    .info
                    .shared
                    .as_ref()
                    .and_then(|s| s.base.clone())
                    .unwrap_or_default();
                (
                    Some(p),
                    format!("the version it was made from, kept when it was shared ({id})"),
                )
            }
            None => (None, String::new()),
        },
    };
    let resolution = match take {
        Some(TakeSide::Mine) => Resolution::all(Side::Mine),
        Some(TakeSide::Theirs) => Resolution::all(Side::Theirs),
        None => Resolution::none(),
    };
    let prepared = Merge::new(base, &mine, theirs);
    let merged = prepared.run(&mine, &resolution);
    let mut lines = Vec::new();
    if merged.three_way {
        lines.push(format!("Three-way merge with {whence}."));
    } else {
        lines.push("The version both were made from is not known: every difference is a conflict (give it with --base).".into());
    }
    let taken = merged
        .rows
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Taken(Side::Theirs)))
        .count();
    let kept = merged
        .rows
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Taken(Side::Mine)))
        .count();
    let union = merged
        .rows
        .iter()
        .filter(|r| r.outcome == Outcome::Union)
        .count();
    lines.push(format!(
        "{taken} change{} taken from theirs, {kept} of mine kept, {union} history entr{} combined, {} conflict{}.",
        if taken == 1 { "" } else { "s" },
        if union == 1 { "y" } else { "ies" },
        merged.conflicts().count(),
        if merged.conflicts().count() == 1 { "" } else { "s" },
    ));
    for row in merged.conflicts() {
        let how = match row.outcome {
            Outcome::Conflict(Some(Side::Mine)) => "CONFLICT (took mine)",
            Outcome::Conflict(Some(Side::Theirs)) => "CONFLICT (took theirs)",
            _ => "CONFLICT",
        };
        lines.push(format!("{how} {}", row_line(row)));
    }
    let unresolved = merged.unresolved();
    let status = if unresolved > 0 {
        lines.push(format!(
            "{unresolved} conflict{} remain: nothing written. Choose in the app (File ▸ Compare with another copy…), or give --take mine or --take theirs.",
            if unresolved == 1 { "" } else { "s" }
        ));
        1
    } else {
        let mut project = merged.project;
        project.info.revision = Some(Revision::after(mine.info.revision.as_ref()));
        if let Err(e) = crate::file::save(&project, output, None) {
            return fail(err, e);
        }
        lines.push(format!("Merged project written to {}.", output.display()));
        super::discard(project);
        0
    };
    let written = lines.iter().try_for_each(|l| writeln!(out, "{l}"));
    super::discard((mine, prepared));
    match finish(written, err, "the merge report") {
        0 => status,
        other => other,
    }
}
