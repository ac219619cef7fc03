//! The reconciliation's pictures: the waterfall from the baseline through each reason's
//! changes to the plan, its steps in words, and the plan against the cap.

use crate::ui::kit::lang::{tr, tr_with};
use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Plot};
use rapport_core::model::{CampaignBudget, Money};
use std::collections::BTreeMap;

/// Points for a chart (display only; sums stay exact in cents).
fn points(money: Money) -> f64 {
    money.cents() as f64 / 100.0
}

/// Baseline → changes grouped by reason → plan, as floating bars.
pub fn waterfall_ui(
    ui: &mut egui::Ui,
    by_reason: &BTreeMap<String, Money>,
    budget: &CampaignBudget,
) {
    // The axis starts just below the lowest level, not at 0, so that changes of a few
    // percent of the budget are visible; the floor is written under the chart.
    let mut levels = vec![budget.total.baseline];
    let mut level = budget.total.baseline;
    for delta in by_reason.values() {
        level = level.saturating_add(*delta);
        levels.push(level);
    }
    levels.push(budget.total.current);
    let floor = axis_floor(&levels);
    let ctx = ui.ctx().clone();
    let (baseline, plan_now) = (tr(&ctx, "bud-col-baseline"), tr(&ctx, "bud-chart-plan-now"));
    let (base_mark, plan_mark) = (tr(&ctx, "bud-chart-base"), tr(&ctx, "bud-col-plan"));
    let mut labels = vec![baseline.clone()];
    let mut bars = vec![
        Bar::new(0.0, points(budget.total.baseline) - points(floor))
            .base_offset(points(floor))
            .name(&baseline)
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
        Bar::new(last, points(budget.total.current) - points(floor))
            .base_offset(points(floor))
            .name(&plan_now)
            .fill(Color32::from_rgb(60, 110, 190)),
    );
    labels.push(plan_now);
    // The top of the axis, at least a little above the floor even when every level is the
    // same huge amount (at 10^16 a step of one is lost to rounding and the plot refuses).
    let top = levels
        .iter()
        .map(|l| points(*l))
        .fold(points(floor), f64::max);
    let span = (top - points(floor)).max(top.abs() * 0.01).max(1.0);
    ui.label(RichText::new(tr(&ctx, "bud-chart-heading")).strong());
    // Room beside the first and last bars for their marks ("Base", "Plan").
    let last_bar = labels.len().saturating_sub(1) as f64;
    Plot::new(("waterfall", &budget.id))
        .include_x(-0.8)
        .include_x(last_bar + 0.8)
        .height(200.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([false, true])
        // A mark under every bar: "Baseline", the steps by their number in the list
        // beside it, "Plan" (names would not fit under a dozen bars).
        // The ends count as wide steps, so that "Base" and "Plan", wider than a bar, are
        // always written.
        .x_grid_spacer(move |_| {
            let n = last_bar.round() as usize;
            (0..=n)
                .map(|i| egui_plot::GridMark {
                    value: i as f64,
                    step_size: if i == 0 || i == n { 100.0 } else { 1.0 },
                })
                .collect()
        })
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                .label_spacing(16.0..=20.0)
                .formatter(move |mark, _| {
                    let i = mark.value.round();
                    let last = labels.len().saturating_sub(1) as f64;
                    if (mark.value - i).abs() > 1e-6 || i < 0.0 || i > last {
                        String::new()
                    } else if i == 0.0 {
                        base_mark.clone()
                    } else if i == last {
                        plan_mark.clone()
                    } else {
                        format!("{i:.0}")
                    }
                }),
        ])
        .custom_y_axes(vec![
            egui_plot::AxisHints::new_y().formatter(|mark, _| short_mark(mark.value)),
        ])
        .include_y(points(floor))
        .include_y(points(floor) + span * 1.05)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(tr(&ctx, "bud-chart-waterfall"), bars)
                    .id("waterfall")
                    .width(0.7),
            )
        });
    if floor != Money::ZERO {
        ui.label(
            RichText::new(tr_with(
                &ctx,
                "bud-chart-floor",
                &[("amount", floor.grouped().into())],
            ))
            .weak()
            .small(),
        );
    }
}

