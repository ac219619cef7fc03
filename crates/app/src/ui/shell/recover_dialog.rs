//! The dialog that offers back unsaved work a crash left in recovery files.

use crate::ui::shell::app::RapportApp;
use crate::ui::shell::dialogs::Dialog;
use egui::{Id, Modal, RichText};
use rapport_core::document::Document;
use rapport_core::file::DiskStamp;
use rapport_core::recovery::RecoveryFile;

/// What was chosen for one recovery file.
enum Choice {
    Restore(usize),
    Discard(usize),
    Compare(usize),
    Later,
}

/// What the recovery file holds that its original does not, in words.
fn compare(file: &RecoveryFile) -> String {
    let Some(original) = &file.original else {
        return "A project never saved: everything in it would be lost.".to_string();
    };
    let recovered = match rapport_core::file::open(&file.path) {
        Ok(opened) => opened.project,
        Err(error) => return format!("The recovery file cannot be read: {error}"),
    };
    match rapport_core::file::open(original) {
        Ok(saved) => {
            let diff = rapport_core::model::diff::diff(&saved.project, &recovered);
            if diff.is_empty() {
                "Compared with the file on disk: no differences (it was saved since).".to_string()
            } else {
                format!("Compared with the file on disk: {diff}.")
            }
        }
        Err(_) => {
            "The original file is gone or unreadable: restoring brings the work back.".to_string()
        }
    }
}

/// When a recovery file was written, in words.
fn when(file: &RecoveryFile) -> String {
    file.written.map_or_else(
        || "at an unknown time".to_string(),
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
        Modal::new(Id::unique("recover_dialog")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("Recover unsaved work");
            ui.label(
                "Rapport closed without saving these projects. Restore one to go on where you \
                 were (it opens with its unsaved changes; your file is not changed until you \
                 save), or discard it.",
            );
            ui.add_space(6.0);
            for (i, file) in files.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(file.name()).strong());
                    ui.label(format!(
                        "written {} · {} KB",
                        when(file),
                        file.size.div_ceil(1024)
                    ));
                    if ui.button(format!("Restore {}", file.name())).clicked() {
                        choice = Some(Choice::Restore(i));
                    }
                    if ui.button(format!("Discard {}", file.name())).clicked() {
                        choice = Some(Choice::Discard(i));
                    }
                    if ui
                        .button(format!("Compare {}", file.name()))
                        .on_hover_text("What it holds that the file on disk does not")
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
                .button("Decide later")
                .on_hover_text("Keep the recovery files; they are offered again at the next start")
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
                let note = compare(&left[i]);
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
                self.status = format!("Restored the unsaved work of {}", file.name());
            }
            Err(error) => self.show_error("Could not restore the unsaved work", &error),
        }
    }
}
