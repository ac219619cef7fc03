//! Compare with another copy: every difference between the project and a copy that came
//! back, side by side (base, mine, theirs), what the merge does with each, a choice per
//! conflict, per record or for all, and Merge as one undo step.

use egui::{Color32, RichText};
use egui_extras::{Column, TableBuilder};
use rapport_core::model::Project;
use rapport_core::share::{Merge, MergeRow, Merged, Outcome, RecordKind, Resolution, Side};

/// What the rows shown depend on: the kind filter, "only differences", the merge run.
type RowsKey = (Option<RecordKind>, bool, u64);

/// The comparison of the project with one copy.
pub struct CompareView {
    /// The copy's file name.
    pub name: String,
    /// The copy, filled in with what it left out, and the common version if known.
    prepared: Merge,
    /// The choices made so far.
    pub resolution: Resolution,
    /// The merge with those choices.
    pub merged: Merged,
    /// Only this kind of record (all when `None`).
    pub kind: Option<RecordKind>,
    /// Only the differences (else every record, the same ones too).
    pub only_differences: bool,
    /// The records of mine without a difference, for "only differences" off.
    unchanged: Option<Vec<MergeRow>>,
    /// What the comparison says about the common version.
    pub about: String,
    /// How many times the merge ran (the rows shown are kept per run and filter).
    runs: u64,
    /// The rows shown: (an unchanged record's row, index), for the filter and run.
    visible: Option<(RowsKey, Vec<(bool, usize)>)>,
    /// The project revision the merge was run on.
    seen: Option<u64>,
}

/// What the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareAction {
    /// Merge with the choices made.
    Merge,
    /// Close without merging.
    Close,
}

impl CompareView {
    /// Compares `mine` with `theirs`; `base` is the version `theirs` was made from, if kept.
    pub fn new(name: String, mine: &Project, theirs: Project, base: Option<Project>) -> Self {
        let three_way = base.is_some();
        let shared = theirs.info.shared.clone();
        let prepared = Merge::new(base, mine, theirs);
        // Without the common version every difference is a choice; mine until chosen.
        let resolution = if three_way {
            Resolution::none()
        } else {
            Resolution::all(Side::Mine)
        };
        let merged = prepared.run(mine, &resolution);
        let mut about = if three_way {
            "Three-way: the version this copy was made from was kept when it was shared, so changes made on one side only are taken by themselves.".to_string()
        } else {
            "The version both were made from is not known: every difference is yours to choose (yours is kept until you choose).".to_string()
        };
        if let Some(s) = shared.filter(|s| s.kind == rapport_core::model::ShareKind::Client) {
            about.push_str(&format!(
                " It is a client copy made on {}: what it left out is kept as it is here.",
                s.on.format("%-d %b %Y")
            ));
        }
        CompareView {
            name,
            prepared,
            resolution,
            merged,
            kind: None,
            only_differences: true,
            unchanged: None,
            about,
            seen: None,
            runs: 0,
            visible: None,
        }
    }

    /// Runs the merge again when the project changed since (an undo while comparing).
    pub fn refresh(&mut self, revision: u64, mine: &Project) {
        if self.seen.is_some_and(|seen| seen != revision) {
            self.rerun(mine);
        }
        self.seen = Some(revision);
    }

    /// Runs the merge again after a choice.
    fn rerun(&mut self, mine: &Project) {
        self.merged = self.prepared.run(mine, &self.resolution);
        self.unchanged = None;
        self.runs += 1;
    }

    /// Chooses a side for every conflict (Accept all mine / theirs).
    pub fn choose_all(&mut self, side: Side, mine: &Project) {
        self.resolution = Resolution::all(side);
        self.rerun(mine);
    }

    /// Chooses a side for one field of one record.
    pub fn choose(&mut self, row: &MergeRow, side: Side, mine: &Project) {
        self.resolution
            .fields
            .insert((row.kind, row.id.clone(), row.field.clone()), side);
        self.rerun(mine);
    }

    /// Chooses a side for every conflict of one record.
    pub fn choose_record(&mut self, kind: RecordKind, id: &str, side: Side, mine: &Project) {
        self.resolution
            .fields
            .retain(|(k, i, _), _| !(*k == kind && i == id));
        self.resolution.records.insert((kind, id.to_string()), side);
        self.rerun(mine);
    }

