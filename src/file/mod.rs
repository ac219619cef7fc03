//! Reading, writing and migrating project files.

pub mod disk;
pub mod error;
pub mod format;

pub use disk::{DiskStamp, Opened, backup_path, open, save};
pub use error::FileError;
pub use format::{CURRENT_VERSION, FORMAT_NAME, from_text, to_text};
