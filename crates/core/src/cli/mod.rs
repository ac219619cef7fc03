//! The command line: `rapport [FILE]` opens the app; `rapport check`, `timeline`, `budget`,
//! `import`, `export`, `share`, `diff` and `merge` work without a window. The arguments are declared once in
//! [`args`] (clap), which also writes `--help`; each command writes to the `out` and `err`
//! it is given, so tests run it in-process.

mod arg_values;
mod args;
pub mod budget;
mod check;
mod export_args;
mod exports;
pub mod json;
mod merge;
mod plain;
mod results;
mod share;
mod spreadsheet;
#[cfg(test)]
mod tests;
pub mod timeline;

pub use args::{
    BriefFormat, BudgetFormat, ChartKind, Cli, Command, Export, Format, Paper, ResultsFormat,
    ShareFor, SummaryFormat, TakeSide, command,
};

use chrono::NaiveDate;
use clap::FromArgMatches;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// What the command line asked for, once the commands without a window have run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done: exit with this status (0 done, 1 `check` found an error, 2 failed).
    Exit(u8),
    /// Open the app, with a file if given, checking as of a day if given.
    OpenApp {
        /// The project file to open.
        file: Option<PathBuf>,
        /// The day checks run as of (today when `None`).
        today: Option<NaiveDate>,
    },
}

/// Reads the command line (`args` starts with the program name).
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// Reads the command line (`args` starts with the program name) and runs the command it
/// names, writing to `out` and `err`; `today` is the date commands check as of when no
/// `--today` is given. Help and version go to `out` with status 0; a wrong command line
/// is explained on `err` with status 2.
pub fn run<I, T>(args: I, today: NaiveDate, out: &mut dyn Write, err: &mut dyn Write) -> Outcome
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match parse(args) {
        Ok(cli) => cli,
        Err(e) => {
            let text = e.render().to_string();
            let _ = if e.use_stderr() {
                err.write_all(text.as_bytes())
            } else {
                out.write_all(text.as_bytes())
            };
            return Outcome::Exit(if e.exit_code() == 0 { 0 } else { 2 });
        }
    };
    let Some(command) = cli.command else {
        return Outcome::OpenApp {
            file: cli.file,
            today: cli.today,
        };
    };
    Outcome::Exit(match command {
        Command::Check {
            file,
            today: day,
            format,
            lang,
        } => check::run(&file, day.unwrap_or(today), format, lang, out, err),
        Command::Timeline {
            file,
            campaign,
            today: day,
            format,
            lang,
        } => timeline::run(
            &file,
            campaign.as_deref(),
            day.unwrap_or(today),
            format,
            lang,
            out,
            err,
        ),
        Command::Budget {
            file,
            campaign,
            today: day,
            format,
        } => budget::run(&file, campaign.as_deref(), day, format, out, err),
        Command::Results {
            file,
            campaign,
            format,
        } => results::run(&file, campaign.as_deref(), format, out, err),
        Command::Import {
            csv,
            results_csv,
            into,
            platform,
            map,
            date,
        } => match results_csv {
            Some(results) if csv.as_os_str() == "results" => {
                let map: Result<Vec<_>, String> =
                    map.iter().map(|m| args::result_field_map(m)).collect();
                match map {
                    Ok(map) => spreadsheet::import_results(
                        &results,
                        &into,
                        &map,
                        date.unwrap_or(today),
                        out,
                        err,
                    ),
                    Err(message) => fail(err, message),
                }
            }
            Some(extra) => fail(
                err,
                format!(
                    "one spreadsheet at a time: \"{}\" after \"{}\" (for results: rapport import results CSV --into PROJECT)",
                    extra.display(),
                    csv.display()
                ),
            ),
            None if csv.as_os_str() == "results" => fail(
                err,
                "which results export? rapport import results CSV --into PROJECT",
            ),
            None => {
                let map: Result<Vec<_>, String> = map.iter().map(|m| args::field_map(m)).collect();
                match map {
                    Ok(map) => spreadsheet::import(&csv, &into, platform, &map, out, err),
                    Err(message) => fail(err, message),
                }
            }
        },
        Command::Export(Export::Roster { project, output }) => {
            spreadsheet::export_roster(&project, output.as_deref(), out, err)
        }
        Command::Export(Export::Deliverables { project, output }) => exports::export(
            &project,
            exports::Kind::Deliverables,
            output.as_deref(),
            None,
            out,
            err,
        ),
        Command::Export(Export::Costs {
            project,
            output,
            changes,
        }) => exports::export(
            &project,
            exports::Kind::Costs,
            output.as_deref(),
            changes.as_deref(),
            out,
            err,
        ),
        Command::Export(Export::Summary {
            project,
            campaign,
            confidential,
            today: day,
            format,
            paper,
            lang,
            output,
        }) => exports::summary(
            &project,
            campaign.as_deref(),
            confidential,
            day.unwrap_or(today),
            format,
            paper,
            lang,
            &output,
            out,
            err,
        ),
        Command::Export(Export::Chart {
            chart,
            project,
            campaign,
            confidential,
            today: day,
            lang,
            output,
        }) => exports::chart(
            &project,
            chart,
            campaign.as_deref(),
            confidential,
            day.unwrap_or(today),
            lang,
            &output,
            out,
            err,
        ),
        Command::Export(Export::Calendar { project, output }) => exports::export(
            &project,
            exports::Kind::Calendar,
            output.as_deref(),
            None,
            out,
            err,
        ),
        Command::Generate {
            scale,
            seed,
            output,
        } => generate(scale, seed, &output, out, err),
        Command::Recover { list } => recover(list, out, err),
        Command::Share {
            file,
            recipient,
            amounts,
            format,
            today: day,
            output,
        } => share::run(
            &file,
            &recipient,
            amounts,
            format,
            day.unwrap_or(today),
            &output,
            out,
            err,
        ),
        Command::Diff {
            older,
            newer,
            format,
        } => merge::diff(&older, &newer, format, out, err),
        Command::Merge {
            mine,
            theirs,
            base,
            output,
            take,
        } => merge::merge(&mine, &theirs, base.as_deref(), &output, take, out, err),
    })
}

