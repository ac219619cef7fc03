//! The editor under the Timeline table: every field of the selected deliverable, its
//! findings with their fixes, and deleting it.

use crate::ui::kit::edits::{Draft, EditQueue};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::widgets::{date_edit, enum_combo_in, labelled_text, severity_color};
use egui::RichText;
use rapport_core::checks::{Finding, Findings};
use rapport_core::model::{
    Compensation, ContentType, Deliverable, DeliverableStatus, Edit, Id, Platform, Project,
    RecordKey,
};

/// The width the fields need side by side; narrower, they scroll sideways.
const FIELDS_WIDTH: f32 = 700.0;

/// The working copy of the deliverable being edited.
#[derive(Debug, Default)]
pub struct DeliverableEditor {
    draft: Option<Draft<Deliverable>>,
}

impl DeliverableEditor {
    /// Draws the editor for `d`. Returns true when it is to close: the deliverable was
    /// deleted, or the editor closed.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        d: &Deliverable,
        findings: &Findings,
        today: chrono::NaiveDate,
        edits: &mut EditQueue,
    ) -> bool {
        let draft = self.draft.get_or_insert_with(|| Draft::new(d));
        if draft.value.id != d.id {
            *draft = Draft::new(d);
        }
        draft.sync(d);
        let value = &mut draft.value;
        let mut commit = false;
        let mut deleted = false;
        ui.add_space(4.0);
        // The fields on the left and the findings on the right, each in its own clipped,
        // scrolling area: however narrow the panel, neither draws over the other.
        let full = ui.available_rect_before_wrap();
        let ctx = ui.ctx().clone();
        let t = |id: &str| tr(&ctx, id);
        let lang = crate::ui::kit::lang::get(&ctx);
        let gap = 16.0;
        // The fields come first: the findings take what the fields leave, between 240 px
        // and 40 % of the width.
        let side = (full.width() - FIELDS_WIDTH - gap)
            .min(full.width() * 0.4)
            .clamp(240.0, 560.0)
            .min(full.width() / 2.0);
        let left_rect =
            egui::Rect::from_min_max(full.min, egui::pos2(full.max.x - side - gap, full.max.y));
        let right_rect =
            egui::Rect::from_min_max(egui::pos2(full.max.x - side, full.min.y), full.max);
        let mut left = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(left_rect)
                .layout(egui::Layout::top_down(egui::Align::LEFT)),
        );
        left.set_clip_rect(left_rect.intersect(ui.clip_rect()));
        egui::ScrollArea::both()
            .id_salt("deliverable_fields")
            .auto_shrink(false)
            .show(&mut left, |ui| {
                // Never squeezed: narrower than this, the fields scroll sideways.
                ui.set_min_width(FIELDS_WIDTH);
                egui::Grid::new("deliverable_grid")
                    .num_columns(4)
                    .show(ui, |ui| {
                        commit |= labelled_text(ui, &t("tl-title"), &mut value.title).lost_focus();
                        ui.label(t("tl-type"));
                        commit |= enum_combo_in(
                            ui,
                            "Content type",
                            &t("tl-content-type"),
                            &mut value.content,
                            ContentType::ALL,
                            |v| v.label_in(lang),
                        );
                        ui.end_row();
                        ui.label(t("tl-status"));
                        commit |= enum_combo_in(
                            ui,
                            "Deliverable status",
                            &t("tl-deliverable-status"),
                            &mut value.status,
                            DeliverableStatus::ALL,
                            |v| v.label_in(lang),
                        );
                        ui.end_row();

                        ui.label(t("tl-influencer"));
                        commit |= id_combo(
                            ui,
                            ("Influencer", &t("tl-influencer")),
                            &mut value.influencer,
                            project.influencers.iter().map(|i| (&i.id, i.name.as_str())),
                        );
                        ui.label(t("tl-platform"));
                        commit |= enum_combo_in(
                            ui,
                            "Platform",
                            &t("tl-platform"),
                            &mut value.platform,
                            Platform::ALL,
                            |v| v.label_in(lang),
                        );
                        ui.end_row();
                        ui.label(t("tl-campaign"));
                        commit |= id_combo(
                            ui,
                            ("Campaign", &t("tl-campaign")),
                            &mut value.campaign,
                            project.campaigns.iter().map(|c| (&c.id, c.name.as_str())),
                        );
                        ui.label(t("tl-compensation"));
                        commit |= enum_combo_in(
                            ui,
                            "Compensation",
                            &t("tl-compensation"),
                            &mut value.compensation,
                            Compensation::ALL,
                            |v| v.label_in(lang),
                        );
                        ui.end_row();
                        commit |= labelled_text(ui, &t("tl-disclosure"), &mut value.disclosure)
                            .lost_focus();
                        ui.label(t("tl-revisions"));
                        ui.horizontal(|ui| {
                            for (number, name, tip) in [
                                (
                                    &mut value.revisions_used,
                                    "tl-revisions-used",
                                    "tl-revisions-used-tip",
                                ),
                                (
                                    &mut value.revisions_agreed,
                                    "tl-revisions-agreed",
                                    "tl-revisions-agreed-tip",
                                ),
                            ] {
                                let response = ui
                                    .add(egui::DragValue::new(number).range(0..=20))
                                    .on_hover_text(t(tip));
                                commit |= response.drag_stopped() || response.lost_focus();
                                ui.label(t(name));
                            }
                        });
                        ui.end_row();
                        commit |= labelled_text(ui, &t("tl-post-address"), &mut value.post_url)
                            .on_hover_text(t("tl-post-address-tip"))
                            .lost_focus();
                        ui.label("");
                        commit |= ui
                            .checkbox(&mut value.ships_product, t("tl-ships-product"))
                            .changed();
                        ui.end_row();
                    });
                ui.horizontal(|ui| {
                    ui.label(t("tl-dates"));
                    let fallback = value
                        .publish
                        .or(value.draft_due)
                        .or(value.brief_sent)
                        .unwrap_or(today);
                    // The salt is the same in every language.
                    for (date, salt, name, field) in [
                        (
                            &mut value.brief_sent,
                            "brief sent",
                            "tl-dates-brief",
                            "tl-field-brief",
                        ),
                        (
                            &mut value.draft_due,
                            "draft due",
                            "tl-dates-draft",
                            "tl-field-draft",
                        ),
                        (
                            &mut value.publish,
                            "publish",
                            "tl-dates-publish",
                            "tl-field-publish",
                        ),
                    ] {
                        ui.label(t(name));
                        let field = t(field);
                        if let Some(new) = date_edit(ui, &field, ("editor", salt), *date, fallback)
                        {
                            *date = new;
                            commit = true;
                        }
                    }
                });
                results_line_ui(ui, d, edits);
                if ui
                    .button(t("tl-delete"))
                    .on_hover_text(t("tl-delete-tip"))
                    .clicked()
                {
                    deleted = true;
                }
            });
        let mut right = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(right_rect)
                .layout(egui::Layout::top_down(egui::Align::LEFT)),
        );
        right.set_clip_rect(right_rect.intersect(ui.clip_rect()));
        let closed = right
            .with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                crate::ui::kit::widgets::close_button_ui(ui, &t("tl-the-deliverable"))
            })
            .inner;
        details_ui(&mut right, project, d, findings, edits);
        ui.advance_cursor_after_rect(full);
        if closed {
            self.draft = None;
            return true;
        }
        if deleted {
            edits.push(
                t("tl-undo-delete"),
                Edit::Remove(RecordKey::Deliverable(d.id.clone())),
            );
            self.draft = None;
            return true;
        }
        if commit && let Some(changed) = draft.take_change() {
            edits.push(
                t("tl-undo-edit"),
                rapport_core::model::edit_deliverable(project, changed, today),
            );
        }
        false
    }
}

