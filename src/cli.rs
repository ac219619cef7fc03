//! The command line: `rapport [FILE]`, `rapport check FILE`, `rapport timeline PROJECT`,
//! `rapport budget PROJECT`, `rapport import CSV --into PROJECT`, `rapport export roster PROJECT -o FILE.csv`,
//! `rapport --help`.

pub mod budget;
#[cfg(test)]
mod tests;
pub mod timeline;

use crate::checks::{self, Severity};
use crate::file;
use crate::model::Platform;
use chrono::NaiveDate;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The help text of `rapport --help`.
pub const HELP: &str = "\
Rapport — a planner with a conscience for influencer campaigns.

USAGE:
    rapport [FILE] [--today YYYY-MM-DD]
        Open the app, with FILE (a .rapport.ron project) if given; with --today,
        checks run as of that day (the status bar lets you change it too).

    rapport check FILE [--today YYYY-MM-DD] [--format text|json]
        Run every check on FILE without opening a window.
        --today    the date to check as of (default: today)
        --format   text (default): one finding per line:
                       SEVERITY  CODE  SUBJECT  MESSAGE — fix: FIX
                   json: an array of objects with code, severity, subject (ids),
                       subject_names, message and fix
        Exit status: 0 no errors, 1 at least one error finding,
                     2 the file cannot be read (the cause, with line and column, on stderr).

    rapport timeline PROJECT [--campaign ID] [--today YYYY-MM-DD] [--format text|json]
        Print every deliverable in publish-date order (undated ones last) with its
        publish, draft-due and brief-sent dates, status, influencer and campaign, and
        under it its findings (severity, code, message and fix).
        --campaign only that campaign's deliverables (its id, or its name)
        --today    the date to check as of (default: today)
        --format   text (default), or json: an array of objects with id, title,
                       influencer, campaign, brief_sent, draft_due, publish (YYYY-MM-DD
                       or null), status and findings (code, severity, message, fix)
        Exit status: 0 done, 2 the file cannot be read or has no such campaign.

    rapport budget PROJECT [--campaign ID] [--today YYYY-MM-DD] [--format text|json|csv]
        Print per campaign the cap, baseline, recorded changes, current plan, committed,
        invoiced, paid and remaining, by category and by influencer, and the lines where
        baseline + changes is not what the line says now.
        --campaign only that campaign (its id, or its name)
        --today    the date to show as \"as of\" (the sums do not depend on it)
        --format   text (default): a table per campaign, in the project currency
                   json: an array of campaign objects, every amount a decimal string
                       (\"1350.00\"), with by_category, by_influencer and unreconciled
                   csv: a row per campaign total, category and influencer: campaign_id,
                       campaign, group, name, cap, baseline, changes, current, committed,
                       invoiced, paid, remaining (cap and remaining on total rows only)
        Exit status: 0 done, 2 the file cannot be read or has no such campaign.

    rapport import CSV --into PROJECT [--platform instagram]
        Add the influencers of a spreadsheet saved as CSV to PROJECT (created when
        missing; the previous version is kept as PROJECT.bak). The delimiter (comma,
        semicolon, tab, |) and the header row are found, columns are matched to fields
        by their names (the app lets you change that), and influencers already in the
        project (same platform and handle) are updated, not duplicated.
        --platform the platform of the handles when the file has no platform column
                   (default: instagram)
        Prints what was added, updated and skipped, and every value that could not be
        read (left empty). Exit status: 0 done, 2 a file cannot be read or written.

    rapport export roster PROJECT [-o FILE.csv]
        Write the roster as CSV (to standard output without -o): name, handle,
        platform, followers, engagement rate, average likes, country, niches, email,
        notes, other handles (TikTok @ana (120000); YouTube @ana). It imports back
        with the same values. Exit status: 0 done, 2 a file cannot be read or written.

    rapport --help       Show this help.
    rapport --version    Show the version.
";

/// Output formats of `rapport check` and `rapport timeline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One finding per line.
    Text,
    /// A JSON array.
    Json,
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Open the app, optionally with a file, optionally checking as of another day.
    Gui {
        /// The project file to open.
        file: Option<PathBuf>,
        /// The date checks run as of (today when `None`).
        today: Option<NaiveDate>,
    },
    /// Check a file without a window.
    Check {
        /// The project file.
        file: PathBuf,
        /// The date to check as of (today when `None`).
        today: Option<NaiveDate>,
        /// How to print.
        format: Format,
    },
    /// Print the deliverables in date order with their findings, without a window.
    Timeline {
        /// The project file.
        file: PathBuf,
        /// Only this campaign (an id or a name).
        campaign: Option<String>,
        /// The date to check as of (today when `None`).
        today: Option<NaiveDate>,
        /// How to print.
        format: Format,
    },
    /// Print the reconciled budget of every campaign (or one), without a window.
    Budget {
        /// The project file.
        file: PathBuf,
        /// Only this campaign (an id or a name).
        campaign: Option<String>,
        /// The date to show as "as of" (not shown when `None`).
        today: Option<NaiveDate>,
        /// How to print.
        format: budget::BudgetFormat,
    },
    /// Import influencers from a CSV file into a project file.
    Import {
        /// The CSV file.
        csv: PathBuf,
        /// The project file, created when missing.
        into: PathBuf,
        /// The platform of handles in rows without a platform.
        platform: Platform,
    },
    /// Export the roster of a project as CSV.
    ExportRoster {
        /// The project file.
        project: PathBuf,
        /// The CSV file to write; standard output when `None`.
        output: Option<PathBuf>,
    },
    /// Print help.
    Help,
    /// Print the version.
    Version,
}

