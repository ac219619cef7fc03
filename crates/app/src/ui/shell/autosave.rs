//! Autosave: while the project has unsaved changes, it is written every so often (30 s by
//! default) to a recovery file in the app's data folder, never over the user's file, on a
//! background thread from a snapshot (a large project takes a while to write out). The
//! file goes when the work is saved, undone back to the saved state, or discarded.

use rapport_core::document::Document;
use rapport_core::recovery::Recovery;
use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How often unsaved work is written to a recovery file, unless the preferences say.
pub const EVERY: Duration = Duration::from_secs(30);

/// Writes recovery files of the open document.
#[derive(Debug)]
pub struct Autosave {
    /// Where recovery files go; `None` turns autosave off (no data folder known).
    pub store: Option<Recovery>,
    /// How often.
    pub every: Duration,
    /// The recovery file written for the open document, and the revision it holds.
    written: Option<(PathBuf, u64)>,
    /// When the project first had unsaved changes, or was last written.
    since: Option<Instant>,
    /// A write in progress.
    job: Option<JoinHandle<std::io::Result<()>>>,
}

impl Default for Autosave {
    fn default() -> Self {
        Autosave::new(None, EVERY)
    }
}

impl Autosave {
    /// Autosave into `store` every `every`.
    pub fn new(store: Option<Recovery>, every: Duration) -> Self {
        Autosave {
            store,
            every,
            written: None,
            since: None,
            job: None,
        }
    }

    /// The recovery file written for the open document, if any.
    pub fn written(&self) -> Option<&PathBuf> {
        self.written.as_ref().map(|(path, _)| path)
    }

    /// Called every frame: writes the document when its unsaved changes are due, removes
    /// the recovery file once there are none; asks for a frame when the next write is due.
    pub fn tick(&mut self, doc: &Document, repaint: Option<&egui::Context>) {
        if self.job.as_ref().is_some_and(JoinHandle::is_finished)
            && let Some(job) = self.job.take()
        {
            // A failed write is retried at the next turn; the user's file is never at risk.
            let _ = job.join();
        }
        if !doc.is_dirty() {
            self.since = None;
            self.forget();
            return;
        }
        let Some(store) = &self.store else { return };
        let now = Instant::now();
        let since = *self.since.get_or_insert(now);
        let revision = doc.history.revision();
        let current = self.written.as_ref().is_some_and(|(_, r)| *r == revision);
        let waited = now.duration_since(since);
        if current || self.job.is_some() {
            return;
        }
        if waited < self.every {
            if let Some(ctx) = repaint {
                ctx.request_repaint_after(self.every - waited);
            }
            return;
        }
        let target = store.file_for(doc.path.as_deref(), std::process::id());
        let (store, project) = (store.clone(), doc.project.clone());
        let (file, original) = (target.clone(), doc.path.clone());
        self.job = std::thread::Builder::new()
            .name("rapport-autosave".into())
            .spawn(move || store.write(&file, original.as_deref(), &project))
            .ok();
        // A document saved elsewhere since (Save As) leaves its old recovery file behind.
        if let Some((old, _)) = &self.written
            && *old != target
        {
            let _ = std::fs::remove_file(old);
        }
        self.written = Some((target, revision));
        self.since = Some(now);
    }

    /// Takes over a recovery file the document was restored from: it stays until this app
    /// has written its own (or the work is saved or discarded), so a second crash in
    /// between loses nothing.
    pub fn adopt(&mut self, path: PathBuf) {
        self.written = Some((path, u64::MAX));
    }

    /// Removes the open document's recovery file (saved, discarded or closed cleanly).
    pub fn forget(&mut self) {
        if let Some(job) = self.job.take() {
            let _ = job.join();
        }
        if let Some((path, _)) = self.written.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}
