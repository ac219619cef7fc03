//! Every control can be reached with the keyboard alone: pressing Tab again and again
//! visits every focusable node of a view.

use super::{example_app, harness};
use egui::accesskit::Action;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use rapport::ui::{PanelKind, RapportApp};
use std::collections::BTreeSet;

type H = Harness<'static, RapportApp>;

/// The names of the focusable nodes in view.
fn focusable(harness: &H) -> BTreeSet<String> {
    harness
        .root()
        .children_recursive()
        .filter(|n| {
            let a = n.accesskit_node();
            a.data().supports_action(Action::Focus) && !a.is_hidden()
        })
        .map(|n| {
            format!(
                "{:?} {}",
                n.accesskit_node().role(),
                n.accesskit_node().label().unwrap_or_default()
            )
        })
        .collect()
}

fn focused(harness: &H) -> Option<String> {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .map(|n| {
            format!(
                "{:?} {}",
                n.accesskit_node().role(),
                n.accesskit_node().label().unwrap_or_default()
            )
        })
}

fn tab_through(panel: PanelKind) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut app = example_app();
    app.panel = panel;
    let mut harness = harness(app);
    harness.run_steps(4);
    let all = focusable(&harness);
    let mut seen = BTreeSet::new();
    for _ in 0..(all.len() * 3 + 20) {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if let Some(f) = focused(&harness) {
            seen.insert(f);
        }
        // The chart takes Tab to select its bars one by one (no widget has the focus then).
        let app = harness.state();
        if let Some(d) = app
            .timeline
            .selected
            .as_ref()
            .and_then(|id| app.doc.project.deliverable(id))
        {
            let name = app
                .doc
                .project
                .influencer(&d.influencer)
                .map_or("", |i| i.name.as_str());
            seen.insert(format!("Button {} — {name}", d.title));
        }
    }
    (all, seen)
}

#[test]
fn tab_reaches_every_control_of_every_panel() {
    let mut missing = Vec::new();
    for panel in PanelKind::ALL {
        let (all, seen) = tab_through(*panel);
        for name in all.difference(&seen) {
            missing.push(format!("{}: {name}", panel.label()));
        }
    }
    assert!(
        missing.is_empty(),
        "{} not reached:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