/// Reads the command line (without the program name). Errors are messages for stderr.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let mut iter = args.iter();
    let Some(first) = iter.next() else {
        return Ok(Command::Gui {
            file: None,
            today: None,
        });
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "check" => {
            let mut file = None;
            let mut today = None;
            let mut format = Format::Text;
            while let Some(arg) = iter.next() {
                match arg.as_str() {
                    "--today" => today = Some(parse_date(iter.next())?),
                    "--format" => format = parse_format(iter.next())?,
                    flag if flag.starts_with("--") => {
                        return Err(format!("unknown option {flag} (see rapport --help)"));
                    }
                    path if file.is_none() => file = Some(PathBuf::from(path)),
                    extra => return Err(format!("unexpected argument {extra}")),
                }
            }
            let file = file.ok_or("check needs a project file: rapport check FILE")?;
            Ok(Command::Check {
                file,
                today,
                format,
            })
        }
        "timeline" => timeline::parse(iter.as_slice()),
        "budget" => budget::parse(iter.as_slice()),
        "import" => parse_import(iter.as_slice()),
        "export" => parse_export(iter.as_slice()),
        _ => {
            let mut file = None;
            let mut today = None;
            let mut rest = args.iter();
            while let Some(arg) = rest.next() {
                match arg.as_str() {
                    "--today" => today = Some(parse_date(rest.next())?),
                    flag if flag.starts_with('-') => {
                        return Err(format!("unknown option {flag} (see rapport --help)"));
                    }
                    path if file.is_none() => file = Some(PathBuf::from(path)),
                    extra => {
                        return Err(format!("unexpected argument {extra} (see rapport --help)"));
                    }
                }
            }
            Ok(Command::Gui { file, today })
        }
    }
}

/// Reads the arguments of `rapport import`.
fn parse_import(args: &[String]) -> Result<Command, String> {
    let mut csv = None;
    let mut into = None;
    let mut platform = Platform::Instagram;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--into" => {
                let path = iter.next().ok_or("--into needs a project file")?;
                into = Some(PathBuf::from(path));
            }
            "--platform" => {
                let name = iter
                    .next()
                    .ok_or("--platform needs a platform, e.g. instagram")?;
                platform = match file::spreadsheet::values::parse_platform(name) {
                    Ok(Some(p)) => p,
                    _ => {
                        let known: Vec<&str> = Platform::ALL.iter().map(|p| p.label()).collect();
                        return Err(format!(
                            "--platform: \"{name}\" is not one of {}",
                            known.join(", ")
                        ));
                    }
                };
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} (see rapport --help)"));
            }
            path if csv.is_none() => csv = Some(PathBuf::from(path)),
            extra => return Err(format!("unexpected argument {extra}")),
        }
    }
    let usage = "rapport import CSV --into PROJECT [--platform instagram]";
    let csv = csv.ok_or(format!("import needs a CSV file: {usage}"))?;
    let into = into.ok_or(format!("import needs --into PROJECT: {usage}"))?;
    Ok(Command::Import {
        csv,
        into,
        platform,
    })
}

/// Reads the arguments of `rapport export`.
fn parse_export(args: &[String]) -> Result<Command, String> {
    let usage = "rapport export roster PROJECT [-o FILE.csv]";
    let mut iter = args.iter();
    match iter.next().map(String::as_str) {
        Some("roster") => {}
        Some(other) => return Err(format!("cannot export \"{other}\"; try: {usage}")),
        None => return Err(format!("export what? {usage}")),
    }
    let mut project = None;
    let mut output = None;
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-o" | "--output" => {
                let path = iter.next().ok_or("-o needs a file name, e.g. roster.csv")?;
                output = Some(PathBuf::from(path));
            }
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option {flag} (see rapport --help)"));
            }
            path if project.is_none() => project = Some(PathBuf::from(path)),
            extra => return Err(format!("unexpected argument {extra}")),
        }
    }
    let project = project.ok_or(format!("export needs a project file: {usage}"))?;
    Ok(Command::ExportRoster { project, output })
}

