//! A campaign's goal and targets, set before launch, each beside what was measured and how
//! far along it is.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use egui::RichText;
use rapport_core::i18n::{Lang, text, text_with};
use rapport_core::model::results::{Goal, Kpi, KpiValue};
use rapport_core::model::{Campaign, CampaignResults, Edit, Money, Record};

/// A target as typed: a count (`2500000`, `2,500,000`, `2.5M`) or, for revenue, money.
/// Empty is no target. `Err` says what is wrong, in `lang`.
pub fn parse_target(lang: Lang, kpi: Kpi, typed: &str) -> Result<Option<KpiValue>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if kpi.is_money() {
        return typed
            .parse::<Money>()
            .map(|m| Some(KpiValue::Money(m)))
            .map_err(|e| e.message_in(lang));
    }
    match rapport_core::file::spreadsheet::values::parse_count(typed) {
        Ok(Some(n)) => Ok(Some(KpiValue::Count(n))),
        Ok(None) => Ok(None),
        Err(_) => Err(text_with(
            lang,
            "res-target-not-a-number",
            &[("text", typed.into())],
        )),
    }
}

/// A KPI's amount as people read it: grouped, money with cents.
pub fn shown(v: KpiValue) -> String {
    match v {
        KpiValue::Count(n) => crate::ui::kit::widgets::grouped_count(n),
        KpiValue::Money(m) => m.grouped(),
    }
}

/// The goal and the target of every KPI, with actual and progress; edits go to `edits`.
pub fn targets_ui(
    ui: &mut egui::Ui,
    campaign: &Campaign,
    report: &CampaignResults,
    currency: &str,
    edits: &mut EditQueue,
) {
    let lang = crate::ui::kit::lang::get(ui.ctx());
    ui.horizontal(|ui| {
        let label = ui.label(tr(ui.ctx(), "res-goal"));
        let mut goal = campaign.goal;
        let not_chosen = tr(ui.ctx(), "res-goal-none");
        egui::ComboBox::from_id_salt("results_goal")
            .selected_text(goal.map_or(not_chosen.clone(), |g| g.label_in(lang)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut goal, None, &not_chosen);
                for &g in Goal::ALL {
                    ui.selectable_value(&mut goal, Some(g), g.label_in(lang))
                        .on_hover_text(leading_words(lang, g));
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr(ui.ctx(), "res-goal-tip"));
        if goal != campaign.goal {
            let mut changed = campaign.clone();
            changed.goal = goal;
            edits.push(
                tr(ui.ctx(), "res-undo-goal"),
                Edit::Put(Record::Campaign(changed)),
            );
        }
        let ranked = tr_with(
            ui.ctx(),
            "res-ranked-by",
            &[("kpi", report.leading.label_in(lang).into())],
        );
        ui.label(RichText::new(ranked).weak());
    });
    let nothing_measured = tr(ui.ctx(), "res-nothing-measured");
    let no_target = tr(ui.ctx(), "res-no-target");
    let leading: &[Kpi] = campaign.goal.map_or(&[], Goal::leading);
    egui::Grid::new("results_targets")
        .num_columns(4)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for id in [
                "res-col-kpi",
                "res-col-target",
                "res-col-measured-amount",
                "res-col-progress",
            ] {
                ui.strong(tr(ui.ctx(), id));
            }
            ui.end_row();
            for &kpi in Kpi::ALL {
                let name = if kpi.is_money() {
                    tr_with(
                        ui.ctx(),
                        "res-kpi-in-currency",
                        &[
                            ("kpi", kpi.label_in(lang).into()),
                            ("currency", currency.into()),
                        ],
                    )
                } else {
                    kpi.label_in(lang)
                };
                let text = if leading.contains(&kpi) {
                    RichText::new(&name).strong()
                } else {
                    RichText::new(&name)
                };
                let label = ui.label(text);
                target_field_ui(ui, campaign, kpi, &name, label.id, edits);
                let name = name.as_str();
                let actual = report.figures.get(kpi);
                ui.label(actual.map_or("—".to_string(), shown));
                if let Some(error) = target_error(ui, lang, campaign, kpi) {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                    ui.end_row();
                    continue;
                }
                match report.progress.iter().find(|p| p.kpi == kpi) {
                    Some(p) => {
                        let fraction = p.fraction.unwrap_or(0.0) as f32;
                        ui.add(
                            egui::ProgressBar::new(fraction.min(1.0))
                                .desired_width(180.0)
                                .text(p.fraction.map_or(nothing_measured.clone(), |f| {
                                    format!("{:.1} %", f * 100.0)
                                })),
                        )
                        .on_hover_text(tr_with(
                            ui.ctx(),
                            "res-progress-tip",
                            &[("name", name.into())],
                        ));
                    }
                    None => {
                        ui.label(RichText::new(&no_target).weak());
                    }
                }
                ui.end_row();
            }
        });
}

