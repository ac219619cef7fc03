//! The real `rapport` binary, as a shell runs it: the command line's logic is tested
//! in-process in `tests/core`; this checks that the binary passes its arguments, output
//! and exit status through unchanged.

use super::EXAMPLE;
use std::process::Command;

fn rapport(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rapport"))
        .args(args)
        .output()
        .expect("rapport runs")
}

#[test]
fn the_binary_gives_the_same_output_and_exit_status_as_the_core() {
    let args = ["check", EXAMPLE, "--today", "2027-03-15"];
    let binary = rapport(&args);
    let core = crate::support::rapport(&args);
    assert_eq!(
        binary.status.code(),
        Some(1),
        "the example has error findings"
    );
    assert_eq!(binary.stdout, core.stdout);
    assert!(!binary.stdout.is_empty());

    let help = rapport(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("rapport check FILE"));

    let missing = rapport(&["budget", "no-such-file.rapport.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).starts_with("rapport: "));

    let wrong = rapport(&["timeline", EXAMPLE, "--format", "xml"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(wrong.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.rapport.ron");
    let output = Command::new(env!("CARGO_BIN_EXE_rapport"))
        .arg("check")
        .arg(name)
        .output()
        .expect("rapport runs");
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.starts_with("rapport: ") && !said.contains("panicked"),
        "{said}"
    );
}

#[test]
fn recover_list_names_each_recovery_file_with_its_original_time_and_size() {
    let dir = tempfile::tempdir().expect("temp");
    let list = || {
        Command::new(env!("CARGO_BIN_EXE_rapport"))
            .args(["recover", "--list"])
            .env("RAPPORT_RECOVERY_DIR", dir.path())
            .output()
            .expect("rapport runs")
    };
    let none = list();
    assert_eq!(none.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&none.stdout).starts_with("No recovery files in "));
    let store = rapport_core::recovery::Recovery::new(dir.path().to_path_buf());
    let original = std::path::Path::new("/projects/spring.rapport.ron");
    let file = store.file_for(Some(original), 4_194_305);
    let project = rapport_core::file::open(std::path::Path::new(EXAMPLE))
        .expect("opens")
        .project;
    store
        .write(&file, Some(original), &project)
        .expect("written");
    let one = list();
    let text = String::from_utf8_lossy(&one.stdout).into_owned();
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(text.lines().count(), 1, "{text}");
    let size = std::fs::metadata(&file).expect("meta").len();
    assert!(text.contains(&format!("{size} bytes")), "{text}");
    assert!(text.contains(&file.display().to_string()), "{text}");
    assert!(
        text.trim_end().ends_with("of /projects/spring.rapport.ron"),
        "{text}"
    );
    let refused = Command::new(env!("CARGO_BIN_EXE_rapport"))
        .args(["recover"])
        .output()
        .expect("runs");
    assert_eq!(refused.status.code(), Some(2));
}

/// `rapport share` keeps the version a copy was made from (in `RAPPORT_SENT_DIR`), and
/// `rapport merge` finds it when the copy comes back: a three-way merge without `--base`.
#[test]
fn a_shared_copy_that_comes_back_merges_three_ways_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    let sent = dir.path().join("sent");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_rapport"))
            .args(args)
            .env("RAPPORT_SENT_DIR", &sent)
            .output()
            .expect("rapport runs")
    };
    let copy = dir.path().join("client.rapport.ron.gz");
    let shared = run(&[
        "share",
        EXAMPLE,
        "--for",
        "client",
        "--today",
        "2027-03-15",
        "-o",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(
        shared.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&shared.stderr)
    );
    let said = String::from_utf8_lossy(&shared.stdout).into_owned();
    assert!(
        said.starts_with("Client copy of Lumen Skin: Spring/Summer 2027 written to"),
        "{said}"
    );
    assert!(
        said.contains("Left out: Private notes (12); Personal details (18)"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_dir(&sent).unwrap().count(),
        1,
        "one kept version"
    );

    // The client moves a date; meanwhile I edit a private note.
    let mut back = rapport_core::file::open(&copy).unwrap().project;
    back.deliverables[5].publish = Some(crate::support::d("2027-04-21"));
    let back_path = dir.path().join("back.rapport.ron");
    rapport_core::file::save(&back, &back_path, None).unwrap();
    let mut mine = rapport_core::file::open(std::path::Path::new(EXAMPLE))
        .unwrap()
        .project;
    mine.influencers[0].notes = "Mine, since".into();
    let mine_path = dir.path().join("mine.rapport.ron");
    rapport_core::file::save(&mine, &mine_path, None).unwrap();

    let out = dir.path().join("merged.rapport.ron");
    let merged = run(&[
        "merge",
        mine_path.to_str().unwrap(),
        back_path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&merged.stdout).into_owned();
    assert_eq!(
        merged.status.code(),
        Some(0),
        "{text}{}",
        String::from_utf8_lossy(&merged.stderr)
    );
    assert!(
        text.starts_with("Three-way merge with the version it was made from"),
        "{text}"
    );
    assert!(
        text.contains(
            "1 change taken from theirs, 1 of mine kept, 0 history entries combined, 0 conflicts."
        ),
        "{text}"
    );
    let result = rapport_core::file::open(&out).unwrap().project;
    assert_eq!(
        result.deliverables[5].publish,
        Some(crate::support::d("2027-04-21"))
    );
    assert_eq!(result.influencers[0].notes, "Mine, since");
    assert_eq!(
        result.cost_lines, mine.cost_lines,
        "nothing it left out is deleted"
    );
    assert_eq!(
        result
            .influencers
            .iter()
            .map(|i| &i.email)
            .collect::<Vec<_>>(),
        mine.influencers
            .iter()
            .map(|i| &i.email)
            .collect::<Vec<_>>()
    );
}
