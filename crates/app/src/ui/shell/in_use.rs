//! Opening a file another Rapport has open: read-only, as a copy, or taking it over
//! (product brief: a file is never edited twice at once). The lock this app holds on its
//! own file is released when another document replaces it or the app ends.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::shell::app::RapportApp;
use crate::ui::shell::dialogs::Dialog;
use crate::ui::shell::loading::Loading;
use egui::{Id, Modal};
use rapport_core::document::Document;
use rapport_core::file::lock;
use std::path::Path;

/// How a file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OpenMode {
    /// To edit and save: this app takes the lock.
    #[default]
    Edit,
    /// To read: saving asks for another name.
    ReadOnly,
    /// As a new, unsaved project with the file's content.
    Copy,
}

impl RapportApp {
    /// Opens a file; when another Rapport has it open, asks how first.
    pub fn open_path(&mut self, path: &Path) {
        if let Some(holder) = lock::holder(path) {
            self.dialog = Some(Dialog::InUse {
                path: path.to_path_buf(),
                holder: self.shell_tr_with(
                    "sh-holder",
                    &[
                        ("user", holder.user.as_str().into()),
                        ("host", holder.host.as_str().into()),
                        ("since", holder.since.as_str().into()),
                    ],
                ),
            });
            return;
        }
        self.open_with(path, OpenMode::Edit);
    }

    /// Opens a file in `mode` (a large one in the background); on error shows it and
    /// keeps the current project.
    pub fn open_with(&mut self, path: &Path, mode: OpenMode) {
        self.open_mode = mode;
        if let Some(loading) = Loading::start(path) {
            self.loading = Some(loading);
            self.status = self.shell_tr_with(
                "sh-opening-status",
                &[("path", path.display().to_string().into())],
            );
            return;
        }
        match Document::open(path) {
            Ok(doc) => {
                self.set_document(doc);
                self.finish_open();
                self.status =
                    self.shell_tr_with("sh-opened", &[("path", path.display().to_string().into())]);
            }
            Err(error) => self.show_error(&self.shell_tr("sh-could-not-open"), &error),
        }
    }

    /// Applies the open mode to the document just opened.
    pub(super) fn finish_open(&mut self) {
        match self.open_mode {
            OpenMode::Edit => {
                self.lock = self.doc.path.as_deref().and_then(|p| lock::acquire(p).ok());
            }
            OpenMode::ReadOnly => self.doc.read_only = true,
            OpenMode::Copy => {
                self.doc.path = None;
                self.doc.stamp = None;
                self.doc.history.mark_unsaved();
            }
        }
        self.open_mode = OpenMode::Edit;
    }

    /// The "already open" dialog.
    pub(super) fn in_use_ui(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        holder: &str,
        escape: bool,
    ) {
        let mut answer: Option<Option<OpenMode>> = None;
        Modal::new(Id::unique("in_use_dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            let ctx = ui.ctx().clone();
            let tr = |id: &str| tr(&ctx, id);
            ui.heading(tr("sh-in-use"));
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            ui.label(tr_with(
                &ctx,
                "sh-in-use-body",
                &[("name", name.into()), ("holder", holder.into())],
            ));
            ui.horizontal(|ui| {
                if ui
                    .button(tr("sh-open-read-only"))
                    .on_hover_text(tr("sh-open-read-only-tip"))
                    .clicked()
                {
                    answer = Some(Some(OpenMode::ReadOnly));
                }
                if ui
                    .button(tr("sh-open-copy"))
                    .on_hover_text(tr("sh-open-copy-tip"))
                    .clicked()
                {
                    answer = Some(Some(OpenMode::Copy));
                }
                if ui
                    .button(tr("sh-take-over"))
                    .on_hover_text(tr("sh-take-over-tip"))
                    .clicked()
                {
                    answer = Some(Some(OpenMode::Edit));
                }
                if ui.button(tr("sh-cancel")).clicked() {
                    answer = Some(None);
                }
            });
        });
        if escape {
            answer = Some(None);
        }
        if let Some(choice) = answer {
            self.dialog = None;
            if let Some(mode) = choice {
                self.open_with(path, mode);
            }
        }
    }
}
