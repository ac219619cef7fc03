//! Helpers shared by the test suites (`tests/core` and `tests/ui` include this file), so
//! that no test file keeps its own copy of a path, a date parser or a way to run the
//! command line.
// Each suite uses only some of these helpers.
#![allow(dead_code)]

use chrono::NaiveDate;
use rapport_core::checks::{self, Code, Finding};
use rapport_core::model::{Money, Project};
use std::path::PathBuf;

/// The bundled example project.
pub const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/example.rapport.ron"
);

/// The spreadsheets the import tests read.
pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/import");

/// A date written `YYYY-MM-DD`.
pub fn d(text: &str) -> NaiveDate {
    text.parse().expect("test date")
}

/// An exact amount written `1350.00`.
pub fn money(text: &str) -> Money {
    text.parse().expect("money")
}

/// What a run of the command line gave, shaped like `std::process::Output`.
#[derive(Debug)]
pub struct Output {
    /// How it ended.
    pub status: Status,
    /// What it wrote to standard output.
    pub stdout: Vec<u8>,
    /// What it wrote to standard error.
    pub stderr: Vec<u8>,
}

/// The exit status of a run of the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status(i32);

impl Status {
    /// The exit code, as `std::process::ExitStatus::code` gives it.
    pub fn code(self) -> Option<i32> {
        Some(self.0)
    }
}

/// Runs `rapport ARGS` in-process, as the binary does, with today's date. A command that
/// would open the app is a test error.
pub fn rapport(args: &[&str]) -> Output {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let today = chrono::Local::now().date_naive();
    let outcome = rapport_core::cli::run(
        std::iter::once("rapport").chain(args.iter().copied()),
        today,
        &mut stdout,
        &mut stderr,
    );
    let code = match outcome {
        rapport_core::cli::Outcome::Exit(code) => i32::from(code),
        other => panic!("rapport {args:?} would open the app: {other:?}"),
    };
    Output {
        status: Status(code),
        stdout,
        stderr,
    }
}

/// What a run wrote to standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What a run wrote to standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The JSON array a successful run printed.
pub fn json(args: &[&str]) -> Vec<serde_json::Value> {
    let output = rapport(args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    value.as_array().expect("an array").clone()
}

/// A finding as an English reader sees it: its message and fix written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub code: Code,
    pub severity: checks::Severity,
    pub subject: Vec<rapport_core::model::Id>,
    pub message: String,
    pub fix: String,
}

/// The findings as [`Said`] in English.
pub fn said(findings: Vec<Finding>) -> Vec<Said> {
    findings
        .into_iter()
        .map(|f| Said {
            code: f.code,
            severity: f.severity,
            subject: f.subject,
            message: f.message.en(),
            fix: f.fix.en(),
        })
        .collect()
}

/// The findings of one code, as of a date before every date in the timeline tests.
pub fn findings(project: &Project, code: Code) -> Vec<Finding> {
    checks::run(project, d("2027-01-01"))
        .into_iter()
        .filter(|f| f.code == code)
        .collect()
}

/// A project file whose line 4 has a number where the name belongs, in a folder that lives
/// as long as the returned guard; its path is UTF-8.
pub fn broken_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("broken.rapport.ron");
    std::fs::write(
        &path,
        "(\n format: \"rapport\",\n version: 1,\n info: (name: 42),\n)\n",
    )
    .expect("write");
    (dir, path)
}
pub mod hostile;

/// How many pages a PDF file has (its `/Type /Page` objects).
pub fn pdf_pages(pdf: &std::path::Path) -> usize {
    let bytes = std::fs::read(pdf).expect("the PDF");
    let text = String::from_utf8_lossy(&bytes);
    text.match_indices("/Type /Page")
        .filter(|(at, _)| !text[at + 11..].starts_with('s'))
        .count()
}
