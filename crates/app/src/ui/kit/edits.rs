//! The queue panels put their edits in; the app applies them after the UI pass.

use rapport_core::model::Edit;

/// Edits asked for during one frame, each with the name of its undo step, and where the
/// user asked to go (a record shown in another panel).
#[derive(Debug, Default)]
pub struct EditQueue {
    items: Vec<(String, Edit)>,
    go_to: Option<rapport_core::model::AnyId>,
    draft_update: Option<rapport_core::model::InfluencerId>,
    enter_results: Option<rapport_core::model::DeliverableId>,
}

impl EditQueue {
    /// Asks for an edit, named for the Undo menu (e.g. "Rename influencer").
    pub fn push(&mut self, label: impl Into<String>, edit: Edit) {
        self.items.push((label.into(), edit));
    }

    /// Takes every queued edit, oldest first.
    pub fn drain(&mut self) -> Vec<(String, Edit)> {
        std::mem::take(&mut self.items)
    }

    /// Asks the app to show a record in the panel it lives in.
    pub fn go_to(&mut self, id: rapport_core::model::AnyId) {
        self.go_to = Some(id);
    }

    /// Takes the record the user asked to go to, if any.
    pub fn take_go_to(&mut self) -> Option<rapport_core::model::AnyId> {
        self.go_to.take()
    }

    /// Asks the app to draft an update for a creator about the changes not yet told.
    pub fn draft_update(&mut self, id: rapport_core::model::InfluencerId) {
        self.draft_update = Some(id);
    }

    /// Takes the creator an update was asked for, if any.
    pub fn take_draft_update(&mut self) -> Option<rapport_core::model::InfluencerId> {
        self.draft_update.take()
    }

    /// Asks the app to open the entry of results for a deliverable (in the Results panel).
    pub fn enter_results(&mut self, id: rapport_core::model::DeliverableId) {
        self.enter_results = Some(id);
    }

    /// Takes the deliverable whose results were asked for, if any.
    pub fn take_enter_results(&mut self) -> Option<rapport_core::model::DeliverableId> {
        self.enter_results.take()
    }

    /// True when nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// A working copy of one record being edited in a form, and the record it started from.
///
/// Text fields edit the copy; the copy is committed as one edit when a field is left.
/// When the record changes underneath (undo, another panel), the copy follows it.
#[derive(Debug, Clone)]
pub struct Draft<T> {
    base: T,
    /// The copy the form edits.
    pub value: T,
}

impl<T: Clone + PartialEq> Draft<T> {
    /// A draft of a record.
    pub fn new(record: &T) -> Self {
        Draft {
            base: record.clone(),
            value: record.clone(),
        }
    }

    /// Follows the record when it changed underneath since the draft was made; returns
    /// true when it did (forms then refresh any text derived from the record).
    pub fn sync(&mut self, record: &T) -> bool {
        let changed = &self.base != record;
        if changed {
            *self = Draft::new(record);
        }
        changed
    }

    /// The edited value when it differs from the record; the draft then counts it as the record.
    pub fn take_change(&mut self) -> Option<T> {
        (self.value != self.base).then(|| {
            self.base = self.value.clone();
            self.value.clone()
        })
    }
}
