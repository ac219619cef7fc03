//! Rapport, the desktop app: the panels, menus and dialogs over `rapport_core`.

pub mod ui;