/// Reads the value of `--today`.
/// The arguments of a command that reads one project, optionally one campaign of it:
/// `PROJECT [--campaign ID|NAME] [--today DATE] [--format …]`.
struct ProjectArgs<F> {
    file: Option<PathBuf>,
    campaign: Option<String>,
    today: Option<NaiveDate>,
    format: F,
}

/// Reads `PROJECT [--campaign ID|NAME] [--today DATE] [--format …]`, with the command's
/// own format parser and default format.
fn parse_project_args<F>(
    args: &[String],
    default: F,
    format_of: impl Fn(Option<&String>) -> Result<F, String>,
) -> Result<ProjectArgs<F>, String> {
    let mut parsed = ProjectArgs {
        file: None,
        campaign: None,
        today: None,
        format: default,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--campaign" => {
                let id = iter
                    .next()
                    .ok_or("--campaign needs a campaign id or name, e.g. cmp-t6g2jmk8")?;
                parsed.campaign = Some(id.clone());
            }
            "--today" => parsed.today = Some(parse_date(iter.next())?),
            "--format" => parsed.format = format_of(iter.next())?,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} (see rapport --help)"));
            }
            path if parsed.file.is_none() => parsed.file = Some(PathBuf::from(path)),
            extra => return Err(format!("unexpected argument {extra}")),
        }
    }
    Ok(parsed)
}

fn parse_date(value: Option<&String>) -> Result<NaiveDate, String> {
    let value = value.ok_or("--today needs a date (YYYY-MM-DD)")?;
    value
        .parse::<NaiveDate>()
        .map_err(|_| format!("--today: \"{value}\" is not a date like 2027-03-15"))
}

/// Reads the value of `--format`.
fn parse_format(value: Option<&String>) -> Result<Format, String> {
    match value.map(String::as_str) {
        Some("text") => Ok(Format::Text),
        Some("json") => Ok(Format::Json),
        other => Err(format!(
            "--format must be text or json, not {}",
            other.unwrap_or("nothing")
        )),
    }
}

/// Runs `rapport check` and returns the exit status (0, 1 or 2).
pub fn check(
    path: &std::path::Path,
    today: NaiveDate,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let project = match file::open(path) {
        Ok(opened) => opened.project,
        Err(e) => {
            let _ = writeln!(err, "rapport: {e}");
            return 2;
        }
    };
    let findings = checks::run(&project, today);
    let written = match format {
        Format::Text => findings.iter().try_for_each(|f| {
            let names: Vec<String> = f
                .subject
                .iter()
                .take(1)
                .map(|id| project.describe(id))
                .collect();
            writeln!(
                out,
                "{:<8} {:<22} {:<14} {} — {} — fix: {}",
                f.severity.as_str(),
                f.code.as_str(),
                f.subject.first().map_or("", |id| id.as_str()),
                names.join(", "),
                f.message,
                f.fix
            )
        }),
        Format::Json => {
            let items: Vec<serde_json::Value> = findings
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "code": f.code,
                        "severity": f.severity,
                        "subject": f.subject,
                        "subject_names": f.subject.iter().map(|id| project.describe(id)).collect::<Vec<_>>(),
                        "message": f.message,
                        "fix": f.fix,
                    })
                })
                .collect();
            match serde_json::to_string_pretty(&items) {
                Ok(text) => writeln!(out, "{text}"),
                Err(e) => writeln!(err, "rapport: {e}"),
            }
        }
    };
    if written.is_err() {
        return 2;
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        1
    } else {
        0
    }
}

/// Writes `rapport: MESSAGE` to stderr and gives exit status 2.
fn fail(err: &mut dyn Write, message: impl std::fmt::Display) -> i32 {
    let _ = writeln!(err, "rapport: {message}");
    2
}

/// Runs `rapport import`: imports `csv` into the project at `into` (created when missing)
/// with the proposed column mapping (see [`file::spreadsheet::import_into_file`]) and
/// prints what it did. Returns the exit status: 0, or 2 when a file cannot be read or
/// written (the cause on `err`).
pub fn import(
    csv: &Path,
    into: &Path,
    platform: Platform,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let done = match file::spreadsheet::import_into_file(csv, into, platform) {
        Ok(done) => done,
        Err(e) => return fail(err, e),
    };
    if let Some(notice) = &done.table.notice {
        let _ = writeln!(out, "{notice}");
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

/// Runs `rapport export roster`: writes the roster of `project` as CSV to `output`, or
/// to `out` when `None`. Returns the exit status: 0, or 2 when a file cannot be read or
/// written (the cause on `err`).
pub fn export_roster(
    project: &Path,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let project = match file::open(project) {
        Ok(opened) => opened.project,
        Err(e) => return fail(err, e),
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
