//! The app's dialogs: "Save changes?", errors, a typed path when no file dialog can be
//! shown, and a file changed on disk.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::shell::app::RapportApp;
use crate::ui::shell::importing::ImportKind;
use egui::{Id, Modal};
use std::path::PathBuf;

/// Something that would throw away unsaved work, waiting for the user's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Start a new project.
    New,
    /// Open a file (ask which when `None`).
    Open(Option<PathBuf>),
    /// Close the window.
    Close,
}

/// What a typed path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open this file.
    Open,
    /// Save to this file.
    SaveAs,
    /// Import influencers from this spreadsheet.
    ImportCsv,
    /// Import results from this export.
    ImportResults,
    /// Export the roster to this spreadsheet.
    ExportRoster,
    /// Compare the project with this copy.
    Compare,
    /// Write an export (deliverables, costs or calendar) to this file.
    Export(crate::ui::shell::exports::ExportKind),
}

/// An open dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// Something went wrong; nothing was changed.
    Error {
        /// What was being done.
        title: String,
        /// The cause in plain words.
        message: String,
    },
    /// "Save changes?" before something throws them away.
    SaveChanges(Pending),
    /// Type a file path (no native file dialog, or by choice).
    TypePath {
        /// Open or save.
        purpose: PathPurpose,
        /// The path typed so far.
        text: String,
        /// Why the user is asked to type.
        note: String,
    },
    /// The file changed on disk since it was opened.
    ChangedOnDisk,
    /// The file to open is open in another Rapport.
    InUse {
        /// The file.
        path: PathBuf,
        /// Who has it open, in words.
        holder: String,
    },
    /// Unsaved work a crash left in recovery files, offered back at start, with what
    /// "Compare" found for each file compared so far (by recovery file).
    Recover(
        Vec<rapport_core::recovery::RecoveryFile>,
        Vec<(PathBuf, String)>,
    ),
    /// Saving would drop fields of the file this version does not know.
    WouldDrop {
        /// Where the save was going.
        path: PathBuf,
        /// The save was to the document's own file (else Save As or overwrite).
        own: bool,
        /// The unknown fields, such as `influencers.3.tiktok_shop`.
        fields: Vec<String>,
    },
}

