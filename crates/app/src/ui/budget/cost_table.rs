//! The Budget panel's table of cost lines: a search, filters by category, status and
//! influencer (the campaign filter is the panel's), sorting on every column, and the due
//! date derived from the invoice date and the creator's payment terms.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::{View, row_indices};
use crate::ui::kit::widgets::{SortOrder, findings_badge, option_combo, search_box};
use chrono::NaiveDate;
use egui::{Color32, RichText};
use egui_extras::{Column, TableBuilder};
use rapport_core::fast::HashMap;
use rapport_core::i18n::Lang;
use rapport_core::model::{
    Campaign, CampaignId, CostCategory, CostLine, CostLineId, CostStatus, InfluencerId, Money,
    PaymentTerms, Project, due_date,
};

/// What the rows depend on besides the project: the view version, the search (and the
/// language its category names are matched in), the filters and the sort.
type RowKey = (
    u64,
    String,
    Lang,
    Option<CampaignId>,
    Option<CostCategory>,
    Option<CostStatus>,
    Option<InfluencerId>,
    SortOrder<CostColumn>,
);

/// The people with lines (id and name), for the influencer filter.
type People = Vec<(InfluencerId, String)>;

/// The cost lines table's filters, sort and caches.
#[derive(Debug, Default)]
pub struct CostTable {
    /// Text typed in the search box.
    pub search: String,
    /// Only this category, when set.
    pub category: Option<CostCategory>,
    /// Only this status, when set.
    pub status: Option<CostStatus>,
    /// Only this influencer's lines, when set.
    pub influencer: Option<InfluencerId>,
    /// The sort order.
    pub sort: SortOrder<CostColumn>,
    /// The language of the frame: the search matches category names in it too.
    lang: Lang,
    rows: Memo<RowKey, Vec<usize>>,
    /// What the shown rows plan to cost, summed when the rows are.
    total: Money,
    people: Memo<(u64, Option<CampaignId>), People>,
}

rapport_core::labelled_enum! {
    /// The cost lines table's columns, in order; the label is the header.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum CostColumn {
        /// The campaign's name.
        #[default]
        Campaign => "Campaign",
        /// Whom the line is for.
        Influencer => "Influencer",
        /// The cost category.
        Category => "Category",
        /// The description.
        Description => "Description",
        /// The amount.
        Amount => "Amount",
        /// Where it stands.
        Status => "Status",
        /// The invoice date.
        Invoiced => "Invoiced",
        /// The due date (its own, else invoice date + terms).
        Due => "Due",
        /// When it was paid.
        PaidOn => "Paid on",
        /// The findings about it.
        Findings => "Findings",
    }
}

impl CostTable {
    /// Clears the search and the filters, so a chosen line is sure to be shown.
    pub fn clear_filters(&mut self) {
        self.search.clear();
        self.category = None;
        self.status = None;
        self.influencer = None;
    }

    /// The search box and the category, status and influencer filters.
    pub fn filters_ui(&mut self, ui: &mut egui::Ui, view: View<'_>, campaign: Option<&CampaignId>) {
        let ctx = ui.ctx().clone();
        let lang = crate::ui::kit::lang::get(&ctx);
        search_box(ui, &mut self.search, &tr(&ctx, "bud-search-hint"));
        let categories: Vec<(CostCategory, String)> = CostCategory::ALL
            .iter()
            .map(|&c| (c, c.label_in(lang)))
            .collect();
        option_combo(
            ui,
            "category",
            &tr(&ctx, "bud-filter-category"),
            &tr(&ctx, "bud-filter-all-categories"),
            &mut self.category,
            categories.iter().map(|(c, text)| (c, text.as_str())),
        );
        let statuses: Vec<(CostStatus, String)> = CostStatus::ALL
            .iter()
            .map(|&s| (s, s.label_in(lang)))
            .collect();
        option_combo(
            ui,
            "status",
            &tr(&ctx, "bud-filter-status"),
            &tr(&ctx, "bud-filter-all-statuses"),
            &mut self.status,
            statuses.iter().map(|(s, text)| (s, text.as_str())),
        );
        let key = (view.revision, campaign.cloned());
        let people = self
            .people
            .get(key, || people_with_lines(view.project, campaign));
        option_combo(
            ui,
            "influencer",
            &tr(&ctx, "bud-filter-influencer"),
            &tr(&ctx, "bud-filter-everyone"),
            &mut self.influencer,
            people.iter().map(|(id, name)| (id, name.as_str())),
        );
    }

