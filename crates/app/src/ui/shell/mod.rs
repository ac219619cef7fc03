//! The window around the panels: the app state, the menus and status bar driven by one
//! command list, dialogs, opening and saving files, the import dialogs, fonts, and starting
//! the app with eframe.

pub mod app;
pub mod autosave;
mod checker;
mod chrome;
pub mod commands;
pub mod compare_view;
mod compare_words;
pub mod dialogs;
mod dispatch;
pub mod exports;
mod files;
pub mod fonts;
pub mod import_dialog;
pub mod importing;
pub mod in_use;
mod loading;
mod presenting;
mod recover_dialog;
pub mod results_import_dialog;
pub mod run;
mod share;
pub mod share_dialog;
mod shortcuts;
