//! `rapport import CSV --into PROJECT` and `rapport export roster PROJECT [-o FILE.csv]`:
//! spreadsheets in and out without a window.

use super::plain::Plain;
use super::{fail, say};
use crate::file;
use crate::i18n::{FluentValue, Lang};
use crate::model::Platform;
use std::io::Write;
use std::path::Path;

/// What `rapport import` was given.
pub struct Import<'a> {
    /// The spreadsheet, or `results` before a results export.
    pub csv: &'a Path,
    /// After `results`: the results export.
    pub results_csv: Option<&'a Path>,
    /// The project file to add to.
    pub into: &'a Path,
    /// The platform of handles without one.
    pub platform: Platform,
    /// `--map FIELD=COLUMN`, as given.
    pub map: &'a [String],
    /// The day results were read on when no column says.
    pub date: chrono::NaiveDate,
}

/// Runs `rapport import` or `rapport import results`, as the arguments say, in `lang`.
pub fn run(args: Import<'_>, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let path = |p: &Path| FluentValue::from(p.display().to_string());
    match args.results_csv {
        Some(results) if args.csv.as_os_str() == "results" => {
            let map: Result<Vec<_>, String> = args
                .map
                .iter()
                .map(|m| super::args::result_field_map(m, lang))
                .collect();
            match map {
                Ok(map) => import_results(results, args.into, &map, args.date, lang, out, err),
                Err(message) => fail(err, message),
            }
        }
        Some(extra) => fail(
            err,
            say(
                lang,
                "cli-import-one-at-a-time",
                &[("extra", path(extra)), ("csv", path(args.csv))],
            ),
        ),
        None if args.csv.as_os_str() == "results" => {
            fail(err, say(lang, "cli-import-which-results", &[]))
        }
        None => {
            let map: Result<Vec<_>, String> = args
                .map
                .iter()
                .map(|m| super::args::field_map(m, lang))
                .collect();
            match map {
                Ok(map) => import(args.csv, args.into, args.platform, &map, lang, out, err),
                Err(message) => fail(err, message),
            }
        }
    }
}

/// The delimiter of a spreadsheet in words, in `lang` ("comma" / "逗号").
fn delimiter_in(lang: Lang, delimiter: u8) -> String {
    let id = match delimiter {
        b',' => "cli-delimiter-comma",
        b';' => "cli-delimiter-semicolon",
        b'\t' => "cli-delimiter-tab",
        b'|' => "cli-delimiter-pipe",
        _ => "cli-delimiter-other",
    };
    crate::i18n::text(lang, id)
}

/// The end of an import: the project was saved, or left as it was.
fn saved(lang: Lang, written: bool, into: &Path) -> String {
    let id = if written {
        "cli-import-saved"
    } else {
        "cli-import-unchanged"
    };
    say(lang, id, &[("path", into.display().to_string().into())])
}

/// Runs `rapport import`: imports `csv` into the project at `into` (created when missing)
/// with the proposed column mapping (see [`file::spreadsheet::import_into_file`]) and
/// prints what it did. Returns the exit status: 0, or 2 when a file cannot be read or
/// written (the cause on `err`). The command's own words are in `lang`.
fn import(
    csv: &Path,
    into: &Path,
    platform: Platform,
    map: &[(file::spreadsheet::Field, String)],
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let done = match file::spreadsheet::import_into_file(csv, into, platform, map) {
        Ok(done) => done,
        Err(e) => return fail(err, e.message_in(lang)),
    };
    if let Some(notice) = done.table.notice_in(lang) {
        let _ = writeln!(out, "{notice}");
    }
    for warning in done.table.warnings_in(lang) {
        let warning = FluentValue::from(warning);
        let _ = writeln!(
            out,
            "{}",
            say(lang, "cli-import-warning", &[("warning", warning)])
        );
    }
    let read = say(
        lang,
        "cli-import-read",
        &[
            ("path", csv.display().to_string().into()),
            ("rows", done.table.rows.len().to_string().into()),
            ("delimiter", delimiter_in(lang, done.table.delimiter).into()),
            ("line", done.table.header_line.to_string().into()),
        ],
    );
    let columns = file::spreadsheet::describe_mapping_in(lang, &done.table.headers, &done.mapping);
    let columns = say(lang, "cli-import-columns", &[("columns", columns.into())]);
    let _ = writeln!(out, "{read}\n{columns}\n{}", done.report.text_in(lang));
    let _ = writeln!(out, "{}", saved(lang, done.written, into));
    0
}

