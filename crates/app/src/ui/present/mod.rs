//! Presentation mode (View ▸ Present, F5; Esc leaves): the plan on a projector, full screen,
//! in large type and a projector-safe palette, nothing editable. Fees, rates, private notes
//! and contact details are hidden by default, as in a client copy, with a badge saying so
//! and a switch for internal meetings. Slides: overview, what needs a decision in full,
//! timeline, budget, creators (all but the overview and budget take as many slides as they
//! need).

mod budget_slide;
mod creators_slide;
mod decisions_slide;
mod overview_slide;
mod results_slide;
pub mod style;
mod timeline_slide;

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::{Key, RichText};
use rapport_core::model::{CampaignId, Overview};
use style::{INK, MUTED, SMALL, TITLE};

/// The kinds of slide, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideKind {
    /// Campaign(s), dates, objective, creators and reach, deliverables by status, budget, decisions.
    Overview,
    /// Every error finding in full.
    Decisions,
    /// The chart, read-only, fitted to the campaign.
    Timeline,
    /// The cap bar and the waterfall.
    Budget,
    /// Each KPI against its target, and whom to book again (when there are targets or
    /// measured results).
    Results,
    /// A card per creator.
    Creators,
}

impl SlideKind {
    /// Its name in the slide counter, in English (see [`SlideKind::label_in`]).
    pub fn label(self) -> &'static str {
        match self {
            SlideKind::Overview => "Overview",
            SlideKind::Decisions => "Needs a decision",
            SlideKind::Timeline => "Timeline",
            SlideKind::Budget => "Budget",
            SlideKind::Results => "Results",
            SlideKind::Creators => "Creators",
        }
    }

    /// Its name in the slide counter and the title, in `lang`.
    pub fn label_in(self, lang: rapport_core::i18n::Lang) -> String {
        let id = match self {
            SlideKind::Overview => "pres-slide-overview",
            SlideKind::Decisions => "pres-slide-decisions",
            SlideKind::Timeline => "pres-slide-timeline",
            SlideKind::Budget => "pres-slide-budget",
            SlideKind::Results => "pres-slide-results",
            SlideKind::Creators => "pres-slide-creators",
        };
        rapport_core::i18n::text(lang, id)
    }
}

/// One slide: its kind and, for those that take several, which page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slide {
    /// The kind.
    pub kind: SlideKind,
    /// The page of it (from 0).
    pub page: usize,
    /// How many pages it has.
    pub pages: usize,
}

/// What the presentation asks the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresentAction {
    /// Leave presentation mode.
    Leave,
}

/// What the decisions' pages depend on: the project version, the campaign, whether
/// details are shown, and the slide's size (as bits).
type PagesKey = (u64, Option<CampaignId>, bool, [u32; 2]);

/// Presentation state between frames.
#[derive(Debug, Default)]
pub struct Presentation {
    /// The slide shown (an index into the slides of the campaign chosen; `usize::MAX`:
    /// the last, whatever their number).
    pub slide: usize,
    /// The campaign presented (all when `None`).
    pub campaign: Option<CampaignId>,
    /// Fees, rates, notes and contact details shown (an internal meeting).
    pub confidential: bool,
    overview: Memo<(u64, Option<CampaignId>, bool), Overview>,
    /// The timeline's rows and the creators, per project version and campaign.
    prepared:
        Memo<(u64, Option<CampaignId>), (timeline_slide::TimelineRows, creators_slide::Cards)>,
    /// Whether there are results to show, per project version and campaign.
    results: Memo<(u64, Option<CampaignId>), bool>,
    /// The decisions on each "Needs a decision" slide, per project version, campaign,
    /// what is shown and the slide's size.
    decision_pages: Memo<PagesKey, Vec<std::ops::Range<usize>>>,
    /// The slide drawn in the last frame, and how many there were.
    pub shown: Option<(Slide, usize)>,
    /// Rows per page, as laid out in the last frame (timeline lanes, creator cards).
    pub(crate) timeline_lanes: usize,
    pub(crate) cards_per_page: usize,
}

/// Gives a painted area of a slide an accessible name (what a screen reader says of it),
/// then moves past it.
pub(crate) fn name_area(ui: &mut egui::Ui, rect: egui::Rect, name: &str) {
    let response = ui.interact(rect, ui.scope_id().with("slide_area"), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name));
    ui.advance_cursor_after_rect(rect);
}

