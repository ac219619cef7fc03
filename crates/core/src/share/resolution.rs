//! What a merge decides: the sides, the choices made for conflicts (per field, per record,
//! for all), and every difference with what was done with it.

use super::record::RecordKind;
use crate::fast::HashMap;
use crate::model::Project;

/// One of the two copies being merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The project merged into (the one open).
    Mine,
    /// The copy that came back.
    Theirs,
}

/// The choices made for conflicts: per field, per record, or for all at once (the most
/// particular applies).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolution {
    /// For every conflict not chosen otherwise.
    pub all: Option<Side>,
    /// For every conflict of one record.
    pub records: HashMap<(RecordKind, String), Side>,
    /// For one field of one record.
    pub fields: HashMap<(RecordKind, String, String), Side>,
}

impl Resolution {
    /// Nothing chosen.
    pub fn none() -> Self {
        Resolution::default()
    }

    /// One side for everything.
    pub fn all(side: Side) -> Self {
        Resolution {
            all: Some(side),
            ..Resolution::default()
        }
    }

    /// The choice for a field of a record, if any.
    pub fn choice(&self, kind: RecordKind, id: &str, path: &str) -> Option<Side> {
        self.fields
            .get(&(kind, id.to_string(), path.to_string()))
            .or_else(|| self.records.get(&(kind, id.to_string())))
            .copied()
            .or(self.all)
    }
}

/// What happened to one difference between the two copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Taken from one side by itself (the other side had not changed it).
    Taken(Side),
    /// Both added it to a history: kept.
    Union,
    /// Changed differently on both sides (or changed on one, removed on the other): a
    /// conflict, with the side chosen for it, if any.
    Conflict(Option<Side>),
}

/// One difference between the two copies and what the merge did with it.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeRow {
    /// The kind of record.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// Its name (mine, else theirs).
    pub name: String,
    /// The field (empty: the whole record, added or removed on a side).
    pub field: String,
    /// The common version's value (`None`: absent or unknown).
    pub base: Option<String>,
    /// Mine (`None`: absent).
    pub mine: Option<String>,
    /// Theirs (`None`: absent).
    pub theirs: Option<String>,
    /// What the merge did.
    pub outcome: Outcome,
}

impl MergeRow {
    /// True for a conflict.
    pub fn is_conflict(&self) -> bool {
        matches!(self.outcome, Outcome::Conflict(_))
    }
}

/// The merged project and every difference with what was done with it.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The result: mine with what the resolution and the merge took from theirs.
    pub project: Project,
    /// Every difference between mine and theirs, per kind in the file's order.
    pub rows: Vec<MergeRow>,
    /// Whether the common version was known.
    pub three_way: bool,
}

impl Merged {
    /// The conflicts.
    pub fn conflicts(&self) -> impl Iterator<Item = &MergeRow> {
        self.rows.iter().filter(|r| r.is_conflict())
    }

    /// How many conflicts have no choice yet (their field keeps mine meanwhile).
    pub fn unresolved(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.outcome == Outcome::Conflict(None))
            .count()
    }

    /// How many differences were taken from theirs (by themselves or chosen).
    pub fn taken_from_theirs(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| {
                matches!(
                    r.outcome,
                    Outcome::Taken(Side::Theirs) | Outcome::Conflict(Some(Side::Theirs))
                ) || (r.outcome == Outcome::Union && r.mine.is_none())
            })
            .count()
    }
}
