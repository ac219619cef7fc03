//! The budget slide: each campaign's plan against its cap (paid, committed, estimated), and
//! the waterfall from the approved baseline through the recorded changes to the plan.
//! Amounts and the reasons of changes only when confidential details are shown; otherwise
//! shares of the cap.

use super::style::{self, ALERT, BLUE, BODY, INK, MUTED, RULE, SMALL, font};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::view::View;
use egui::{Align2, Color32, Rect, Stroke, StrokeKind, pos2};
use rapport_core::export::budget_chart::{cap_words_in, percent, waterfall};
use rapport_core::model::{CampaignId, Money, budget_report};

const PAID: Color32 = Color32::from_rgb(17, 17, 17);
const COMMITTED: Color32 = BLUE;
const ESTIMATED: Color32 = Color32::from_rgb(86, 180, 233);

/// Draws the budget slide.
pub fn ui(ui: &mut egui::Ui, view: View<'_>, campaign: Option<&CampaignId>, confidential: bool) {
    let project = view.project;
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let currency = &project.info.currency;
    let budgets = budget_report(project, campaign);
    let rect = ui.available_rect_before_wrap();
    let painter = ui.painter_at(rect);
    let mut y = rect.top();
    let names = 380.0;
    let bar_left = rect.left() + names;
    let bar_w = rect.width() - names - 20.0;
    let shown = budgets.len().min(4);
    for b in budgets.iter().take(shown) {
        let scale = b.cap.cents().max(b.total.current.cents()).max(1) as f32;
        let w = |m: Money| (m.cents().max(0) as f32 / scale * bar_w).min(bar_w);
        let clip = painter.with_clip_rect(Rect::from_min_max(
            pos2(rect.left(), y),
            pos2(bar_left - 16.0, y + 60.0),
        ));
        clip.text(
            pos2(rect.left(), y + 4.0),
            Align2::LEFT_TOP,
            &b.name,
            font(28.0),
            INK,
        );
        let bar = Rect::from_min_max(
            pos2(bar_left, y + 4.0),
            pos2(bar_left + w(b.total.current), y + 44.0),
        );
        painter.rect_filled(bar, 3.0, ESTIMATED);
        let committed = b.total.committed.cents().max(b.total.paid.cents());
        painter.rect_filled(
            Rect::from_min_max(
                bar.min,
                pos2(bar_left + w(Money::from_cents(committed)), bar.max.y),
            ),
            3.0,
            COMMITTED,
        );
        painter.rect_filled(
            Rect::from_min_max(bar.min, pos2(bar_left + w(b.total.paid), bar.max.y)),
            3.0,
            PAID,
        );
        if b.cap.cents() > 0 {
            let cap_x = bar_left + w(b.cap);
            painter.rect_stroke(
                Rect::from_min_max(pos2(bar_left, y + 4.0), pos2(cap_x, y + 44.0)),
                3.0,
                Stroke::new(2.0, RULE),
                StrokeKind::Outside,
            );
            painter.line_segment(
                [pos2(cap_x, y - 2.0), pos2(cap_x, y + 50.0)],
                Stroke::new(4.0, ALERT),
            );
        }
        let (words, over) = cap_words_in(lang, b, currency, confidential);
        painter.text(
            pos2(bar_left, y + 50.0),
            Align2::LEFT_TOP,
            words,
            font(24.0),
            if over { ALERT } else { MUTED },
        );
        y += 96.0;
    }
    if budgets.len() > shown {
        painter.text(
            pos2(rect.left(), y),
            Align2::LEFT_TOP,
            tr_with(
                ui.ctx(),
                "pres-more-campaigns",
                &[("count", (budgets.len() - shown).into())],
            ),
            font(24.0),
            MUTED,
        );
        y += 40.0;
    }
    // The legend of the bars.
    let mut lx = bar_left;
    for (color, id) in [
        (PAID, "chart-legend-paid"),
        (COMMITTED, "chart-legend-committed"),
        (ESTIMATED, "chart-legend-estimated"),
        (ALERT, "chart-legend-cap"),
    ] {
        let label = tr(ui.ctx(), id);
        painter.rect_filled(
            Rect::from_center_size(pos2(lx + 12.0, y + 14.0), egui::vec2(24.0, 18.0)),
            3.0,
            color,
        );
        let r = painter.text(
            pos2(lx + 30.0, y + 14.0),
            Align2::LEFT_CENTER,
            label,
            font(22.0),
            INK,
        );
        lx = r.right() + 24.0;
    }
    y += 48.0;

    // The waterfall: baseline → recorded changes → plan (the same steps as chart images).
    let fall = waterfall(project, campaign, confidential);
    let (plan, cap) = (fall.plan, fall.cap);
    let bars = fall.bars_in(lang, confidential);
    let heading = if confidential {
        tr_with(
            ui.ctx(),
            "chart-waterfall-amounts",
            &[("currency", currency.as_str().into())],
        )
    } else {
        tr(ui.ctx(), "chart-waterfall-shares")
    };
    painter.text(
        pos2(rect.left(), y),
        Align2::LEFT_TOP,
        heading,
        font(BODY),
        INK,
    );
    y += 50.0;
    let area = Rect::from_min_max(
        pos2(rect.left() + 40.0, y + 30.0),
        pos2(rect.right() - 20.0, rect.bottom() - 70.0),
    );
    if area.height() < 80.0 {
        ui.advance_cursor_after_rect(rect);
        return;
    }
    let (floor_value, top_value) = fall.axis(&bars);
    let yv = |c: i64| {
        let t = (c as f32 - floor_value) / (top_value - floor_value);
        area.bottom() - t.clamp(0.0, 1.05) * area.height()
    };
    let slot = area.width() / bars.len() as f32;
    let bar_w = slot * 0.6;
    for (i, bar) in bars.iter().enumerate() {
        let cx = area.left() + slot * (i as f32 + 0.5);
        let r = Rect::from_min_max(
            pos2(cx - bar_w / 2.0, yv(bar.from.max(bar.to))),
            pos2(cx + bar_w / 2.0, yv(bar.from.min(bar.to))),
        );
        painter.rect_filled(r, 2.0, style::rgb(bar.color));
        let clip = painter.with_clip_rect(Rect::from_min_max(
            pos2(cx - slot / 2.0, area.bottom()),
            pos2(cx + slot / 2.0, area.bottom() + 60.0),
        ));
        clip.text(
            pos2(cx, area.bottom() + 8.0),
            Align2::CENTER_TOP,
            &bar.label,
            font(SMALL),
            INK,
        );
        painter.text(
            pos2(cx, r.top() - 6.0),
            Align2::CENTER_BOTTOM,
            &bar.words,
            font(SMALL),
            INK,
        );
    }
    if cap.cents() > 0 {
        let cy = yv(cap.cents());
        painter.line_segment(
            [pos2(area.left(), cy), pos2(area.right(), cy)],
            Stroke::new(3.0, ALERT),
        );
        let label = fall.cap_label_in(lang, currency, confidential);
        painter.text(
            pos2(area.right(), cy - 6.0),
            Align2::RIGHT_BOTTOM,
            label,
            font(22.0),
            ALERT,
        );
    }
    let name = if cap.cents() > 0 && confidential {
        tr_with(
            ui.ctx(),
            "pres-budget-name-amounts",
            &[
                ("pct", percent(plan, cap).into()),
                ("plan", plan.grouped().into()),
                ("cap", cap.grouped().into()),
                ("currency", currency.as_str().into()),
            ],
        )
    } else if cap.cents() > 0 {
        tr_with(
            ui.ctx(),
            "pres-budget-name",
            &[("pct", percent(plan, cap).into())],
        )
    } else {
        tr(ui.ctx(), "pres-budget-name-no-cap")
    };
    super::name_area(ui, rect, &name);
}
