//! Beside the chart: the timeline's flags (filter by severity and code; a click selects
//! the bar and scrolls to it) and the plan changes each creator has not been told about,
//! with "Draft update" (a message to copy) and "Mark as told".

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use crate::ui::kit::widgets::severity_color;
use chrono::Datelike;
use egui::RichText;
use rapport_core::checks::{Code, Severity};
use rapport_core::i18n::Lang;
use rapport_core::model::{
    CreatorToTell, DeliverableId, InfluencerId, RecordRef, creators_to_tell_in, mark_told,
};

/// Up to this many flags, the list draws every row (see the flags list).
const DRAW_ALL_FLAGS: usize = 300;

/// The height of one flag in the list: its title and its message.
const FLAG_ROW: f32 = 40.0;

/// What the list of flags depends on: the findings, the layout and the two filters.
type FlagsKey = (u64, u64, Option<Severity>, Option<Code>);

/// The side panel's state.
#[derive(Debug, Default)]
pub struct TimelineSide {
    /// Only this severity.
    pub severity: Option<Severity>,
    /// Only this code.
    pub code: Option<Code>,
    /// The update message drafted for an influencer.
    pub draft: Option<(InfluencerId, String)>,
    /// The creators with plan changes not told, per project revision and language.
    waiting: Memo<(u64, Lang), Vec<CreatorToTell>>,
    /// The flags shown (index into the findings, deliverable), per findings, layout and filters.
    flags: Memo<FlagsKey, Vec<(usize, DeliverableId)>>,
}

