//! The Audience part of a profile: top countries, age bands and gender split, each as
//! small bars with the figures editable below them.

use crate::ui::kit::lang::tr;
use crate::ui::kit::widgets::share_bars;
use egui::{Color32, RichText};
use rapport_core::model::{Influencer, Share};

/// One list of shares under its heading: the messages of its `title` and its "Add" button,
/// and a `salt` that keeps its ids the same in every language.
fn shares_ui(
    ui: &mut egui::Ui,
    (salt, title, add): (&str, &str, &str),
    shares: &mut Vec<Share>,
    color: Color32,
) -> bool {
    let mut commit = false;
    let title = tr(ui.ctx(), title);
    let remove_tip = tr(ui.ctx(), "inf-remove-share");
    ui.label(RichText::new(&title).strong());
    let bars: Vec<(String, f32)> = shares.iter().map(|s| (s.0.clone(), s.1)).collect();
    share_bars(ui, &bars, color);
    let mut remove = None;
    for (index, share) in shares.iter_mut().enumerate() {
        ui.push_id((salt, index), |ui| {
            ui.horizontal(|ui| {
                let name = ui.label("·");
                commit |= ui
                    .add(egui::TextEdit::singleline(&mut share.0).desired_width(80.0))
                    .labelled_by(name.id)
                    .on_hover_text(&title)
                    .lost_focus();
                let percent = ui.add(
                    egui::DragValue::new(&mut share.1)
                        .range(0.0..=100.0)
                        .suffix(" %"),
                );
                commit |= percent.drag_stopped() || percent.lost_focus();
                if ui.small_button("×").on_hover_text(&remove_tip).clicked() {
                    remove = Some(index);
                }
            });
        });
    }
    if let Some(index) = remove {
        shares.remove(index);
        commit = true;
    }
    if ui.small_button(tr(ui.ctx(), add)).clicked() {
        shares.push(Share(String::new(), 0.0));
        commit = true;
    }
    commit
}

pub(super) fn audience_ui(ui: &mut egui::Ui, value: &mut Influencer) -> bool {
    let accent = ui.visuals().selection.bg_fill;
    let countries = ("Top countries", "inf-top-countries", "inf-add-top-country");
    let mut commit = shares_ui(ui, countries, &mut value.audience.top_countries, accent);
    let ages = ("Age bands", "inf-age-bands", "inf-add-age-band");
    commit |= shares_ui(ui, ages, &mut value.audience.age_bands, accent);
    let ctx = ui.ctx().clone();
    let t = |id: &str| tr(&ctx, id);
    ui.label(RichText::new(t("inf-gender-split")).strong());
    let (women, men, other) = value.audience.gender;
    // 0 / 0 / 0 is not a split: nobody has entered one.
    if women + men + other > 0.0 {
        share_bars(
            ui,
            &[
                (t("inf-women"), women),
                (t("inf-men"), men),
                (t("inf-other"), other),
            ],
            accent,
        );
    } else {
        ui.label(RichText::new(t("inf-gender-unknown")).weak());
    }
    ui.horizontal(|ui| {
        let g = &mut value.audience.gender;
        for (part, name) in [
            (&mut g.0, "inf-women-noun"),
            (&mut g.1, "inf-men-noun"),
            (&mut g.2, "inf-other-noun"),
        ] {
            let name = t(name);
            let r = ui.add(
                egui::DragValue::new(part)
                    .range(0.0..=100.0)
                    .custom_formatter(move |v, _| {
                        if v == 0.0 {
                            format!("– % {name}")
                        } else {
                            format!("{v:.0} % {name}")
                        }
                    })
                    .custom_parser(|text| {
                        let number = text.split('%').next().unwrap_or_default().trim();
                        if number.is_empty() || number == "–" {
                            Some(0.0)
                        } else {
                            number.replace(',', ".").parse().ok()
                        }
                    }),
            );
            commit |= r.drag_stopped() || r.lost_focus();
        }
    });
    commit
}
