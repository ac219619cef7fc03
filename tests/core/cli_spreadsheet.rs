//! `rapport import` and `rapport export roster` as a user runs them.

use crate::support::{FIXTURES, rapport};
use std::path::Path;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn import_creates_the_project_then_updates_it_keeping_a_backup() {
    let dir = tempfile::tempdir().expect("temp");
    let project = dir.path().join("spring.rapport.ron");
    let messy = format!("{FIXTURES}/messy_semicolon.csv");
    let output = rapport(&["import", &messy, "--into", s(&project)]);
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{out}{}",
        text(&output.stderr)
    );
    assert!(
        out.contains("10 rows, semicolon separated, header on line 4."),
        "{out}"
    );
    assert!(out.contains("Instagram handle → Handle"), "{out}");
    assert!(out.contains(
        "Added 8, updated 0, skipped 1. 3 values could not be read and were left empty: \
         line 10 Followers \"12x\""
    ));
    assert!(
        out.contains("Skipped: line 13 (no name and no handle)."),
        "{out}"
    );
    let opened = rapport_core::file::open(&project).expect("a valid project");
    assert_eq!(opened.project.influencers.len(), 8);
    assert_eq!(opened.project.info.name, "spring");
    assert!(!rapport_core::file::backup_path(&project).exists());

    // The same file again: nothing to change, nothing written.
    let again = rapport(&["import", &messy, "--into", s(&project)]);
    assert_eq!(again.status.code(), Some(0));
    assert!(text(&again.stdout).contains("is unchanged."));
    assert!(!rapport_core::file::backup_path(&project).exists());

    // Another file, TikTok handles: added, and the previous version kept.
    let kaggle = format!("{FIXTURES}/kaggle_like.csv");
    let more = rapport(&[
        "import",
        &kaggle,
        "--into",
        s(&project),
        "--platform",
        "tiktok",
    ]);
    assert_eq!(more.status.code(), Some(0));
    assert!(text(&more.stdout).contains("Added 6, updated 0, skipped 0."));
    assert!(rapport_core::file::backup_path(&project).exists());
    let opened = rapport_core::file::open(&project).expect("a valid project");
    assert_eq!(opened.project.influencers.len(), 14);
    let luna = &opened.project.influencers[8];
    assert_eq!(luna.name, "luna.sol");
    assert_eq!(
        luna.handles[0].platform,
        rapport_core::model::Platform::TikTok
    );
}

#[test]
fn import_exits_two_when_a_file_cannot_be_read() {
    let dir = tempfile::tempdir().expect("temp");
    let project = dir.path().join("p.rapport.ron");
    let missing = rapport(&["import", "no-such.csv", "--into", s(&project)]);
    assert_eq!(missing.status.code(), Some(2));
    let err = text(&missing.stderr);
    assert!(
        err.contains("no-such.csv: could not read the file"),
        "{err}"
    );
    assert!(!project.exists(), "nothing written");

    let workbook = dir.path().join("list.csv");
    std::fs::write(&workbook, b"PK\x03\x04 not really csv").expect("write");
    let output = rapport(&["import", s(&workbook), "--into", s(&project)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("Excel workbook"));

    let broken = dir.path().join("broken.rapport.ron");
    std::fs::write(&broken, "(format: \"rapport\", version: 1, info: (name: 4").expect("write");
    let kaggle = format!("{FIXTURES}/kaggle_like.csv");
    let output = rapport(&["import", &kaggle, "--into", s(&broken)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("broken.rapport.ron: line 1"));
    assert_eq!(
        std::fs::read_to_string(&broken).expect("still there"),
        "(format: \"rapport\", version: 1, info: (name: 4",
        "a project that cannot be read is never overwritten"
    );

    let bad = rapport(&[
        "import",
        &kaggle,
        "--into",
        s(&project),
        "--platform",
        "myspace",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("is not one of Instagram"));
}

#[test]
fn export_roster_writes_csv_that_imports_back() {
    let dir = tempfile::tempdir().expect("temp");
    let project = dir.path().join("p.rapport.ron");
    let messy = format!("{FIXTURES}/messy_semicolon.csv");
    assert_eq!(
        rapport(&["import", &messy, "--into", s(&project)])
            .status
            .code(),
        Some(0)
    );
    let csv = dir.path().join("roster.csv");
    let output = rapport(&["export", "roster", s(&project), "-o", s(&csv)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("Wrote 8 influencers to"));

    let copy = dir.path().join("copy.rapport.ron");
    let back = rapport(&["import", s(&csv), "--into", s(&copy)]);
    assert_eq!(back.status.code(), Some(0));
    assert!(text(&back.stdout).contains("Added 8, updated 0, skipped 0."));
    let a = rapport_core::file::open(&project).expect("a").project;
    let b = rapport_core::file::open(&copy).expect("b").project;
    let strip = |p: &rapport_core::model::Project| -> Vec<_> {
        p.influencers
            .iter()
            .map(|i| {
                let mut i = i.clone();
                i.id = rapport_core::model::Id::default();
                i
            })
            .collect()
    };
    assert_eq!(strip(&a), strip(&b));

    let stdout = rapport(&["export", "roster", s(&project)]);
    assert_eq!(stdout.status.code(), Some(0));
    assert!(text(&stdout.stdout).starts_with("name,handle,platform,followers,"));

    let missing = rapport(&["export", "roster", "no-such.rapport.ron", "-o", s(&csv)]);
    assert_eq!(missing.status.code(), Some(2));
    let bad = rapport(&["export", "budget", s(&project)]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn help_describes_import_and_export() {
    let help = text(&rapport(&["--help"]).stdout);
    for needle in [
        "rapport import CSV --into PROJECT [--platform instagram]",
        "rapport export roster PROJECT [-o FILE.csv]",
        "rapport check FILE",
    ] {
        assert!(help.contains(needle), "{needle} missing from help");
    }
}

#[test]
fn map_reads_a_field_from_a_column_its_name_does_not_give_away() {
    let dir = tempfile::tempdir().expect("temp");
    let csv = dir.path().join("odd.csv");
    std::fs::write(
        &csv,
        "who,acct,size,from\nAna Lima,ana.lima,48.5M,Brazil\nBea Silva,bea,383.1K,Portugal\n",
    )
    .unwrap();
    let project = dir.path().join("p.rapport.ron");
    // Without help, "acct" and "size" are not read: no name or handle column at all.
    let refused = rapport(&["import", s(&csv), "--into", s(&project)]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stdout));
    assert!(text(&refused.stderr).contains("no column holds a name or a handle"));
    let output = rapport(&[
        "import",
        s(&csv),
        "--into",
        s(&project),
        "--map",
        "name=who",
        "--map",
        "handle=acct",
        "--map",
        "followers=3",
        "--map",
        "country=from",
    ]);
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{out}{}",
        text(&output.stderr)
    );
    assert!(out.contains("acct → Handle, size → Followers"), "{out}");
    let opened = rapport_core::file::open(&project).expect("valid");
    let ana = &opened.project.influencers[0];
    assert_eq!(ana.handles[0].followers, 48_500_000);
    assert_eq!(ana.country, "BR");
    // A column the file does not have is said plainly.
    let wrong = rapport(&[
        "import",
        s(&csv),
        "--into",
        s(&project),
        "--map",
        "email=mail",
    ]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        text(&wrong.stderr).contains("no column \"mail\" for Email"),
        "{}",
        text(&wrong.stderr)
    );
}
