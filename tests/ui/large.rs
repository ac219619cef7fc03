//! A large file: the window shows at once what it is opening, then the project; the file
//! is never changed by opening; the checks of a large project run in the background while
//! the status bar says so.

use super::{harness, today};
use egui_kittest::kittest::Queryable;
use rapport::ui::RapportApp;
use rapport_core::document::Document;

#[test]
fn a_large_file_opens_in_the_background_and_is_checked_without_blocking() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("agency.rapport.ron");
    // About 13 MB and 22,000 records: over the size that opens in the background, and
    // over the number of records that is checked in the background from the start.
    let project = rapport_core::generate::project(0.35, 3);
    rapport_core::file::save(&project, &path, None).expect("saves");
    let before = std::fs::read(&path).expect("reads");
    assert!(before.len() > 4_000_000, "{} bytes", before.len());

    let mut app = RapportApp::new(Document::new(), today());
    app.native_dialogs = false;
    app.open_path(&path);
    let mut harness = harness(app);
    harness.step();
    assert!(
        harness
            .query_by_label_contains("Opening agency.rapport.ron")
            .is_some()
    );
    // The empty project behind the opening screen has no findings to claim.
    assert!(harness.query_by_label_contains(" errors").is_none());
    let mut opened = false;
    for _ in 0..600 {
        harness.step();
        if harness.state().doc.path.as_deref() == Some(path.as_path()) {
            opened = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(opened, "the file opened");
    assert_eq!(*harness.state().doc.project, project);
    // Over 20,000 records: checked in the background, with a word in the status bar.
    harness.step();
    assert!(harness.state().checks_pending());
    assert!(harness.query_by_label_contains("Checking").is_some());
    // No counts before the first check: "0 errors" would be a false all-clear.
    assert!(harness.query_by_label_contains(" errors").is_none());
    for _ in 0..1000 {
        if !harness.state().checks_pending() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    assert!(!harness.state().checks_pending(), "the checks finished");
    let expected = rapport_core::checks::run(&project, today());
    assert_eq!(harness.state_mut().findings(), expected.as_slice());
    harness.step();
    let errors = expected
        .iter()
        .filter(|f| f.severity == rapport_core::checks::Severity::Error)
        .count();
    assert!(
        harness
            .query_by_label_contains(&format!("● {errors} errors"))
            .is_some()
    );
    assert_eq!(
        std::fs::read(&path).expect("reads"),
        before,
        "opening changed nothing"
    );
}
