//! The Budget panel's "think it through" checklist: for each participant of a campaign,
//! the nine kinds of cost a collaboration can bring (fee, usage rights, paid amplification,
//! product and seeding, shipping, production, travel, agency fee, tax), each covered by a
//! line, by a campaign-wide line, decided as not needed, or still open, with one click to
//! add the missing line or to mark it as not needed.

use crate::ui::budget::cost_editor::EditorAction;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::{Color32, RichText};
use egui_extras::{Column, TableBuilder};
use rapport_core::model::{
    CHECKLIST, Campaign, CampaignId, CostLine, InfluencerId, ItemState, ParticipantChecklist,
    checklist, edit_cost_line, missing_line, set_not_needed,
};

/// The checklist view's state between frames.
#[derive(Debug, Default)]
pub struct ChecklistView {
    /// Only participants with open items.
    pub only_open: bool,
    lists: Memo<(u64, CampaignId), Vec<ParticipantChecklist>>,
    /// Who has deliverables in the campaign (not cancelled), per project version.
    working: Memo<(u64, CampaignId), rapport_core::fast::HashSet<InfluencerId>>,
    /// A line asked for someone with no deliverables in the campaign: waiting for "Add".
    pub confirm: Option<(InfluencerId, rapport_core::model::CostCategory)>,
}

/// A short column title for each checklist item.
fn short_title(index: usize) -> &'static str {
    [
        "Fee",
        "Usage",
        "Ads",
        "Product",
        "Shipping",
        "Production",
        "Travel",
        "Agency",
        "Tax",
    ]
    .get(index)
    .copied()
    .unwrap_or("?")
}

/// Gives a widget the accessible name `name` (its visible text is an icon).
fn named(response: &egui::Response, kind: egui::Role, name: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(kind, true, name));
}

