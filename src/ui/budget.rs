//! The Budget panel (first level): totals per campaign against its cap, and every cost
//! line with its status, dates and findings, editable one at a time.

use super::campaign_editor::{CampaignEditor, new_campaign};
use super::cost_change_dialog::CostChangeDialog;
use super::edits::{Draft, EditQueue};
use super::reconcile_view::ReconcileView;
use super::view::{RowCache, View, row_indices};
use super::widgets::{
    SortOrder, campaign_filter, date_edit, enum_combo, findings_badge, labelled_text, search_box,
};
use crate::checks::Findings;
use crate::model::CampaignTotals;
use crate::model::{
    Campaign, CostCategory, CostLine, CostStatus, Edit, Id, Money, Project, Record, RecordKey,
};
use chrono::NaiveDate;
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use std::collections::HashMap;

/// State of the Budget panel between frames.
#[derive(Debug, Default)]
pub struct BudgetPanel {
    /// Only this campaign, when set.
    pub campaign_filter: Option<Id>,
    /// Text typed in the search box.
    pub search: String,
    /// The sort order.
    pub sort: SortOrder,
    /// The selected cost line.
    pub selected: Option<Id>,
    draft: Option<Draft<CostLine>>,
    amount_text: String,
    amount_error: Option<String>,
    /// Show the reconciliation instead of the cost lines.
    pub reconciling: bool,
    /// The reconciliation view.
    pub reconcile: ReconcileView,
    /// A change of an approved budget waiting for its reason.
    pub cost_change: Option<CostChangeDialog>,
    /// The campaign shown in the campaign editor.
    pub selected_campaign: Option<Id>,
    campaign_editor: CampaignEditor,
    rows: RowCache<(u64, String, Option<Id>, SortOrder)>,
    totals: Option<(u64, Vec<CampaignTotals>)>,
}

const COLUMNS: [&str; 9] = [
    "Campaign",
    "Influencer",
    "Category",
    "Description",
    "Amount",
    "Status",
    "Invoiced",
    "Due",
    "Findings",
];

impl BudgetPanel {
    /// Selects a cost line.
    pub fn select(&mut self, id: Id) {
        self.selected = Some(id);
        self.selected_campaign = None;
        self.campaign_filter = None;
        self.search.clear();
    }

