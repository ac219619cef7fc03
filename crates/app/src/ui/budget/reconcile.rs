//! The Budget panel's reconciliation: for one campaign, baseline → each change (grouped by
//! reason) → current plan, as a table (by category or by influencer) and as a waterfall;
//! committed, invoiced, paid and remaining against the cap as a bar; and every line where
//! baseline + recorded changes ≠ the plan, with "Record the difference as a change".

use super::reconcile_charts::{cap_ui, steps_ui, waterfall_ui};
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use rapport_core::model::{
    Amounts, CampaignBudget, CampaignId, ChangeNote, CostLineId, Money, budget_report,
    changes_by_reason, expected_amount, record_difference,
};
use std::borrow::Cow;
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
        let ctx = ui.ctx().clone();
        let lang = crate::ui::kit::lang::get(&ctx);
        let Some(campaign) = campaign.or_else(|| project.campaigns.first().map(|c| &c.id)) else {
            ui.label(RichText::new(tr(&ctx, "bud-no-campaign")).weak());
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
            ui.label(tr_with(
                &ctx,
                "bud-rec-summary",
                &[
                    ("baseline", t.baseline.grouped().into()),
                    ("changes", t.changes.grouped().into()),
                    ("expected", t.expected().grouped().into()),
                    ("plan", t.current.grouped().into()),
                    ("currency", currency.as_str().into()),
                ],
            ));
            if t.expected() != t.current {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    tr_with(
                        &ctx,
                        "bud-rec-not-recorded",
                        &[("amount", (t.current - t.expected()).grouped().into())],
                    ),
                );
            }
        });
        ui.columns(2, |cols| {
            waterfall_ui(&mut cols[0], steps, budget);
            cap_ui(&mut cols[1], budget, currency);
            steps_ui(&mut cols[1], steps, budget);
        });
        ui.horizontal(|ui| {
            ui.label(tr(&ctx, "bud-group-by"));
            for &group in GroupBy::ALL {
                ui.selectable_value(&mut self.group_by, group, group.label_in(lang));
            }
        });
        // Names borrowed from the cached report (only the few category names are written
        // in the frame's language): nothing else is copied per frame.
        let rows: Vec<(Cow<'_, str>, &Amounts)> = match self.group_by {
            GroupBy::Category => budget
                .by_category
                .iter()
                .map(|(c, a)| (Cow::Owned(c.label_in(lang)), a))
                .collect(),
            GroupBy::Influencer => budget
                .by_influencer
                .iter()
                .map(|(_, name, a)| (Cow::Borrowed(name.as_str()), a))
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
    let ctx = ui.ctx().clone();
    let lang = crate::ui::kit::lang::get(&ctx);
    if budget.unreconciled.is_empty() {
        ui.label(RichText::new(tr(&ctx, "bud-rec-all-reconcile")).weak());
        return;
    }
    ui.label(RichText::new(tr(&ctx, "bud-rec-unreconciled")).strong());
    // The words of every row, looked up once.
    let (reason_label, hint, record) = (
        tr(&ctx, "bud-reason"),
        tr(&ctx, "bud-why-hint"),
        tr(&ctx, "bud-rec-record"),
    );
    let mut row = |ui: &mut egui::Ui, id: &CostLineId| {
        let Some(line) = view.index.cost_line(view.project, id) else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(tr_with(
                &ctx,
                "bud-rec-line",
                &[
                    ("category", line.category.label_in(lang).into()),
                    ("description", line.description.as_str().into()),
                    ("expected", expected_amount(line).grouped().into()),
                    ("planned", line.planned().grouped().into()),
                ],
            ));
            let reason = reasons.entry(id.clone()).or_default();
            let label = ui.label(reason_label.as_str());
            ui.add(
                egui::TextEdit::singleline(reason)
                    .hint_text(hint.as_str())
                    .desired_width(180.0),
            )
            .labelled_by(label.id);
            if ui.button(record.as_str()).clicked() {
                let note = ChangeNote {
                    reason: reason.clone(),
                    told: false,
                };
                edits.push(
                    tr(&ctx, "bud-undo-record-difference"),
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

/// The amounts per category or influencer, and their total in the last row.
fn table_ui(ui: &mut egui::Ui, rows: &[(Cow<'_, str>, &Amounts)], total: &Amounts) {
    let ctx = ui.ctx().clone();
    let columns: Vec<String> = std::iter::once(String::new())
        .chain(
            [
                "bud-col-baseline",
                "bud-col-changes",
                "bud-col-plan",
                "bud-col-committed",
                "bud-col-invoiced",
                "bud-col-paid",
            ]
            .into_iter()
            .map(|id| tr(&ctx, id)),
        )
        .collect();
    let total_name = tr(&ctx, "bud-total");
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
            for (n, title) in columns.iter().enumerate() {
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
                let (name, amounts, is_total) = match rows.get(row.index()) {
                    Some((name, amounts)) => (name.as_ref(), *amounts, false),
                    None => (total_name.as_str(), total, true),
                };
                {
                    row.col(|ui| {
                        ui.label(if is_total {
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
