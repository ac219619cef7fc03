//! "Why did the amount change?": after a budget is approved, changing what a line costs
//! asks for the reason and whether the creator has been told, and records the change in
//! the same undo step.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use chrono::NaiveDate;
use rapport_core::model::{ChangeNote, CostLine, Project, edit_cost_line};

/// A change of a line's cost waiting for its reason.
#[derive(Debug, Clone)]
pub struct CostChangeDialog {
    /// The line as it will be saved.
    pub changed: CostLine,
    /// The reason and "told", as typed so far.
    pub note: ChangeNote,
}

impl CostChangeDialog {
    /// Draws the dialog; returns true when it is finished (recorded or cancelled).
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        today: NaiveDate,
        edits: &mut EditQueue,
    ) -> bool {
        let before = project.cost_line(&self.changed.id).map(|l| l.planned());
        let after = self.changed.planned();
        let currency = &project.info.currency;
        let mut done = false;
        egui::Modal::new(egui::Id::unique("cost_change_dialog")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr(ctx, "bud-why-heading"));
            ui.label(tr_with(
                ctx,
                "bud-why-body",
                &[
                    (
                        "from",
                        before.map_or("0.00".to_string(), |m| m.grouped()).into(),
                    ),
                    ("to", after.grouped().into()),
                    ("currency", currency.as_str().into()),
                ],
            ));
            let label = ui.label(tr(ctx, "bud-reason"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.note.reason)
                        .hint_text(tr(ctx, "bud-why-example"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if self.note.reason.is_empty() && !field.has_focus() {
                field.request_focus();
            }
            if self.changed.category.is_creator_pay() {
                ui.checkbox(&mut self.note.told, tr(ctx, "bud-told"));
            }
            ui.horizontal(|ui| {
                if ui.button(tr(ctx, "bud-record-change")).clicked() {
                    let label = if after == rapport_core::model::Money::ZERO {
                        "bud-cancel-line"
                    } else {
                        "bud-undo-change-amount"
                    };
                    edits.push(
                        tr(ctx, label),
                        edit_cost_line(project, self.changed.clone(), &self.note, today),
                    );
                    done = true;
                }
                if ui.button(tr(ctx, "bud-cancel")).clicked() {
                    done = true;
                }
            });
        });
        done || ctx.input(|i| i.key_pressed(egui::Key::Escape))
    }
}
