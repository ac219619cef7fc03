//! The Budget panel's reconciliation: for one campaign, baseline → each change (grouped by
//! reason) → current plan, as a table (by category or by influencer) and as a waterfall;
//! committed, invoiced, paid and remaining against the cap as a bar; and every line where
//! baseline + recorded changes ≠ the plan, with "Record the difference as a change".

use super::edits::EditQueue;
use super::view::View;
use crate::model::{
    Amounts, CampaignBudget, ChangeNote, Id, Money, budget_report, expected_amount,
    record_difference,
};
use egui::{Color32, RichText};
use egui_extras::{Column, TableBuilder};
use egui_plot::{Bar, BarChart, Plot};
use std::collections::BTreeMap;

/// What the reconciliation table is grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupBy {
    /// Cost category.
    #[default]
    Category,
    /// Influencer.
    Influencer,
}

/// The reconciliation view's state.
#[derive(Debug, Default)]
pub struct ReconcileView {
    /// Grouping of the table.
    pub group_by: GroupBy,
    /// Reasons typed for recording differences, per line.
    pub reasons: BTreeMap<Id, String>,
    report: Option<((u64, Option<Id>), Vec<CampaignBudget>)>,
}

/// Points for a chart (display only; sums stay exact in cents).
fn points(money: Money) -> f64 {
    money.cents() as f64 / 100.0
}

impl ReconcileView {
    /// Draws the reconciliation of `campaign` (or the first campaign).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        campaign: Option<&Id>,
        edits: &mut EditQueue,
    ) {
        let project = view.project;
        let Some(campaign) = campaign.or_else(|| project.campaigns.first().map(|c| &c.id)) else {
            ui.label(RichText::new("No campaign yet.").weak());
            return;
        };
        let key = (view.version, Some(campaign.clone()));
        if self.report.as_ref().is_none_or(|(k, _)| *k != key) {
            self.report = Some((key, budget_report(project, Some(campaign))));
        }
        let Some(budget) = self.report.as_ref().and_then(|(_, r)| r.first()).cloned() else {
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
            waterfall_ui(&mut cols[0], project, &budget);
            cap_ui(&mut cols[1], &budget, currency);
        });
        ui.horizontal(|ui| {
            ui.label("Group by");
            ui.selectable_value(&mut self.group_by, GroupBy::Category, "Category");
            ui.selectable_value(&mut self.group_by, GroupBy::Influencer, "Influencer");
        });
        let rows: Vec<(String, Amounts)> = match self.group_by {
            GroupBy::Category => budget
                .by_category
                .iter()
                .map(|(c, a)| (c.label().to_string(), *a))
                .collect(),
            GroupBy::Influencer => budget
                .by_influencer
                .iter()
                .map(|(_, name, a)| (name.clone(), *a))
                .collect(),
        };
        self.unreconciled_ui(ui, view, &budget, edits);
        table_ui(ui, &rows, &t);
    }

    fn unreconciled_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        budget: &CampaignBudget,
        edits: &mut EditQueue,
    ) {
        if budget.unreconciled.is_empty() {
            ui.label(
                RichText::new("Every line reconciles: baseline + recorded changes = plan.").weak(),
            );
            return;
        }
        ui.label(
            RichText::new("Lines that do not reconcile (edited by hand or in another copy)")
                .strong(),
        );
        for id in &budget.unreconciled {
            let Some(line) = view.project.cost_line(id) else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{} {}: baseline + changes = {}, the line says {}",
                    line.category.label(),
                    line.description,
                    expected_amount(line).grouped(),
                    line.planned().grouped()
                ));
                let reason = self.reasons.entry(id.clone()).or_default();
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
                    self.reasons.remove(id);
                }
            });
        }
    }
}

