//! Sharing through the app: a client copy written from the Share dialog and opened with
//! its banner; a copy that came back compared, a conflict chosen, merged and undone; a
//! snapshot of the comparison.

use super::{example_app, harness, rendering_harness, retype, snapshot};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use rapport_core::document::Document;
use rapport_core::model::{Edit, Record, ShareKind};
use rapport_core::share::{SentCopies, ShareOptions, share_copy};

#[test]
fn share_a_client_copy_then_open_it_and_see_the_banner() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_app();
    app.sent = Some(SentCopies::new(dir.path().join("sent")));
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Share a copy").click();
    harness.run();
    assert!(harness.state().share.is_some());
    harness.get_by_label("Left out of this copy:");
    harness.get_by_label("Private notes");
    harness.get_by_label("Contact log entries");
    harness.get_by_label("57");
    let out = dir.path().join("for the client.rapport.ron");
    retype(&mut harness, "Save to:", out.to_str().unwrap());
    harness.get_by_label("Write copy").click();
    harness.run();
    assert!(
        harness.state().share.is_none(),
        "{:?}",
        harness.state().share.as_ref().and_then(|d| d.error.clone())
    );
    assert!(
        harness.state().status.starts_with("Client copy written to"),
        "{}",
        harness.state().status
    );
    let copy = rapport_core::file::open(&out).unwrap().project;
    let base_id = copy
        .info
        .shared
        .as_ref()
        .and_then(|s| s.base.clone())
        .unwrap();
    assert!(
        dir.path()
            .join("sent")
            .join(format!("{base_id}.rapport.ron.gz"))
            .exists(),
        "the version it was made from is kept"
    );
    assert!(
        copy.influencers
            .iter()
            .all(|i| i.notes.is_empty() && i.email.is_empty())
    );

    // Opened, it says what it is and hides what is not there.
    let doc = Document::open(&out).unwrap();
    harness.state_mut().set_document(doc);
    harness.run();
    harness.get_by_label_contains("Client copy of Lumen Skin: Spring/Summer 2027");
    harness.get_by_label_contains("Ana Luísa Lima").click();
    harness.run();
    assert!(
        harness.query_by_label("Email").is_none(),
        "no empty email field"
    );
    harness.get_by_label_contains("are not in a client copy");
}

#[test]
fn compare_a_copy_that_came_back_choose_a_conflict_merge_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_app();
    let store = SentCopies::new(dir.path().join("sent"));
    // A team copy went out; the colleague retitled a deliverable and moved Ana to Spain.
    let shared = share_copy(
        &app.doc.project,
        ShareOptions {
            kind: ShareKind::Team,
            amounts: false,
        },
        super::today(),
        false,
    );
    store.keep(&shared.base_id, &app.doc.project).unwrap();
    app.sent = Some(store);
    let mut theirs = shared.copy;
    theirs.influencers[0].country = "ES".into();
    theirs.deliverables[0].title = "Retitled by Leila".into();
    let path = dir.path().join("back.rapport.ron");
    rapport_core::file::save(&theirs, &path, None).unwrap();
    // Meanwhile I moved Ana to Portugal.
    let mut ana = app.doc.project.influencers[0].clone();
    ana.country = "PT".into();
    app.doc
        .apply("Edit influencer", Edit::Put(Record::Influencer(ana)));
    let before = (*app.doc.project).clone();

    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_by_label_contains("Compare with another copy")
        .click();
    harness.run();
    retype(&mut harness, "Path of the file:", path.to_str().unwrap());
    assert!(harness.state().compare.is_some());
    harness.get_by_label_contains("Three-way");
    harness.get_by_label("Retitled by Leila");
    assert_eq!(
        harness
            .state()
            .compare
            .as_ref()
            .unwrap()
            .merged
            .unresolved(),
        1
    );
    harness.get_by_label("Merge").click();
    harness.run();
    assert!(
        harness.state().compare.is_some(),
        "Merge waits for the conflict's choice"
    );
    harness.get_by_label("Take theirs").click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .compare
            .as_ref()
            .unwrap()
            .merged
            .unresolved(),
        0
    );
    harness.get_by_label("Merge").click();
    harness.run();
    assert!(harness.state().compare.is_none());
    let merged = harness.state().doc.project.clone();
    assert_eq!(
        (
            merged.influencers[0].country.as_str(),
            merged.deliverables[0].title.as_str()
        ),
        ("ES", "Retitled by Leila")
    );
    assert!(
        harness
            .state()
            .status
            .starts_with("Merged back.rapport.ron"),
        "{}",
        harness.state().status
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        *harness.state().doc.project,
        before,
        "one undo takes the whole merge back"
    );
}

#[test]
fn snapshot_of_the_comparison() {
    let mut app = example_app();
    let mut theirs = (*app.doc.project).clone();
    theirs.influencers[0].country = "ES".into();
    theirs.influencers[1].handles[0].followers += 1200;
    theirs.deliverables[0].title = "Retitled by Leila".into();
    theirs.deliverables[2].publish = theirs.deliverables[2]
        .publish
        .map(|d| d + chrono::Days::new(3));
    theirs.cost_lines.remove(4);
    let mut mine = app.doc.project.influencers[0].clone();
    mine.country = "PT".into();
    app.doc
        .apply("Edit influencer", Edit::Put(Record::Influencer(mine)));
    let base = rapport_core::file::open(std::path::Path::new(super::EXAMPLE))
        .unwrap()
        .project;
    app.compare = Some(rapport::ui::CompareView::new(
        "back.rapport.ron".into(),
        &app.doc.project,
        theirs,
        Some(base),
    ));
    let mut harness = rendering_harness(app);
    harness.run();
    snapshot(&mut harness, "compare_view");
}