impl ChecklistView {
    /// Draws the checklist of `campaign` (or of the first campaign).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        campaign: Option<&CampaignId>,
        edits: &mut EditQueue,
    ) -> EditorAction {
        let project = view.project;
        let Some(campaign) = campaign
            .and_then(|id| project.campaign(id))
            .or_else(|| project.campaigns.first())
        else {
            ui.label(RichText::new("No campaign yet.").weak());
            return EditorAction::None;
        };
        let key = (view.revision, campaign.id.clone());
        let lists = self.lists.get(key.clone(), || checklist(project, campaign));
        let working = self.working.get(key, || {
            project
                .deliverables
                .iter()
                .filter(|d| {
                    d.campaign == campaign.id
                        && d.status != rapport_core::model::DeliverableStatus::Cancelled
                })
                .map(|d| d.influencer.clone())
                .collect()
        });
        let open: usize = lists.iter().map(ParticipantChecklist::open).sum();
        let waiting = lists.iter().filter(|l| l.open() > 0).count();
        ui.horizontal_wrapped(|ui| {
            ui.heading(format!("Think it through — {}", campaign.name));
            let summary = if open == 0 {
                RichText::new(format!(
                    "every cost of {} participants is thought through",
                    lists.len()
                ))
            } else {
                RichText::new(format!(
                    "{open} open item{} for {waiting} of {} participants",
                    if open == 1 { "" } else { "s" },
                    lists.len()
                ))
                .color(ui.visuals().warn_fg_color)
            };
            ui.label(summary);
            ui.checkbox(&mut self.only_open, "Only with open items");
        });
        ui.label(
            RichText::new(
                "Every cost a collaboration can bring, per participant: ✔ a line covers it, ◆ a campaign-wide line (no influencer) does, – not needed, ➕ adds the missing line, ✖ marks it as not needed.",
            )
            .weak(),
        );
        let rows: Vec<&ParticipantChecklist> = lists
            .iter()
            .filter(|l| !self.only_open || l.open() > 0)
            .collect();
        let currency = project.info.currency.as_str();
        let mut action = EditorAction::None;
        let mut confirm = None;
        ui.style_mut().interaction.selectable_labels = false;
        egui::ScrollArea::horizontal()
            .id_salt("checklist_scroll")
            .show(ui, |ui| {
                TableBuilder::new(ui)
                    .id_salt("checklist")
                    .striped(true)
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .column(Column::initial(140.0).clip(true))
                    .columns(Column::exact(88.0).clip(true), CHECKLIST.len())
                    .header(24.0, |mut header| {
                        header.col(|ui| {
                            ui.strong("Participant");
                        });
                        for (i, category) in CHECKLIST.iter().enumerate() {
                            header.col(|ui| {
                                ui.strong(short_title(i)).on_hover_text(category.label());
                            });
                        }
                    })
                    .body(|body| {
                        body.rows(26.0, rows.len(), |mut row| {
                            let list = rows[row.index()];
                            let name = view.index.influencer_name(project, &list.influencer);
                            row.col(|ui| {
                                ui.label(name);
                            });
                            for (i, state) in list.items.iter().enumerate() {
                                let category = CHECKLIST[i];
                                row.col(|ui| {
                                    let cell = Cell {
                                        campaign,
                                        influencer: &list.influencer,
                                        name,
                                        category,
                                        currency,
                                        has_work: working.contains(&list.influencer),
                                    };
                                    match cell.ui(ui, view, *state, edits) {
                                        Some(CellAction::Editor(a)) => action = a,
                                        Some(CellAction::Confirm) => {
                                            confirm = Some((list.influencer.clone(), category));
                                        }
                                        None => {}
                                    }
                                });
                            }
                        });
                    });
            });
        if confirm.is_some() {
            self.confirm = confirm;
        }
        if let Some(asked) = self.confirm_ui(ui.ctx(), view, campaign, edits) {
            action = asked;
        }
        action
    }

    /// "Add a line for someone with no deliverables here?": adds it on "Add line".
    fn confirm_ui(
        &mut self,
        ctx: &egui::Context,
        view: View<'_>,
        campaign: &Campaign,
        edits: &mut EditQueue,
    ) -> Option<EditorAction> {
        let (influencer, category) = self.confirm.clone()?;
        let who = view.index.influencer_name(view.project, &influencer);
        let what = category.label().to_lowercase();
        let answer = crate::ui::kit::widgets::confirm_ui(
            ctx,
            "checklist_confirm_add",
            &format!("Add a {what} line for {who}?"),
            "Add line",
            |ui| {
                ui.label(format!(
                    "{who} has no deliverables in {}: a {what} line pays for work that is not planned yet.",
                    campaign.name
                ));
            },
        );
        match answer {
            Some(true) => {
                self.confirm = None;
                Some(add_line(view, campaign, &influencer, category, edits))
            }
            Some(false) => {
                self.confirm = None;
                None
            }
            None => None,
        }
    }
}

/// One item of one participant's checklist.
struct Cell<'a> {
    campaign: &'a Campaign,
    influencer: &'a InfluencerId,
    name: &'a str,
    category: rapport_core::model::CostCategory,
    currency: &'a str,
    /// They have deliverables in the campaign (else ➕ asks first).
    has_work: bool,
}

/// What a click in a cell asks for.
enum CellAction {
    /// Something for the editor beside the table.
    Editor(EditorAction),
    /// "Add it anyway?" for someone with no deliverables here.
    Confirm,
}

/// Adds the missing `category` line for `influencer` and opens it (or asks why first when
/// an approved budget grows).
fn add_line(
    view: View<'_>,
    campaign: &Campaign,
    influencer: &InfluencerId,
    category: rapport_core::model::CostCategory,
    edits: &mut EditQueue,
) -> EditorAction {
    let project = view.project;
    let line: CostLine = missing_line(project, campaign, influencer, category);
    let id = line.id.clone();
    if campaign.baseline_approved.is_some() && line.planned() != rapport_core::model::Money::ZERO {
        // An approved budget grows: ask why, like any other change.
        return EditorAction::AskWhy(line);
    }
    edits.push(
        format!("Add {} line", category.label().to_lowercase()),
        edit_cost_line(project, line, &Default::default(), view.today),
    );
    EditorAction::Select(id)
}

