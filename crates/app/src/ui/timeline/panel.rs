//! The Timeline panel (first level): every deliverable with its three dates, editable
//! with date pickers, its status, and the findings of each row.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::tr;
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::{View, row_indices};
use crate::ui::kit::widgets::{
    SortOrder, campaign_filter, enum_combo_in, findings_badge, search_box,
};
use crate::ui::timeline::chart::GanttChart;
use crate::ui::timeline::chart::rows::LaneMode;
use crate::ui::timeline::deliverable_editor::DeliverableEditor;
use crate::ui::timeline::side::TimelineSide;
use crate::ui::timeline::table_cells::{DATE_FIELDS, RowWords, date_cell_ui, label_of};

use chrono::NaiveDate;
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use rapport_core::fast::HashMap;
use rapport_core::model::{
    CampaignId, ContentType, Deliverable, DeliverableId, DeliverableStatus, Edit, InfluencerId,
    Record,
};

/// What the table's rows depend on besides the project: the view version, the search, the
/// campaign filter, "only flagged" and the sort.
type RowKey = (
    u64,
    String,
    Option<CampaignId>,
    bool,
    SortOrder<TimelineColumn>,
);

/// State of the Timeline panel between frames.
#[derive(Debug, Default)]
pub struct TimelinePanel {
    /// Only this campaign, when set.
    pub campaign_filter: Option<CampaignId>,
    /// Text typed in the search box.
    pub search: String,
    /// Only rows with findings.
    pub only_flagged: bool,
    /// The sort order.
    pub sort: SortOrder<TimelineColumn>,
    /// The selected deliverable.
    pub selected: Option<DeliverableId>,
    scroll_to_selected: bool,
    /// The table instead of the chart.
    pub show_table: bool,
    /// The chart's view.
    pub chart: GanttChart,
    /// Flags and changes to tell, beside the chart.
    pub side: TimelineSide,
    editor: DeliverableEditor,
    rows: Memo<RowKey, Vec<usize>>,
}

rapport_core::labelled_enum! {
    /// The Timeline table's columns, in order; the label is the header. The table starts
    /// sorted by publish date.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum TimelineColumn {
        /// The title.
        Deliverable => "Deliverable",
        /// The influencer's name.
        Influencer => "Influencer",
        /// The campaign's name.
        Campaign => "Campaign",
        /// The content type.
        Type => "Type",
        /// When the brief is sent.
        BriefSent => "Brief sent",
        /// When the draft is due.
        DraftDue => "Draft due",
        /// When it goes live.
        #[default]
        Publish => "Publish",
        /// How far it has come.
        Status => "Status",
        /// The findings about it.
        Findings => "Findings",
    }
}

impl TimelinePanel {
    /// Zoom, fit and lanes for the chart.
    fn chart_toolbar_ui(&mut self, ui: &mut egui::Ui, today: NaiveDate) {
        // The buttons zoom around today while it is in view, else around the middle.
        let middle = ui.ctx().content_rect().center().x;
        let right = ui.ctx().content_rect().right();
        let center = self.chart.scale.map_or(middle, |scale| {
            let at = scale.x(today);
            if (scale.left..=right).contains(&at) {
                at
            } else {
                middle
            }
        });
        if ui
            .button("−")
            .on_hover_text(tr(ui.ctx(), "tl-zoom-out"))
            .clicked()
            && let Some(scale) = &mut self.chart.scale
        {
            *scale = scale.zoomed(-1, center);
        }
        if ui
            .button("+")
            .on_hover_text(tr(ui.ctx(), "tl-zoom-in"))
            .clicked()
            && let Some(scale) = &mut self.chart.scale
        {
            *scale = scale.zoomed(1, center);
        }
        if ui
            .button(tr(ui.ctx(), "tl-fit"))
            .on_hover_text(tr(ui.ctx(), "tl-fit-tip"))
            .clicked()
        {
            self.chart.fit();
        }
        ui.label(tr(ui.ctx(), "tl-lanes"));
        let lang = crate::ui::kit::lang::get(ui.ctx());
        for &mode in LaneMode::ALL {
            ui.selectable_value(&mut self.chart.lanes, mode, mode.label_in(lang));
        }
    }

    /// Selects a deliverable and scrolls to it.
    pub fn select(&mut self, id: DeliverableId) {
        self.chart.reveal = Some(id.clone());
        self.selected = Some(id);
        self.scroll_to_selected = true;
        self.campaign_filter = None;
        self.search.clear();
        self.only_flagged = false;
    }