impl TimelineSide {
    /// Draws the flags and the changes to tell; a click on a flag selects its deliverable.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        selected: &mut Option<DeliverableId>,
        reveal: &mut Option<DeliverableId>,
        edits: &mut EditQueue,
    ) {
        let project = view.project;
        ui.heading(tr(ui.ctx(), "tl-flags"));
        ui.horizontal_wrapped(|ui| {
            for (value, label) in [
                (None, "tl-flags-all"),
                (Some(Severity::Error), "tl-flags-errors"),
                (Some(Severity::Warning), "tl-flags-warnings"),
            ] {
                ui.selectable_value(&mut self.severity, value, tr(ui.ctx(), label));
            }
        });
        let label = ui.label(tr(ui.ctx(), "tl-check"));
        let all_checks = tr(ui.ctx(), "tl-all-checks");
        egui::ComboBox::from_id_salt("timeline_code_filter")
            .selected_text(
                self.code
                    .map_or_else(|| all_checks.clone(), |c| c.as_str().to_string()),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.code, None, all_checks.as_str());
                for code in Code::TIMELINE {
                    ui.selectable_value(&mut self.code, Some(*code), code.as_str());
                }
            })
            .response
            .labelled_by(label.id);
        // The flags depend on the findings and on which subjects are deliverables, which
        // changes only with the layout: not recomputed on each edit while checks catch up.
        let key = (view.checked, view.layout, self.severity, self.code);
        let (severity, code) = (self.severity, self.code);
        let mut listed = std::mem::take(&mut self.flags);
        let list = listed.get(key, || {
            view.findings
                .all()
                .iter()
                .enumerate()
                .filter(|(_, f)| Code::TIMELINE.contains(&f.code))
                .filter(|(_, f)| severity.is_none_or(|s| f.severity == s))
                .filter(|(_, f)| code.is_none_or(|c| f.code == c))
                .filter_map(|(i, f)| {
                    f.subject
                        .iter()
                        .find_map(|id| match view.index.record(project, id) {
                            Some(RecordRef::Deliverable(d)) => Some((i, d.id.clone())),
                            _ => None,
                        })
                })
                .collect()
        });
        let all = view.findings.all();
        ui.label(
            RichText::new(tr_with(
                ui.ctx(),
                "tl-flags-count",
                &[("count", list.len().into())],
            ))
            .weak(),
        );
        let dark = ui.visuals().dark_mode;
        // As many whole flags as fit in 60 % of the height (at least two): never half a line.
        let gap = ui.spacing().item_spacing.y;
        let row = FLAG_ROW + gap;
        let whole = ((ui.available_height() * 0.6 + gap) / row).floor().max(2.0);
        // Every row is drawn (clipped) while the list is short enough, so that Tab can
        // walk the whole list (rows never drawn cannot take the focus); a long list draws
        // only the rows in view.
        let mut row_ui = |ui: &mut egui::Ui, index: usize, id: &DeliverableId| {
            let Some(f) = all.get(index) else { return };
            ui.push_id((f.code.as_str(), id), |ui| {
                ui.set_height(36.0);
                let title = view
                    .index
                    .deliverable(project, id)
                    .map_or("", |d| d.title.as_str());
                let text = RichText::new(format!("● {} — {title}", f.code))
                    .color(severity_color(f.severity, dark));
                if ui
                    .add(egui::Button::new(text).frame(false).truncate())
                    .on_hover_text(format!(
                        "{}\n{}",
                        crate::ui::kit::lang::say(ui.ctx(), &f.message),
                        crate::ui::kit::lang::fix_line(ui.ctx(), &f.fix)
                    ))
                    .clicked()
                {
                    *selected = Some(id.clone());
                    *reveal = Some(id.clone());
                }
                let message = crate::ui::kit::lang::say(ui.ctx(), &f.message);
                ui.add(egui::Label::new(RichText::new(message).small().weak()).truncate());
            });
        };
        let area = egui::ScrollArea::vertical()
            .id_salt("timeline_flags")
            .max_height(whole * row - gap);
        if list.len() <= DRAW_ALL_FLAGS {
            area.show(ui, |ui| {
                for (index, id) in list.iter() {
                    row_ui(ui, *index, id);
                }
            });
        } else {
            area.show_rows(ui, FLAG_ROW, list.len(), |ui, range| {
                for (index, id) in list.get(range).unwrap_or_default() {
                    row_ui(ui, *index, id);
                }
            });
        }
        self.flags = listed;
        ui.separator();
        self.tell_ui(ui, view, edits);
    }

    /// The plan changes each creator has not been told about.
    fn tell_ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let project = view.project;
        ui.heading(tr(ui.ctx(), "tl-to-tell"));
        let mut memo = std::mem::take(&mut self.waiting);
        let lang = crate::ui::kit::lang::get(ui.ctx());
        let waiting = memo.get((view.revision, lang), || {
            creators_to_tell_in(lang, view.project, view.index, view.today.year())
        });
        if waiting.is_empty() {
            ui.label(RichText::new(tr(ui.ctx(), "tl-all-told")).weak());
        }
        let [draft, draft_tip, told, told_tip] = [
            "tl-draft-update",
            "tl-draft-update-tip",
            "tl-mark-told",
            "tl-mark-told-tip",
        ]
        .map(|id| tr(ui.ctx(), id));
        egui::ScrollArea::vertical()
            .id_salt("timeline_tell")
            .show(ui, |ui| {
                for CreatorToTell {
                    name,
                    influencer: id,
                    changes: lines,
                } in waiting
                {
                    let count = lines.len();
                    ui.push_id(id, |ui| {
                        ui.label(
                            RichText::new(tr_with(
                                ui.ctx(),
                                "tl-changes-not-told",
                                &[("name", name.as_str().into()), ("count", count.into())],
                            ))
                            .strong(),
                        );
                        for line in lines {
                            ui.label(RichText::new(line).small());
                        }
                        ui.horizontal(|ui| {
                            if ui.button(&draft).on_hover_text(&draft_tip).clicked() {
                                edits.draft_update(id.clone());
                            }
                            if ui.button(&told).on_hover_text(&told_tip).clicked() {
                                edits.push(
                                    tr_with(
                                        ui.ctx(),
                                        "tl-undo-told",
                                        &[("name", name.as_str().into())],
                                    ),
                                    mark_told(project, id),
                                );
                                if self.draft.as_ref().is_some_and(|(d, _)| d == id) {
                                    self.draft = None;
                                }
                            }
                        });
                        ui.separator();
                    });
                }
            });
        self.waiting = memo;
    }

    /// The drafted update in a window big enough to read it whole, edit it and copy it.
    /// Drawn by the app in every panel: the profile asks for it too.
    pub fn draft_window_ui(&mut self, ctx: &egui::Context, view: View<'_>, edits: &mut EditQueue) {
        let Some((id, text)) = self.draft.as_mut() else {
            return;
        };
        let name = view.index.influencer_name(view.project, id).to_string();
        let mut open = true;
        let mut told = false;
        let title = tr_with(ctx, "tl-update-for", &[("name", name.as_str().into())]);
        egui::Window::new(title)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .id(egui::Id::unique("draft_update_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_size([560.0, 380.0])
            .show(ctx, |ui| {
                ui.label(RichText::new(tr(ui.ctx(), "tl-update-hint")).weak());
                let label = ui.label(tr(ui.ctx(), "tl-update-message"));
                egui::ScrollArea::vertical()
                    .max_height(ui.available_height() - 40.0)
                    .show(ui, |ui| {
                        ui.add(
                            egui::TextEdit::multiline(text)
                                .desired_rows(14)
                                .desired_width(f32::INFINITY),
                        )
                        .labelled_by(label.id);
                    });
                ui.horizontal(|ui| {
                    if ui.button(tr(ui.ctx(), "tl-copy")).clicked() {
                        ui.ctx().copy_text(text.clone());
                    }
                    told = ui
                        .button(tr(ui.ctx(), "tl-mark-told"))
                        .on_hover_text(tr(ui.ctx(), "tl-mark-told-tip"))
                        .clicked();
                });
            });
        if told {
            edits.push(
                tr_with(ctx, "tl-undo-told", &[("name", name.as_str().into())]),
                mark_told(view.project, id),
            );
        }
        if told || !open {
            self.draft = None;
        }
    }
}
