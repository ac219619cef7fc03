//! Presentation mode: F5 enters, the presenter's keys step through the slides, Esc leaves;
//! fees and private details stay hidden until switched on; a snapshot of every slide at
//! 1920×1080.

use super::{example_app, fonts, today};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rapport::ui::{Presentation, RapportApp, SlideKind};

fn big(app: RapportApp, render: bool) -> Harness<'static, RapportApp> {
    let builder = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .with_context_setup(fonts);
    let builder = if render { builder.wgpu() } else { builder };
    builder.build_ui_state(|ui, app: &mut RapportApp| app.frame_ui(ui), app)
}

/// Presses PgDn until a slide of `kind` shows (at most ten times).
fn page_down_to(harness: &mut Harness<'static, RapportApp>, kind: SlideKind) {
    for _ in 0..10 {
        if harness
            .state()
            .present
            .as_ref()
            .and_then(|p| p.shown)
            .map(|s| s.0.kind)
            == Some(kind)
        {
            break;
        }
        harness.key_press(Key::PageDown);
        harness.run();
    }
}

fn spring(app: &RapportApp) -> rapport_core::model::CampaignId {
    app.doc.project.campaigns[0].id.clone()
}

#[test]
fn f5_presents_the_keys_step_through_and_esc_leaves() {
    let mut harness = big(example_app(), false);
    harness.run();
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().present.is_some(), "F5 presents");
    harness.get_by_label("All campaigns · Overview");
    // The counter knows how many slides there are from the first one.
    let count = |h: &Harness<'_, RapportApp>| h.state().present.as_ref().unwrap().shown.unwrap().1;
    let first_count = count(&harness);
    assert!(
        harness.query_by_label("File").is_none(),
        "no menus while presenting"
    );
    let slide = |h: &Harness<'_, RapportApp>| h.state().present.as_ref().unwrap().slide;
    for (key, expected) in [
        (Key::ArrowRight, 1),
        (Key::PageDown, 2),
        (Key::Space, 3),
        (Key::PageUp, 2),
        (Key::ArrowLeft, 1),
        (Key::Home, 0),
        (Key::PageUp, 0),
    ] {
        harness.key_press(key);
        harness.run();
        assert_eq!(slide(&harness), expected, "{key:?}");
    }
    harness.key_press(Key::End);
    harness.run();
    let last = slide(&harness);
    assert!(last >= 3);
    assert_eq!(
        count(&harness),
        first_count,
        "the count did not change on the way"
    );
    let shown = harness.state().present.as_ref().unwrap().shown.unwrap().0;
    assert_eq!(
        (shown.kind, shown.page + 1),
        (SlideKind::Creators, shown.pages),
        "End shows the last page of the creators"
    );
    harness.get_by_label_contains("· Creators (");
    // Edits cannot happen: Ctrl+Z does nothing while presenting.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().status, "");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().present.is_none(), "Esc leaves");
    harness.get_by_label("File");
}

#[test]
fn fees_and_private_details_stay_hidden_until_switched_on() {
    let mut app = example_app();
    app.present = Some(Presentation::new(Some(spring(&app))));
    let mut harness = big(app, false);
    harness.run();
    harness.get_by_label_contains("hidden");
    harness.get_by_label("Budget: 100 % of the cap planned · 47 % committed · 23 % paid");
    assert!(
        harness.query_all_by_label_contains("EUR").next().is_none(),
        "no amounts"
    );
    let decisions: Vec<String> = harness
        .query_all_by_label_contains("▲")
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert!(
        !decisions.is_empty()
            && decisions
                .iter()
                .all(|d| !d.contains("over-cap") && !d.contains(" EUR")),
        "{decisions:?}"
    );
    // The painted slides have names a screen reader says, with amounts only when shown.
    page_down_to(&mut harness, SlideKind::Timeline);
    let named: Vec<String> = harness
        .query_all_by_label_contains("Timeline: deliverables 1 to ")
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert!(
        !named.is_empty()
            && named
                .iter()
                .all(|l| l.contains(" of 23, ") && l.ends_with("flagged")),
        "{named:?}"
    );
    page_down_to(&mut harness, SlideKind::Budget);
    harness.get_by_label("Budget: the plan is 100.4 % of the cap");
    harness.key_press(Key::Home);
    harness.run();
    harness.get_by_label("Show them (internal meeting)").click();
    harness.run();
    harness.get_by_label_contains("Budget: 68,289.70 planned of a 68,000.00 EUR cap");
    // The creators' cards show their fees only now.
    page_down_to(&mut harness, SlideKind::Creators);
    assert!(
        harness
            .query_all_by_label_contains("Fees: ")
            .next()
            .is_some()
    );
    harness.get_by_label("Hide them").click();
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("Fees: ")
            .next()
            .is_none()
    );
    assert!(
        harness.query_all_by_label_contains("@").all(|n| !n
            .accesskit_node()
            .label()
            .unwrap_or_default()
            .contains('.')
            || n.accesskit_node()
                .label()
                .unwrap_or_default()
                .starts_with('@')),
        "no email addresses"
    );
}

