//! Sharing from the app: writing a team or client copy (and keeping the version it was
//! made from, so that it merges three ways when it comes back), a creator's brief, and
//! opening a copy to compare.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::shell::app::RapportApp;
use crate::ui::shell::compare_view::CompareView;
use crate::ui::shell::dialogs::{Dialog, PathPurpose};
use crate::ui::shell::files::{Picked, pick};
use crate::ui::shell::share_dialog::{Recipient, ShareAction, ShareDialog};
use rapport_core::i18n::{Lang, text, text_with};
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
    /// The language chosen for the interface (what the frame speaks), for messages made
    /// outside a frame's drawing.
    fn sharing_lang(&self) -> Lang {
        crate::ui::kit::lang::chosen(self.prefs.lang.as_deref())
    }

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
            self.sharing_lang(),
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
                    .set_title(tr(ctx, "sg-share-browse-title"))
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
                        dialog.error = Some(tr(ctx, "sg-share-no-file-chosen"));
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
                        tr_with(ctx, "sg-share-copied", &[("title", brief.title().into())]);
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
        let lang = self.sharing_lang();
        let Some(dialog) = &self.share else {
            return Err(text(lang, "sg-share-nothing"));
        };
        let project = &self.doc.project;
        if dialog.recipient == Recipient::Creator {
            let brief = dialog
                .creator
                .as_ref()
                .and_then(|id| Brief::of(project, id, self.today))
                .ok_or_else(|| text(lang, "sg-share-choose-creator"))?;
            let text = if dialog.html {
                brief.to_html()
            } else {
                brief.to_text()
            };
            let shown = path.display().to_string();
            std::fs::write(path, text).map_err(|e| {
                text_with(
                    lang,
                    "sg-share-could-not-write",
                    &[
                        ("path", shown.as_str().into()),
                        ("error", e.to_string().into()),
                    ],
                )
            })?;
            return Ok(text_with(
                lang,
                "sg-share-brief-written",
                &[("title", brief.title().into()), ("path", shown.into())],
            ));
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
        let mut message = text_with(
            lang,
            "sg-share-copy-written",
            &[
                ("kind", kind_key(options.kind).into()),
                ("path", path.display().to_string().into()),
                ("size", size_text(size).into()),
            ],
        );
        if !kept {
            message.push_str(&text(lang, "sg-share-base-not-kept"));
        }
        Ok(message)
    }

    /// File ▸ Compare with another copy…: asks for the file, then shows the comparison.
    pub fn compare_with(&mut self) {
        let lang = self.sharing_lang();
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title(text(lang, "sg-compare-pick-title"))
                .add_filter(text(lang, "sg-filter-rapport-project"), &["ron", "gz"])
                .pick_file()
        });
        match picked {
            Picked::Path(path) => self.load_compare(&path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.dialog = Some(Dialog::TypePath {
                    purpose: PathPurpose::Compare,
                    text: String::new(),
                    note: text(lang, "sg-compare-type-path-note"),
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
            Err(error) => {
                let title = text(self.sharing_lang(), "sg-compare-error-title");
                self.show_error(&title, &error);
            }
        }
    }
}

/// The key of a copy's kind in the messages (`$kind`).
fn kind_key(kind: rapport_core::model::ShareKind) -> &'static str {
    match kind {
        rapport_core::model::ShareKind::Client => "client",
        rapport_core::model::ShareKind::Team => "team",
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
                let ctx = ui.ctx();
                let name = || view.name.as_str().into();
                let label = tr_with(ctx, "sg-undo-merge", &[("name", name())]);
                let taken = view.merged.taken_from_theirs();
                let conflicts = view.merged.conflicts().count();
                self.doc.apply(&label, edit);
                self.status = tr_with(
                    ctx,
                    "sg-compare-merged",
                    &[
                        ("name", name()),
                        ("taken", taken.into()),
                        ("conflicts", conflicts.into()),
                    ],
                );
                self.compare = None;
            }
            Some(crate::ui::shell::compare_view::CompareAction::Close) => self.compare = None,
            None => {}
        }
    }
}