    /// The rows to show, filtered and sorted. Names are looked up only when the search
    /// or the sort needs them; a sort by campaign ranks the few campaigns once. The search
    /// matches a category by its English name and by its name in the frame's language.
    pub fn visible_rows(&self, project: &Project, campaign: Option<&CampaignId>) -> Vec<usize> {
        let needle = self.search.trim().to_lowercase();
        let category_names: HashMap<CostCategory, String> = if needle.is_empty() {
            HashMap::default()
        } else {
            CostCategory::ALL
                .iter()
                .map(|&c| {
                    let name = c.label_in(self.lang).to_lowercase();
                    (c, format!("{}\n{name}", c.label().to_lowercase()))
                })
                .collect()
        };
        let by_person = self.sort.column == CostColumn::Influencer;
        let names: HashMap<&InfluencerId, String> = if needle.is_empty() && !by_person {
            HashMap::default()
        } else {
            project
                .influencers
                .iter()
                .map(|i| (&i.id, i.name.to_lowercase()))
                .collect()
        };
        let person = |line: &CostLine| {
            line.influencer
                .as_ref()
                .and_then(|id| names.get(id))
                .map_or("", String::as_str)
        };
        let mut rows: Vec<(usize, &CostLine)> = project
            .cost_lines
            .iter()
            .enumerate()
            .filter(|(_, l)| campaign.is_none_or(|c| &l.campaign == c))
            .filter(|(_, l)| self.category.is_none_or(|c| l.category == c))
            .filter(|(_, l)| self.status.is_none_or(|s| l.status == s))
            .filter(|(_, l)| {
                self.influencer
                    .as_ref()
                    .is_none_or(|who| l.influencer.as_ref() == Some(who))
            })
            .filter(|(_, l)| {
                needle.is_empty()
                    || l.description.to_lowercase().contains(&needle)
                    || person(l).contains(&needle)
                    || category_names
                        .get(&l.category)
                        .is_some_and(|n| n.contains(&needle))
            })
            .collect();
        match self.sort.column {
            CostColumn::Campaign => {
                let mut ranked: Vec<&Campaign> = project.campaigns.iter().collect();
                ranked.sort_by_cached_key(|c| c.name.to_lowercase());
                let rank: HashMap<&CampaignId, usize> = ranked
                    .iter()
                    .enumerate()
                    .rev()
                    .map(|(i, c)| (&c.id, i + 1))
                    .collect();
                // A line of a missing campaign has no name: first, as an empty name sorts.
                rows.sort_by_cached_key(|(_, l)| rank.get(&l.campaign).copied().unwrap_or(0));
            }
            CostColumn::Influencer => rows.sort_by_cached_key(|(_, l)| person(l).to_string()),
            CostColumn::Description => {
                rows.sort_by_cached_key(|(_, l)| l.description.to_lowercase());
            }
            CostColumn::Due => {
                let terms = PaymentTerms::new(project);
                rows.sort_by_cached_key(|(_, l)| terms.due_date(l).map(|d| d.date));
            }
            column => rows.sort_by(|(_, a), (_, b)| match column {
                CostColumn::Category => a.category.cmp(&b.category),
                CostColumn::Amount => a.amount.cmp(&b.amount),
                CostColumn::Status => a.status.cmp(&b.status),
                CostColumn::Invoiced => a.invoice_date.cmp(&b.invoice_date),
                CostColumn::PaidOn => a.paid_date.cmp(&b.paid_date),
                _ => std::cmp::Ordering::Equal,
            }),
        }
        row_indices(rows, self.sort.descending)
    }

