//! The Budget panel's views: the "think it through" checklist, payments, and the cost
//! lines table's filters.

use super::{example_app, harness, retype, today};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use rapport::ui::CostTable;
use rapport::ui::PanelKind;
use rapport_core::checks::Code;
use rapport_core::model::{CostCategory, CostLineId, CostStatus, InfluencerId};

type H = egui_kittest::Harness<'static, rapport::ui::RapportApp>;

fn budget_harness() -> H {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    let mut harness = harness(app);
    harness.run();
    harness
}

/// With all campaigns chosen, a view that works on one lists them: opens the first.
pub fn open_first_campaign(harness: &mut H) {
    let name = harness.state().doc.project.campaigns[0].name.clone();
    harness.get_by_label(&format!("Open {name}")).click();
    harness.run();
}

fn influencer(harness: &H, name: &str) -> InfluencerId {
    harness
        .state()
        .doc
        .project
        .influencers
        .iter()
        .find(|i| i.name == name)
        .map(|i| i.id.clone())
        .expect("in the example")
}

fn undo(harness: &mut H) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

#[test]
fn the_checklist_adds_a_missing_line_and_marks_another_as_not_needed() {
    let mut harness = budget_harness();
    harness.get_by_label("Think it through").click();
    harness.run();
    open_first_campaign(&mut harness);
    let kofi = influencer(&harness, "Kofi Mensah");
    let before = harness.state().doc.project.clone();
    let usage = |h: &H| {
        h.state()
            .doc
            .project
            .cost_lines
            .iter()
            .filter(|l| {
                l.influencer.as_ref() == Some(&kofi) && l.category == CostCategory::UsageRights
            })
            .map(|l| l.id.clone())
            .collect::<Vec<_>>()
    };
    assert!(usage(&harness).is_empty());
    assert!(
        harness
            .query_by_label("Usage rights for Kofi Mensah: covered")
            .is_none()
    );
    harness
        .get_by_label("Add Usage rights for Kofi Mensah")
        .click();
    harness.run();
    let added = usage(&harness);
    assert_eq!(added.len(), 1, "one usage rights line for Kofi");
    assert_eq!(
        harness.state().budget.selected.as_ref(),
        added.first(),
        "the new line opens in the editor, to fill in its amount"
    );
    harness.run();
    // Added at 0.00, it is not covered until it has an amount.
    assert!(
        harness
            .query_by_label("Usage rights for Kofi Mensah: at 0.00")
            .is_some()
    );
    harness.get_by_label("No Tax for Kofi Mensah").click();
    harness.run();
    let campaign = &harness.state().doc.project.campaigns[0];
    let decided = campaign
        .participant(&kofi)
        .map(|p| p.costs_not_needed.clone());
    assert_eq!(decided, Some(vec![CostCategory::Tax]));
    assert!(
        harness
            .query_by_label("Tax for Kofi Mensah: not needed")
            .is_some()
    );
    // Two undo steps bring back the project exactly as it was.
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(harness.state().doc.project, before);
    assert!(
        harness
            .query_by_label("Add Usage rights for Kofi Mensah")
            .is_some()
    );
}

