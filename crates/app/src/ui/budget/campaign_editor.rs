//! The campaign editor beside the Budget table: name, objective, dates, brief and cap.

use crate::ui::kit::edits::{Draft, EditQueue};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::widgets::{date_edit, labelled_multiline, labelled_text};
use rapport_core::model::{Campaign, Edit, Money, Record, RecordKey};

/// The working copy of the campaign being edited.
#[derive(Debug, Default)]
pub struct CampaignEditor {
    draft: Option<Draft<Campaign>>,
    cap_text: String,
    cap_error: Option<String>,
}

impl CampaignEditor {
    /// Draws the editor for `campaign`. Returns true when it was closed or deleted.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        campaign: &Campaign,
        in_use: bool,
        currency: &str,
        edits: &mut EditQueue,
    ) -> bool {
        let draft = self.draft.get_or_insert_with(|| Draft::new(campaign));
        if draft.value.id != campaign.id {
            *draft = Draft::new(campaign);
            self.cap_text.clear();
        }
        let before = draft.value.budget_cap;
        draft.sync(campaign);
        if draft.value.budget_cap != before || self.cap_text.is_empty() {
            self.cap_text = draft.value.budget_cap.grouped();
            self.cap_error = None;
        }
        let value = &mut draft.value;
        let mut commit = false;
        let mut close = false;
        let ctx = ui.ctx().clone();
        ui.horizontal(|ui| {
            ui.heading(tr(&ctx, "bud-camp-heading"))
                .on_hover_text(tr_with(
                    &ctx,
                    "bud-record-id",
                    &[("id", campaign.id.as_str().into())],
                ));
            if ui
                .small_button("×")
                .on_hover_text(tr(&ctx, "bud-camp-close-tip"))
                .clicked()
            {
                close = true;
            }
        });
        ui.separator();
        commit |= labelled_text(ui, &tr(&ctx, "bud-camp-name"), &mut value.name).lost_focus();
        commit |=
            labelled_text(ui, &tr(&ctx, "bud-camp-objective"), &mut value.objective).lost_focus();
        for (id, which) in [("bud-camp-starts", 0), ("bud-camp-ends", 1)] {
            let label = tr(&ctx, id);
            let label = label.as_str();
            ui.horizontal(|ui| {
                ui.label(label);
                let current = if which == 0 { value.start } else { value.end };
                if let Some(Some(new)) =
                    date_edit(ui, label, ("campaign-date", which), Some(current), current)
                {
                    if which == 0 {
                        value.start = new;
                    } else {
                        value.end = new;
                    }
                    commit = true;
                }
            });
        }
        let cap = labelled_text(
            ui,
            &tr_with(&ctx, "bud-camp-cap", &[("currency", currency.into())]),
            &mut self.cap_text,
        );
        if cap.lost_focus() {
            match self.cap_text.parse::<Money>() {
                Ok(money) => {
                    value.budget_cap = money;
                    self.cap_error = None;
                    commit = true;
                }
                Err(e) => self.cap_error = Some(e.message_in(crate::ui::kit::lang::get(&ctx))),
            }
        }
        if let Some(error) = &self.cap_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        commit |= labelled_multiline(ui, &tr(&ctx, "field-brief"), &mut value.brief).lost_focus();
        ui.label(tr_with(
            &ctx,
            "bud-camp-participants",
            &[("count", value.participants.len().into())],
        ));
        ui.add_space(8.0);
        let delete = ui.add_enabled(!in_use, egui::Button::new(tr(&ctx, "bud-camp-delete")));
        let delete = if in_use {
            delete.on_disabled_hover_text(tr(&ctx, "bud-camp-delete-in-use"))
        } else {
            delete.on_hover_text(tr(&ctx, "bud-camp-delete-tip"))
        };
        if delete.clicked() {
            edits.push(
                tr(&ctx, "bud-undo-delete-campaign"),
                Edit::Remove(RecordKey::Campaign(campaign.id.clone())),
            );
            self.draft = None;
            return true;
        }
        if commit && let Some(changed) = draft.take_change() {
            edits.push(
                tr(&ctx, "bud-undo-edit-campaign"),
                Edit::Put(Record::Campaign(changed)),
            );
        }
        close
    }
}
