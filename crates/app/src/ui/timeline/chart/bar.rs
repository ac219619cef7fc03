//! One bar of the timeline chart: the deliverable from brief to publish, its review window
//! and draft point, its flags, and the handles that move and resize it.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::tr;
use crate::ui::kit::view::View;
use crate::ui::kit::widgets::severity_color;
use crate::ui::timeline::chart::time_scale::TimeScale;
use crate::ui::timeline::chart::{Drag, GanttChart};
use chrono::{Datelike, NaiveDate};
use egui::{Align2, Color32, CursorIcon, FontId, Rect, Sense, Stroke, Vec2, pos2, vec2};
use rapport_core::checks::{Finding, Severity, timeline};
use rapport_core::i18n::{self, Lang};
use rapport_core::model::{DatePart, Deliverable, DeliverableId, DeliverableStatus};

/// Height of a row of the chart.
pub const ROW_HEIGHT: f32 = 22.0;
/// Width of the grab zone at each end of a bar.
const HANDLE: f32 = 6.0;

/// Where the brief, draft and publish dates go in [`BarWords::dates`].
const DATES: [char; 3] = ['\u{E000}', '\u{E001}', '\u{E002}'];

/// The words every bar's tooltip uses, written once per language (not for each bar in
/// each frame).
#[derive(Debug, Default)]
pub(super) struct BarWords {
    lang: Option<Lang>,
    /// "Brief … · draft … · publish …", with [`DATES`] in the dates' places.
    dates: String,
    /// The statuses' labels, in the order of `DeliverableStatus::ALL`.
    statuses: Vec<String>,
}

impl BarWords {
    /// Writes the words again when the language changed.
    fn update(&mut self, lang: Lang) {
        if self.lang == Some(lang) {
            return;
        }
        let [brief, draft, publish] = DATES.map(|c| c.to_string());
        *self = BarWords {
            lang: Some(lang),
            dates: i18n::text_with(
                lang,
                "tl-bar-dates",
                &[
                    ("brief", brief.into()),
                    ("draft", draft.into()),
                    ("publish", publish.into()),
                ],
            ),
            statuses: DeliverableStatus::ALL
                .iter()
                .map(|s| s.label_in(lang))
                .collect(),
        };
    }

    /// The dates' line with `dates` (brief, draft, publish) in their places.
    fn dates(&self, dates: [String; 3]) -> String {
        let mut line = String::with_capacity(self.dates.len() + 24);
        for c in self.dates.chars() {
            match DATES.iter().position(|d| *d == c) {
                Some(i) => line.push_str(&dates[i]),
                None => line.push(c),
            }
        }
        line
    }

    /// A status's label.
    fn status(&self, status: DeliverableStatus) -> &str {
        DeliverableStatus::ALL
            .iter()
            .position(|s| *s == status)
            .and_then(|i| self.statuses.get(i))
            .map_or(status.label(), String::as_str)
    }
}

