//! The Influencers panel through its widgets: filtering and sorting the roster, logging a
//! contact, deleting someone who is in a campaign, importing a spreadsheet, and names in
//! every script.

use super::{example_app, harness};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn filter_and_sort_the_roster() {
    let mut harness = harness(example_app());
    harness.run();
    let total = harness.state().doc.project.influencers.len();
    // Sort by followers, largest first: click the header twice.
    harness.get_by_label("Followers").click();
    harness.run();
    harness.get_by_label("⏶ Followers").click();
    harness.run();
    let view_rows = |h: &egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        let app = h.state();
        super::with_view(app, |view| app.influencers.visible_rows(view))
            .into_iter()
            .map(|i| app.doc.project.influencers[i].clone())
            .collect::<Vec<_>>()
    };
    let rows = view_rows(&harness);
    assert_eq!(rows.len(), total);
    assert!(
        rows.windows(2)
            .all(|w| w[0].total_followers() >= w[1].total_followers()),
        "largest first"
    );

    // Only those with findings, then only mega accounts among them.
    harness.get_by_label("Has findings").click();
    harness.run();
    let flagged = view_rows(&harness);
    assert!(!flagged.is_empty() && flagged.len() < total);
    harness.state_mut().influencers.filter.tier = Some(rapport_core::model::Tier::Mega);
    harness.run();
    for i in view_rows(&harness) {
        assert!(
            i.total_followers() > 1_000_000,
            "{} has {}",
            i.name,
            i.total_followers()
        );
    }
    // The search box finds names in any script.
    harness.state_mut().influencers.filter = Default::default();
    harness.get_by_label("Search:").click();
    harness.get_by_label("Search:").type_text("морозова");
    harness.run();
    let found = view_rows(&harness);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Алина Морозова");
    // Her profile is open; a filter that hides her closes it.
    let alina = found[0].id.clone();
    harness.state_mut().influencers.selected = Some(alina);
    harness.run();
    harness.state_mut().influencers.filter.tier = Some(rapport_core::model::Tier::Mega);
    harness.run();
    assert_eq!(harness.state().influencers.selected, None, "hidden, closed");
    // "Clear filters" clears the search too: everyone is back.
    harness.get_by_label("Clear filters").click();
    harness.run();
    assert_eq!(harness.state().influencers.filter.search, "");
    assert_eq!(view_rows(&harness).len(), total);
}

#[test]
fn logging_a_contact_clears_no_recent_contact_and_undo_brings_it_back() {
    let mut harness = harness(example_app());
    harness.run();
    let stale = |h: &mut egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state_mut()
            .findings()
            .iter()
            .filter(|f| f.code == rapport_core::checks::Code::NoRecentContact)
            .map(|f| f.subject[0].cast::<rapport_core::model::id::kind::Influencer>())
            .collect::<Vec<_>>()
    };
    let neglected = stale(&mut harness);
    assert_eq!(
        neglected.len(),
        1,
        "the example has one neglected ambassador"
    );
    let id = neglected[0].clone();
    let name = harness
        .state()
        .doc
        .project
        .influencer(&id)
        .map(|i| i.name.clone())
        .expect("influencer");
    harness
        .get_all_by_label(&name)
        .next()
        .expect("roster row")
        .click();
    harness.run();
    // Two clicks: "Log contact", then "Add to log".
    harness.get_by_label_contains("Log contact").click();
    harness.run();
    harness.get_by_label("Add to log").click();
    harness.run();
    assert!(
        stale(&mut harness).is_empty(),
        "logging a contact today clears the finding"
    );
    let logged = harness
        .state()
        .doc
        .project
        .influencer(&id)
        .and_then(|i| i.last_contact());
    assert_eq!(logged, Some(super::today()));
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Log contact")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(stale(&mut harness), vec![id]);
}

#[test]
fn deleting_someone_in_a_campaign_asks_and_says_what_goes() {
    let mut harness = harness(example_app());
    harness.run();
    let first = harness.state().doc.project.influencers[0].clone();
    let their_deliverables = harness
        .state()
        .doc
        .project
        .deliverables
        .iter()
        .filter(|d| d.influencer == first.id)
        .count();
    assert!(their_deliverables > 0);
    harness
        .get_all_by_label(&first.name)
        .next()
        .expect("row")
        .click();
    harness.run();
    harness.get_by_label_contains("Delete").click();
    harness.run();
    assert_eq!(
        harness.state().influencers.confirm_delete.as_ref(),
        Some(&first.id)
    );
    assert!(
        harness
            .query_by_label_contains(&format!("their {their_deliverables} deliverable"))
            .is_some()
    );
    harness.get_by_label("Delete").click();
    harness.run();
    assert!(harness.state().doc.project.influencer(&first.id).is_none());
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .deliverables
            .iter()
            .filter(|d| d.influencer == first.id)
            .count(),
        0
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().doc.project.influencer(&first.id).is_some());
    assert_eq!(
        harness
            .state()
            .doc
            .project
            .deliverables
            .iter()
            .filter(|d| d.influencer == first.id)
            .count(),
        their_deliverables
    );
}

