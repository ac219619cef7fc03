//! A walk through every panel, view, editor, dialog and slide of the example, for tests
//! that look at each of them (the accessibility tree, the language of every word).

use super::harness;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rapport::ui::{BudgetView, ImportKind, PanelKind, RapportApp, Recipient};

/// The harness the walk drives.
pub type H = Harness<'static, RapportApp>;

/// Opens `app` and shows each panel, the profile, the deliverable editor (chart and
/// table), each budget view, the share dialog for each recipient, both import dialogs, the
/// results entry, the compare view, the keyboard shortcuts and every slide, calling
/// `look` with the harness and the place's name on each; ends back in the app.
pub fn every_view(app: RapportApp, mut look: impl FnMut(&H, &str)) {
    let mut app = app;
    let first = |app: &RapportApp| {
        (
            app.doc.project.influencers.first().map(|i| i.id.clone()),
            app.doc.project.deliverables.first().map(|d| d.id.clone()),
            app.doc.project.cost_lines.first().map(|l| l.id.clone()),
        )
    };
    let (influencer, deliverable, line) = first(&app);
    app.native_dialogs = false;
    let mut harness = harness(app);
    harness.run_steps(4);
    for panel in PanelKind::ALL {
        harness.state_mut().panel = *panel;
        harness.run_steps(4);
        look(&harness, panel.label());
    }
    if let Some(id) = influencer {
        harness.state_mut().panel = PanelKind::Influencers;
        harness.state_mut().influencers.select(id);
        harness.run_steps(4);
        look(&harness, "profile");
    }
    if let Some(id) = deliverable {
        harness.state_mut().panel = PanelKind::Timeline;
        harness.state_mut().timeline.select(id);
        for table in [false, true] {
            harness.state_mut().timeline.show_table = table;
            harness.run_steps(4);
            look(&harness, "deliverable editor");
        }
    }
    if let Some(id) = line {
        harness.state_mut().panel = PanelKind::Budget;
        harness.state_mut().budget.select(id);
        for view in BudgetView::ALL {
            harness.state_mut().budget.view = *view;
            harness.run_steps(4);
            look(&harness, view.label());
        }
    }
    for recipient in [Recipient::Team, Recipient::Client, Recipient::Creator] {
        harness.state_mut().open_share(recipient);
        harness.run_steps(4);
        look(&harness, "share dialog");
    }
    harness.state_mut().share = None;
    // The import dialogs, and the entry of results beside the Results panel.
    let fixtures =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    for (file, kind) in [
        ("import/kaggle_like.csv", ImportKind::Influencers),
        ("results/tiktok.csv", ImportKind::Results),
    ] {
        harness.state_mut().load_import(&fixtures.join(file), kind);
        harness.run_steps(4);
        assert!(harness.state().import.is_some(), "{file} opens");
        look(&harness, file);
        harness.state_mut().import = None;
    }
    if let Some(d) = harness.state().doc.project.deliverables.get(1).cloned() {
        harness.state_mut().panel = PanelKind::Results;
        let today = harness.state().today;
        harness.state_mut().results.entry = Some(rapport::ui::results::ResultEntry::new(&d, today));
        harness.run_steps(4);
        look(&harness, "results entry");
        harness.state_mut().results.entry = None;
    }
    // Comparing with a client copy of itself, every record shown.
    let project = (*harness.state().doc.project).clone();
    let client = rapport_core::share::share_copy(
        &project,
        rapport_core::share::ShareOptions {
            kind: rapport_core::model::ShareKind::Client,
            amounts: false,
        },
        super::today(),
        false,
    );
    let view =
        rapport::ui::CompareView::new("copy".into(), &project, client.copy, Some(project.clone()));
    harness.state_mut().compare = Some(view);
    harness.run_steps(4);
    look(&harness, "compare");
    harness.state_mut().compare = None;
    harness.state_mut().show_shortcuts = true;
    harness.run_steps(4);
    look(&harness, "keyboard shortcuts");
    harness.state_mut().show_shortcuts = false;
    harness.state_mut().present = Some(rapport::ui::Presentation::new(None));
    for slide in 0..8 {
        harness.state_mut().present.as_mut().unwrap().slide = slide;
        harness.run_steps(4);
        look(&harness, &format!("slide {slide}"));
    }
    harness.state_mut().present = None;
    harness.run_steps(2);
    assert!(
        harness.query_all_by_label("Influencers").next().is_some()
            || harness.query_all_by_label("达人").next().is_some(),
        "the walk ends back in the app"
    );
}
