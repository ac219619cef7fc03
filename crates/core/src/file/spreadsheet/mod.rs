//! Spreadsheets in and out: importing influencers from the CSV files campaign managers
//! already keep, results from the platforms' analytics exports ([`results`]), and exporting
//! the roster as CSV.
//!
//! Importing goes in four steps, each usable on its own by the import dialog:
//! 1. [`read_table`] decodes the bytes and finds the delimiter and the header row;
//! 2. [`propose_mapping`] suggests a [`Field`] for every column (the user may change it);
//! 3. [`preview`] shows the first rows as they would be read, with per-cell problems;
//! 4. [`plan_import`] gives one undoable [`crate::model::Edit`] and an [`ImportReport`].

pub mod error;
pub mod export;
pub mod field;
pub mod into_file;
pub mod plan;
pub mod preview;
pub mod recognise;
pub mod report;
pub mod results;
mod results_field;
pub mod results_file;
pub mod row;
pub mod table;
pub mod values;

pub use error::{ImportError, ImportFileError};
pub use export::{ROSTER_COLUMNS, export_roster, roster_csv};
pub use field::{Field, describe_mapping, describe_mapping_in, propose_mapping};
pub use into_file::{FileImport, import_into_file};
pub use plan::{ImportPlan, check_mapping, plan_import};
pub use preview::{PreviewRow, preview};
pub use recognise::{map_column, propose_mapping_for};
pub use report::ImportReport;
pub use results::{ResultField, ResultsPlan, plan_results, propose_results_mapping};
pub use results_file::{ResultsFileImport, import_results_into_file, map_results_column};
pub use row::PreviewCell;
pub use table::{CsvTable, read_table};
pub use values::Unreadable;
