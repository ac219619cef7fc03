//! The profile's sections of fields: identity and handles, engagement, fit and vetting,
//! money, and the person. Each edits the working copy and says whether a field was left.

use super::FixTarget;
use crate::ui::kit::widgets::{
    enum_combo, labelled_multiline, labelled_text, money_edit, safe_link,
};
use egui::RichText;
use rapport_core::model::{ContentType, Handle, Influencer, Platform, Rate, Stage};

pub(super) fn identity_ui(
    ui: &mut egui::Ui,
    value: &mut Influencer,
    target: Option<&FixTarget>,
    client: bool,
) -> bool {
    let mut commit = false;
    egui::Grid::new("identity_grid")
        .num_columns(2)
        .show(ui, |ui| {
            commit |= labelled_text(ui, "Name", &mut value.name).lost_focus();
            ui.end_row();
            if !client {
                commit |= labelled_text(ui, "Email", &mut value.email).lost_focus();
                ui.end_row();
            }
            commit |= labelled_text(ui, "Country", &mut value.country).lost_focus();
            ui.end_row();
            let owner = labelled_text(ui, "Our contact", &mut value.owner);
            if target == Some(&FixTarget::OurContact) {
                owner.request_focus();
                owner.scroll_to_me(Some(egui::Align::Center));
            }
            commit |= owner.lost_focus();
            ui.end_row();
            ui.label("Stage");
            commit |= enum_combo(ui, "Stage", &mut value.stage, Stage::ALL);
            ui.end_row();
            ui.label("Engagement %");
            ui.horizontal_wrapped(|ui| commit |= engagement_ui(ui, value));
            ui.end_row();
        });
    ui.label(RichText::new("Handles").strong());
    let mut remove = None;
    for (index, handle) in value.handles.iter_mut().enumerate() {
        ui.push_id(index, |ui| {
            ui.horizontal(|ui| {
                commit |= enum_combo(ui, "Platform", &mut handle.platform, Platform::ALL);
                let at = ui.label("@");
                commit |= ui
                    .add(egui::TextEdit::singleline(&mut handle.handle).desired_width(170.0))
                    .labelled_by(at.id)
                    .lost_focus();
                let followers = crate::ui::kit::widgets::count_edit(
                    ui,
                    &mut handle.followers,
                    "followers",
                    true,
                )
                .on_hover_text("Followers on this platform: type 1800000, 1,800,000 or 1.8M");
                commit |= followers.drag_stopped() || followers.lost_focus();
                if ui
                    .small_button("×")
                    .on_hover_text("Remove this handle")
                    .clicked()
                {
                    remove = Some(index);
                }
            });
            ui.horizontal(|ui| {
                let link = ui.label("Link");
                commit |= ui
                    .add(
                        egui::TextEdit::singleline(&mut handle.url)
                            .hint_text("https://…")
                            // The whole address where there is room, leaving "Open ↗".
                            .desired_width((ui.available_width() - 80.0).clamp(220.0, 520.0)),
                    )
                    .labelled_by(link.id)
                    .lost_focus();
                // Without a link of its own, the profile's address from the handle.
                let url = if handle.url.trim().is_empty() {
                    handle
                        .platform
                        .profile_url(&handle.handle)
                        .unwrap_or_default()
                } else {
                    handle.url.clone()
                };
                safe_link(ui, "Open ↗", &url);
            });
        });
    }
    if let Some(index) = remove {
        value.handles.remove(index);
        commit = true;
    }
    if ui.button("➕ Add handle").clicked() {
        value.handles.push(Handle {
            platform: Platform::Instagram,
            handle: String::new(),
            url: String::new(),
            followers: 0,
        });
        commit = true;
    }
    commit
}

