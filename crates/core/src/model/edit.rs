//! Edits: the one way a project changes. Every edit, applied, returns its exact inverse,
//! which is what undo and redo are built on.

use super::campaign::Campaign;
use super::cost_line::CostLine;
use super::deliverable::Deliverable;
use super::id::{CampaignId, CostLineId, DeliverableId, Id, InfluencerId, PlanChangeId};
use super::influencer::Influencer;
use super::plan_change::PlanChange;
use super::project::{Project, ProjectInfo};

/// One whole record of a project.
// An edit holds one record at a time, so the size of the largest (an influencer) costs
// nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// An influencer.
    Influencer(Influencer),
    /// A campaign.
    Campaign(Campaign),
    /// A deliverable.
    Deliverable(Deliverable),
    /// A cost line.
    CostLine(CostLine),
    /// A plan change.
    PlanChange(PlanChange),
}

/// Which record: its kind and id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordKey {
    /// An influencer.
    Influencer(InfluencerId),
    /// A campaign.
    Campaign(CampaignId),
    /// A deliverable.
    Deliverable(DeliverableId),
    /// A cost line.
    CostLine(CostLineId),
    /// A plan change.
    PlanChange(PlanChangeId),
}

/// A change to a project. Panels describe what the user did as edits; the app applies them.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Replace the project-wide facts.
    SetInfo(ProjectInfo),
    /// Replace the record with the same id in place, or append it when it is new.
    Put(Record),
    /// Insert a record at a position (how a removal is undone, keeping the order).
    Insert(usize, Record),
    /// Remove a record.
    Remove(RecordKey),
    /// Several edits as one step, applied in order.
    Batch(Vec<Edit>),
}

impl Record {
    /// The record's kind and id.
    pub fn key(&self) -> RecordKey {
        match self {
            Record::Influencer(r) => RecordKey::Influencer(r.id.clone()),
            Record::Campaign(r) => RecordKey::Campaign(r.id.clone()),
            Record::Deliverable(r) => RecordKey::Deliverable(r.id.clone()),
            Record::CostLine(r) => RecordKey::CostLine(r.id.clone()),
            Record::PlanChange(r) => RecordKey::PlanChange(r.id.clone()),
        }
    }
}

/// Replaces-or-appends `value` in `list`; returns the inverse edit.
fn put<T: Clone, K>(
    list: &mut Vec<T>,
    value: T,
    id_of: impl Fn(&T) -> &Id<K>,
    wrap: impl Fn(T) -> Record,
    key: impl Fn(Id<K>) -> RecordKey,
) -> Edit {
    let id = id_of(&value).clone();
    match list.iter().position(|r| id_of(r) == &id) {
        Some(index) => Edit::Put(wrap(std::mem::replace(&mut list[index], value))),
        None => {
            list.push(value);
            Edit::Remove(key(id))
        }
    }
}

/// Inserts `value` at `index` (clamped to the end); returns the inverse edit.
fn insert<T, K>(
    list: &mut Vec<T>,
    index: usize,
    value: T,
    id: Id<K>,
    key: impl Fn(Id<K>) -> RecordKey,
) -> Edit {
    list.insert(index.min(list.len()), value);
    Edit::Remove(key(id))
}

/// Removes the record with `id`; returns the inverse edit (nothing when it was absent).
fn remove<T, K>(
    list: &mut Vec<T>,
    id: &Id<K>,
    id_of: impl Fn(&T) -> &Id<K>,
    wrap: impl Fn(T) -> Record,
) -> Edit {
    match list.iter().position(|r| id_of(r) == id) {
        Some(index) => Edit::Insert(index, wrap(list.remove(index))),
        None => Edit::Batch(Vec::new()),
    }
}

