//! The Results panel: whether a campaign worked. Its goal and targets (set before launch),
//! what was measured against them, what each creator's and each deliverable's results cost,
//! whom to book again, and the entry of results as they come in. The figures come from the
//! core's results report, computed once per project version.

mod chart;
mod entry;
mod tables;
mod targets;

pub use entry::{ResultEntry, reading_words_in};
pub use targets::parse_target;

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::RichText;
use rapport_core::model::{CampaignId, CampaignResults, Money, results_report};

/// The width from which the chart goes beside the targets rather than under them.
const WIDE: f32 = 940.0;

/// The Results panel's state between frames.
#[derive(Debug, Default)]
pub struct ResultsPanel {
    /// The campaign shown; the first when none is chosen.
    pub campaign: Option<CampaignId>,
    /// The report of the campaign shown, per project version.
    report: Memo<(u64, CampaignId), Option<CampaignResults>>,
    /// The results being entered, if any.
    pub entry: Option<ResultEntry>,
    /// The chart of results over time.
    pub chart: chart::ResultsChart,
}

impl ResultsPanel {
    /// Draws the panel; edits go into `edits`.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let project = view.project;
        let Some(campaign) = self
            .campaign
            .as_ref()
            .and_then(|id| view.index.campaign(project, id))
            .or_else(|| project.campaigns.first())
        else {
            ui.label(RichText::new(tr(ui.ctx(), "res-no-campaign")).weak());
            return;
        };
        let currency = &project.info.currency;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr(ui.ctx(), "res-campaign"));
            let mut chosen = campaign.id.clone();
            egui::ComboBox::from_id_salt("results_campaign")
                .selected_text(&campaign.name)
                .show_ui(ui, |ui| {
                    for c in &project.campaigns {
                        ui.selectable_value(&mut chosen, c.id.clone(), &c.name);
                    }
                })
                .response
                .labelled_by(label.id);
            if chosen != campaign.id {
                self.campaign = Some(chosen);
                self.entry = None;
            }
        });
        let key = (view.revision, campaign.id.clone());
        let Some(report) = self
            .report
            .get(key, || results_report(project, Some(&campaign.id)).pop())
            .as_ref()
        else {
            return;
        };
        // Entering results: beside the tables.
        if let Some(form) = self.entry.as_mut()
            && let Some(d) = view.index.deliverable(project, &form.deliverable)
        {
            let mut close = false;
            egui::Panel::right("results_entry")
                .resizable(true)
                .default_size(330.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        close = entry::entry_ui(ui, form, d, currency, edits);
                    });
                });
            if close || crate::ui::kit::widgets::escape_closes(ui) {
                self.entry = None;
            }
        }
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        let mut asked = None;
        egui::ScrollArea::vertical()
            .id_salt("results_view")
            .auto_shrink(false)
            .show(ui, |ui| {
                summary_ui(ui, report, currency);
                ui.add_space(6.0);
                // The chart beside the targets where there is room for both, under them
                // where there is not.
                let chart = &mut self.chart;
                let mut chart_ui = |ui: &mut egui::Ui| {
                    chart.chart_ui(ui, project, campaign, report, view.revision, view.today);
                };
                if ui.available_width() >= WIDE {
                    ui.horizontal_top(|ui| {
                        ui.vertical(|ui| {
                            targets::targets_ui(ui, campaign, report, currency, edits);
                        });
                        ui.add_space(24.0);
                        ui.vertical(|ui| chart_ui(ui));
                    });
                } else {
                    targets::targets_ui(ui, campaign, report, currency, edits);
                    ui.add_space(10.0);
                    chart_ui(ui);
                }
                ui.add_space(10.0);
                ui.heading(tr(ui.ctx(), "res-creators"));
                if report.ranking.is_empty() {
                    let lang = crate::ui::kit::lang::get(ui.ctx());
                    let kpi = report.leading.label_in(lang).to_lowercase();
                    let text =
                        tr_with(ui.ctx(), "res-creators-none-ranked", &[("kpi", kpi.into())]);
                    ui.label(RichText::new(text).weak());
                }
                tables::creators_ui(ui, report);
                ui.add_space(10.0);
                ui.heading(tr(ui.ctx(), "res-deliverables"));
                ui.label(RichText::new(tr(ui.ctx(), "res-deliverables-hint")).weak());
                asked = tables::deliverables_ui(ui, project, report);
            });
        if let Some(id) = asked
            && let Some(d) = view.index.deliverable(project, &id)
        {
            self.entry = Some(ResultEntry::new(d, view.today));
        }
    }
}

/// The campaign's cost, what was measured, and its metrics in one line.
fn summary_ui(ui: &mut egui::Ui, report: &CampaignResults, currency: &str) {
    let measured = report.deliverables.iter().filter(|d| d.measured).count();
    let m = &report.metrics;
    let money = |x: Option<Money>| x.map_or("—".to_string(), Money::grouped);
    ui.horizontal_wrapped(|ui| {
        let committed = tr_with(
            ui.ctx(),
            "res-summary",
            &[
                ("cost", report.cost.grouped().into()),
                ("currency", currency.into()),
                ("measured", measured.into()),
                ("total", report.deliverables.len().into()),
            ],
        );
        ui.label(RichText::new(committed).strong());
        let metrics = tr_with(
            ui.ctx(),
            "res-summary-metrics",
            &[
                (
                    "rate",
                    m.engagement_rate
                        .map_or("—".to_string(), |r| format!("{r:.2} %"))
                        .into(),
                ),
                ("cpm", money(m.cpm).into()),
                ("cpe", money(m.cpe).into()),
                ("cpc", money(m.cpc).into()),
                ("cpa", money(m.cpa).into()),
                (
                    "roas",
                    m.roas
                        .map_or("—".to_string(), |r| format!("{r:.2}×"))
                        .into(),
                ),
            ],
        );
        ui.label(metrics)
            .on_hover_text(tr(ui.ctx(), "res-summary-metrics-tip"));
    });
}