    /// The rows to show (indices into the deliverables), filtered and sorted (by publish
    /// date unless another column is chosen).
    pub fn visible_rows(&self, view: View<'_>) -> Vec<usize> {
        let View {
            project, findings, ..
        } = view;
        let needle = self.search.trim().to_lowercase();
        let names: HashMap<&InfluencerId, String> = project
            .influencers
            .iter()
            .map(|i| (&i.id, i.name.to_lowercase()))
            .collect();
        let campaigns: HashMap<&CampaignId, String> = project
            .campaigns
            .iter()
            .map(|c| (&c.id, c.name.to_lowercase()))
            .collect();
        let name = |id: &InfluencerId| names.get(id).map_or("", String::as_str);
        let campaign = |id: &CampaignId| campaigns.get(id).map_or("", String::as_str);
        let mut rows: Vec<(usize, &Deliverable)> = project
            .deliverables
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                self.campaign_filter
                    .as_ref()
                    .is_none_or(|c| &d.campaign == c)
            })
            .filter(|(_, d)| {
                needle.is_empty()
                    || d.title.to_lowercase().contains(&needle)
                    || name(&d.influencer).contains(&needle)
            })
            .filter(|(_, d)| !self.only_flagged || findings.count(&d.id) > 0)
            .collect();
        match self.sort.column {
            TimelineColumn::Deliverable => {
                rows.sort_by_cached_key(|(_, d)| (d.title.to_lowercase(), d.publish));
            }
            TimelineColumn::Influencer => {
                rows.sort_by_cached_key(|(_, d)| (name(&d.influencer).to_string(), d.publish));
            }
            TimelineColumn::Campaign => {
                rows.sort_by_cached_key(|(_, d)| (campaign(&d.campaign).to_string(), d.publish));
            }
            column => rows.sort_by(|(_, a), (_, b)| {
                let ordering = match column {
                    TimelineColumn::Type => a.content.cmp(&b.content),
                    TimelineColumn::BriefSent => a.brief_sent.cmp(&b.brief_sent),
                    TimelineColumn::DraftDue => a.draft_due.cmp(&b.draft_due),
                    TimelineColumn::Status => a.status.cmp(&b.status),
                    TimelineColumn::Findings => findings.worst(&a.id).cmp(&findings.worst(&b.id)),
                    _ => a.publish.cmp(&b.publish),
                };
                ordering.then_with(|| a.publish.cmp(&b.publish))
            }),
        }
        row_indices(rows, self.sort.descending)
    }

    /// Draws the panel; edits go into `edits`.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let View {
            project,
            findings,
            today,
            ..
        } = view;
        // Wrapped: a toolbar wider than the window moves down a line instead of pushing
        // the side panel under the findings list.
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(&mut self.show_table, false, tr(ui.ctx(), "tl-chart"))
                .on_hover_text(tr(ui.ctx(), "tl-chart-tip"));
            ui.selectable_value(&mut self.show_table, true, tr(ui.ctx(), "tl-table"))
                .on_hover_text(tr(ui.ctx(), "tl-table-tip"));
            ui.separator();
            if !self.show_table {
                self.chart_toolbar_ui(ui, view.today);
                ui.separator();
            }
            search_box(ui, &mut self.search, &tr(ui.ctx(), "tl-search-hint"));
            campaign_filter(ui, project, &mut self.campaign_filter);
            ui.checkbox(&mut self.only_flagged, tr(ui.ctx(), "tl-only-flagged"));
            let campaign = self
                .campaign_filter
                .clone()
                .or_else(|| project.campaigns.first().map(|c| c.id.clone()));
            let influencer = campaign
                .as_ref()
                .and_then(|id| project.campaign(id))
                .and_then(|c| c.participants.first())
                .map(|p| p.influencer.clone())
                .or_else(|| project.influencers.first().map(|i| i.id.clone()));
            if let (Some(campaign), Some(influencer)) = (campaign, influencer)
                && ui
                    .button(tr(ui.ctx(), "tl-add"))
                    .on_hover_text(tr(ui.ctx(), "tl-add-tip"))
                    .clicked()
            {
                let lang = crate::ui::kit::lang::get(ui.ctx());
                let new = Deliverable::added(project, campaign, influencer, today, lang);
                self.select(new.id.clone());
                edits.push(
                    tr(ui.ctx(), "tl-undo-add"),
                    Edit::Put(Record::Deliverable(new)),
                );
            }
        });
        ui.add_space(4.0);

        // Esc closes the editor, unless it is cancelling a drag.
        if self.chart.drag.is_none() && crate::ui::kit::widgets::escape_closes(ui) {
            self.selected = None;
        }
        if let Some(selected) = self
            .selected
            .as_ref()
            .and_then(|id| project.deliverable(id))
        {
            egui::Panel::bottom("deliverable_details")
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| {
                    if self
                        .editor
                        .ui(ui, project, selected, findings, today, edits)
                    {
                        self.selected = None;
                    }
                });
        }
        if !self.show_table {
            egui::Panel::right("timeline_side")
                .resizable(true)
                .default_size(300.0)
                .show(ui, |ui| {
                    self.side
                        .ui(ui, view, &mut self.selected, &mut self.chart.reveal, edits);
                });
            self.chart.ui(
                ui,
                view,
                self.campaign_filter.as_ref(),
                &mut self.selected,
                edits,
            );
            return;
        }
        let key = (
            view.version,
            self.search.clone(),
            self.campaign_filter.clone(),
            self.only_flagged,
            self.sort,
        );
        let mut cache = std::mem::take(&mut self.rows);
        let indices = cache.get(key, || self.visible_rows(view)).to_vec();
        self.rows = cache;
        let rows: Vec<&Deliverable> = indices
            .iter()
            .filter_map(|&i| project.deliverables.get(i))
            .collect();
        if rows.is_empty() {
            ui.label(RichText::new(tr(ui.ctx(), "tl-no-match")).weak());
            return;
        }
        // ↑ ↓ Page Up / Down, Home / End choose the row from the keyboard.
        let keyed = crate::ui::kit::widgets::row_keys_ui(ui, rows.len(), || {
            rows.iter()
                .position(|d| Some(&d.id) == self.selected.as_ref())
        });
        let scroll_row = keyed.or_else(|| {
            self.scroll_to_selected
                .then(|| {
                    rows.iter()
                        .position(|d| Some(&d.id) == self.selected.as_ref())
                })
                .flatten()
        });
        self.scroll_to_selected = false;
        let mut clicked = keyed.and_then(|at| rows.get(at)).map(|d| d.id.clone());
        // A row whose date changed: it is selected and kept in view wherever the sort
        // moves it.
        let mut edited = None;
        // The words of the rows, written once, not for each row.
        let lang = crate::ui::kit::lang::get(ui.ctx());
        let words = RowWords::new(ui.ctx(), lang);
        ui.style_mut().interaction.selectable_labels = false;
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        crate::ui::kit::widgets::sideways_ui(ui, "deliverables_sideways", |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("deliverables")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .resizable(true)
                .sense(crate::ui::kit::table_access::CELL_SENSE)
                // The title takes what the window has to spare (again on every resize).
                .column(
                    Column::remainder()
                        .at_least(180.0)
                        .clip(true)
                        .resizable(false),
                )
                .column(Column::initial(140.0).clip(true))
                .column(Column::initial(130.0).clip(true))
                .column(Column::auto())
                .columns(Column::initial(120.0).at_least(100.0), 3)
                .column(Column::initial(130.0))
                .column(Column::initial(170.0).at_least(90.0).clip(true));
            if let Some(row) = scroll_row {
                table = table.scroll_to_row(row, Some(egui::Align::Center));
            }
            table
                .header(24.0, |mut header| {
                    for &column in TimelineColumn::ALL {
                        header.col(|ui| {
                            self.sort.header_ui(ui, column, &column.label_in(lang));
                        });
                    }
                })
                .body(|body| {
                    body.rows(28.0, rows.len(), |mut row| {
                        let d = rows[row.index()];
                        row.set_selected(self.selected.as_ref() == Some(&d.id));
                        row.col(|ui| {
                            ui.label(&d.title);
                        });
                        row.col(|ui| {
                            ui.label(view.index.influencer_name(project, &d.influencer));
                        });
                        row.col(|ui| {
                            ui.label(view.index.campaign_name(project, &d.campaign));
                        });
                        row.col(|ui| {
                            ui.label(label_of(ContentType::ALL, &words.contents, d.content));
                        });
                        for (field, cell) in DATE_FIELDS.into_iter().zip(&words.dates) {
                            row.col(|ui| {
                                if date_cell_ui(ui, project, d, field, cell, today, edits) {
                                    edited = Some(d.id.clone());
                                }
                            });
                        }
                        row.col(|ui| {
                            let mut status = d.status;
                            if enum_combo_in(
                                ui,
                                "Status",
                                &words.status,
                                &mut status,
                                DeliverableStatus::ALL,
                                |s| label_of(DeliverableStatus::ALL, &words.statuses, s),
                            ) {
                                let mut changed = d.clone();
                                changed.status = status;
                                edits.push(
                                    words.change_status.clone(),
                                    rapport_core::model::edit_deliverable(project, changed, today),
                                );
                            }
                        });
                        row.col(|ui| findings_badge(ui, findings.about(&d.id)));
                        if row.response().clicked() {
                            clicked = Some(d.id.clone());
                        }
                    });
                });
            crate::ui::kit::table_access::name_width_handles(
                ui,
                "deliverables",
                &tr(ui.ctx(), "tl-deliverables"),
            );
        });
        if let Some(id) = clicked {
            self.selected = Some(id);
        }
        if let Some(id) = edited {
            self.selected = Some(id);
            self.scroll_to_selected = true;
        }
    }
}
