//! Real flows through the app's widgets.

use super::{example_app, harness, retype};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use rapport::ui::Dialog;
use rapport::ui::PanelKind;
use rapport_core::document::Document;

#[test]
fn switching_panels_by_tab_and_shortcut() {
    let mut harness = harness(example_app());
    harness.run();
    assert_eq!(harness.state().panel, PanelKind::Influencers);
    harness.get_by_label("Timeline").click();
    harness.run();
    assert_eq!(harness.state().panel, PanelKind::Timeline);
    harness.get_by_label("Budget").click();
    harness.run();
    assert_eq!(harness.state().panel, PanelKind::Budget);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    assert_eq!(harness.state().panel, PanelKind::Influencers);
}

#[test]
fn edit_a_name_undo_redo_save_and_reopen() {
    let mut harness = harness(example_app());
    harness.run();
    let first = harness.state().doc.project.influencers[0].clone();
    assert!(!harness.state().doc.is_dirty());

    // Select the influencer in the roster and rename them in the profile editor.
    harness
        .get_all_by_label(&first.name)
        .next()
        .expect("the roster row")
        .click();
    harness.run();
    assert_eq!(
        harness.state().influencers.selected.as_ref(),
        Some(&first.id)
    );
    retype(&mut harness, "Name", "Renamed Creator");
    let renamed = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state()
            .doc
            .project
            .influencer(&first.id)
            .map(|i| i.name.clone())
    };
    assert_eq!(renamed(&harness).as_deref(), Some("Renamed Creator"));
    assert!(harness.state().doc.is_dirty());
    assert!(
        harness.state().doc.title().starts_with('●'),
        "{}",
        harness.state().doc.title()
    );

    // Undo and redo by keyboard.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(renamed(&harness), Some(first.name.clone()));
    assert!(
        !harness.state().doc.is_dirty(),
        "undone back to the saved state"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(renamed(&harness).as_deref(), Some("Renamed Creator"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(
        renamed(&harness).as_deref(),
        Some("Renamed Creator"),
        "Ctrl+Y redoes too"
    );

    // Save As through the menu; with no file dialog the path is typed.
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("renamed.rapport.ron");
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Save As").click();
    harness.run();
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::TypePath { .. })
    ));
    retype(
        &mut harness,
        "Path of the file:",
        path.to_str().expect("utf-8"),
    );
    harness.run();
    assert_eq!(harness.state().dialog, None);
    assert!(!harness.state().doc.is_dirty());
    assert_eq!(harness.state().doc.path.as_deref(), Some(path.as_path()));
    assert!(!harness.state().doc.title().starts_with('●'));

    let reopened = Document::open(&path).expect("reopens");
    assert_eq!(reopened.project, harness.state().doc.project);
    assert_eq!(
        reopened
            .project
            .influencer(&first.id)
            .map(|i| i.name.as_str()),
        Some("Renamed Creator")
    );
}

#[test]
fn new_with_unsaved_work_asks_first() {
    let mut harness = harness(example_app());
    harness.run();
    let first = harness.state().doc.project.influencers[0].clone();
    harness
        .get_all_by_label(&first.name)
        .next()
        .expect("row")
        .click();
    harness.run();
    retype(&mut harness, "Name", "Changed");
    assert!(harness.state().doc.is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::SaveChanges(_))
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().dialog, None);
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .influencer(&first.id)
            .map(|i| i.name.as_str()),
        Some("Changed"),
        "Cancel keeps the work"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(
        harness.state().doc.project.influencers.is_empty(),
        "a new, empty project"
    );
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn a_broken_file_shows_an_error_and_keeps_the_project() {
    let dir = tempfile::tempdir().expect("temp");
    let broken = dir.path().join("broken.rapport.ron");
    std::fs::write(
        &broken,
        "(\n format: \"rapport\",\n version: 1,\n info: (name: \"X\",,),\n)\n",
    )
    .expect("write");
    let mut harness = harness(example_app());
    harness.run();
    let before = harness.state().doc.project.clone();
    harness.state_mut().open_path(&broken);
    harness.run();
    match &harness.state().dialog {
        Some(Dialog::Error { message, .. }) => {
            assert!(message.contains("line 4, column"), "{message}")
        }
        other => panic!("expected an error dialog, got {other:?}"),
    }
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().dialog, None);
    assert_eq!(harness.state().doc.project, before);
}