/// Runs `rapport import results`: adds the readings of the results export at `csv` to the
/// project at `into` and prints what it added and skipped (and why). Returns the exit
/// status: 0, or 2 when a file cannot be read or written (the cause on `err`). The
/// command's own words are in `lang`.
fn import_results(
    csv: &Path,
    into: &Path,
    map: &[(file::spreadsheet::ResultField, String)],
    measured: chrono::NaiveDate,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let done = match file::spreadsheet::import_results_into_file(csv, into, map, measured) {
        Ok(done) => done,
        Err(e) => return fail(err, e.message_in(lang)),
    };
    if let Some(notice) = done.table.notice_in(lang) {
        let _ = writeln!(out, "{notice}");
    }
    let columns: Vec<String> = done
        .table
        .headers
        .iter()
        .zip(&done.mapping)
        .filter(|(_, f)| **f != file::spreadsheet::ResultField::Ignore)
        .map(|(h, f)| format!("{} → {}", Plain(h), f.label_in(lang)))
        .collect();
    let plan = &done.plan;
    let read = say(
        lang,
        "cli-import-results-read",
        &[
            ("path", csv.display().to_string().into()),
            ("rows", done.table.rows.len().to_string().into()),
            (
                "columns",
                columns
                    .join(&crate::i18n::text(lang, "list-separator"))
                    .into(),
            ),
        ],
    );
    let _ = writeln!(out, "{read}");
    let counts = say(
        lang,
        "cli-import-results-counts",
        &[
            ("added", plan.added.len().into()),
            ("already", plan.already.len().into()),
            ("skipped", plan.skipped.len().into()),
        ],
    );
    let _ = writeln!(out, "{counts}");
    for (line, title, date) in &plan.added {
        let added = say(
            lang,
            "cli-import-results-added",
            &[
                ("line", line.to_string().into()),
                ("title", Plain(title).to_string().into()),
                ("date", date.to_string().into()),
            ],
        );
        let _ = writeln!(out, "  {added}");
    }
    for s in &plan.skipped {
        let skipped = say(
            lang,
            "cli-import-results-skipped",
            &[
                ("line", s.line.to_string().into()),
                ("why", Plain(&s.why_in(lang)).to_string().into()),
            ],
        );
        let _ = writeln!(out, "  {skipped}");
    }
    let _ = writeln!(out, "{}", saved(lang, done.written, into));
    0
}

/// Runs `rapport export roster`: writes the roster of `project` as CSV to `output`, or
/// to `out` when `None`. Returns the exit status: 0, or 2 when a file cannot be read or
/// written (the cause on `err`). It says what it wrote in `lang`; the CSV is the same in
/// every language.
pub fn export_roster(
    project: &Path,
    output: Option<&Path>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match super::open(project, lang, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    match output {
        Some(path) => match file::export_roster(&project, path) {
            Ok(()) => {
                let written = say(
                    lang,
                    "cli-export-roster-written",
                    &[
                        ("count", project.influencers.len().to_string().into()),
                        ("path", path.display().to_string().into()),
                    ],
                );
                let _ = writeln!(out, "{written}");
                0
            }
            Err(e) => fail(err, e.message_in(lang)),
        },
        None => match file::roster_csv(&project) {
            Ok(text) => match out.write_all(text.as_bytes()) {
                Ok(()) => 0,
                Err(e) => fail(err, super::could_not_write(lang, "cli-what-csv", &e)),
            },
            Err(e) => fail(err, e.message_in(lang)),
        },
    }
}