    /// The rows to show, filtered and sorted.
    pub fn visible_rows(&self, project: &Project) -> Vec<usize> {
        let needle = self.search.trim().to_lowercase();
        let names: HashMap<&Id, String> = project
            .influencers
            .iter()
            .map(|i| (&i.id, i.name.to_lowercase()))
            .collect();
        let campaigns: HashMap<&Id, String> = project
            .campaigns
            .iter()
            .map(|c| (&c.id, c.name.to_lowercase()))
            .collect();
        let person = |line: &CostLine| {
            line.influencer
                .as_ref()
                .and_then(|id| names.get(id))
                .map_or("", String::as_str)
        };
        let campaign = |id: &Id| campaigns.get(id).map_or("", String::as_str);
        let mut rows: Vec<(usize, &CostLine)> = project
            .cost_lines
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                self.campaign_filter
                    .as_ref()
                    .is_none_or(|c| &l.campaign == c)
            })
            .filter(|(_, l)| {
                needle.is_empty()
                    || l.description.to_lowercase().contains(&needle)
                    || person(l).contains(&needle)
                    || l.category.label().to_lowercase().contains(&needle)
            })
            .collect();
        match self.sort.column {
            0 => rows.sort_by_cached_key(|(_, l)| campaign(&l.campaign).to_string()),
            1 => rows.sort_by_cached_key(|(_, l)| person(l).to_string()),
            3 => rows.sort_by_cached_key(|(_, l)| l.description.to_lowercase()),
            column => rows.sort_by(|(_, a), (_, b)| match column {
                2 => a.category.cmp(&b.category),
                4 => a.amount.cmp(&b.amount),
                5 => a.status.cmp(&b.status),
                6 => a.invoice_date.cmp(&b.invoice_date),
                7 => a.due_date.cmp(&b.due_date),
                _ => std::cmp::Ordering::Equal,
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
        let currency = project.info.currency.as_str();
        if let Some(dialog) = &mut self.cost_change {
            if dialog.ui(ui.ctx(), project, today, edits) {
                self.cost_change = None;
            }
        }
        if self
            .totals
            .as_ref()
            .is_none_or(|(version, _)| *version != view.version)
        {
            self.totals = Some((view.version, CampaignTotals::all(project)));
        }
        if let Some((_, totals)) = &self.totals {
            for (campaign, t) in project.campaigns.iter().zip(totals) {
                ui.horizontal(|ui| {
                    if totals_ui(ui, campaign, t, currency) {
                        self.selected_campaign = Some(campaign.id.clone());
                    }
                    let approve = match campaign.baseline_approved {
                        Some(date) => ui.small_button(format!("Approved {date} · re-approve")),
                        None => ui.small_button("Approve budget"),
                    };
                    if approve.on_hover_text("Record every line's amount today as the baseline; later changes are recorded with their reason").clicked() {
                        edits.push(format!("Approve budget of {}", campaign.name), crate::model::approve_budget(project, campaign, today));
                    }
                });
            }
        }
        if ui
            .button("➕ Add campaign")
            .on_hover_text("Add a campaign of eight weeks from today")
            .clicked()
        {
            let campaign = new_campaign(today);
            self.selected_campaign = Some(campaign.id.clone());
            edits.push("Add campaign", Edit::Put(Record::Campaign(campaign)));
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.reconciling, false, "Cost lines")
                .on_hover_text("Every cost line, editable");
            ui.selectable_value(&mut self.reconciling, true, "Reconciliation")
                .on_hover_text("Baseline → recorded changes → plan, against the cap");
            ui.separator();
            search_box(ui, &mut self.search, "description, influencer, category");
            campaign_filter(ui, project, &mut self.campaign_filter);
            let target = self
                .campaign_filter
                .clone()
                .or_else(|| project.campaigns.first().map(|c| c.id.clone()));
            if let Some(campaign) = target {
                if ui
                    .button("➕ Add cost line")
                    .on_hover_text("Add an estimated cost to the campaign")
                    .clicked()
                {
                    let line = CostLine::new(campaign, CostCategory::Other, Money::ZERO);
                    self.selected = Some(line.id.clone());
                    edits.push("Add cost line", Edit::Put(Record::CostLine(line)));
                }
            }
        });
        if let Some(campaign) = self
            .selected_campaign
            .as_ref()
            .and_then(|id| project.campaign(id))
        {
            let in_use = project.cost_lines.iter().any(|l| l.campaign == campaign.id)
                || project
                    .deliverables
                    .iter()
                    .any(|d| d.campaign == campaign.id);
            egui::Panel::right("campaign_editor")
                .resizable(true)
                .default_size(340.0)
                .show(ui, |ui| {
                    if self
                        .campaign_editor
                        .ui(ui, campaign, in_use, currency, edits)
                    {
                        self.selected_campaign = None;
                    }
                });
        } else if let Some(line) = self.selected.as_ref().and_then(|id| project.cost_line(id)) {
            egui::Panel::right("cost_editor")
                .resizable(true)
                .default_size(340.0)
                .show(ui, |ui| {
                    self.editor_ui(ui, project, line, findings, today, edits)
                });
        } else {
            self.draft = None;
        }
        if self.reconciling {
            egui::ScrollArea::vertical()
                .id_salt("reconciliation_scroll")
                .show(ui, |ui| {
                    self.reconcile
                        .ui(ui, view, self.campaign_filter.as_ref(), edits);
                });
        } else {
            self.table_ui(ui, view, currency);
        }
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, view: View<'_>, currency: &str) {
        let View {
            project, findings, ..
        } = view;
        let key = (
            view.version,
            self.search.clone(),
            self.campaign_filter.clone(),
            self.sort,
        );
        let mut cache = std::mem::take(&mut self.rows);
        let indices = cache.get(key, || self.visible_rows(project)).to_vec();
        self.rows = cache;
        let rows: Vec<&CostLine> = indices
            .iter()
            .filter_map(|&i| project.cost_lines.get(i))
            .collect();
        let total: Money = rows.iter().map(|l| l.planned()).sum();
        ui.label(format!(
            "{} lines · planned {} {currency}",
            rows.len(),
            total.grouped()
        ));
        let mut clicked = None;
        ui.style_mut().interaction.selectable_labels = false;
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        TableBuilder::new(ui)
            .id_salt("cost_lines")
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .resizable(true)
            .sense(egui::Sense::click())
            .column(Column::initial(140.0).clip(true))
            .column(Column::initial(130.0).clip(true))
            .column(Column::initial(130.0).clip(true))
            .column(Column::initial(180.0).clip(true))
            .column(Column::initial(100.0))
            .columns(Column::initial(90.0), 3)
            .column(Column::remainder().at_least(80.0))
            .header(24.0, |mut header| {
                for (index, title) in COLUMNS.iter().enumerate() {
                    header.col(|ui| self.sort.header_ui(ui, index, title));
                }
            })
            .body(|body| {
                body.rows(24.0, rows.len(), |mut row| {
                    let line = rows[row.index()];
                    row.set_selected(self.selected.as_ref() == Some(&line.id));
                    row.col(|ui| {
                        ui.label(
                            project
                                .campaign(&line.campaign)
                                .map_or("?", |c| c.name.as_str()),
                        );
                    });
                    row.col(|ui| {
                        ui.label(
                            line.influencer
                                .as_ref()
                                .and_then(|id| project.influencer(id))
                                .map_or("—", |i| i.name.as_str()),
                        );
                    });
                    row.col(|ui| {
                        ui.label(line.category.label());
                    });
                    row.col(|ui| {
                        ui.label(&line.description);
                    });
                    row.col(|ui| {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let text = RichText::new(line.amount.grouped()).monospace();
                            ui.label(if line.status == CostStatus::Cancelled {
                                text.strikethrough().weak()
                            } else {
                                text
                            });
                        });
                    });
                    row.col(|ui| {
                        ui.label(line.status.label());
                    });
                    row.col(|ui| {
                        ui.label(line.invoice_date.map_or(String::new(), |d| d.to_string()));
                    });
                    row.col(|ui| {
                        ui.label(line.due_date.map_or(String::new(), |d| d.to_string()));
                    });
                    row.col(|ui| findings_badge(ui, findings.about(&line.id)));
                    if row.response().clicked() {
                        clicked = Some(line.id.clone());
                    }
                });
            });
        if let Some(id) = clicked {
            self.selected = Some(id);
            self.selected_campaign = None;
        }
    }

    fn editor_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        line: &CostLine,
        findings: &Findings,
        today: NaiveDate,
        edits: &mut EditQueue,
    ) {
        let draft = self.draft.get_or_insert_with(|| Draft::new(line));
        if draft.value.id != line.id {
            *draft = Draft::new(line);
            self.amount_text.clear();
        }
        let before = draft.value.amount;
        draft.sync(line);
        if draft.value.amount != before || self.amount_text.is_empty() {
            self.amount_text = draft.value.amount.to_string();
            self.amount_error = None;
        }
        let value = &mut draft.value;
        let mut commit = false;
        ui.heading("Cost line");
        ui.label(RichText::new(line.id.as_str()).weak().small());
        findings_badge(ui, findings.about(&line.id));
        ui.separator();
        ui.label(format!(
            "Campaign: {} · Influencer: {}",
            project
                .campaign(&line.campaign)
                .map_or("?", |c| c.name.as_str()),
            line.influencer
                .as_ref()
                .and_then(|id| project.influencer(id))
                .map_or("—", |i| i.name.as_str())
        ));
        ui.horizontal(|ui| {
            ui.label("Category");
            commit |= enum_combo(ui, "Category", &mut value.category, CostCategory::ALL);
        });
        commit |= labelled_text(ui, "Description", &mut value.description).lost_focus();
        let amount = labelled_text(
            ui,
            &format!("Amount ({})", project.info.currency),
            &mut self.amount_text,
        );
        if amount.lost_focus() {
            match self.amount_text.parse::<Money>() {
                Ok(money) => {
                    value.amount = money;
                    self.amount_error = None;
                    commit = true;
                }
                Err(e) => self.amount_error = Some(e.to_string()),
            }
        }
        if let Some(error) = &self.amount_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            ui.label("Status");
            commit |= enum_combo(ui, "Status", &mut value.status, CostStatus::ALL);
        });
        for (label, which) in [("Invoice date", 0), ("Due date", 1), ("Paid on", 2)] {
            ui.horizontal(|ui| {
                ui.label(label);
                let current = [value.invoice_date, value.due_date, value.paid_date][which];
                if let Some(new) = date_edit(ui, &format!("cost-date-{which}"), current, today) {
                    match which {
                        0 => value.invoice_date = new,
                        1 => value.due_date = new,
                        _ => value.paid_date = new,
                    }
                    commit = true;
                }
            });
        }
        if let Some(baseline) = line.baseline {
            ui.label(format!("Baseline: {}", baseline.grouped()));
        }
        if !line.changes.is_empty() {
            ui.label(RichText::new("Recorded changes").strong());
            for change in &line.changes {
                ui.label(format!(
                    "{}: {} → {} · {} · {}",
                    change.date,
                    change.from.grouped(),
                    change.to.grouped(),
                    if change.reason.is_empty() {
                        "(no reason)"
                    } else {
                        change.reason.as_str()
                    },
                    if change.told { "told" } else { "not told" }
                ));
            }
        }
        ui.add_space(8.0);
        if ui.button("🗑 Delete cost line").clicked() {
            edits.push(
                "Delete cost line",
                Edit::Remove(RecordKey::CostLine(line.id.clone())),
            );
            self.selected = None;
            self.draft = None;
            return;
        }
        if commit {
            if let Some(changed) = draft.take_change() {
                if crate::model::cost_edit::is_baselined(project, &changed)
                    && changed.planned() != line.planned()
                {
                    // Approved budget: ask why before recording the change.
                    self.cost_change = Some(CostChangeDialog {
                        changed,
                        note: Default::default(),
                    });
                } else {
                    let label = if changed.amount != line.amount {
                        "Change amount"
                    } else {
                        "Edit cost line"
                    };
                    edits.push(
                        label,
                        crate::model::edit_cost_line(project, changed, &Default::default(), today),
                    );
                }
            }
        }
    }
}