impl GanttChart {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bar_ui(
        &mut self,
        ui: &mut egui::Ui,
        painter: &egui::Painter,
        view: View<'_>,
        original: &Deliverable,
        top: f32,
        rect: Rect,
        scale: TimeScale,
        selected: &mut Option<DeliverableId>,
        edits: &mut EditQueue,
    ) {
        let project = view.project;
        let dark = ui.visuals().dark_mode;
        let lang = crate::ui::kit::lang::get(ui.ctx());
        let who = view.index.influencer_name(project, &original.influencer);
        let name = format!("{} — {who}", original.title);
        // The row's label: the title, and in campaign lanes whose it is; one line, ending in
        // "…" where the names column ends, measured, whatever the script's width.
        let text = match self.lanes {
            super::rows::LaneMode::Campaign => format!("{who} · {}", original.title),
            super::rows::LaneMode::Influencer => original.title.clone(),
        };
        let x = rect.left() + 16.0;
        let mut job = egui::text::LayoutJob::simple_singleline(
            text,
            FontId::proportional(12.5),
            ui.visuals().text_color(),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width((scale.left - 6.0 - x).max(8.0));
        let galley = painter.layout_job(job);
        let label_painter = painter.with_clip_rect(
            Rect::from_min_max(
                pos2(rect.left(), top),
                pos2(scale.left - 4.0, top + ROW_HEIGHT),
            )
            .intersect(painter.clip_rect()),
        );
        label_painter.galley(
            pos2(x, top + (ROW_HEIGHT - galley.size().y) / 2.0),
            galley,
            ui.visuals().text_color(),
        );

        let live = self.drag.as_ref().filter(|g| g.id == original.id);
        let d = match live {
            Some(g) => original.moved(g.part, g.days),
            None => original.clone(),
        };
        let (Some(end), start) = (d.publish.or(d.draft_due).or(d.brief_sent), d.brief_sent) else {
            return;
        };
        let start = start.unwrap_or(end);
        let x0 = scale.x(start.min(end));
        let x1 = scale.x(start.max(end)) + scale.px_per_day;
        if x1 < scale.left || x0 > rect.right() {
            return;
        }
        let bar = Rect::from_min_max(
            pos2(x0.max(scale.left - 2.0), top + 4.0),
            pos2(x1, top + ROW_HEIGHT - 4.0),
        );
        let (color, filled) = status_color(d.status, dark);
        let is_selected = selected.as_ref() == Some(&d.id);
        // Work agreed is a filled bar; planned, brief sent and cancelled are outlined, so
        // that the shape says what colour alone would not.
        if filled {
            painter.rect_filled(bar, 3.0, color);
        } else {
            painter.rect_filled(bar, 3.0, color.gamma_multiply(0.15));
            painter.rect_stroke(bar, 3.0, Stroke::new(1.5, color), egui::StrokeKind::Inside);
        }
        // Review window: draft due → publish.
        if let (Some(draft), Some(publish)) = (d.draft_due, d.publish) {
            let rx0 = scale.x(draft.min(publish));
            let rx1 = scale.x(draft.max(publish)) + scale.px_per_day;
            painter.rect_filled(
                Rect::from_min_max(
                    pos2(rx0.max(bar.left()), bar.top()),
                    pos2(rx1.min(bar.right()), bar.bottom()),
                ),
                3.0,
                color.gamma_multiply(if filled { 0.55 } else { 0.35 }),
            );
            let cx = scale.x(draft) + scale.px_per_day / 2.0;
            let c = pos2(cx, bar.center().y);
            let r = 5.0;
            // Scrolled left of the chart, the draft point is not drawn over the names.
            if cx - r >= scale.left {
                painter.add(egui::Shape::convex_polygon(
                    vec![
                        pos2(c.x, c.y - r),
                        pos2(c.x + r, c.y),
                        pos2(c.x, c.y + r),
                        pos2(c.x - r, c.y),
                    ],
                    Color32::WHITE,
                    Stroke::new(1.0, color),
                ));
            }
        }
        if is_selected {
            painter.rect_stroke(
                bar.expand(1.5),
                3.0,
                Stroke::new(2.0, ui.visuals().selection.stroke.color),
                egui::StrokeKind::Outside,
            );
        }
        // Flags, live: while a bar is dragged, the date checks run on the moved dates and
        // every other finding about it (disclosure, contract…) stays as it was.
        let flags: Vec<Finding> = if live.is_some() {
            let mut flags: Vec<Finding> = view
                .findings
                .about(&d.id)
                .filter(|f| !timeline::DELIVERABLE_CODES.contains(&f.code))
                .cloned()
                .collect();
            timeline::deliverable(project, &d, view.today, &mut flags);
            flags
        } else {
            view.findings.about(&d.id).cloned().collect()
        };
        if let Some(worst) = flags.iter().map(|f| f.severity).max() {
            // After the bar, and after a draft point that lies past its end (a draft due
            // after publishing), never over it.
            let after = d.draft_due.map_or(bar.right(), |draft| {
                bar.right()
                    .max(scale.x(draft) + scale.px_per_day / 2.0 + 5.0)
            });
            let center = pos2(after + 8.0, bar.center().y);
            painter.circle_filled(center, 6.0, severity_color(worst, dark));
            painter.text(
                center,
                Align2::CENTER_CENTER,
                if worst == Severity::Error { "!" } else { "•" },
                FontId::proportional(11.0),
                Color32::WHITE,
            );
            let flag = ui.interact(
                Rect::from_center_size(center, Vec2::splat(14.0)),
                egui::Id::unique(("gantt-flag", &d.id)),
                Sense::hover(),
            );
            let codes: Vec<&str> = flags.iter().map(|f| f.code.as_str()).collect();
            // Written only for a screen reader (and never with the context: it is locked).
            flag.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::accesskit::Role::Image,
                    true,
                    i18n::text_with(
                        lang,
                        "tl-bar-flags",
                        &[
                            ("title", d.title.as_str().into()),
                            ("codes", codes.join(", ").into()),
                        ],
                    ),
                )
            });
            flag.on_hover_ui(|ui| flags_tooltip(ui, &flags));
        }

        // Interaction: body, ends, draft point.
        let id = egui::Id::unique(("gantt-bar", &d.id));
        // Only the part inside the chart answers the pointer (not under the legend); a bar
        // scrolled out of it is not there to click.
        let shown = bar.intersect(rect);
        if !shown.is_positive() {
            return;
        }
        // Published work keeps its dates: it can be chosen, not dragged.
        let published = original.status == DeliverableStatus::Published;
        let sense = if published {
            Sense::click()
        } else {
            Sense::click_and_drag()
        };
        let body = ui.interact(shown, id, sense);
        // The ends and the draft point answer the mouse only: the keyboard moves the
        // selected bar with the arrow keys, and one Tab stop per bar is enough.
        let handle_sense = if published {
            Sense::hover()
        } else {
            Sense::DRAG
        };
        body.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &name));
        self.words.update(lang);
        let dates = self
            .words
            .dates([d.brief_sent, d.draft_due, d.publish].map(|x| fmt(lang, x)));
        let body = body.on_hover_text(format!("{name}\n{dates}\n{}", self.words.status(d.status)));
        let start_handle = ui.interact(
            Rect::from_min_size(bar.left_top(), vec2(HANDLE, bar.height())),
            id.with("start"),
            handle_sense,
        );
        let end_handle = ui.interact(
            Rect::from_min_size(
                pos2(bar.right() - HANDLE, bar.top()),
                vec2(HANDLE, bar.height()),
            ),
            id.with("end"),
            handle_sense,
        );
        let draft_handle = d
            .draft_due
            .filter(|draft| scale.x(*draft) + scale.px_per_day / 2.0 - 6.0 >= scale.left)
            .map(|draft| {
                ui.interact(
                    Rect::from_center_size(
                        pos2(scale.x(draft) + scale.px_per_day / 2.0, bar.center().y),
                        Vec2::splat(12.0),
                    ),
                    id.with("draft"),
                    handle_sense,
                )
            });
        // The ends and the draft point are named for screen readers (the keyboard moves
        // the selected bar with the arrow keys instead).
        let title = || [("title", i18n::FluentValue::from(d.title.as_str()))];
        for (handle, id) in [
            (&start_handle, "tl-drag-brief"),
            (&end_handle, "tl-drag-publish"),
        ] {
            handle.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::accesskit::Role::Splitter,
                    !published,
                    i18n::text_with(lang, id, &title()),
                )
            });
        }
        if let (Some(handle), Some(draft)) = (&draft_handle, d.draft_due) {
            handle.widget_info(|| {
                let [title] = title();
                egui::WidgetInfo::labeled(
                    egui::accesskit::Role::Splitter,
                    !published,
                    i18n::text_with(
                        lang,
                        "tl-drag-draft",
                        &[title, ("date", fmt(lang, Some(draft)).into())],
                    ),
                )
            });
        }
        for handle in [&start_handle, &end_handle] {
            if !published && (handle.hovered() || handle.dragged()) {
                ui.ctx().set_cursor_icon(CursorIcon::ResizeHorizontal);
            }
        }
        if body.clicked() {
            *selected = Some(d.id.clone());
            self.reveal = Some(d.id.clone());
        }
        let parts = [
            (
                Some(&draft_handle).and_then(|h| h.as_ref()),
                DatePart::DraftDue,
            ),
            (Some(&start_handle), DatePart::BriefSent),
            (Some(&end_handle), DatePart::Publish),
            (Some(&body), DatePart::All),
        ];
        for (response, part) in parts {
            let Some(response) = response else { continue };
            if response.drag_started() {
                self.drag = Some(Drag {
                    id: d.id.clone(),
                    part,
                    days: 0,
                });
            }
            if response.dragged()
                && let Some(drag) = self
                    .drag
                    .as_mut()
                    .filter(|g| g.id == d.id && g.part == part)
            {
                // The pointer can be gone on the frame it is released: keep the last days then.
                let total = ui.input(|i| {
                    i.pointer
                        .press_origin()
                        .zip(i.pointer.interact_pos())
                        .map(|(a, b)| b.x - a.x)
                });
                if let Some(total) = total {
                    drag.days = scale.days_in(total);
                }
            }
            if response.drag_stopped() {
                if self.drag.as_ref().is_some_and(|g| g.id == d.id) {
                    *selected = Some(d.id.clone());
                    self.reveal = Some(d.id.clone());
                }
                if let Some(drag) = self
                    .drag
                    .take()
                    .filter(|g| g.id == d.id && g.part == part && g.days != 0)
                {
                    let moved = original.moved(drag.part, drag.days);
                    let label = match drag.part {
                        DatePart::All => "tl-undo-move",
                        DatePart::BriefSent => "tl-undo-brief-date",
                        DatePart::Publish => "tl-undo-publish-date",
                        DatePart::DraftDue => "tl-undo-draft-date",
                    };
                    edits.push(
                        tr(ui.ctx(), label),
                        rapport_core::model::edit_deliverable(project, moved, view.today),
                    );
                }
            }
        }
    }
}