    /// Draws the table; returns the id of a clicked line.
    pub fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        campaign: Option<&CampaignId>,
        selected: Option<&CostLineId>,
    ) -> Option<CostLineId> {
        let View {
            project,
            findings,
            today,
            ..
        } = view;
        let currency = project.info.currency.as_str();
        let terms = project.info.settings.payment_terms_days;
        let ctx = ui.ctx().clone();
        self.lang = crate::ui::kit::lang::get(&ctx);
        let lang = self.lang;
        let key = (
            view.revision,
            self.search.clone(),
            lang,
            campaign.cloned(),
            self.category,
            self.status,
            self.influencer.clone(),
            self.sort,
        );
        // Filtered, sorted and summed once per project version and filter, not per frame.
        let mut cache = std::mem::take(&mut self.rows);
        let mut summed = None;
        let indices = cache.get(key, || {
            let rows = self.visible_rows(project, campaign);
            summed = Some(
                rows.iter()
                    .filter_map(|&i| project.cost_lines.get(i))
                    .map(CostLine::planned)
                    .fold(Money::ZERO, Money::saturating_add),
            );
            rows
        });
        if let Some(total) = summed {
            self.total = total;
        }
        ui.label(tr_with(
            &ctx,
            "bud-table-summary",
            &[
                ("count", indices.len().into()),
                ("planned", self.total.grouped().into()),
                ("currency", currency.into()),
            ],
        ));
        // The words of the cells, looked up once, not per row.
        let categories: Vec<String> = CostCategory::ALL.iter().map(|c| c.label_in(lang)).collect();
        let statuses: Vec<String> = CostStatus::ALL.iter().map(|s| s.label_in(lang)).collect();
        let headers: Vec<String> = CostColumn::ALL.iter().map(|c| c.label_in(lang)).collect();
        let word = |words: &[String], at: Option<usize>| {
            at.and_then(|i| words.get(i)).cloned().unwrap_or_default()
        };
        let mut clicked = None;
        // ↑ ↓ Page Up / Down, Home / End choose the row from the keyboard.
        let line_at = |at: usize| indices.get(at).and_then(|&i| project.cost_lines.get(i));
        let keyed = crate::ui::kit::widgets::row_keys_ui(ui, indices.len(), || {
            (0..indices.len()).find(|&at| line_at(at).is_some_and(|l| selected == Some(&l.id)))
        });
        if let Some(at) = keyed {
            clicked = line_at(at).map(|l| l.id.clone());
        }
        ui.style_mut().interaction.selectable_labels = false;
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        crate::ui::kit::widgets::sideways_ui(ui, "cost_lines_sideways", |ui| {
            let table = TableBuilder::new(ui);
            let table = match keyed {
                Some(at) => table.scroll_to_row(at, None),
                None => table,
            };
            table
                .id_salt("cost_lines")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .resizable(true)
                .sense(crate::ui::kit::table_access::CELL_SENSE)
                .column(Column::initial(120.0).clip(true))
                .column(Column::initial(120.0).clip(true))
                .column(Column::initial(110.0).clip(true))
                // The description takes what the window has to spare (again on every resize).
                .column(
                    Column::remainder()
                        .at_least(160.0)
                        .clip(true)
                        .resizable(false),
                )
                .column(Column::initial(90.0))
                .columns(Column::initial(80.0), 4)
                .column(Column::initial(170.0).at_least(70.0).clip(true))
                .header(24.0, |mut header| {
                    for (&column, title) in CostColumn::ALL.iter().zip(&headers) {
                        header.col(|ui| {
                            self.sort.header_ui(ui, column, title);
                        });
                    }
                })
                .body(|body| {
                    body.rows(24.0, indices.len(), |mut row| {
                        let Some(line) = indices
                            .get(row.index())
                            .and_then(|&i| project.cost_lines.get(i))
                        else {
                            return;
                        };
                        let line_campaign = view.index.campaign(project, &line.campaign);
                        row.set_selected(selected == Some(&line.id));
                        row.col(|ui| {
                            ui.label(line_campaign.map_or("?", |c| c.name.as_str()));
                        });
                        row.col(|ui| {
                            ui.label(
                                line.influencer
                                    .as_ref()
                                    .and_then(|id| view.index.influencer(project, id))
                                    .map_or("—", |i| i.name.as_str()),
                            );
                        });
                        row.col(|ui| {
                            let at = CostCategory::ALL.iter().position(|c| *c == line.category);
                            ui.label(word(&categories, at));
                        });
                        row.col(|ui| {
                            ui.label(&line.description);
                        });
                        row.col(|ui| {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    let text = RichText::new(line.amount.grouped()).monospace();
                                    ui.label(if line.status == CostStatus::Cancelled {
                                        text.strikethrough().weak()
                                    } else {
                                        text
                                    });
                                },
                            );
                        });
                        row.col(|ui| {
                            let at = CostStatus::ALL.iter().position(|s| *s == line.status);
                            ui.label(word(&statuses, at));
                        });
                        row.col(|ui| {
                            ui.label(line.invoice_date.map_or(String::new(), |d| d.to_string()));
                        });
                        row.col(|ui| due_cell_ui(ui, line, line_campaign, terms, today));
                        row.col(|ui| {
                            ui.label(line.paid_date.map_or(String::new(), |d| d.to_string()));
                        });
                        row.col(|ui| findings_badge(ui, findings.about(&line.id)));
                        if row.response().clicked() {
                            clicked = Some(line.id.clone());
                        }
                    });
                });
            crate::ui::kit::table_access::name_width_handles(
                ui,
                "cost_lines",
                &super::BudgetView::Lines.label_in(lang),
            );
        });
        self.rows = cache;
        clicked
    }
}