#[test]
fn open_by_typed_path_when_no_file_dialog_exists() {
    let mut harness = harness(rapport::ui::RapportApp::new(
        Document::new(),
        super::today(),
    ));
    harness.state_mut().native_dialogs = false;
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::TypePath { .. })
    ));
    retype(&mut harness, "Path of the file:", super::EXAMPLE);
    assert_eq!(harness.state().dialog, None);
    assert!(harness.state().doc.project.influencers.len() >= 12);
    assert!(
        harness
            .state()
            .prefs
            .recent
            .iter()
            .any(|p| p.ends_with("example.rapport.ron")),
        "remembered as recent"
    );
}

#[test]
fn change_a_cost_amount_and_undo_it() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    let line = app.doc.project.cost_lines[0].clone();
    app.budget.select(line.id.clone());
    let mut harness = harness(app);
    harness.run();
    let label = format!("Amount ({})", harness.state().doc.project.info.currency);
    assert!(
        harness
            .state()
            .doc
            .project
            .campaign(&line.campaign)
            .is_some_and(|c| c.baseline_approved.is_some()),
        "the example's budgets are approved"
    );
    retype(&mut harness, &label, "4321.05");
    // An approved budget asks why before recording the change.
    assert!(
        harness.state().budget.cost_change.is_some(),
        "the reason dialog is open"
    );
    retype(&mut harness, "Reason", "Second story added");
    harness.get_by_label("Record the change").click();
    harness.run();
    let saved = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state()
            .doc
            .project
            .cost_line(&line.id)
            .cloned()
            .expect("line")
    };
    let changed = saved(&harness);
    assert_eq!(changed.amount.to_string(), "4321.05");
    let recorded = changed.changes.last().expect("a recorded change");
    assert_eq!(
        (recorded.from, recorded.to, recorded.reason.as_str()),
        (line.planned(), changed.amount, "Second story added")
    );
    assert!(rapport_core::model::is_reconciled(&changed));
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Change amount")
    );
    // The change shows in the reconciliation: a step of its own, and less remaining
    // against the cap.
    let remaining = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        let project = &h.state().doc.project;
        let report = rapport_core::model::budget_report(project, Some(&line.campaign));
        let budget = report.first().expect("the campaign");
        format!("{} remaining", budget.remaining().grouped())
    };
    let after = remaining(&harness);
    harness.get_by_label("Reconciliation").click();
    harness.run();
    harness.state_mut().budget.campaign_filter = Some(line.campaign.clone());
    harness.run();
    let step = "Second story added";
    let delta = format!("+{}", (changed.amount - line.planned()).grouped());
    assert!(harness.query_by_label_contains(step).is_some(), "{step}");
    assert!(harness.query_by_label(&delta).is_some(), "{delta}");
    assert!(harness.query_by_label_contains(&after).is_some(), "{after}");
    // One undo takes back the amount and the recorded change together, and both leave
    // the reconciliation.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(saved(&harness), line);
    let before = remaining(&harness);
    assert_ne!(before, after);
    assert!(harness.query_by_label_contains(step).is_none());
    assert!(harness.query_by_label(&delta).is_none());
    assert!(
        harness.query_by_label_contains(&before).is_some(),
        "{before}"
    );
}

#[test]
fn the_status_bar_counts_findings_and_opens_the_list() {
    let mut harness = harness(example_app());
    harness.run();
    let errors = harness
        .state_mut()
        .findings()
        .iter()
        .filter(|f| f.severity == rapport_core::checks::Severity::Error)
        .count();
    assert!(errors > 0);
    let label = format!("● {errors} errors");
    harness.get_by_label(&label).click();
    harness.run();
    assert!(harness.state().show_findings);

    // A finding's code goes to what it is about.
    let first = harness.state_mut().findings()[0].clone();
    harness
        .get_all_by_label(first.code.as_str())
        .next()
        .expect("a link per finding")
        .click();
    harness.run();
    assert_eq!(harness.state().panel, PanelKind::Timeline);
    assert_eq!(
        harness
            .state()
            .timeline
            .selected
            .as_ref()
            .map(|id| id.any()),
        first.subject.first().cloned()
    );
}

