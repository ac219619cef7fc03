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