    /// Every record of mine without a difference, as rows.
    fn unchanged_rows(&mut self, mine: &Project) -> &[MergeRow] {
        let merged = &self.merged;
        self.unchanged.get_or_insert_with(|| {
            let differ: std::collections::HashSet<(RecordKind, &str)> = merged
                .rows
                .iter()
                .map(|r| (r.kind, r.id.as_str()))
                .collect();
            let mut rows = Vec::new();
            let mut add = |kind: RecordKind, id: &str, name: &str| {
                if !differ.contains(&(kind, id)) {
                    rows.push(MergeRow {
                        kind,
                        id: id.to_string(),
                        name: name.to_string(),
                        field: String::new(),
                        base: None,
                        mine: Some("same".into()),
                        theirs: Some("same".into()),
                        outcome: Outcome::Taken(Side::Mine),
                    });
                }
            };
            mine.influencers
                .iter()
                .for_each(|r| add(RecordKind::Influencer, r.id.as_str(), &r.name));
            mine.campaigns
                .iter()
                .for_each(|r| add(RecordKind::Campaign, r.id.as_str(), &r.name));
            mine.deliverables
                .iter()
                .for_each(|r| add(RecordKind::Deliverable, r.id.as_str(), &r.title));
            mine.cost_lines
                .iter()
                .for_each(|r| add(RecordKind::CostLine, r.id.as_str(), &r.description));
            mine.plan_changes
                .iter()
                .for_each(|r| add(RecordKind::PlanChange, r.id.as_str(), &r.what_label()));
            rows
        })
    }

