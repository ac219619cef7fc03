//! One frame of every panel and view on projects no file should hold but memory can:
//! dates at the ends of the calendar, amounts at the limit of the arithmetic, a crowd of
//! deliverables on one day. None of them may panic (the Timeline once did).

use super::{harness, today};
use crate::support::hostile::on_days as project_on;
use chrono::NaiveDate;
use rapport::ui::{BudgetView, CompareView, PanelKind, RapportApp, Recipient};
use rapport_core::document::Document;
use rapport_core::model::Project;

fn app_with(project: Project) -> RapportApp {
    let mut doc = Document::new();
    doc.project = std::sync::Arc::new(project);
    let mut app = RapportApp::new(Document::new(), today());
    app.set_document(doc);
    app.native_dialogs = false;
    app
}

/// One frame of every panel (with a record selected: profile, deliverable and cost line
/// editors), both timeline views, and every budget view.
fn every_view(project: Project) {
    let first_influencer = project.influencers.first().map(|i| i.id.clone());
    let first_deliverable = project.deliverables.first().map(|d| d.id.clone());
    let first_line = project.cost_lines.first().map(|l| l.id.clone());
    let mut harness = harness(app_with(project));
    for panel in PanelKind::ALL {
        harness.state_mut().panel = *panel;
        harness.run();
    }
    if let Some(id) = first_influencer {
        harness.state_mut().panel = PanelKind::Influencers;
        harness.state_mut().influencers.select(id);
        harness.run();
    }
    if let Some(id) = first_deliverable {
        harness.state_mut().panel = PanelKind::Timeline;
        harness.state_mut().timeline.select(id);
        harness.run();
    }
    if let Some(id) = first_line {
        harness.state_mut().panel = PanelKind::Budget;
        harness.state_mut().budget.select(id);
        harness.run();
    }
    harness.state_mut().panel = PanelKind::Timeline;
    for table in [false, true] {
        harness.state_mut().timeline.show_table = table;
        harness.run();
    }
    // The results chart for every KPI, then the results import dialog on a small export.
    harness.state_mut().panel = PanelKind::Results;
    for kpi in rapport_core::model::Kpi::ALL {
        harness.state_mut().results.chart.kpi = Some(*kpi);
        harness.run();
    }
    let dir = tempfile::tempdir().expect("temp");
    let csv = dir.path().join("results.csv");
    std::fs::write(
        &csv,
        "Creator,Publish time,Views,Gross sales\nAna,2027-04-01,12,9999999999999.99\n,,,\n",
    )
    .expect("write");
    harness
        .state_mut()
        .load_import(&csv, rapport::ui::ImportKind::Results);
    harness.run();
    harness.state_mut().import = None;
    harness.state_mut().panel = PanelKind::Budget;
    for view in BudgetView::ALL {
        harness.state_mut().budget.view = *view;
        harness.run();
    }
    // The Share dialog for each recipient (its preview counts), then a comparison with an
    // empty copy (everything removed) and with a client copy of itself, all records shown.
    for recipient in [Recipient::Team, Recipient::Client, Recipient::Creator] {
        harness.state_mut().open_share(recipient);
        harness.run();
    }
    harness.state_mut().share = None;
    let project = (*harness.state().doc.project).clone();
    let client = rapport_core::share::share_copy(
        &project,
        rapport_core::share::ShareOptions {
            kind: rapport_core::model::ShareKind::Client,
            amounts: false,
        },
        today(),
        false,
    );
    for theirs in [Project::new(), client.copy] {
        let view = CompareView::new("copy".into(), &project, theirs, Some(project.clone()));
        harness.state_mut().compare = Some(view);
        harness.run();
        if let Some(view) = harness.state_mut().compare.as_mut() {
            view.only_differences = false;
        }
        harness.run();
    }
    harness.state_mut().compare = None;
    // Every slide of the presentation, with confidential details hidden and shown.
    harness.state_mut().present = Some(rapport::ui::Presentation::new(None));
    for confidential in [false, true] {
        harness.state_mut().present.as_mut().unwrap().confidential = confidential;
        for slide in 0..8 {
            harness.state_mut().present.as_mut().unwrap().slide = slide;
            harness.run();
        }
    }
    harness.state_mut().present = None;
}

#[test]
fn the_ends_of_the_calendar_and_of_the_arithmetic_draw_without_a_panic() {
    let near_ends: Vec<NaiveDate> = (0..10)
        .map(|i| NaiveDate::MAX - chrono::Days::new(i))
        .chain((0..10).map(|i| NaiveDate::MIN + chrono::Days::new(i)))
        .collect();
    every_view(project_on(&near_ends));
    every_view(project_on(&[NaiveDate::MIN]));
    every_view(project_on(&[NaiveDate::MAX]));
}

#[test]
fn a_thousand_deliverables_on_one_day_draw_in_every_view() {
    let day = NaiveDate::from_ymd_opt(2027, 4, 1).unwrap_or(NaiveDate::MIN);
    every_view(project_on(&vec![day; 1_000]));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(8))]

    /// One frame of every view on generated hostile projects, in bounded time.
    #[test]
    fn every_view_draws_a_generated_hostile_project(knobs in crate::support::hostile::knobs()) {
        let start = std::time::Instant::now();
        every_view(crate::support::hostile::project(&knobs));
        proptest::prop_assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "{:?}",
            start.elapsed()
        );
    }
}