#[test]
fn paying_an_overdue_invoice_today_clears_the_finding_and_counts_as_paid_late() {
    let mut harness = budget_harness();
    harness.get_by_label("Payments").click();
    harness.run();
    let overdue = |h: &mut H| {
        h.state_mut()
            .findings()
            .iter()
            .filter(|f| f.code == Code::PaymentOverdue)
            .count()
    };
    assert_eq!(overdue(&mut harness), 1);
    assert!(harness.query_by_label_contains("Overdue (1)").is_some());
    assert!(
        harness.query_by_label_contains("Paid late (1)").is_some(),
        "Chloé's usage rights were paid 9 days late"
    );
    assert!(harness.query_by_label("5 days overdue").is_some());
    let line = CostLineId::from("cst-q7svxemk");
    harness
        .get_by_label("Paid today: Inés Muñoz Peña, 1,100.00")
        .click();
    harness.run();
    let paid = harness
        .state()
        .doc
        .project
        .cost_line(&line)
        .cloned()
        .expect("line");
    assert_eq!(
        (paid.status, paid.paid_date),
        (CostStatus::Paid, Some(today()))
    );
    assert_eq!(overdue(&mut harness), 0);
    assert!(harness.query_by_label_contains("Overdue (0)").is_some());
    harness.get_by_label_contains("Paid late (2)").click();
    harness.run();
    assert!(harness.query_by_label("paid 5 days late").is_some());
    undo(&mut harness);
    assert_eq!(overdue(&mut harness), 1);
    assert!(harness.query_by_label_contains("Paid late (1)").is_some());
}

#[test]
fn the_cost_table_filters_by_category_status_and_influencer_and_sorts_by_due_date() {
    let app = example_app();
    let project = &app.doc.project;
    let terms = project.info.settings.payment_terms_days;
    let mut table = CostTable::default();
    let all = table.visible_rows(project, None);
    assert_eq!(all.len(), project.cost_lines.len());
    table.status = Some(CostStatus::Invoiced);
    let invoiced = table.visible_rows(project, None);
    let expected = project
        .cost_lines
        .iter()
        .filter(|l| l.status == CostStatus::Invoiced)
        .count();
    assert!(expected > 1);
    assert_eq!(invoiced.len(), expected);
    // Sorted by due date (column 7): invoice date + terms when the line has no due date.
    table.sort.column = rapport::ui::CostColumn::Due;
    let dues: Vec<_> = table
        .visible_rows(project, None)
        .iter()
        .map(|&i| {
            let line = &project.cost_lines[i];
            rapport_core::model::due_date(line, project.campaign(&line.campaign), terms)
                .map(|d| d.date)
        })
        .collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
    assert_eq!(dues.len(), expected);
    table.status = None;
    table.category = Some(CostCategory::Shipping);
    let ana = project
        .influencers
        .iter()
        .find(|i| i.name == "Ana Luísa Lima")
        .map(|i| i.id.clone());
    table.influencer = ana.clone();
    let rows = table.visible_rows(project, None);
    let expected = project
        .cost_lines
        .iter()
        .filter(|l| l.category == CostCategory::Shipping && l.influencer == ana)
        .count();
    assert!(expected >= 1);
    assert_eq!(rows.len(), expected);
    for &i in &rows {
        let line = &project.cost_lines[i];
        assert_eq!(
            (line.category, line.influencer.clone()),
            (CostCategory::Shipping, ana.clone())
        );
    }
    // With a campaign as well, only that campaign's lines remain.
    let spring = project.campaigns[0].id.clone();
    let in_spring = table.visible_rows(project, Some(&spring));
    assert!(
        in_spring
            .iter()
            .all(|&i| project.cost_lines[i].campaign == spring)
    );
}

#[test]
fn a_line_of_an_approved_budget_is_cancelled_with_a_reason_not_deleted() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    let line = app.doc.project.cost_lines[0].clone();
    assert!(line.baseline.is_some());
    app.budget.select(line.id.clone());
    let mut harness = harness(app);
    harness.run();
    assert!(harness.query_by_label("🗑 Delete cost line").is_none());
    harness.get_by_label("Cancel cost line").click();
    harness.run();
    assert!(harness.state().budget.cost_change.is_some(), "asks why");
    harness
        .get_by_label("Reason")
        .type_text("Campaign cut short");
    harness.run();
    harness.get_by_label("Record the change").click();
    harness.run();
    let saved = harness
        .state()
        .doc
        .project
        .cost_line(&line.id)
        .cloned()
        .expect("kept, not deleted");
    assert_eq!(saved.status, CostStatus::Cancelled);
    let change = saved.changes.last().expect("recorded");
    assert_eq!(
        (change.from, change.to, change.reason.as_str()),
        (
            line.amount,
            rapport_core::model::Money::ZERO,
            "Campaign cut short"
        )
    );
    assert!(rapport_core::model::is_reconciled(&saved));
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Cancel cost line")
    );
    undo(&mut harness);
    assert_eq!(harness.state().doc.project.cost_line(&line.id), Some(&line));
}

