//! The timeline chart: every deliverable as a bar from brief sent to publish, with the
//! draft-due point and the review window, in lanes per influencer or per campaign, on a
//! day/week/month axis with weekends shaded and a today line. Only what is visible is drawn.
//! Bars move and resize by dragging (one undo step on release, Esc cancels); their flags
//! follow the drag live.

pub mod bar;
mod input;
mod legend;
pub mod rows;
pub mod time_scale;

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::tr;
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use bar::ROW_HEIGHT;
use chrono::{Datelike, NaiveDate};
use egui::{Align2, Color32, CursorIcon, FontId, Rect, Sense, Stroke, pos2, vec2};
use rapport_core::i18n::Lang;
use rapport_core::model::{CampaignId, DatePart, DeliverableId};
use rows::{LaneMode, Row, build_rows};
use time_scale::{TickUnit, TimeScale};

const AXIS_HEIGHT: f32 = 38.0;
const LABEL_WIDTH: f32 = 230.0;

/// A drag in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Drag {
    /// The deliverable.
    pub id: DeliverableId,
    /// What is dragged: the whole bar, one of its ends, or the draft point.
    pub part: DatePart,
    /// Whole days moved so far.
    pub days: i64,
}

/// The chart's state between frames.
#[derive(Debug, Default)]
pub struct GanttChart {
    /// The time axis; set to fit the plan on first use.
    pub scale: Option<TimeScale>,
    /// Lanes per influencer or per campaign.
    pub lanes: LaneMode,
    /// Vertical scroll, in points.
    pub scroll: f32,
    /// The drag in progress.
    pub drag: Option<Drag>,
    rows: Memo<(u64, LaneMode, Option<CampaignId>), Vec<Row>>,
    fit_request: bool,
    /// A deliverable to scroll into view on the next frame (after a click, or when the
    /// editor under the chart appears).
    pub reveal: Option<DeliverableId>,
    /// Tab (true) or Shift+Tab (false) was pressed for the chart this frame.
    pub(super) tab: Option<bool>,
    /// Whether the selected bar is the last and the first (or there is none): Tab and
    /// Shift+Tab there leave the chart for the rest of the window instead of wrapping,
    /// so the keyboard is never trapped in the chart.
    pub(super) tab_edge: (bool, bool),
    /// Why the selected deliverable did not move (a published one keeps its dates), shown
    /// over the chart while it stays selected.
    pub notice: Option<(DeliverableId, String)>,
    /// The words of the bars' tooltips.
    words: bar::BarWords,
}

/// A month's label that fits in `width` points: "March 2027", "Mar 2027", "Mar" (with the
/// year in January); in Chinese "2027年3月", "3月" ("27年1月").
fn month_label(lang: Lang, day: NaiveDate, width: f32) -> String {
    let year = |format: &str| day.format(format).to_string();
    let month_year = crate::ui::kit::date_field::month_year;
    match width {
        w if w >= 140.0 => month_year(lang, day, "%B", &year("%Y")),
        w if w >= 75.0 => month_year(lang, day, "%b", &year("%Y")),
        _ if day.month() == 1 => month_year(lang, day, "%b", &year("%y")),
        _ => rapport_core::i18n::text_with(
            lang,
            "tl-month",
            &[
                ("name", year("%b").into()),
                ("month", day.month().to_string().into()),
            ],
        ),
    }
}

impl GanttChart {
    /// Asks the chart to fit the visible plan on the next frame.
    pub fn fit(&mut self) {
        self.fit_request = true;
    }

