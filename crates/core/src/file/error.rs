//! Errors of reading and writing project files, in plain words with their place.

use std::path::PathBuf;

/// Why a project file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The operating system refused (missing file, no permission, disk full …).
    #[error("{}: {action}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done, e.g. "could not read".
        action: &'static str,
        /// The cause.
        source: std::io::Error,
    },
    /// The text is not a valid project file at a place in it.
    #[error("{}: line {line}, column {column}: {cause}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong there, in plain words.
        cause: String,
    },
    /// The file is some other kind of file.
    #[error("{}: this is not a Rapport project file (it does not begin with format: \"rapport\")", path.display())]
    NotAProject {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by a newer Rapport.
    #[error("{}: this file is format version {found}, made by a newer Rapport; this version reads up to {supported}. Please update Rapport", path.display())]
    TooNew {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file on disk changed since it was opened; saving would overwrite someone's work.
    #[error("{}: the file was changed on disk since it was opened (by another program or a colleague). Save under another name, or overwrite it on purpose", path.display())]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// The file has fields this version does not know, and saving would drop them.
    #[error("{}: the file has fields this version of Rapport does not know ({}); saving would drop them", path.display(), list_fields(fields))]
    WouldDrop {
        /// The file.
        path: PathBuf,
        /// Where the unknown fields are, such as `influencers.3.tiktok_shop`.
        fields: Vec<String>,
    },
    /// Writing the project out failed (should not happen with a valid project).
    #[error("could not write the project: {0}")]
    Encode(String),
}

/// The first few field paths, and how many more.
pub fn list_fields(fields: &[String]) -> String {
    let shown: Vec<&str> = fields.iter().take(5).map(String::as_str).collect();
    match fields.len().saturating_sub(shown.len()) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

impl FileError {
    /// The line and column of a syntax error, if it is one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            FileError::Syntax { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}
