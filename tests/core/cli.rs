//! `rapport check` and `rapport --help` as a user runs them.

use crate::support::{EXAMPLE, rapport, stderr, stdout};
#[test]
fn check_on_the_example_shows_every_implemented_code() {
    let output = rapport(&["check", EXAMPLE, "--today", "2027-03-15"]);
    let text = stdout(&output);
    // The example is a sound file: the codes about a broken file are shown on broken ones.
    let codes = rapport_core::checks::IMPLEMENTED
        .iter()
        .filter(|c| !rapport_core::checks::Code::INTEGRITY.contains(c));
    for code in codes {
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
fn check_in_chinese_gives_the_same_codes_and_subjects_with_chinese_words() {
    let args = |lang: &str| {
        let output = rapport(&[
            "check",
            EXAMPLE,
            "--today",
            "2027-03-15",
            "--format",
            "json",
            "--lang",
            lang,
        ]);
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        value.as_array().cloned().unwrap_or_default()
    };
    let (en, zh) = (args("en"), args("zh-CN"));
    assert_eq!(en.len(), zh.len());
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for (e, z) in en.iter().zip(&zh) {
        // The same keys, codes, severities and subjects; only the words differ.
        let keys = |v: &serde_json::Value| {
            v.as_object()
                .map(|o| o.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        };
        assert_eq!(keys(e), keys(z));
        for key in ["code", "severity", "subject", "subject_names"] {
            assert_eq!(e[key], z[key], "{key}");
        }
        for key in ["message", "fix"] {
            let (e, z) = (e[key].as_str().unwrap_or(""), z[key].as_str().unwrap_or(""));
            assert!(!han(e) || e.contains('林'), "English has Chinese: {e}");
            assert!(han(z), "not Chinese: {z}");
        }
    }
    // One line exactly, in the text form.
    let text = stdout(&rapport(&[
        "check",
        EXAMPLE,
        "--today",
        "2027-03-15",
        "--lang",
        "zh-CN",
    ]));
    let line = text
        .lines()
        .find(|l| l.contains("dlv-7npqez7p"))
        .unwrap_or_default();
    assert_eq!(
        line,
        "error    tight-lead-time        dlv-7npqez7p   YouTube Short cutdown — Kofi Mensah — \
         短视频从发出合作简报到发布需要 14 天；“YouTube Short cutdown”只有 6 天。 — 建议： \
         把发布日期改到 4月2日 或更晚。"
    );
    let wrong = rapport(&["check", EXAMPLE, "--lang", "fr"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("en or zh-CN"), "{}", stderr(&wrong));
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

#[test]
fn generate_writes_the_same_project_for_the_same_seed_and_it_opens_and_checks() {
    let dir = tempfile::tempdir().expect("temp");
    let a = dir.path().join("a.rapport.ron");
    let b = dir.path().join("b.rapport.ron");
    let c = dir.path().join("c.rapport.ron");
    for (path, seed) in [(&a, "3"), (&b, "3"), (&c, "4")] {
        let output = rapport(&[
            "generate",
            "--scale",
            "0.02",
            "--seed",
            seed,
            "-o",
            path.to_str().expect("utf-8 path"),
        ]);
        assert_eq!(output.status.code(), Some(0));
        assert!(
            stdout(&output)
                .contains("40 influencers, 1 campaign, 400 deliverables, 800 cost lines"),
            "{}",
            stdout(&output)
        );
    }
    let bytes = |p: &std::path::Path| std::fs::read(p).expect("reads");
    assert_eq!(bytes(&a), bytes(&b), "same seed, same file");
    assert_ne!(bytes(&a), bytes(&c), "another seed, another project");
    let project = rapport_core::file::open(&a).expect("opens").project;
    assert_eq!(project.deliverables.len(), 400);
    // Skewed like real data: the busiest creator has far more than an even share (10).
    let mut per: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for d in &project.deliverables {
        *per.entry(d.influencer.as_str()).or_default() += 1;
    }
    assert!(per.values().max().copied().unwrap_or(0) >= 30, "{per:?}");
    let check = rapport(&[
        "check",
        a.to_str().expect("utf-8 path"),
        "--today",
        "2027-03-15",
    ]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "generated data has errors to find"
    );
    assert!(
        rapport(&["generate", "--scale", "0", "-o", "x"])
            .status
            .code()
            == Some(2)
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_a_device_or_a_folder_is_refused_at_once_not_read() {
    let dir = tempfile::tempdir().expect("temp");
    let fifo = dir.path().join("waiting.rapport.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let mut refused: Vec<(String, &str)> = vec![
        (
            "/dev/zero".to_string(),
            "it is a pipe or a device, not a file",
        ),
        (
            dir.path().to_string_lossy().into_owned(),
            "it is a folder, not a file",
        ),
    ];
    if made.is_ok_and(|s| s.success()) {
        refused.push((
            fifo.to_string_lossy().into_owned(),
            "it is a pipe or a device, not a file",
        ));
    }
    for (path, reason) in refused {
        for command in ["check", "budget", "timeline"] {
            // A pipe nobody writes to would block a reader forever: this returns at once.
            let output = rapport(&[command, &path]);
            assert_eq!(output.status.code(), Some(2), "{command} {path}");
            let err = String::from_utf8_lossy(&output.stderr);
            assert!(
                err.contains(&format!("could not read the file: {reason}")),
                "{command} {path}: {err}"
            );
        }
    }
}

#[test]
fn a_newline_or_terminal_escape_in_a_name_cannot_forge_output_lines() {
    let example = std::fs::read_to_string(EXAMPLE).expect("example");
    let hostile = example.replace(
        "name: \"Inés Muñoz Peña\"",
        "name: \"Inés\\nerror    forged-line\\u{1b}[2J\"",
    );
    assert_ne!(hostile, example, "the example names Inés");
    let dir = tempfile::tempdir().expect("temp");
    let plain = dir.path().join("plain.rapport.ron");
    let forged = dir.path().join("forged.rapport.ron");
    std::fs::write(&plain, &example).expect("write");
    std::fs::write(&forged, &hostile).expect("write");
    for command in ["check", "timeline", "budget"] {
        let run = |path: &std::path::Path| {
            stdout(&rapport(&[
                command,
                path.to_str().expect("utf-8"),
                "--today",
                "2027-03-15",
            ]))
        };
        let (before, after) = (run(&plain), run(&forged));
        assert_eq!(before.lines().count(), after.lines().count(), "{command}");
        assert!(!after.contains('\u{1b}'), "{command}");
        assert!(
            after.contains("Inés\\nerror    forged-line\\u{1b}[2J"),
            "{command}: {after}"
        );
    }
}
