//! The Influencers panel: a sortable, searchable roster and an editor for one profile.

use super::edits::{Draft, EditQueue};
use super::view::{RowCache, View};
use super::widgets::{
    SortOrder, enum_combo, findings_badge, labelled_multiline, labelled_text, search_box,
    short_count,
};
use crate::checks::Findings;
use crate::model::{Edit, Handle, Id, Influencer, Platform, Project, Record, Stage};
use egui::RichText;
use egui_extras::{Column, TableBuilder};

/// State of the Influencers panel between frames.
#[derive(Debug, Default)]
pub struct InfluencersPanel {
    /// The text typed in the search box.
    pub search: String,
    /// Only this stage, when set.
    pub stage_filter: Option<Stage>,
    /// The sort order of the table.
    pub sort: SortOrder,
    /// The influencer shown in the editor.
    pub selected: Option<Id>,
    draft: Option<Draft<Influencer>>,
    niches_text: String,
    rows: RowCache<(u64, String, Option<Stage>, SortOrder)>,
}

/// Table columns, in order.
const COLUMNS: [&str; 9] = [
    "Name",
    "Handle",
    "Followers",
    "Engagement",
    "Country",
    "Stage",
    "Owner",
    "Last contact",
    "Findings",
];

impl InfluencersPanel {
    /// Selects an influencer for the editor.
    pub fn select(&mut self, id: Id) {
        self.selected = Some(id);
    }

    /// The roster rows to show (indices into the roster), filtered and sorted.
    pub fn visible_rows(&self, view: View<'_>) -> Vec<usize> {
        let View {
            project,
            findings,
            today,
            ..
        } = view;
        let needle = self.search.trim().to_lowercase();
        let mut rows: Vec<(usize, &Influencer)> = project
            .influencers
            .iter()
            .enumerate()
            .filter(|(_, i)| self.stage_filter.is_none_or(|s| i.stage == s))
            .filter(|(_, i)| needle.is_empty() || matches_search(i, &needle))
            .collect();
        let count = |i: &Influencer| findings.count(&i.id);
        let days = |i: &Influencer| i.last_contact().map(|d| (today - d).num_days());
        if self.sort.column == 0 {
            rows.sort_by_cached_key(|(_, i)| i.name.to_lowercase());
            if self.sort.descending {
                rows.reverse();
            }
            return rows.into_iter().map(|(index, _)| index).collect();
        }
        rows.sort_by(|(_, a), (_, b)| {
            let ordering = match self.sort.column {
                0 => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
                1 => a.main_handle().cmp(&b.main_handle()),
                2 => a.total_followers().cmp(&b.total_followers()),
                3 => a
                    .engagement()
                    .map(|e| e.0)
                    .partial_cmp(&b.engagement().map(|e| e.0))
                    .unwrap_or(std::cmp::Ordering::Equal),
                4 => a.country.cmp(&b.country),
                5 => a.stage.cmp(&b.stage),
                6 => a.owner.cmp(&b.owner),
                7 => days(a).cmp(&days(b)),
                _ => count(a).cmp(&count(b)),
            };
            self.sort.apply(ordering)
        });
        rows.into_iter().map(|(index, _)| index).collect()
    }

