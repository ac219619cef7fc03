//! The Budget panel: totals per campaign against its cap with "Approve budget", then one of
//! four views (cost lines, the "think it through" checklist, payments, reconciliation),
//! with the editor of the chosen line or campaign on the right.

use crate::ui::budget::all_campaigns::{AllCampaigns, AllFor};
use crate::ui::budget::campaign_editor::CampaignEditor;
use crate::ui::budget::change_dialog::CostChangeDialog;
use crate::ui::budget::checklist::ChecklistView;
use crate::ui::budget::cost_editor::{CostEditor, EditorAction};
use crate::ui::budget::cost_table::CostTable;
use crate::ui::budget::payments::PaymentsView;
use crate::ui::budget::reconcile::ReconcileView;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use crate::ui::kit::widgets::campaign_filter;
use egui::RichText;
use rapport_core::model::CampaignTotals;
use rapport_core::model::{
    Campaign, CampaignId, CostCategory, CostLine, CostLineId, Edit, Money, Record,
};

rapport_core::labelled_enum! {
    /// The views of the Budget panel, in the order of their tabs.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum BudgetView {
        /// Every cost line, editable.
        #[default]
        Lines => "Cost lines",
        /// The "think it through" checklist per participant.
        Checklist => "Think it through",
        /// Overdue, due soon and paid late.
        Payments => "Payments",
        /// Baseline → recorded changes → plan, against the cap.
        Reconciliation => "Reconciliation",
    }
}

impl BudgetView {
    /// The message saying what the view shows, for its tab's tooltip.
    pub fn tooltip_id(self) -> &'static str {
        match self {
            BudgetView::Lines => "bud-view-lines-tip",
            BudgetView::Checklist => "bud-view-checklist-tip",
            BudgetView::Payments => "bud-view-payments-tip",
            BudgetView::Reconciliation => "bud-view-reconciliation-tip",
        }
    }
}

/// State of the Budget panel between frames.
#[derive(Debug, Default)]
pub struct BudgetPanel {
    /// Only this campaign, when set.
    pub campaign_filter: Option<CampaignId>,
    /// The view shown.
    pub view: BudgetView,
    /// The cost lines table.
    pub table: CostTable,
    /// The selected cost line.
    pub selected: Option<CostLineId>,
    editor: CostEditor,
    /// The checklist view.
    pub checklist: ChecklistView,
    /// A row per campaign where a view works on one and all are chosen.
    all: AllCampaigns,
    /// The payments view.
    pub payments: PaymentsView,
    /// The reconciliation view.
    pub reconcile: ReconcileView,
    /// A change of an approved budget waiting for its reason.
    pub cost_change: Option<CostChangeDialog>,
    /// The campaign shown in the campaign editor.
    pub selected_campaign: Option<CampaignId>,
    campaign_editor: CampaignEditor,
    totals: Memo<u64, Vec<CampaignTotals>>,
    /// Whether the edited campaign has lines or deliverables, per project version.
    campaign_in_use: Memo<(u64, CampaignId), bool>,
}

impl BudgetPanel {
    /// Selects a cost line and shows it in the table.
    pub fn select(&mut self, id: CostLineId) {
        self.selected = Some(id);
        self.selected_campaign = None;
        self.campaign_filter = None;
        self.table.clear_filters();
        self.view = BudgetView::Lines;
    }

