//! File ▸ Import results… and the chart of results over time, driven through their widgets:
//! the preview says where each row goes before anything changes, the import is one undo
//! step, and the chart follows the KPI chosen.

use super::{example_app, harness};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use rapport::ui::{ImportKind, Importing};
use rapport::ui::{PanelKind, RapportApp};
use rapport_core::model::results::latest;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/results")
        .join(name)
}

fn views_of(app: &RapportApp, title: &str) -> Option<u64> {
    app.doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == title)
        .and_then(|d| latest(&d.results))
        .and_then(|m| m.views)
}

#[test]
fn a_tiktok_export_is_previewed_row_by_row_then_imported_as_one_step() {
    let mut harness = harness(example_app());
    harness.run();
    let before = harness.state().doc.project.clone();
    harness
        .state_mut()
        .load_import(&fixture("tiktok.csv"), ImportKind::Results);
    harness.run_steps(4);
    assert!(matches!(
        harness.state().import,
        Some(Importing::Results(_))
    ));
    // Nothing changes while the dialog is open.
    assert_eq!(harness.state().doc.project, before);
    assert!(
        harness
            .query_by_label("2 readings to add · 0 already recorded · 1 row skipped")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("→ TikTok: serum vs. desert heat")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("skipped: not numbers: views \"lots\"")
            .is_some()
    );
    // The date the figures were read on is a named, typed field.
    let date = harness.get_by_label("Date measured");
    assert_eq!(date.accesskit_node().value().as_deref(), Some("2027-03-15"));
    harness.get_by_label("Import 2 readings").click();
    harness.run_steps(4);
    let heat = "TikTok: serum vs. desert heat";
    assert_eq!(views_of(harness.state(), heat), Some(1_200_000));
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Import results")
    );
    assert!(
        harness
            .query_by_label_contains("Added 2 readings; 0 already recorded; 1 row skipped.")
            .is_some()
    );
    harness.get_by_label("Close").click();
    harness.run_steps(4);
    assert!(harness.state().import.is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(4);
    assert_eq!(
        harness.state().doc.project,
        before,
        "one step takes it all back"
    );
}

#[test]
fn a_mapping_changed_in_the_dialog_changes_the_preview() {
    let mut harness = harness(example_app());
    harness.run();
    harness
        .state_mut()
        .load_import(&fixture("tiktok.csv"), ImportKind::Results);
    harness.run_steps(4);
    // Without the link column no row can be matched: the creator is only in the link.
    if let Some(Importing::Results(dialog)) = harness.state_mut().import.as_mut() {
        for field in dialog.mapping.iter_mut() {
            if *field == rapport_core::file::spreadsheet::ResultField::PostUrl {
                *field = rapport_core::file::spreadsheet::ResultField::Ignore;
            }
        }
    }
    harness.run_steps(4);
    assert!(
        harness
            .query_by_label("0 readings to add · 0 already recorded · 3 rows skipped")
            .is_some()
    );
    let import = harness.get_by_label("Import 0 readings");
    assert!(import.accesskit_node().is_disabled());
    harness.key_press(Key::Escape);
    harness.run_steps(4);
    assert!(harness.state().import.is_none());
}

#[test]
fn the_chart_follows_the_kpi_chosen_and_says_its_curve_in_words() {
    let mut harness = harness(example_app());
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run_steps(8);
    assert_eq!(harness.state().panel, PanelKind::Results);
    assert!(harness.query_by_label("Results over time").is_some());
    // Spring's goal is conversion: code redemptions lead. Bea's 0 on 10 Mar changes
    // nothing; Ana's 240 on 11 Mar, Chloé's 1,180 on 12 Mar, Xiaoyu's 310 on 14 Mar.
    let redemptions =
        "Code redemptions: 240 on 11 Mar, 1,730 by 14 Mar (changed on 3 days); target 5,000.";
    assert!(harness.query_by_label(redemptions).is_some());
    harness.state_mut().results.chart.kpi = Some(rapport_core::model::Kpi::Views);
    harness.run_steps(8);
    // Bea's second reading replaces her first (164,900 for 88,000); no views target.
    let views = "Views: 88,000 on 27 Feb, 2,671,400 by 14 Mar (changed on 5 days).";
    assert!(harness.query_by_label(views).is_some());
    assert!(harness.query_by_label(redemptions).is_none());
}