impl RapportApp {
    /// Draws the open dialog, if any, and acts on the answer.
    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        let tr = |id: &str| tr(ctx, id);
        let name = || {
            [(
                "name",
                self.doc.file_name_in(crate::ui::kit::lang::get(ctx)).into(),
            )]
        };
        match dialog {
            Dialog::Error { title, message } => {
                let close = Modal::new(Id::unique("error_dialog"))
                    .show(ctx, |ui| {
                        ui.set_max_width(520.0);
                        ui.heading(&title);
                        ui.label(&message);
                        ui.add_space(8.0);
                        ui.label(tr("sh-not-changed"));
                        ui.button(tr("sh-ok")).clicked()
                    })
                    .inner;
                if close || escape {
                    self.dialog = None;
                }
            }
            Dialog::SaveChanges(pending) => {
                let mut answer = None;
                Modal::new(Id::unique("save_changes_dialog")).show(ctx, |ui| {
                    ui.set_max_width(460.0);
                    ui.heading(tr("sh-save-changes"));
                    ui.label(tr_with(ctx, "sh-save-changes-body", &name()));
                    ui.add_space(8.0);
                    answer = Answer::buttons_ui(
                        ui,
                        [tr("sh-save"), tr("sh-dont-save"), tr("sh-cancel")],
                    );
                });
                if escape {
                    answer = Some(Answer::Cancel);
                }
                match answer {
                    Some(Answer::Save) => {
                        self.dialog = None;
                        self.after_save = Some(pending);
                        self.save();
                        if !self.doc.is_dirty()
                            && let Some(pending) = self.after_save.take()
                        {
                            self.proceed(pending, ctx);
                        }
                    }
                    Some(Answer::Discard) => {
                        self.dialog = None;
                        self.proceed(pending, ctx);
                    }
                    Some(Answer::Cancel) => self.dialog = None,
                    None => {}
                }
            }
            Dialog::TypePath {
                purpose,
                mut text,
                note,
            } => {
                let mut answer = None;
                Modal::new(Id::unique("type_path_dialog")).show(ctx, |ui| {
                    ui.set_min_width(480.0);
                    ui.heading(match purpose {
                        PathPurpose::Open => tr("sh-path-open"),
                        PathPurpose::SaveAs => tr("sh-path-save-as"),
                        PathPurpose::ImportCsv => tr("sh-path-import-csv"),
                        PathPurpose::ImportResults => tr("sh-path-import-results"),
                        PathPurpose::ExportRoster => tr("sh-path-export-roster"),
                        PathPurpose::Compare => tr("sh-path-compare"),
                        PathPurpose::Export(kind) => kind.title_in(crate::ui::kit::lang::get(ctx)),
                    });
                    if !note.is_empty() {
                        ui.label(&note);
                    }
                    let label = ui.label(tr("sh-path-label"));
                    let field = ui
                        .add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
                        .labelled_by(label.id);
                    // The field takes the keyboard once, when the dialog opens, even when
                    // it starts with a path to edit.
                    let opened = Id::unique("type_path_dialog_focused");
                    if ui.data(|d| d.get_temp::<bool>(opened)).is_none() {
                        field.request_focus();
                        ui.data_mut(|d| d.insert_temp(opened, true));
                    }
                    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        let verb = match purpose {
                            PathPurpose::Open
                            | PathPurpose::ImportCsv
                            | PathPurpose::ImportResults => tr("sh-open"),
                            PathPurpose::Compare => tr("sh-compare"),
                            PathPurpose::SaveAs
                            | PathPurpose::ExportRoster
                            | PathPurpose::Export(_) => tr("sh-save"),
                        };
                        if ui.button(verb).clicked() || enter {
                            answer = Some(true);
                        }
                        if ui.button(tr("sh-cancel")).clicked() {
                            answer = Some(false);
                        }
                    });
                });
                if escape {
                    answer = Some(false);
                }
                if answer.is_some() {
                    ctx.data_mut(|d| d.remove::<bool>(Id::unique("type_path_dialog_focused")));
                }
                match answer {
                    Some(true) if !text.trim().is_empty() => {
                        self.dialog = None;
                        let path = PathBuf::from(text.trim());
                        match purpose {
                            PathPurpose::Open => self.open_path(&path),
                            PathPurpose::SaveAs => self.save_to(&path, ctx),
                            PathPurpose::ImportCsv => {
                                self.load_import(&path, ImportKind::Influencers)
                            }
                            PathPurpose::ImportResults => {
                                self.load_import(&path, ImportKind::Results)
                            }
                            PathPurpose::ExportRoster => self.export_roster_to(&path),
                            PathPurpose::Compare => self.load_compare(&path),
                            PathPurpose::Export(kind) => self.export_to(kind, &path),
                        }
                    }
                    Some(false) => {
                        self.dialog = None;
                        self.after_save = None;
                    }
                    _ => {
                        self.dialog = Some(Dialog::TypePath {
                            purpose,
                            text,
                            note,
                        });
                    }
                }
            }
            Dialog::ChangedOnDisk => {
                let mut answer = None;
                Modal::new(Id::unique("changed_on_disk_dialog")).show(ctx, |ui| {
                    ui.set_max_width(480.0);
                    ui.heading(tr("sh-changed-on-disk"));
                    ui.label(tr_with(ctx, "sh-changed-on-disk-body", &name()));
                    answer = Answer::buttons_ui(
                        ui,
                        [tr("sh-save-as"), tr("sh-overwrite"), tr("sh-cancel")],
                    );
                });
                if escape {
                    answer = Some(Answer::Cancel);
                }
                match answer {
                    Some(Answer::Save) => {
                        self.dialog = None;
                        self.save_as();
                    }
                    Some(Answer::Discard) => {
                        self.dialog = None;
                        if let Some(path) = self.doc.path.clone() {
                            self.save_to(&path, ctx);
                        }
                    }
                    Some(Answer::Cancel) => {
                        self.dialog = None;
                        self.after_save = None;
                    }
                    None => {}
                }
            }
            Dialog::Recover(files, notes) => self.recover_ui(ctx, files, notes, escape),
            Dialog::InUse { path, holder } => self.in_use_ui(ctx, &path, &holder, escape),
            Dialog::WouldDrop { path, own, fields } => {
                let mut answer = None;
                Modal::new(Id::unique("would_drop_dialog")).show(ctx, |ui| {
                    ui.set_max_width(520.0);
                    ui.heading(tr("sh-would-drop"));
                    let [(_, file)] = name();
                    ui.label(tr_with(
                        ctx,
                        "sh-would-drop-body",
                        &[
                            ("name", file),
                            (
                                "fields",
                                rapport_core::i18n::first_few(
                                    crate::ui::kit::lang::get(ctx),
                                    &fields,
                                    5,
                                )
                                .into(),
                            ),
                        ],
                    ));
                    ui.label(tr("sh-would-drop-keep"));
                    answer = Answer::buttons_ui(
                        ui,
                        [tr("sh-save-as"), tr("sh-save-without"), tr("sh-cancel")],
                    );
                });
                if escape {
                    answer = Some(Answer::Cancel);
                }
                match answer {
                    Some(Answer::Save) => {
                        self.dialog = None;
                        self.doc.drop_unknown = true;
                        self.save_as();
                    }
                    Some(Answer::Discard) => {
                        self.dialog = None;
                        self.doc.drop_unknown = true;
                        if own {
                            self.save();
                        } else {
                            self.save_to(&path, ctx);
                        }
                    }
                    Some(Answer::Cancel) => {
                        self.dialog = None;
                        self.after_save = None;
                    }
                    None => {}
                }
            }
        }
    }
}

/// The three answers of a three-button dialog.
#[derive(Debug, Clone, Copy)]
enum Answer {
    Save,
    Discard,
    Cancel,
}

impl Answer {
    /// A row of three buttons (save, discard, cancel, with the dialog's own words);
    /// returns the one clicked.
    fn buttons_ui(ui: &mut egui::Ui, labels: [String; 3]) -> Option<Answer> {
        ui.horizontal(|ui| {
            let mut answer = None;
            for (label, meaning) in
                labels
                    .into_iter()
                    .zip([Answer::Save, Answer::Discard, Answer::Cancel])
            {
                if ui.button(label).clicked() {
                    answer = Some(meaning);
                }
            }
            answer
        })
        .inner
    }
}