/// One campaign's money against its cap; returns true when its name was clicked.
fn totals_ui(ui: &mut egui::Ui, campaign: &Campaign, t: &CampaignTotals, currency: &str) -> bool {
    ui.horizontal(|ui| {
        let name = ui
            .add(egui::Button::new(RichText::new(&campaign.name).strong()).frame(false))
            .on_hover_text("Edit the campaign: name, dates, cap, brief");
        ui.label(format!(
            "cap {} · planned {} · committed {} · paid {} · remaining {} {currency}",
            t.cap.grouped(),
            t.planned.grouped(),
            t.committed.grouped(),
            t.paid.grouped(),
            t.remaining().grouped()
        ));
        let fraction = if t.cap.cents() > 0 {
            t.planned.cents() as f32 / t.cap.cents() as f32
        } else {
            0.0
        };
        let over = t.planned > t.cap;
        let bar = egui::ProgressBar::new(fraction.min(1.0))
            .desired_width(160.0)
            .text(format!("{:.0}% of cap", fraction * 100.0));
        let bar = if over {
            bar.fill(egui::Color32::from_rgb(0xd6, 0x33, 0x2f))
        } else {
            bar
        };
        ui.add(bar)
            .on_hover_text("Planned costs against the campaign's cap");
        name.clicked()
    })
    .inner
}
