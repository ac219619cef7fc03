//! The creators slide: a card per creator (name, main handle, followers, niches, their
//! deliverables and dates), as many cards as fit, the rest on the next slides. Fees only
//! when confidential details are shown; never rates, notes or contact details.

use super::style::{self, BODY, INK, MUTED, RULE, SMALL, text};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::view::View;
use chrono::Datelike;
use egui::{RichText, Stroke};
use rapport_core::counts::short_count;
use rapport_core::i18n::short_date;
use rapport_core::model::{CampaignId, CostStatus, Deliverable, DeliverableStatus, Money, Project};

const CARD_W: f32 = 560.0;
/// The most deliverables a card makes room for; more are "and N more".
const MOST_LINES: usize = 6;

/// One creator's card, prepared once per project version: who, their deliverables (not
/// cancelled, by publish date) and what they are paid in the campaign(s).
#[derive(Debug, Clone)]
pub struct Card {
    /// The influencer's index in the project.
    pub influencer: usize,
    /// Their deliverables' indices.
    pub deliverables: Vec<usize>,
    /// Their pay (fee, usage rights, bonus), shown only when confidential details are.
    pub fees: Money,
}

/// The cards of the campaign(s), and the most deliverables one of them has.
#[derive(Debug, Clone)]
pub struct Cards {
    /// By name.
    pub cards: Vec<Card>,
    /// The most deliverables on one card (what a card's height makes room for).
    pub most: usize,
}

impl Cards {
    /// The cards of the campaign(s) (all when `None`).
    pub fn new(project: &Project, campaign: Option<&CampaignId>) -> Self {
        let cards = creators(project, campaign);
        let most = cards
            .iter()
            .map(|c| c.deliverables.len())
            .max()
            .unwrap_or(0);
        Self { cards, most }
    }
}

/// The cards of the campaign(s), by name: participants and those with deliverables. One
/// pass over the records, so that a frame only draws.
fn creators(project: &Project, campaign: Option<&CampaignId>) -> Vec<Card> {
    let wanted = |c: &CampaignId| campaign.is_none_or(|id| id == c);
    let at: rapport_core::fast::HashMap<&str, usize> = project
        .influencers
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), i))
        .collect();
    let mut cards: rapport_core::fast::HashMap<usize, Card> = Default::default();
    fn card(cards: &mut rapport_core::fast::HashMap<usize, Card>, i: usize) -> &mut Card {
        cards.entry(i).or_insert_with(|| Card {
            influencer: i,
            deliverables: Vec::new(),
            fees: Money::ZERO,
        })
    }
    for c in project.campaigns.iter().filter(|c| wanted(&c.id)) {
        for p in &c.participants {
            if let Some(&i) = at.get(p.influencer.as_str()) {
                card(&mut cards, i);
            }
        }
    }
    for (n, d) in project.deliverables.iter().enumerate() {
        if wanted(&d.campaign)
            && d.status != DeliverableStatus::Cancelled
            && let Some(&i) = at.get(d.influencer.as_str())
        {
            card(&mut cards, i).deliverables.push(n);
        }
    }
    for l in project.cost_lines.iter().filter(|l| wanted(&l.campaign)) {
        if l.category.is_creator_pay()
            && l.status != CostStatus::Cancelled
            && let Some(&i) = l.influencer.as_ref().and_then(|id| at.get(id.as_str()))
            && let Some(c) = cards.get_mut(&i)
        {
            c.fees += l.amount;
        }
    }
    let mut list: Vec<Card> = cards.into_values().collect();
    for c in &mut list {
        c.deliverables.sort_by_key(|&n| {
            let p = project.deliverables[n].publish;
            (p.is_none(), p)
        });
    }
    list.sort_by_cached_key(|c| {
        (
            project.influencers[c.influencer].name.to_lowercase(),
            c.influencer,
        )
    });
    list
}

const GAP: f32 = 24.0;

/// The height of a card that lists `most` deliverables (up to six), with a line for the fees
/// when they are shown.
fn card_height(ui: &egui::Ui, most: usize, confidential: bool) -> f32 {
    let row = |size: f32| ui.fonts_mut(|f| f.row_height(&egui::FontId::proportional(size)));
    let gap = ui.spacing().item_spacing.y;
    let lines =
        most.clamp(1, MOST_LINES) + usize::from(most > MOST_LINES) + usize::from(confidential);
    let header = row(BODY) + 2.0 * row(SMALL) + 6.0 + 4.0 * gap;
    header + lines as f32 * (row(SMALL) + 2.0 + gap) + 2.0 * 18.0
}

/// The columns and rows of cards that fit in `area`.
fn grid(area: egui::Rect, card_h: f32) -> (usize, usize) {
    let cols = (((area.width() + GAP) / (CARD_W + GAP)).floor() as usize).max(1);
    let rows = (((area.height() + GAP) / (card_h + GAP)).floor() as usize).max(1);
    (cols, rows)
}

