//! One picture per panel, rendered with the wgpu software adapter and compared with the
//! checked-in image in tests/snapshots/.

use super::{example_app, rendering_harness};
// Every panel and view is pictured in English and in Chinese (`NAME_zh.png`).
use egui_kittest::kittest::Queryable;
use rapport::ui::PanelKind;

/// The example app in a language (`en` or `zh-CN`).
fn app_in(lang: &str) -> rapport::ui::RapportApp {
    let mut app = example_app();
    app.prefs.lang = Some(lang.to_string());
    app
}

/// The snapshot's name: `name`, or `name_zh` in Chinese.
fn named(name: &str, lang: &str) -> String {
    if lang == "zh-CN" {
        format!("{name}_zh")
    } else {
        name.to_string()
    }
}

fn snapshot_of(panel: PanelKind, name: &str, lang: &str) {
    let mut app = app_in(lang);
    app.panel = panel;
    if panel == PanelKind::Influencers {
        let id = app
            .doc
            .project
            .influencers
            .iter()
            // Алина Морозова: a Cyrillic name with several findings, among names in other scripts.
            .find(|i| i.name.starts_with('А'))
            .map(|i| i.id.clone());
        if let Some(id) = id {
            app.influencers.select(id);
        }
    }
    if panel == PanelKind::Timeline {
        // Show the editor of the deliverable with the worst finding.
        let worst = app
            .findings()
            .first()
            .and_then(|f| f.subject.first().map(|id| id.cast()));
        if let Some(id) = worst {
            app.timeline.select(id);
        }
    }
    if panel == PanelKind::Budget {
        let changed = app
            .doc
            .project
            .cost_lines
            .iter()
            .find(|l| !l.changes.is_empty())
            .map(|l| l.id.clone());
        if let Some(id) = changed {
            app.budget.select(id);
        }
    }
    let mut harness = rendering_harness(app);
    harness.run();
    super::snapshot(&mut harness, &named(name, lang));
}

#[test]
fn influencers_panel() {
    snapshot_of(PanelKind::Influencers, "influencers", "en");
}

#[test]
fn influencers_panel_zh() {
    snapshot_of(PanelKind::Influencers, "influencers", "zh-CN");
}

#[test]
fn timeline_panel() {
    snapshot_of(PanelKind::Timeline, "timeline", "en");
}

#[test]
fn timeline_panel_zh() {
    snapshot_of(PanelKind::Timeline, "timeline", "zh-CN");
}

#[test]
fn budget_panel() {
    snapshot_of(PanelKind::Budget, "budget", "en");
}

#[test]
fn budget_panel_zh() {
    snapshot_of(PanelKind::Budget, "budget", "zh-CN");
}

fn reconciliation_in(lang: &str) {
    let mut app = app_in(lang);
    app.panel = PanelKind::Budget;
    app.budget.view = rapport::ui::BudgetView::Reconciliation;
    app.budget.campaign_filter = app.doc.project.campaigns.first().map(|c| c.id.clone());
    let mut harness = rendering_harness(app);
    harness.run();
    super::snapshot(&mut harness, &named("reconciliation", lang));
}

#[test]
fn budget_reconciliation() {
    reconciliation_in("en");
}

#[test]
fn budget_reconciliation_zh() {
    reconciliation_in("zh-CN");
}

#[test]
fn budget_reconciliation_of_all_campaigns() {
    budget_view(
        rapport::ui::BudgetView::Reconciliation,
        "reconciliation_all",
        "en",
    );
}

#[test]
fn budget_reconciliation_of_all_campaigns_zh() {
    budget_view(
        rapport::ui::BudgetView::Reconciliation,
        "reconciliation_all",
        "zh-CN",
    );
}

fn budget_view(view: rapport::ui::BudgetView, name: &str, lang: &str) {
    let mut app = app_in(lang);
    app.panel = PanelKind::Budget;
    app.budget.view = view;
    // Think it through shows one campaign's work; "All campaigns" lists them.
    if view == rapport::ui::BudgetView::Checklist {
        app.budget.campaign_filter = app.doc.project.campaigns.first().map(|c| c.id.clone());
    }
    let mut harness = rendering_harness(app);
    harness.run();
    super::snapshot(&mut harness, &named(name, lang));
}

#[test]
fn budget_checklist() {
    budget_view(rapport::ui::BudgetView::Checklist, "checklist", "en");
}

#[test]
fn budget_checklist_zh() {
    budget_view(rapport::ui::BudgetView::Checklist, "checklist", "zh-CN");
}

#[test]
fn budget_payments() {
    budget_view(rapport::ui::BudgetView::Payments, "payments", "en");
}

#[test]
fn budget_payments_zh() {
    budget_view(rapport::ui::BudgetView::Payments, "payments", "zh-CN");
}

#[test]
fn results_panel() {
    results_in("en");
}

#[test]
fn results_panel_zh() {
    results_in("zh-CN");
}

fn results_in(lang: &str) {
    // With the results of Chloé's launch-day reel open beside the tables.
    let mut app = app_in(lang);
    app.panel = PanelKind::Results;
    let reel = app
        .doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == "Launch-day reel")
        .cloned();
    if let Some(d) = reel {
        app.results.entry = Some(rapport::ui::results::ResultEntry::new(&d, app.today));
    }
    let mut harness = rendering_harness(app);
    harness.run_steps(8);
    super::snapshot(&mut harness, &named("results", lang));
}

#[test]
fn file_menu_in_chinese() {
    // The menus and tabs in Simplified Chinese (View ▸ Language), the File menu open.
    let app = app_in("zh-CN");
    let mut harness = rendering_harness(app);
    harness.run_steps(4);
    harness.get_by_label("文件").click();
    harness.run_steps(4);
    super::snapshot(&mut harness, "menu_zh");
}
