//! Errors of reading and writing project files, in plain words with their place.

use std::path::{Path, PathBuf};

/// Why a project file could not be read or written. It is written out in plain words, in
/// English by `Display` or in the interface's language by `message_in`, from the `.ftl`
/// files.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The operating system refused (missing file, no permission, disk full …).
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done, e.g. "could not read".
        action: &'static str,
        /// The cause.
        source: std::io::Error,
    },
    /// The text is not a valid project file at a place in it.
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong there, in plain English words (`words` written out in English).
        cause: String,
        /// What is wrong there, in words of any language.
        words: crate::i18n::Text,
    },
    /// The file is some other kind of file.
    NotAProject {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by a newer Rapport.
    TooNew {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file on disk changed since it was opened; saving would overwrite someone's work.
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// The file has fields this version does not know, and saving would drop them.
    WouldDrop {
        /// The file.
        path: PathBuf,
        /// Where the unknown fields are, such as `influencers.3.tiktok_shop`.
        fields: Vec<String>,
    },
    /// Writing the project out failed (should not happen with a valid project).
    Encode(String),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(crate::i18n::Lang::En))
    }
}

impl FileError {
    /// A syntax error of `path` at `line` and `column` (from 1): what is wrong there is
    /// `words`, and `cause` is they in English.
    pub fn syntax(path: &Path, line: usize, column: usize, words: crate::i18n::Text) -> Self {
        FileError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            cause: words.en(),
            words,
        }
    }

    /// The line and column of a syntax error, if it is one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            FileError::Syntax { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}
