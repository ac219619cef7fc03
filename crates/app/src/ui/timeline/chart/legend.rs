//! The chart's legend, under it: what each status looks like (colour, and filled for work
//! agreed or outlined for work not yet agreed), the draft-due point, and the flags.

use super::bar::status_color;
use crate::ui::kit::lang::tr;
use crate::ui::kit::widgets::{severity_color, severity_id};
use egui::{Align2, Color32, FontId, Rect, Stroke, pos2, vec2};
use rapport_core::checks::Severity;
use rapport_core::i18n::{self, text_with};
use rapport_core::model::DeliverableStatus;

/// The height the legend takes.
pub const LEGEND_HEIGHT: f32 = 24.0;

/// Draws the legend in `rect`, as one line (smaller where it is narrow, cut at the right
/// edge only below 10 px type), and
/// names it for screen readers.
pub fn legend_ui(ui: &mut egui::Ui, rect: Rect) {
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let dark = visuals.dark_mode;
    let text = visuals.text_color();
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let statuses: Vec<String> = DeliverableStatus::ALL
        .iter()
        .map(|s| s.label_in(lang))
        .collect();
    let draft_due = tr(ui.ctx(), "tl-legend-draft-due");
    let [error, warning, notice] = [Severity::Error, Severity::Warning, Severity::Notice]
        .map(|s| tr(ui.ctx(), severity_id(s)));
    // One line: where it would not fit, the type and the gaps shrink (to 10 px and 4 px)
    // before anything is cut at the edge.
    let words_w = |font: &FontId| -> f32 {
        statuses
            .iter()
            .chain([&draft_due, &error, &warning, &notice])
            .map(|w| {
                painter
                    .layout_no_wrap(w.clone(), font.clone(), text)
                    .size()
                    .x
            })
            .sum()
    };
    let marks = (DeliverableStatus::ALL.len() as f32) * 22.0 + 15.0 + 2.0 * 16.0 + 8.0;
    let (font, gap) = [(12.0, 14.0), (11.0, 8.0), (10.0, 4.0)]
        .into_iter()
        .map(|(size, gap)| (FontId::proportional(size), gap))
        .find(|(font, gap)| {
            words_w(font) + marks + gap * (DeliverableStatus::ALL.len() as f32 + 3.0)
                <= rect.width()
        })
        .unwrap_or((FontId::proportional(10.0), 4.0));
    let y = rect.center().y;
    let mut x = rect.left() + 8.0;
    let mut shapes = Vec::new();
    for (&status, label) in DeliverableStatus::ALL.iter().zip(&statuses) {
        let (color, filled) = status_color(status, dark);
        let swatch = Rect::from_center_size(pos2(x + 9.0, y), vec2(18.0, 10.0));
        if filled {
            painter.rect_filled(swatch, 2.0, color);
        } else {
            painter.rect_stroke(
                swatch,
                2.0,
                Stroke::new(1.5, color),
                egui::StrokeKind::Inside,
            );
        }
        let drawn = painter.text(
            pos2(x + 22.0, y),
            Align2::LEFT_CENTER,
            label,
            font.clone(),
            text,
        );
        x = drawn.right() + gap;
        shapes.push((label, filled));
    }
    // The draft-due point and the flags.
    let c = pos2(x + 6.0, y);
    painter.add(egui::Shape::convex_polygon(
        vec![
            pos2(c.x, c.y - 5.0),
            pos2(c.x + 5.0, c.y),
            pos2(c.x, c.y + 5.0),
            pos2(c.x - 5.0, c.y),
        ],
        Color32::WHITE,
        Stroke::new(1.0, text),
    ));
    x = painter
        .text(
            pos2(x + 15.0, y),
            Align2::LEFT_CENTER,
            &draft_due,
            font.clone(),
            text,
        )
        .right()
        + gap;
    for (severity, mark, name) in [
        (Severity::Error, "!", &error),
        (Severity::Warning, "•", &warning),
        (Severity::Notice, "•", &notice),
    ] {
        let center = pos2(x + 6.0, y);
        painter.circle_filled(center, 6.0, severity_color(severity, dark));
        painter.text(
            center,
            Align2::CENTER_CENTER,
            mark,
            FontId::proportional(11.0),
            Color32::WHITE,
        );
        x = painter
            .text(
                pos2(x + 16.0, y),
                Align2::LEFT_CENTER,
                name,
                font.clone(),
                text,
            )
            .right()
            + gap;
    }
    // Written only for a screen reader (and never with the context: it is locked then).
    let name = || {
        let words: Vec<String> = shapes
            .iter()
            .map(|(label, filled)| {
                let shape = if *filled {
                    "tl-legend-filled"
                } else {
                    "tl-legend-outlined"
                };
                text_with(
                    lang,
                    "tl-legend-status",
                    &[
                        ("status", label.as_str().into()),
                        ("shape", i18n::text(lang, shape).into()),
                    ],
                )
            })
            .collect();
        text_with(
            lang,
            "tl-legend-name",
            &[
                (
                    "statuses",
                    words.join(&i18n::text(lang, "tl-legend-separator")).into(),
                ),
                ("draft", draft_due.as_str().into()),
                ("error", error.as_str().into()),
                ("warning", warning.as_str().into()),
                ("notice", notice.as_str().into()),
            ],
        )
    };
    ui.interact(
        rect,
        ui.scope_id().with("chart_legend"),
        egui::Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Legend, true, name()));
}
