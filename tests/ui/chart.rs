//! The timeline chart driven with the pointer: dragging a bar moves its dates by whole
//! days, in one undo step.

use super::{example_app, harness};
use chrono::Duration;
use egui::{Key, Modifiers, pos2};
use egui_kittest::kittest::NodeT;
use egui_kittest::kittest::Queryable;
use rapport::ui::PanelKind;

/// Zooms the chart in with its "+" button, so bars are wide enough to grab.
fn zoom_in(harness: &mut egui_kittest::Harness<'_, rapport::ui::RapportApp>, steps: usize) {
    for _ in 0..steps {
        harness.get_by_label("+").click();
        harness.run();
    }
    let selected = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == "YouTube Short cutdown")
        .map(|d| d.id.clone());
    harness.state_mut().timeline.chart.reveal = selected;
    harness.run();
}

/// Drags from `from` to `to` in small steps, as a hand would.
fn drag(
    harness: &mut egui_kittest::Harness<'_, rapport::ui::RapportApp>,
    from: egui::Pos2,
    to: egui::Pos2,
) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=8 {
        let t = step as f32 / 8.0;
        harness.hover_at(from + (to - from) * t);
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn dragging_a_bar_moves_every_date_by_whole_days_and_undo_restores_them() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    let original = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == "YouTube Short cutdown")
        .cloned()
        .expect("in the example");
    zoom_in(&mut harness, 3);
    let name = "YouTube Short cutdown — Kofi Mensah";
    let bar = harness.get_by_label(name).rect();
    let px_per_day = harness
        .state()
        .timeline
        .chart
        .scale
        .expect("laid out")
        .px_per_day;
    let days = 5;
    // Grab the bar between its start handle and the draft point.
    let start = pos2(bar.left() + bar.width() * 0.2, bar.center().y);
    drag(
        &mut harness,
        start,
        pos2(start.x + px_per_day * days as f32, start.y),
    );
    let moved = harness
        .state()
        .doc
        .project
        .deliverable(&original.id)
        .cloned()
        .expect("still there");
    let shift = |d: Option<chrono::NaiveDate>| d.map(|x| x + Duration::days(days));
    assert_eq!(moved.brief_sent, shift(original.brief_sent));
    assert_eq!(moved.draft_due, shift(original.draft_due));
    assert_eq!(moved.publish, shift(original.publish));
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Move deliverable")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let back = harness
        .state()
        .doc
        .project
        .deliverable(&original.id)
        .cloned()
        .expect("still there");
    assert_eq!(back, original, "one undo step restores every date");
}

#[test]
fn dragging_the_end_changes_only_the_publish_date() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    let original = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == "YouTube Short cutdown")
        .cloned()
        .expect("in the example");
    zoom_in(&mut harness, 3);
    let bar = harness
        .get_by_label("YouTube Short cutdown — Kofi Mensah")
        .rect();
    let px_per_day = harness
        .state()
        .timeline
        .chart
        .scale
        .expect("laid out")
        .px_per_day;
    let start = pos2(bar.right() - 2.0, bar.center().y);
    drag(
        &mut harness,
        start,
        pos2(start.x + px_per_day * 8.0, start.y),
    );
    let moved = harness
        .state()
        .doc
        .project
        .deliverable(&original.id)
        .cloned()
        .expect("still there");
    assert_eq!(moved.brief_sent, original.brief_sent);
    assert_eq!(moved.draft_due, original.draft_due);
    assert_eq!(
        moved.publish,
        original.publish.map(|d| d + Duration::days(8))
    );
}