    /// Draws the panel; edits go into `edits`.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let View { project, today, .. } = view;
        if let Some(dialog) = &mut self.cost_change
            && dialog.ui(ui.ctx(), project, today, edits)
        {
            self.cost_change = None;
        }
        self.totals_ui(ui, view, edits);
        ui.separator();
        let lang = crate::ui::kit::lang::get(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            for &kind in BudgetView::ALL {
                ui.selectable_value(&mut self.view, kind, kind.label_in(lang))
                    .on_hover_text(tr(ui.ctx(), kind.tooltip_id()));
            }
            ui.separator();
            campaign_filter(ui, project, &mut self.campaign_filter);
            let target = self
                .campaign_filter
                .clone()
                .or_else(|| project.campaigns.first().map(|c| c.id.clone()));
            let target_name = target
                .as_ref()
                .and_then(|id| project.campaign(id))
                .map_or(String::new(), |c| c.name.clone());
            if let Some(campaign) = target
                && ui
                    .button(tr(ui.ctx(), "bud-add-line"))
                    .on_hover_text(tr_with(
                        ui.ctx(),
                        "bud-add-line-tip",
                        &[("campaign", target_name.into())],
                    ))
                    .clicked()
            {
                let line = CostLine::new(campaign, CostCategory::Other, Money::ZERO);
                self.selected = Some(line.id.clone());
                edits.push(
                    tr(ui.ctx(), "bud-undo-add-line"),
                    Edit::Put(Record::CostLine(line)),
                );
            }
        });
        if self.view == BudgetView::Lines {
            ui.horizontal_wrapped(|ui| {
                self.table
                    .filters_ui(ui, view, self.campaign_filter.as_ref());
            });
        }
        self.side_ui(ui, view, edits);
        // What follows draws only left of the editor beside it, whatever its width.
        ui.shrink_clip_rect(ui.available_rect_before_wrap());
        let campaign = self.campaign_filter.clone();
        let action = match self.view {
            BudgetView::Lines => {
                match self
                    .table
                    .table_ui(ui, view, campaign.as_ref(), self.selected.as_ref())
                {
                    Some(id) => EditorAction::Select(id),
                    None => EditorAction::None,
                }
            }
            BudgetView::Checklist
                if view
                    .project
                    .info
                    .shared
                    .as_ref()
                    .is_some_and(|s| s.kind == rapport_core::model::ShareKind::Client) =>
            {
                ui.label(RichText::new(tr(ui.ctx(), "bud-checklist-client-copy")).weak());
                EditorAction::None
            }
            BudgetView::Checklist if campaign.is_none() => {
                self.campaign_filter = self.all.ui(ui, view, AllFor::Checklist);
                EditorAction::None
            }
            BudgetView::Checklist => self.checklist.ui(ui, view, campaign.as_ref(), edits),
            BudgetView::Payments => {
                self.payments
                    .ui(ui, view, campaign.as_ref(), self.selected.as_ref(), edits)
            }
            BudgetView::Reconciliation
                if view.project.info.shared.as_ref().is_some_and(|s| {
                    s.kind == rapport_core::model::ShareKind::Client && !s.amounts
                }) =>
            {
                ui.label(RichText::new(tr(ui.ctx(), "bud-reconcile-client-copy")).weak());
                EditorAction::None
            }
            BudgetView::Reconciliation if campaign.is_none() => {
                self.campaign_filter = self.all.ui(ui, view, AllFor::Reconciliation);
                EditorAction::None
            }
            BudgetView::Reconciliation => {
                // Both ways, clipped to the view: never under the cost line editor.
                egui::ScrollArea::both()
                    .id_salt("reconciliation_scroll")
                    .show(ui, |ui| {
                        self.reconcile.ui(ui, view, campaign.as_ref(), edits);
                    });
                EditorAction::None
            }
        };
        self.act(action);
    }

    /// Carries out what a view or the editor asked for.
    fn act(&mut self, action: EditorAction) {
        match action {
            EditorAction::None => {}
            EditorAction::Closed => self.selected = None,
            EditorAction::AskWhy(changed) => {
                self.cost_change = Some(CostChangeDialog {
                    changed,
                    note: Default::default(),
                });
            }
            EditorAction::Select(id) => {
                self.selected = Some(id);
                self.selected_campaign = None;
            }
        }
    }

    /// Each campaign's money against its cap, "Approve budget", and "Add campaign".
    fn totals_ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let View { project, today, .. } = view;
        let currency = project.info.currency.as_str();
        let mut memo = std::mem::take(&mut self.totals);
        {
            let totals = memo.get(view.revision, || CampaignTotals::all(project));
            // The names take the width of the longest, so the bars line up under each other.
            let font = egui::TextStyle::Body.resolve(ui.style());
            let name_w = project
                .campaigns
                .iter()
                .map(|c| {
                    ui.painter()
                        .layout_no_wrap(c.name.clone(), font.clone(), egui::Color32::WHITE)
                        .size()
                        .x
                })
                .fold(0.0, f32::max)
                .min(320.0);
            for (campaign, t) in project.campaigns.iter().zip(totals) {
                // Wrapped, so that a narrow window moves the bar and the button down a line
                // instead of under the panel beside it.
                ui.horizontal_wrapped(|ui| {
                    if totals_ui(ui, campaign, t, currency, name_w) {
                        self.selected_campaign = Some(campaign.id.clone());
                    }
                    let ctx = ui.ctx().clone();
                    let approve = match campaign.baseline_approved {
                        Some(date) => ui.small_button(tr_with(
                            &ctx,
                            "bud-approved",
                            &[("date", date.to_string().into())],
                        )),
                        None => ui.small_button(tr(&ctx, "bud-approve")),
                    };
                    if approve.on_hover_text(tr(&ctx, "bud-approve-tip")).clicked() {
                        edits.push(
                            tr_with(
                                &ctx,
                                "bud-undo-approve",
                                &[("campaign", campaign.name.as_str().into())],
                            ),
                            rapport_core::model::approve_budget(project, campaign, today),
                        );
                    }
                });
            }
        }
        self.totals = memo;
        if ui
            .button(tr(ui.ctx(), "bud-add-campaign"))
            .on_hover_text(tr(ui.ctx(), "bud-add-campaign-tip"))
            .clicked()
        {
            let campaign = Campaign::starting_in(crate::ui::kit::lang::get(ui.ctx()), today);
            self.selected_campaign = Some(campaign.id.clone());
            edits.push(
                tr(ui.ctx(), "bud-undo-add-campaign"),
                Edit::Put(Record::Campaign(campaign)),
            );
        }
    }

    /// The campaign editor or the cost line editor on the right, when one is chosen.
    fn side_ui(&mut self, ui: &mut egui::Ui, view: View<'_>, edits: &mut EditQueue) {
        let project = view.project;
        // Esc closes the editor when nothing is being typed and no dialog asks a question.
        if self.cost_change.is_none() && crate::ui::kit::widgets::escape_closes(ui) {
            self.selected = None;
            self.selected_campaign = None;
        }
        let currency = project.info.currency.as_str();
        if let Some(campaign) = self
            .selected_campaign
            .as_ref()
            .and_then(|id| project.campaign(id))
        {
            let key = (view.revision, campaign.id.clone());
            let in_use = *self.campaign_in_use.get(key, || {
                project.cost_lines.iter().any(|l| l.campaign == campaign.id)
                    || project
                        .deliverables
                        .iter()
                        .any(|d| d.campaign == campaign.id)
            });
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
            let action = egui::Panel::right("cost_editor")
                .resizable(true)
                .default_size(310.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("cost_editor_scroll")
                        .show(ui, |ui| self.editor.ui(ui, view, line, edits))
                        .inner
                })
                .inner;
            self.act(action);
        } else {
            self.editor.reset();
        }
    }
}

