//! The command line: `rapport [FILE]` opens the app; `rapport check`, `timeline`, `budget`,
//! `import`, `export`, `share`, `diff` and `merge` work without a window. The arguments are declared once in
//! [`args`] (clap), which also writes `--help`; each command writes to the `out` and `err`
//! it is given, so tests run it in-process. Every command that prints words for a person
//! takes `--lang en|zh-CN`: its words come from `locales/*/cli.ftl` (ids `cli-…`); JSON
//! keys, CSV columns, ids and codes are the same in both languages.

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
mod small;
mod spreadsheet;
#[cfg(test)]
mod tests;
pub mod timeline;

pub use args::{
    BriefFormat, BudgetFormat, ChartKind, Cli, Command, Export, Format, Paper, ResultsFormat,
    ShareFor, SummaryFormat, TakeSide, command,
};

use crate::i18n::{Lang, text, text_with as say};
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
            lang,
        } => budget::run(&file, campaign.as_deref(), day, format, lang, out, err),
        Command::Results {
            file,
            campaign,
            format,
            lang,
        } => results::run(&file, campaign.as_deref(), format, lang, out, err),
        Command::Import {
            csv,
            results_csv,
            into,
            platform,
            map,
            date,
            lang,
        } => spreadsheet::run(
            spreadsheet::Import {
                csv: &csv,
                results_csv: results_csv.as_deref(),
                into: &into,
                platform,
                map: &map,
                date: date.unwrap_or(today),
            },
            lang,
            out,
            err,
        ),
        Command::Export(Export::Roster {
            project,
            output,
            lang,
        }) => spreadsheet::export_roster(&project, output.as_deref(), lang, out, err),
        Command::Export(Export::Deliverables {
            project,
            output,
            lang,
        }) => exports::export(
            &project,
            exports::Kind::Deliverables,
            output.as_deref(),
            None,
            lang,
            out,
            err,
        ),
        Command::Export(Export::Costs {
            project,
            output,
            changes,
            lang,
        }) => exports::export(
            &project,
            exports::Kind::Costs,
            output.as_deref(),
            changes.as_deref(),
            lang,
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
        Command::Export(Export::Calendar {
            project,
            output,
            lang,
        }) => exports::export(
            &project,
            exports::Kind::Calendar,
            output.as_deref(),
            None,
            lang,
            out,
            err,
        ),
        Command::Generate {
            scale,
            seed,
            output,
            lang,
        } => small::generate(scale, seed, &output, lang, out, err),
        Command::Recover { list, lang } => small::recover(list, lang, out, err),
        Command::Share {
            file,
            recipient,
            amounts,
            format,
            today: day,
            output,
            lang,
        } => share::run(
            &file,
            &recipient,
            amounts,
            format,
            day.unwrap_or(today),
            &output,
            lang,
            out,
            err,
        ),
        Command::Diff {
            older,
            newer,
            format,
            lang,
        } => merge::diff(&older, &newer, format, lang, out, err),
        Command::Merge {
            mine,
            theirs,
            base,
            output,
            take,
            lang,
        } => merge::merge(
            &mine,
            &theirs,
            base.as_deref(),
            &output,
            take,
            lang,
            out,
            err,
        ),
    })
}

/// Opens a project file for a command; when it cannot be read, says why on `err` (in
/// `lang`) and gives exit status 2.
fn open(
    path: &std::path::Path,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<crate::model::Project, u8> {
    crate::file::open(path)
        .map(|opened| opened.project)
        .map_err(|e| fail(err, e.message_in(lang)))
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

/// The exit status once what the message `what` names (`cli-what-…`) has been written: 0,
/// or 2 when writing failed (said on `err` in `lang`, except when the reader went away, as
/// with `| head`).
fn finish(written: std::io::Result<()>, err: &mut dyn Write, lang: Lang, what: &str) -> u8 {
    match written {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 2,
        Err(e) => fail(err, could_not_write(lang, what, &e)),
    }
}

/// "could not write the CSV: …": the thing named by the message `what` (`cli-what-…`).
fn could_not_write(lang: Lang, what: &str, error: &dyn std::fmt::Display) -> String {
    say(
        lang,
        "cli-could-not-write",
        &[
            ("what", text(lang, what).into()),
            ("error", error.to_string().into()),
        ],
    )
}

/// Writes `value` as pretty JSON and a newline, streaming it to `out`.
fn write_json(out: &mut dyn Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)
}