#[test]
fn while_a_bar_is_dragged_its_other_flags_stay() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    let title = "Stories: my festival kit";
    let flags = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.get_by_label_contains(&format!("Flags of {title}: "))
            .accesskit_node()
            .label()
            .unwrap_or_default()
    };
    assert!(flags(&harness).contains("disclosure-missing"));
    let bar = harness
        .get_by_label(&format!("{title} — Aoife Ní Bhriain"))
        .rect();
    let px_per_day = harness
        .state()
        .timeline
        .chart
        .scale
        .expect("laid out")
        .px_per_day;
    let from = pos2(bar.left() + bar.width() * 0.3, bar.center().y);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=4 {
        harness.hover_at(pos2(from.x + px_per_day * 3.0 * step as f32, from.y));
        harness.run();
    }
    assert!(harness.state().timeline.chart.drag.is_some(), "dragging");
    // Mid-drag the date checks run live, and the missing disclosure is still flagged.
    assert!(
        flags(&harness).contains("disclosure-missing"),
        "{}",
        flags(&harness)
    );
    harness.key_press(Key::Escape);
    harness.run();
}

#[test]
fn a_published_deliverable_keeps_its_dates_and_says_why() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let published = app
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == "Glow Serum unboxing reel")
        .cloned()
        .expect("in the example");
    assert_eq!(
        published.status,
        rapport_core::model::DeliverableStatus::Published
    );
    let mut harness = harness(app);
    harness.run();
    let bar = harness
        .get_by_label("Glow Serum unboxing reel — Ana Luísa Lima")
        .rect();
    harness
        .get_by_label("Glow Serum unboxing reel — Ana Luísa Lima")
        .click();
    harness.run();
    harness.key_press(Key::ArrowRight);
    harness.run();
    let now = harness
        .state()
        .doc
        .project
        .deliverable(&published.id)
        .cloned();
    assert_eq!(now.as_ref(), Some(&published), "not moved");
    assert!(!harness.state().doc.is_dirty());
    harness.get_by_label_contains("is published: its dates stay as they are");
    // A drag does not move it either.
    drag(
        &mut harness,
        bar.center(),
        pos2(bar.center().x + 80.0, bar.center().y),
    );
    let now = harness
        .state()
        .doc
        .project
        .deliverable(&published.id)
        .cloned();
    assert_eq!(now.as_ref(), Some(&published), "not dragged");
}

#[test]
fn dates_are_typed_as_people_write_them_or_picked_in_the_calendar() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let id = app
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == "YouTube Short cutdown")
        .map(|d| d.id.clone())
        .expect("in the example");
    app.timeline.selected = Some(id.clone());
    let mut harness = harness(app);
    harness.run();
    let publish = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state()
            .doc
            .project
            .deliverable(&id)
            .and_then(|d| d.publish)
    };
    // "12 Apr" in a day-first locale, the year of the date it replaces.
    super::retype(&mut harness, "Publish", "12 Apr");
    assert_eq!(publish(&harness), Some(super::d("2027-04-12")));
    // ISO is understood everywhere.
    super::retype(&mut harness, "Publish", "2027-04-20");
    assert_eq!(publish(&harness), Some(super::d("2027-04-20")));
    // Nonsense leaves the date as it was.
    super::retype(&mut harness, "Publish", "soon");
    assert_eq!(publish(&harness), Some(super::d("2027-04-20")));
    // The calendar: next month, then a day.
    harness.get_by_label("Publish: calendar").click();
    harness.run();
    harness.get_by_label("Next month").click();
    harness.run();
    harness.get_by_label("3 May 2027").click();
    harness.run();
    assert_eq!(publish(&harness), Some(super::d("2027-05-03")));
}

