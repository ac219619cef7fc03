//! The profile's sections of fields: identity and handles, engagement, fit and vetting,
//! money, and the person. Each edits the working copy and says whether a field was left.

use super::FixTarget;
use crate::ui::kit::lang::{self, tr, tr_with};
use crate::ui::kit::widgets::{
    enum_combo_in, labelled_multiline, labelled_text, money_edit, safe_link,
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
    let ctx = ui.ctx().clone();
    let lang = lang::get(&ctx);
    let t = |id: &str| tr(&ctx, id);
    egui::Grid::new("identity_grid")
        .num_columns(2)
        .show(ui, |ui| {
            commit |= labelled_text(ui, &t("inf-name"), &mut value.name).lost_focus();
            ui.end_row();
            if !client {
                commit |= labelled_text(ui, &t("inf-email"), &mut value.email).lost_focus();
                ui.end_row();
            }
            commit |= labelled_text(ui, &t("inf-country"), &mut value.country).lost_focus();
            ui.end_row();
            let owner = labelled_text(ui, &t("inf-owner"), &mut value.owner);
            if target == Some(&FixTarget::OurContact) {
                owner.request_focus();
                owner.scroll_to_me(Some(egui::Align::Center));
            }
            commit |= owner.lost_focus();
            ui.end_row();
            let stage = t("inf-stage");
            ui.label(&stage);
            commit |= enum_combo_in(ui, "Stage", &stage, &mut value.stage, Stage::ALL, |s| {
                s.label_in(lang)
            });
            ui.end_row();
            ui.label(t("inf-engagement"));
            ui.horizontal_wrapped(|ui| commit |= engagement_ui(ui, value));
            ui.end_row();
        });
    ui.label(RichText::new(t("inf-handles")).strong());
    let mut remove = None;
    let platform = t("inf-platform");
    let followers_noun = t("inf-followers-noun");
    for (index, handle) in value.handles.iter_mut().enumerate() {
        ui.push_id(index, |ui| {
            ui.horizontal(|ui| {
                let all = Platform::ALL;
                commit |=
                    enum_combo_in(ui, "Platform", &platform, &mut handle.platform, all, |p| {
                        p.label_in(lang)
                    });
                let at = ui.label("@");
                commit |= ui
                    .add(egui::TextEdit::singleline(&mut handle.handle).desired_width(170.0))
                    .labelled_by(at.id)
                    .lost_focus();
                let followers = crate::ui::kit::widgets::count_edit(
                    ui,
                    &mut handle.followers,
                    &followers_noun,
                    true,
                )
                .on_hover_text(t("inf-followers-tip"));
                commit |= followers.drag_stopped() || followers.lost_focus();
                if ui
                    .small_button("×")
                    .on_hover_text(t("inf-remove-handle"))
                    .clicked()
                {
                    remove = Some(index);
                }
            });
            ui.horizontal(|ui| {
                let link = ui.label(t("inf-link"));
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
                safe_link(ui, &t("inf-open-link"), &url);
            });
        });
    }
    if let Some(index) = remove {
        value.handles.remove(index);
        commit = true;
    }
    if ui.button(t("inf-add-handle")).clicked() {
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
    let ctx = ui.ctx().clone();
    let t = |id: &str| tr(&ctx, id);
    let not_entered = t("inf-not-entered");
    let mut rate = value.engagement_rate.unwrap_or(0.0);
    let response = ui
        .add(
            egui::DragValue::new(&mut rate)
                .range(0.0..=100.0)
                .speed(0.05)
                .custom_formatter(|v, _| {
                    if v == 0.0 {
                        not_entered.clone()
                    } else {
                        format!("{v:.2} %")
                    }
                })
                .custom_parser(|text| {
                    let text = text.trim().trim_end_matches('%').trim();
                    if text.eq_ignore_ascii_case("not entered")
                        || text == not_entered
                        || text.is_empty()
                    {
                        Some(0.0)
                    } else {
                        text.replace(',', ".").parse().ok()
                    }
                }),
        )
        .on_hover_text(t("inf-engagement-tip"));
    if response.changed() {
        value.engagement_rate = (rate > 0.0).then_some(rate);
    }
    commit |= response.drag_stopped() || response.lost_focus();
    for (count, name, tip) in [
        (&mut value.avg_likes, "inf-avg-likes", "inf-avg-likes-tip"),
        (
            &mut value.avg_comments,
            "inf-avg-comments",
            "inf-avg-comments-tip",
        ),
    ] {
        let mut n = count.unwrap_or(0);
        let r =
            crate::ui::kit::widgets::count_edit(ui, &mut n, &t(name), true).on_hover_text(t(tip));
        if r.changed() {
            *count = (n > 0).then_some(n);
        }
        commit |= r.drag_stopped() || r.lost_focus();
    }
    match value.engagement() {
        Some((computed, true)) => {
            let rate = format!("{computed:.2}");
            let text = tr_with(&ctx, "inf-engagement-computed", &[("rate", rate.into())]);
            ui.label(RichText::new(text).weak());
        }
        Some((_, false)) => {
            ui.label(RichText::new(t("inf-engagement-entered")).weak());
        }
        None => {
            ui.label(RichText::new(t("inf-engagement-unknown")).weak());
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
    let ctx = ui.ctx().clone();
    let t = |id: &str| tr(&ctx, id);
    let field = labelled_text(ui, &t("inf-niches"), niches);
    if field.lost_focus() {
        // Commas typed the Chinese way (，、) separate niches too.
        value.niches = niches
            .split([',', '，', '、'])
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        commit = true;
    }
    commit |= labelled_multiline(ui, &t("inf-brand-fit"), &mut value.brand_fit).lost_focus();
    let heading = ui.label(RichText::new(t("inf-vetting")).strong());
    if focus_vetting {
        heading.scroll_to_me(Some(egui::Align::Center));
    }
    let v = &mut value.vetting;
    for (flag, text) in [
        (&mut v.engagement_checked, "inf-vet-engagement"),
        (&mut v.audience_fit, "inf-vet-audience"),
        (&mut v.content_quality, "inf-vet-content"),
        (&mut v.past_partnerships, "inf-vet-partnerships"),
        (&mut v.brand_safety, "inf-vet-safety"),
    ] {
        commit |= ui.checkbox(flag, t(text)).changed();
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
    let ctx = ui.ctx().clone();
    let lang = lang::get(&ctx);
    let t = |id: &str| tr(&ctx, id);
    let heading = tr_with(&ctx, "inf-rate-card", &[("currency", currency.into())]);
    let heading = ui.label(RichText::new(heading).strong());
    if focus {
        heading.scroll_to_me(Some(egui::Align::Center));
    }
    let mut remove = None;
    let content = t("inf-content");
    for (index, rate) in value.rate_card.iter_mut().enumerate() {
        ui.push_id(("rate", index), |ui| {
            ui.horizontal(|ui| {
                let all = ContentType::ALL;
                commit |= enum_combo_in(ui, "Content", &content, &mut rate.content, all, |c| {
                    c.label_in(lang)
                });
                let kind = rate.content.label_in(lang).to_lowercase();
                let price = tr_with(&ctx, "inf-price-of", &[("content", kind.into())]);
                commit |= money_edit(ui, rate.content.label(), &price, &mut rate.amount);
                if ui
                    .small_button("×")
                    .on_hover_text(t("inf-remove-rate"))
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
    if ui.small_button(t("inf-add-rate")).clicked() {
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
    let ctx = ui.ctx().clone();
    let t = |id: &str| tr(&ctx, id);
    let p = &mut value.personal;
    let mut commit = labelled_multiline(ui, &t("inf-background"), &mut p.background).lost_focus();
    commit |= labelled_text(ui, &t("inf-shared-interests"), &mut p.shared_interests).lost_focus();
    let field = labelled_multiline(ui, &t("inf-posts-loved"), posts);
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
    commit |= labelled_text(ui, &t("inf-preferred-contact"), &mut p.preferred_contact).lost_focus();
    commit |= labelled_text(ui, &t("inf-language"), &mut p.language).lost_focus();
    commit |= labelled_multiline(ui, &t("inf-private-notes"), &mut value.notes).lost_focus();
    commit
}