/// Baseline → changes grouped by reason → plan, as floating bars.
fn waterfall_ui(ui: &mut egui::Ui, project: &crate::model::Project, budget: &CampaignBudget) {
    let mut by_reason: BTreeMap<String, Money> = BTreeMap::new();
    for line in project
        .cost_lines
        .iter()
        .filter(|l| l.campaign == budget.id)
    {
        for change in &line.changes {
            let reason = if change.reason.trim().is_empty() {
                "(no reason)".to_string()
            } else {
                change.reason.trim().to_string()
            };
            let entry = by_reason.entry(reason).or_insert(Money::ZERO);
            *entry = entry.saturating_add(Money::from_cents(
                change.to.cents().saturating_sub(change.from.cents()),
            ));
        }
    }
    let mut labels = vec!["Baseline".to_string()];
    let mut bars = vec![
        Bar::new(0.0, points(budget.total.baseline))
            .name("Baseline")
            .fill(Color32::from_rgb(110, 130, 160)),
    ];
    let mut level = budget.total.baseline;
    for (i, (reason, delta)) in by_reason.iter().enumerate() {
        let color = if delta.cents() >= 0 {
            Color32::from_rgb(214, 120, 60)
        } else {
            Color32::from_rgb(70, 160, 100)
        };
        bars.push(
            Bar::new((i + 1) as f64, points(*delta))
                .base_offset(points(level))
                .name(reason)
                .fill(color),
        );
        labels.push(reason.clone());
        level = level.saturating_add(*delta);
    }
    let last = labels.len() as f64;
    bars.push(
        Bar::new(last, points(budget.total.current))
            .name("Plan now")
            .fill(Color32::from_rgb(60, 110, 190)),
    );
    labels.push("Plan now".to_string());
    ui.label(RichText::new("Baseline → changes → plan").strong());
    Plot::new(("waterfall", &budget.id))
        .height(200.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([false, true])
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                labels
                    .get(i as usize)
                    .map(|l| l.chars().take(14).collect())
                    .unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("Waterfall", bars).width(0.7))
        });
}

/// Paid, invoiced, committed and the rest of the plan stacked against the cap.
fn cap_ui(ui: &mut egui::Ui, budget: &CampaignBudget, currency: &str) {
    let t = &budget.total;
    let estimated = t.current - t.spent_or_owed();
    let mut base = 0.0;
    let mut bars = Vec::new();
    for (label, amount, color) in [
        ("Paid", t.paid, Color32::from_rgb(46, 140, 80)),
        ("Invoiced", t.invoiced, Color32::from_rgb(214, 160, 40)),
        ("Committed", t.committed, Color32::from_rgb(58, 120, 210)),
        ("Estimated", estimated, Color32::from_rgb(150, 156, 166)),
    ] {
        bars.push(
            Bar::new(0.0, points(amount))
                .base_offset(base)
                .name(label)
                .fill(color)
                .horizontal(),
        );
        base += points(amount);
    }
    let cap = points(budget.cap);
    ui.label(
        RichText::new(format!(
            "Against the cap of {} {currency}: {} remaining",
            budget.cap.grouped(),
            budget.remaining().grouped()
        ))
        .strong(),
    );
    Plot::new(("cap", &budget.id))
        .height(120.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(-0.6)
        .include_y(0.6)
        .show_axes([true, false])
        .legend(egui_plot::Legend::default())
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("Spent and planned", bars).width(0.6));
            if cap > 0.0 {
                plot.vline(
                    egui_plot::VLine::new("Cap", cap)
                        .color(Color32::from_rgb(214, 51, 47))
                        .width(2.0),
                );
            }
        });
}

fn table_ui(ui: &mut egui::Ui, rows: &[(String, Amounts)], total: &Amounts) {
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
    TableBuilder::new(ui)
        .id_salt("reconciliation")
        .striped(true)
        .column(Column::initial(200.0).clip(true))
        .columns(Column::initial(100.0), 6)
        .header(22.0, |mut header| {
            for title in COLUMNS {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|mut body| {
            for (name, amounts) in rows
                .iter()
                .map(|(n, a)| (n.as_str(), a))
                .chain(std::iter::once(("Total", total)))
            {
                body.row(22.0, |mut row| {
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
                });
            }
        });
}
