//! Tests of the model, the checks, the file format and the command line (no window).
// Test helpers may unwrap: a panic here is a failing test, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod batch_edits;
mod budget_edits;
mod budget_report;
mod checks_budget;
mod checks_budget_more;
mod checks_integrity;
mod checks_parallel;
mod checks_relationship;
mod checks_results;
mod checks_timeline;
mod checks_timeline_more;
mod cli;
mod cli_budget;
mod cli_results;
mod cli_share;
mod cli_spreadsheet;
mod cli_timeline;
mod export_csv;
mod export_page;
mod export_plan;
mod file_format;
mod hostile_files;
mod hostile_projects;
mod import_csv;
mod import_hostile;
mod import_results;
mod merge;
mod overview;
mod plan_changes;
mod results;
mod share;
mod undo_redo;
