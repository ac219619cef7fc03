//! `rapport diff`, `rapport merge` and a creator's brief from the command line (the copies
//! `rapport share` keeps are tested with the binary, in the UI suite).

use crate::support::{EXAMPLE, broken_file, rapport, stderr, stdout};
use rapport_core::file;
use rapport_core::model::Project;

fn example() -> Project {
    file::open(std::path::Path::new(EXAMPLE)).unwrap().project
}

/// Writes a project into `dir` under `name`; returns its path as text.
fn put(dir: &tempfile::TempDir, name: &str, p: &Project) -> String {
    let path = dir.path().join(name);
    file::save(p, &path, None).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn diff_exits_zero_when_equal_one_when_different_two_when_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let base = example();
    let mut changed = base.clone();
    changed.influencers[0].country = "PT".into();
    changed.deliverables.remove(2);
    let (a, b) = (
        put(&dir, "a.rapport.ron", &base),
        put(&dir, "b.rapport.ron", &changed),
    );
    let same = rapport(&["diff", &a, &a]);
    assert_eq!(
        (same.status.code(), stdout(&same).as_str()),
        (Some(0), "No differences\n")
    );
    let text = rapport(&["diff", &a, &b]);
    assert_eq!(text.status.code(), Some(1));
    let removed = &base.deliverables[2];
    assert_eq!(
        stdout(&text),
        format!(
            "Influencer Ana Luísa Lima ({})\n  country: \"BR\" → \"PT\"\nDeliverable {} ({})\n  removed\n",
            base.influencers[0].id, removed.title, removed.id
        )
    );
    let json = rapport(&["diff", &a, &b, "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        rows,
        serde_json::json!([
            {"kind": "influencer", "id": base.influencers[0].id.as_str(), "name": "Ana Luísa Lima", "change": "changed", "field": "country", "old": "BR", "new": "PT"},
            {"kind": "deliverable", "id": removed.id.as_str(), "name": removed.title, "change": "removed", "field": null, "old": removed.title, "new": null}
        ])
    );
    let (_guard, broken) = broken_file();
    let bad = rapport(&["diff", &a, broken.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("line 4"), "{}", stderr(&bad));
}

#[test]
fn merge_writes_only_without_conflicts_or_with_take() {
    let dir = tempfile::tempdir().unwrap();
    let base = example();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.influencers[0].country = "PT".into();
    theirs.influencers[0].country = "ES".into();
    theirs.deliverables[1].title = "Retitled by them".into();
    let (b, m, t) = (
        put(&dir, "base.rapport.ron", &base),
        put(&dir, "mine.rapport.ron", &mine),
        put(&dir, "theirs.rapport.ron", &theirs),
    );
    let out = dir.path().join("out.rapport.ron");
    let o = out.to_str().unwrap();
    let run = rapport(&["merge", &m, &t, "--base", &b, "-o", o]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let text = stdout(&run);
    assert!(
        text.contains(
            "1 change taken from theirs, 0 of mine kept, 0 history entries combined, 1 conflict."
        ),
        "{text}"
    );
    assert!(
        text.contains("CONFLICT Influencer Ana Luísa Lima")
            && text.contains("country: base \"BR\" · mine \"PT\" · theirs \"ES\""),
        "{text}"
    );
    assert!(!out.exists(), "nothing written while a conflict remains");

    let take = rapport(&["merge", &m, &t, "--base", &b, "-o", o, "--take", "theirs"]);
    assert_eq!(take.status.code(), Some(0), "{}", stderr(&take));
    let merged = file::open(&out).unwrap().project;
    assert_eq!(
        (
            merged.influencers[0].country.as_str(),
            merged.deliverables[1].title.as_str()
        ),
        ("ES", "Retitled by them")
    );
    let written = std::fs::read_to_string(&out).unwrap();
    let mine_rev = file::open(std::path::Path::new(&m))
        .unwrap()
        .project
        .info
        .revision;
    assert_eq!(
        merged.info.revision.as_ref().and_then(|r| r.parent.clone()),
        mine_rev.map(|r| r.id),
        "a new revision after mine's"
    );
    assert!(written.contains("revision: Some("));

    // Without a base every difference is a conflict.
    let no_base = rapport(&["merge", &m, &t, "-o", o]);
    assert_eq!(no_base.status.code(), Some(1));
    assert!(
        stdout(&no_base).contains("2 conflicts"),
        "{}",
        stdout(&no_base)
    );
    let (_guard, broken) = broken_file();
    assert_eq!(
        rapport(&["merge", &m, broken.to_str().unwrap(), "-o", o])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_creators_brief_is_written_as_text_or_html_and_an_unknown_creator_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("ana.html");
    let run = rapport(&[
        "share",
        EXAMPLE,
        "--for",
        "creator:Ana Luísa Lima",
        "--today",
        "2027-03-15",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(
        stdout(&run),
        format!(
            "Brief for Ana Luísa Lima — Lumen Skin written to {} (a page that prints)\n",
            html.display()
        )
    );
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let text = rapport(&[
        "share",
        EXAMPLE,
        "--for",
        "creator:inf-cc75dj6n",
        "--format",
        "text",
        "-o",
        "-",
    ]);
    assert_eq!(text.status.code(), Some(0));
    assert!(
        stdout(&text).starts_with("Brief for Ana Luísa Lima — Lumen Skin\n\nHi Ana Luísa Lima,")
    );
    let nobody = rapport(&["share", EXAMPLE, "--for", "creator:Nobody", "-o", "-"]);
    assert_eq!(
        (nobody.status.code(), stderr(&nobody).as_str()),
        (
            Some(2),
            "rapport: no influencer has the id or name \"Nobody\"\n"
        )
    );
    let wrong = rapport(&["share", EXAMPLE, "--for", "press", "-o", "-"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("is not team, client or creator:ID"));
}

#[test]
fn a_compressed_project_opens_and_checks_like_a_plain_one() {
    let dir = tempfile::tempdir().unwrap();
    let p = example();
    let gz = put(&dir, "x.rapport.ron.gz", &p);
    let plain = put(&dir, "x.rapport.ron", &p);
    let (gz_size, plain_size) = (
        std::fs::metadata(&gz).unwrap().len(),
        std::fs::metadata(&plain).unwrap().len(),
    );
    assert!(gz_size * 4 < plain_size, "{gz_size} vs {plain_size}");
    assert_eq!(file::open(std::path::Path::new(&gz)).unwrap().project, p);
    let a = rapport(&["check", &gz, "--today", "2027-03-15"]);
    let b = rapport(&["check", &plain, "--today", "2027-03-15"]);
    assert_eq!((a.status.code(), stdout(&a)), (b.status.code(), stdout(&b)));
    // A damaged compressed file is an error in words, not a crash.
    let bytes = std::fs::read(&gz).unwrap();
    let cut = dir.path().join("cut.rapport.ron.gz");
    std::fs::write(&cut, &bytes[..bytes.len() / 3]).unwrap();
    let damaged = rapport(&["check", cut.to_str().unwrap()]);
    assert_eq!(damaged.status.code(), Some(2));
    assert!(
        stderr(&damaged).contains("damaged or cut short"),
        "{}",
        stderr(&damaged)
    );
}
