//! The campaign editor beside the Budget table: name, objective, dates, brief and cap.

use crate::ui::kit::edits::{Draft, EditQueue};
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
        ui.horizontal(|ui| {
            ui.heading("Campaign")
                .on_hover_text(format!("Record id: {}", campaign.id.as_str()));
            if ui
                .small_button("×")
                .on_hover_text("Close the campaign editor")
                .clicked()
            {
                close = true;
            }
        });
        ui.separator();
        commit |= labelled_text(ui, "Name", &mut value.name).lost_focus();
        commit |= labelled_text(ui, "Objective", &mut value.objective).lost_focus();
        for (label, which) in [("Starts", 0), ("Ends", 1)] {
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
        let cap = labelled_text(ui, &format!("Budget cap ({currency})"), &mut self.cap_text);
        if cap.lost_focus() {
            match self.cap_text.parse::<Money>() {
                Ok(money) => {
                    value.budget_cap = money;
                    self.cap_error = None;
                    commit = true;
                }
                Err(e) => self.cap_error = Some(e.to_string()),
            }
        }
        if let Some(error) = &self.cap_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        commit |= labelled_multiline(ui, "Brief", &mut value.brief).lost_focus();
        ui.label(match value.participants.len() {
            1 => "1 participant".to_string(),
            n => format!("{n} participants"),
        });
        ui.add_space(8.0);
        let delete = ui.add_enabled(!in_use, egui::Button::new("🗑 Delete campaign"));
        let delete = if in_use {
            delete.on_disabled_hover_text("Move or delete its deliverables and cost lines first")
        } else {
            delete.on_hover_text("Remove the campaign (undoable)")
        };
        if delete.clicked() {
            edits.push(
                "Delete campaign",
                Edit::Remove(RecordKey::Campaign(campaign.id.clone())),
            );
            self.draft = None;
            return true;
        }
        if commit && let Some(changed) = draft.take_change() {
            edits.push("Edit campaign", Edit::Put(Record::Campaign(changed)));
        }
        close
    }
}
