//! The accessibility tree of every panel, view, editor, dialog and slide of the example:
//! every node the keyboard or a screen reader can focus has a name. A node without one is listed
//! with its role, where it is and what it sits in.

use super::example_app;
use super::walk::{H, every_view};
use egui::accesskit::Action;
use egui_kittest::kittest::NodeT;

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
    let mut missing = Vec::new();
    every_view(example_app(), |harness, place| {
        missing.extend(unnamed(harness, place));
    });
    assert!(
        missing.is_empty(),
        "{} unnamed:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
