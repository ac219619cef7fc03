//! Entering and leaving presentation mode, and drawing it in place of the whole window.

use crate::ui::present::{PresentAction, Presentation, style};
use crate::ui::shell::app::{PanelKind, RapportApp};

impl RapportApp {
    /// View ▸ Present (F5): full screen on the window's monitor, starting with the campaign
    /// the Timeline or Budget shows (else all of them).
    pub fn start_presenting(&mut self, ctx: &egui::Context) {
        let campaign = match self.panel {
            PanelKind::Timeline => self.timeline.campaign_filter.clone(),
            PanelKind::Budget => self.budget.campaign_filter.clone(),
            PanelKind::Results => self.results.campaign.clone(),
            PanelKind::Influencers => None,
        };
        self.present = Some(Presentation::new(campaign));
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves presentation mode (Esc).
    pub fn stop_presenting(&mut self, ctx: &egui::Context) {
        self.present = None;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// The presentation, filling the window.
    pub(super) fn present_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut leave = false;
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(style::PAPER))
            .show(ui, |ui| {
                self.with_view(|view, parts| {
                    if let Some(present) = parts.present {
                        leave = present.ui(ui, view) == Some(PresentAction::Leave);
                    }
                });
            });
        if leave {
            self.stop_presenting(&ctx);
        }
    }
}
