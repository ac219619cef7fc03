//! Real flows through the app's widgets.

use super::{example_app, harness};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use rapport::ui::shell::dialogs::Dialog;
use rapport::ui::PanelKind;
use rapport_core::document::Document;

/// Selects everything in the focused field and types `text` over it, then presses Enter.
pub fn retype(
    harness: &mut egui_kittest::Harness<'_, rapport::ui::RapportApp>,
    label: &str,
    text: &str,
) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

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
    let step = "Second story added";
    let delta = format!("+{}", (changed.amount - line.planned()).grouped());
    assert!(harness.query_by_label(step).is_some(), "{step}");
    assert!(harness.query_by_label(&delta).is_some(), "{delta}");
    assert!(harness.query_by_label_contains(&after).is_some(), "{after}");
    // One undo takes back the amount and the recorded change together, and both leave
    // the reconciliation.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(saved(&harness), line);
    let before = remaining(&harness);
    assert_ne!(before, after);
    assert!(harness.query_by_label(step).is_none());
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
        harness.state().timeline.selected.as_ref(),
        first.subject.first()
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
fn filter_and_sort_the_roster() {
    let mut harness = harness(example_app());
    harness.run();
    let total = harness.state().doc.project.influencers.len();
    // Sort by followers, largest first: click the header twice.
    harness.get_by_label("Followers").click();
    harness.run();
    harness.get_by_label("Followers ⏶").click();
    harness.run();
    let view_rows = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        let app = h.state();
        let findings =
            rapport_core::checks::Findings::new(rapport_core::checks::run(&app.doc.project, app.today));
        let view = rapport::ui::kit::view::View {
            project: &app.doc.project,
            findings: &findings,
            today: app.today,
            version: 0,
        };
        app.influencers
            .visible_rows(view)
            .into_iter()
            .map(|i| app.doc.project.influencers[i].clone())
            .collect::<Vec<_>>()
    };
    let rows = view_rows(&harness);
    assert_eq!(rows.len(), total);
    assert!(
        rows.windows(2)
            .all(|w| w[0].total_followers() >= w[1].total_followers()),
        "largest first"
    );

    // Only those with findings, then only mega accounts among them.
    harness.get_by_label("Has findings").click();
    harness.run();
    let flagged = view_rows(&harness);
    assert!(!flagged.is_empty() && flagged.len() < total);
    harness.state_mut().influencers.filter.tier = Some(rapport::ui::influencers::filter::Tier::Mega);
    harness.run();
    for i in view_rows(&harness) {
        assert!(
            i.total_followers() > 1_000_000,
            "{} has {}",
            i.name,
            i.total_followers()
        );
    }
    // The search box finds names in any script.
    harness.state_mut().influencers.filter = Default::default();
    harness.get_by_label("Search:").click();
    harness.get_by_label("Search:").type_text("морозова");
    harness.run();
    let found = view_rows(&harness);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Алина Морозова");
}

#[test]
fn logging_a_contact_clears_no_recent_contact_and_undo_brings_it_back() {
    let mut harness = harness(example_app());
    harness.run();
    let stale = |h: &mut egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state_mut()
            .findings()
            .iter()
            .filter(|f| f.code == rapport_core::checks::Code::NoRecentContact)
            .map(|f| f.subject[0].clone())
            .collect::<Vec<_>>()
    };
    let neglected = stale(&mut harness);
    assert_eq!(
        neglected.len(),
        1,
        "the example has one neglected ambassador"
    );
    let id = neglected[0].clone();
    let name = harness
        .state()
        .doc
        .project
        .influencer(&id)
        .map(|i| i.name.clone())
        .expect("influencer");
    harness
        .get_all_by_label(&name)
        .next()
        .expect("roster row")
        .click();
    harness.run();
    // Two clicks: "Log contact", then "Add to log".
    harness.get_by_label_contains("Log contact").click();
    harness.run();
    harness.get_by_label("Add to log").click();
    harness.run();
    assert!(
        stale(&mut harness).is_empty(),
        "logging a contact today clears the finding"
    );
    let logged = harness
        .state()
        .doc
        .project
        .influencer(&id)
        .and_then(|i| i.last_contact());
    assert_eq!(logged, Some(super::today()));
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Log contact")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(stale(&mut harness), vec![id]);
}

