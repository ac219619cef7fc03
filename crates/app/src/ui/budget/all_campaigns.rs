//! "All campaigns" in Think it through and Reconciliation: each works on one campaign, so
//! instead of quietly showing the first, a row per campaign says where it stands and opens
//! it. Computed once per project version.

use crate::ui::budget::cost_table::CostColumn;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use rapport_core::model::{CampaignId, Money, ParticipantChecklist, budget_report, checklist};

/// Which view the rows are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllFor {
    /// Think it through: open items per campaign.
    Checklist,
    /// Reconciliation: baseline, changes, plan and unreconciled lines per campaign.
    Reconciliation,
}

/// One campaign's row.
#[derive(Debug, Clone)]
struct Row {
    id: CampaignId,
    name: String,
    baseline: Money,
    changes: Money,
    plan: Money,
    unreconciled: usize,
    participants: usize,
    open: usize,
}

/// The rows, per project version.
#[derive(Debug, Default)]
pub struct AllCampaigns {
    rows: Memo<u64, Vec<Row>>,
}

impl AllCampaigns {
    /// Draws a row per campaign; returns the campaign asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View<'_>, kind: AllFor) -> Option<CampaignId> {
        let project = view.project;
        let rows = self.rows.get(view.revision, || {
            budget_report(project, None)
                .into_iter()
                .map(|b| {
                    let lists: Vec<ParticipantChecklist> = project
                        .campaign(&b.id)
                        .map(|c| checklist(project, c))
                        .unwrap_or_default();
                    Row {
                        name: b.name.clone(),
                        baseline: b.total.baseline,
                        changes: b.total.changes,
                        plan: b.total.current,
                        unreconciled: b.unreconciled.len(),
                        participants: lists.len(),
                        open: lists.iter().map(ParticipantChecklist::open).sum(),
                        id: b.id,
                    }
                })
                .collect()
        });
        let ctx = ui.ctx().clone();
        if rows.is_empty() {
            ui.label(RichText::new(tr(&ctx, "bud-no-campaign")).weak());
            return None;
        }
        let intro = match kind {
            AllFor::Checklist => "bud-all-checklist-intro",
            AllFor::Reconciliation => "bud-all-reconcile-intro",
        };
        ui.label(tr_with(&ctx, intro, &[("count", rows.len().into())]));
        ui.add_space(6.0);
        let currency = &project.info.currency;
        let mut chosen = None;
        let ids: &[&str] = match kind {
            AllFor::Checklist => &["bud-all-participants", "bud-all-open-items"],
            AllFor::Reconciliation => &[
                "bud-col-baseline",
                "bud-editor-changes",
                "bud-col-plan",
                "bud-all-not-reconciled",
            ],
        };
        let headers: Vec<String> =
            std::iter::once(CostColumn::Campaign.label_in(crate::ui::kit::lang::get(&ctx)))
                .chain(ids.iter().map(|id| tr(&ctx, id)))
                .collect();
        crate::ui::kit::widgets::sideways_ui(ui, "all_campaigns_sideways", |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt(("all_campaigns", kind == AllFor::Checklist))
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::remainder().at_least(200.0).clip(true));
            for _ in 1..headers.len() {
                table = table.column(Column::auto().at_least(110.0));
            }
            table
                .header(24.0, |mut header| {
                    // Numbers are right-aligned, and so are their headings.
                    for (n, h) in headers.iter().enumerate() {
                        header.col(|ui| {
                            if n == 0 {
                                ui.strong(h);
                            } else {
                                crate::ui::kit::widgets::heading_right_ui(ui, h);
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(26.0, rows.len(), |mut row| {
                        let r = &rows[row.index()];
                        // The name opens the campaign: first in its row, never scrolled
                        // out of view.
                        row.col(|ui| {
                            let open =
                                ui.button(RichText::new(&r.name).strong())
                                    .on_hover_ui(|ui| {
                                        let tip = tr_with(
                                            ui.ctx(),
                                            "bud-all-work-on",
                                            &[("campaign", r.name.as_str().into())],
                                        );
                                        ui.label(tip);
                                    });
                            open.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::Button,
                                    true,
                                    tr_with(
                                        &ctx,
                                        "bud-all-open",
                                        &[("campaign", r.name.as_str().into())],
                                    ),
                                )
                            });
                            if open.clicked() {
                                chosen = Some(r.id.clone());
                            }
                        });
                        let cells: Vec<String> = match kind {
                            AllFor::Checklist => {
                                vec![r.participants.to_string(), r.open.to_string()]
                            }
                            AllFor::Reconciliation => vec![
                                format!("{} {currency}", r.baseline.grouped()),
                                format!("{} {currency}", r.changes.grouped()),
                                format!("{} {currency}", r.plan.grouped()),
                                r.unreconciled.to_string(),
                            ],
                        };
                        for c in cells {
                            row.col(|ui| {
                                ui.with_layout(
                                    egui::Layout::right_to_left(egui::Align::Center),
                                    |ui| {
                                        ui.label(c);
                                    },
                                );
                            });
                        }
                    });
                });
        });
        chosen
    }
}
