//! The chart's keyboard and double-click: Tab selects the next bar, the arrow keys move
//! the selected deliverable by a day, Delete removes it, and a double-click on a lane adds
//! a deliverable there at the date under the pointer.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::view::View;
use crate::ui::timeline::chart::GanttChart;
use crate::ui::timeline::chart::bar::ROW_HEIGHT;
use crate::ui::timeline::chart::rows::{LaneMode, Row};
use crate::ui::timeline::chart::time_scale::TimeScale;
use egui::{Key, Modifiers, Rect, Response};
use rapport_core::model::{
    CampaignId, DatePart, Deliverable, DeliverableId, DeliverableStatus, Edit, InfluencerId,
    Record, RecordKey,
};

impl GanttChart {
    /// Takes Tab and Shift+Tab for the chart (select the next or previous bar) before
    /// egui uses them to move the keyboard focus; past the last bar (or before the first)
    /// they are left to move the focus on. Call at the start of a frame in which the chart
    /// is shown.
    pub fn claim_tab(&mut self, ctx: &egui::Context) {
        if ctx.memory(|m| m.focused().is_some()) {
            return;
        }
        let (last, first) = self.tab_edge;
        let (next, previous) = ctx.input_mut(|i| {
            (
                !last && i.consume_key(Modifiers::NONE, Key::Tab),
                !first && i.consume_key(Modifiers::SHIFT, Key::Tab),
            )
        });
        if next || previous {
            ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
            self.tab = Some(next);
        }
    }

    /// Handles the keyboard while the chart is shown and no text field has focus.
    pub(super) fn keys_ui(
        &mut self,
        ui: &egui::Ui,
        view: View<'_>,
        rows: &[Row],
        selected: &mut Option<DeliverableId>,
        edits: &mut EditQueue,
    ) {
        if ui.ctx().egui_wants_keyboard_input() || self.drag.is_some() {
            return;
        }
        let project = view.project;
        let bars: Vec<&Deliverable> = rows
            .iter()
            .filter_map(|r| match r {
                Row::Bar(i) => project.deliverables.get(*i),
                Row::Lane(..) => None,
            })
            .collect();
        let (next, previous) = match self.tab.take() {
            Some(forward) => (forward, !forward),
            None => (false, false),
        };
        if (next || previous) && !bars.is_empty() {
            let at = selected
                .as_ref()
                .and_then(|id| bars.iter().position(|d| &d.id == id));
            let to = match (at, next) {
                (None, true) => 0,
                (None, false) => bars.len() - 1,
                (Some(at), true) => (at + 1) % bars.len(),
                (Some(at), false) => (at + bars.len() - 1) % bars.len(),
            };
            if let Some(d) = bars.get(to) {
                *selected = Some(d.id.clone());
                self.reveal = Some(d.id.clone());
            }
        }
        let at = selected
            .as_ref()
            .and_then(|id| bars.iter().position(|d| &d.id == id));
        self.tab_edge = (
            bars.is_empty() || at == Some(bars.len() - 1),
            bars.is_empty() || at == Some(0),
        );
        let Some(current) = selected.as_ref().and_then(|id| project.deliverable(id)) else {
            return;
        };
        let (left, right, delete) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowLeft),
                i.consume_key(Modifiers::NONE, Key::ArrowRight),
                i.consume_key(Modifiers::NONE, Key::Delete),
            )
        });
        let days = i64::from(right) - i64::from(left);
        if days != 0 && current.status == DeliverableStatus::Published {
            // What is live stays where it went live: no change to tell the creator about.
            self.notice = Some((
                current.id.clone(),
                tr_with(
                    ui.ctx(),
                    "tl-published-stays",
                    &[("title", current.title.as_str().into())],
                ),
            ));
        } else if days != 0 {
            let moved = current.moved(DatePart::All, days);
            edits.push(
                tr(ui.ctx(), "tl-undo-move"),
                rapport_core::model::edit_deliverable(project, moved, view.today),
            );
        }
        if delete {
            edits.push(
                tr(ui.ctx(), "tl-undo-delete"),
                Edit::Remove(RecordKey::Deliverable(current.id.clone())),
            );
            *selected = None;
        }
    }

    /// A double-click on a lane adds a deliverable to it at the date under the pointer.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn double_click_ui(
        &mut self,
        background: &Response,
        body: Rect,
        scale: TimeScale,
        view: View<'_>,
        rows: &[Row],
        campaign: Option<&CampaignId>,
        selected: &mut Option<DeliverableId>,
        edits: &mut EditQueue,
    ) {
        if !background.double_clicked() {
            return;
        }
        let Some(pointer) = background
            .interact_pointer_pos()
            .filter(|p| body.contains(*p) && p.x >= scale.left)
        else {
            return;
        };
        let row = ((pointer.y - body.top() + self.scroll) / ROW_HEIGHT).floor() as usize;
        let lane = rows
            .iter()
            .take(row.saturating_add(1).min(rows.len()))
            .rev()
            .find_map(|r| match r {
                Row::Lane(_, id) => Some(id),
                Row::Bar(_) => None,
            });
        let Some(lane) = lane else { return };
        let project = view.project;
        let (campaign_id, influencer_id) = match self.lanes {
            LaneMode::Influencer => {
                let lane: InfluencerId = lane.cast();
                let campaign = campaign
                    .cloned()
                    .or_else(|| {
                        project
                            .campaigns
                            .iter()
                            .find(|c| c.participant(&lane).is_some())
                            .map(|c| c.id.clone())
                    })
                    .or_else(|| project.campaigns.first().map(|c| c.id.clone()));
                (campaign, Some(lane))
            }
            LaneMode::Campaign => {
                let lane: CampaignId = lane.cast();
                let influencer = project
                    .campaign(&lane)
                    .and_then(|c| c.participants.first())
                    .map(|p| p.influencer.clone())
                    .or_else(|| project.influencers.first().map(|i| i.id.clone()));
                (Some(lane), influencer)
            }
        };
        let (Some(campaign_id), Some(influencer_id)) = (campaign_id, influencer_id) else {
            return;
        };
        let new = Deliverable::added(
            project,
            campaign_id,
            influencer_id,
            rapport_core::model::sane::clamp(scale.date_at(pointer.x)),
            crate::ui::kit::lang::current(),
        );
        *selected = Some(new.id.clone());
        self.reveal = Some(new.id.clone());
        edits.push(
            tr(&background.ctx, "tl-undo-add"),
            Edit::Put(Record::Deliverable(new)),
        );
    }
}
