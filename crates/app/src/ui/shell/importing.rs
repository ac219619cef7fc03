//! The import dialog that is open: influencers (the roster) or results.

use crate::ui::kit::edits::EditQueue;
use crate::ui::shell::import_dialog::ImportDialog;
use crate::ui::shell::results_import_dialog::ResultsImportDialog;
use rapport_core::model::Project;

/// What a spreadsheet is being imported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    /// Profiles for the roster.
    Influencers,
    /// Measured results of published deliverables.
    Results,
}

/// An open import dialog.
#[derive(Debug)]
pub enum Importing {
    /// Importing influencers.
    Influencers(Box<ImportDialog>),
    /// Importing results.
    Results(Box<ResultsImportDialog>),
}

impl Importing {
    /// Draws the dialog; returns true when it is closed.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        edits: &mut EditQueue,
    ) -> bool {
        match self {
            Importing::Influencers(dialog) => dialog.ui(ctx, project, edits),
            Importing::Results(dialog) => dialog.ui(ctx, project, revision, edits),
        }
    }
}
