//! Side panels never draw over each other: with the Findings list open beside an editor,
//! at laptop and desktop sizes, what a view lays out stays beside the editor, measured on
//! the widgets' rectangles.

use super::example_app;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rapport::ui::{PanelKind, RapportApp};

type H = Harness<'static, RapportApp>;

fn sized(app: RapportApp, width: f32, height: f32) -> H {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .with_context_setup(super::fonts)
        .build_ui_state(|ui, app: &mut RapportApp| app.frame_ui(ui), app);
    harness.run();
    harness
}

/// Every text on screen with its rectangle.
fn texts(harness: &H) -> Vec<(String, egui::Rect)> {
    harness
        .query_all_by(|node| node.role() == egui::accesskit::Role::Label)
        .filter_map(|node| {
            // egui gives a label's text as its value.
            let label = node.accesskit_node().value()?;
            Some((label, node.rect()))
        })
        .collect()
}

#[test]
fn the_reconciliation_stays_left_of_the_cost_line_editor_with_the_findings_open() {
    for (width, height) in [(1366.0, 768.0), (1600.0, 1000.0), (1920.0, 1080.0)] {
        let mut app = example_app();
        app.panel = PanelKind::Budget;
        app.show_findings = true;
        app.budget.view = rapport::ui::BudgetView::Reconciliation;
        let line = app
            .doc
            .project
            .cost_lines
            .iter()
            .find(|l| l.description.starts_with("林小雨: Bilibili"))
            .map(|l| l.id.clone())
            .unwrap();
        app.budget.selected = Some(line);
        app.budget.campaign_filter = Some(app.doc.project.campaigns[0].id.clone());
        let harness = sized(app, width, height);
        let editor = harness.get_by_label("Cost line").rect();
        let findings = harness.get_by_label("Findings").rect();
        assert!(
            editor.right() <= findings.left(),
            "{width}: {editor:?} {findings:?}"
        );
        let texts = texts(&harness);
        // The steps' amounts are on screen, and so are the editor's fields.
        assert!(texts.iter().any(|(t, _)| t == "+3,000.00"), "{width}");
        assert!(texts.iter().any(|(t, _)| t == "Amount (EUR)"), "{width}");
        for (text, rect) in &texts {
            let beside = rect.bottom() > editor.top() && rect.top() < height - 30.0;
            if beside && rect.left() < editor.left() {
                assert!(
                    rect.right() <= editor.left() + 0.5,
                    "{width}×{height}: \"{text}\" {rect:?} runs into the editor at {}",
                    editor.left()
                );
            }
            if beside && rect.left() >= editor.left() && rect.left() < findings.left() {
                assert!(
                    rect.right() <= findings.left() + 0.5,
                    "{width}×{height}: \"{text}\" {rect:?} runs into the findings at {}",
                    findings.left()
                );
            }
        }
    }
}

#[test]
fn the_deliverable_editor_keeps_its_findings_clear_of_its_fields() {
    for (width, height) in [(1366.0, 768.0), (1600.0, 1000.0), (1920.0, 1080.0)] {
        let mut app = example_app();
        app.panel = PanelKind::Timeline;
        app.show_findings = true;
        app.timeline.show_table = true;
        let d = app
            .doc
            .project
            .deliverables
            .iter()
            .find(|d| d.title == "Stories: my festival kit")
            .map(|d| d.id.clone())
            .unwrap();
        app.timeline.select(d);
        let harness = sized(app, width, height);
        let fields: Vec<egui::Rect> = ["Type", "Platform", "Compensation"]
            .into_iter()
            .flat_map(|name| harness.query_all_by_label(name).map(|n| n.rect()))
            .collect();
        assert!(fields.len() >= 3, "{width}: {fields:?}");
        let fixes: Vec<(String, egui::Rect)> = texts(&harness)
            .into_iter()
            .filter(|(t, _)| t.starts_with("Fix: "))
            .collect();
        assert!(!fixes.is_empty(), "{width}: the editor lists its findings");
        // Every field fits beside the findings, the last date too (none scrolls out of view).
        let left_of_findings = fixes.iter().map(|(_, r)| r.left()).fold(f32::MAX, f32::min);
        let publish = harness.get_by_label("Publish: calendar").rect();
        assert!(publish.right() < left_of_findings, "{width}: {publish:?}");
        for field in &fields {
            for (fix, rect) in &fixes {
                assert!(
                    !field.intersects(*rect),
                    "{width}×{height}: \"{fix}\" {rect:?} over a field at {field:?}"
                );
            }
        }
    }
}

#[test]
fn all_campaigns_lists_every_campaign_at_laptop_size_with_the_findings_open() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    app.show_findings = true;
    app.budget.view = rapport::ui::BudgetView::Reconciliation;
    let names: Vec<String> = app
        .doc
        .project
        .campaigns
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let harness = sized(app, 1366.0, 768.0);
    let findings = harness.get_by_label("Findings").rect();
    for name in names {
        let open = harness.get_by_label(&format!("Open {name}")).rect();
        assert!(open.right() <= findings.left(), "{name}: {open:?}");
    }
}

#[test]
fn the_campaigns_cap_bars_line_up_under_each_other() {
    for width in [1366.0, 1920.0] {
        let mut app = example_app();
        app.panel = PanelKind::Budget;
        let harness = sized(app, width, 900.0);
        let bars: Vec<egui::Rect> = harness
            .query_all_by(|n| n.role() == egui::accesskit::Role::ProgressIndicator)
            .map(|n| n.rect())
            .collect();
        assert_eq!(bars.len(), 2, "{width}: a bar per campaign");
        assert!(
            (bars[0].left() - bars[1].left()).abs() < 0.5,
            "{width}: {bars:?}"
        );
    }
}