/// An axis mark written short, as both charts write them: 70K, 66.5K, 1.25M, 800; never two
/// marks alike (up to two decimals, trailing zeros dropped).
fn short_mark(value: f64) -> String {
    let (scaled, unit) = match value.abs() {
        v if v >= 1e6 => (value / 1e6, "M"),
        v if v >= 1e3 => (value / 1e3, "K"),
        _ => (value, ""),
    };
    let text = format!("{scaled:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}{unit}")
}

/// The waterfall's steps in words, exact to the cent.
pub fn steps_ui(ui: &mut egui::Ui, by_reason: &BTreeMap<String, Money>, budget: &CampaignBudget) {
    let t = &budget.total;
    let ctx = ui.ctx().clone();
    ui.add_space(6.0);
    ui.label(RichText::new(tr(&ctx, "bud-chart-steps")).strong());
    // A row each: the reason cut to what the column has room for, the amount always whole
    // at the right edge.
    let row = |ui: &mut egui::Ui, label: RichText, value: String| {
        ui.horizontal(|ui| {
            let height = ui.spacing().interact_size.y;
            let amount_w = 110.0_f32.min(ui.available_width() / 2.0);
            let label_w =
                (ui.available_width() - amount_w - 2.0 * ui.spacing().item_spacing.x).max(0.0);
            ui.allocate_ui_with_layout(
                egui::vec2(label_w, height),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_width(label_w);
                    ui.add(egui::Label::new(label).truncate());
                },
            );
            ui.allocate_ui_with_layout(
                egui::vec2(amount_w, height),
                egui::Layout::right_to_left(egui::Align::Center),
                |ui| {
                    ui.set_width(amount_w);
                    ui.monospace(value);
                },
            );
        });
    };
    row(
        ui,
        RichText::new(tr(&ctx, "bud-col-baseline")),
        t.baseline.grouped(),
    );
    for (n, (reason, delta)) in by_reason.iter().enumerate() {
        row(
            ui,
            RichText::new(format!("{} · {reason}", n + 1)),
            signed(*delta),
        );
    }
    if t.expected() != t.current {
        row(
            ui,
            RichText::new(tr(&ctx, "bud-chart-not-recorded")).color(ui.visuals().warn_fg_color),
            signed(t.current - t.expected()),
        );
    }
    row(
        ui,
        RichText::new(tr(&ctx, "bud-chart-plan-now")).strong(),
        t.current.grouped(),
    );
}

/// An amount with its sign always written: `+321.05`, `−1,000.00`.
fn signed(amount: Money) -> String {
    let sign = if amount.cents() >= 0 { "+" } else { "−" };
    format!("{sign}{}", amount.abs().grouped())
}

/// Where the waterfall's axis starts: a round amount below the lowest level, leaving room
/// for the differences to show (0 when the levels are near 0 or below it).
pub fn axis_floor(levels: &[Money]) -> Money {
    let (Some(lo), Some(hi)) = (levels.iter().min(), levels.iter().max()) else {
        return Money::ZERO;
    };
    if lo.cents() <= 0 {
        return Money::ZERO;
    }
    // In 128 bits: amounts near the limits of 64 would overflow.
    let (lo, hi) = (i128::from(lo.cents()), i128::from(hi.cents()));
    let span = hi - lo;
    // Leave one and a half times the span (at least 5% of the top) below the lowest level.
    let room = (span * 3 / 2).max(hi / 20);
    let raw = lo - room;
    if raw <= 0 {
        return Money::ZERO;
    }
    // Round down to a power of ten near a hundredth of the top.
    let mut step: i128 = 1;
    while step * 10 <= hi / 10 {
        step *= 10;
    }
    Money::from_cents(i64::try_from(raw / step * step).unwrap_or(0))
}

