//! Stable random string ids for every record that can be compared or merged.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable, random, human-copyable identifier such as `inf-7k2m9xq4`.
///
/// Ids never change once made, so two copies of a project edited apart can be
/// compared record by record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Id(pub String);

const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

impl Id {
    /// A new random id with a short prefix naming its kind (`inf`, `cmp`, `dlv`, `cst`, `chg`).
    pub fn new(prefix: &str) -> Self {
        let body: String = (0..8)
            .map(|_| char::from(ALPHABET[fastrand::usize(..ALPHABET.len())]))
            .collect();
        Id(format!("{prefix}-{body}"))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Self {
        Id(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_prefixed_and_distinct() {
        let a = Id::new("inf");
        let b = Id::new("inf");
        assert!(a.as_str().starts_with("inf-"));
        assert_eq!(a.as_str().len(), 12);
        assert_ne!(a, b);
    }
}
