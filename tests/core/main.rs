//! Tests of the model, the checks, the file format and the command line (no window).

mod checks_relationship;
mod checks_timeline;
mod cli;
mod file_format;
mod hostile_files;
mod undo_redo;
