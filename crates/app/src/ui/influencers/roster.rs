//! The Influencers panel: the roster as a sortable, filterable table (smooth with tens of
//! thousands of rows: only visible rows are drawn, the order is cached per project
//! version) and the profile of the selected influencer.

use crate::ui::influencers::filter::{RosterChoices, RosterFilter};
use crate::ui::influencers::profile::ProfileEditor;
use crate::ui::influencers::roster_words::CellWords;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{self, tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::{View, row_indices};
use crate::ui::kit::widgets::{SortOrder, findings_badge, short_count};
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use rapport_core::i18n::{self, Lang};
use rapport_core::model::{Edit, Influencer, InfluencerId, Project, Record, ShareKind};

/// State of the Influencers panel between frames.
#[derive(Debug, Default)]
pub struct InfluencersPanel {
    /// The search text and filters.
    pub filter: RosterFilter,
    /// The sort order of the table.
    pub sort: SortOrder<RosterColumn>,
    /// The influencer shown in the profile.
    pub selected: Option<InfluencerId>,
    /// The profile editor.
    pub profile: ProfileEditor,
    /// An influencer the user asked to delete who is in a campaign: waiting for "Delete".
    pub confirm_delete: Option<InfluencerId>,
    rows: Memo<(u64, RosterFilter, SortOrder<RosterColumn>), Vec<usize>>,
    choices: Memo<u64, RosterChoices>,
    /// Whether any engagement rate is computed rather than entered (the "*" footnote).
    computed: Memo<u64, bool>,
    /// The filter of the last frame: a profile the new filter hides closes.
    last_filter: RosterFilter,
    /// Followers written in full (1,800,000) rather than short (1.8M): right-click the
    /// column's header.
    pub exact_counts: bool,
}

rapport_core::labelled_enum! {
    /// The roster table's columns, in order; the label is the header.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum RosterColumn {
        /// The name.
        #[default]
        Name => "Name",
        /// The main handle.
        Handle => "Handle",
        /// Every platform.
        Platforms => "Platforms",
        /// Followers on all platforms.
        Followers => "Followers",
        /// The engagement rate.
        Engagement => "Engagement",
        /// The home country.
        Country => "Country",
        /// The niches.
        Niches => "Niches",
        /// The relationship stage.
        Stage => "Stage",
        /// Our point of contact.
        Owner => "Owner",
        /// The latest contact.
        LastContact => "Last contact",
        /// The findings about them.
        Findings => "Findings",
    }
}

impl InfluencersPanel {
    /// Selects an influencer for the profile.
    pub fn select(&mut self, id: InfluencerId) {
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
        let mut rows: Vec<(usize, &Influencer)> = project
            .influencers
            .iter()
            .enumerate()
            .filter(|(_, i)| self.filter.matches(i, findings))
            .collect();
        let days = |i: &Influencer| i.last_contact().map(|d| (today - d).num_days());
        match self.sort.column {
            RosterColumn::Name => rows.sort_by_cached_key(|(_, i)| i.name.to_lowercase()),
            RosterColumn::Handle => {
                rows.sort_by_cached_key(|(_, i)| i.main_handle().to_lowercase());
            }
            RosterColumn::Platforms => rows.sort_by_cached_key(|(_, i)| platforms(i)),
            RosterColumn::Niches => {
                rows.sort_by_cached_key(|(_, i)| i.niches.join(", ").to_lowercase());
            }
            column => rows.sort_by(|(_, a), (_, b)| match column {
                RosterColumn::Followers => a.total_followers().cmp(&b.total_followers()),
                RosterColumn::Engagement => a
                    .engagement()
                    .map(|e| e.0)
                    .partial_cmp(&b.engagement().map(|e| e.0))
                    .unwrap_or(std::cmp::Ordering::Equal),
                RosterColumn::Country => a.country.cmp(&b.country),
                RosterColumn::Stage => a.stage.cmp(&b.stage),
                RosterColumn::Owner => a.owner.cmp(&b.owner),
                RosterColumn::LastContact => days(a).cmp(&days(b)),
                _ => findings.count(&a.id).cmp(&findings.count(&b.id)),
            }),
        }
        row_indices(rows, self.sort.descending)
    }

