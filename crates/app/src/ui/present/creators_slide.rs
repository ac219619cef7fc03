//! The creators slide: a card per creator (name, main handle, followers, niches, their
//! deliverables and dates), as many cards as fit, the rest on the next slides. Fees only
//! when confidential details are shown; never rates, notes or contact details.

use super::overview_slide::short_count;
use super::style::{self, BODY, INK, MUTED, RULE, SMALL, text};
use crate::ui::kit::view::View;
use egui::{RichText, Stroke};
use rapport_core::model::{CampaignId, CostStatus, Influencer, Money, Project};

const CARD_W: f32 = 560.0;
/// The least height of a card; cards share the slide's height.
const CARD_H: f32 = 320.0;

/// The creators of the campaign(s) (their indices in the project), by name: participants
/// and those with deliverables.
pub fn creators(project: &Project, campaign: Option<&CampaignId>) -> Vec<usize> {
    let mut ids: rapport_core::fast::HashSet<&str> = Default::default();
    for c in project
        .campaigns
        .iter()
        .filter(|c| campaign.is_none_or(|id| *id == c.id))
    {
        ids.extend(c.participants.iter().map(|p| p.influencer.as_str()));
    }
    ids.extend(
        project
            .deliverables
            .iter()
            .filter(|d| campaign.is_none_or(|c| *c == d.campaign))
            .map(|d| d.influencer.as_str()),
    );
    let mut list: Vec<usize> = (0..project.influencers.len())
        .filter(|&i| ids.contains(project.influencers[i].id.as_str()))
        .collect();
    list.sort_by_cached_key(|&i| project.influencers[i].name.to_lowercase());
    list
}

/// Draws page `page`; returns how many cards fit on a slide.
pub fn ui(
    ui: &mut egui::Ui,
    view: View<'_>,
    creators: &[usize],
    campaign: Option<&CampaignId>,
    page: usize,
    per_page: usize,
    confidential: bool,
) -> usize {
    let project = view.project;
    let all: Vec<&Influencer> = creators
        .iter()
        .filter_map(|&i| project.influencers.get(i))
        .collect();
    let rect = ui.available_rect_before_wrap();
    let gap = 24.0;
    let cols = (((rect.width() + gap) / (CARD_W + gap)).floor() as usize).max(1);
    let rows = (((rect.height() + gap) / (CARD_H + gap)).floor() as usize).max(1);
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
        card_ui(&mut inner, project, who, campaign, confidential);
    }
    if all.is_empty() {
        ui.label(style::muted("No creators take part yet.", BODY));
    }
    ui.advance_cursor_after_rect(rect);
    fit
}

/// One creator's card.
fn card_ui(
    ui: &mut egui::Ui,
    project: &Project,
    who: &Influencer,
    campaign: Option<&CampaignId>,
    confidential: bool,
) {
    ui.add(egui::Label::new(text(&who.name, BODY).strong()).truncate());
    let handle = who.main_handle();
    let platform = who.handles.first().map_or("", |h| h.platform.label());
    ui.label(style::muted(
        format!(
            "{handle} {platform} · {} followers",
            short_count(who.total_followers())
        ),
        SMALL,
    ));
    if !who.niches.is_empty() {
        ui.add(egui::Label::new(style::muted(who.niches.join(", "), SMALL)).truncate());
    }
    ui.add_space(6.0);
    let mut theirs: Vec<_> = project
        .deliverables
        .iter()
        .filter(|d| d.influencer == who.id && campaign.is_none_or(|c| *c == d.campaign))
        .filter(|d| d.status != rapport_core::model::DeliverableStatus::Cancelled)
        .collect();
    theirs.sort_by_key(|d| (d.publish.is_none(), d.publish));
    let room = 4;
    for d in theirs.iter().take(room) {
        let (color, filled) = style::status_color(d.status);
        let date = d.publish.map_or("date to agree".to_string(), |p| {
            p.format("%-d %b").to_string()
        });
        // The mark and the date, then the title, wrapping onto a second line if need be.
        ui.horizontal_top(|ui| {
            ui.label(
                RichText::new(if filled { "■" } else { "□" })
                    .size(SMALL)
                    .color(color),
            );
            ui.add(
                egui::Label::new(text(
                    format!("{date} · {} ({})", d.title, d.platform.label()),
                    SMALL,
                ))
                .wrap(),
            );
        });
    }
    if theirs.len() > room {
        ui.label(style::muted(
            format!("and {} more", theirs.len() - room),
            SMALL,
        ));
    }
    if theirs.is_empty() {
        ui.label(style::muted("No deliverables yet", SMALL));
    }
    if confidential {
        let fees: Money = project
            .cost_lines
            .iter()
            .filter(|l| {
                l.influencer.as_ref() == Some(&who.id) && campaign.is_none_or(|c| *c == l.campaign)
            })
            .filter(|l| l.category.is_creator_pay() && l.status != CostStatus::Cancelled)
            .fold(Money::ZERO, |a, l| a + l.amount);
        ui.label(
            RichText::new(format!(
                "Fees: {} {}",
                fees.grouped(),
                project.info.currency
            ))
            .size(SMALL)
            .color(INK),
        );
    }
    let _ = MUTED;
}