/// The newest results of `d` in a line, and the way to enter more (in the Results panel).
fn results_line_ui(ui: &mut egui::Ui, d: &Deliverable, edits: &mut EditQueue) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(ui.ctx(), "tl-results"));
        match rapport_core::model::results::latest(&d.results) {
            Some(m) => {
                ui.label(
                    RichText::new(tr_with(
                        ui.ctx(),
                        "tl-results-measured",
                        &[
                            (
                                "reading",
                                crate::ui::results::reading_words_in(
                                    crate::ui::kit::lang::get(ui.ctx()),
                                    m,
                                )
                                .into(),
                            ),
                            ("date", m.date.to_string().into()),
                        ],
                    ))
                    .weak(),
                );
            }
            None if d.status == DeliverableStatus::Published => {
                ui.label(RichText::new(tr(ui.ctx(), "tl-results-none")).weak());
            }
            None => {
                ui.label(RichText::new(tr(ui.ctx(), "tl-results-later")).weak());
            }
        }
        if ui
            .button(tr(ui.ctx(), "tl-enter-results"))
            .on_hover_text(tr(ui.ctx(), "tl-enter-results-tip"))
            .clicked()
        {
            edits.enter_results(d.id.clone());
        }
    });
}

/// A combo box choosing one record by id, showing its name; `(salt, name)`: its id, the
/// same in every language, and its tooltip.
fn id_combo<'a, K: 'a>(
    ui: &mut egui::Ui,
    (salt, name): (&str, &str),
    value: &mut Id<K>,
    options: impl Iterator<Item = (&'a Id<K>, &'a str)>,
) -> bool {
    let options: Vec<(&Id<K>, &str)> = options.collect();
    let current = options
        .iter()
        .find(|(id, _)| *id == value)
        .map_or("?", |(_, n)| *n);
    let mut changed = false;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(current)
        .width(180.0)
        .show_ui(ui, |ui| {
            for (id, label) in &options {
                if ui.selectable_label(*id == value, *label).clicked() && *id != value {
                    *value = (*id).clone();
                    changed = true;
                }
            }
        })
        .response
        .on_hover_text(name);
    changed
}

/// The deliverable's findings in full: message and fix.
fn details_ui(
    ui: &mut egui::Ui,
    project: &Project,
    d: &Deliverable,
    findings: &Findings,
    edits: &mut EditQueue,
) {
    let who = project
        .influencer(&d.influencer)
        .map_or("?", |i| i.name.as_str());
    ui.label(RichText::new(format!("{} — {who}", d.title)).strong());
    let mine: Vec<&Finding> = findings.about(&d.id).collect();
    if mine.is_empty() {
        ui.label(RichText::new(tr(ui.ctx(), "tl-no-findings")).weak());
    }
    let dark = ui.visuals().dark_mode;
    egui::ScrollArea::vertical()
        .id_salt("deliverable_findings")
        .show(ui, |ui| {
            for f in mine {
                ui.label(
                    RichText::new(f.code.as_str())
                        .color(severity_color(f.severity, dark))
                        .strong(),
                );
                ui.label(crate::ui::kit::lang::say(ui.ctx(), &f.message));
                ui.label(RichText::new(crate::ui::kit::lang::fix_line(ui.ctx(), &f.fix)).italics());
                if f.code == rapport_core::checks::Code::PlanChangeNotTold
                    && ui
                        .small_button(tr(ui.ctx(), "tl-draft-update"))
                        .on_hover_text(tr(ui.ctx(), "tl-draft-update-tip"))
                        .clicked()
                {
                    edits.draft_update(d.influencer.clone());
                }
                ui.add_space(4.0);
            }
        });
}
