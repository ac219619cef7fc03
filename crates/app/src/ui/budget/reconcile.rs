//! The Budget panel's reconciliation: for one campaign, baseline → each change (grouped by
//! reason) → current plan, as a table (by category or by influencer) and as a waterfall;
//! committed, invoiced, paid and remaining against the cap as a bar; and every line where
//! baseline + recorded changes ≠ the plan, with "Record the difference as a change".

use super::reconcile_charts::{cap_ui, steps_ui, waterfall_ui};
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use rapport_core::model::{
    Amounts, CampaignBudget, CampaignId, ChangeNote, CostLineId, Money, budget_report,
    changes_by_reason, expected_amount, record_difference,
};
use std::collections::BTreeMap;

rapport_core::labelled_enum! {
    /// What the reconciliation table is grouped by.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum GroupBy {
        /// Cost category.
        #[default]
        Category => "Category",
        /// Influencer.
        Influencer => "Influencer",
    }
}

/// The reconciliation view's state.
#[derive(Debug, Default)]
pub struct ReconcileView {
    /// Grouping of the table.
    pub group_by: GroupBy,
    /// Reasons typed for recording differences, per line.
    pub reasons: BTreeMap<CostLineId, String>,
    reconciled: Memo<(u64, CampaignId), Option<Reconciled>>,
}

/// One campaign's reconciliation, computed once per project version.
#[derive(Debug)]
struct Reconciled {
    budget: CampaignBudget,
    /// The recorded changes summed per reason: the waterfall's steps.
    steps: BTreeMap<String, Money>,
}

impl ReconcileView {
    /// Draws the reconciliation of `campaign` (or the first campaign).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        campaign: Option<&CampaignId>,
        edits: &mut EditQueue,
    ) {
        let project = view.project;
        let Some(campaign) = campaign.or_else(|| project.campaigns.first().map(|c| &c.id)) else {
            ui.label(RichText::new("No campaign yet.").weak());
            return;
        };
        let key = (view.revision, campaign.clone());
        let Some(Reconciled { budget, steps }) = self.reconciled.get(key, || {
            budget_report(project, Some(campaign))
                .into_iter()
                .next()
                .map(|budget| Reconciled {
                    steps: changes_by_reason(project, &budget.id),
                    budget,
                })
        }) else {
            return;
        };
        let currency = &project.info.currency;
        let t = budget.total;
        ui.horizontal_wrapped(|ui| {
            ui.heading(&budget.name);
            ui.label(format!(
                "baseline {} + changes {} = {} · plan {} {currency}",
                t.baseline.grouped(),
                t.changes.grouped(),
                t.expected().grouped(),
                t.current.grouped()
            ));
            if t.expected() != t.current {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("{} not recorded", (t.current - t.expected()).grouped()),
                );
            }
        });
        ui.columns(2, |cols| {
            waterfall_ui(&mut cols[0], steps, budget);
            cap_ui(&mut cols[1], budget, currency);
            steps_ui(&mut cols[1], steps, budget);
        });
        ui.horizontal(|ui| {
            ui.label("Group by");
            for &group in GroupBy::ALL {
                ui.selectable_value(&mut self.group_by, group, group.label());
            }
        });
        // Borrowed from the cached report: nothing is copied per frame.
        let rows: Vec<(&str, &Amounts)> = match self.group_by {
            GroupBy::Category => budget
                .by_category
                .iter()
                .map(|(c, a)| (c.label(), a))
                .collect(),
            GroupBy::Influencer => budget
                .by_influencer
                .iter()
                .map(|(_, name, a)| (name.as_str(), a))
                .collect(),
        };
        unreconciled_ui(ui, view, budget, &mut self.reasons, edits);
        table_ui(ui, &rows, &t);
    }
}

/// Every line where baseline + recorded changes ≠ the plan, with a reason field and
/// "Record the difference as a change".
fn unreconciled_ui(
    ui: &mut egui::Ui,
    view: View<'_>,
    budget: &CampaignBudget,
    reasons: &mut BTreeMap<CostLineId, String>,
    edits: &mut EditQueue,
) {
    if budget.unreconciled.is_empty() {
        ui.label(
            RichText::new("Every line reconciles: baseline + recorded changes = plan.").weak(),
        );
        return;
    }
    ui.label(
        RichText::new("Lines that do not reconcile (edited by hand or in another copy)").strong(),
    );
    let mut row = |ui: &mut egui::Ui, id: &CostLineId| {
        let Some(line) = view.index.cost_line(view.project, id) else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "{} {}: baseline + changes = {}, the line says {}",
                line.category.label(),
                line.description,
                expected_amount(line).grouped(),
                line.planned().grouped()
            ));
            let reason = reasons.entry(id.clone()).or_default();
            let label = ui.label("Reason");
            ui.add(
                egui::TextEdit::singleline(reason)
                    .hint_text("why it changed")
                    .desired_width(180.0),
            )
            .labelled_by(label.id);
            if ui.button("Record the difference as a change").clicked() {
                let note = ChangeNote {
                    reason: reason.clone(),
                    told: false,
                };
                edits.push(
                    "Record the difference",
                    record_difference(line, &note, view.today),
                );
                reasons.remove(id);
            }
        });
    };
    let lines = &budget.unreconciled;
    if lines.len() <= LISTED_IN_FULL {
        for id in lines {
            row(ui, id);
        }
        return;
    }
    // A long list scrolls, and only the rows in view are drawn.
    egui::ScrollArea::vertical()
        .id_salt("unreconciled_lines")
        .max_height(LISTED_IN_FULL as f32 * 30.0)
        .auto_shrink([false, true])
        .show_rows(ui, 26.0, lines.len(), |ui, range| {
            for id in lines.get(range).unwrap_or_default() {
                row(ui, id);
            }
        });
}

/// How many unreconciled lines are listed without a scroll bar.
const LISTED_IN_FULL: usize = 6;

fn table_ui(ui: &mut egui::Ui, rows: &[(&str, &Amounts)], total: &Amounts) {
    const COLUMNS: [&str; 7] = [
        "",
        "Baseline",
        "Changes",
        "Plan",
        "Committed",
        "Invoiced",
        "Paid",
    ];
    let cells = |a: &Amounts| {
        [
            a.baseline,
            a.changes,
            a.current,
            a.committed,
            a.invoiced,
            a.paid,
        ]
    };
    // No scroll area of its own: the view around it scrolls, so no row is hidden above the
    // first one shown.
    TableBuilder::new(ui)
        .id_salt("reconciliation")
        .vscroll(false)
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(200.0).clip(true))
        .columns(Column::initial(100.0), 6)
        .header(22.0, |mut header| {
            for (n, title) in COLUMNS.into_iter().enumerate() {
                header.col(|ui| {
                    if n == 0 {
                        ui.strong(title);
                    } else {
                        crate::ui::kit::widgets::heading_right_ui(ui, title);
                    }
                });
            }
        })
        .body(|body| {
            // Only the rows in view are laid out: there may be hundreds of influencers.
            body.rows(22.0, rows.len() + 1, |mut row| {
                let (name, amounts) = rows.get(row.index()).copied().unwrap_or(("Total", total));
                {
                    row.col(|ui| {
                        ui.label(if name == "Total" {
                            RichText::new(name).strong()
                        } else {
                            RichText::new(name)
                        });
                    });
                    for money in cells(amounts) {
                        row.col(|ui| {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.label(RichText::new(money.grouped()).monospace());
                                },
                            );
                        });
                    }
                }
            });
        });
}
