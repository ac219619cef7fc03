//! The Audience part of a profile: top countries, age bands and gender split, each as
//! small bars with the figures editable below them.

use crate::ui::kit::widgets::share_bars;
use egui::{Color32, RichText};
use rapport_core::model::{Influencer, Share};

fn shares_ui(ui: &mut egui::Ui, title: &str, shares: &mut Vec<Share>, color: Color32) -> bool {
    let mut commit = false;
    ui.label(RichText::new(title).strong());
    let bars: Vec<(String, f32)> = shares.iter().map(|s| (s.0.clone(), s.1)).collect();
    share_bars(ui, &bars, color);
    let mut remove = None;
    for (index, share) in shares.iter_mut().enumerate() {
        ui.push_id((title, index), |ui| {
            ui.horizontal(|ui| {
                let name = ui.label("·");
                commit |= ui
                    .add(egui::TextEdit::singleline(&mut share.0).desired_width(80.0))
                    .labelled_by(name.id)
                    .on_hover_text(title.to_string())
                    .lost_focus();
                let percent = ui.add(
                    egui::DragValue::new(&mut share.1)
                        .range(0.0..=100.0)
                        .suffix(" %"),
                );
                commit |= percent.drag_stopped() || percent.lost_focus();
                if ui.small_button("×").on_hover_text("Remove").clicked() {
                    remove = Some(index);
                }
            });
        });
    }
    if let Some(index) = remove {
        shares.remove(index);
        commit = true;
    }
    if ui
        .small_button(format!("➕ Add to {}", title.to_lowercase()))
        .clicked()
    {
        shares.push(Share(String::new(), 0.0));
        commit = true;
    }
    commit
}

pub(super) fn audience_ui(ui: &mut egui::Ui, value: &mut Influencer) -> bool {
    let accent = ui.visuals().selection.bg_fill;
    let mut commit = shares_ui(
        ui,
        "Top countries",
        &mut value.audience.top_countries,
        accent,
    );
    commit |= shares_ui(ui, "Age bands", &mut value.audience.age_bands, accent);
    ui.label(RichText::new("Gender split").strong());
    let (women, men, other) = value.audience.gender;
    // 0 / 0 / 0 is not a split: nobody has entered one.
    if women + men + other > 0.0 {
        share_bars(
            ui,
            &[
                ("Women".into(), women),
                ("Men".into(), men),
                ("Other".into(), other),
            ],
            accent,
        );
    } else {
        ui.label(RichText::new("Unknown: not entered yet").weak());
    }
    ui.horizontal(|ui| {
        let g = &mut value.audience.gender;
        for (part, name) in [(&mut g.0, "women"), (&mut g.1, "men"), (&mut g.2, "other")] {
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
