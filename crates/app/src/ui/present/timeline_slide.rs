//! The timeline slide: each creator's deliverables, a row each, as bars from brief to
//! publish (outlined until agreed) with their titles, the publish day as ◆, flags as ▲
//! (needs a decision) or ● (warning) with the check's code, a today line and a legend.
//! Fitted to the campaign; rows that do not fit go on the next slide.

use super::style::{self, ALERT, BLUE, INK, MUTED, RULE, SMALL, WARN, font};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::view::View;
use chrono::{Datelike, NaiveDate};
use egui::{Align2, Color32, Rect, Stroke, StrokeKind, pos2, vec2};
use rapport_core::checks::Severity;
use rapport_core::model::Deliverable;

/// The height of one deliverable's row.
const LANE: f32 = 42.0;
/// The width of the names.
const NAMES: f32 = 330.0;

pub use rapport_core::export::chart::TimelineRows;
use rapport_core::export::chart::span;
use rapport_core::export::label::bar_label;

const LEGEND_H: f32 = 48.0;
/// Month names, and the today label under them.
const AXIS_H: f32 = 68.0;

/// Text that reads on a bar: ink on a light fill (or an outline), white on a dark one.
fn on_fill(color: Color32, filled: bool) -> Color32 {
    let [r, g, b, _] = color.to_array();
    let light = 0.2126 * f32::from(r) + 0.7152 * f32::from(g) + 0.0722 * f32::from(b) > 140.0;
    if filled && !light {
        Color32::WHITE
    } else {
        INK
    }
}

/// How many rows fit on a slide whose chart has `area`.
pub fn fit(area: Rect) -> usize {
    (((area.height() - LEGEND_H - AXIS_H) / LANE).floor() as usize).max(1)
}

