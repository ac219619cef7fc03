//! Results over time: one KPI's campaign total on each day a reading was taken, against
//! its target and today. The curve comes from the core's `results_timeline`, computed
//! once per project version and KPI; a sentence under the chart says the same in words
//! (for screen readers, and to read exact figures).

use super::targets::shown;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use chrono::{Datelike, NaiveDate};
use egui::{Color32, RichText};
use egui_plot::{Line, LineStyle, MarkerShape, Plot, Points};
use rapport_core::i18n::{Lang, short_date};
use rapport_core::model::results::{Kpi, KpiValue};
use rapport_core::model::{
    Campaign, CampaignId, CampaignResults, Project, TimelinePoint, results_timeline,
};

/// The chart's state between frames: the KPI shown and the curve per version.
#[derive(Debug, Default)]
pub struct ResultsChart {
    /// The KPI chosen; the campaign's leading one when none is.
    pub kpi: Option<Kpi>,
    curve: Memo<(u64, CampaignId, Kpi), Vec<TimelinePoint>>,
}

impl ResultsChart {
    /// Draws the chart of `report`'s campaign as of `today`.
    pub fn chart_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        campaign: &Campaign,
        report: &CampaignResults,
        revision: u64,
        today: NaiveDate,
    ) {
        let lang = crate::ui::kit::lang::get(ui.ctx());
        let mut kpi = self.kpi.unwrap_or(report.leading);
        ui.horizontal(|ui| {
            ui.heading(tr(ui.ctx(), "res-chart-heading"));
            let label = ui.label(tr(ui.ctx(), "res-chart-showing"));
            egui::ComboBox::from_id_salt("results_chart_kpi")
                .selected_text(kpi.label_in(lang))
                .show_ui(ui, |ui| {
                    for &k in Kpi::ALL {
                        ui.selectable_value(&mut kpi, k, k.label_in(lang));
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if kpi != self.kpi.unwrap_or(report.leading) {
            self.kpi = Some(kpi);
        }
        let key = (revision, campaign.id.clone(), kpi);
        let curve = self.curve.get(key, || {
            results_timeline(
                report
                    .deliverables
                    .iter()
                    .filter_map(|d| project.deliverables.get(d.index)),
                kpi,
            )
        });
        let target = campaign.targets.get(kpi);
        if curve.is_empty() {
            let text = tr_with(
                ui.ctx(),
                "res-chart-empty",
                &[("kpi", kpi.label_in(lang).to_lowercase().into())],
            );
            ui.label(RichText::new(text).weak());
            return;
        }
        plot_ui(ui, &campaign.id.to_string(), kpi, curve, target, today);
        ui.label(RichText::new(in_words(lang, kpi, curve, target)).weak());
    }
}

/// The day as a number to plot.
fn x_of(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The plotted number back as a day.
fn date_of(x: f64) -> Option<NaiveDate> {
    let days = x.round();
    (days.is_finite() && days.abs() < f64::from(i32::MAX))
        .then(|| NaiveDate::from_num_days_from_ce_opt(days as i32))
        .flatten()
}

fn plot_ui(
    ui: &mut egui::Ui,
    id: &str,
    kpi: Kpi,
    curve: &[TimelinePoint],
    target: Option<KpiValue>,
    today: NaiveDate,
) {
    let accent = Color32::from_rgb(58, 120, 210);
    // A total holds until the next reading changes it: stairs, not slopes.
    let mut stairs: Vec<[f64; 2]> = Vec::with_capacity(curve.len() * 2 + 1);
    for p in curve {
        if let Some(&[_, y]) = stairs.last() {
            stairs.push([x_of(p.date), y]);
        }
        stairs.push([x_of(p.date), p.value.as_f64()]);
    }
    let last = curve.last().map_or(today, |p| p.date);
    if today > last
        && let Some(&[_, y]) = stairs.last()
    {
        stairs.push([x_of(today), y]);
    }
    let dots: Vec<[f64; 2]> = curve
        .iter()
        .map(|p| [x_of(p.date), p.value.as_f64()])
        .collect();
    let first = curve.first().map_or(today, |p| p.date);
    let top = target
        .map(KpiValue::as_f64)
        .into_iter()
        .chain(dots.iter().map(|d| d[1]))
        .fold(0.0, f64::max);
    // Marks far enough apart for their labels ("12 Mar" needs about 64 points; the axis
    // writes none closer than 60).
    let from = x_of(first) - 0.5;
    let to = x_of(last.max(today)) + 0.5;
    let per_day = f64::from((ui.available_width() - 60.0).max(60.0)) / (to - from).max(1.0);
    let min_days = (64.0 / per_day).ceil().max(1.0) as i64;
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let response = Plot::new(("results_over_time", id))
        .height(200.0)
        // Clear of the scroll bar at the window's edge.
        .width((ui.available_width() - 12.0).max(120.0))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(top.max(1.0) * 1.08)
        .include_x(from)
        .include_x(to)
        .x_grid_spacer(move |input| day_marks(input.bounds.0, input.bounds.1, min_days))
        .custom_x_axes(vec![egui_plot::AxisHints::new_x().formatter(|mark, _| {
            // Days while marks are days or weeks apart, then months, then years.
            date_of(mark.value).map_or(String::new(), |d| match mark.step_size {
                s if s >= 360.0 => d.format("%Y").to_string(),
                s if s >= 28.0 => month_of(lang, d),
                _ => short_date(lang, d, d.year()),
            })
        })])
        .custom_y_axes(vec![
            egui_plot::AxisHints::new_y().formatter(|mark, _| short_number(mark.value)),
        ])
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => {
                date_of(position.x).map(|d| {
                    let value = if kpi.is_money() {
                        rapport_core::model::Money::from_cents((position.y * 100.0).round() as i64)
                            .grouped()
                    } else {
                        crate::ui::kit::widgets::grouped_count(position.y.max(0.0) as u64)
                    };
                    format!("{}: {value}", rapport_core::i18n::long_date(lang, d))
                })
            }
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            plot.line(
                Line::new("Total", stairs)
                    .color(accent)
                    .width(2.0)
                    .allow_band(false),
            );
            plot.points(
                Points::new("Readings", dots)
                    .shape(MarkerShape::Circle)
                    .filled(true)
                    .radius(3.5)
                    .color(accent),
            );
            if let Some(t) = target {
                plot.hline(
                    egui_plot::HLine::new("Target", t.as_f64())
                        .color(Color32::from_rgb(46, 140, 80))
                        .style(LineStyle::dashed_loose())
                        .width(1.5),
                );
            }
            plot.vline(
                egui_plot::VLine::new("Today", x_of(today))
                    .color(Color32::from_rgb(214, 51, 47))
                    .width(1.0),
            );
        });
    let name = tr(ui.ctx(), "res-chart-name");
    response
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    ui.horizontal_wrapped(|ui| {
        let total = tr(ui.ctx(), "res-chart-legend-total");
        ui.label(RichText::new(total).color(accent).small());
        if target.is_some() {
            ui.label(
                RichText::new(tr(ui.ctx(), "res-chart-legend-target"))
                    .color(Color32::from_rgb(46, 140, 80))
                    .small(),
            );
        }
        ui.label(
            RichText::new(tr(ui.ctx(), "res-chart-legend-today"))
                .color(Color32::from_rgb(214, 51, 47))
                .small(),
        );
    });
}

/// Marks on days a reader counts by: every day, every other, Mondays, fortnights, the
/// first of each month or of every few months, never closer than `min_days`.
fn day_marks(min: f64, max: f64, min_days: i64) -> Vec<egui_plot::GridMark> {
    let (Some(from), Some(to)) = (date_of(min.ceil()), date_of(max.floor())) else {
        return Vec::new();
    };
    let mut marks = Vec::new();
    let mut push = |d: NaiveDate, step: f64| {
        marks.push(egui_plot::GridMark {
            value: x_of(d),
            step_size: step,
        })
    };
    if min_days <= 14 {
        let step = [1, 2, 7, 14]
            .into_iter()
            .find(|&s| s >= min_days)
            .unwrap_or(14);
        let mut d = from;
        while d <= to {
            let on_mark = if step >= 7 {
                d.weekday() == chrono::Weekday::Mon && (step == 7 || d.iso_week().week() % 2 == 0)
            } else {
                d.num_days_from_ce() % step as i32 == 0
            };
            if on_mark {
                push(d, step as f64);
            }
            match d.succ_opt() {
                Some(next) => d = next,
                None => break,
            }
        }
    } else {
        // Months: 1, 2, 3, 6, then whole years 1, 2, 5, 10, 20, 50…
        let wanted = min_days.div_euclid(30) + 1;
        let mut months: i64 = 1;
        for candidate in [1, 2, 3, 6] {
            months = candidate;
            if candidate >= wanted {
                break;
            }
        }
        let mut years: i64 = 1;
        while months < wanted {
            months = 12 * years;
            years = match years.to_string().chars().next() {
                Some('1') => years * 2,
                Some('2') => years / 2 * 5,
                _ => years * 2,
            };
        }
        let start = i64::from(from.year()) * 12 + i64::from(from.month0());
        let end = i64::from(to.year()) * 12 + i64::from(to.month0());
        let mut m = start.div_euclid(months) * months;
        while m <= end {
            if let (Ok(year), Ok(month)) = (
                i32::try_from(m.div_euclid(12)),
                u32::try_from(m.rem_euclid(12) + 1),
            ) && let Some(d) = NaiveDate::from_ymd_opt(year, month, 1)
                && d >= from
            {
                push(d, 30.0 * months as f64);
            }
            m += months;
        }
    }
    marks
}

/// An axis mark written short: 950, 12.5K, 4.56M.
fn short_number(value: f64) -> String {
    let (scaled, unit) = match value.abs() {
        v if v >= 1e9 => (value / 1e9, "B"),
        v if v >= 1e6 => (value / 1e6, "M"),
        v if v >= 1e3 => (value / 1e3, "K"),
        _ => (value, ""),
    };
    let text = format!("{scaled:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}{unit}")
}

/// A month as an axis mark: "Mar 2027" / "2027年3月".
fn month_of(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En => d.format("%b %Y").to_string(),
        Lang::ZhCn => format!("{}年{}月", d.year(), d.month()),
    }
}

/// The curve in a sentence: where it started, where it stands, against the target.
fn in_words(lang: Lang, kpi: Kpi, curve: &[TimelinePoint], target: Option<KpiValue>) -> String {
    use rapport_core::i18n::text_with;
    let (Some(first), Some(last)) = (curve.first(), curve.last()) else {
        return String::new();
    };
    // Day and month only, as the axis writes them.
    let day = |d: NaiveDate| short_date(lang, d, d.year());
    let mut text = text_with(
        lang,
        "res-chart-words-first",
        &[
            ("kpi", kpi.label_in(lang).into()),
            ("value", shown(first.value).into()),
            ("date", day(first.date).into()),
        ],
    );
    if curve.len() > 1 {
        text.push_str(&text_with(
            lang,
            "res-chart-words-last",
            &[
                ("value", shown(last.value).into()),
                ("date", day(last.date).into()),
                ("days", curve.len().into()),
            ],
        ));
    }
    if let Some(t) = target {
        text.push_str(&text_with(
            lang,
            "res-chart-words-target",
            &[("target", shown(t).into())],
        ));
    }
    text.push_str(&rapport_core::i18n::text(lang, "res-chart-words-end"));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn marks_are_days_apart_mondays_months_or_years_as_room_allows() {
        let (a, b) = (x_of(day("2027-03-10")), x_of(day("2027-03-16")));
        let every_day = day_marks(a, b, 1);
        assert_eq!(every_day.len(), 7);
        let weeks = day_marks(a - 30.0, b + 30.0, 5);
        assert!(weeks.iter().all(|m| {
            date_of(m.value).is_some_and(|d| d.weekday() == chrono::Weekday::Mon)
                && m.step_size == 7.0
        }));
        let months = day_marks(x_of(day("2027-01-15")), x_of(day("2027-12-31")), 40);
        let firsts: Vec<String> = months
            .iter()
            .filter_map(|m| date_of(m.value))
            .map(|d| d.to_string())
            .collect();
        assert_eq!(
            firsts,
            [
                "2027-03-01",
                "2027-05-01",
                "2027-07-01",
                "2027-09-01",
                "2027-11-01"
            ]
        );
    }

    #[test]
    fn the_whole_calendar_gets_a_few_marks_not_millions() {
        let (a, b) = (x_of(NaiveDate::MIN), x_of(NaiveDate::MAX));
        let per_day = 1000.0 / (b - a);
        let min_days = (64.0 / per_day).ceil() as i64;
        let marks = day_marks(a, b, min_days);
        assert!(!marks.is_empty() && marks.len() <= 20, "{}", marks.len());
        assert!(marks.iter().all(|m| m.step_size >= 360.0));
    }
}
