//! The results slide: for each campaign with targets or measured results, each KPI against
//! its target as a large bar, and the creators to book again. What results cost (fees,
//! CPM, cost per acquisition) only when confidential details are shown.

use super::style::{self, BLUE, INK, MUTED, RULE, SMALL, font};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::view::View;
use egui::{Align2, Rect, Stroke, StrokeKind, pos2};
use rapport_core::model::results::KpiValue;
use rapport_core::model::{CampaignId, CampaignResults, Money, results_report};

/// Whether the campaign (or any, when `None`) has something to show: a target or a reading.
pub fn has_results(view: View<'_>, campaign: Option<&CampaignId>) -> bool {
    let project = view.project;
    project
        .campaigns
        .iter()
        .filter(|c| campaign.is_none_or(|id| &c.id == id))
        .any(|c| !c.targets.is_empty())
        || project
            .deliverables
            .iter()
            .filter(|d| campaign.is_none_or(|id| &d.campaign == id))
            .any(|d| !d.results.is_empty())
}

fn shown(v: KpiValue) -> String {
    match v {
        KpiValue::Count(n) => rapport_core::counts::short_count(n),
        KpiValue::Money(m) => rapport_core::counts::short_count(m.cents().max(0) as u64 / 100),
    }
}

/// Draws the results slide.
pub fn ui(ui: &mut egui::Ui, view: View<'_>, campaign: Option<&CampaignId>, confidential: bool) {
    let reports: Vec<CampaignResults> = results_report(view.project, campaign)
        .into_iter()
        .filter(|r| !r.progress.is_empty() || r.deliverables.iter().any(|d| d.measured))
        .collect();
    let currency = view.project.info.currency.as_str();
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let rect = ui.available_rect_before_wrap();
    let painter = ui.painter_at(rect);
    let mut y = rect.top();
    let names = 420.0;
    let bar_left = rect.left() + names;
    let bar_w = (rect.width() - names - 460.0).max(120.0);
    let shown_campaigns = if campaign.is_some() { 1 } else { 2 };
    for r in reports.iter().take(shown_campaigns) {
        // One campaign's name is the slide's title already.
        let goal = r.goal.map_or_else(
            || tr(ui.ctx(), "pres-no-goal"),
            |g| {
                let goal = g.label_in(lang).to_lowercase();
                tr_with(ui.ctx(), "pres-goal", &[("goal", goal.into())])
            },
        );
        let title = if campaign.is_some() {
            let mut chars = goal.chars();
            chars
                .next()
                .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
        } else {
            format!("{} — {goal}", r.name)
        };
        painter.text(
            pos2(rect.left(), y),
            Align2::LEFT_TOP,
            title,
            font(34.0),
            INK,
        );
        y += 52.0;
        if r.progress.is_empty() {
            painter.text(
                pos2(rect.left(), y),
                Align2::LEFT_TOP,
                tr(ui.ctx(), "pres-no-target"),
                font(SMALL),
                MUTED,
            );
            y += 44.0;
        }
        for p in &r.progress {
            painter.text(
                pos2(rect.left(), y + 4.0),
                Align2::LEFT_TOP,
                p.kpi.label_in(lang),
                font(style::BODY),
                INK,
            );
            let frame =
                Rect::from_min_max(pos2(bar_left, y + 6.0), pos2(bar_left + bar_w, y + 40.0));
            painter.rect_stroke(frame, 3.0, Stroke::new(1.5, RULE), StrokeKind::Inside);
            let fraction = p.fraction.unwrap_or(0.0).clamp(0.0, 1.0) as f32;
            // Met or beyond: filled to the end; the figure says by how much.
            painter.rect_filled(
                Rect::from_min_max(
                    frame.min,
                    pos2(frame.left() + bar_w * fraction, frame.max.y),
                ),
                3.0,
                BLUE,
            );
            let unit = if p.kpi.is_money() {
                format!(" {currency}")
            } else {
                String::new()
            };
            let target = format!("{}{unit}", shown(p.target));
            let words = match (p.actual, p.fraction) {
                (Some(a), Some(f)) => tr_with(
                    ui.ctx(),
                    "pres-kpi-progress",
                    &[
                        ("actual", shown(a).into()),
                        ("target", target.into()),
                        ("pct", format!("{:.0}", f * 100.0).into()),
                    ],
                ),
                _ => tr_with(ui.ctx(), "pres-kpi-nothing", &[("target", target.into())]),
            };
            painter.text(
                pos2(frame.right() + 16.0, y + 4.0),
                Align2::LEFT_TOP,
                words,
                font(SMALL),
                INK,
            );
            y += 50.0;
        }
        if !r.ranking.is_empty() {
            let best: Vec<String> = r
                .ranking
                .iter()
                .take(3)
                .map(|&k| {
                    let c = &r.creators[k];
                    let figure = c.figures.get(r.leading).map_or("—".into(), shown);
                    if confidential {
                        let cpa = c.metrics.cpa.map_or("—".into(), Money::grouped);
                        tr_with(
                            ui.ctx(),
                            "pres-best-with-cpa",
                            &[
                                ("name", c.name.as_str().into()),
                                ("figure", figure.into()),
                                ("cpa", cpa.into()),
                            ],
                        )
                    } else {
                        tr_with(
                            ui.ctx(),
                            "pres-best",
                            &[("name", c.name.as_str().into()), ("figure", figure.into())],
                        )
                    }
                })
                .collect();
            painter.text(
                pos2(rect.left(), y + 6.0),
                Align2::LEFT_TOP,
                tr_with(
                    ui.ctx(),
                    "pres-book-again",
                    &[
                        ("kpi", r.leading.label_in(lang).to_lowercase().into()),
                        ("best", best.join(" · ").into()),
                    ],
                ),
                font(SMALL),
                INK,
            );
            y += 48.0;
        }
        y += 24.0;
    }
    if reports.len() > shown_campaigns {
        painter.text(
            pos2(rect.left(), y),
            Align2::LEFT_TOP,
            tr_with(
                ui.ctx(),
                "pres-results-more",
                &[("count", (reports.len() - shown_campaigns).into())],
            ),
            font(SMALL),
            MUTED,
        );
    }
    let not_measured = tr(ui.ctx(), "pres-not-measured");
    let separator = rapport_core::i18n::text(lang, "list-separator");
    let name = tr_with(
        ui.ctx(),
        "pres-results-name",
        &[(
            "results",
            reports
                .iter()
                .map(|r| {
                    let parts: Vec<String> = r
                        .progress
                        .iter()
                        .map(|p| {
                            let f = p
                                .fraction
                                .map_or(not_measured.clone(), |f| format!("{:.0} %", f * 100.0));
                            format!("{} {f}", p.kpi.label_in(lang))
                        })
                        .collect();
                    format!("{}: {}", r.name, parts.join(&separator))
                })
                .collect::<Vec<_>>()
                .join("; ")
                .into(),
        )],
    );
    ui.interact(
        rect,
        ui.scope_id().with("results_slide"),
        egui::Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    ui.advance_cursor_after_rect(rect);
}