    /// Draws the panel; edits go into `edits`.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let project = view.project;
        let choices = self
            .choices
            .get(view.revision, || RosterChoices::of(project));
        ui.horizontal_wrapped(|ui| self.filter.ui(ui, choices));
        // A profile the filter just hid closes (an edit that makes it stop matching does
        // not close it under the user's hands).
        if self.filter != self.last_filter {
            if self
                .selected
                .as_ref()
                .and_then(|id| project.influencer(id))
                .is_some_and(|i| !self.filter.matches(i, view.findings))
            {
                self.selected = None;
            }
            self.last_filter = self.filter.clone();
        }
        let selected = self.selected.as_ref().and_then(|id| project.influencer(id));
        let ctx = ui.ctx().clone();
        let t = |id: &str| tr(&ctx, id);
        let named = |id: &str, name: &str| tr_with(&ctx, id, &[("name", name.into())]);
        ui.horizontal(|ui| {
            if ui
                .button(t("inf-add"))
                .on_hover_text(t("inf-add-tip"))
                .clicked()
            {
                let new = Influencer::new(&t("inf-new-name"));
                self.selected = Some(new.id.clone());
                edits.push(t("inf-add-edit"), Edit::Put(Record::Influencer(new)));
            }
            if let Some(influencer) = selected {
                if ui
                    .button(t("inf-duplicate"))
                    .on_hover_text(t("inf-duplicate-tip"))
                    .clicked()
                {
                    let mut copy = influencer.clone();
                    copy.id = InfluencerId::new();
                    copy.name = named("inf-copy-name", &influencer.name);
                    copy.contacts.clear();
                    self.selected = Some(copy.id.clone());
                    edits.push(t("inf-duplicate-edit"), Edit::Put(Record::Influencer(copy)));
                }
                if ui
                    .button(t("inf-delete"))
                    .on_hover_text(t("inf-delete-tip"))
                    .clicked()
                {
                    if in_campaigns(project, &influencer.id).is_empty() {
                        edits.push(
                            named("inf-delete-edit", &influencer.name),
                            project.removal_of_influencer(&influencer.id),
                        );
                        self.selected = None;
                    } else {
                        self.confirm_delete = Some(influencer.id.clone());
                    }
                }
            }
        });
        ui.add_space(4.0);
        self.confirm_delete_ui(ui.ctx(), project, edits);

