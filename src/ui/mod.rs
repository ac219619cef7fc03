//! The desktop app: panels, menus, dialogs. Panels read the project and queue edits;
//! the app applies them after each frame, which gives undo, redo and dirty tracking.

pub mod app;
pub mod budget;
pub mod campaign_editor;
pub mod checklist_view;
mod chrome;
pub mod commands;
pub mod cost_change_dialog;
pub mod cost_editor;
pub mod cost_table;
pub mod deliverable_editor;
pub mod dialogs;
pub mod document;
pub mod edits;
mod files;
pub mod fonts;
pub mod gantt;
mod gantt_bar;
mod gantt_input;
pub mod gantt_rows;
pub mod import_dialog;
pub mod influencers;
pub mod payments_view;
pub mod profile;
mod profile_audience;
pub mod profile_history;
pub mod reconcile_view;
pub mod roster_filter;
pub mod run;
pub mod time_scale;
pub mod timeline;
pub mod timeline_side;
pub mod view;
pub mod widgets;

pub use app::{PanelKind, RapportApp};
pub use document::Document;
