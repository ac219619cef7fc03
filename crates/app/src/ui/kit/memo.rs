//! `Memo`: a value derived from the project (a table's row order, a report, a list of
//! choices) kept until what it was computed from changes, so a frame does not recompute it.

/// A value computed for a key (usually the view version plus a table's filters), kept
/// until it is asked for with another key.
#[derive(Debug)]
pub struct Memo<K, V> {
    entry: Option<(K, V)>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo { entry: None }
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// The value for `key`, computed with `compute` only when the key changed.
    pub fn get(&mut self, key: K, compute: impl FnOnce() -> V) -> &V {
        self.get_mut(key, compute)
    }

    /// The value for `key`, mutable, computed with `compute` only when the key changed.
    pub fn get_mut(&mut self, key: K, compute: impl FnOnce() -> V) -> &mut V {
        if self.entry.as_ref().is_some_and(|(k, _)| *k != key) {
            self.entry = None;
        }
        &mut self.entry.get_or_insert_with(|| (key, compute())).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recomputes_only_when_the_key_changes() {
        let mut memo = Memo::default();
        let mut calls = 0;
        for key in [1, 1, 2, 2, 1] {
            let value = *memo.get(key, || {
                calls += 1;
                key * 10
            });
            assert_eq!(value, key * 10);
        }
        assert_eq!(calls, 3);
    }
}