#[test]
fn a_recorded_change_can_be_marked_as_told_and_explained_later() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    let count = |h: &mut H, code: Code| {
        h.state_mut()
            .findings()
            .iter()
            .filter(|f| f.code == code)
            .count()
    };
    let untold = app
        .findings()
        .iter()
        .find(|f| f.code == Code::CostChangeNotTold)
        .and_then(|f| f.subject.first())
        .map(|id| id.cast::<rapport_core::model::id::kind::CostLine>())
        .expect("the example has an untold change");
    app.budget.select(untold.clone());
    let mut harness = harness(app);
    harness.run();
    assert_eq!(count(&mut harness, Code::CostChangeNotTold), 1);
    harness.get_by_label("Creator told").click();
    harness.run();
    assert_eq!(count(&mut harness, Code::CostChangeNotTold), 0);
    assert_eq!(
        harness.state().doc.history.undo_label(),
        Some("Mark cost change as told")
    );
    undo(&mut harness);
    assert_eq!(count(&mut harness, Code::CostChangeNotTold), 1);

    // Zoë's fee went from 2,000 to 2,200 and nobody wrote down why.
    let unexplained = harness
        .state_mut()
        .findings()
        .iter()
        .find(|f| f.code == Code::CostChangeUnexplained)
        .and_then(|f| f.subject.first())
        .map(|id| id.cast::<rapport_core::model::id::kind::CostLine>())
        .expect("the example has an unexplained change");
    harness.state_mut().budget.select(unexplained.clone());
    harness.run();
    assert_eq!(count(&mut harness, Code::CostChangeUnexplained), 1);
    retype(
        &mut harness,
        "2027-03-01: 2,000.00 → 2,200.00",
        "Blog review extended to four weeks",
    );
    let reason = harness
        .state()
        .doc
        .project
        .cost_line(&unexplained)
        .and_then(|l| l.changes.first())
        .map(|c| c.reason.clone());
    assert_eq!(
        reason.as_deref(),
        Some("Blog review extended to four weeks")
    );
    assert_eq!(count(&mut harness, Code::CostChangeUnexplained), 0);
}

#[test]
fn the_reconciliation_shows_the_hand_edit_and_records_it() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label("Reconciliation").click();
    harness.run();
    assert_eq!(
        harness.state().budget.view,
        rapport::ui::BudgetView::Reconciliation
    );
    open_first_campaign(&mut harness);
    let unreconciled = |h: &mut egui_kittest::Harness<'_, rapport::ui::RapportApp>| {
        h.state_mut()
            .findings()
            .iter()
            .filter(|f| f.code == Code::Unreconciled)
            .count()
    };
    assert_eq!(unreconciled(&mut harness), 1);
    retype(
        &mut harness,
        "Reason",
        "Spark Ads budget raised on the call",
    );
    harness
        .get_by_label("Record the difference as a change")
        .click();
    harness.run();
    assert_eq!(
        unreconciled(&mut harness),
        0,
        "recorded: baseline + changes = plan again"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(unreconciled(&mut harness), 1);
}

