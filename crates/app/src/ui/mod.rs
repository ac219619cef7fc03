//! The desktop app: panels, menus, dialogs. Panels read the project and queue edits;
//! the app applies them after each frame, which gives undo, redo and dirty tracking.
//!
//! `shell` is the window around the panels (the app, menus from one command list, dialogs,
//! files, import, fonts, starting the app), `kit` what every panel uses (the edit queue,
//! the read-only view, widgets, a memo cache), `influencers`, `timeline`, `budget` and
//! `results` are the four panels, and `present` the presentation mode.

mod budget;
mod influencers;
mod kit;
mod present;
pub mod results;
mod shell;
mod timeline;

// What the binary, the tests and the benchmark use; everything else is private to the app,
// so the compiler reports what nothing uses.
pub use budget::BudgetView;
pub use budget::cost_table::{CostColumn, CostTable};
pub use kit::view::View;
pub use kit::widgets::{grouped_count, short_count};
pub use present::{Presentation, SlideKind};
pub use shell::app::{PanelKind, Preferences, RapportApp};
pub use shell::autosave::Autosave;
pub use shell::compare_view::CompareView;
pub use shell::dialogs::Dialog;
pub use shell::fonts::install as install_fonts;
pub use shell::importing::{ImportKind, Importing};
pub use shell::run::run;
pub use shell::share_dialog::{Recipient, ShareDialog};