    /// Draws the panel; edits go into `edits`.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let View {
            project, findings, ..
        } = view;
        ui.horizontal(|ui| {
            search_box(ui, &mut self.search, "name, handle, niche, notes");
            let mut stage = self.stage_filter;
            egui::ComboBox::from_label("Stage")
                .selected_text(stage.map_or("All stages", Stage::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut stage, None, "All stages");
                    for s in Stage::ALL {
                        ui.selectable_value(&mut stage, Some(*s), s.label());
                    }
                });
            self.stage_filter = stage;
            if ui
                .button("➕ Add influencer")
                .on_hover_text("Add a new prospect to the roster")
                .clicked()
            {
                let new = Influencer::new("New influencer");
                self.selected = Some(new.id.clone());
                edits.push("Add influencer", Edit::Put(Record::Influencer(new)));
            }
        });
        ui.add_space(4.0);

        let selected = self.selected.as_ref().and_then(|id| project.influencer(id));
        if let Some(influencer) = selected {
            egui::Panel::right("profile_editor")
                .resizable(true)
                .default_size(380.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        self.editor_ui(ui, project, influencer, findings, edits)
                    });
                });
        } else {
            self.draft = None;
        }
        self.table_ui(ui, view);
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, view: View<'_>) {
        let View {
            project,
            findings,
            today,
            ..
        } = view;
        let key = (
            view.version,
            self.search.clone(),
            self.stage_filter,
            self.sort,
        );
        let mut cache = std::mem::take(&mut self.rows);
        let indices = cache.get(key, || self.visible_rows(view)).to_vec();
        self.rows = cache;
        let rows: Vec<&Influencer> = indices
            .iter()
            .filter_map(|&i| project.influencers.get(i))
            .collect();
        if rows.is_empty() {
            ui.label(RichText::new("No influencers match.").weak());
            return;
        }
        let mut clicked = None;
        ui.style_mut().interaction.selectable_labels = false;
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        TableBuilder::new(ui)
            .id_salt("roster")
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .resizable(true)
            .sense(egui::Sense::click())
            .column(Column::initial(180.0).at_least(80.0).clip(true))
            .columns(Column::auto().at_least(60.0).clip(true), COLUMNS.len() - 2)
            .column(Column::remainder().at_least(80.0))
            .header(24.0, |mut header| {
                for (index, title) in COLUMNS.iter().enumerate() {
                    header.col(|ui| self.sort.header_ui(ui, index, title));
                }
            })
            .body(|body| {
                body.rows(24.0, rows.len(), |mut row| {
                    let i = rows[row.index()];
                    row.set_selected(self.selected.as_ref() == Some(&i.id));
                    row.col(|ui| {
                        ui.label(&i.name);
                    });
                    row.col(|ui| {
                        ui.label(i.main_handle());
                    });
                    row.col(|ui| {
                        ui.label(short_count(i.total_followers()));
                    });
                    row.col(|ui| {
                        ui.label(i.engagement().map_or("—".to_string(), |(rate, computed)| {
                            format!("{rate:.2}%{}", if computed { "*" } else { "" })
                        }));
                    });
                    row.col(|ui| {
                        ui.label(&i.country);
                    });
                    row.col(|ui| {
                        ui.label(i.stage.label());
                    });
                    row.col(|ui| {
                        ui.label(&i.owner);
                    });
                    row.col(|ui| {
                        ui.label(i.last_contact().map_or("never".to_string(), |d| {
                            match (today - d).num_days() {
                                0 => "today".to_string(),
                                1 => "yesterday".to_string(),
                                days if days > 1 => format!("{days} days ago"),
                                _ => format!("on {d}"),
                            }
                        }));
                    });
                    row.col(|ui| findings_badge(ui, findings.about(&i.id)));
                    if row.response().clicked() {
                        clicked = Some(i.id.clone());
                    }
                });
            });
        if let Some(id) = clicked {
            self.selected = Some(id);
        }
    }

    fn editor_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        influencer: &Influencer,
        findings: &Findings,
        edits: &mut EditQueue,
    ) {
        let draft = self.draft.get_or_insert_with(|| Draft::new(influencer));
        if draft.value.id != influencer.id {
            *draft = Draft::new(influencer);
        }
        let before = draft.value.niches.clone();
        draft.sync(influencer);
        if draft.value.niches != before || self.niches_text.is_empty() {
            self.niches_text = draft.value.niches.join(", ");
        }
        let value = &mut draft.value;
        let mut commit = false;

        ui.heading(if value.name.trim().is_empty() {
            "(no name)"
        } else {
            value.name.as_str()
        });
        ui.label(RichText::new(influencer.id.as_str()).weak().small());
        findings_badge(ui, findings.about(&influencer.id));
        ui.separator();

        egui::Grid::new("profile_grid")
            .num_columns(2)
            .striped(false)
            .show(ui, |ui| {
                commit |= labelled_text(ui, "Name", &mut value.name).lost_focus();
                ui.end_row();
                commit |= labelled_text(ui, "Email", &mut value.email).lost_focus();
                ui.end_row();
                commit |= labelled_text(ui, "Country", &mut value.country).lost_focus();
                ui.end_row();
                commit |= labelled_text(ui, "Our contact", &mut value.owner).lost_focus();
                ui.end_row();
                ui.label("Stage");
                commit |= enum_combo(ui, "Stage", &mut value.stage, Stage::ALL);
                ui.end_row();
                let niches = labelled_text(ui, "Niches", &mut self.niches_text);
                if niches.lost_focus() {
                    value.niches = self
                        .niches_text
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    commit = true;
                }
                ui.end_row();
                ui.label("Engagement %");
                ui.horizontal(|ui| {
                    let mut rate = value.engagement_rate.unwrap_or(0.0);
                    let response = ui.add(
                        egui::DragValue::new(&mut rate)
                            .range(0.0..=100.0)
                            .speed(0.05)
                            .suffix(" %"),
                    );
                    let response =
                        response.on_hover_text("Engagement rate in percent (0 = not entered)");
                    if response.changed() {
                        value.engagement_rate = (rate > 0.0).then_some(rate);
                    }
                    commit |= response.drag_stopped() || response.lost_focus();
                    match value.engagement() {
                        Some((computed, true)) => {
                            ui.label(
                                RichText::new(format!(
                                    "computed: {computed:.2}% (likes + comments ÷ followers)"
                                ))
                                .weak(),
                            );
                        }
                        Some((_, false)) => {
                            ui.label(RichText::new("entered").weak());
                        }
                        None => {}
                    }
                });
                ui.end_row();
            });

        ui.add_space(6.0);
        ui.label(RichText::new("Handles").strong());
        let mut remove = None;
        for (index, handle) in value.handles.iter_mut().enumerate() {
            ui.push_id(index, |ui| {
                ui.horizontal(|ui| {
                    commit |= enum_combo(ui, "Platform", &mut handle.platform, Platform::ALL);
                    let label = ui.label("@");
                    commit |= ui
                        .add(egui::TextEdit::singleline(&mut handle.handle).desired_width(120.0))
                        .labelled_by(label.id)
                        .lost_focus();
                    let followers = ui.add(
                        egui::DragValue::new(&mut handle.followers)
                            .speed(100.0)
                            .suffix(" followers"),
                    );
                    commit |= followers.drag_stopped() || followers.lost_focus();
                    if ui
                        .small_button("×")
                        .on_hover_text("Remove this handle")
                        .clicked()
                    {
                        remove = Some(index);
                    }
                });
            });
        }
        if let Some(index) = remove {
            value.handles.remove(index);
            commit = true;
        }
        if ui.button("➕ Add handle").clicked() {
            value.handles.push(Handle {
                platform: Platform::Instagram,
                handle: String::new(),
                url: String::new(),
                followers: 0,
            });
            commit = true;
        }

        ui.add_space(6.0);
        ui.label(RichText::new("Vetting").strong());
        let v = &mut value.vetting;
        for (flag, text) in [
            (&mut v.engagement_checked, "Engagement checked"),
            (&mut v.audience_fit, "Audience fit"),
            (&mut v.content_quality, "Content quality reviewed"),
            (&mut v.past_partnerships, "Past partnerships checked"),
            (&mut v.brand_safety, "Brand safety"),
        ] {
            commit |= ui.checkbox(flag, text).changed();
        }

        ui.add_space(6.0);
        commit |= labelled_multiline(ui, "Brand fit", &mut value.brand_fit).lost_focus();
        commit |= labelled_multiline(ui, "Private notes", &mut value.notes).lost_focus();

        ui.add_space(6.0);
        ui.label(RichText::new("Contact history").strong());
        if value.contacts.is_empty() {
            ui.label(RichText::new("No contact recorded yet.").weak());
        }
        for contact in value.contacts.iter().rev().take(12) {
            ui.label(format!(
                "{} · {} · {}",
                contact.date, contact.kind, contact.summary
            ));
        }

        ui.add_space(10.0);
        if ui
            .button("🗑 Delete influencer")
            .on_hover_text("Remove from the roster with their deliverables and costs (undoable)")
            .clicked()
        {
            edits.push(
                format!("Delete {}", influencer.name),
                project.removal_of_influencer(&influencer.id),
            );
            self.selected = None;
            self.draft = None;
            return;
        }

        if commit {
            if let Some(changed) = draft.take_change() {
                let label = if changed.name != influencer.name {
                    "Rename influencer"
                } else {
                    "Edit influencer"
                };
                edits.push(label, Edit::Put(Record::Influencer(changed)));
            }
        }
    }
}

fn matches_search(i: &Influencer, needle: &str) -> bool {
    i.name.to_lowercase().contains(needle)
        || i.handles
            .iter()
            .any(|h| h.handle.to_lowercase().contains(needle))
        || i.niches.iter().any(|n| n.to_lowercase().contains(needle))
        || i.notes.to_lowercase().contains(needle)
        || i.country.to_lowercase().contains(needle)
}