/// Runs `rapport recover --list`: one line per recovery file, newest first.
fn recover(list: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    if !list {
        let _ = writeln!(
            err,
            "rapport: recover needs --list (rapport recover --list)"
        );
        return 2;
    }
    let Some(dir) = crate::recovery::Recovery::default_dir() else {
        let _ = writeln!(out, "No recovery files (no home folder is known).");
        return 0;
    };
    let store = crate::recovery::Recovery::new(dir);
    let found = store.list();
    if found.is_empty() {
        let _ = writeln!(out, "No recovery files in {}.", store.dir().display());
        return 0;
    }
    for f in found {
        let written = f.written.map_or_else(
            || "?".to_string(),
            |t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .format("%Y-%m-%d %H:%M:%S")
                    .to_string()
            },
        );
        let of = f.original.as_ref().map_or_else(
            || "a project not saved yet".to_string(),
            |p| p.display().to_string(),
        );
        let state = if f.running {
            " (open in a running app)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{}  {:>9} bytes  {}  of {}{state}",
            written,
            f.size,
            f.path.display(),
            plain::Plain(&of)
        );
    }
    0
}

/// Runs `rapport generate`: writes a generated project and says what it holds.
fn generate(
    scale: f64,
    seed: u64,
    path: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = crate::generate::project(scale, seed);
    if let Err(e) = crate::file::save(&project, path, None) {
        return fail(err, e);
    }
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    let contacts: usize = project.influencers.iter().map(|i| i.contacts.len()).sum();
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let _ = writeln!(
        out,
        "Wrote {} ({:.1} MB): {}, {}, {}, {}, {}.",
        path.display(),
        size as f64 / 1e6,
        count(project.influencers.len(), "influencer"),
        count(project.campaigns.len(), "campaign"),
        count(project.deliverables.len(), "deliverable"),
        count(project.cost_lines.len(), "cost line"),
        count(contacts, "contact")
    );
    0
}

/// Opens a project file for a command; when it cannot be read, says why on `err` and gives
/// exit status 2.
fn open(path: &std::path::Path, err: &mut dyn Write) -> Result<crate::model::Project, u8> {
    crate::file::open(path)
        .map(|opened| opened.project)
        .map_err(|e| fail(err, e))
}

/// Frees a large value on a thread of its own: the command's answer is written and the
/// process is about to end, so it need not wait for a whole project to be taken apart.
fn discard<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new().spawn(move || drop(value));
}

/// Writes `rapport: MESSAGE` to stderr and gives exit status 2.
fn fail(err: &mut dyn Write, message: impl std::fmt::Display) -> u8 {
    let _ = writeln!(err, "rapport: {message}");
    2
}

/// The exit status once `what` has been written: 0, or 2 when writing failed (said on
/// `err`, except when the reader went away, as with `| head`).
fn finish(written: std::io::Result<()>, err: &mut dyn Write, what: &str) -> u8 {
    match written {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 2,
        Err(e) => fail(err, format!("could not write {what}: {e}")),
    }
}

/// Writes `value` as pretty JSON and a newline, streaming it to `out`.
fn write_json(out: &mut dyn Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)
}