/// The due date of a line: its own, or derived from the invoice and the terms (in italics,
/// with the terms in a tooltip); red when an invoice is overdue.
fn due_cell_ui(
    ui: &mut egui::Ui,
    line: &CostLine,
    campaign: Option<&Campaign>,
    terms: u32,
    today: NaiveDate,
) {
    let Some(due) = due_date(line, campaign, terms) else {
        return;
    };
    let mut text = RichText::new(due.date.to_string());
    if due.derived_from_terms.is_some() {
        text = text.italics();
    }
    let late = (today - due.date).num_days();
    if line.status == CostStatus::Invoiced && late > 0 {
        text = text.color(Color32::from_rgb(0xd6, 0x33, 0x2f));
    }
    let overdue = line.status == CostStatus::Invoiced && late > 0;
    // Written only while the tooltip shows, not for every row of every frame.
    ui.label(text).on_hover_ui(|ui| {
        let ctx = ui.ctx().clone();
        let mut tip = match due.derived_from_terms {
            Some(days) => tr_with(&ctx, "bud-due-from-terms", &[("days", days.into())]),
            None => tr(&ctx, "bud-due-set"),
        };
        if overdue {
            tip.push_str(" · ");
            tip.push_str(&tr_with(&ctx, "bud-days-overdue", &[("days", late.into())]));
        }
        ui.label(tip);
    });
}

/// The influencers with lines (in `campaign`, or anywhere), by name, for the filter.
fn people_with_lines(
    project: &Project,
    campaign: Option<&CampaignId>,
) -> Vec<(InfluencerId, String)> {
    let with_lines: rapport_core::fast::HashSet<&InfluencerId> = project
        .cost_lines
        .iter()
        .filter(|l| campaign.is_none_or(|c| &l.campaign == c))
        .filter_map(|l| l.influencer.as_ref())
        .collect();
    let mut people: Vec<(InfluencerId, String)> = project
        .influencers
        .iter()
        .filter(|i| with_lines.contains(&i.id))
        .map(|i| (i.id.clone(), i.name.clone()))
        .collect();
    people.sort_by_cached_key(|(_, name)| name.to_lowercase());
    people
}