/// The colour of a status (the Okabe–Ito palette of slides and chart images, with light
/// ink for published work on a dark background), and whether its bar is filled.
pub(super) fn status_color(status: DeliverableStatus, dark: bool) -> (Color32, bool) {
    let (color, filled) = rapport_core::export::palette::status(status);
    let (r, g, b) = match (status, dark) {
        (DeliverableStatus::Published, true) => (225, 225, 225),
        (DeliverableStatus::Planned | DeliverableStatus::Cancelled, true) => (150, 150, 150),
        _ => color,
    };
    (Color32::from_rgb(r, g, b), filled)
}

fn flags_tooltip(ui: &mut egui::Ui, flags: &[Finding]) {
    let dark = ui.visuals().dark_mode;
    for f in flags {
        ui.label(
            egui::RichText::new(f.code.as_str())
                .color(severity_color(f.severity, dark))
                .strong(),
        );
        ui.label(crate::ui::kit::lang::say(ui.ctx(), &f.message));
        ui.label(egui::RichText::new(crate::ui::kit::lang::fix_line(ui.ctx(), &f.fix)).italics());
    }
}

/// A date in a bar's tooltip: "12 Apr" / "4月12日", "—" when there is none.
fn fmt(lang: Lang, date: Option<NaiveDate>) -> String {
    date.map_or("—".to_string(), |d| i18n::short_date(lang, d, d.year()))
}
