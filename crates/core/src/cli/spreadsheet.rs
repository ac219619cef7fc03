//! `rapport import CSV --into PROJECT` and `rapport export roster PROJECT [-o FILE.csv]`:
//! spreadsheets in and out without a window.

use super::fail;
use crate::file;
use crate::model::Platform;
use std::io::Write;
use std::path::Path;

/// Runs `rapport import`: imports `csv` into the project at `into` (created when missing)
/// with the proposed column mapping (see [`file::spreadsheet::import_into_file`]) and
/// prints what it did. Returns the exit status: 0, or 2 when a file cannot be read or
/// written (the cause on `err`).
pub fn import(
    csv: &Path,
    into: &Path,
    platform: Platform,
    map: &[(file::spreadsheet::Field, String)],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let done = match file::spreadsheet::import_into_file(csv, into, platform, map) {
        Ok(done) => done,
        Err(e) => return fail(err, e),
    };
    if let Some(notice) = &done.table.notice {
        let _ = writeln!(out, "{notice}");
    }
    for warning in &done.table.warnings {
        let _ = writeln!(out, "Warning: {warning}");
    }
    let _ = writeln!(
        out,
        "{}: {} rows, {} separated, header on line {}.\nColumns: {}\n{:#}",
        csv.display(),
        done.table.rows.len(),
        done.table.delimiter_name(),
        done.table.header_line,
        file::spreadsheet::describe_mapping(&done.table.headers, &done.mapping),
        done.report
    );
    let _ = if done.written {
        writeln!(out, "Saved {}.", into.display())
    } else {
        writeln!(out, "{} is unchanged.", into.display())
    };
    0
}

/// Runs `rapport import results`: adds the readings of the results export at `csv` to the
/// project at `into` and prints what it added and skipped (and why). Returns the exit
/// status: 0, or 2 when a file cannot be read or written (the cause on `err`).
pub fn import_results(
    csv: &Path,
    into: &Path,
    map: &[(file::spreadsheet::ResultField, String)],
    measured: chrono::NaiveDate,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let done = match file::spreadsheet::import_results_into_file(csv, into, map, measured) {
        Ok(done) => done,
        Err(e) => return fail(err, e),
    };
    if let Some(notice) = &done.table.notice {
        let _ = writeln!(out, "{notice}");
    }
    let columns: Vec<String> = done
        .table
        .headers
        .iter()
        .zip(&done.mapping)
        .filter(|(_, f)| **f != file::spreadsheet::ResultField::Ignore)
        .map(|(h, f)| format!("{} → {}", super::plain::Plain(h), f.label()))
        .collect();
    let plan = &done.plan;
    let _ = writeln!(
        out,
        "{}: {} rows. Columns: {}",
        csv.display(),
        done.table.rows.len(),
        columns.join(", ")
    );
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    let _ = writeln!(
        out,
        "Added {}; {} already recorded; {} skipped.",
        n(plan.added.len(), "reading", "readings"),
        plan.already.len(),
        n(plan.skipped.len(), "row", "rows")
    );
    for (line, title, date) in &plan.added {
        let _ = writeln!(
            out,
            "  line {line}: {} (measured {date})",
            super::plain::Plain(title)
        );
    }
    for s in &plan.skipped {
        let _ = writeln!(
            out,
            "  line {}: skipped, {}",
            s.line,
            super::plain::Plain(&s.why)
        );
    }
    let _ = if done.written {
        writeln!(out, "Saved {}.", into.display())
    } else {
        writeln!(out, "{} is unchanged.", into.display())
    };
    0
}

/// Runs `rapport export roster`: writes the roster of `project` as CSV to `output`, or
/// to `out` when `None`. Returns the exit status: 0, or 2 when a file cannot be read or
/// written (the cause on `err`).
pub fn export_roster(
    project: &Path,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match super::open(project, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    match output {
        Some(path) => match file::export_roster(&project, path) {
            Ok(()) => {
                let _ = writeln!(
                    out,
                    "Wrote {} influencers to {}.",
                    project.influencers.len(),
                    path.display()
                );
                0
            }
            Err(e) => fail(err, e),
        },
        None => match file::roster_csv(&project) {
            Ok(text) => match out.write_all(text.as_bytes()) {
                Ok(()) => 0,
                Err(e) => fail(err, format!("could not write the CSV: {e}")),
            },
            Err(e) => fail(err, e),
        },
    }
}
