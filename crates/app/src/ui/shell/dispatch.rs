//! What each command of the command list does: the one place menus, shortcuts and the
//! command queue lead to.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::shell::app::{PanelKind, RapportApp};
use crate::ui::shell::commands::UiCommand;
use crate::ui::shell::dialogs::Pending;

impl RapportApp {
    /// Runs one command.
    pub fn run_command(&mut self, command: UiCommand, ctx: &egui::Context) {
        match command {
            UiCommand::New => self.request(Pending::New, ctx),
            UiCommand::Open => self.request(Pending::Open(None), ctx),
            UiCommand::Save => self.save(),
            UiCommand::SaveAs => self.save_as(),
            UiCommand::ShareCopy => {
                self.open_share(crate::ui::shell::share_dialog::Recipient::Client)
            }
            UiCommand::CreatorBrief => {
                self.open_share(crate::ui::shell::share_dialog::Recipient::Creator);
            }
            UiCommand::Compare => self.compare_with(),
            UiCommand::ImportInfluencers => self.import_influencers(),
            UiCommand::ImportResults => self.import_results(),
            UiCommand::ExportRoster => self.export_roster(),
            UiCommand::ExportDeliverables
            | UiCommand::ExportCosts
            | UiCommand::ExportCalendar
            | UiCommand::ExportSummary
            | UiCommand::ExportTimelineChart
            | UiCommand::ExportBudgetChart => self.export_command(command),
            UiCommand::Undo => {
                self.status = match self.doc.undo() {
                    Some(label) => tr_with(ctx, "status-undid", &[("what", label.into())]),
                    None => tr(ctx, "status-nothing-to-undo"),
                }
            }
            UiCommand::Redo => {
                self.status = match self.doc.redo() {
                    Some(label) => tr_with(ctx, "status-redid", &[("what", label.into())]),
                    None => tr(ctx, "status-nothing-to-redo"),
                }
            }
            UiCommand::ShowInfluencers => self.panel = PanelKind::Influencers,
            UiCommand::ShowTimeline => self.panel = PanelKind::Timeline,
            UiCommand::ShowBudget => self.panel = PanelKind::Budget,
            UiCommand::ShowResults => self.panel = PanelKind::Results,
            UiCommand::Present => self.start_presenting(ctx),
            UiCommand::ToggleTheme => {
                self.prefs.dark = !self.prefs.dark;
                ctx.set_theme(if self.prefs.dark {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            UiCommand::ZoomIn | UiCommand::ZoomOut | UiCommand::ZoomReset => {
                let now = ctx.zoom_factor();
                let zoom = match command {
                    UiCommand::ZoomIn => (now * 1.1).min(3.0),
                    UiCommand::ZoomOut => (now / 1.1).max(0.5),
                    _ => 1.0,
                };
                ctx.set_zoom_factor(zoom);
                self.prefs.zoom = Some(zoom);
                let percent = format!("{:.0}", zoom * 100.0);
                self.status = tr_with(ctx, "status-zoom", &[("percent", percent.into())]);
            }
            UiCommand::KeyboardShortcuts => self.show_shortcuts = true,
            UiCommand::Quit => {
                if self.doc.is_dirty() {
                    self.request(Pending::Close, ctx);
                } else {
                    self.allow_close = true;
                    self.autosave.forget();
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }
}
