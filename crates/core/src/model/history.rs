//! Undo and redo over edits, and whether the project differs from what was last saved.

use super::edit::Edit;
use super::project::Project;

/// One undoable step: the edit that takes the project to the other side, and the
/// revisions on either side.
#[derive(Debug, Clone)]
struct Step {
    label: String,
    edit: Edit,
    before: u64,
    after: u64,
}

/// The undo and redo stacks of one open project.
///
/// Every state of the project has a revision number; the project is dirty when the
/// current revision is not the one last saved (so undoing back to it makes it clean).
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    current: u64,
    next: u64,
    saved: u64,
    /// Counts the steps (done, undone or redone) that added, removed or moved records.
    layout: u64,
}

/// How many steps are kept for undo.
const MAX_STEPS: usize = 1000;

impl History {
    /// An empty history of a project that is as saved.
    pub fn new() -> Self {
        History::default()
    }

    /// Changes whenever a step added, removed or moved records, and only then: positions
    /// of records (a `ProjectIndex`) stay valid while it stays the same.
    pub fn layout(&self) -> u64 {
        self.layout
    }

    fn count_layout(&mut self, moved: bool) {
        if moved {
            self.layout += 1;
        }
    }

    /// Applies an edit as one undoable step named `label` (e.g. "Rename influencer").
    /// Empty edits are ignored.
    pub fn apply(&mut self, project: &mut Project, label: &str, edit: Edit) {
        if edit.is_empty() {
            return;
        }
        let moves = edit.changes_layout();
        let inverse = edit.apply(project);
        self.count_layout(moves || inverse.changes_layout());
        self.next += 1;
        let step = Step {
            label: label.to_string(),
            edit: inverse,
            before: self.current,
            after: self.next,
        };
        self.current = self.next;
        self.undo.push(step);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Undoes the latest step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Option<String> {
        let step = self.undo.pop()?;
        self.count_layout(step.edit.changes_layout());
        let forward = step.edit.apply(project);
        self.current = step.before;
        let label = step.label.clone();
        self.redo.push(Step {
            edit: forward,
            ..step
        });
        Some(label)
    }

    /// Redoes the latest undone step; returns its label.
    pub fn redo(&mut self, project: &mut Project) -> Option<String> {
        let step = self.redo.pop()?;
        self.count_layout(step.edit.changes_layout());
        let backward = step.edit.apply(project);
        self.current = step.after;
        let label = step.label.clone();
        self.undo.push(Step {
            edit: backward,
            ..step
        });
        Some(label)
    }

    /// The label of the step Undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// The label of the step Redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// True when the project differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.current != self.saved
    }

    /// Records that the project, as it is now, has been saved.
    pub fn mark_saved(&mut self) {
        self.saved = self.current;
    }

    /// Records that the project, as it is now, is not what its file holds (a project
    /// restored from a recovery file): it stays unsaved until saved, whatever is undone.
    pub fn mark_unsaved(&mut self) {
        self.saved = u64::MAX;
    }

    /// A number that changes whenever the project changes (for caches of derived data).
    pub fn revision(&self) -> u64 {
        self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Influencer, Record};

    #[test]
    fn undo_to_saved_state_is_clean() {
        let mut project = Project::new();
        let mut history = History::new();
        assert!(!history.is_dirty());
        history.apply(
            &mut project,
            "Add",
            Edit::Put(Record::Influencer(Influencer::new("A"))),
        );
        assert!(history.is_dirty());
        history.undo(&mut project);
        assert!(!history.is_dirty());
        history.redo(&mut project);
        assert!(history.is_dirty());
        history.mark_saved();
        assert!(!history.is_dirty());
        assert_eq!(history.undo_label(), Some("Add"));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut project = Project::new();
        let mut history = History::new();
        history.apply(
            &mut project,
            "A",
            Edit::Put(Record::Influencer(Influencer::new("A"))),
        );
        history.undo(&mut project);
        assert_eq!(history.redo_label(), Some("A"));
        history.apply(
            &mut project,
            "B",
            Edit::Put(Record::Influencer(Influencer::new("B"))),
        );
        assert_eq!(history.redo_label(), None);
        // The state after B is a new revision, not the one after A.
        history.mark_saved();
        history.undo(&mut project);
        assert!(history.is_dirty());
    }
}