#[test]
fn all_campaigns_in_think_it_through_and_reconciliation_lists_every_campaign_and_opens_one() {
    let mut harness = budget_harness();
    for view in ["Think it through", "Reconciliation"] {
        harness.get_by_label(view).click();
        harness.run();
        assert_eq!(harness.state().budget.campaign_filter, None);
        // A row per campaign, never the first one alone.
        let names: Vec<String> = harness
            .state()
            .doc
            .project
            .campaigns
            .iter()
            .map(|c| c.name.clone())
            .collect();
        assert_eq!(names.len(), 2);
        for name in &names {
            harness.get_by_label(&format!("Open {name}"));
        }
        let second = harness.state().doc.project.campaigns[1].id.clone();
        harness.get_by_label(&format!("Open {}", names[1])).click();
        harness.run();
        assert_eq!(harness.state().budget.campaign_filter, Some(second));
        harness.state_mut().budget.campaign_filter = None;
        harness.run();
    }
}

#[test]
fn adding_a_fee_for_someone_with_no_deliverables_asks_first() {
    let mut app = example_app();
    app.panel = PanelKind::Budget;
    app.budget.view = rapport::ui::BudgetView::Checklist;
    let campaign = app.doc.project.campaigns[0].id.clone();
    app.budget.campaign_filter = Some(campaign.clone());
    // Someone who takes part but has no deliverables here (yet).
    let idle = app
        .doc
        .project
        .influencers
        .iter()
        .find(|i| {
            !app.doc
                .project
                .deliverables
                .iter()
                .any(|d| d.influencer == i.id && d.campaign == campaign)
        })
        .cloned()
        .expect("someone without work in the first campaign");
    std::sync::Arc::make_mut(&mut app.doc.project).campaigns[0]
        .participants
        .push(rapport_core::model::Participant::new(idle.id.clone()));
    let mut harness = harness(app);
    harness.run();
    let fees = |h: &H| {
        h.state()
            .doc
            .project
            .cost_lines
            .iter()
            .filter(|l| {
                l.influencer.as_ref() == Some(&idle.id) && l.category == CostCategory::CreatorFee
            })
            .count()
    };
    let before = fees(&harness);
    let add = format!("Add Creator fee for {}", idle.name);
    harness.get_by_label(&add).click();
    harness.run();
    harness.get_by_label_contains("has no deliverables in");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(fees(&harness), before, "cancelled: nothing added");
    harness.get_by_label(&add).click();
    harness.run();
    harness.get_by_label("Add line").click();
    harness.run();
    assert_eq!(fees(&harness), before + 1);
}

#[test]
fn escape_closes_the_cost_line_editor() {
    let mut harness = budget_harness();
    let line = harness.state().doc.project.cost_lines[0].id.clone();
    harness.state_mut().budget.selected = Some(line);
    harness.run();
    // The editor is open (its heading and its "Cancel cost line").
    harness.get_by_label("Cancel cost line");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().budget.selected, None);
    assert!(harness.query_by_label("Cancel cost line").is_none());
}

#[test]
fn the_grouped_reconciliation_table_puts_each_name_level_with_its_amounts() {
    for width in [1000.0, 1400.0] {
        let mut app = example_app();
        app.panel = PanelKind::Budget;
        app.budget.view = rapport::ui::BudgetView::Reconciliation;
        app.budget.campaign_filter = Some(app.doc.project.campaigns[0].id.clone());
        let mut harness = harness(app);
        // Tall enough for the whole table below the steps.
        harness.set_size(egui::vec2(width, 1600.0));
        harness.run();
        grouped_rows_line_up(&harness);
    }
}

fn grouped_rows_line_up(harness: &H) {
    let name = harness.get_by_label("Travel").rect();
    // Travel's baseline, plan and committed are 1,150.00; the Steps list has none.
    let amounts: Vec<egui::Rect> = harness
        .query_all_by_label("1,150.00")
        .map(|n| n.rect())
        .filter(|r| (r.center().y - name.center().y).abs() < 11.0)
        .collect();
    assert_eq!(amounts.len(), 3, "{name:?}");
    for amount in amounts {
        assert!(
            (amount.center().y - name.center().y).abs() <= 1.0,
            "name {name:?}, amount {amount:?}"
        );
    }
}