impl Edit {
    /// Applies the edit to a project and returns the edit that undoes it exactly.
    pub fn apply(self, project: &mut Project) -> Edit {
        match self {
            Edit::SetInfo(mut info) => {
                // Where the file came from is not the user's to edit (nor to undo).
                info.revision.clone_from(&project.info.revision);
                info.shared.clone_from(&project.info.shared);
                Edit::SetInfo(std::mem::replace(&mut project.info, info))
            }
            Edit::Put(record) => match record {
                Record::Influencer(r) => put(
                    &mut project.influencers,
                    r,
                    |r| &r.id,
                    Record::Influencer,
                    RecordKey::Influencer,
                ),
                Record::Campaign(r) => put(
                    &mut project.campaigns,
                    r,
                    |r| &r.id,
                    Record::Campaign,
                    RecordKey::Campaign,
                ),
                Record::Deliverable(r) => put(
                    &mut project.deliverables,
                    r,
                    |r| &r.id,
                    Record::Deliverable,
                    RecordKey::Deliverable,
                ),
                Record::CostLine(r) => put(
                    &mut project.cost_lines,
                    r,
                    |r| &r.id,
                    Record::CostLine,
                    RecordKey::CostLine,
                ),
                Record::PlanChange(r) => put(
                    &mut project.plan_changes,
                    r,
                    |r| &r.id,
                    Record::PlanChange,
                    RecordKey::PlanChange,
                ),
            },
            Edit::Insert(index, record) => match record {
                Record::Influencer(r) => {
                    let id = r.id.clone();
                    insert(
                        &mut project.influencers,
                        index,
                        r,
                        id,
                        RecordKey::Influencer,
                    )
                }
                Record::Campaign(r) => {
                    let id = r.id.clone();
                    insert(&mut project.campaigns, index, r, id, RecordKey::Campaign)
                }
                Record::Deliverable(r) => {
                    let id = r.id.clone();
                    insert(
                        &mut project.deliverables,
                        index,
                        r,
                        id,
                        RecordKey::Deliverable,
                    )
                }
                Record::CostLine(r) => {
                    let id = r.id.clone();
                    insert(&mut project.cost_lines, index, r, id, RecordKey::CostLine)
                }
                Record::PlanChange(r) => {
                    let id = r.id.clone();
                    insert(
                        &mut project.plan_changes,
                        index,
                        r,
                        id,
                        RecordKey::PlanChange,
                    )
                }
            },
            Edit::Remove(key) => match key {
                RecordKey::Influencer(id) => {
                    remove(&mut project.influencers, &id, |r| &r.id, Record::Influencer)
                }
                RecordKey::Campaign(id) => {
                    remove(&mut project.campaigns, &id, |r| &r.id, Record::Campaign)
                }
                RecordKey::Deliverable(id) => remove(
                    &mut project.deliverables,
                    &id,
                    |r| &r.id,
                    Record::Deliverable,
                ),
                RecordKey::CostLine(id) => {
                    remove(&mut project.cost_lines, &id, |r| &r.id, Record::CostLine)
                }
                RecordKey::PlanChange(id) => remove(
                    &mut project.plan_changes,
                    &id,
                    |r| &r.id,
                    Record::PlanChange,
                ),
            },
            Edit::Batch(edits) => super::batch::apply_batch(edits, project),
        }
    }

    /// True when it adds, removes or moves records (an insertion or a removal anywhere in
    /// it); a replacement in place keeps every record where it was. A `Put` that adds a
    /// record shows as a removal in its inverse, so ask both.
    pub fn changes_layout(&self) -> bool {
        match self {
            Edit::Insert(..) | Edit::Remove(_) => true,
            Edit::Batch(edits) => edits.iter().any(Edit::changes_layout),
            Edit::SetInfo(_) | Edit::Put(_) => false,
        }
    }

    /// True when applying it changes nothing (an empty batch).
    pub fn is_empty(&self) -> bool {
        matches!(self, Edit::Batch(edits) if edits.iter().all(Edit::is_empty))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Influencer;

    #[test]
    fn put_remove_insert_round_trip() {
        let mut project = Project::new();
        let a = Influencer::new("Ana");
        let b = Influencer::new("Björn");
        let undo_a = Edit::Put(Record::Influencer(a.clone())).apply(&mut project);
        Edit::Put(Record::Influencer(b.clone())).apply(&mut project);
        let before = project.clone();

        let undo_remove = Edit::Remove(RecordKey::Influencer(a.id.clone())).apply(&mut project);
        assert_eq!(project.influencers, vec![b.clone()]);
        undo_remove.apply(&mut project);
        assert_eq!(project, before, "removal undone at the same position");

        let mut renamed = a.clone();
        renamed.name = "Ana Lima".into();
        let undo_rename = Edit::Put(Record::Influencer(renamed)).apply(&mut project);
        assert_eq!(project.influencers[0].name, "Ana Lima");
        undo_rename.apply(&mut project);
        assert_eq!(project, before);

        assert_eq!(undo_a, Edit::Remove(RecordKey::Influencer(a.id)));
    }

    #[test]
    fn batch_inverse_runs_backwards() {
        let mut project = Project::new();
        let a = Influencer::new("Ana");
        let mut a2 = a.clone();
        a2.name = "Ana 2".into();
        let inverse = Edit::Batch(vec![
            Edit::Put(Record::Influencer(a.clone())),
            Edit::Put(Record::Influencer(a2)),
        ])
        .apply(&mut project);
        assert_eq!(project.influencers[0].name, "Ana 2");
        inverse.apply(&mut project);
        assert_eq!(project, Project::new());
    }
}