#[test]
fn escape_during_a_drag_cancels_it() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    let before = harness.state().doc.project.clone();
    zoom_in(&mut harness, 3);
    let bar = harness
        .get_by_label("YouTube Short cutdown — Kofi Mensah")
        .rect();
    let px_per_day = harness
        .state()
        .timeline
        .chart
        .scale
        .expect("laid out")
        .px_per_day;
    let from = pos2(bar.left() + bar.width() * 0.2, bar.center().y);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=4 {
        harness.hover_at(pos2(from.x + px_per_day * 2.0 * step as f32, from.y));
        harness.run();
    }
    assert!(harness.state().timeline.chart.drag.is_some(), "dragging");
    harness.key_press(Key::Escape);
    harness.run();
    harness.drop_at(pos2(from.x + px_per_day * 8.0, from.y));
    harness.run();
    assert_eq!(harness.state().doc.project, before, "nothing changed");
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn tab_selects_bars_and_arrows_move_the_selected_one_by_a_day() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    let first = harness
        .state()
        .timeline
        .selected
        .clone()
        .expect("Tab selects the first bar");
    harness.key_press(Key::Tab);
    harness.run();
    let second = harness.state().timeline.selected.clone().expect("selected");
    assert_ne!(first, second, "Tab moves to the next bar");

    let before = harness
        .state()
        .doc
        .project
        .deliverable(&second)
        .cloned()
        .expect("exists");
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.key_press(Key::ArrowRight);
    harness.run();
    let after = harness
        .state()
        .doc
        .project
        .deliverable(&second)
        .cloned()
        .expect("exists");
    assert_eq!(after.publish, before.publish.map(|d| d + Duration::days(2)));
    assert_eq!(
        after.brief_sent,
        before.brief_sent.map(|d| d + Duration::days(2))
    );

    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().doc.project.deliverable(&second).is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness.state().doc.project.deliverable(&second).is_some(),
        "undo brings it back"
    );
}

#[test]
fn double_clicking_a_lane_adds_a_deliverable_at_that_date() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    // Frames a sixtieth of a second apart, so two clicks make a double-click.
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 920.0))
        .with_step_dt(1.0 / 60.0)
        .with_context_setup(super::fonts)
        .build_ui_state(
            |ui, app: &mut rapport::ui::RapportApp| app.frame_ui(ui),
            app,
        );
    harness.run();
    let count = harness.state().doc.project.deliverables.len();

    let bar = harness
        .get_by_label("YouTube Short cutdown — Kofi Mensah")
        .rect();
    let scale = harness.state().timeline.chart.scale.expect("laid out");
    // Right of the bar, in the same row: empty chart background in Kofi's lane.
    let at = pos2(
        bar.right() + (scale.px_per_day * 3.5).max(30.0),
        bar.center().y,
    );
    let date = scale.date_at(at.x);
    harness.event(egui::Event::PointerMoved(at));
    for _ in 0..2 {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    let project = &harness.state().doc.project;
    assert_eq!(project.deliverables.len(), count + 1);
    let new = project.deliverables.last().expect("added");
    assert_eq!(new.publish, Some(date));
    assert_eq!(
        project.influencer(&new.influencer).map(|i| i.name.as_str()),
        Some("Kofi Mensah")
    );
    // It starts from sensible defaults: Kofi's platform, the clear label of the project's
    // rules, and no error about it.
    assert_eq!(new.platform, rapport_core::model::Platform::YouTube);
    assert_eq!(new.disclosure, "#ad");
    let errors: Vec<_> = rapport_core::checks::run(project, super::today())
        .into_iter()
        .filter(|f| {
            f.severity == rapport_core::checks::Severity::Error
                && f.subject
                    .first()
                    .is_some_and(|s| s.as_str() == new.id.as_str())
        })
        .map(|f| f.message.en())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn draft_an_update_then_mark_the_changes_as_told() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    let untold = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state()
            .doc
            .project
            .plan_changes
            .iter()
            .filter(|c| !c.told)
            .count()
    };
    let before = untold(&harness);
    assert!(before > 0, "the example has changes not told yet");
    harness
        .get_all_by_label("Draft update")
        .next()
        .expect("a creator to tell")
        .click();
    harness.run();
    let (_, message) = harness
        .state()
        .timeline
        .side
        .draft
        .clone()
        .expect("a drafted message");
    assert!(message.contains('→'), "lists old → new: {message}");
    // In a window of its own, big enough to read the whole message.
    let window = harness.get_by_label_contains("Update for ").rect();
    assert!(window.width() >= 300.0, "{window:?}");
    let field = harness.get_by_label("Update message").rect();
    assert!(field.height() >= 150.0, "{field:?}");
    harness
        .get_all_by_label("Mark as told")
        .next()
        .expect("button")
        .click();
    harness.run();
    assert!(untold(&harness) < before);
    assert!(
        harness
            .state()
            .doc
            .history
            .undo_label()
            .is_some_and(|l| l.starts_with("Mark as told"))
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(untold(&harness), before);
}

