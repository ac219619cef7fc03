//! Reading, writing and migrating project files, and spreadsheets in and out.

pub mod disk;
pub mod error;
mod error_words;
pub mod format;
pub mod lock;
pub mod read;
pub mod spreadsheet;

pub use disk::{DiskStamp, Opened, backup_path, open, save};
pub use error::FileError;
pub use format::{CURRENT_VERSION, FORMAT_NAME, ReadProject, from_text, read_text, to_text};
pub use read::read_regular;
pub use spreadsheet::{
    CsvTable, Field, ImportError, ImportPlan, ImportReport, PreviewCell, PreviewRow,
    ROSTER_COLUMNS, check_mapping, export_roster, plan_import, preview, propose_mapping,
    read_table, roster_csv,
};
