//! Compare with another copy: every difference between the project and a copy that came
//! back, side by side (base, mine, theirs), what the merge does with each, a choice per
//! conflict, per record or for all, and Merge as one undo step.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::shell::compare_words::{COLUMNS, Words};
use chrono::NaiveDate;
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
    /// The version the copy was made from was kept (a three-way comparison).
    three_way: bool,
    /// The day a client copy was made (`None` for a team copy).
    client_on: Option<NaiveDate>,
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
        let client_on = shared
            .filter(|s| s.kind == rapport_core::model::ShareKind::Client)
            .map(|s| s.on);
        CompareView {
            name,
            prepared,
            resolution,
            merged,
            kind: None,
            only_differences: true,
            unchanged: None,
            three_way,
            client_on,
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

    /// What the comparison says about the common version, in this frame's language.
    fn about(&self, ctx: &egui::Context) -> String {
        let mut about = tr(
            ctx,
            if self.three_way {
                "sg-compare-three-way"
            } else {
                "sg-compare-two-way"
            },
        );
        if let Some(on) = self.client_on {
            // The year always written (a copy may come back in another year).
            let date = rapport_core::i18n::long_date(crate::ui::kit::lang::get(ctx), on);
            about.push_str(&tr_with(
                ctx,
                "sg-compare-client-copy",
                &[("date", date.into())],
            ));
        }
        about
    }

    /// Draws the comparison; returns what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui, mine: &Project) -> Option<CompareAction> {
        let mut action = None;
        let ctx = ui.ctx().clone();
        ui.horizontal(|ui| {
            ui.heading(tr_with(
                &ctx,
                "sg-compare-heading",
                &[("name", self.name.as_str().into())],
            ));
        });
        ui.label(RichText::new(self.about(&ctx)).weak());
        let conflicts = self.merged.conflicts().count();
        let unresolved = self.merged.unresolved();
        let taken = self.merged.taken_from_theirs();
        ui.horizontal(|ui| {
            let n = self.merged.rows.len();
            ui.label(tr_with(
                &ctx,
                "sg-compare-summary",
                &[
                    ("differences", n.into()),
                    ("taken", taken.into()),
                    ("conflicts", conflicts.into()),
                ],
            ));
            if unresolved > 0 {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    tr_with(
                        &ctx,
                        "sg-compare-to-choose",
                        &[("count", unresolved.into())],
                    ),
                );
            }
        });
        // The words, looked up once a frame (not per row).
        let words = Words::new(&ctx);
        ui.horizontal(|ui| {
            let show = ui.label(tr(&ctx, "sg-compare-show"));
            let every = tr(&ctx, "sg-compare-every-kind");
            egui::ComboBox::from_id_salt("compare_kind")
                .selected_text(self.kind.map_or(every.as_str(), |k| words.get(k.word_id())))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.kind, None, every.as_str());
                    for kind in RecordKind::ALL {
                        ui.selectable_value(&mut self.kind, Some(kind), words.get(kind.word_id()));
                    }
                })
                .response
                .labelled_by(show.id);
            ui.checkbox(
                &mut self.only_differences,
                tr(&ctx, "sg-compare-only-differences"),
            );
            ui.separator();
            if ui
                .button(tr(&ctx, "sg-compare-accept-mine"))
                .on_hover_text(tr(&ctx, "sg-compare-accept-mine-tip"))
                .clicked()
            {
                self.choose_all(Side::Mine, mine);
            }
            if ui
                .button(tr(&ctx, "sg-compare-accept-theirs"))
                .on_hover_text(tr(&ctx, "sg-compare-accept-theirs-tip"))
                .clicked()
            {
                self.choose_all(Side::Theirs, mine);
            }
            ui.separator();
            let merge = ui
                .add_enabled(
                    self.merged.unresolved() == 0,
                    egui::Button::new(RichText::new(tr(&ctx, "sg-compare-merge")).strong()),
                )
                .on_hover_text(tr(&ctx, "sg-compare-merge-tip"))
                .on_disabled_hover_text(tr(&ctx, "sg-compare-merge-disabled-tip"));
            if merge.clicked() {
                action = Some(CompareAction::Merge);
            }
            if ui
                .button(tr(&ctx, "sg-compare-close"))
                .on_hover_text(tr(&ctx, "sg-compare-close-tip"))
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
            ui.label(tr(&ctx, "sg-compare-no-differences"));
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
                for id in COLUMNS {
                    header.col(|ui| {
                        ui.strong(words.get(id));
                    });
                }
            })
            .body(|body| {
                body.rows(24.0, refs.len(), |mut row| {
                    let Some(r) = row_at(row.index()) else {
                        return;
                    };
                    row.col(|ui| {
                        ui.label(words.get(r.kind.word_id()));
                    });
                    row.col(|ui| {
                        let name = ui
                            .add(egui::Label::new(&r.name).truncate())
                            .on_hover_text(format!("{} ({})", r.name, r.id));
                        name.context_menu(|ui| {
                            if ui
                                .button(words.get("sg-compare-take-mine-record"))
                                .clicked()
                            {
                                chosen_record = Some((r.kind, r.id.clone(), Side::Mine));
                                ui.close();
                            }
                            if ui
                                .button(words.get("sg-compare-take-theirs-record"))
                                .clicked()
                            {
                                chosen_record = Some((r.kind, r.id.clone(), Side::Theirs));
                                ui.close();
                            }
                        });
                    });
                    row.col(|ui| {
                        let field = if r.field.is_empty() {
                            words.get("sg-compare-whole-record")
                        } else {
                            r.field.as_str()
                        };
                        ui.add(egui::Label::new(field).truncate())
                            .on_hover_text(field);
                    });
                    // A record without a difference says "same" on both sides.
                    let unchanged = r.field.is_empty()
                        && r.outcome == Outcome::Taken(Side::Mine)
                        && r.mine.as_deref() == Some("same");
                    for value in [&r.base, &r.mine, &r.theirs] {
                        row.col(|ui| {
                            let text = match value.as_deref() {
                                None => "—",
                                Some("same") if unchanged => words.get("sg-compare-same-value"),
                                Some(text) => text,
                            };
                            ui.add(egui::Label::new(text).truncate())
                                .on_hover_text(text);
                        });
                    }
                    let whole = r.field.is_empty();
                    row.col(|ui| match r.outcome {
                        Outcome::Taken(Side::Theirs) if whole && r.theirs.is_none() => {
                            ui.label(words.get("sg-compare-removed"));
                        }
                        Outcome::Taken(Side::Theirs) if whole && r.mine.is_none() => {
                            ui.label(words.get("sg-compare-added"));
                        }
                        Outcome::Taken(Side::Mine) if whole && r.mine.is_none() => {
                            ui.label(words.get("sg-compare-stays-removed"));
                        }
                        Outcome::Taken(Side::Theirs) => {
                            ui.label(words.get("sg-compare-theirs-only"));
                        }
                        Outcome::Taken(Side::Mine) if r.mine.as_deref() == Some("same") => {
                            ui.label(RichText::new(words.get("sg-compare-same")).weak());
                        }
                        Outcome::Taken(Side::Mine) => {
                            ui.label(words.get("sg-compare-mine-only"));
                        }
                        Outcome::Union => {
                            ui.label(words.get("sg-compare-both-kept"));
                        }
                        Outcome::Conflict(side) => {
                            let color = if dark {
                                Color32::from_rgb(255, 190, 90)
                            } else {
                                Color32::from_rgb(150, 80, 0)
                            };
                            ui.label(
                                RichText::new(words.get("sg-compare-conflict"))
                                    .color(color)
                                    .strong(),
                            );
                            if ui
                                .selectable_label(
                                    side == Some(Side::Mine),
                                    words.get("sg-compare-keep-mine"),
                                )
                                .on_hover_text(words.get("sg-compare-keep-mine-tip"))
                                .clicked()
                            {
                                chosen = Some((r.clone(), Side::Mine));
                            }
                            if ui
                                .selectable_label(
                                    side == Some(Side::Theirs),
                                    words.get("sg-compare-take-theirs"),
                                )
                                .on_hover_text(words.get("sg-compare-take-theirs-tip"))
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
