//! What every panel reads in a frame, and a cache for table row orders.

use rapport_core::checks::Findings;
use rapport_core::model::Project;
use chrono::NaiveDate;

/// The read-only state a panel draws from.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The project.
    pub project: &'a Project,
    /// Its findings as of `today`.
    pub findings: &'a Findings,
    /// The day checks run as of.
    pub today: NaiveDate,
    /// Changes whenever the project, the findings or `today` change; caches key on it.
    pub version: u64,
}

/// The filtered and sorted row order of a table, recomputed only when its key (the view
/// version plus the table's own filters and sort) changes, not on every frame.
#[derive(Debug, Default)]
pub struct RowCache<K> {
    key: Option<K>,
    rows: Vec<usize>,
}

impl<K: PartialEq> RowCache<K> {
    /// The rows for `key`, computing them with `compute` when the key changed.
    pub fn get(&mut self, key: K, compute: impl FnOnce() -> Vec<usize>) -> &[usize] {
        if self.key.as_ref() != Some(&key) {
            self.rows = compute();
            self.key = Some(key);
        }
        &self.rows
    }

    /// Forgets the rows, so the next `get` recomputes them.
    pub fn clear(&mut self) {
        self.key = None;
    }
}

/// The indices of sorted rows, reversed when the order is descending.
pub fn row_indices<T>(mut rows: Vec<(usize, T)>, descending: bool) -> Vec<usize> {
    if descending {
        rows.reverse();
    }
    rows.into_iter().map(|(index, _)| index).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recomputes_only_when_the_key_changes() {
        let mut cache = RowCache::default();
        let mut calls = 0;
        for key in [1, 1, 2, 2, 1] {
            cache.get(key, || {
                calls += 1;
                vec![key]
            });
        }
        assert_eq!(calls, 3);
    }
}
