//! Compare two copies of a project: every difference by stable id, per kind of record,
//! field by field (old → new), and the records only one of them has.

use super::record::{Keyed, RecordKind, info_tree, tree};
use super::tree::{Leaf, leaves, render};
use crate::fast::HashMap;
use crate::model::Project;
use serde::Serialize;

/// How a record differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Only in the newer copy.
    Added,
    /// Only in the older copy.
    Removed,
    /// In both, with a field that differs.
    Changed,
}

impl Change {
    /// "added", "removed", "changed".
    pub fn label(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
        }
    }
}

/// One difference: a record added or removed, or one field of a record changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// The kind of record (`influencer`, `cost_line`…; `project` for its facts).
    #[serde(serialize_with = "kind_key")]
    pub kind: RecordKind,
    /// The record's id (`project` for the project's facts).
    pub id: String,
    /// The record's name (the newer one's when it changed).
    pub name: String,
    /// Added, removed or changed.
    pub change: Change,
    /// The field's path for a change (`handles[Instagram].followers`); `None` for a record
    /// added or removed.
    pub field: Option<String>,
    /// The older value (`None` when there was none).
    pub old: Option<String>,
    /// The newer value.
    pub new: Option<String>,
}

fn kind_key<S: serde::Serializer>(kind: &RecordKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.key())
}

/// Leaves as differences of one record.
fn changed(kind: RecordKind, id: &str, name: &str, found: Vec<Leaf>, out: &mut Vec<Difference>) {
    for leaf in found {
        out.push(Difference {
            kind,
            id: id.to_string(),
            name: name.to_string(),
            change: Change::Changed,
            field: Some(leaf.path),
            old: leaf.mine.as_ref().map(render),
            new: leaf.theirs.as_ref().map(render),
        });
    }
}

/// The differences of one kind of record, in the newer copy's order (removed ones last).
fn kind<T: Keyed>(older: &Project, newer: &Project, out: &mut Vec<Difference>) {
    let before: HashMap<&str, &T> = T::of(older).iter().rev().map(|r| (r.key(), r)).collect();
    let after: HashMap<&str, &T> = T::of(newer).iter().rev().map(|r| (r.key(), r)).collect();
    let mut seen = crate::fast::HashSet::default();
    for record in T::of(newer) {
        if !seen.insert(record.key()) {
            continue;
        }
        match before.get(record.key()) {
            None => out.push(Difference {
                kind: T::KIND,
                id: record.key().to_string(),
                name: record.name(),
                change: Change::Added,
                field: None,
                old: None,
                new: Some(record.name()),
            }),
            Some(old) if *old != record => {
                let mut found = Vec::new();
                leaves(
                    "",
                    "",
                    None,
                    Some(&tree(*old)),
                    Some(&tree(record)),
                    &mut found,
                );
                changed(T::KIND, record.key(), &record.name(), found, out);
            }
            Some(_) => {}
        }
    }
    let mut gone = crate::fast::HashSet::default();
    for record in T::of(older) {
        if !after.contains_key(record.key()) && gone.insert(record.key()) {
            out.push(Difference {
                kind: T::KIND,
                id: record.key().to_string(),
                name: record.name(),
                change: Change::Removed,
                field: None,
                old: Some(record.name()),
                new: None,
            });
        }
    }
}

/// Every difference from `older` to `newer`, per kind in the file's order: the project's
/// facts, influencers, campaigns, deliverables, cost lines, plan changes. Records are
/// matched by id (the first of a repeated id); where a file came from (its revision, what
/// it was shared as) is not compared. Linear in the records; only records that differ are
/// walked field by field.
pub fn compare(older: &Project, newer: &Project) -> Vec<Difference> {
    let mut out = Vec::new();
    let (a, b) = (info_tree(&older.info), info_tree(&newer.info));
    if a != b {
        let mut found = Vec::new();
        leaves("", "", None, Some(&a), Some(&b), &mut found);
        changed(
            RecordKind::Project,
            "project",
            &newer.info.name,
            found,
            &mut out,
        );
    }
    kind::<crate::model::Influencer>(older, newer, &mut out);
    kind::<crate::model::Campaign>(older, newer, &mut out);
    kind::<crate::model::Deliverable>(older, newer, &mut out);
    kind::<crate::model::CostLine>(older, newer, &mut out);
    kind::<crate::model::PlanChange>(older, newer, &mut out);
    out
}
