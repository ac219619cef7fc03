//! Help ▸ Keyboard shortcuts (F1): every command's shortcut, generated from the command list
//! that drives the menus, then the keys of the timeline chart, tables and presenting.

use crate::ui::shell::app::RapportApp;
use crate::ui::shell::commands::UiCommand;
use egui::RichText;

/// Keys that belong to a view rather than to a command, with the message that says what
/// they do. Keys' names stay as they are; a gesture in words is a message id (`sh-key-…`).
const VIEW_KEYS: &[(&str, &str)] = &[
    ("↑ ↓ PgUp PgDn Home End", "sh-keys-tables"),
    ("Tab / Shift+Tab", "sh-keys-tab"),
    ("← / →", "sh-keys-nudge"),
    ("Delete", "sh-keys-delete"),
    ("Esc", "sh-keys-esc"),
    ("sh-key-double-click", "sh-keys-double-click"),
    ("sh-key-ctrl-wheel", "sh-keys-zoom"),
    ("→ ↓ PgDn Space", "sh-keys-next-slide"),
    ("← ↑ PgUp", "sh-keys-previous-slide"),
    ("Home / End", "sh-keys-first-last-slide"),
];

impl RapportApp {
    /// The shortcuts window, while it is open.
    pub(super) fn shortcuts_ui(&mut self, ctx: &egui::Context) {
        if !self.show_shortcuts {
            return;
        }
        let mut open = true;
        let lang = crate::ui::kit::lang::get(ctx);
        let or = format!(" {} ", crate::ui::kit::lang::tr(ctx, "sh-keys-or"));
        let title = UiCommand::KeyboardShortcuts.text(lang);
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
                                ui.label(RichText::new(keys.join(&or)).monospace());
                                ui.label(command.text(lang))
                                    .on_hover_text(command.tip(lang));
                                ui.end_row();
                            }
                            for (keys, what) in VIEW_KEYS {
                                let keys = if keys.starts_with("sh-key-") {
                                    crate::ui::kit::lang::tr(ctx, keys)
                                } else {
                                    (*keys).to_string()
                                };
                                ui.label(RichText::new(keys).monospace());
                                ui.label(crate::ui::kit::lang::tr(ctx, what));
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
