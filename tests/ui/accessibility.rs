//! The accessibility tree of every panel, view, editor, dialog and slide of the example:
//! every node the keyboard or a screen reader can focus has a name. A node without one is listed
//! with its role, where it is and what it sits in.

use super::{example_app, harness};
use egui::accesskit::Action;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rapport::ui::{BudgetView, ImportKind, PanelKind, RapportApp, Recipient};

type H = Harness<'static, RapportApp>;

/// Every focusable node without a name, in words.
fn unnamed(harness: &H, place: &str) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter(|n| {
            let a = n.accesskit_node();
            let data = a.data();
            let named = a.label().is_some_and(|l| !l.trim().is_empty())
                || (a.label_comes_from_value() && a.value().is_some_and(|v| !v.trim().is_empty()));
            data.supports_action(Action::Focus) && !a.is_hidden() && !named
        })
        .map(|n| {
            let a = n.accesskit_node();
            let mut parent = String::new();
            let mut up = n.parent();
            while let Some(p) = up {
                if let Some(l) = p.accesskit_node().label().filter(|l| !l.is_empty()) {
                    parent = l;
                    break;
                }
                up = p.parent();
            }
            let inside: Vec<String> = n
                .children_recursive()
                .filter_map(|c| c.accesskit_node().value().or(c.accesskit_node().label()))
                .take(3)
                .collect();
            let parent = format!("{parent}; holds {inside:?}");
            format!(
                "{place}: {:?} at {:?} (in \"{parent}\", value {:?})",
                a.role(),
                n.rect(),
                a.value()
            )
        })
        .collect()
}

#[test]
fn every_control_of_every_view_has_a_name() {
    let mut app = example_app();
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
    let mut missing = Vec::new();
    for panel in PanelKind::ALL {
        harness.state_mut().panel = *panel;
        harness.run_steps(4);
        missing.extend(unnamed(&harness, panel.label()));
    }
    if let Some(id) = influencer {
        harness.state_mut().panel = PanelKind::Influencers;
        harness.state_mut().influencers.select(id);
        harness.run_steps(4);
        missing.extend(unnamed(&harness, "profile"));
    }
    if let Some(id) = deliverable {
        harness.state_mut().panel = PanelKind::Timeline;
        harness.state_mut().timeline.select(id);
        for table in [false, true] {
            harness.state_mut().timeline.show_table = table;
            harness.run_steps(4);
            missing.extend(unnamed(&harness, "deliverable editor"));
        }
    }
    if let Some(id) = line {
        harness.state_mut().panel = PanelKind::Budget;
        harness.state_mut().budget.select(id);
        for view in BudgetView::ALL {
            harness.state_mut().budget.view = *view;
            harness.run_steps(4);
            missing.extend(unnamed(&harness, view.label()));
        }
    }
    for recipient in [Recipient::Team, Recipient::Client, Recipient::Creator] {
        harness.state_mut().open_share(recipient);
        harness.run_steps(4);
        missing.extend(unnamed(&harness, "share dialog"));
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
        missing.extend(unnamed(&harness, file));
        harness.state_mut().import = None;
    }
    if let Some(d) = harness.state().doc.project.deliverables.get(1).cloned() {
        harness.state_mut().panel = PanelKind::Results;
        let today = harness.state().today;
        harness.state_mut().results.entry = Some(rapport::ui::results::ResultEntry::new(&d, today));
        harness.run_steps(4);
        missing.extend(unnamed(&harness, "results entry"));
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
    missing.extend(unnamed(&harness, "compare"));
    harness.state_mut().compare = None;
    harness.state_mut().show_shortcuts = true;
    harness.run_steps(4);
    missing.extend(unnamed(&harness, "keyboard shortcuts"));
    harness.state_mut().show_shortcuts = false;
    harness.state_mut().present = Some(rapport::ui::Presentation::new(None));
    for slide in 0..8 {
        harness.state_mut().present.as_mut().unwrap().slide = slide;
        harness.run_steps(4);
        missing.extend(unnamed(&harness, &format!("slide {slide}")));
    }
    harness.state_mut().present = None;
    harness.run_steps(2);
    assert!(
        harness.query_by_label("Influencers").is_some(),
        "the walk ends back in the app"
    );
    assert!(
        missing.is_empty(),
        "{} unnamed:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