#[test]
fn add_and_delete_a_deliverable_then_undo() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    let before = harness.state().doc.project.deliverables.len();
    harness.get_by_label_contains("Add deliverable").click();
    harness.run();
    assert_eq!(harness.state().doc.project.deliverables.len(), before + 1);
    let added = harness
        .state()
        .timeline
        .selected
        .clone()
        .expect("the new deliverable is selected");

    // Rename it in the editor under the table, then delete it.
    retype(&mut harness, "Title", "Launch teaser story");
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .deliverable(&added)
            .map(|d| d.title.as_str()),
        Some("Launch teaser story")
    );
    harness.get_by_label_contains("Delete deliverable").click();
    harness.run();
    assert!(harness.state().doc.project.deliverable(&added).is_none());
    assert_eq!(harness.state().doc.project.deliverables.len(), before);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .deliverable(&added)
            .map(|d| d.title.as_str()),
        Some("Launch teaser story")
    );
}

#[test]
fn add_a_campaign_and_set_its_cap() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    let mut harness = harness(app);
    harness.run();
    let before = harness.state().doc.project.campaigns.len();
    harness.get_by_label_contains("Add campaign").click();
    harness.run();
    assert_eq!(harness.state().doc.project.campaigns.len(), before + 1);
    let id = harness
        .state()
        .budget
        .selected_campaign
        .clone()
        .expect("the new campaign is open");
    let label = format!("Budget cap ({})", harness.state().doc.project.info.currency);
    retype(&mut harness, &label, "25,000");
    let cap = harness
        .state()
        .doc
        .project
        .campaign(&id)
        .map(|c| c.budget_cap.to_string());
    assert_eq!(cap.as_deref(), Some("25000.00"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let cap = harness
        .state()
        .doc
        .project
        .campaign(&id)
        .map(|c| c.budget_cap.to_string());
    assert_eq!(cap.as_deref(), Some("0.00"), "undo restores the cap");
}

#[test]
fn typing_then_clicking_another_row_keeps_what_was_typed() {
    let mut harness = harness(example_app());
    harness.run();
    let first = harness.state().doc.project.influencers[0].clone();
    let second = harness.state().doc.project.influencers[1].clone();
    harness
        .get_all_by_label(&first.name)
        .next()
        .expect("row")
        .click();
    harness.run();
    harness.get_by_label("Email").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Email").type_text("new@example.com");
    harness.run();
    // No Enter: the next click goes to another influencer's row.
    harness
        .get_all_by_label(&second.name)
        .next()
        .expect("row")
        .click();
    harness.run();
    assert_eq!(
        harness.state().influencers.selected.as_ref(),
        Some(&second.id)
    );
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .influencer(&first.id)
            .map(|i| i.email.as_str()),
        Some("new@example.com"),
        "the typed email was committed when the field was left"
    );
}

#[test]
fn saving_while_a_field_is_still_focused_saves_what_was_typed() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("typed.rapport.ron");
    let mut app = example_app();
    app.doc.save_to(&path).expect("saved once");
    let mut harness = harness(app);
    harness.run();
    let first = harness.state().doc.project.influencers[0].clone();
    harness
        .get_all_by_label(&first.name)
        .next()
        .expect("row")
        .click();
    harness.run();
    harness.get_by_label("Our contact").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Our contact").type_text("Rui Costa");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        !harness.state().doc.is_dirty(),
        "{}",
        harness.state().status
    );
    let saved = Document::open(&path).expect("reopens");
    assert_eq!(
        saved
            .project
            .influencer(&first.id)
            .map(|i| i.owner.as_str()),
        Some("Rui Costa")
    );
}

#[test]
fn saving_a_file_with_fields_this_version_does_not_know_asks_first() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("newer.rapport.ron");
    let example = std::fs::read_to_string(crate::support::EXAMPLE).expect("example");
    let at = example.find("   name: \"").expect("an influencer");
    let text = format!(
        "{}   tiktok_shop: \"x\",\n{}",
        &example[..at],
        &example[at..]
    );
    std::fs::write(&path, &text).expect("write");
    let mut app = example_app();
    app.set_document(Document::open(&path).expect("opens"));
    let mut harness = harness(app);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::WouldDrop { own: true, .. })
    ));
    assert!(
        harness
            .query_by_label_contains("influencers.0.tiktok_shop")
            .is_some(),
        "the dialog names the field"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().dialog.is_none());
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        text,
        "untouched"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Save without them").click();
    harness.run();
    assert!(
        harness.state().dialog.is_none(),
        "{:?}",
        harness.state().dialog
    );
    assert!(
        !std::fs::read_to_string(&path)
            .expect("read")
            .contains("tiktok_shop")
    );
}

