//! `rapport check` and `rapport --help` as a user runs them.

use crate::support::{EXAMPLE, rapport, stdout};
#[test]
fn check_on_the_example_shows_every_implemented_code() {
    let output = rapport(&["check", EXAMPLE, "--today", "2027-03-15"]);
    let text = stdout(&output);
    for code in rapport_core::checks::IMPLEMENTED {
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().nth(1) == Some(code.as_str())),
            "{code} missing:\n{text}"
        );
    }
    // The example has error findings on purpose, so the exit status says so.
    assert_eq!(output.status.code(), Some(1), "{text}");
    let first = text.lines().next().expect("a line");
    assert!(first.starts_with("error"), "errors come first: {first}");
}

#[test]
fn check_as_json_gives_objects_with_code_severity_subject_message() {
    let output = rapport(&[
        "check",
        EXAMPLE,
        "--today",
        "2027-03-15",
        "--format",
        "json",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let items = value.as_array().expect("an array");
    assert!(!items.is_empty());
    let text = rapport(&["check", EXAMPLE, "--today", "2027-03-15"]);
    assert_eq!(
        items.len(),
        stdout(&text).lines().count(),
        "the same findings as text"
    );
    for item in items {
        for key in ["code", "severity", "subject", "message", "fix"] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
        assert!(item["subject"].as_array().is_some_and(|s| !s.is_empty()));
    }
}

#[test]
fn a_day_with_no_errors_exits_zero() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("empty.rapport.ron");
    rapport_core::file::save(&rapport_core::model::Project::new(), &path, None).expect("save");
    let output = rapport(&[
        "check",
        path.to_str().expect("utf-8 path"),
        "--today",
        "2027-03-15",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "");
}

#[test]
fn a_broken_file_exits_two_with_line_and_column_on_stderr() {
    let (_dir, path) = crate::support::broken_file();
    let output = rapport(&["check", path.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("broken.rapport.ron: line 4, column"), "{err}");
    assert_eq!(stdout(&output), "");

    let missing = rapport(&["check", "no-such-file.rapport.ron"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn bad_arguments_are_explained() {
    let output = rapport(&["check", EXAMPLE, "--today", "tomorrow"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a date"));
}

#[test]
fn help_describes_every_command() {
    let output = rapport(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for needle in [
        "rapport [FILE]",
        "rapport check FILE",
        "rapport timeline PROJECT [--campaign ID]",
        "--today",
        "--format",
        "Exit status",
    ] {
        assert!(text.contains(needle), "{needle} missing from help");
    }
}