fn engagement_ui(ui: &mut egui::Ui, value: &mut Influencer) -> bool {
    let mut commit = false;
    let mut rate = value.engagement_rate.unwrap_or(0.0);
    let response = ui
        .add(
            egui::DragValue::new(&mut rate)
                .range(0.0..=100.0)
                .speed(0.05)
                .custom_formatter(|v, _| {
                    if v == 0.0 {
                        "not entered".to_string()
                    } else {
                        format!("{v:.2} %")
                    }
                })
                .custom_parser(|text| {
                    let text = text.trim().trim_end_matches('%').trim();
                    if text.eq_ignore_ascii_case("not entered") || text.is_empty() {
                        Some(0.0)
                    } else {
                        text.replace(',', ".").parse().ok()
                    }
                }),
        )
        .on_hover_text("Engagement rate in percent as you know it; when not entered it is computed from likes and comments");
    if response.changed() {
        value.engagement_rate = (rate > 0.0).then_some(rate);
    }
    commit |= response.drag_stopped() || response.lost_focus();
    for (count, name) in [
        (&mut value.avg_likes, "avg likes"),
        (&mut value.avg_comments, "avg comments"),
    ] {
        let mut n = count.unwrap_or(0);
        let r = crate::ui::kit::widgets::count_edit(ui, &mut n, name, true).on_hover_text(format!(
            "Average {} per post",
            name.trim_start_matches("avg ")
        ));
        if r.changed() {
            *count = (n > 0).then_some(n);
        }
        commit |= r.drag_stopped() || r.lost_focus();
    }
    match value.engagement() {
        Some((computed, true)) => {
            ui.label(
                RichText::new(format!(
                    "= {computed:.2}% computed from likes + comments ÷ followers"
                ))
                .weak(),
            );
        }
        Some((_, false)) => {
            ui.label(RichText::new("entered").weak());
        }
        None => {
            ui.label(RichText::new("unknown").weak());
        }
    }
    commit
}

pub(super) fn fit_ui(
    ui: &mut egui::Ui,
    value: &mut Influencer,
    niches: &mut String,
    focus_vetting: bool,
) -> bool {
    let mut commit = false;
    let field = labelled_text(ui, "Niches (comma-separated)", niches);
    if field.lost_focus() {
        value.niches = niches
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        commit = true;
    }
    commit |= labelled_multiline(ui, "Brand fit", &mut value.brand_fit).lost_focus();
    let heading = ui.label(RichText::new("Vetting").strong());
    if focus_vetting {
        heading.scroll_to_me(Some(egui::Align::Center));
    }
    let v = &mut value.vetting;
    for (flag, text) in [
        (
            &mut v.engagement_checked,
            "Engagement checked (no fake followers or pods)",
        ),
        (&mut v.audience_fit, "Audience fits our market"),
        (&mut v.content_quality, "Content quality reviewed"),
        (&mut v.past_partnerships, "Past partnerships checked"),
        (&mut v.brand_safety, "Brand safety reviewed"),
    ] {
        commit |= ui.checkbox(flag, text).changed();
    }
    commit
}

pub(super) fn money_ui(
    ui: &mut egui::Ui,
    value: &mut Influencer,
    currency: &str,
    focus: bool,
) -> bool {
    let mut commit = false;
    let heading = ui.label(RichText::new(format!("Rate card ({currency})")).strong());
    if focus {
        heading.scroll_to_me(Some(egui::Align::Center));
    }
    let mut remove = None;
    for (index, rate) in value.rate_card.iter_mut().enumerate() {
        ui.push_id(("rate", index), |ui| {
            ui.horizontal(|ui| {
                commit |= enum_combo(ui, "Content", &mut rate.content, ContentType::ALL);
                commit |= money_edit(
                    ui,
                    &format!("Price of {}", rate.content.label().to_lowercase()),
                    &mut rate.amount,
                );
                if ui
                    .small_button("×")
                    .on_hover_text("Remove this rate")
                    .clicked()
                {
                    remove = Some(index);
                }
            });
        });
    }
    if let Some(index) = remove {
        value.rate_card.remove(index);
        commit = true;
    }
    if ui.small_button("➕ Add a rate").clicked() {
        let next = ContentType::ALL
            .iter()
            .find(|c| value.rate_card.iter().all(|r| r.content != **c))
            .copied()
            .unwrap_or(ContentType::Other);
        value.rate_card.push(Rate {
            content: next,
            amount: rapport_core::model::Money::ZERO,
        });
        commit = true;
    }
    commit
}

pub(super) fn person_ui(ui: &mut egui::Ui, value: &mut Influencer, posts: &mut String) -> bool {
    let p = &mut value.personal;
    let mut commit = labelled_multiline(ui, "Background", &mut p.background).lost_focus();
    commit |= labelled_text(ui, "Shared interests", &mut p.shared_interests).lost_focus();
    let field = labelled_multiline(ui, "Posts we loved (one per line)", posts);
    if field.lost_focus() {
        p.posts_loved = posts
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        commit = true;
    }
    for post in &p.posts_loved {
        if post.starts_with("http://") || post.starts_with("https://") {
            safe_link(ui, post, post);
        }
    }
    commit |= labelled_text(ui, "Preferred contact", &mut p.preferred_contact).lost_focus();
    commit |= labelled_text(ui, "Language", &mut p.language).lost_focus();
    commit |= labelled_multiline(ui, "Private notes (never shared)", &mut value.notes).lost_focus();
    commit
}