/// The target field of one KPI: typed text is kept while it has focus, read when it is left.
fn target_field_ui(
    ui: &mut egui::Ui,
    campaign: &Campaign,
    kpi: Kpi,
    name: &str,
    label: egui::Id,
    edits: &mut EditQueue,
) {
    let lang = crate::ui::kit::lang::get(ui.ctx());
    let id = ui.make_persistent_id(("target", &campaign.id, kpi));
    let current = campaign.targets.get(kpi).map(shown).unwrap_or_default();
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.clone());
    // A grid column is as wide as it was last frame: the field takes its width itself.
    let height = ui.spacing().interact_size.y;
    let field = ui
        .add_sized(
            [140.0, height],
            egui::TextEdit::singleline(&mut text).hint_text(tr(ui.ctx(), "res-no-target")),
        )
        .labelled_by(label)
        .on_hover_text(tr_with(
            ui.ctx(),
            "res-target-tip",
            &[("name", name.into())],
        ));
    if field.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    }
    if field.lost_focus() {
        match parse_target(lang, kpi, &text) {
            Ok(value) => {
                ui.data_mut(|d| d.remove::<String>(id));
                if value != campaign.targets.get(kpi) {
                    let mut changed = campaign.clone();
                    changed.targets.set(kpi, value);
                    edits.push(
                        tr_with(
                            ui.ctx(),
                            "res-undo-target",
                            &[("kpi", kpi.label_in(lang).into())],
                        ),
                        Edit::Put(Record::Campaign(changed)),
                    );
                }
            }
            // Kept as typed; the progress column says what is wrong.
            Err(_) => {
                ui.data_mut(|d| d.insert_temp(id, text.clone()));
            }
        }
    }
}

/// What is wrong with the target typed for `kpi`, while it stays wrong.
fn target_error(ui: &egui::Ui, lang: Lang, campaign: &Campaign, kpi: Kpi) -> Option<String> {
    let id = ui.make_persistent_id(("target", &campaign.id, kpi));
    let typed: Option<String> = ui.data(|d| d.get_temp(id));
    typed.and_then(|t| parse_target(lang, kpi, &t).err())
}

/// The KPIs that lead for `goal`: "Leading: Reach, Impressions".
fn leading_words(lang: Lang, goal: Goal) -> String {
    let kpis: Vec<String> = goal.leading().iter().map(|k| k.label_in(lang)).collect();
    let kpis = kpis.join(&text(lang, "list-separator"));
    text_with(lang, "res-goal-leading", &[("kpis", kpis.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_typed_as_people_write_them() {
        assert_eq!(
            parse_target(Lang::En, Kpi::Reach, "2.5M"),
            Ok(Some(KpiValue::Count(2_500_000)))
        );
        assert_eq!(
            parse_target(Lang::En, Kpi::Clicks, "12,000"),
            Ok(Some(KpiValue::Count(12_000)))
        );
        assert_eq!(parse_target(Lang::En, Kpi::Reach, "  "), Ok(None));
        assert_eq!(
            parse_target(Lang::En, Kpi::Revenue, "150,000.50"),
            Ok(Some(KpiValue::Money(Money::from_cents(15_000_050))))
        );
        assert!(parse_target(Lang::En, Kpi::Reach, "lots").is_err());
        assert!(parse_target(Lang::En, Kpi::Revenue, "lots").is_err());
    }
}
