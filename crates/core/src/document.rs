//! The open project: the data, where it lives on disk, and its undo history.
//! No drawing here, so every flow can be tested without a window.

use crate::file::{self, DiskStamp, FileError};
use crate::i18n::{Lang, text};
use crate::model::{Edit, History, Project, Revision};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One open project file.
#[derive(Debug, Default)]
pub struct Document {
    /// The project as edited. Shared, so that the checks can run on a snapshot in the
    /// background while editing goes on (an edit copies it only while one still runs).
    pub project: Arc<Project>,
    /// Where it is saved; `None` for a new project not saved yet.
    pub path: Option<PathBuf>,
    /// The file as it was when last read or written, to notice changes made elsewhere.
    pub stamp: Option<DiskStamp>,
    /// Undo and redo; also tells whether there are unsaved changes.
    pub history: History,
    /// Fields of the file this version does not know (see [`file::Opened::unknown`]):
    /// while there are any, saving refuses with [`FileError::WouldDrop`] unless
    /// `drop_unknown` says the user agreed to lose them.
    pub unknown_fields: Vec<String>,
    /// The user agreed that saving drops `unknown_fields`.
    pub drop_unknown: bool,
    /// Opened read-only (someone else has the file open): [`Document::save`] refuses;
    /// Save As makes a copy.
    pub read_only: bool,
}

impl Document {
    /// A new, empty, unsaved project.
    pub fn new() -> Self {
        Document::default()
    }

    /// Opens a project file. On error nothing is changed anywhere.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        let opened = file::open(path)?;
        Ok(Document {
            project: Arc::new(opened.project),
            path: Some(path.to_path_buf()),
            stamp: opened.stamp,
            history: History::new(),
            unknown_fields: opened.unknown,
            drop_unknown: false,
            read_only: false,
        })
    }

    /// Refuses to write while fields the user has not agreed to lose would be dropped.
    fn may_drop(&self, path: &Path) -> Result<(), FileError> {
        if self.unknown_fields.is_empty() || self.drop_unknown {
            Ok(())
        } else {
            Err(FileError::WouldDrop {
                path: path.to_path_buf(),
                fields: self.unknown_fields.clone(),
            })
        }
    }

    /// Saves to the file it came from. Fails with [`FileError::ChangedOnDisk`] when the
    /// file was changed by someone else since; see [`Document::save_to`] to overwrite anyway.
    pub fn save(&mut self) -> Result<(), FileError> {
        let Some(path) = self.path.clone() else {
            return Err(FileError::Io {
                path: PathBuf::new(),
                action: "the project has no file yet; use Save As",
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        };
        if self.read_only {
            return Err(FileError::Io {
                path,
                action: "the file was opened read-only; use Save As to keep a copy",
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            });
        }
        self.may_drop(&path)?;
        let previous = self.stamp_revision();
        let stamp = file::save(&self.project, &path, self.stamp)
            .inspect_err(|_| self.unstamp_revision(previous))?;
        self.stamp = Some(stamp);
        self.history.mark_saved();
        self.unknown_fields.clear();
        Ok(())
    }

    /// Saves to `path` (Save As, or overwriting on purpose) and makes it the document's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), FileError> {
        self.may_drop(path)?;
        let previous = self.stamp_revision();
        let stamp = file::save(&self.project, path, None)
            .inspect_err(|_| self.unstamp_revision(previous))?;
        self.path = Some(path.to_path_buf());
        self.stamp = Some(stamp);
        self.history.mark_saved();
        self.unknown_fields.clear();
        self.read_only = false;
        Ok(())
    }

    /// Gives the project a new revision (its parent the current one) before a save;
    /// returns the one it had.
    fn stamp_revision(&mut self) -> Option<Revision> {
        let info = &mut Arc::make_mut(&mut self.project).info;
        let next = Revision::after(info.revision.as_ref());
        info.revision.replace(next)
    }

    /// Puts back the revision a failed save replaced.
    fn unstamp_revision(&mut self, previous: Option<Revision>) {
        Arc::make_mut(&mut self.project).info.revision = previous;
    }

    /// Applies an edit as one undoable step.
    pub fn apply(&mut self, label: &str, edit: Edit) {
        self.history
            .apply(Arc::make_mut(&mut self.project), label, edit);
    }

    /// Undoes the latest step.
    pub fn undo(&mut self) -> Option<String> {
        // Nothing to undo: do not copy a project a background check is reading.
        self.history.undo_label()?;
        self.history.undo(Arc::make_mut(&mut self.project))
    }

    /// Redoes the latest undone step.
    pub fn redo(&mut self) -> Option<String> {
        self.history.redo_label()?;
        self.history.redo(Arc::make_mut(&mut self.project))
    }

    /// True when there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The file name, or "Untitled" for a new project.
    pub fn file_name(&self) -> String {
        self.file_name_in(Lang::En)
    }

    /// The file name, or "Untitled" / "未命名" in `lang` for a new project.
    pub fn file_name_in(&self, lang: Lang) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || text(lang, "doc-untitled"),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The window title: file name, a mark while unsaved, and the app name.
    pub fn title(&self) -> String {
        self.title_in(Lang::En)
    }

    /// The window title in `lang`.
    pub fn title_in(&self, lang: Lang) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        let read_only = if self.read_only {
            text(lang, "doc-read-only")
        } else {
            String::new()
        };
        format!("{mark}{}{read_only} — Rapport", self.file_name_in(lang))
    }
}
