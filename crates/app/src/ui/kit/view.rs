//! What every panel reads in a frame.

use chrono::NaiveDate;
use rapport_core::checks::Findings;
use rapport_core::model::{Project, ProjectIndex};

/// The read-only state a panel draws from.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The project.
    pub project: &'a Project,
    /// Where each of its records is, by id: lookups per row or per frame go through it.
    pub index: &'a ProjectIndex,
    /// Its findings as of `today`.
    pub findings: &'a Findings,
    /// The day checks run as of.
    pub today: NaiveDate,
    /// Changes whenever the project, the findings or `today` change; caches of anything
    /// that reads the findings key on it.
    pub version: u64,
    /// Changes whenever the project or `today` changes (not when findings arrive); caches
    /// of what is derived from the project alone key on it.
    pub revision: u64,
    /// Changes whenever new findings arrive (not when the project changes while they are
    /// being checked again).
    pub checked: u64,
    /// Changes whenever records are added, removed or moved (not when one is replaced in
    /// place, as most edits do): what depends only on which records exist and where, such
    /// as the index, keys on it.
    pub layout: u64,
}

/// The indices of sorted rows, reversed when the order is descending.
pub fn row_indices<T>(mut rows: Vec<(usize, T)>, descending: bool) -> Vec<usize> {
    if descending {
        rows.reverse();
    }
    rows.into_iter().map(|(index, _)| index).collect()
}
