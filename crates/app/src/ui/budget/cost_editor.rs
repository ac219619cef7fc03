//! The editor of one cost line beside the table: category, description, exact amount,
//! status and dates, the due date the terms give, the baseline and the recorded changes.
//! Once a budget is approved, a change of amount (or cancelling the line) first asks why.

use crate::ui::kit::edits::{Draft, EditQueue};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::view::View;
use crate::ui::kit::widgets::{date_edit, findings_badge, labelled_text};
use egui::RichText;
use rapport_core::model::{
    CostCategory, CostLine, CostStatus, Edit, Money, RecordKey, due_date, edit_cost_line,
};

/// What the editor asks of the panel after a frame.
#[derive(Debug)]
pub enum EditorAction {
    /// Nothing.
    None,
    /// The line is gone: close the editor.
    Closed,
    /// The approved amount changes: ask why before saving this copy.
    AskWhy(CostLine),
    /// Open this line in the editor.
    Select(rapport_core::model::CostLineId),
}

/// The cost line editor's state between frames.
#[derive(Debug, Default)]
pub struct CostEditor {
    draft: Option<Draft<CostLine>>,
    amount_text: String,
    amount_error: Option<String>,
}

impl CostEditor {
    /// Forgets what was being edited.
    pub fn reset(&mut self) {
        self.draft = None;
        self.amount_text.clear();
        self.amount_error = None;
    }

    /// Draws the editor of `line`; edits go into `edits`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        line: &CostLine,
        edits: &mut EditQueue,
    ) -> EditorAction {
        let View {
            project,
            findings,
            today,
            ..
        } = view;
        let draft = self.draft.get_or_insert_with(|| Draft::new(line));
        if draft.value.id != line.id {
            *draft = Draft::new(line);
            self.amount_text.clear();
        }
        let before = draft.value.amount;
        draft.sync(line);
        if draft.value.amount != before || self.amount_text.is_empty() {
            // With thousands separators, as everywhere else (typed either way).
            self.amount_text = draft.value.amount.grouped();
            self.amount_error = None;
        }
        let value = &mut draft.value;
        let mut commit = false;
        let campaign = project.campaign(&line.campaign);
        let ctx = ui.ctx().clone();
        let lang = crate::ui::kit::lang::get(&ctx);
        ui.heading(tr(&ctx, "bud-editor-heading"))
            .on_hover_text(tr_with(
                &ctx,
                "bud-record-id",
                &[("id", line.id.as_str().into())],
            ));
        findings_badge(ui, findings.about(&line.id));
        ui.separator();
        ui.label(tr_with(
            &ctx,
            "bud-editor-owner",
            &[
                ("campaign", campaign.map_or("?", |c| c.name.as_str()).into()),
                (
                    "influencer",
                    line.influencer
                        .as_ref()
                        .and_then(|id| project.influencer(id))
                        .map_or("—", |i| i.name.as_str())
                        .into(),
                ),
            ],
        ));
        ui.horizontal(|ui| {
            let name = tr(&ctx, "bud-editor-category");
            ui.label(&name);
            let options: Vec<(CostCategory, String)> = CostCategory::ALL
                .iter()
                .map(|&c| (c, c.label_in(lang)))
                .collect();
            commit |= term_combo(ui, "Category", &name, &mut value.category, &options);
        });
        commit |= labelled_text(
            ui,
            &tr(&ctx, "bud-editor-description"),
            &mut value.description,
        )
        .lost_focus();
        let amount = labelled_text(
            ui,
            &tr_with(
                &ctx,
                "bud-editor-amount",
                &[("currency", project.info.currency.as_str().into())],
            ),
            &mut self.amount_text,
        );
        if amount.lost_focus() {
            match self.amount_text.parse::<Money>() {
                Ok(money) => {
                    value.amount = money;
                    self.amount_error = None;
                    commit = true;
                }
                Err(e) => self.amount_error = Some(e.message_in(crate::ui::kit::lang::get(&ctx))),
            }
        }
        if let Some(error) = &self.amount_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            let name = tr(&ctx, "bud-editor-status");
            ui.label(&name);
            let options: Vec<(CostStatus, String)> = CostStatus::ALL
                .iter()
                .map(|&s| (s, s.label_in(lang)))
                .collect();
            commit |= term_combo(ui, "Status", &name, &mut value.status, &options);
        });
        for (id, which) in [
            ("bud-editor-invoice-date", 0),
            ("bud-editor-due-date", 1),
            ("bud-editor-paid-on", 2),
        ] {
            let label = tr(&ctx, id);
            let label = label.as_str();
            ui.horizontal(|ui| {
                ui.label(label);
                let current = [value.invoice_date, value.due_date, value.paid_date][which];
                if let Some(new) = date_edit(ui, label, ("cost-date", which), current, today) {
                    match which {
                        0 => value.invoice_date = new,
                        1 => value.due_date = new,
                        _ => value.paid_date = new,
                    }
                    commit = true;
                }
            });
        }
        let terms = project.info.settings.payment_terms_days;
        if let Some(due) = due_date(line, campaign, terms)
            && let Some(days) = due.derived_from_terms
        {
            ui.label(
                RichText::new(tr_with(
                    &ctx,
                    "bud-editor-due-derived",
                    &[("date", due.date.to_string().into()), ("days", days.into())],
                ))
                .weak(),
            );
        }
        if let Some(baseline) = line.baseline {
            ui.label(tr_with(
                &ctx,
                "bud-editor-baseline",
                &[("amount", baseline.grouped().into())],
            ));
        }
        if !line.changes.is_empty() {
            ui.label(RichText::new(tr(&ctx, "bud-editor-changes")).strong());
            changes_ui(ui, line, edits);
        }
        ui.add_space(8.0);
        let baselined = rapport_core::model::cost_edit::is_baselined(project, line);
        if baselined && (line.baseline.is_some() || !line.changes.is_empty()) {
            // Part of an approved budget: cancelling keeps the line, so the reconciliation
            // still shows where its money went.
            if line.status != CostStatus::Cancelled
                && ui
                    .button(tr(&ctx, "bud-cancel-line"))
                    .on_hover_text(tr(&ctx, "bud-cancel-line-tip"))
                    .clicked()
            {
                let mut cancelled = line.clone();
                cancelled.status = CostStatus::Cancelled;
                return EditorAction::AskWhy(cancelled);
            }
        } else if ui.button(tr(&ctx, "bud-delete-line")).clicked() {
            edits.push(
                tr(&ctx, "bud-undo-delete-line"),
                Edit::Remove(RecordKey::CostLine(line.id.clone())),
            );
            self.reset();
            return EditorAction::Closed;
        }
        if commit && let Some(changed) = draft.take_change() {
            if baselined && changed.planned() != line.planned() {
                // Approved budget: ask why before recording the change.
                return EditorAction::AskWhy(changed);
            }
            let label = if changed.amount != line.amount {
                "bud-undo-change-amount"
            } else {
                "bud-undo-edit-line"
            };
            edits.push(
                tr(&ctx, label),
                edit_cost_line(project, changed, &Default::default(), today),
            );
        }
        EditorAction::None
    }
}

