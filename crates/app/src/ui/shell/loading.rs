//! Opening a large file without a blank, frozen window: a file over a few megabytes is
//! read on a background thread while the window shows what is being opened and for how
//! long; a small one opens at once. Opening never writes to the file.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::shell::app::RapportApp;
use rapport_core::document::Document;
use rapport_core::file::FileError;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Instant;

/// Files larger than this open in the background.
const LARGE_FILE: u64 = 4_000_000;

/// A file being opened in the background.
#[derive(Debug)]
pub struct Loading {
    path: PathBuf,
    size: u64,
    started: Instant,
    done: Receiver<Result<Document, FileError>>,
}

impl Loading {
    /// Starts reading `path` on a background thread when it is large (a compressed file
    /// by what it unpacks to); `None` for a small file (or when no thread can be had), which the caller opens at once.
    pub fn start(path: &Path) -> Option<Loading> {
        let size = std::fs::metadata(path).ok()?.len();
        // A compressed project unpacks to about ten times its size.
        let gzip = std::fs::File::open(path).ok().and_then(|mut f| {
            let mut head = [0u8; 2];
            std::io::Read::read_exact(&mut f, &mut head).ok()?;
            Some(rapport_core::file::read::is_gzip(&head))
        });
        let unpacked = if gzip == Some(true) {
            size.saturating_mul(10)
        } else {
            size
        };
        if unpacked <= LARGE_FILE {
            return None;
        }
        let (send, done) = mpsc::channel();
        let owned = path.to_path_buf();
        std::thread::Builder::new()
            .name("rapport-open".into())
            .spawn(move || {
                let _ = send.send(Document::open(&owned));
            })
            .ok()?;
        Some(Loading {
            path: path.to_path_buf(),
            size,
            started: Instant::now(),
            done,
        })
    }

    /// The result once the file has been read.
    fn finished(&self) -> Option<Result<Document, FileError>> {
        match self.done.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(FileError::Io {
                path: self.path.clone(),
                action: "reading stopped unexpectedly",
                source: std::io::Error::other("the reading thread ended"),
            })),
        }
    }
}

impl RapportApp {
    /// Takes the document of a finished background open; true while one is still reading.
    pub(super) fn poll_loading(&mut self) -> bool {
        let Some(loading) = &self.loading else {
            return false;
        };
        let Some(result) = loading.finished() else {
            return true;
        };
        let path = loading.path.clone();
        self.loading = None;
        match result {
            Ok(doc) => {
                self.set_document(doc);
                self.finish_open();
                self.status =
                    self.shell_tr_with("sh-opened", &[("path", path.display().to_string().into())]);
            }
            Err(error) => self.show_error(&self.shell_tr("sh-could-not-open"), &error),
        }
        false
    }

    /// What the window shows while a large file is read.
    pub(super) fn loading_ui(&self, ui: &mut egui::Ui) {
        let Some(loading) = &self.loading else {
            return;
        };
        let name = loading.path.file_name().map_or_else(
            || loading.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() / 3.0);
            ui.spinner();
            ui.heading(tr_with(ui.ctx(), "sh-opening", &[("name", name.into())]));
            ui.label(format!(
                "{:.1} MB · {:.1} s",
                loading.size as f64 / 1e6,
                loading.started.elapsed().as_secs_f64()
            ));
            ui.label(egui::RichText::new(tr(ui.ctx(), "sh-only-read")).weak());
        });
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
    }
}
