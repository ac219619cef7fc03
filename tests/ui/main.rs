//! The desktop app driven through its real widgets with egui_kittest: flows that click
//! through open, edit, undo, redo, save and switching panels, and one snapshot per panel.
// Test helpers may unwrap: a panic here is a failing test, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod accessibility;
mod binary;
mod budget_views;
mod chart;
mod chinese;
mod closing;
mod flows;
mod hostile;
mod input_method;
mod keyboard_reach;
mod language;
mod large;
mod layout;
mod present;
mod recovery;
mod results;
mod results_import;
mod roster;
mod share;
mod snapshots;
mod walk;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rapport::ui::RapportApp;
use rapport_core::document::Document;
use std::path::Path;

pub use support::{EXAMPLE, d};

/// The date every UI test runs as of.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 3, 15).expect("a date")
}

/// The app with the example open, as of [`today`], without native file dialogs.
pub fn example_app() -> RapportApp {
    let doc = Document::open(Path::new(EXAMPLE)).expect("the example opens");
    let mut app = RapportApp::new(Document::new(), today());
    app.set_document(doc);
    app.native_dialogs = false;
    app
}

/// Loads the fonts the app bundles, and no system fonts, so the tests render the same on
/// any machine (and fail on a glyph the bundled fonts lack).
pub fn fonts(ctx: &egui::Context) {
    rapport::ui::install_fonts(ctx);
}

/// A harness around the app.
pub fn harness(app: RapportApp) -> Harness<'static, RapportApp> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_context_setup(fonts)
        .build_ui_state(|ui, app: &mut RapportApp| app.frame_ui(ui), app)
}

/// A harness that renders with the wgpu software adapter, for snapshots.
pub fn rendering_harness(app: RapportApp) -> Harness<'static, RapportApp> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_context_setup(fonts)
        .wgpu()
        .build_ui_state(|ui, app: &mut RapportApp| app.frame_ui(ui), app)
}

/// Compares the harness's picture with `tests/snapshots/NAME.png` (written anew with
/// `UPDATE_SNAPSHOTS=1`).
pub fn snapshot(harness: &mut Harness<'static, RapportApp>, name: &str) {
    let options = egui_kittest::SnapshotOptions::new().output_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/snapshots"
    ));
    harness.snapshot_options(name, &options);
}

/// Selects everything in the focused field and types `text` over it, then presses Enter.
pub fn retype(harness: &mut Harness<'_, RapportApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// Calls `f` with a view of the app's project as the panels see it (fresh findings and
/// index), to ask a panel which rows it shows.
pub fn with_view<R>(app: &RapportApp, f: impl FnOnce(rapport::ui::View<'_>) -> R) -> R {
    let findings =
        rapport_core::checks::Findings::new(rapport_core::checks::run(&app.doc.project, app.today));
    let index = rapport_core::model::ProjectIndex::new(&app.doc.project);
    f(rapport::ui::View {
        project: &app.doc.project,
        index: &index,
        findings: &findings,
        today: app.today,
        version: 0,
        revision: 0,
        checked: 0,
        layout: 0,
    })
}
