//! The creators and the deliverables of a campaign with what they cost and returned.
//! Every figure comes from the core's results report; "—" where nothing can be divided.

use super::targets::shown;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::widgets::heading_right_ui;
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use rapport_core::model::results::{Figures, Kpi};
use rapport_core::model::{CampaignResults, DeliverableId, Metrics, Money, Project};

/// The figure columns, in order.
const FIGURES: [Kpi; 6] = [
    Kpi::Reach,
    Kpi::Impressions,
    Kpi::Engagements,
    Kpi::Clicks,
    Kpi::Redemptions,
    Kpi::Revenue,
];

/// The metric columns, in order: the message ids of their headings (each with a tooltip,
/// the same id ending in "-tip").
const METRICS: [&str; 6] = [
    "res-col-eng-rate",
    "res-col-cpm",
    "res-col-per-eng",
    "res-col-per-click",
    "res-col-per-acq",
    "res-col-return",
];

fn metric_cells(m: &Metrics) -> [String; 6] {
    let money = |x: Option<Money>| x.map_or("—".to_string(), Money::grouped);
    [
        m.engagement_rate
            .map_or("—".to_string(), |r| format!("{r:.2} %")),
        money(m.cpm),
        money(m.cpe),
        money(m.cpc),
        money(m.cpa),
        m.roas.map_or("—".to_string(), |r| format!("{r:.2}×")),
    ]
}

fn figure_cells(f: &Figures) -> Vec<String> {
    FIGURES
        .iter()
        .map(|&k| f.get(k).map_or("—".to_string(), shown))
        .collect()
}

fn right(ui: &mut egui::Ui, text: &str) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(RichText::new(text).monospace());
    });
}

/// The header row: the columns `first` (message ids), then cost, figures and metrics.
fn headers(header: &mut egui_extras::TableRow<'_, '_>, first: &[&str]) {
    for id in first {
        header.col(|ui| {
            ui.strong(tr(ui.ctx(), id));
        });
    }
    header.col(|ui| heading_right_ui(ui, &tr(ui.ctx(), "res-col-cost")));
    for kpi in FIGURES {
        header.col(|ui| {
            let lang = crate::ui::kit::lang::get(ui.ctx());
            heading_right_ui(ui, &kpi.label_in(lang));
        });
    }
    for id in METRICS {
        header.col(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.strong(tr(ui.ctx(), id))
                    .on_hover_text(tr(ui.ctx(), &format!("{id}-tip")));
            });
        });
    }
}

/// A table that scrolls sideways when it is wider than the panel, as tall as its rows (the
/// tables here stack in one scrolling view).
fn stacked_sideways_ui(ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    egui::ScrollArea::horizontal()
        .id_salt(id)
        .auto_shrink([false, true])
        .show(ui, add);
}

/// The creators: those to book again first, in rank order, then the rest.
pub fn creators_ui(ui: &mut egui::Ui, report: &CampaignResults) {
    let order = &report.listed;
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let rank_tip = tr_with(
        ui.ctx(),
        "res-rank-tip",
        &[("kpi", report.leading.label_in(lang).into())],
    );
    stacked_sideways_ui(ui, "results_creators_sideways", |ui| {
        TableBuilder::new(ui)
            .id_salt("results_creators")
            .striped(true)
            .vscroll(false)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(36.0))
            .column(Column::initial(170.0).at_least(120.0).clip(true))
            .columns(
                Column::auto().at_least(84.0),
                1 + FIGURES.len() + METRICS.len(),
            )
            .header(22.0, |mut header| {
                headers(&mut header, &["res-col-rank", "res-col-creator"])
            })
            .body(|body| {
                body.rows(22.0, order.len(), |mut row| {
                    let k = order[row.index()];
                    let c = &report.creators[k];
                    let rank = report.rank.get(k).copied().flatten();
                    row.col(|ui| {
                        ui.label(rank.map_or(String::new(), |r| r.to_string()))
                            .on_hover_text(&rank_tip);
                    });
                    row.col(|ui| {
                        ui.label(&c.name);
                    });
                    row.col(|ui| right(ui, &c.cost.grouped()));
                    for text in figure_cells(&c.figures) {
                        row.col(|ui| right(ui, &text));
                    }
                    for text in metric_cells(&c.metrics) {
                        row.col(|ui| right(ui, &text));
                    }
                });
            });
    });
}

/// The deliverables, each with "Results…" to enter a reading; returns the one asked for.
pub fn deliverables_ui(
    ui: &mut egui::Ui,
    project: &Project,
    report: &CampaignResults,
) -> Option<DeliverableId> {
    let mut chosen = None;
    // A row that asks to be seen (focused by Tab, or a screen reader's "scroll into
    // view"): the sideways scroll takes the request, so the page is scrolled to it after.
    let mut reveal = None;
    let (open_tip, never) = (
        tr(ui.ctx(), "res-deliverable-tip"),
        tr(ui.ctx(), "res-never"),
    );
    stacked_sideways_ui(ui, "results_deliverables_sideways", |ui| {
        TableBuilder::new(ui)
            .id_salt("results_deliverables")
            .striped(true)
            .vscroll(false)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::initial(240.0).at_least(160.0).clip(true))
            .column(Column::initial(90.0))
            .column(Column::initial(90.0))
            .columns(
                Column::auto().at_least(84.0),
                1 + FIGURES.len() + METRICS.len(),
            )
            .header(22.0, |mut header| {
                headers(
                    &mut header,
                    &[
                        "res-col-deliverable",
                        "res-col-published",
                        "res-col-measured",
                    ],
                )
            })
            .body(|body| {
                body.rows(22.0, report.deliverables.len(), |mut row| {
                    let r = &report.deliverables[row.index()];
                    let Some(d) = project.deliverables.get(r.index) else {
                        return;
                    };
                    row.col(|ui| {
                        let asked = ui.input(|i| {
                            i.has_accesskit_action_request(
                                ui.next_auto_id(),
                                egui::accesskit::Action::ScrollIntoView,
                            )
                        });
                        let button = ui
                            .add(egui::Button::new(&d.title).frame(false).truncate())
                            .on_hover_text(&open_tip);
                        if asked || button.gained_focus() {
                            reveal = Some(button.rect);
                        }
                        // Made only when a screen reader asks.
                        button.widget_info(|| {
                            let name = tr_with(
                                ui.ctx(),
                                "res-deliverable-name",
                                &[("title", d.title.as_str().into())],
                            );
                            egui::WidgetInfo::labeled(egui::Role::Button, true, name)
                        });
                        if button.clicked() {
                            chosen = Some(d.id.clone());
                        }
                    });
                    row.col(|ui| {
                        ui.label(d.publish.map_or("—".to_string(), |p| p.to_string()));
                    });
                    row.col(|ui| {
                        let last = rapport_core::model::results::latest(&d.results);
                        ui.label(last.map_or(never.clone(), |m| m.date.to_string()));
                    });
                    row.col(|ui| right(ui, &r.cost.grouped()));
                    for text in figure_cells(&r.figures) {
                        row.col(|ui| right(ui, &text));
                    }
                    for text in metric_cells(&r.metrics) {
                        row.col(|ui| right(ui, &text));
                    }
                });
            });
    });
    if let Some(rect) = reveal {
        ui.scroll_to_rect(rect, Some(egui::Align::Center));
    }
    chosen
}
