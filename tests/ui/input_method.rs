//! Chinese typed through an input method: the composition (preedit) and its result (commit)
//! reach the text fields as an IME sends them, in the roster's search and in a profile's
//! name, and the bundled CJK font draws what was typed.

use super::{example_app, harness};
use egui::accesskit::Role;
use egui::{Event, ImeEvent, Key};
use egui_kittest::kittest::{NodeT, Queryable};
use rapport::ui::PanelKind;

/// What an input method sends while "lin" becomes "林小雨".
fn compose(harness: &mut egui_kittest::Harness<'static, rapport::ui::RapportApp>, text: &str) {
    for preedit in ["l", "li", "lin"] {
        harness.event(Event::Ime(ImeEvent::Preedit {
            text: preedit.to_string(),
            active_range_chars: Some(0..preedit.len()),
        }));
        harness.run();
    }
    harness.event(Event::Ime(ImeEvent::Commit(text.to_string())));
    harness.run_steps(4);
}

#[test]
fn chinese_typed_through_an_input_method_searches_and_renames() {
    let mut harness = harness(example_app());
    harness.run();
    assert_eq!(harness.state().panel, PanelKind::Influencers);
    harness
        .get_by_role_and_label(Role::TextInput, "Search:")
        .focus();
    harness.run_steps(2);
    compose(&mut harness, "林");
    let search = harness.get_by_role_and_label(Role::TextInput, "Search:");
    assert_eq!(search.accesskit_node().value().as_deref(), Some("林"));
    assert!(
        harness.query_by_label("1 of 18 influencers").is_some(),
        "the roster is filtered to the one creator whose name has 林"
    );
    // A profile's name, composed the same way, is kept when the field is left.
    let id = harness.state().doc.project.influencers[0].id.clone();
    harness.state_mut().influencers.select(id.clone());
    harness.run_steps(4);
    let name = harness.get_by_role_and_label(Role::TextInput, "Name");
    name.focus();
    harness.run_steps(2);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.run();
    compose(&mut harness, "林小雨工作室");
    harness.key_press(Key::Tab);
    harness.run_steps(4);
    let renamed = harness
        .state()
        .doc
        .project
        .influencer(&id)
        .map(|i| i.name.clone());
    assert_eq!(renamed.as_deref(), Some("林小雨工作室"));
}