/// Paid, invoiced, committed and the rest of the plan stacked against the cap.
pub fn cap_ui(ui: &mut egui::Ui, budget: &CampaignBudget, currency: &str) {
    let t = &budget.total;
    let estimated = t.current - t.spent_or_owed();
    let mut base = 0.0;
    let mut charts = Vec::new();
    let ctx = ui.ctx().clone();
    // (stable id, words, amount, colour)
    let parts = [
        (
            "paid",
            "bud-col-paid",
            t.paid,
            Color32::from_rgb(46, 140, 80),
        ),
        (
            "invoiced",
            "bud-col-invoiced",
            t.invoiced,
            Color32::from_rgb(214, 160, 40),
        ),
        (
            "committed",
            "bud-col-committed",
            t.committed,
            Color32::from_rgb(58, 120, 210),
        ),
        (
            "estimated",
            "bud-chart-estimated",
            estimated,
            Color32::from_rgb(150, 156, 166),
        ),
    ]
    .map(|(id, words, amount, color)| (id, tr(&ctx, words), amount, color));
    for (id, label, amount, color) in &parts {
        let bar = Bar::new(0.0, points(*amount))
            .base_offset(base)
            .name(label)
            .fill(*color)
            .horizontal();
        charts.push(
            BarChart::new(label.as_str(), vec![bar])
                .id(*id)
                .color(*color)
                .width(0.6),
        );
        base += points(*amount);
    }
    let cap = points(budget.cap);
    let cap_word = tr(&ctx, "bud-chart-cap");
    ui.label(
        RichText::new(tr_with(
            &ctx,
            "bud-chart-against-cap",
            &[
                ("cap", budget.cap.grouped().into()),
                ("currency", currency.into()),
                ("remaining", budget.remaining().grouped().into()),
            ],
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
        // Room after the longer of the bar and the cap, so its last mark is not cut.
        .include_x(base.max(cap) * 1.08)
        .show_axes([true, false])
        // Short marks ("70K") that fit a narrow column, in the text's own colour.
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                .label_spacing(40.0..=50.0)
                .formatter(|mark, _| short_mark(mark.value)),
        ])
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
            if cap > 0.0 {
                plot.vline(
                    egui_plot::VLine::new(cap_word.as_str(), cap)
                        .id("cap")
                        .color(Color32::from_rgb(214, 51, 47))
                        .width(2.0),
                );
            }
        });
    // The key, with the exact amounts: each swatch and its words are one label that never
    // breaks, so a line too short for it moves the whole entry to the next line.
    ui.horizontal_wrapped(|ui| {
        let item = |ui: &mut egui::Ui, mark: RichText, text: String| {
            let style = ui.style().clone();
            let mut job = egui::text::LayoutJob::default();
            mark.append_to(
                &mut job,
                &style,
                egui::FontSelection::Default,
                egui::Align::Center,
            );
            RichText::new(format!(" {text}")).append_to(
                &mut job,
                &style,
                egui::FontSelection::Default,
                egui::Align::Center,
            );
            ui.add(egui::Label::new(job).extend());
        };
        for (_, label, amount, color) in &parts {
            item(
                ui,
                RichText::new("■").color(*color),
                format!("{label} {}", amount.grouped()),
            );
        }
        item(
            ui,
            RichText::new("|")
                .color(Color32::from_rgb(214, 51, 47))
                .strong(),
            format!("{cap_word} {}", budget.cap.grouped()),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_marks_are_short_and_never_alike() {
        assert_eq!(short_mark(70_000.0), "70K");
        assert_eq!(short_mark(66_500.0), "66.5K");
        assert_eq!(short_mark(1_250_000.0), "1.25M");
        assert_eq!(short_mark(800.0), "800");
        assert_eq!(short_mark(0.0), "0");
        assert_eq!(short_mark(-2_000.0), "-2K");
    }

    #[test]
    fn the_axis_starts_below_the_lowest_level_on_a_round_amount() {
        let levels = [Money::from_units(66_000), Money::from_cents(6_828_970)];
        // Span 2,289.70: 1.5 times it below 66,000 is 62,565.45, rounded down to 62,000.
        assert_eq!(axis_floor(&levels), Money::from_units(62_000));
        assert_eq!(
            axis_floor(&[Money::from_units(100), Money::from_units(5_000)]),
            Money::ZERO
        );
        assert_eq!(
            axis_floor(&[Money::from_units(-10), Money::from_units(5)]),
            Money::ZERO
        );
        assert_eq!(axis_floor(&[]), Money::ZERO);
    }
}
