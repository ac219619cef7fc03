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
