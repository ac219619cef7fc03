//! `rapport diff` and `rapport merge`.

use super::args::{Format, TakeSide};
use super::plain::Plain;
use super::{fail, finish, open, say, text, write_json};
use crate::i18n::{FluentValue, Lang};
use crate::model::{Project, Revision};
use crate::share::{
    Change, Merge, MergeRow, Outcome, RecordKind, Resolution, SentCopies, Side, compare,
};
use std::io::Write;
use std::path::Path;

/// A value in a line of text: quoted, `(none)` when absent (in `lang`).
fn shown(lang: Lang, value: Option<&str>) -> String {
    match value {
        None => text(lang, "cli-none"),
        Some(v) => format!("\"{}\"", Plain(v)),
    }
}

/// A path for a message argument.
fn path_value(path: &Path) -> FluentValue<'static> {
    FluentValue::from(path.display().to_string())
}

/// Runs `rapport diff A B`; the text is in `lang` (JSON is the same in every language).
pub fn diff(
    older: &Path,
    newer: &Path,
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let a = match open(older, lang, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut b = match open(newer, lang, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let Some(shared) = &b.info.shared
        && shared.kind == crate::model::ShareKind::Client
    {
        let words = say(lang, "cli-diff-client-copy", &[("path", path_value(newer))]);
        let _ = writeln!(err, "rapport: {words}");
        crate::share::restore(&mut b, &a);
    }
    let found = compare(&a, &b);
    let written = match format {
        Format::Json => write_json(out, &found),
        Format::Text => (|| {
            let mut last: Option<(RecordKind, &str)> = None;
            for d in &found {
                if last != Some((d.kind, d.id.as_str())) {
                    let record = say(
                        lang,
                        "cli-diff-record",
                        &[
                            ("kind", d.kind.word_in(lang).into()),
                            ("name", Plain(&d.name).to_string().into()),
                            ("id", Plain(&d.id).to_string().into()),
                        ],
                    );
                    writeln!(out, "{record}")?;
                    last = Some((d.kind, d.id.as_str()));
                }
                match d.change {
                    Change::Added => writeln!(out, "  {}", text(lang, "cli-diff-added"))?,
                    Change::Removed => writeln!(out, "  {}", text(lang, "cli-diff-removed"))?,
                    Change::Changed => writeln!(
                        out,
                        "  {}: {} → {}",
                        Plain(d.field.as_deref().unwrap_or("")),
                        shown(lang, d.old.as_deref()),
                        shown(lang, d.new.as_deref())
                    )?,
                }
            }
            if found.is_empty() {
                writeln!(out, "{}", text(lang, "cli-diff-none"))?;
            }
            Ok(())
        })(),
    };
    let status = finish(written, err, lang, "cli-what-differences");
    let same = found.is_empty();
    super::discard((a, b));
    match status {
        0 if same => 0,
        0 => 1,
        other => other,
    }
}

/// One merge row as a line, in `lang`.
fn row_line(lang: Lang, row: &MergeRow) -> String {
    let field = if row.field.is_empty() {
        text(lang, "cli-merge-whole-record")
    } else {
        Plain(&row.field).to_string()
    };
    say(
        lang,
        "cli-merge-row",
        &[
            ("kind", row.kind.word_in(lang).into()),
            ("name", Plain(&row.name).to_string().into()),
            ("id", Plain(&row.id).to_string().into()),
            ("field", field.into()),
            ("base", shown(lang, row.base.as_deref()).into()),
            ("mine", shown(lang, row.mine.as_deref()).into()),
            ("theirs", shown(lang, row.theirs.as_deref()).into()),
        ],
    )
}

/// Runs `rapport merge MINE THEIRS`, saying what it did in `lang`.
#[allow(clippy::too_many_arguments)]
pub fn merge(
    mine_path: &Path,
    theirs_path: &Path,
    base_path: Option<&Path>,
    output: &Path,
    take: Option<TakeSide>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mine = match open(mine_path, lang, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let theirs = match open(theirs_path, lang, err) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let (base, whence): (Option<Project>, String) = match base_path {
        Some(path) => match open(path, lang, err) {
            Ok(p) => (
                Some(p),
                say(lang, "cli-merge-base-file", &[("path", path_value(path))]),
            ),
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
                    say(
                        lang,
                        "cli-merge-base-kept",
                        &[("id", id.to_string().into())],
                    ),
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
        lines.push(say(
            lang,
            "cli-merge-three-way",
            &[("whence", whence.into())],
        ));
    } else {
        lines.push(text(lang, "cli-merge-no-base"));
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
    lines.push(say(
        lang,
        "cli-merge-counts",
        &[
            ("taken", taken.into()),
            ("kept", kept.into()),
            ("union", union.into()),
            ("conflicts", merged.conflicts().count().into()),
        ],
    ));
    for row in merged.conflicts() {
        let how = match row.outcome {
            Outcome::Conflict(Some(Side::Mine)) => "cli-merge-conflict-took-mine",
            Outcome::Conflict(Some(Side::Theirs)) => "cli-merge-conflict-took-theirs",
            _ => "cli-merge-conflict",
        };
        lines.push(format!("{} {}", text(lang, how), row_line(lang, row)));
    }
    let unresolved = merged.unresolved();
    let status = if unresolved > 0 {
        lines.push(say(
            lang,
            "cli-merge-unresolved",
            &[("count", unresolved.into())],
        ));
        1
    } else {
        let mut project = merged.project;
        project.info.revision = Some(Revision::after(mine.info.revision.as_ref()));
        if let Err(e) = crate::file::save(&project, output, None) {
            return fail(err, e.message_in(lang));
        }
        lines.push(say(
            lang,
            "cli-merge-written",
            &[("path", path_value(output))],
        ));
        super::discard(project);
        0
    };
    let written = lines.iter().try_for_each(|l| writeln!(out, "{l}"));
    super::discard((mine, prepared));
    match finish(written, err, lang, "cli-what-merge-report") {
        0 => status,
        other => other,
    }
}