impl Cell<'_> {
    fn ui(
        &self,
        ui: &mut egui::Ui,
        view: View<'_>,
        state: ItemState,
        edits: &mut EditQueue,
    ) -> Option<CellAction> {
        let project = view.project;
        let what = self.category.label();
        let who = self.name;
        match state {
            ItemState::Covered(sum) => {
                let response = ui
                    .add(
                        egui::Button::new(
                            RichText::new(format!("✔ {}", sum.grouped()))
                                .color(Color32::from_rgb(46, 140, 80)),
                        )
                        .frame(false),
                    )
                    .on_hover_text(format!(
                        "{what} for {who}: {} {}. Click to open the line.",
                        sum.grouped(),
                        self.currency
                    ));
                named(
                    &response,
                    egui::Role::Button,
                    &format!("{what} for {who}: covered"),
                );
                if response.clicked() {
                    return self.open_line(project);
                }
            }
            ItemState::AtZero => {
                let response = ui
                    .add(
                        egui::Button::new(
                            RichText::new("0.00 ?").color(ui.visuals().warn_fg_color),
                        )
                        .frame(false),
                    )
                    .on_hover_text(format!(
                        "{what} for {who} has a line at 0.00: give it an amount, or mark it as not needed. Click to open the line."
                    ));
                named(
                    &response,
                    egui::Role::Button,
                    &format!("{what} for {who}: at 0.00"),
                );
                if response.clicked() {
                    return self.open_line(project);
                }
            }
            ItemState::CampaignWide(sum) => {
                ui.label(RichText::new("◆ campaign").weak()).on_hover_text(format!(
                    "No {what} line for {who}, but the campaign has {what} lines (no influencer) for {} {}. Use Add cost line for one of {who}'s own.",
                    sum.grouped(),
                    self.currency
                ));
            }
            ItemState::NotNeeded => {
                let response = ui
                    .add(egui::Button::new(RichText::new("– not needed").weak()).frame(false))
                    .on_hover_text(format!(
                        "Decided: no {what} for {who}. Click to open it again."
                    ));
                named(
                    &response,
                    egui::Role::Button,
                    &format!("{what} for {who}: not needed"),
                );
                if response.clicked() {
                    edits.push(
                        format!("{what} needed for {who}"),
                        set_not_needed(self.campaign, self.influencer, self.category, false),
                    );
                }
            }
            ItemState::Open => {
                let action = self.add_ui(ui, view, edits);
                let response = ui
                    .small_button("✖")
                    .on_hover_text(format!("No {what} for {who}: mark it as not needed"));
                named(
                    &response,
                    egui::Role::Button,
                    &format!("No {what} for {who}"),
                );
                if response.clicked() {
                    edits.push(
                        format!("No {what} for {who}"),
                        set_not_needed(self.campaign, self.influencer, self.category, true),
                    );
                }
                return action;
            }
        }
        None
    }

    /// Opens this participant's line of this category in the editor (looked for on a click
    /// only).
    fn open_line(&self, project: &rapport_core::model::Project) -> Option<CellAction> {
        project
            .cost_lines
            .iter()
            .find(|l| {
                l.campaign == self.campaign.id
                    && l.category == self.category
                    && l.influencer.as_ref() == Some(self.influencer)
            })
            .map(|l| CellAction::Editor(EditorAction::Select(l.id.clone())))
    }

    /// The ➕ button that adds the missing line and opens it in the editor; for someone
    /// with no deliverables in the campaign it asks first.
    fn add_ui(
        &self,
        ui: &mut egui::Ui,
        view: View<'_>,
        edits: &mut EditQueue,
    ) -> Option<CellAction> {
        let what = self.category.label();
        let who = self.name;
        let response = ui
            .small_button("➕")
            .on_hover_text(format!("Add a {} line for {who}", what.to_lowercase()));
        named(
            &response,
            egui::Role::Button,
            &format!("Add {what} for {who}"),
        );
        if !response.clicked() {
            return None;
        }
        if !self.has_work {
            return Some(CellAction::Confirm);
        }
        Some(CellAction::Editor(add_line(
            view,
            self.campaign,
            self.influencer,
            self.category,
            edits,
        )))
    }
}