#[test]
fn deleting_someone_in_a_campaign_asks_and_says_what_goes() {
    let mut harness = harness(example_app());
    harness.run();
    let first = harness.state().doc.project.influencers[0].clone();
    let their_deliverables = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .filter(|d| d.influencer == first.id)
        .count();
    assert!(their_deliverables > 0);
    harness
        .get_all_by_label(&first.name)
        .next()
        .expect("row")
        .click();
    harness.run();
    harness.get_by_label_contains("Delete").click();
    harness.run();
    assert_eq!(
        harness.state().influencers.confirm_delete.as_ref(),
        Some(&first.id)
    );
    assert!(
        harness
            .query_by_label_contains(&format!("their {their_deliverables} deliverable"))
            .is_some()
    );
    harness.get_by_label("Delete").click();
    harness.run();
    assert!(harness.state().doc.project.influencer(&first.id).is_none());
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .deliverables
            .iter()
            .filter(|d| d.influencer == first.id)
            .count(),
        0
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().doc.project.influencer(&first.id).is_some());
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .deliverables
            .iter()
            .filter(|d| d.influencer == first.id)
            .count(),
        their_deliverables
    );
}

#[test]
fn import_a_spreadsheet_preview_then_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp");
    let csv = dir.path().join("roster.csv");
    std::fs::write(
        &csv,
        "\u{feff}Name;Instagram handle;Followers;ER;Country\r\nMina Park;@mina.park;48.5K;3.2%;KR\r\nОлег Ли;oleg_li;1.2M;N/A;KZ\r\nAna Luísa Lima;@ANA.LIMA;200k;4.1%;BR\r\n",
    )
    .expect("write");
    let mut harness = harness(example_app());
    harness.run();
    let before = harness.state().doc.project.influencers.len();
    harness.state_mut().load_import(&csv);
    harness.run();
    let import = harness
        .state()
        .import
        .as_ref()
        .expect("the import dialog is open");
    assert_eq!(import.table.rows.len(), 3);
    assert!(
        harness
            .query_by_label_contains("semicolon separated")
            .is_some()
    );
    harness.get_by_label("Import 3 rows").click();
    harness.run();
    let project = &harness.state().doc.project;
    assert_eq!(
        project.influencers.len(),
        before + 2,
        "two added; Ana (same handle) updated"
    );
    let mina = project
        .influencers
        .iter()
        .find(|i| i.name == "Mina Park")
        .expect("added");
    assert_eq!(mina.handles[0].followers, 48_500);
    assert_eq!(mina.engagement_rate, Some(3.2));
    let ana = project
        .influencers
        .iter()
        .find(|i| i.handles.iter().any(|h| h.handle == "ana.lima"))
        .expect("kept");
    assert_eq!(ana.handles[0].followers, 200_000);
    assert!(!ana.contacts.is_empty(), "her history is kept");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().import.is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project.influencers.len(),
        before,
        "one undo step takes the import back"
    );
}

#[test]
fn names_in_every_script_render_with_the_bundled_fonts_alone() {
    // No system fonts: only egui's own and the bundled fallbacks. The harness fails on any
    // glyph no font has, so this shows every script below renders as text, not boxes.
    let names = [
        "林小雨",
        "佐藤 美咲",
        "김서연",
        "ليلى منصور",
        "Алина Морозова",
        "שירה כהן",
        "Zoë Søren Łucja Nguyễn",
        "Mia Hoffmann 🌿",
        "Ana 💄✨",
    ];
    let mut harness = egui_kittest::Harness::builder()
        .with_context_setup(rapport::ui::shell::fonts::install)
        .build_ui(move |ui| {
            for name in names {
                ui.label(name);
            }
        });
    harness.run();
    for name in names {
        assert!(harness.query_by_label(name).is_some(), "{name}");
    }
}

#[test]
fn the_reconciliation_shows_the_hand_edit_and_records_it() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("Reconciliation").click();
    harness.run();
    assert_eq!(
        harness.state().budget.view,
        rapport::ui::budget::BudgetView::Reconciliation
    );
    let unreconciled = |h: &mut egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state_mut()
            .findings()
            .iter()
            .filter(|f| f.code == rapport_core::checks::Code::Unreconciled)
            .count()
    };
    assert_eq!(unreconciled(&mut harness), 1);
    retype(
        &mut harness,
        "Reason",
        "Spark Ads budget raised on the call",
    );
    harness
        .get_by_label("Record the difference as a change")
        .click();
    harness.run();
    assert_eq!(
        unreconciled(&mut harness),
        0,
        "recorded: baseline + changes = plan again"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(unreconciled(&mut harness), 1);
}
