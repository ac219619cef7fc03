//! The copies Rapport shared, kept in its data folder: when a copy comes back, the
//! version it was made from is found here by the id the copy carries, and the merge is
//! three-way without the user's help.

use crate::file::{self, FileError};
use crate::model::Project;
use std::path::{Path, PathBuf};

/// The folder of kept versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentCopies {
    dir: PathBuf,
}

impl SentCopies {
    /// Kept versions in `dir` (created when first written).
    pub fn new(dir: PathBuf) -> Self {
        SentCopies { dir }
    }

    /// The folder: `RAPPORT_SENT_DIR` when set, else `sent` in the app's data folder (see
    /// [`crate::recovery::app_data_dir`]). `None` when no home folder is known.
    pub fn default_dir() -> Option<PathBuf> {
        match std::env::var_os("RAPPORT_SENT_DIR").filter(|v| !v.is_empty()) {
            Some(dir) => Some(PathBuf::from(dir)),
            None => crate::recovery::app_data_dir().map(|d| d.join("sent")),
        }
    }

    /// The store in the default folder, if there is one.
    pub fn default_store() -> Option<SentCopies> {
        SentCopies::default_dir().map(SentCopies::new)
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file a version is kept in, when `id` is one Rapport makes (letters, digits and
    /// `-` only: an id read from someone's file never names a path elsewhere).
    fn file(&self, id: &str) -> Option<PathBuf> {
        let plain = !id.is_empty()
            && id.len() <= 64
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        plain.then(|| self.dir.join(format!("{id}.rapport.ron.gz")))
    }

    /// Keeps `project` as the version `id` (compressed).
    pub fn keep(&self, id: &str, project: &Project) -> Result<PathBuf, FileError> {
        let path = self.file(id).ok_or_else(|| FileError::Io {
            path: self.dir.clone(),
            action: "a kept copy needs a plain id",
            source: std::io::Error::from(std::io::ErrorKind::InvalidInput),
        })?;
        std::fs::create_dir_all(&self.dir).map_err(|source| FileError::Io {
            path: self.dir.clone(),
            action: "could not create the folder of shared copies",
            source,
        })?;
        file::save(project, &path, None)?;
        // The backup a save keeps is of no use here.
        let _ = std::fs::remove_file(file::backup_path(&path));
        Ok(path)
    }

    /// The version `id`, if it was kept and still reads.
    pub fn find(&self, id: &str) -> Option<Project> {
        let path = self.file(id)?;
        file::open(&path).ok().map(|opened| opened.project)
    }

    /// The version a shared copy was made from, if it was kept here.
    pub fn base_of(&self, copy: &Project) -> Option<Project> {
        let id = copy.info.shared.as_ref()?.base.as_ref()?;
        self.find(id)
    }
}