#[test]
fn import_a_spreadsheet_preview_then_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp");
    let csv = dir.path().join("roster.csv");
    std::fs::write(
        &csv,
        "\u{feff}Name;Instagram handle;Followers;ER;Country\r\nMina Park;@mina.park;48.5K;3.2%;KR\r\nОлег Ли;oleg_li;1.2M;N/A;KZ\r\nAna Luísa Lima;@ANA.LIMA;200k;4.1%;BR\r\n",
    )
    .expect("write");
    let mut harness = harness(example_app());
    harness.run();
    let before = harness.state().doc.project.influencers.len();
    harness
        .state_mut()
        .load_import(&csv, rapport::ui::ImportKind::Influencers);
    harness.run();
    let Some(rapport::ui::Importing::Influencers(import)) = harness.state().import.as_ref() else {
        panic!("the influencers import dialog is open");
    };
    assert_eq!(import.table.rows.len(), 3);
    assert!(
        harness
            .query_by_label_contains("semicolon separated")
            .is_some()
    );
    harness.get_by_label("Import 3 rows").click();
    harness.run();
    let project = &harness.state().doc.project;
    assert_eq!(
        project.influencers.len(),
        before + 2,
        "two added; Ana (same handle) updated"
    );
    let mina = project
        .influencers
        .iter()
        .find(|i| i.name == "Mina Park")
        .expect("added");
    assert_eq!(mina.handles[0].followers, 48_500);
    assert_eq!(mina.engagement_rate, Some(3.2));
    let ana = project
        .influencers
        .iter()
        .find(|i| i.handles.iter().any(|h| h.handle == "ana.lima"))
        .expect("kept");
    assert_eq!(ana.handles[0].followers, 200_000);
    assert!(!ana.contacts.is_empty(), "her history is kept");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().import.is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project.influencers.len(),
        before,
        "one undo step takes the import back"
    );
}

#[test]
fn names_in_every_script_render_with_the_bundled_fonts_alone() {
    // No system fonts: only egui's own and the bundled fallbacks. The harness fails on any
    // glyph no font has, so this shows every script below renders as text, not boxes.
    let names = [
        "林小雨",
        "佐藤 美咲",
        "김서연",
        "ليلى منصور",
        "Алина Морозова",
        "שירה כהן",
        "Zoë Søren Łucja Nguyễn",
        "Mia Hoffmann 🌿",
        "Ana 💄✨",
        // Emoji newer than egui's own font (Unicode 11 to 14).
        "Glow Lab 🧴",
        "Priya 🫶 🪩 🫧",
    ];
    let mut harness = egui_kittest::Harness::builder()
        .with_context_setup(rapport::ui::install_fonts)
        .build_ui(move |ui| {
            for name in names {
                ui.label(name);
            }
        });
    harness.run();
    for name in names {
        assert!(harness.query_by_label(name).is_some(), "{name}");
    }
}

#[test]
fn the_arrow_keys_choose_a_row_and_open_its_profile() {
    let mut harness = harness(example_app());
    harness.run();
    let rows = {
        let app = harness.state();
        super::with_view(app, |view| app.influencers.visible_rows(view))
            .into_iter()
            .map(|i| app.doc.project.influencers[i].id.clone())
            .collect::<Vec<_>>()
    };
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().influencers.selected.as_ref(),
        Some(&rows[0])
    );
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().influencers.selected.as_ref(),
        Some(&rows[1])
    );
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(harness.state().influencers.selected.as_ref(), rows.last());
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(
        harness.state().influencers.selected.as_ref(),
        rows.get(rows.len() - 2)
    );
    // The profile beside it is the chosen one's.
    let name = harness
        .state()
        .doc
        .project
        .influencer(&rows[rows.len() - 2])
        .map(|i| i.name.clone())
        .unwrap();
    assert!(
        harness.query_all_by_label(&name).count() >= 2,
        "row and profile"
    );
}

#[test]
fn followers_are_written_short_or_exact_as_the_column_is_set() {
    let mut harness = harness(example_app());
    harness.run();
    let ana = harness
        .state()
        .doc
        .project
        .influencers
        .iter()
        .find(|i| i.name == "Ana Luísa Lima")
        .map(|i| i.total_followers())
        .unwrap();
    let short = rapport::ui::short_count(ana);
    let exact = rapport::ui::grouped_count(ana);
    harness.get_by_label(&short);
    harness.get_by_label("Followers").click_secondary();
    harness.run();
    harness.get_by_label("Exact (1,800,000)").click();
    harness.run();
    assert!(harness.state().influencers.exact_counts);
    harness.get_by_label(&exact);
    assert!(harness.query_by_label(&short).is_none());
}
