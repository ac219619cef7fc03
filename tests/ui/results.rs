//! The Results panel driven through its widgets: targets typed as people write numbers,
//! a reading entered for a deliverable (one undo step), and Ctrl+4.

use super::{example_app, harness};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rapport::ui::{PanelKind, RapportApp};
use rapport_core::model::{Money, results::latest};

type H = Harness<'static, RapportApp>;

fn results_harness() -> H {
    let mut harness = harness(example_app());
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run_steps(8);
    assert_eq!(harness.state().panel, PanelKind::Results);
    harness
}

/// Clicks the text field named `label` (the rightmost when two have the name: the entry
/// form beside the tables), replaces its text and leaves it.
fn retype_field(harness: &mut H, label: &str, text: &str) {
    let pick = |h: &H| {
        h.get_all_by_role_and_label(Role::TextInput, label)
            .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
            .unwrap()
            .rect()
    };
    let at = pick(harness).center();
    harness
        .get_all_by_role_and_label(Role::TextInput, label)
        .find(|n| n.rect().center() == at)
        .unwrap()
        .click();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_steps(2);
    harness
        .get_all_by_role_and_label(Role::TextInput, label)
        .find(|n| n.rect().center() == at)
        .unwrap()
        .type_text(text);
    harness.run_steps(2);
    // Esc leaves the field (which keeps what was typed) and gives the keyboard back.
    harness.key_press(Key::Escape);
    harness.run_steps(8);
}

/// Scrolls the deliverable titled `title` into view, as a reader would, and clicks it to
/// enter its results.
fn open_entry(harness: &mut H, title: &str) {
    let label = format!("Results of {title}");
    harness.get_by_label(&label).scroll_to_me();
    harness.run_steps(8);
    harness.get_by_label(&label).click();
    harness.run_steps(8);
}

#[test]
fn a_target_typed_short_is_kept_exactly_and_undone_in_one_step() {
    let mut harness = results_harness();
    // The example's spring target for impressions, grouped.
    let impressions = harness.get_by_role_and_label(Role::TextInput, "Impressions");
    assert_eq!(
        impressions.accesskit_node().value().as_deref(),
        Some("2,500,000")
    );
    retype_field(&mut harness, "Reach", "1.5M");
    let reach = |h: &H| h.state().doc.project.campaigns[0].targets.reach;
    assert_eq!(reach(&harness), Some(1_500_000));
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Set target: Reach")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(8);
    // Back to the example's (unrealistic) 6,000,000.
    assert_eq!(reach(&harness), Some(6_000_000));
}

#[test]
fn a_reading_entered_for_a_deliverable_counts_and_undo_removes_it() {
    let mut harness = results_harness();
    let title = "Launch-day stories (pharmacy shelf → bathroom)";
    open_entry(&mut harness, title);
    assert!(
        harness.query_by_label("Add reading").is_some(),
        "the form opens"
    );
    retype_field(&mut harness, "Impressions", "300,000");
    retype_field(&mut harness, "Code redemptions", "55");
    harness.get_by_label("Add reading").click();
    harness.run_steps(8);
    let reading = |h: &H| {
        let d = h
            .state()
            .doc
            .project
            .deliverables
            .iter()
            .find(|d| d.title == title)
            .unwrap();
        latest(&d.results).cloned()
    };
    let m = reading(&harness).expect("a reading");
    assert_eq!(m.impressions, Some(300_000));
    assert_eq!(m.redemptions, Some(55));
    assert_eq!(m.date, super::today());
    assert_eq!(m.revenue, None::<Money>, "left empty: not reported");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(8);
    assert_eq!(reading(&harness), None);
}

#[test]
fn a_figure_that_is_not_a_number_is_refused_with_its_name() {
    let mut harness = results_harness();
    open_entry(
        &mut harness,
        "Launch-day stories (pharmacy shelf → bathroom)",
    );
    retype_field(&mut harness, "Clicks", "lots");
    harness.get_by_label("Add reading").click();
    harness.run_steps(8);
    assert!(
        harness
            .query_by_label("Clicks: \"lots\" is not a number")
            .is_some()
    );
    let d = &harness.state().doc.project.deliverables[2];
    assert!(d.results.is_empty(), "{}", d.title);
}

#[test]
fn the_profile_says_where_a_creator_ranks_to_book_again() {
    let mut app = example_app();
    app.panel = PanelKind::Influencers;
    let chloe = app
        .doc
        .project
        .influencers
        .iter()
        .find(|i| i.name == "Chloé Marchand")
        .map(|i| i.id.clone())
        .unwrap();
    app.influencers.select(chloe);
    let mut harness = harness(app);
    harness.run_steps(4);
    // 1,180 redemptions for 10,200.00: first of the four ranked in the launch.
    assert!(
        harness
            .query_by_label(
                "Ranked 1 of 4 to book again in Spring Glow launch (code redemptions per unit of cost)."
            )
            .is_some()
    );
}

#[test]
fn the_deliverable_editor_keeps_the_post_address_and_opens_the_entry_of_results() {
    let mut harness = harness(example_app());
    harness.run();
    let title = "Launch-day stories (pharmacy shelf → bathroom)";
    let id = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == title)
        .map(|d| d.id.clone())
        .unwrap();
    harness.state_mut().panel = PanelKind::Timeline;
    harness.state_mut().timeline.select(id.clone());
    harness.run_steps(8);
    assert!(harness.query_by_label_contains("none yet").is_some());
    let url = "https://www.instagram.com/stories/chloe.marchand/3302/";
    retype_field(&mut harness, "Post address", url);
    let post_url = |h: &H| {
        h.state()
            .doc
            .project
            .deliverable(&id)
            .unwrap()
            .post_url
            .clone()
    };
    assert_eq!(post_url(&harness), url);
    harness.get_by_label("Enter results…").click();
    harness.run_steps(8);
    assert_eq!(harness.state().panel, PanelKind::Results);
    let entry = harness
        .state()
        .results
        .entry
        .as_ref()
        .expect("the entry is open");
    assert_eq!(entry.deliverable, id);
    assert_eq!(entry.url, url, "the address comes with it");
    assert!(harness.query_by_label("Add reading").is_some());
}
