//! Help ▸ Keyboard shortcuts (F1): every command's shortcut, generated from the command list
//! that drives the menus, then the keys of the timeline chart, tables and presenting.

use crate::ui::shell::app::RapportApp;
use crate::ui::shell::commands::UiCommand;
use egui::RichText;

/// Keys that belong to a view rather than to a command.
const VIEW_KEYS: &[(&str, &str)] = &[
    (
        "↑ ↓ PgUp PgDn Home End",
        "Tables: choose a row (when no field is being typed in)",
    ),
    (
        "Tab / Shift+Tab",
        "Timeline chart: select the next or previous bar; past the last, on to the rest of the window",
    ),
    (
        "← / →",
        "Timeline chart: move the selected bar a day (published work stays)",
    ),
    (
        "Delete",
        "Timeline chart: delete the selected deliverable (undoable)",
    ),
    ("Esc", "Cancel a drag, close a dialog, or leave presenting"),
    (
        "Double-click",
        "Timeline chart: add a deliverable on that day",
    ),
    ("Ctrl + wheel", "Timeline chart: zoom the time axis"),
    ("→ ↓ PgDn Space", "Presenting: next slide"),
    ("← ↑ PgUp", "Presenting: previous slide"),
    ("Home / End", "Presenting: first or last slide"),
];

impl RapportApp {
    /// The shortcuts window, while it is open.
    pub(super) fn shortcuts_ui(&mut self, ctx: &egui::Context) {
        if !self.show_shortcuts {
            return;
        }
        let mut open = true;
        let title = UiCommand::KeyboardShortcuts.text(crate::ui::kit::lang::get(ctx));
        egui::Window::new(title)
            .id(egui::Id::unique("keyboard_shortcuts"))
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(560.0)
            .show(ctx, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    egui::Grid::new("shortcuts")
                        .striped(true)
                        .num_columns(2)
                        .show(ui, |ui| {
                            for &command in UiCommand::ALL {
                                let keys: Vec<String> =
                                    [command.shortcut(), command.alternative_shortcut()]
                                        .into_iter()
                                        .flatten()
                                        .map(|s| ctx.format_shortcut(&s))
                                        .collect();
                                if keys.is_empty() {
                                    continue;
                                }
                                ui.label(RichText::new(keys.join(" or ")).monospace());
                                let lang = crate::ui::kit::lang::get(ctx);
                                ui.label(command.text(lang))
                                    .on_hover_text(command.tip(lang));
                                ui.end_row();
                            }
                            for (keys, what) in VIEW_KEYS {
                                ui.label(RichText::new(*keys).monospace());
                                ui.label(*what);
                                ui.end_row();
                            }
                        });
                });
            });
        if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.show_shortcuts = false;
        }
    }
}