    /// Draws the chart of `deliverables` (the campaign filter applied by the caller).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        campaign: Option<&CampaignId>,
        selected: &mut Option<DeliverableId>,
        edits: &mut EditQueue,
    ) {
        let project = view.project;
        let key = (view.revision, self.lanes, campaign.cloned());
        let lanes = self.lanes;
        let mut memo = std::mem::take(&mut self.rows);
        let rows = memo.get(key, || build_rows(project, view.index, lanes, campaign));
        self.chart_ui(ui, view, rows, campaign, selected, edits);
        self.rows = memo;
    }

    #[allow(clippy::too_many_arguments)]
    fn chart_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        rows: &[Row],
        campaign: Option<&CampaignId>,
        selected: &mut Option<DeliverableId>,
        edits: &mut EditQueue,
    ) {
        let project = view.project;
        // Esc cancels a drag: egui ends it this frame, and nothing is committed.
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.drag = None;
        }

        let (whole, background) =
            ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        let name = tr(ui.ctx(), "tl-chart-name");
        background
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Canvas, true, &name));
        // The legend under the chart.
        let rect = Rect::from_min_max(
            whole.min,
            pos2(
                whole.max.x,
                (whole.max.y - legend::LEGEND_HEIGHT).max(whole.min.y),
            ),
        );
        legend::legend_ui(
            ui,
            Rect::from_min_max(pos2(whole.min.x, rect.max.y), whole.max),
        );
        let chart_left = rect.left() + LABEL_WIDTH;
        if self.scale.is_none() || self.fit_request {
            self.fit_request = false;
            let dates = rows.iter().filter_map(|r| match r {
                Row::Bar(i) => project.deliverables.get(*i),
                Row::Lane(..) => None,
            });
            let (mut from, mut to) = (view.today, view.today);
            for d in dates {
                for date in [d.brief_sent, d.draft_due, d.publish].into_iter().flatten() {
                    from = from.min(date);
                    to = to.max(date);
                }
            }
            self.scale = Some(TimeScale::fit(
                from,
                to,
                chart_left,
                rect.right() - chart_left,
            ));
        }
        let Some(mut scale) = self.scale else { return };
        scale.left = chart_left;

        // Zoom with Ctrl + wheel (or pinch) around the pointer; scroll with the wheel.
        if background.hovered() || ui.rect_contains_pointer(rect) {
            let (zoom, scroll, pointer) =
                ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
            let anchor = pointer.map_or(chart_left, |p| p.x);
            if zoom > 1.01 {
                scale = scale.zoomed(1, anchor);
            } else if zoom < 0.99 {
                scale = scale.zoomed(-1, anchor);
            }
            self.scroll -= scroll.y;
            if scroll.x.abs() > 0.5 {
                scale = scale.panned(scroll.x);
            }
        }
        if background.dragged() && self.drag.is_none() {
            let delta = background.drag_delta();
            scale = scale.panned(delta.x);
            self.scroll -= delta.y;
            ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
        }
        let body_height = rect.height() - AXIS_HEIGHT;
        if let Some(id) = self.reveal.take() {
            let at = rows.iter().position(|r| matches!(r, Row::Bar(i) if project.deliverables.get(*i).is_some_and(|d| d.id == id)));
            if let Some(at) = at {
                let top = at as f32 * ROW_HEIGHT;
                if top < self.scroll || top + ROW_HEIGHT > self.scroll + body_height {
                    self.scroll = top - body_height / 2.0;
                }
            }
            let date = project
                .deliverable(&id)
                .and_then(|d| d.publish.or(d.brief_sent));
            if let Some(date) = date {
                let x = scale.x(date);
                if x < chart_left || x > rect.right() {
                    scale = scale.panned((chart_left + rect.right()) / 2.0 - x);
                }
            }
        }
        let max_scroll = (rows.len() as f32 * ROW_HEIGHT - body_height).max(0.0);
        self.scroll = self.scroll.clamp(0.0, max_scroll);
        self.scale = Some(scale);

        let painter = ui.painter_at(rect);
        let visuals = ui.visuals().clone();
        let dark = visuals.dark_mode;
        painter.rect_filled(rect, 0.0, visuals.extreme_bg_color);
        let first_day = scale.date_at(chart_left);
        let last_day = scale.date_at(rect.right());
        let body = Rect::from_min_max(
            pos2(chart_left, rect.top() + AXIS_HEIGHT),
            rect.right_bottom(),
        );
        // Weekends.
        if scale.px_per_day >= 3.0 {
            let shade = if dark {
                Color32::from_white_alpha(8)
            } else {
                Color32::from_black_alpha(10)
            };
            for day in first_day.iter_days().take_while(|d| *d <= last_day) {
                if matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
                    let x = scale.x(day);
                    painter.rect_filled(
                        Rect::from_min_max(
                            pos2(x, body.top()),
                            pos2(x + scale.px_per_day, body.bottom()),
                        ),
                        0.0,
                        shade,
                    );
                }
            }
        }
        let today_x = scale.x(view.today) + scale.px_per_day / 2.0;
        let today_shown = today_x > chart_left && today_x < rect.right();
        // The today label sits in the day numbers' row and takes the place of those it
        // would cover.
        let today_word = tr(ui.ctx(), "tl-today");
        let today_label = today_shown.then(|| {
            let width = ui.fonts_mut(|f| {
                f.layout_no_wrap(
                    today_word.clone(),
                    FontId::proportional(11.0),
                    Color32::WHITE,
                )
                .size()
                .x
            });
            egui::Rangef::new(today_x - 4.0, today_x + width + 10.0)
        });
        self.axis_ui(
            &painter,
            rect,
            scale,
            (first_day, last_day),
            &visuals,
            today_label,
            crate::ui::kit::lang::get(ui.ctx()),
        );

        // Rows: only the visible ones.
        let first_row = (self.scroll / ROW_HEIGHT).floor() as usize;
        let visible = (body_height / ROW_HEIGHT).ceil() as usize + 1;
        let body_painter = ui.painter_at(Rect::from_min_max(
            pos2(rect.left(), body.top()),
            rect.right_bottom(),
        ));
        for (n, row) in rows.iter().enumerate().skip(first_row).take(visible) {
            let top = body.top() + n as f32 * ROW_HEIGHT - self.scroll;
            match row {
                Row::Lane(label, id) => {
                    let band =
                        Rect::from_min_size(pos2(rect.left(), top), vec2(rect.width(), ROW_HEIGHT));
                    ui.interact(band, egui::Id::unique(("gantt-lane", id)), Sense::hover())
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(egui::accesskit::Role::Row, true, label)
                        });
                    body_painter.rect_filled(band, 0.0, visuals.faint_bg_color);
                    body_painter.text(
                        pos2(rect.left() + 6.0, top + ROW_HEIGHT / 2.0),
                        Align2::LEFT_CENTER,
                        label,
                        FontId::proportional(13.5),
                        visuals.strong_text_color(),
                    );
                }
                Row::Bar(index) => {
                    if let Some(d) = project.deliverables.get(*index) {
                        self.bar_ui(
                            ui,
                            &body_painter,
                            view,
                            d,
                            top,
                            rect,
                            scale,
                            selected,
                            edits,
                        );
                    }
                }
            }
        }
        self.keys_ui(ui, view, rows, selected, edits);
        if self
            .notice
            .as_ref()
            .is_some_and(|(id, _)| selected.as_ref() != Some(id))
        {
            self.notice = None;
        }
        if let Some((_, text)) = &self.notice {
            let galley = painter.layout(
                text.clone(),
                FontId::proportional(13.0),
                visuals.strong_text_color(),
                (body.width() - 24.0).max(100.0),
            );
            let at = pos2(body.left() + 12.0, body.top() + 8.0);
            let frame = Rect::from_min_size(at, galley.size()).expand(6.0);
            painter.rect_filled(frame, 4.0, visuals.window_fill);
            painter.rect_stroke(frame, 4.0, visuals.window_stroke, egui::StrokeKind::Outside);
            painter.galley(at, galley, visuals.strong_text_color());
            ui.interact(frame, ui.scope_id().with("chart_notice"), Sense::hover())
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::accesskit::Role::Alert, true, text)
                });
        }
        self.double_click_ui(
            &background,
            body,
            scale,
            view,
            rows,
            campaign,
            selected,
            edits,
        );
        // Today.
        if today_shown {
            let red = Color32::from_rgb(0xe0, 0x4f, 0x5f);
            painter.line_segment(
                [
                    pos2(today_x, rect.top() + AXIS_HEIGHT - 20.0),
                    pos2(today_x, rect.bottom()),
                ],
                Stroke::new(2.0, red),
            );
            painter.text(
                pos2(today_x + 4.0, rect.top() + AXIS_HEIGHT - 9.0),
                Align2::LEFT_BOTTOM,
                today_word,
                FontId::proportional(11.0),
                red,
            );
        }
        painter.line_segment(
            [
                pos2(chart_left, rect.top()),
                pos2(chart_left, rect.bottom()),
            ],
            visuals.widgets.noninteractive.bg_stroke,
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn axis_ui(
        &self,
        painter: &egui::Painter,
        rect: Rect,
        scale: TimeScale,
        (first, last): (NaiveDate, NaiveDate),
        visuals: &egui::Visuals,
        today_label: Option<egui::Rangef>,
        lang: Lang,
    ) {
        let text = visuals.text_color();
        let weak = visuals.weak_text_color();
        let unit = scale.unit();
        for day in first.iter_days().take_while(|d| *d <= last) {
            let x = scale.x(day);
            // The first, partial month is named only when its name does not run into the
            // next month's.
            let next_month_x = day
                .checked_add_months(chrono::Months::new(1))
                .and_then(|d| d.with_day(1))
                .map_or(f32::INFINITY, |d| scale.x(d));
            let room = day.day() == 1 || next_month_x - x.max(scale.left) > 90.0;
            if day.day() == 1 || (day == first && room) {
                painter.text(
                    pos2(x.max(scale.left) + 3.0, rect.top() + 3.0),
                    Align2::LEFT_TOP,
                    month_label(lang, day, scale.px_per_day * 30.0),
                    FontId::proportional(12.5),
                    text,
                );
                painter.line_segment(
                    [pos2(x, rect.top()), pos2(x, rect.bottom())],
                    Stroke::new(1.0, weak.gamma_multiply(0.4)),
                );
            }
            if unit.ticks(day) {
                let label = match unit {
                    TickUnit::Day | TickUnit::Week => day.day().to_string(),
                    TickUnit::Month => String::new(),
                };
                painter.line_segment(
                    [
                        pos2(x, rect.top() + AXIS_HEIGHT - 8.0),
                        pos2(x, rect.top() + AXIS_HEIGHT),
                    ],
                    Stroke::new(1.0, weak),
                );
                let covered =
                    today_label.is_some_and(|r| r.intersects(egui::Rangef::new(x, x + 16.0)));
                if !covered {
                    painter.text(
                        pos2(x + 2.0, rect.top() + AXIS_HEIGHT - 9.0),
                        Align2::LEFT_BOTTOM,
                        label,
                        FontId::proportional(10.5),
                        weak,
                    );
                }
            }
        }
        painter.line_segment(
            [
                pos2(rect.left(), rect.top() + AXIS_HEIGHT),
                pos2(rect.right(), rect.top() + AXIS_HEIGHT),
            ],
            visuals.widgets.noninteractive.bg_stroke,
        );
    }
}