impl Presentation {
    /// A presentation of one campaign, or all of them.
    pub fn new(campaign: Option<CampaignId>) -> Self {
        Presentation {
            campaign,
            timeline_lanes: 12,
            cards_per_page: 6,
            ..Presentation::default()
        }
    }

    /// The timeline's rows and the creators' cards (by name) of the campaign chosen.
    fn prepared(
        &mut self,
        view: View<'_>,
    ) -> &(timeline_slide::TimelineRows, creators_slide::Cards) {
        let campaign = self.campaign.clone();
        self.prepared.get((view.revision, campaign.clone()), || {
            (
                timeline_slide::TimelineRows::new(view.project, campaign.as_ref(), view.today),
                creators_slide::Cards::new(view.project, campaign.as_ref()),
            )
        })
    }

    /// The slides of the campaign chosen, in order, with `decisions` "Needs a decision"
    /// slides.
    pub fn slides(&mut self, view: View<'_>, decisions: usize) -> Vec<Slide> {
        let (rows, creators) = self.prepared(view);
        let (lanes, creators) = (rows.rows.len(), creators.cards.len());
        let pages = |n: usize, per: usize| n.div_ceil(per.max(1)).max(1);
        let mut slides = vec![Slide {
            kind: SlideKind::Overview,
            page: 0,
            pages: 1,
        }];
        slides.extend((0..decisions).map(|page| Slide {
            kind: SlideKind::Decisions,
            page,
            pages: decisions,
        }));
        let t = pages(lanes, self.timeline_lanes);
        slides.extend((0..t).map(|page| Slide {
            kind: SlideKind::Timeline,
            page,
            pages: t,
        }));
        slides.push(Slide {
            kind: SlideKind::Budget,
            page: 0,
            pages: 1,
        });
        let campaign = self.campaign.clone();
        let results = *self.results.get((view.revision, campaign.clone()), || {
            results_slide::has_results(view, campaign.as_ref())
        });
        if results {
            slides.push(Slide {
                kind: SlideKind::Results,
                page: 0,
                pages: 1,
            });
        }
        let c = pages(creators, self.cards_per_page);
        slides.extend((0..c).map(|page| Slide {
            kind: SlideKind::Creators,
            page,
            pages: c,
        }));
        slides
    }

    /// Moves with the keys presenters use: → ↓ PgDn Space next, ← ↑ PgUp back, Home first,
    /// End last; Esc leaves.
    fn keys(&mut self, ctx: &egui::Context, count: usize) -> Option<PresentAction> {
        let last = count.saturating_sub(1);
        // "The last slide" stays the last while the pages settle to the screen's size.
        if self.slide != usize::MAX {
            self.slide = self.slide.min(last);
        }
        let current = self.slide.min(last);
        ctx.input_mut(|i| {
            if i.consume_key(egui::Modifiers::NONE, Key::Escape) {
                return Some(PresentAction::Leave);
            }
            for key in [Key::ArrowRight, Key::ArrowDown, Key::PageDown, Key::Space] {
                if i.consume_key(egui::Modifiers::NONE, key) {
                    self.slide = (current + 1).min(last);
                }
            }
            for key in [Key::ArrowLeft, Key::ArrowUp, Key::PageUp] {
                if i.consume_key(egui::Modifiers::NONE, key) {
                    self.slide = current.saturating_sub(1);
                }
            }
            if i.consume_key(egui::Modifiers::NONE, Key::Home) {
                self.slide = 0;
            }
            if i.consume_key(egui::Modifiers::NONE, Key::End) {
                self.slide = usize::MAX;
            }
            None
        })
    }