/// Draws page `page` of the timeline; returns how many rows fit on a slide.
pub fn ui(
    ui: &mut egui::Ui,
    view: View<'_>,
    prepared: &TimelineRows,
    page: usize,
    per_page: usize,
    confidential: bool,
) -> usize {
    let project = view.project;
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let dates_to_agree = tr(ui.ctx(), "pres-dates-to-agree");
    let rect = ui.available_rect_before_wrap();
    let (legend_h, axis_h) = (LEGEND_H, AXIS_H);
    let fit = fit(rect);
    let shown: Vec<(usize, &Deliverable, usize)> = prepared
        .rows
        .iter()
        .enumerate()
        .skip(page * per_page)
        .take(fit.min(per_page))
        .filter_map(|(n, &(i, group))| project.deliverables.get(i).map(|d| (n, d, group)))
        .collect();
    let (from, to) = prepared.days.unwrap_or((view.today, view.today));
    let days = (to - from).num_days().max(1) as f32;
    let left = rect.left() + NAMES;
    let width = rect.right() - left;
    let x = |d: NaiveDate| left + (d - from).num_days() as f32 / days * width;
    let day_w = width / days;
    let painter = ui.painter_at(rect);
    let top = rect.top() + axis_h;
    let bottom = top + shown.len() as f32 * LANE;

    // Months (every few when there are many), and Mondays when there is room for them;
    // the number of lines drawn never depends on how far apart the dates lie.
    let months =
        (to.year() - from.year()) as i64 * 12 + to.month() as i64 - from.month() as i64 + 1;
    let every = (months / 24).max(1) as usize;
    let first = NaiveDate::from_ymd_opt(from.year(), from.month(), 1).unwrap_or(from);
    let step = chrono::Months::new(u32::try_from(every).unwrap_or(u32::MAX));
    let next_month = |m: &NaiveDate| m.checked_add_months(step);
    for month in std::iter::successors(Some(first), next_month)
        .take(400)
        .take_while(|m| *m <= to)
    {
        let at = x(month.max(from));
        painter.line_segment(
            [pos2(at, rect.top() + 4.0), pos2(at, bottom)],
            Stroke::new(1.5, RULE),
        );
        // A month's label only where it has room before the right edge.
        if rect.right() - at > 120.0 {
            painter.text(
                pos2(at + 6.0, rect.top() + 4.0),
                Align2::LEFT_TOP,
                month_label(lang, month),
                font(SMALL),
                MUTED,
            );
        }
    }
    if day_w * 7.0 > 60.0 {
        let ahead = u64::from((7 - from.weekday().num_days_from_monday()) % 7);
        let monday = from
            .checked_add_days(chrono::Days::new(ahead))
            .unwrap_or(from);
        for week in monday.iter_weeks().take(200).take_while(|w| *w <= to) {
            let at = x(week);
            painter.line_segment([pos2(at, top), pos2(at, bottom)], Stroke::new(0.5, RULE));
        }
    }
    let hidden = rapport_core::share::hidden_unless(confidential);
    let mut flagged = 0;
    for (row, &(n, d, group)) in shown.iter().enumerate() {
        let y = top + row as f32 * LANE;
        if group % 2 == 0 {
            painter.rect_filled(
                Rect::from_min_max(pos2(rect.left(), y), pos2(rect.right(), y + LANE)),
                0.0,
                Color32::from_gray(241),
            );
        }
        // The creator's name on their first row (and at the top of a page).
        let first_of_theirs = n == 0 || prepared.rows.get(n - 1).is_none_or(|&(_, g)| g != group);
        let name = (first_of_theirs || row == 0)
            .then(|| prepared.names.get(group).map(String::as_str))
            .flatten();
        if let Some(name) = name {
            let names = painter.with_clip_rect(Rect::from_min_max(
                pos2(rect.left(), y),
                pos2(left - 12.0, y + LANE),
            ));
            names.text(
                pos2(rect.left() + 8.0, y + LANE / 2.0),
                Align2::LEFT_CENTER,
                name,
                font(28.0),
                INK,
            );
        }
        let flag = view
            .findings
            .about(&d.id)
            .filter(|f| !hidden.contains(&f.code) && f.severity >= Severity::Warning)
            .max_by_key(|f| f.severity);
        flagged += usize::from(flag.is_some());
        let flag = flag.map(|f| {
            if f.severity == Severity::Error {
                ("▲", f.code.as_str(), ALERT)
            } else {
                ("●", f.code.as_str(), WARN)
            }
        });
        let Some((a, b)) = span(d) else {
            painter.text(
                pos2(left + 8.0, y + LANE / 2.0),
                Align2::LEFT_CENTER,
                format!("{} · {dates_to_agree}", d.title),
                font(24.0),
                MUTED,
            );
            continue;
        };
        let (color, filled) = style::status_color(d.status);
        let bar = Rect::from_min_max(
            pos2(x(a), y + LANE * 0.22),
            pos2(x(b) + day_w, y + LANE * 0.78),
        );
        if filled {
            painter.rect_filled(bar, 4.0, color);
        } else {
            painter.rect_stroke(bar, 4.0, Stroke::new(3.0, color), StrokeKind::Inside);
        }
        if let Some(p) = d.publish {
            painter.text(
                pos2(x(p) + day_w / 2.0, y + LANE / 2.0),
                Align2::CENTER_CENTER,
                "◆",
                font(24.0),
                if filled { Color32::WHITE } else { INK },
            );
        }
        // The title and its flag where they fit (the core's rule, as in chart images), or
        // whole inside a long bar (in a colour that reads on it) before anything is cut.
        let measure = |text: &str| {
            painter
                .layout_no_wrap(text.to_string(), font(24.0), INK)
                .size()
                .x
        };
        let placed = bar_label(
            &d.title,
            flag.map(|(mark, code, _)| (mark, code)),
            rect.right() - bar.right() - 10.0,
            bar.left() - 10.0 - left,
            12.0,
            measure,
        );
        let whole = placed.title == d.title
            && flag.is_none_or(|(mark, code, _)| placed.flag == format!("{mark} {code}"));
        let full = measure(&d.title)
            + flag.map_or(0.0, |(mark, code, _)| {
                12.0 + measure(&format!("{mark} {code}"))
            });
        let inside = !whole && bar.width() >= full + 24.0;
        let (start, ink, title, flag_text) = if inside {
            (
                bar.left() + 12.0,
                on_fill(color, filled),
                d.title.clone(),
                flag.map(|(mark, code, _)| format!("{mark} {code}")),
            )
        } else if placed.after {
            (bar.right() + 10.0, INK, placed.title, Some(placed.flag))
        } else {
            (
                bar.left() - 10.0 - placed.width,
                INK,
                placed.title,
                Some(placed.flag),
            )
        };
        let galley = painter.layout_no_wrap(title, font(24.0), ink);
        // On a bar the flag takes the title's colour too (its ▲ or ● still says which).
        let flag_galley = flag
            .zip(flag_text.filter(|t| !t.is_empty()))
            .map(|((_, _, c), t)| {
                painter.layout_no_wrap(t, font(24.0), if inside { ink } else { c })
            });
        let row_clip = painter.with_clip_rect(Rect::from_min_max(
            pos2(left, y),
            pos2(rect.right(), y + LANE),
        ));
        row_clip.galley(
            pos2(start, y + (LANE - galley.size().y) / 2.0),
            galley.clone(),
            ink,
        );
        if let Some(g) = flag_galley {
            row_clip.galley(
                pos2(
                    start + galley.size().x + 12.0,
                    y + (LANE - g.size().y) / 2.0,
                ),
                g,
                INK,
            );
        }
    }
    // Today.
    if (from..=to).contains(&view.today) {
        let at = x(view.today) + day_w / 2.0;
        painter.line_segment(
            [pos2(at, top - 2.0), pos2(at, bottom)],
            Stroke::new(3.0, BLUE),
        );
        painter.text(
            pos2(at, top - 2.0),
            Align2::CENTER_BOTTOM,
            tr(ui.ctx(), "pres-today"),
            font(22.0),
            BLUE,
        );
    }
    if shown.is_empty() {
        painter.text(
            pos2(rect.center().x, top + 40.0),
            Align2::CENTER_TOP,
            tr(ui.ctx(), "pres-no-deliverables"),
            font(style::BODY),
            MUTED,
        );
    }
    // The legend.
    let mut lx = rect.left();
    let ly = rect.bottom() - legend_h / 2.0;
    for status in rapport_core::export::palette::LEGEND {
        let (color, filled) = style::status_color(status);
        let swatch = Rect::from_center_size(pos2(lx + 14.0, ly), vec2(28.0, 18.0));
        if filled {
            painter.rect_filled(swatch, 3.0, color);
        } else {
            painter.rect_stroke(swatch, 3.0, Stroke::new(3.0, color), StrokeKind::Inside);
        }
        let label = painter.text(
            pos2(lx + 34.0, ly),
            Align2::LEFT_CENTER,
            status.label_in(lang),
            font(22.0),
            INK,
        );
        lx = label.right() + 22.0;
    }
    let marks = painter.text(
        pos2(lx, ly),
        Align2::LEFT_CENTER,
        tr(ui.ctx(), "pres-legend-publish"),
        font(22.0),
        INK,
    );
    let warn = painter.text(
        pos2(marks.right() + 22.0, ly),
        Align2::LEFT_CENTER,
        tr(ui.ctx(), "pres-legend-decision"),
        font(22.0),
        ALERT,
    );
    painter.text(
        pos2(warn.right() + 22.0, ly),
        Align2::LEFT_CENTER,
        tr(ui.ctx(), "pres-legend-warning"),
        font(22.0),
        WARN,
    );
    let first = page * per_page;
    let name = tr_with(
        ui.ctx(),
        "pres-timeline-name",
        &[
            ("from", (first + 1).min(prepared.rows.len()).into()),
            ("to", (first + shown.len()).into()),
            ("total", prepared.rows.len().into()),
            ("flagged", flagged.into()),
        ],
    );
    super::name_area(ui, rect, &name);
    fit
}

/// A month at the top of the chart: "Mar 2027" / "2027年3月".
fn month_label(lang: rapport_core::i18n::Lang, month: NaiveDate) -> String {
    match lang {
        rapport_core::i18n::Lang::En => month.format("%b %Y").to_string(),
        rapport_core::i18n::Lang::ZhCn => format!("{}年{}月", month.year(), month.month()),
    }
}