/// One campaign's money against its cap: the name (as wide as `name_w`), the bar, the
/// amounts; returns true when its name was clicked.
fn totals_ui(
    ui: &mut egui::Ui,
    campaign: &Campaign,
    t: &CampaignTotals,
    currency: &str,
    name_w: f32,
) -> bool {
    ui.horizontal_wrapped(|ui| {
        let name = ui
            .add(egui::Button::new(RichText::new(&campaign.name).strong()).frame(false))
            .on_hover_text(tr(ui.ctx(), "bud-campaign-name-tip"));
        // The button has a margin on each side of its text.
        let pad = name_w + 2.0 * ui.spacing().button_padding.x - name.rect.width();
        if pad > 0.0 {
            ui.add_space(pad);
        }
        let fraction = if t.cap.cents() > 0 {
            t.planned.cents() as f32 / t.cap.cents() as f32
        } else {
            0.0
        };
        let over = t.cap.cents() > 0 && t.planned > t.cap;
        // Over the cap the bar is full and says by how much, in white on a dark red that
        // reads; under it, the share in the theme's colours.
        let text = if over {
            tr_with(
                ui.ctx(),
                "bud-over-cap",
                &[
                    ("amount", (t.planned - t.cap).grouped().into()),
                    ("percent", format!("{:.1}", fraction * 100.0).into()),
                ],
            )
        } else {
            tr_with(
                ui.ctx(),
                "bud-share-of-cap",
                &[("percent", format!("{:.0}", fraction * 100.0).into())],
            )
        };
        let bar = egui::ProgressBar::new(fraction.min(1.0)).desired_width(200.0);
        let bar = if over {
            bar.fill(egui::Color32::from_rgb(0xa3, 0x1d, 0x1a))
                .text(RichText::new(text).color(egui::Color32::WHITE).strong())
        } else {
            bar.text(text)
        };
        ui.add(bar).on_hover_text(tr(ui.ctx(), "bud-cap-bar-tip"));
        ui.label(tr_with(
            ui.ctx(),
            "bud-totals",
            &[
                ("cap", t.cap.grouped().into()),
                ("planned", t.planned.grouped().into()),
                ("committed", t.committed.grouped().into()),
                ("paid", t.paid.grouped().into()),
                ("remaining", t.remaining().grouped().into()),
                ("currency", currency.into()),
            ],
        ));
        name.clicked()
    })
    .inner
}