#[test]
fn on_a_laptop_every_decision_is_shown_whole_on_the_slides_after_the_overview() {
    let app = example_app();
    let messages: Vec<String> = {
        let o = rapport_core::model::overview(
            &app.doc.project,
            None,
            &rapport_core::checks::run(&app.doc.project, today()),
            &rapport_core::share::hidden_unless(false),
        );
        o.decisions.iter().map(|d| d.message.en()).collect()
    };
    assert_eq!(messages.len(), 4);
    let mut app = app;
    app.present = Some(Presentation::new(None));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_context_setup(fonts)
        .build_ui_state(|ui, app: &mut RapportApp| app.frame_ui(ui), app);
    harness.run();
    harness.get_by_label("Needs a decision (4): on the next slide");
    let mut seen = Vec::new();
    loop {
        harness.key_press(Key::PageDown);
        harness.run();
        let shown = harness.state().present.as_ref().unwrap().shown.unwrap().0;
        if shown.kind != SlideKind::Decisions {
            break;
        }
        for m in &messages {
            if harness.query_by_label_contains(m).is_some() && !seen.contains(m) {
                seen.push(m.clone());
            }
        }
    }
    assert_eq!(
        seen.len(),
        messages.len(),
        "every decision in full: {seen:?}"
    );
}

#[test]
fn snapshots_of_every_slide_at_1920_by_1080() {
    slides_in("en", "");
}

#[test]
fn snapshots_of_every_slide_in_chinese() {
    slides_in("zh-CN", "_zh");
}

/// Snapshots of every slide with the interface in `lang`, named `present_KIND{suffix}`.
fn slides_in(lang: &str, suffix: &str) {
    let mut app = example_app();
    app.prefs.lang = Some(lang.to_string());
    let spring = spring(&app);
    app.present = Some(Presentation::new(Some(spring)));
    let mut harness = big(app, true);
    harness.run();
    let mut seen = Vec::new();
    loop {
        let (slide, kind) = {
            let p = harness.state().present.as_ref().unwrap();
            (p.slide, p.shown.unwrap().0)
        };
        if !seen.contains(&kind.kind) {
            seen.push(kind.kind);
            super::snapshot(
                &mut harness,
                &format!(
                    "present_{}{suffix}",
                    kind.kind.label().to_lowercase().replace(' ', "_")
                ),
            );
        }
        harness.key_press(Key::PageDown);
        harness.run();
        if harness.state().present.as_ref().unwrap().slide == slide {
            break;
        }
    }
    assert_eq!(
        seen,
        vec![
            SlideKind::Overview,
            SlideKind::Decisions,
            SlideKind::Timeline,
            SlideKind::Budget,
            SlideKind::Results,
            SlideKind::Creators
        ]
    );
    let _ = today();
}

#[test]
fn export_costs_and_the_calendar_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = super::harness(example_app());
    harness.run();
    for (item, name) in [
        ("Export costs as CSV…", "costs.csv"),
        ("Export calendar (.ics)…", "plan.ics"),
    ] {
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label(item).click();
        harness.run();
        let path = dir.path().join(name);
        super::retype(&mut harness, "Path of the file:", path.to_str().unwrap());
        assert!(path.exists(), "{item}: {}", harness.state().status);
    }
    assert!(
        dir.path().join("costs changes.csv").exists(),
        "the recorded changes beside the costs"
    );
    assert!(
        harness
            .state()
            .status
            .starts_with("Exported the deliverables' dates to")
    );
    let ics = std::fs::read_to_string(dir.path().join("plan.ics")).unwrap();
    assert!(ics.contains("UID:dlv-"));
}