#[test]
fn a_click_on_a_flag_selects_its_bar() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    let flag = harness
        .get_all_by_label_contains("● tight-lead-time")
        .next()
        .expect("a flag in the list")
        .rect();
    harness.hover_at(flag.center());
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: flag.center(),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: flag.center(),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    let selected = harness.state().timeline.selected.clone().expect("selected");
    let flagged = harness.state_mut().findings().iter().any(|f| {
        f.code == rapport_core::checks::Code::TightLeadTime
            && f.subject.first() == Some(&selected.any())
    });
    assert!(flagged, "the selected deliverable is the flagged one");
}

/// The titles of the Timeline table's rows, in the order shown.
fn table_titles(harness: &egui_kittest::Harness<'_, rapport::ui::RapportApp>) -> Vec<String> {
    let app = harness.state();
    super::with_view(app, |view| app.timeline.visible_rows(view))
        .into_iter()
        .map(|i| app.doc.project.deliverables[i].title.clone())
        .collect()
}

#[test]
fn the_table_sorts_by_deliverable_title_and_back_by_publish_date() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("Table").click();
    harness.run();
    let by_publish = table_titles(&harness);
    assert!(by_publish.len() > 10);

    // One click on "Deliverable" sorts by title, A to Z (it used to snap back to Publish).
    harness.get_by_label("Deliverable").click();
    harness.run();
    harness.run();
    let titles = table_titles(&harness);
    let mut sorted = titles.clone();
    sorted.sort_by_key(|t| t.to_lowercase());
    assert_eq!(titles, sorted);
    assert_ne!(
        titles, by_publish,
        "the example is not in title order by date"
    );
    // A second click reverses it.
    harness.get_by_label("⏶ Deliverable").click();
    harness.run();
    let reversed = table_titles(&harness);
    sorted.reverse();
    assert_eq!(reversed.first(), sorted.first());
    // And "Publish" brings back the date order.
    harness.get_by_label("Publish").click();
    harness.run();
    assert_eq!(table_titles(&harness), by_publish);
}

#[test]
fn a_row_whose_date_changes_stays_in_view_in_a_sorted_table() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    app.timeline.show_table = true;
    let mut harness = harness(app);
    harness.run();
    // Sorted by publish date, the earliest first (the table's first order).
    harness.get_by_label("⏶ Publish");
    let title = "Pre-launch teaser: 'something orange is coming'";
    let field = format!("Publish of {title}");
    harness.get_by_label(&field);
    // Published late in the year, it sorts to the end of a long list: it is followed there.
    super::retype(&mut harness, &field, "2027-12-30");
    harness.run();
    let moved = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == title)
        .and_then(|d| d.publish);
    assert_eq!(moved, Some(super::d("2027-12-30")));
    harness.get_by_label(&field);
    assert!(
        harness.state().timeline.selected.is_some(),
        "the edited row is selected"
    );
}

#[test]
fn a_flag_sits_after_a_draft_point_that_lies_past_the_bar() {
    let mut app = example_app();
    app.panel = PanelKind::Timeline;
    let mut harness = harness(app);
    harness.run();
    // Tall enough for every row.
    harness.set_size(egui::vec2(1400.0, 1600.0));
    harness.run();
    // Its draft is due (28 Apr) after it is published (26 Apr): the point is past the bar.
    let title = "VK post: city SPF for spring";
    let draft = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == title)
        .and_then(|d| d.draft_due)
        .unwrap();
    let scale = harness.state().timeline.chart.scale.expect("laid out");
    let point_right = scale.x(draft) + scale.px_per_day / 2.0 + 5.0;
    let flag = harness
        .get_by_label_contains(&format!("Flags of {title}: "))
        .rect();
    assert!(
        flag.left() >= point_right,
        "the flag {flag:?} covers the draft point ending at {point_right}"
    );
}
