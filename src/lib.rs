//! Rapport: a planner with a conscience for influencer-marketing campaign managers.
//!
//! `model` is the plain data, `checks` the pure rules, `file` the project file, `cli` the
//! command line and `ui` the desktop app.

pub mod checks;
pub mod cli;
pub mod file;
pub mod model;
pub mod ui;