/// The recorded changes of a line, each with its reason (editable: a change nobody
/// explained is flagged) and, for what a creator is paid, whether they were told.
fn changes_ui(ui: &mut egui::Ui, line: &CostLine, edits: &mut EditQueue) {
    let ctx = ui.ctx().clone();
    let (hint, told_label) = (tr(&ctx, "bud-why-hint"), tr(&ctx, "bud-creator-told"));
    for (index, change) in line.changes.iter().enumerate() {
        let heading = format!(
            "{}: {} → {}",
            change.date,
            change.from.grouped(),
            change.to.grouped()
        );
        let title = ui.label(RichText::new(&heading).monospace());
        // The reason, kept as typed while the field has focus and saved when it is left.
        let id = ui.make_persistent_id(("change_reason", &line.id, index));
        let mut text = ui
            .data(|d| d.get_temp::<String>(id))
            .unwrap_or_else(|| change.reason.clone());
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(hint.as_str())
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(title.id);
        if field.has_focus() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
        }
        let mut changed = None;
        if field.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(id));
            if text.trim() != change.reason {
                changed = Some((
                    "bud-undo-explain-change",
                    text.trim().to_string(),
                    change.told,
                ));
            }
        }
        if line.category.is_creator_pay() {
            let mut told = change.told;
            if ui
                .checkbox(&mut told, told_label.as_str())
                .on_hover_text(tr_with(
                    &ctx,
                    "bud-creator-told-tip",
                    &[("date", change.date.to_string().into())],
                ))
                .changed()
            {
                let label = if told {
                    "bud-undo-told"
                } else {
                    "bud-undo-not-told"
                };
                changed = Some((label, change.reason.clone(), told));
            }
        }
        if let Some((label, reason, told)) = changed {
            let mut saved = line.clone();
            if let Some(c) = saved.changes.get_mut(index) {
                c.reason = reason;
                c.told = told;
            }
            edits.push(
                tr(&ctx, label),
                Edit::Put(rapport_core::model::Record::CostLine(saved)),
            );
        }
        ui.add_space(4.0);
    }
}

/// A combo box over a closed list, its `options` written in the frame's language. `salt`
/// keeps its id the same in every language; `name` is its tooltip. Returns true when the
/// value changed.
fn term_combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    salt: &str,
    name: &str,
    value: &mut T,
    options: &[(T, String)],
) -> bool {
    let mut changed = false;
    let selected = options
        .iter()
        .find(|(o, _)| o == value)
        .map_or("", |(_, text)| text.as_str());
    egui::ComboBox::from_id_salt(salt)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            for (option, text) in options {
                changed |= ui.selectable_value(value, *option, text.as_str()).changed();
            }
        })
        .response
        .on_hover_text(name);
    changed
}
