//! Sharing from the app: writing a team or client copy (and keeping the version it was
//! made from, so that it merges three ways when it comes back), a creator's brief, and
//! opening a copy to compare.

use crate::ui::shell::app::RapportApp;
use crate::ui::shell::compare_view::CompareView;
use crate::ui::shell::dialogs::{Dialog, PathPurpose};
use crate::ui::shell::files::{Picked, pick};
use crate::ui::shell::share_dialog::{Recipient, ShareAction, ShareDialog};
use rapport_core::share::{Brief, share_copy};
use std::path::Path;

/// "1.4 MB", "820 KB".
fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

impl RapportApp {
    /// File ▸ Share a copy… (team or client) or Creator's brief….
    pub fn open_share(&mut self, recipient: Recipient) {
        let size = self
            .doc
            .path
            .as_ref()
            .and_then(|p| std::fs::metadata(p).ok())
            .map_or(0, |m| m.len());
        self.share = Some(ShareDialog::new(
            &self.doc.project,
            self.doc.path.as_deref(),
            size,
            recipient,
        ));
    }

    /// Draws the Share dialog and does what it asks.
    pub(super) fn share_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.share else {
            return;
        };
        let browse = self.native_dialogs;
        match dialog.ui(ctx, &self.doc.project, browse) {
            None => {}
            Some(ShareAction::Cancel) => self.share = None,
            Some(ShareAction::Browse) => {
                let start = std::path::PathBuf::from(dialog.path.trim());
                let picked = rfd::FileDialog::new()
                    .set_title("Where to write it")
                    .set_file_name(
                        start
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                    )
                    .save_file();
                match picked {
                    Some(path) => {
                        dialog.path = path.display().to_string();
                        dialog.path_chosen = true;
                    }
                    None => {
                        dialog.error = Some("No file was chosen (or no file dialog can be shown here): type the path above.".into());
                    }
                }
            }
            Some(ShareAction::CopyText) => {
                if let Some(brief) = dialog
                    .creator
                    .as_ref()
                    .and_then(|id| Brief::of(&self.doc.project, id, self.today))
                {
                    ctx.copy_text(brief.to_text());
                    self.status =
                        format!("{} copied as text: paste it into an email", brief.title());
                }
            }
            Some(ShareAction::Write(path)) => match self.write_share(&path) {
                Ok(message) => {
                    self.status = message;
                    self.share = None;
                }
                Err(message) => {
                    if let Some(dialog) = &mut self.share {
                        dialog.error = Some(message);
                    }
                }
            },
        }
    }

    /// Writes what the Share dialog describes to `path`; the status message, or why not.
    pub fn write_share(&mut self, path: &Path) -> Result<String, String> {
        let Some(dialog) = &self.share else {
            return Err("Nothing to share".into());
        };
        let project = &self.doc.project;
        if dialog.recipient == Recipient::Creator {
            let brief = dialog
                .creator
                .as_ref()
                .and_then(|id| Brief::of(project, id, self.today))
                .ok_or("Choose the creator the brief is for.")?;
            let text = if dialog.html {
                brief.to_html()
            } else {
                brief.to_text()
            };
            std::fs::write(path, text)
                .map_err(|e| format!("Could not write {}: {e}", path.display()))?;
            return Ok(format!("{} written to {}", brief.title(), path.display()));
        }
        let mut path = path.to_path_buf();
        let named = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if dialog.compress && !named.ends_with(".gz") {
            path.set_file_name(format!("{named}.gz"));
        }
        let options = dialog.options();
        let shared = share_copy(project, options, self.today, !self.doc.is_dirty());
        rapport_core::file::save(&shared.copy, &path, None).map_err(|e| e.to_string())?;
        // The copy is new: the backup a save keeps beside it is of no use.
        let _ = std::fs::remove_file(rapport_core::file::backup_path(&path));
        let size = std::fs::metadata(&path).map_or(0, |m| m.len());
        let kept = match &self.sent {
            Some(store) => store.keep(&shared.base_id, project).is_ok(),
            None => false,
        };
        let label = options.kind.label();
        let mut message = format!(
            "{}{} written to {} ({})",
            label[..1].to_uppercase(),
            &label[1..],
            path.display(),
            size_text(size)
        );
        if !kept {
            message.push_str("; the version it was made from could not be kept, so a merge of it will ask about every difference");
        }
        Ok(message)
    }

    /// File ▸ Compare with another copy…: asks for the file, then shows the comparison.
    pub fn compare_with(&mut self) {
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title("Compare with another copy")
                .add_filter("Rapport project", &["ron", "gz"])
                .pick_file()
        });
        match picked {
            Picked::Path(path) => self.load_compare(&path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.dialog = Some(Dialog::TypePath {
                    purpose: PathPurpose::Compare,
                    text: String::new(),
                    note: "The copy that came back (a colleague's or the client's). If no file dialog shows on this system, type its path.".into(),
                });
            }
        }
    }

    /// Reads a copy and shows how it differs from the project, ready to merge.
    pub fn load_compare(&mut self, path: &Path) {
        match rapport_core::file::open(path) {
            Ok(opened) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                let base = self.sent.as_ref().and_then(|s| s.base_of(&opened.project));
                self.compare = Some(CompareView::new(
                    name,
                    &self.doc.project,
                    opened.project,
                    base,
                ));
            }
            Err(error) => self.show_error("Could not compare", &error),
        }
    }
}

/// The strip a shared copy shows above the panels.
pub(super) fn banner_ui(ui: &mut egui::Ui, text: &str) {
    let dark = ui.visuals().dark_mode;
    let (fill, ink) = if dark {
        (
            egui::Color32::from_rgb(40, 60, 90),
            egui::Color32::from_rgb(230, 238, 250),
        )
    } else {
        (
            egui::Color32::from_rgb(222, 234, 250),
            egui::Color32::from_rgb(20, 40, 80),
        )
    };
    egui::Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(format!("🔒 {text}")).color(ink));
        });
    ui.add_space(4.0);
}

impl RapportApp {
    /// The comparison with a copy, in place of the panels.
    pub(super) fn compare_ui(&mut self, ui: &mut egui::Ui) {
        let Some(view) = &mut self.compare else {
            return;
        };
        view.refresh(self.doc.history.revision(), &self.doc.project);
        match view.ui(ui, &self.doc.project) {
            Some(crate::ui::shell::compare_view::CompareAction::Merge) => {
                let edit =
                    rapport_core::share::edit_between(&self.doc.project, &view.merged.project);
                let label = format!("Merge {}", view.name);
                let taken = view.merged.taken_from_theirs();
                let conflicts = view.merged.conflicts().count();
                self.doc.apply(&label, edit);
                self.status = format!(
                    "Merged {}: {taken} changes from theirs, {conflicts} conflicts chosen (Undo takes it back)",
                    view.name
                );
                self.compare = None;
            }
            Some(crate::ui::shell::compare_view::CompareAction::Close) => self.compare = None,
            None => {}
        }
    }
}
