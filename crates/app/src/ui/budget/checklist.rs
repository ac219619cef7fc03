//! The Budget panel's "think it through" checklist: for each participant of a campaign,
//! the nine kinds of cost a collaboration can bring (fee, usage rights, paid amplification,
//! product and seeding, shipping, production, travel, agency fee, tax), each covered by a
//! line, by a campaign-wide line, decided as not needed, or still open, with one click to
//! add the missing line or to mark it as not needed.

use crate::ui::budget::cost_editor::EditorAction;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::{Color32, RichText};
use egui_extras::{Column, TableBuilder};
use rapport_core::i18n::Lang;
use rapport_core::model::{
    CHECKLIST, Campaign, CampaignId, CostLine, InfluencerId, ItemState, ParticipantChecklist,
    checklist, edit_cost_line, missing_line_in, set_not_needed,
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

/// The message of a short column title for each checklist item.
fn short_title(index: usize) -> &'static str {
    [
        "bud-chk-col-fee",
        "bud-chk-col-usage",
        "bud-chk-col-ads",
        "bud-chk-col-product",
        "bud-chk-col-shipping",
        "bud-chk-col-production",
        "bud-chk-col-travel",
        "bud-chk-col-agency",
        "bud-chk-col-tax",
    ]
    .get(index)
    .copied()
    .unwrap_or("?")
}

/// A category's name inside a sentence: in lower case in English ("a usage rights line"),
/// as it is in Chinese.
fn lower_label(category: rapport_core::model::CostCategory, lang: Lang) -> String {
    match lang {
        Lang::En => category.label().to_lowercase(),
        _ => category.label_in(lang),
    }
}

/// Gives a button the accessible name message `id` with `what` and `who` (its visible
/// text is an icon); written only when asked for.
fn named(response: &egui::Response, id: &str, what: &str, who: &str) {
    response.widget_info(|| {
        let name = tr_with(
            &response.ctx,
            id,
            &[("what", what.into()), ("who", who.into())],
        );
        egui::WidgetInfo::labeled(egui::Role::Button, true, name)
    });
}

