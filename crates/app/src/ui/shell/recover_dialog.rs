//! The dialog that offers back unsaved work a crash left in recovery files.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::shell::app::RapportApp;
use crate::ui::shell::dialogs::Dialog;
use egui::{Id, Modal, RichText};
use rapport_core::document::Document;
use rapport_core::file::DiskStamp;
use rapport_core::i18n::{Lang, text, text_with};
use rapport_core::recovery::RecoveryFile;

/// What was chosen for one recovery file.
enum Choice {
    Restore(usize),
    Discard(usize),
    Compare(usize),
    Later,
}

/// What the recovery file holds that its original does not, in words of `lang`.
fn compare(file: &RecoveryFile, lang: Lang) -> String {
    let Some(original) = &file.original else {
        return text(lang, "sh-recover-never-saved");
    };
    let recovered = match rapport_core::file::open(&file.path) {
        Ok(opened) => opened.project,
        Err(error) => {
            return text_with(
                lang,
                "sh-recover-unreadable",
                &[("error", error.message_in(lang).into())],
            );
        }
    };
    match rapport_core::file::open(original) {
        Ok(saved) => {
            let diff = rapport_core::model::diff::diff(&saved.project, &recovered);
            if diff.is_empty() {
                text(lang, "sh-recover-no-diff")
            } else {
                text_with(
                    lang,
                    "sh-recover-diff",
                    &[("diff", diff.text_in(lang).into())],
                )
            }
        }
        Err(_) => text(lang, "sh-recover-original-gone"),
    }
}

/// When a recovery file was written, in words of `lang`.
fn when(file: &RecoveryFile, lang: Lang) -> String {
    file.written.map_or_else(
        || text(lang, "sh-unknown-time"),
        |t| {
            chrono::DateTime::<chrono::Local>::from(t)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}

impl RapportApp {
    /// Lists the recovery files with Restore and Discard for each.
    pub(super) fn recover_ui(
        &mut self,
        ctx: &egui::Context,
        files: Vec<RecoveryFile>,
        mut notes: Vec<(std::path::PathBuf, String)>,
        escape: bool,
    ) {
        let mut choice = None;
        let lang = crate::ui::kit::lang::get(ctx);
        Modal::new(Id::unique("recover_dialog")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(tr(ctx, "sh-recover"));
            ui.label(tr(ctx, "sh-recover-body"));
            let compare_tip = tr(ctx, "sh-compare-file-tip");
            ui.add_space(6.0);
            for (i, file) in files.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(file.name_in(crate::ui::kit::lang::get(ui.ctx()))).strong(),
                    );
                    ui.label(tr_with(
                        ctx,
                        "sh-recover-written",
                        &[
                            ("when", when(file, lang).into()),
                            ("size", file.size.div_ceil(1024).into()),
                        ],
                    ));
                    let name = file.name_in(crate::ui::kit::lang::get(ui.ctx()));
                    let name = || [("name", name.as_str().into())];
                    if ui.button(tr_with(ctx, "sh-restore", &name())).clicked() {
                        choice = Some(Choice::Restore(i));
                    }
                    if ui.button(tr_with(ctx, "sh-discard", &name())).clicked() {
                        choice = Some(Choice::Discard(i));
                    }
                    if ui
                        .button(tr_with(ctx, "sh-compare-file", &name()))
                        .on_hover_text(&compare_tip)
                        .clicked()
                    {
                        choice = Some(Choice::Compare(i));
                    }
                });
                if let Some((_, note)) = notes.iter().find(|(p, _)| *p == file.path) {
                    ui.label(note);
                }
                if let Some(original) = &file.original {
                    ui.label(RichText::new(original.display().to_string()).weak());
                }
            }
            ui.add_space(6.0);
            if ui
                .button(tr(ctx, "sh-decide-later"))
                .on_hover_text(tr(ctx, "sh-decide-later-tip"))
                .clicked()
            {
                choice = Some(Choice::Later);
            }
        });
        if escape {
            choice = Some(Choice::Later);
        }
        let mut left = files;
        match choice {
            Some(Choice::Restore(i)) if i < left.len() => {
                let file = left.remove(i);
                self.restore(&file);
            }
            Some(Choice::Discard(i)) if i < left.len() => {
                let file = left.remove(i);
                let _ = std::fs::remove_file(&file.path);
            }
            Some(Choice::Compare(i)) if i < left.len() => {
                let note = compare(&left[i], lang);
                notes.retain(|(p, _)| *p != left[i].path);
                notes.push((left[i].path.clone(), note));
            }
            Some(Choice::Later) => left.clear(),
            _ => return,
        }
        // A restore may have shown an error: keep it; else go on with the rest, if any.
        if !matches!(self.dialog, Some(Dialog::Error { .. })) {
            self.dialog = (!left.is_empty()).then_some(Dialog::Recover(left, notes));
        }
    }

    /// Opens a recovery file as the document: its original's path (when that file still
    /// exists), its changes unsaved.
    pub fn restore(&mut self, file: &RecoveryFile) {
        match Document::open(&file.path) {
            Ok(mut doc) => {
                let original = file.original.clone().filter(|p| p.exists());
                doc.stamp = original.as_deref().and_then(DiskStamp::of);
                doc.path = original;
                doc.history.mark_unsaved();
                self.set_document(doc);
                self.autosave.adopt(file.path.clone());
                self.status = self.shell_tr_with(
                    "sh-restored",
                    &[("name", file.name_in(self.shell_lang()).into())],
                );
            }
            Err(error) => self.show_error(&self.shell_tr("sh-could-not-restore"), &error),
        }
    }
}
