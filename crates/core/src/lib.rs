//! Rapport's core: everything that is not drawing. `model` is the plain data, `checks` the
//! pure rules, `file` the project file and spreadsheets, `document` an open project with its
//! undo history, and `cli` the command line's logic. Nothing here depends on a GUI.

pub mod checks;
pub mod cli;
pub mod counts;
pub mod document;
pub mod export;
pub mod fast;
pub mod file;
pub mod generate;
pub mod i18n;
mod labelled;
pub mod model;
pub mod recovery;
pub mod share;
