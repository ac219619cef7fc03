//! Every editor beside a table closes: with Esc when no field has the keyboard, and with its
//! × button; and a drafted update opens from wherever the finding that asks for it is shown,
//! in the middle of the window.

use super::{example_app, harness};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rapport::ui::{PanelKind, RapportApp};

type H = Harness<'static, RapportApp>;

fn influencer_named(app: &RapportApp, name: &str) -> rapport_core::model::InfluencerId {
    app.doc
        .project
        .influencers
        .iter()
        .find(|i| i.name == name)
        .map(|i| i.id.clone())
        .unwrap()
}

fn profile_of(name: &str) -> H {
    let mut app = example_app();
    app.panel = PanelKind::Influencers;
    let id = influencer_named(&app, name);
    app.influencers.select(id);
    let mut harness = harness(app);
    harness.run();
    harness
}

#[test]
fn esc_and_the_close_button_close_the_profile() {
    let mut harness = profile_of("Chloé Marchand");
    assert!(harness.state().influencers.selected.is_some());
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().influencers.selected, None, "Esc closes it");

    let mut harness = profile_of("Chloé Marchand");
    harness.get_by_label("Close the profile").click();
    harness.run();
    assert_eq!(harness.state().influencers.selected, None, "× closes it");
}

#[test]
fn esc_in_a_profile_field_leaves_the_profile_open() {
    let mut harness = profile_of("Chloé Marchand");
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Name")
        .focus();
    harness.run();
    assert!(
        harness.ctx.memory(|m| m.focused().is_some()),
        "the field has the keyboard"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().influencers.selected.is_some());
}

#[test]
fn esc_and_the_close_button_close_the_deliverable_editor() {
    for close in ["Esc", "button"] {
        let mut app = example_app();
        app.panel = PanelKind::Timeline;
        app.timeline.show_table = true;
        let id = app.doc.project.deliverables[0].id.clone();
        app.timeline.select(id);
        let mut harness = harness(app);
        harness.run();
        assert!(harness.query_by_label("Close the deliverable").is_some());
        if close == "Esc" {
            harness.key_press(Key::Escape);
        } else {
            harness.get_by_label("Close the deliverable").click();
        }
        harness.run_steps(8);
        assert_eq!(harness.state().timeline.selected, None, "{close}");
        assert!(harness.query_by_label("Close the deliverable").is_none());
    }
}

#[test]
fn a_profile_drafts_the_update_its_finding_asks_for_in_a_centred_window() {
    let mut harness = profile_of("Chloé Marchand");
    harness.get_by_label("Draft update").click();
    harness.run();
    let chloe = influencer_named(harness.state(), "Chloé Marchand");
    let (who, message) = harness.state().timeline.side.draft.clone().unwrap();
    assert_eq!(who, chloe);
    assert!(message.contains('→'), "{message}");
    // Shown over the Influencers panel, in the middle, clear of the menu bar.
    assert_eq!(harness.state().panel, PanelKind::Influencers);
    let window = harness.get_by_label_contains("Update for Chloé").rect();
    let screen = harness.ctx.content_rect();
    assert!(
        (window.center().x - screen.center().x).abs() < 40.0,
        "{window:?}"
    );
    assert!(window.top() > 30.0, "below the menu bar: {window:?}");
}

#[test]
fn the_keyboard_shortcuts_open_in_the_middle() {
    let mut harness = harness(example_app());
    harness.run();
    harness.key_press(Key::F1);
    harness.run();
    harness.run();
    // The window and its title are both named so; the window is the larger.
    let window = harness
        .get_all_by_label("Keyboard shortcuts")
        .map(|n| n.rect())
        .max_by(|a, b| a.area().total_cmp(&b.area()))
        .unwrap();
    let screen = harness.ctx.content_rect();
    assert!(
        (window.center().x - screen.center().x).abs() < 40.0,
        "{window:?}"
    );
    assert!(window.top() > 30.0, "below the menu bar: {window:?}");
}
