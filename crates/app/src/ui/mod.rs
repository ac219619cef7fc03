//! The desktop app: panels, menus, dialogs. Panels read the project and queue edits;
//! the app applies them after each frame, which gives undo, redo and dirty tracking.
//!
//! `shell` is the window around the panels (the app, menus from one command list, dialogs,
//! files, import, fonts, starting the app), `kit` what every panel uses (the edit queue,
//! the read-only view, widgets, a memo cache), and `influencers`, `timeline` and `budget`
//! are the three panels.

pub mod budget;
pub mod influencers;
pub mod kit;
pub mod shell;
pub mod timeline;

pub use shell::app::{PanelKind, RapportApp};