    /// Draws the slide shown and the strip under it; returns what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View<'_>) -> Option<PresentAction> {
        // The strip under the slide: one line on a wide screen, two on a laptop's.
        let narrow = self.narrow_strip(ui, view);
        let strip = if narrow { 104.0 } else { 64.0 };
        let full = ui.available_rect_before_wrap();
        let body = egui::Rect::from_min_max(full.min, egui::pos2(full.max.x, full.max.y - strip));
        // What fits under the title (one line) decides the pages before any is drawn, so
        // that the counter is right from the first slide.
        let title_h = ui.fonts_mut(|f| f.row_height(&egui::FontId::proportional(TITLE)));
        let mut area = body.shrink(40.0);
        area.min.y += title_h + 12.0;
        self.timeline_lanes = timeline_slide::fit(area);
        let most = self.prepared(view).1.most;
        self.cards_per_page = creators_slide::fit(ui, area, most, self.confidential);
        let hidden = rapport_core::share::hidden_unless(self.confidential);
        let key = (view.version, self.campaign.clone(), self.confidential);
        let campaign = self.campaign.clone();
        let overview = self
            .overview
            .get(key, || {
                rapport_core::model::overview(
                    view.project,
                    campaign.as_ref(),
                    view.findings.all(),
                    &hidden,
                )
            })
            .clone();
        let size = [area.width().to_bits(), area.height().to_bits()];
        let pages_key = (view.version, self.campaign.clone(), self.confidential, size);
        let decision_pages = self
            .decision_pages
            .get(pages_key, || {
                decisions_slide::pages(ui, &overview.decisions, area)
            })
            .clone();
        let slides = self.slides(view, decision_pages.len());
        let mut action = self.keys(ui.ctx(), slides.len());
        let index = self.slide.min(slides.len().saturating_sub(1));
        let slide = slides[index];
        self.shown = Some((slide, slides.len()));
        let mut content = ui.new_child(egui::UiBuilder::new().max_rect(body.shrink(40.0)));
        // A slide never draws over the strip under it.
        content.shrink_clip_rect(body.shrink2(egui::vec2(0.0, 20.0)));
        content.style_mut().visuals.override_text_color = Some(INK);
        // The campaign's name, or "All campaigns" in the interface's language.
        let name = self.chosen_name(ui.ctx(), view);
        let kind = slide.kind.label_in(crate::ui::kit::lang::get(ui.ctx()));
        let title = match slide.pages {
            1 => format!("{name} · {kind}"),
            n => tr_with(
                ui.ctx(),
                "pres-title-pages",
                &[
                    ("title", name.into()),
                    ("kind", kind.into()),
                    ("page", (slide.page + 1).into()),
                    ("pages", n.into()),
                ],
            ),
        };
        content
            .add(egui::Label::new(RichText::new(title).size(TITLE).strong().color(INK)).truncate());
        content.add_space(12.0);
        match slide.kind {
            SlideKind::Overview => {
                overview_slide::ui(&mut content, view, &overview, self.confidential)
            }
            SlideKind::Decisions => decisions_slide::ui(
                &mut content,
                &overview.decisions,
                decision_pages.get(slide.page).cloned().unwrap_or_default(),
            ),
            SlideKind::Timeline => {
                let per_page = self.timeline_lanes;
                let confidential = self.confidential;
                let (rows, _) = self.prepared(view);
                let fit = timeline_slide::ui(
                    &mut content,
                    view,
                    rows,
                    slide.page,
                    per_page,
                    confidential,
                );
                self.timeline_lanes = fit;
            }
            SlideKind::Budget => budget_slide::ui(
                &mut content,
                view,
                self.campaign.as_ref(),
                self.confidential,
            ),
            SlideKind::Results => results_slide::ui(
                &mut content,
                view,
                self.campaign.as_ref(),
                self.confidential,
            ),
            SlideKind::Creators => {
                let per_page = self.cards_per_page;
                let confidential = self.confidential;
                let (_, creators) = self.prepared(view);
                let fit = creators_slide::ui(
                    &mut content,
                    view,
                    creators,
                    slide.page,
                    per_page,
                    confidential,
                );
                self.cards_per_page = fit;
            }
        }
        let strip_rect =
            egui::Rect::from_min_max(egui::pos2(full.min.x, full.max.y - strip), full.max);
        let mut bottom = ui
            .new_child(egui::UiBuilder::new().max_rect(strip_rect.shrink2(egui::vec2(40.0, 8.0))));
        if self.strip_ui(&mut bottom, view, &slides, narrow) {
            action = Some(PresentAction::Leave);
        }
        ui.advance_cursor_after_rect(full);
        action
    }

    /// The strip under the slide: the campaign, the slide counter, what is hidden, and
    /// leaving. Returns true when asked to leave.
    fn strip_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        slides: &[Slide],
        narrow: bool,
    ) -> bool {
        let mut leave = false;
        ui.style_mut()
            .text_styles
            .insert(egui::TextStyle::Button, style::font(SMALL));
        ui.style_mut()
            .text_styles
            .insert(egui::TextStyle::Body, style::font(SMALL));
        if narrow {
            ui.vertical(|ui| {
                ui.horizontal(|ui| self.where_ui(ui, view, slides));
                ui.horizontal(|ui| leave = self.privacy_ui(ui));
            });
        } else {
            ui.horizontal_centered(|ui| {
                self.where_ui(ui, view, slides);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    leave = self.privacy_ui(ui);
                });
            });
        }
        leave
    }

    /// The campaign chooser and the slide counter.
    fn where_ui(&mut self, ui: &mut egui::Ui, view: View<'_>, slides: &[Slide]) {
        let label = ui.label(
            RichText::new(tr(ui.ctx(), "pres-campaign"))
                .size(SMALL)
                .color(MUTED),
        );
        let chosen = self.chosen_name(ui.ctx(), view);
        let before = self.campaign.clone();
        egui::ComboBox::from_id_salt("present_campaign")
            .selected_text(RichText::new(chosen).size(SMALL))
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut self.campaign,
                    None,
                    tr(ui.ctx(), "report-all-campaigns"),
                );
                for c in &view.project.campaigns {
                    ui.selectable_value(&mut self.campaign, Some(c.id.clone()), &c.name);
                }
            })
            .response
            .labelled_by(label.id);
        if self.campaign != before {
            self.slide = 0;
        }
        ui.add_space(24.0);
        let counter = self.counter(ui.ctx(), slides);
        ui.label(RichText::new(counter).size(SMALL).color(INK))
            .on_hover_text(tr(ui.ctx(), "pres-keys-tip"));
    }

    /// Whether the two halves of the strip do not fit side by side (a laptop, a long
    /// campaign name), so that they take a line each and never overlap.
    fn narrow_strip(&self, ui: &egui::Ui, view: View<'_>) -> bool {
        let ctx = ui.ctx();
        let lang = crate::ui::kit::lang::get(ctx);
        let texts = [
            tr(ctx, "pres-campaign"),
            self.chosen_name(ctx, view),
            format!("99 / 99 · {}", SlideKind::Decisions.label_in(lang)),
            self.badge(ctx),
            self.switch_text(ctx),
            tr(ctx, "pres-leave"),
        ];
        let width: f32 = ui.fonts_mut(|f| {
            texts
                .into_iter()
                .map(|t| f.layout_no_wrap(t, style::font(SMALL), INK).size().x)
                .sum()
        });
        // The combo box's arrow, the buttons' padding and the gaps between them.
        width + 150.0 > ui.available_width()
    }

    /// The name of the campaign presented.
    fn chosen_name(&self, ctx: &egui::Context, view: View<'_>) -> String {
        self.campaign
            .as_ref()
            .and_then(|id| view.project.campaign(id))
            .map_or_else(|| tr(ctx, "report-all-campaigns"), |c| c.name.clone())
    }

    /// "3 / 8 · Timeline".
    fn counter(&self, ctx: &egui::Context, slides: &[Slide]) -> String {
        let index = self.slide.min(slides.len().saturating_sub(1));
        let lang = crate::ui::kit::lang::get(ctx);
        let slide = slides
            .get(index)
            .map_or(String::new(), |s| s.kind.label_in(lang));
        format!("{} / {} · {slide}", index + 1, slides.len())
    }

    /// What the badge says is hidden or shown.
    fn badge(&self, ctx: &egui::Context) -> String {
        let words = ["pres-badge-hidden", "pres-badge-shown"];
        tr(ctx, words[usize::from(self.confidential)])
    }

    /// The switch's text.
    fn switch_text(&self, ctx: &egui::Context) -> String {
        tr(
            ctx,
            ["pres-show", "pres-hide"][usize::from(self.confidential)],
        )
    }

    /// What is hidden, the switch, and leaving (right to left on a wide screen). Returns
    /// true when asked to leave.
    fn privacy_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let badge = self.badge(ui.ctx());
        let leave_text = tr(ui.ctx(), "pres-leave");
        let color = if self.confidential {
            style::ALERT
        } else {
            style::BLUE
        };
        let switch = self.switch_text(ui.ctx());
        let mut leave = false;
        if ui.layout().prefer_right_to_left() {
            leave |= ui.button(RichText::new(&leave_text).size(SMALL)).clicked();
            if ui.button(RichText::new(&switch).size(SMALL)).clicked() {
                self.confidential = !self.confidential;
            }
            ui.label(RichText::new(&badge).size(SMALL).color(color));
        } else {
            ui.label(RichText::new(&badge).size(SMALL).color(color));
            if ui.button(RichText::new(&switch).size(SMALL)).clicked() {
                self.confidential = !self.confidential;
            }
            leave |= ui.button(RichText::new(&leave_text).size(SMALL)).clicked();
        }
        leave
    }
}