        // Esc closes the profile, unless a question is open.
        if self.confirm_delete.is_none() && crate::ui::kit::widgets::escape_closes(ui) {
            self.selected = None;
        }
        if let Some(influencer) = self.selected.as_ref().and_then(|id| project.influencer(id)) {
            let mut close = false;
            // Never more than half the width: the roster beside it stays readable.
            let most = (ui.available_width() * 0.5).max(420.0);
            let what = t("inf-close-what");
            egui::Panel::right("profile_editor")
                .resizable(true)
                .default_size(420.0)
                .max_size(most)
                .show(ui, |ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        close = crate::ui::kit::widgets::close_button_ui(ui, &what);
                    });
                    egui::ScrollArea::vertical()
                        .show(ui, |ui| self.profile.ui(ui, view, influencer, edits));
                });
            if close {
                self.selected = None;
            }
        }
        // The table draws only left of the profile beside it.
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        self.table_ui(ui, view);
    }

    /// "Delete X?" for an influencer who is in a campaign, saying what goes with them.
    fn confirm_delete_ui(&mut self, ctx: &egui::Context, project: &Project, edits: &mut EditQueue) {
        let Some(influencer) = self
            .confirm_delete
            .as_ref()
            .and_then(|id| project.influencer(id))
        else {
            self.confirm_delete = None;
            return;
        };
        let campaigns = in_campaigns(project, &influencer.id);
        let deliverables = project
            .deliverables
            .iter()
            .filter(|d| d.influencer == influencer.id)
            .count();
        let lines = project
            .cost_lines
            .iter()
            .filter(|l| l.influencer.as_ref() == Some(&influencer.id))
            .count();
        let lang = lang::get(ctx);
        // "Spring and Summer" / "“春季”和“夏季”".
        let names = match lang {
            Lang::En => campaigns.join(" and "),
            _ => {
                let quoted: Vec<String> = campaigns
                    .iter()
                    .map(|c| tr_with(ctx, "quoted", &[("text", (*c).into())]))
                    .collect();
                i18n::and_list(lang, &quoted.iter().map(String::as_str).collect::<Vec<_>>())
            }
        };
        let name = || influencer.name.as_str().into();
        let body = tr_with(
            ctx,
            "inf-delete-body",
            &[
                ("name", name()),
                ("campaigns", names.into()),
                ("deliverables", deliverables.into()),
                ("lines", lines.into()),
                ("count", campaigns.len().into()),
            ],
        );
        let answer = crate::ui::kit::widgets::confirm_ui(
            ctx,
            "confirm_delete_influencer",
            &tr_with(ctx, "inf-delete-heading", &[("name", name())]),
            &tr(ctx, "inf-delete-yes"),
            |ui| {
                ui.label(body);
                ui.label(RichText::new(tr(ui.ctx(), "inf-delete-undo")).weak());
            },
        );
        match answer {
            Some(true) => {
                edits.push(
                    tr_with(ctx, "inf-delete-edit", &[("name", name())]),
                    project.removal_of_influencer(&influencer.id),
                );
                self.selected = None;
                self.confirm_delete = None;
            }
            Some(false) => self.confirm_delete = None,
            None => {}
        }
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, view: View<'_>) {
        let View {
            project,
            findings,
            today,
            ..
        } = view;
        // A client copy has no contact log: "never" would not be true.
        let no_log = project
            .info
            .shared
            .as_ref()
            .is_some_and(|s| s.kind == ShareKind::Client);
        let key = (view.version, self.filter.clone(), self.sort);
        let mut cache = std::mem::take(&mut self.rows);
        let indices = cache.get(key, || self.visible_rows(view)).to_vec();
        self.rows = cache;
        let rows: Vec<&Influencer> = indices
            .iter()
            .filter_map(|&i| project.influencers.get(i))
            .collect();
        let computed = *self.computed.get(view.revision, || {
            project
                .influencers
                .iter()
                .any(|i| i.engagement().is_some_and(|(_, computed)| computed))
        });
        let ctx = ui.ctx().clone();
        let words = CellWords::new(&ctx);
        ui.horizontal_wrapped(|ui| {
            let count = tr_with(
                &ctx,
                "inf-roster-count",
                &[
                    ("shown", rows.len().into()),
                    ("total", project.influencers.len().into()),
                ],
            );
            ui.label(RichText::new(count).weak());
            if computed {
                ui.label(RichText::new(tr(&ctx, "inf-roster-computed-note")).weak());
            }
        });
        if rows.is_empty() {
            ui.label(RichText::new(tr(&ctx, "inf-roster-none")).weak());
            return;
        }
        let mut clicked = None;
        // ↑ ↓ Page Up / Down, Home / End choose the row from the keyboard.
        let keyed = crate::ui::kit::widgets::row_keys_ui(ui, rows.len(), || {
            rows.iter()
                .position(|i| self.selected.as_ref() == Some(&i.id))
        });
        if let Some(at) = keyed {
            clicked = rows.get(at).map(|i| i.id.clone());
        }
        ui.style_mut().interaction.selectable_labels = false;
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        crate::ui::kit::widgets::sideways_ui(ui, "roster_sideways", |ui| {
            let table = TableBuilder::new(ui);
            let table = match keyed {
                Some(at) => table.scroll_to_row(at, None),
                None => table,
            };
            table
                .id_salt("roster")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .resizable(true)
                .sense(crate::ui::kit::table_access::CELL_SENSE)
                .column(Column::initial(170.0).at_least(80.0).clip(true))
                .column(Column::initial(120.0).clip(true))
                // Platforms as wide as they are; the counts wide enough for their headings
                // with the sort arrow.
                .column(Column::auto().at_least(90.0).at_most(220.0).clip(true))
                .columns(Column::auto().at_least(84.0).clip(true), 3)
                // The niches take what the window has to spare (again on every resize).
                .column(
                    Column::remainder()
                        .at_least(110.0)
                        .clip(true)
                        .resizable(false),
                )
                .columns(Column::auto().at_least(60.0).clip(true), 3)
                .column(Column::initial(190.0).at_least(80.0).clip(true))
                .header(24.0, |mut header| {
                    for &column in RosterColumn::ALL {
                        header.col(|ui| {
                            let title = column.label_in(words.lang);
                            let head = self.sort.header_ui(ui, column, &title);
                            if column == RosterColumn::Followers {
                                // How counts are written, chosen for the column.
                                head.context_menu(|ui| {
                                    let short = tr(ui.ctx(), "inf-roster-short-counts");
                                    ui.radio_value(&mut self.exact_counts, false, short);
                                    let exact = tr(ui.ctx(), "inf-roster-exact-counts");
                                    ui.radio_value(&mut self.exact_counts, true, exact);
                                });
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(24.0, rows.len(), |mut row| {
                        let i = rows[row.index()];
                        row.set_selected(self.selected.as_ref() == Some(&i.id));
                        let cells = [
                            i.name.clone(),
                            i.main_handle(),
                            words.platforms(i),
                            if self.exact_counts {
                                crate::ui::kit::widgets::grouped_count(i.total_followers())
                            } else {
                                short_count(i.total_followers())
                            },
                            i.engagement().map_or("—".to_string(), |(rate, computed)| {
                                format!("{rate:.2}%{}", if computed { "*" } else { "" })
                            }),
                            i.country.clone(),
                            i.niches.join(", "),
                            words.stage(i.stage),
                            i.owner.clone(),
                            if no_log {
                                words.not_in_copy.clone()
                            } else {
                                words.last_contact(i, today)
                            },
                        ];
                        for text in cells {
                            row.col(|ui| {
                                // "5.90%*": the rate is computed, not entered.
                                let computed = text.ends_with('*');
                                let cell = ui.label(text);
                                if computed {
                                    cell.on_hover_text(&words.computed_tip);
                                }
                            });
                        }
                        row.col(|ui| findings_badge(ui, findings.about(&i.id)));
                        if row.response().clicked() {
                            clicked = Some(i.id.clone());
                        }
                    });
                });
            let table = tr(ui.ctx(), "inf-roster-table");
            crate::ui::kit::table_access::name_width_handles(ui, "roster", &table);
        });
        if let Some(id) = clicked {
            self.selected = Some(id);
        }
    }
}

/// The platforms an influencer is on, e.g. "Instagram, TikTok" (for sorting).
fn platforms(i: &Influencer) -> String {
    i.handles
        .iter()
        .map(|h| h.platform.label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names of the campaigns an influencer takes part in.
fn in_campaigns<'a>(project: &'a Project, id: &InfluencerId) -> Vec<&'a str> {
    project
        .campaigns
        .iter()
        .filter(|c| c.participant(id).is_some())
        .map(|c| c.name.as_str())
        .collect()
}