/// A tooltip of message `id` with `what`, `who` and `args`, written only while it shows.
fn tip(
    response: egui::Response,
    id: &str,
    what: &str,
    who: &str,
    args: &[(&str, rapport_core::i18n::FluentValue<'_>)],
) -> egui::Response {
    response.on_hover_ui(|ui| {
        let mut all = vec![("what", what.into()), ("who", who.into())];
        all.extend(args.iter().cloned());
        let text = tr_with(ui.ctx(), id, &all);
        ui.label(text);
    })
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
        let ctx = ui.ctx().clone();
        let lang = crate::ui::kit::lang::get(&ctx);
        let Some(campaign) = campaign
            .and_then(|id| project.campaign(id))
            .or_else(|| project.campaigns.first())
        else {
            ui.label(RichText::new(tr(&ctx, "bud-no-campaign")).weak());
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
            ui.heading(tr_with(
                &ctx,
                "bud-chk-heading",
                &[("campaign", campaign.name.as_str().into())],
            ));
            let summary = if open == 0 {
                RichText::new(tr_with(
                    &ctx,
                    "bud-chk-all-done",
                    &[("count", lists.len().into())],
                ))
            } else {
                RichText::new(tr_with(
                    &ctx,
                    "bud-chk-open",
                    &[
                        ("open", open.into()),
                        ("waiting", waiting.into()),
                        ("count", lists.len().into()),
                    ],
                ))
                .color(ui.visuals().warn_fg_color)
            };
            ui.label(summary);
            ui.checkbox(&mut self.only_open, tr(&ctx, "bud-chk-only-open"));
        });
        ui.label(RichText::new(tr(&ctx, "bud-chk-legend")).weak());
        // The words of the cells, looked up once, not per cell.
        let words = Words {
            labels: CHECKLIST.iter().map(|c| c.label_in(lang)).collect(),
            lower: CHECKLIST.iter().map(|&c| lower_label(c, lang)).collect(),
            campaign_wide: tr(&ctx, "bud-chk-campaign-wide"),
            not_needed: tr(&ctx, "bud-chk-not-needed"),
        };
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
                            ui.strong(tr(&ctx, "bud-chk-participant"));
                        });
                        for (i, label) in words.labels.iter().enumerate() {
                            header.col(|ui| {
                                ui.strong(tr(&ctx, short_title(i))).on_hover_text(label);
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
                                        what: words.labels.get(i).map_or("", String::as_str),
                                        what_lower: words.lower.get(i).map_or("", String::as_str),
                                        words: &words,
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
        let what = lower_label(category, crate::ui::kit::lang::get(ctx));
        let answer = crate::ui::kit::widgets::confirm_ui(
            ctx,
            "checklist_confirm_add",
            &tr_with(
                ctx,
                "bud-chk-confirm-heading",
                &[("what", what.as_str().into()), ("who", who.into())],
            ),
            &tr(ctx, "bud-chk-confirm-yes"),
            |ui| {
                ui.label(tr_with(
                    ctx,
                    "bud-chk-confirm-body",
                    &[
                        ("who", who.into()),
                        ("campaign", campaign.name.as_str().into()),
                        ("what", what.as_str().into()),
                    ],
                ));
            },
        );
        match answer {
            Some(true) => {
                self.confirm = None;
                let undo = tr_with(ctx, "bud-chk-undo-add", &[("what", what.as_str().into())]);
                Some(add_line(view, campaign, &influencer, category, undo, edits))
            }
            Some(false) => {
                self.confirm = None;
                None
            }
            None => None,
        }
    }
}

/// The words every cell may show, in the frame's language.
struct Words {
    /// Each checklist item's category name.
    labels: Vec<String>,
    /// The same inside a sentence (lower case in English).
    lower: Vec<String>,
    /// "◆ campaign".
    campaign_wide: String,
    /// "– not needed".
    not_needed: String,
}

/// One item of one participant's checklist.
struct Cell<'a> {
    campaign: &'a Campaign,
    influencer: &'a InfluencerId,
    name: &'a str,
    category: rapport_core::model::CostCategory,
    /// The category's name.
    what: &'a str,
    /// The category's name inside a sentence.
    what_lower: &'a str,
    words: &'a Words,
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

/// Adds the missing `category` line for `influencer` as the undo step `undo` and opens it
/// (or asks why first when an approved budget grows).
fn add_line(
    view: View<'_>,
    campaign: &Campaign,
    influencer: &InfluencerId,
    category: rapport_core::model::CostCategory,
    undo: String,
    edits: &mut EditQueue,
) -> EditorAction {
    let project = view.project;
    let lang = crate::ui::kit::lang::current();
    let line: CostLine = missing_line_in(lang, project, campaign, influencer, category);
    let id = line.id.clone();
    if campaign.baseline_approved.is_some() && line.planned() != rapport_core::model::Money::ZERO {
        // An approved budget grows: ask why, like any other change.
        return EditorAction::AskWhy(line);
    }
    edits.push(
        undo,
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
        let what = self.what;
        let who = self.name;
        match state {
            ItemState::Covered(sum) => {
                let response = ui.add(
                    egui::Button::new(
                        RichText::new(format!("✔ {}", sum.grouped()))
                            .color(Color32::from_rgb(46, 140, 80)),
                    )
                    .frame(false),
                );
                let response = tip(
                    response,
                    "bud-chk-covered-tip",
                    what,
                    who,
                    &[
                        ("amount", sum.grouped().into()),
                        ("currency", self.currency.into()),
                    ],
                );
                named(&response, "bud-chk-covered-name", what, who);
                if response.clicked() {
                    return self.open_line(project);
                }
            }
            ItemState::AtZero => {
                let response = ui.add(
                    egui::Button::new(RichText::new("0.00 ?").color(ui.visuals().warn_fg_color))
                        .frame(false),
                );
                let response = tip(response, "bud-chk-zero-tip", what, who, &[]);
                named(&response, "bud-chk-zero-name", what, who);
                if response.clicked() {
                    return self.open_line(project);
                }
            }
            ItemState::CampaignWide(sum) => {
                let response = ui.label(RichText::new(self.words.campaign_wide.as_str()).weak());
                tip(
                    response,
                    "bud-chk-wide-tip",
                    what,
                    who,
                    &[
                        ("amount", sum.grouped().into()),
                        ("currency", self.currency.into()),
                    ],
                );
            }
            ItemState::NotNeeded => {
                let response = ui.add(
                    egui::Button::new(RichText::new(self.words.not_needed.as_str()).weak())
                        .frame(false),
                );
                let response = tip(response, "bud-chk-not-needed-tip", what, who, &[]);
                named(&response, "bud-chk-not-needed-name", what, who);
                if response.clicked() {
                    edits.push(
                        tr_with(
                            ui.ctx(),
                            "bud-chk-undo-needed",
                            &[("what", what.into()), ("who", who.into())],
                        ),
                        set_not_needed(self.campaign, self.influencer, self.category, false),
                    );
                }
            }
            ItemState::Open => {
                let action = self.add_ui(ui, view, edits);
                let response = ui.small_button("✖");
                let response = tip(response, "bud-chk-no-tip", what, who, &[]);
                named(&response, "bud-chk-no", what, who);
                if response.clicked() {
                    edits.push(
                        tr_with(
                            ui.ctx(),
                            "bud-chk-no",
                            &[("what", what.into()), ("who", who.into())],
                        ),
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
        let who = self.name;
        let response = ui.small_button("➕");
        let response = tip(response, "bud-chk-add-tip", self.what_lower, who, &[]);
        named(&response, "bud-chk-add-name", self.what, who);
        if !response.clicked() {
            return None;
        }
        if !self.has_work {
            return Some(CellAction::Confirm);
        }
        let undo = tr_with(
            ui.ctx(),
            "bud-chk-undo-add",
            &[("what", self.what_lower.into())],
        );
        Some(CellAction::Editor(add_line(
            view,
            self.campaign,
            self.influencer,
            self.category,
            undo,
            edits,
        )))
    }
}
