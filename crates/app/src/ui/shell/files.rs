//! New, Open, Save, Save As and the "Save changes?" flow, with native file dialogs when
//! the system has them and a typed path when it does not.

use crate::ui::shell::app::RapportApp;
use crate::ui::shell::dialogs::{Dialog, PathPurpose, Pending};
use crate::ui::shell::importing::{ImportKind, Importing};
use crate::ui::shell::results_import_dialog::ResultsImportDialog;
use rapport_core::document::Document;
use rapport_core::file::FileError;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A native dialog that answers faster than this could not have been shown to a person:
/// the system has no file dialog (no desktop portal).
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(250);

/// What the native dialog said.
pub(super) enum Picked {
    /// The user chose a file.
    Path(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could be shown.
    Unavailable,
}

pub(super) fn pick(native: bool, dialog: impl FnOnce() -> Option<PathBuf>) -> Picked {
    if !native {
        return Picked::Unavailable;
    }
    let started = Instant::now();
    match dialog() {
        Some(path) => Picked::Path(path),
        None if started.elapsed() < NO_DIALOG_THRESHOLD => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

impl RapportApp {
    /// The interface's language outside a frame, for words written when something happens
    /// (status messages, dialog texts): the one View ▸ Language chose, else the system's.
    pub(crate) fn shell_lang(&self) -> rapport_core::i18n::Lang {
        crate::ui::kit::lang::chosen(self.prefs.lang.as_deref())
    }

    /// The message `id` in the interface's language (see [`RapportApp::shell_lang`]).
    pub(crate) fn shell_tr(&self, id: &str) -> String {
        rapport_core::i18n::text(self.shell_lang(), id)
    }

    /// The message `id` with `args` in the interface's language.
    pub(crate) fn shell_tr_with(
        &self,
        id: &str,
        args: &[(&str, rapport_core::i18n::FluentValue<'_>)],
    ) -> String {
        rapport_core::i18n::text_with(self.shell_lang(), id, args)
    }

    /// Why a path is typed: no file dialog could be shown (empty when none was tried).
    fn no_dialog_note(&self) -> String {
        if self.native_dialogs {
            self.shell_tr("sh-no-dialog")
        } else {
            String::new()
        }
    }

    /// Asks "Save changes?" first when there is unsaved work, then does `pending`.
    pub fn request(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.doc.is_dirty() {
            self.dialog = Some(Dialog::SaveChanges(pending));
        } else {
            self.proceed(pending, ctx);
        }
    }

    /// Does what was waiting, now that unsaved work is saved or may be dropped.
    pub(super) fn proceed(&mut self, pending: Pending, ctx: &egui::Context) {
        match pending {
            Pending::Close => {
                self.allow_close = true;
                // Saved, or given up on purpose: nothing to recover.
                self.autosave.forget();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            other => self.proceed_files(other),
        }
    }

    fn proceed_files(&mut self, pending: Pending) {
        match pending {
            Pending::New => {
                self.set_document(Document::new());
                self.status = self.shell_tr("sh-new-project");
            }
            Pending::Open(Some(path)) => self.open_path(&path),
            Pending::Open(None) => {
                let (title, filter) = (
                    self.shell_tr("sh-pick-open"),
                    self.shell_tr("sh-filter-project"),
                );
                let picked = pick(self.native_dialogs, || {
                    rfd::FileDialog::new()
                        .set_title(title)
                        .add_filter(filter, &["ron", "gz"])
                        .pick_file()
                });
                match picked {
                    Picked::Path(path) => self.open_path(&path),
                    Picked::Cancelled => {}
                    Picked::Unavailable => {
                        self.dialog = Some(Dialog::TypePath {
                            purpose: PathPurpose::Open,
                            text: String::new(),
                            note: self.no_dialog_note(),
                        });
                    }
                }
            }
            Pending::Close => {}
        }
    }

    /// Saves to the current file (Save As when there is none yet).
    pub fn save(&mut self) {
        if self.doc.path.is_none() || self.doc.read_only {
            self.save_as();
            return;
        }
        match self.doc.save() {
            Ok(()) => self.saved(),
            Err(FileError::ChangedOnDisk { .. }) => self.dialog = Some(Dialog::ChangedOnDisk),
            Err(FileError::WouldDrop { path, fields }) => {
                self.dialog = Some(Dialog::WouldDrop {
                    path,
                    own: true,
                    fields,
                });
            }
            Err(error) => {
                self.after_save = None;
                self.show_error(&self.shell_tr("sh-could-not-save"), &error);
            }
        }
    }

    /// Asks where to save, then saves there.
    pub fn save_as(&mut self) {
        let name = self.doc.file_name();
        let default = if name.ends_with(".ron") {
            name
        } else {
            format!("{}.rapport.ron", self.doc.project.info.name)
        };
        let (title, filter) = (
            self.shell_tr("sh-pick-save-as"),
            self.shell_tr("sh-filter-project"),
        );
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &["ron"])
                .set_file_name(&default)
                .save_file()
        });
        match picked {
            Picked::Path(path) => self.save_to_path(&path),
            Picked::Cancelled => self.after_save = None,
            Picked::Unavailable => {
                let start = self
                    .doc
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or(default);
                self.dialog = Some(Dialog::TypePath {
                    purpose: PathPurpose::SaveAs,
                    text: start,
                    note: self.no_dialog_note(),
                });
            }
        }
    }

    /// Saves to a path chosen by the user, then does what was waiting for the save.
    pub(super) fn save_to(&mut self, path: &Path, ctx: &egui::Context) {
        self.save_to_path(path);
        if !self.doc.is_dirty()
            && let Some(pending) = self.after_save.take()
        {
            self.proceed(pending, ctx);
        }
    }

    fn save_to_path(&mut self, path: &Path) {
        let path = with_extension(path);
        match self.doc.save_to(&path) {
            Ok(()) => {
                // The file is ours to edit now (its old lock, if any, goes with the old one).
                self.lock = rapport_core::file::lock::acquire(&path).ok();
                self.remember_recent(path);
                self.saved();
            }
            Err(FileError::WouldDrop { path, fields }) => {
                self.dialog = Some(Dialog::WouldDrop {
                    path,
                    own: false,
                    fields,
                });
            }
            Err(error) => {
                self.after_save = None;
                self.show_error(&self.shell_tr("sh-could-not-save"), &error);
            }
        }
    }

    fn saved(&mut self) {
        self.status = self.shell_tr_with(
            "sh-saved",
            &[("name", self.doc.file_name_in(self.shell_lang()).into())],
        );
    }

    pub(super) fn show_error(&mut self, title: &str, error: &FileError) {
        self.dialog = Some(Dialog::Error {
            title: title.to_string(),
            message: error.message_in(self.shell_lang()),
        });
    }
}

impl RapportApp {
    /// File ▸ Import influencers…: asks for a spreadsheet, then shows the import dialog.
    pub fn import_influencers(&mut self) {
        let (title, filter) = (
            self.shell_tr("sh-path-import-csv"),
            self.shell_tr("sh-filter-csv"),
        );
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &["csv", "tsv", "txt"])
                .pick_file()
        });
        match picked {
            Picked::Path(path) => self.load_import(&path, ImportKind::Influencers),
            Picked::Cancelled => {}
            Picked::Unavailable => self.ask_path(PathPurpose::ImportCsv, String::new()),
        }
    }