/// How many cards fit on a slide with `area`, each tall enough for `most` deliverables.
pub fn fit(ui: &egui::Ui, area: egui::Rect, most: usize, confidential: bool) -> usize {
    let (cols, rows) = grid(area, card_height(ui, most, confidential));
    cols * rows
}

/// Draws page `page`; returns how many cards fit on a slide.
pub fn ui(
    ui: &mut egui::Ui,
    view: View<'_>,
    creators: &Cards,
    page: usize,
    per_page: usize,
    confidential: bool,
) -> usize {
    let project = view.project;
    let all = &creators.cards;
    let rect = ui.available_rect_before_wrap();
    let gap = GAP;
    let (cols, rows) = grid(rect, card_height(ui, creators.most, confidential));
    let fit = cols * rows;
    let card_w = (rect.width() - gap * (cols as f32 - 1.0)) / cols as f32;
    let card_h = (rect.height() - gap * (rows as f32 - 1.0)) / rows as f32;
    for (n, who) in all
        .iter()
        .skip(page * per_page)
        .take(fit.min(per_page))
        .enumerate()
    {
        let (r, c) = (n / cols, n % cols);
        let min = rect.min + egui::vec2(c as f32 * (card_w + gap), r as f32 * (card_h + gap));
        let card = egui::Rect::from_min_size(min, egui::vec2(card_w, card_h));
        let mut inner = ui.new_child(egui::UiBuilder::new().max_rect(card.shrink(18.0)));
        ui.painter()
            .rect_stroke(card, 8.0, Stroke::new(2.0, RULE), egui::StrokeKind::Inside);
        card_ui(&mut inner, project, who, confidential);
    }
    if all.is_empty() {
        ui.label(style::muted(tr(ui.ctx(), "pres-no-creators"), BODY));
    }
    ui.advance_cursor_after_rect(rect);
    fit
}

/// One creator's card.
fn card_ui(ui: &mut egui::Ui, project: &Project, card: &Card, confidential: bool) {
    let Some(who) = project.influencers.get(card.influencer) else {
        return;
    };
    ui.add(egui::Label::new(text(&who.name, BODY).strong()).truncate());
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let handle = who.main_handle();
    let platform = who
        .handles
        .first()
        .map_or(String::new(), |h| h.platform.label_in(lang));
    let line = tr_with(
        ui.ctx(),
        "pres-card-handle",
        &[
            ("handle", handle.into()),
            ("platform", platform.into()),
            ("followers", short_count(who.total_followers()).into()),
        ],
    );
    ui.label(style::muted(line, SMALL));
    if !who.niches.is_empty() {
        ui.add(egui::Label::new(style::muted(who.niches.join(", "), SMALL)).truncate());
    }
    ui.add_space(6.0);
    let theirs: Vec<&Deliverable> = card
        .deliverables
        .iter()
        .filter_map(|&n| project.deliverables.get(n))
        .collect();
    // As many deliverables as the card has lines for, one line each, keeping a line for
    // "and N more" and one for the fees when they are shown.
    let line = ui.fonts_mut(|f| f.row_height(&egui::FontId::proportional(SMALL))) + 2.0;
    let lines = ((ui.available_height() / line).floor() as usize)
        .saturating_sub(usize::from(confidential))
        .max(1);
    let room = if theirs.len() > lines {
        lines - 1
    } else {
        lines
    };
    let to_agree = tr(ui.ctx(), "pres-date-to-agree");
    for d in theirs.iter().take(room) {
        let (color, filled) = style::status_color(d.status);
        let date = d
            .publish
            .map_or(to_agree.clone(), |p| short_date(lang, p, p.year()));
        // The mark and the date, then the title, cut with "…" when it is long.
        ui.horizontal_top(|ui| {
            ui.label(
                RichText::new(if filled { "■" } else { "□" })
                    .size(SMALL)
                    .color(color),
            );
            ui.add(
                egui::Label::new(text(
                    format!("{date} · {} ({})", d.title, d.platform.label_in(lang)),
                    SMALL,
                ))
                .truncate(),
            );
        });
    }
    if theirs.len() > room {
        let more = tr_with(
            ui.ctx(),
            "pres-and-more",
            &[("count", (theirs.len() - room).into())],
        );
        ui.label(style::muted(more, SMALL));
    }
    if theirs.is_empty() {
        ui.label(style::muted(
            tr(ui.ctx(), "pres-card-no-deliverables"),
            SMALL,
        ));
    }
    if confidential {
        let fees = tr_with(
            ui.ctx(),
            "pres-card-fees",
            &[
                ("fees", card.fees.grouped().into()),
                ("currency", project.info.currency.as_str().into()),
            ],
        );
        ui.label(RichText::new(fees).size(SMALL).color(INK));
    }
    let _ = MUTED;
}