#[test]
fn a_file_open_in_another_rapport_opens_read_only_as_a_copy_or_taken_over() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("shared.rapport.ron");
    std::fs::copy(crate::support::EXAMPLE, &path).expect("copy");
    let lock = rapport_core::file::lock::lock_path(&path);
    let theirs = "4242\nleilas-laptop\nleila\n2026-12-01 09:00\n";
    let open = |answer: &str| {
        std::fs::write(&lock, theirs).expect("their lock");
        let mut harness = harness(example_app());
        harness.state_mut().open_path(&path);
        harness.run();
        assert!(
            harness
                .query_by_label_contains("is open by leila on leilas-laptop since 2026-12-01 09:00")
                .is_some(),
            "the dialog says who has it"
        );
        harness.get_by_label(answer).click();
        harness.run();
        harness
    };

    let mut harness = open("Open read-only");
    assert!(harness.state().doc.read_only);
    assert_eq!(harness.state().doc.path.as_deref(), Some(path.as_path()));
    assert!(harness.state().doc.title().contains("(read-only)"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        matches!(harness.state().dialog, Some(Dialog::TypePath { .. })),
        "Save asks for another name: {:?}",
        harness.state().dialog
    );
    assert_eq!(
        std::fs::read_to_string(&lock).expect("lock"),
        theirs,
        "still theirs"
    );
    drop(harness);

    let harness = open("Open a copy");
    assert_eq!(harness.state().doc.path, None);
    assert!(harness.state().doc.is_dirty(), "a copy is unsaved");
    drop(harness);

    let harness = open("Take over");
    assert!(!harness.state().doc.read_only);
    let now = std::fs::read_to_string(&lock).expect("lock");
    assert!(
        now.starts_with(&format!("{}\n", std::process::id())),
        "the lock is ours now: {now}"
    );
    drop(harness);
    assert!(!lock.exists(), "released when the app ends");
}

#[test]
fn f1_lists_the_shortcuts_of_the_command_list_and_zoom_is_in_the_view_menu() {
    let mut harness = harness(example_app());
    harness.run();
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.state().show_shortcuts);
    // Generated from the commands: each shortcut beside its command.
    harness.get_by_label("Save As…");
    harness.get_by_label("Zoom in");
    harness.get_by_label_contains("Presenting: next slide");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().show_shortcuts);
    // Zoom from the keyboard, as the View menu says.
    let zoom = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| h.ctx.zoom_factor();
    assert_eq!(zoom(&harness), 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert!(zoom(&harness) > 1.05, "{}", zoom(&harness));
    assert_eq!(harness.state().prefs.zoom, Some(zoom(&harness)));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(zoom(&harness), 1.0);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("Zoom out").click();
    harness.run();
    assert!(zoom(&harness) < 0.95);
}

#[test]
fn save_as_by_typed_path_takes_the_keyboard_at_once_even_with_a_path_to_edit() {
    let mut harness = harness(example_app());
    harness.state_mut().native_dialogs = false;
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    harness.run();
    let text = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| match &h.state().dialog {
        Some(Dialog::TypePath { text, .. }) => text.clone(),
        other => panic!("no path dialog: {other:?}"),
    };
    let start = text(&harness);
    assert!(
        start.ends_with(".ron"),
        "starts from the file's path: {start}"
    );
    // Typed without clicking the field first: nothing is lost.
    harness.event(egui::Event::Text("x".to_string()));
    harness.run();
    assert_eq!(text(&harness), format!("{start}x"));
}

#[test]
fn tab_starts_in_the_panel_then_walks_its_widgets() {
    let mut harness = harness(example_app());
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    let focused = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.query_all_by_label_contains("")
            .find(|n| n.accesskit_node().is_focused())
            .and_then(|n| n.accesskit_node().label())
            .unwrap_or_default()
    };
    assert_eq!(
        focused(&harness),
        "Influencers",
        "the panel's tab, not the File menu"
    );
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(focused(&harness), "Timeline");
}