    /// File ▸ Import results…: asks for an analytics or tracker export, then shows the
    /// results import dialog.
    pub fn import_results(&mut self) {
        let (title, filter) = (
            self.shell_tr("sh-pick-import-results"),
            self.shell_tr("sh-filter-csv"),
        );
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &["csv", "tsv", "txt"])
                .pick_file()
        });
        match picked {
            Picked::Path(path) => self.load_import(&path, ImportKind::Results),
            Picked::Cancelled => {}
            Picked::Unavailable => self.ask_path(PathPurpose::ImportResults, String::new()),
        }
    }

    /// Reads a spreadsheet and opens the import dialog for `kind` on it (nothing is
    /// imported yet).
    pub fn load_import(&mut self, path: &Path, kind: ImportKind) {
        let read =
            rapport_core::file::read_regular(path, rapport_core::file::read::SPREADSHEET_LIMIT)
                .map_err(|e| {
                    self.shell_tr_with(
                        "sh-could-not-read",
                        &[
                            ("path", path.display().to_string().into()),
                            ("error", e.to_string().into()),
                        ],
                    )
                })
                .and_then(|bytes| {
                    rapport_core::file::read_table(&bytes).map_err(|e| {
                        self.shell_tr_with(
                            "imp-err-in-file",
                            &[
                                ("path", path.display().to_string().into()),
                                ("error", e.message_in(self.shell_lang()).into()),
                            ],
                        )
                    })
                });
        match read {
            Ok(table) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.import = Some(match kind {
                    ImportKind::Influencers => Importing::Influencers(Box::new(
                        crate::ui::shell::import_dialog::ImportDialog::new(name, table),
                    )),
                    ImportKind::Results => Importing::Results(Box::new(ResultsImportDialog::new(
                        name, table, self.today,
                    ))),
                });
            }
            Err(message) => {
                self.dialog = Some(Dialog::Error {
                    title: self.shell_tr("sh-could-not-import"),
                    message,
                });
            }
        }
    }

    /// File ▸ Export roster as CSV…
    pub fn export_roster(&mut self) {
        let default = self.shell_tr_with(
            "sh-roster-file",
            &[("name", self.doc.project.info.name.as_str().into())],
        );
        let (title, filter) = (
            self.shell_tr("sh-path-export-roster"),
            self.shell_tr("sh-filter-csv"),
        );
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &["csv"])
                .set_file_name(&default)
                .save_file()
        });
        match picked {
            Picked::Path(path) => self.export_roster_to(&path),
            Picked::Cancelled => {}
            Picked::Unavailable => self.ask_path(PathPurpose::ExportRoster, default),
        }
    }

    /// Writes the roster to a CSV file.
    pub fn export_roster_to(&mut self, path: &Path) {
        match rapport_core::file::export_roster(&self.doc.project, path) {
            Ok(()) => {
                self.status = self.shell_tr_with(
                    "sh-exported-roster",
                    &[
                        ("count", self.doc.project.influencers.len().into()),
                        ("path", path.display().to_string().into()),
                    ],
                )
            }
            Err(error) => self.show_error(&self.shell_tr("sh-could-not-export"), &error),
        }
    }

    fn ask_path(&mut self, purpose: PathPurpose, text: String) {
        self.dialog = Some(Dialog::TypePath {
            purpose,
            text,
            note: self.no_dialog_note(),
        });
    }
}

/// Adds `.rapport.ron` to a path typed without an extension.
fn with_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        let mut name = path.as_os_str().to_os_string();
        name.push(".rapport.ron");
        PathBuf::from(name)
    }
}
