//! Every user command in one list: it drives the menus, the keyboard shortcuts and the
//! tooltips, so they never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

rapport_core::labelled_enum! {
    /// A command the user can give from a menu or the keyboard.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum UiCommand {
        /// Start a new, empty project.
        New => "New",
        /// Open a project file.
        Open => "Open…",
        /// Save to the current file.
        Save => "Save",
        /// Save under a new name.
        SaveAs => "Save As…",
        /// Make a copy to email: for the team or the client.
        ShareCopy => "Share a copy…",
        /// Write one creator's brief.
        CreatorBrief => "Creator's brief…",
        /// Compare with another copy of the project, and merge it.
        Compare => "Compare with another copy…",
        /// Import influencers from a spreadsheet.
        ImportInfluencers => "Import influencers…",
        /// Import measured results from an analytics or tracker export.
        ImportResults => "Import results…",
        /// Export the roster as a spreadsheet.
        ExportRoster => "Export roster as CSV…",
        /// Export every deliverable as a spreadsheet.
        ExportDeliverables => "Export deliverables as CSV…",
        /// Export every cost line, and their recorded changes, as spreadsheets.
        ExportCosts => "Export costs as CSV…",
        /// Export the deliverables' dates as a calendar file.
        ExportCalendar => "Export calendar (.ics)…",
        /// Export a one-page summary as a web page that prints.
        ExportSummary => "Export summary (HTML)…",
        /// Export the timeline as an image for slides.
        ExportTimelineChart => "Export timeline image…",
        /// Export the budget as an image for slides.
        ExportBudgetChart => "Export budget image…",
        /// Undo the last edit.
        Undo => "Undo",
        /// Redo the last undone edit.
        Redo => "Redo",
        /// Show the influencer roster.
        ShowInfluencers => "Influencers",
        /// Show the timeline.
        ShowTimeline => "Timeline",
        /// Show the budget.
        ShowBudget => "Budget",
        /// Show the results.
        ShowResults => "Results",
        /// Present the plan full screen (Esc leaves).
        Present => "Present",
        /// Switch between light and dark.
        ToggleTheme => "Light / dark theme",
        /// Make everything larger.
        ZoomIn => "Zoom in",
        /// Make everything smaller.
        ZoomOut => "Zoom out",
        /// Back to the normal size.
        ZoomReset => "Actual size",
        /// List every keyboard shortcut.
        KeyboardShortcuts => "Keyboard shortcuts",
        /// Close the window.
        Quit => "Quit",
    }
}