    /// Draws the comparison; returns what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui, mine: &Project) -> Option<CompareAction> {
        let mut action = None;
        ui.horizontal(|ui| {
            ui.heading(format!("Compare with {}", self.name));
        });
        ui.label(RichText::new(&self.about).weak());
        let conflicts = self.merged.conflicts().count();
        let unresolved = self.merged.unresolved();
        let taken = self.merged.taken_from_theirs();
        ui.horizontal(|ui| {
            let n = self.merged.rows.len();
            let plural = |count: usize, one: &str, many: &str| {
                if count == 1 {
                    format!("1 {one}")
                } else {
                    format!("{count} {many}")
                }
            };
            ui.label(format!(
                "{} · {taken} taken from theirs · {}",
                plural(n, "difference", "differences"),
                plural(conflicts, "conflict", "conflicts")
            ));
            if unresolved > 0 {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("· {unresolved} to choose"),
                );
            }
        });
        ui.horizontal(|ui| {
            let show = ui.label("Show:");
            egui::ComboBox::from_id_salt("compare_kind")
                .selected_text(self.kind.map_or("Every kind", |k| k.label()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.kind, None, "Every kind");
                    for kind in RecordKind::ALL {
                        ui.selectable_value(&mut self.kind, Some(kind), kind.label());
                    }
                })
                .response
                .labelled_by(show.id);
            ui.checkbox(&mut self.only_differences, "Only differences");
            ui.separator();
            if ui
                .button("Accept all mine")
                .on_hover_text("Keep your value in every conflict")
                .clicked()
            {
                self.choose_all(Side::Mine, mine);
            }
            if ui
                .button("Accept all theirs")
                .on_hover_text("Take their value in every conflict")
                .clicked()
            {
                self.choose_all(Side::Theirs, mine);
            }
            ui.separator();
            let merge = ui
                .add_enabled(
                    self.merged.unresolved() == 0,
                    egui::Button::new(RichText::new("Merge").strong()),
                )
                .on_hover_text(
                    "Bring their changes into the project as one step (Undo takes it back)",
                )
                .on_disabled_hover_text("Choose Mine or Theirs for every conflict first");
            if merge.clicked() {
                action = Some(CompareAction::Merge);
            }
            if ui
                .button("Close")
                .on_hover_text("Close without merging")
                .clicked()
            {
                action = Some(CompareAction::Close);
            }
        });
        ui.separator();
        // Which rows show, kept until the filter or the merge changes (not built per frame).
        let key = (self.kind, self.only_differences, self.runs);
        if self.visible.as_ref().is_none_or(|(k, _)| *k != key) {
            let kind = self.kind;
            let wanted = |r: &MergeRow| kind.is_none_or(|k| k == r.kind);
            let mut refs: Vec<(bool, usize)> = (0..self.merged.rows.len())
                .filter(|&i| wanted(&self.merged.rows[i]))
                .map(|i| (false, i))
                .collect();
            if !self.only_differences {
                let same = self.unchanged_rows(mine);
                refs.extend(
                    (0..same.len())
                        .filter(|&i| wanted(&same[i]))
                        .map(|i| (true, i)),
                );
            }
            self.visible = Some((key, refs));
        }
        let refs = self
            .visible
            .as_ref()
            .map(|(_, r)| r.as_slice())
            .unwrap_or_default();
        let same = self.unchanged.as_deref().unwrap_or_default();
        let row_at = |i: usize| -> Option<&MergeRow> {
            let (unchanged, at) = *refs.get(i)?;
            if unchanged {
                same.get(at)
            } else {
                self.merged.rows.get(at)
            }
        };
        if refs.is_empty() {
            ui.label("No differences: the copy holds the same as the project.");
            return action;
        }
        let mut chosen: Option<(MergeRow, Side)> = None;
        let mut chosen_record: Option<(RecordKind, String, Side)> = None;
        let dark = ui.visuals().dark_mode;
        TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            // Names and values share what the window has beyond the fixed columns.
            .column(Column::exact(90.0))
            .column(Column::remainder().at_least(120.0).clip(true))
            .column(Column::initial(190.0).at_least(90.0).clip(true))
            .column(Column::remainder().at_least(90.0).clip(true))
            .column(Column::remainder().at_least(90.0).clip(true))
            .column(Column::remainder().at_least(90.0).clip(true))
            .column(Column::exact(250.0))
            .header(22.0, |mut header| {
                for title in [
                    "Kind", "Record", "Field", "Base", "Mine", "Theirs", "Result",
                ] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(24.0, refs.len(), |mut row| {
                    let Some(r) = row_at(row.index()) else {
                        return;
                    };
                    row.col(|ui| {
                        ui.label(r.kind.label());
                    });
                    row.col(|ui| {
                        let name = ui
                            .add(egui::Label::new(&r.name).truncate())
                            .on_hover_text(format!("{} ({})", r.name, r.id));
                        name.context_menu(|ui| {
                            if ui.button("Take mine for this record").clicked() {
                                chosen_record = Some((r.kind, r.id.clone(), Side::Mine));
                                ui.close();
                            }
                            if ui.button("Take theirs for this record").clicked() {
                                chosen_record = Some((r.kind, r.id.clone(), Side::Theirs));
                                ui.close();
                            }
                        });
                    });
                    row.col(|ui| {
                        let field = if r.field.is_empty() {
                            "(whole record)"
                        } else {
                            r.field.as_str()
                        };
                        ui.add(egui::Label::new(field).truncate())
                            .on_hover_text(field);
                    });
                    for value in [&r.base, &r.mine, &r.theirs] {
                        row.col(|ui| {
                            let text = value.as_deref().unwrap_or("—");
                            ui.add(egui::Label::new(text).truncate())
                                .on_hover_text(text);
                        });
                    }
                    let whole = r.field.is_empty();
                    row.col(|ui| match r.outcome {
                        Outcome::Taken(Side::Theirs) if whole && r.theirs.is_none() => {
                            ui.label("Removed (they removed it)");
                        }
                        Outcome::Taken(Side::Theirs) if whole && r.mine.is_none() => {
                            ui.label("Added (they added it)");
                        }
                        Outcome::Taken(Side::Mine) if whole && r.mine.is_none() => {
                            ui.label("Stays removed (you removed it)");
                        }
                        Outcome::Taken(Side::Theirs) => {
                            ui.label("Theirs (only they changed it)");
                        }
                        Outcome::Taken(Side::Mine) if r.mine.as_deref() == Some("same") => {
                            ui.label(RichText::new("Same").weak());
                        }
                        Outcome::Taken(Side::Mine) => {
                            ui.label("Mine (only you changed it)");
                        }
                        Outcome::Union => {
                            ui.label("Both kept (history)");
                        }
                        Outcome::Conflict(side) => {
                            let color = if dark {
                                Color32::from_rgb(255, 190, 90)
                            } else {
                                Color32::from_rgb(150, 80, 0)
                            };
                            ui.label(RichText::new("Conflict:").color(color).strong());
                            if ui
                                .selectable_label(side == Some(Side::Mine), "Keep mine")
                                .on_hover_text("Keep your value")
                                .clicked()
                            {
                                chosen = Some((r.clone(), Side::Mine));
                            }
                            if ui
                                .selectable_label(side == Some(Side::Theirs), "Take theirs")
                                .on_hover_text("Take their value")
                                .clicked()
                            {
                                chosen = Some((r.clone(), Side::Theirs));
                            }
                        }
                    });
                });
            });
        if let Some((row, side)) = chosen {
            self.choose(&row, side, mine);
        }
        if let Some((kind, id, side)) = chosen_record {
            self.choose_record(kind, &id, side, mine);
        }
        action
    }
}
