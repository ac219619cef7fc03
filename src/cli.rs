//! The command line: `rapport [FILE]`, `rapport check FILE`, `rapport --help`.

use crate::checks::{self, Severity};
use crate::file;
use chrono::NaiveDate;
use std::io::Write;
use std::path::PathBuf;

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

    rapport --help       Show this help.
    rapport --version    Show the version.
";

/// Output formats of `rapport check`.
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
                    "--format" => {
                        format = match iter.next().map(String::as_str) {
                            Some("text") => Format::Text,
                            Some("json") => Format::Json,
                            other => {
                                return Err(format!(
                                    "--format must be text or json, not {}",
                                    other.unwrap_or("nothing")
                                ));
                            }
                        }
                    }
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

/// Reads the value of `--today`.
fn parse_date(value: Option<&String>) -> Result<NaiveDate, String> {
    let value = value.ok_or("--today needs a date (YYYY-MM-DD)")?;
    value
        .parse::<NaiveDate>()
        .map_err(|_| format!("--today: \"{value}\" is not a date like 2027-03-15"))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_the_command_line() {
        assert_eq!(
            parse(&[]),
            Ok(Command::Gui {
                file: None,
                today: None
            })
        );
        assert_eq!(
            parse(&args(&["a.rapport.ron", "--today", "2027-03-15"])),
            Ok(Command::Gui {
                file: Some("a.rapport.ron".into()),
                today: NaiveDate::from_ymd_opt(2027, 3, 15)
            })
        );
        assert!(parse(&args(&["a.rapport.ron", "b.rapport.ron"])).is_err());
        assert_eq!(
            parse(&args(&[
                "check",
                "f",
                "--today",
                "2027-03-15",
                "--format",
                "json"
            ])),
            Ok(Command::Check {
                file: "f".into(),
                today: NaiveDate::from_ymd_opt(2027, 3, 15),
                format: Format::Json
            })
        );
        assert!(parse(&args(&["check"])).is_err());
        assert!(parse(&args(&["check", "f", "--today", "15/03/2027"])).is_err());
        assert!(parse(&args(&["check", "f", "--format", "xml"])).is_err());
        assert_eq!(parse(&args(&["--help"])), Ok(Command::Help));
    }
}