impl UiCommand {
    /// The commands of the File menu, in order.
    pub const FILE_MENU: &'static [UiCommand] = &[
        UiCommand::New,
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::ShareCopy,
        UiCommand::CreatorBrief,
        UiCommand::Compare,
        UiCommand::ImportInfluencers,
        UiCommand::ImportResults,
        UiCommand::ExportRoster,
        UiCommand::ExportDeliverables,
        UiCommand::ExportCosts,
        UiCommand::ExportCalendar,
        UiCommand::ExportSummary,
        UiCommand::ExportTimelineChart,
        UiCommand::ExportBudgetChart,
    ];
    /// The commands of the Edit menu.
    pub const EDIT_MENU: &'static [UiCommand] = &[UiCommand::Undo, UiCommand::Redo];
    /// The commands of the View menu.
    pub const VIEW_MENU: &'static [UiCommand] = &[
        UiCommand::ShowInfluencers,
        UiCommand::ShowTimeline,
        UiCommand::ShowBudget,
        UiCommand::ShowResults,
        UiCommand::Present,
        UiCommand::ToggleTheme,
        UiCommand::ZoomIn,
        UiCommand::ZoomOut,
        UiCommand::ZoomReset,
    ];
    /// The commands of the Help menu.
    pub const HELP_MENU: &'static [UiCommand] = &[UiCommand::KeyboardShortcuts];

    /// Its name in `lang`, for menus and the shortcut list (from the `.ftl` files).
    pub fn text(self, lang: rapport_core::i18n::Lang) -> String {
        rapport_core::i18n::text(lang, &format!("cmd-{self:?}"))
    }

    /// What it does in `lang`, for tooltips.
    pub fn tip(self, lang: rapport_core::i18n::Lang) -> String {
        rapport_core::i18n::text(lang, &format!("cmd-{self:?}-tip"))
    }

    /// The main keyboard shortcut.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        let cmd_shift = |key| {
            Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                key,
            ))
        };
        match self {
            UiCommand::New => cmd(Key::N),
            UiCommand::Open => cmd(Key::O),
            UiCommand::Save => cmd(Key::S),
            UiCommand::SaveAs => cmd_shift(Key::S),
            UiCommand::ShareCopy => cmd_shift(Key::E),
            UiCommand::CreatorBrief => None,
            UiCommand::Compare => None,
            UiCommand::ImportInfluencers => cmd(Key::I),
            UiCommand::ImportResults => cmd_shift(Key::I),
            UiCommand::ExportRoster => None,
            UiCommand::ExportDeliverables => None,
            UiCommand::ExportCosts => None,
            UiCommand::ExportCalendar => None,
            UiCommand::ExportSummary => None,
            UiCommand::ExportTimelineChart => None,
            UiCommand::ExportBudgetChart => None,
            UiCommand::Undo => cmd(Key::Z),
            UiCommand::Redo => cmd_shift(Key::Z),
            UiCommand::ShowInfluencers => cmd(Key::Num1),
            UiCommand::ShowTimeline => cmd(Key::Num2),
            UiCommand::ShowBudget => cmd(Key::Num3),
            UiCommand::ShowResults => cmd(Key::Num4),
            UiCommand::Present => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F5)),
            UiCommand::ToggleTheme => None,
            UiCommand::ZoomIn => cmd(Key::Plus),
            UiCommand::ZoomOut => cmd(Key::Minus),
            UiCommand::ZoomReset => cmd(Key::Num0),
            UiCommand::KeyboardShortcuts => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            UiCommand::Quit => cmd(Key::Q),
        }
    }

    /// Further shortcuts that do the same (Ctrl+Y for redo).
    pub fn alternative_shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            UiCommand::Redo => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)),
            // Ctrl+= is Ctrl++ without Shift on most keyboards.
            UiCommand::ZoomIn => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)),
            _ => None,
        }
    }

    /// The command whose shortcut was pressed this frame, consuming the key press.
    /// Longer shortcuts are tried first so Ctrl+Shift+Z is not taken for Ctrl+Z.
    pub fn from_shortcuts(ctx: &egui::Context) -> Option<UiCommand> {
        let mut all: Vec<(KeyboardShortcut, UiCommand)> = UiCommand::ALL
            .iter()
            .flat_map(|c| {
                [c.shortcut(), c.alternative_shortcut()]
                    .into_iter()
                    .flatten()
                    .map(move |s| (s, *c))
            })
            .collect();
        all.sort_by_key(|(s, _)| {
            std::cmp::Reverse(s.modifiers.shift as u8 + s.modifiers.alt as u8)
        });
        ctx.input_mut(|input| {
            all.into_iter()
                .find(|(shortcut, _)| input.consume_shortcut(shortcut))
                .map(|(_, command)| command)
        })
    }

    /// The menu text with its shortcut, e.g. "Save\tCtrl+S", as a button.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let lang = crate::ui::kit::lang::get(ui.ctx());
        let mut button = egui::Button::new(self.text(lang));
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button)
            .on_hover_text(self.tip(lang))
            .clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Two commands on one key would make one of them unreachable (rerun has the same test).
    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: HashMap<KeyboardShortcut, UiCommand> = HashMap::new();
        for &command in UiCommand::ALL {
            for shortcut in [command.shortcut(), command.alternative_shortcut()]
                .into_iter()
                .flatten()
            {
                if let Some(other) = seen.insert(shortcut, command) {
                    panic!("{other:?} and {command:?} share {shortcut:?}");
                }
            }
        }
        assert!(seen.len() >= 10, "most commands have a shortcut");
    }

    #[test]
    fn every_command_is_in_a_menu_or_is_quit() {
        for &command in UiCommand::ALL {
            let listed = [
                UiCommand::FILE_MENU,
                UiCommand::EDIT_MENU,
                UiCommand::VIEW_MENU,
                UiCommand::HELP_MENU,
            ]
            .iter()
            .filter(|menu| menu.contains(&command))
            .count();
            let expected = usize::from(command != UiCommand::Quit);
            assert_eq!(listed, expected, "{command:?}");
        }
    }
}
