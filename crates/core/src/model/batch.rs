//! Applying a batch of edits in O((n + k) log(n + k)) rather than O(n·k): approving a
//! budget of 40,000 lines, importing 10,000 influencers or deleting someone with a
//! thousand deliverables is one fast step, and so is its undo.
//!
//! The result, and the inverse edit, are exactly those of applying the edits one by one
//! (a property test compares them): a `Put` finds its record through a map of positions
//! kept for the batch, and a run of removals or insertions of one kind of record is done
//! in one pass, with a Fenwick tree working out where each record was at its turn.

use super::edit::{Edit, Record, RecordKey};
use super::id::{AnyId, Id};
use super::project::Project;
use crate::fast::{HashMap, HashSet};
use std::collections::VecDeque;

/// Counts over positions, with prefix sums and "the k-th free position" in O(log n).
struct Fenwick {
    tree: Vec<i64>,
}

impl Fenwick {
    /// `n` positions, each counting `initial`.
    fn new(n: usize, initial: i64) -> Self {
        let mut tree = vec![0; n + 1];
        if initial != 0 {
            for i in 1..=n {
                tree[i] += initial;
                let parent = i + (i & i.wrapping_neg());
                if parent <= n {
                    tree[parent] += tree[i];
                }
            }
        }
        Fenwick { tree }
    }

    /// Adds `delta` at position `i` (0-based).
    fn add(&mut self, i: usize, delta: i64) {
        let mut i = i + 1;
        while i < self.tree.len() {
            self.tree[i] += delta;
            i += i & i.wrapping_neg();
        }
    }

    /// The sum over positions before `i` (0-based, exclusive).
    fn before(&self, i: usize) -> i64 {
        let mut i = i.min(self.tree.len().saturating_sub(1));
        let mut sum = 0;
        while i > 0 {
            sum += self.tree[i];
            i -= i & i.wrapping_neg();
        }
        sum
    }

    /// The position (0-based) where the running sum first exceeds `k`: with counts of 1 for
    /// free positions, the `k`-th free one counting from 0. `None` past the end.
    fn find(&self, k: i64) -> Option<usize> {
        let n = self.tree.len() - 1;
        let mut step = n.checked_next_power_of_two()?;
        let (mut pos, mut rest) = (0usize, k);
        while step > 0 {
            let next = pos + step;
            if next <= n && self.tree[next] <= rest {
                pos = next;
                rest -= self.tree[next];
            }
            step /= 2;
        }
        (pos < n).then_some(pos)
    }
}

/// Removes the records with `ids`, in order, each the first with its id at its turn, as
/// one-by-one removals would; returns each removal's inverse in order.
fn remove_run<T, K>(
    list: &mut Vec<T>,
    ids: impl Iterator<Item = Id<K>>,
    id_of: impl Fn(&T) -> &Id<K>,
    wrap: impl Fn(T) -> Record,
) -> Vec<Edit> {
    let ids: Vec<Id<K>> = ids.collect();
    let wanted: HashSet<&Id<K>> = ids.iter().collect();
    let mut at: HashMap<Id<K>, VecDeque<usize>> = HashMap::default();
    for (i, record) in list.iter().enumerate() {
        if wanted.contains(id_of(record)) {
            at.entry(id_of(record).clone()).or_default().push_back(i);
        }
    }
    let n = list.len();
    let mut removed = Fenwick::new(n, 0);
    let mut gone = vec![false; n];
    // (position in the list as it was, position at the removal's turn), per removal.
    let plan: Vec<Option<(usize, usize)>> = ids
        .iter()
        .map(|id| {
            let p = at.get_mut(id)?.pop_front()?;
            let before = usize::try_from(removed.before(p)).unwrap_or(0);
            removed.add(p, 1);
            gone[p] = true;
            Some((p, p - before))
        })
        .collect();
    let mut taken: HashMap<usize, T> =
        HashMap::with_capacity_and_hasher(plan.len(), Default::default());
    let old = std::mem::take(list);
    list.reserve(n.saturating_sub(plan.len()));
    for (i, record) in old.into_iter().enumerate() {
        if gone[i] {
            taken.insert(i, record);
        } else {
            list.push(record);
        }
    }
    plan.into_iter()
        .map(
            |step| match step.and_then(|(p, turn)| Some((turn, taken.remove(&p)?))) {
                Some((turn, record)) => Edit::Insert(turn, wrap(record)),
                None => Edit::Batch(Vec::new()),
            },
        )
        .collect()
}

/// Inserts each `(index, record)` in order at its index (clamped to the end), as one-by-one
/// insertions would; returns each insertion's inverse in order.
fn insert_run<T, K>(
    list: &mut Vec<T>,
    inserts: Vec<(usize, T)>,
    id_of: impl Fn(&T) -> &Id<K>,
    key: impl Fn(Id<K>) -> RecordKey,
) -> Vec<Edit> {
    let n = list.len();
    let total = n + inserts.len();
    let inverses: Vec<Edit> = inserts
        .iter()
        .map(|(_, record)| Edit::Remove(key(id_of(record).clone())))
        .collect();
    // Where each inserted record ends up: the last one at its index, each earlier one at
    // the index-th slot that no later one took.
    let mut free = Fenwick::new(total, 1);
    let mut slots: Vec<Option<T>> = (0..total).map(|_| None).collect();
    for (j, (index, record)) in inserts.into_iter().enumerate().rev() {
        let index = index.min(n + j);
        let slot = free.find(index as i64).unwrap_or(total - 1);
        free.add(slot, -1);
        slots[slot] = Some(record);
    }
    let mut old = std::mem::take(list).into_iter();
    list.reserve(total);
    for slot in slots {
        match slot {
            Some(record) => list.push(record),
            None => list.extend(old.next()),
        }
    }
    list.extend(old);
    inverses
}

/// Which list of the project a run works on.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Influencer,
    Campaign,
    Deliverable,
    CostLine,
    PlanChange,
}

fn kind_of_key(key: &RecordKey) -> Kind {
    match key {
        RecordKey::Influencer(_) => Kind::Influencer,
        RecordKey::Campaign(_) => Kind::Campaign,
        RecordKey::Deliverable(_) => Kind::Deliverable,
        RecordKey::CostLine(_) => Kind::CostLine,
        RecordKey::PlanChange(_) => Kind::PlanChange,
    }
}

fn kind_of_record(record: &Record) -> Kind {
    match record {
        Record::Influencer(_) => Kind::Influencer,
        Record::Campaign(_) => Kind::Campaign,
        Record::Deliverable(_) => Kind::Deliverable,
        Record::CostLine(_) => Kind::CostLine,
        Record::PlanChange(_) => Kind::PlanChange,
    }
}

/// The id a removal names.
fn id_of_key(key: RecordKey) -> AnyId {
    match key {
        RecordKey::Influencer(id) => id.into_kind(),
        RecordKey::Campaign(id) => id.into_kind(),
        RecordKey::Deliverable(id) => id.into_kind(),
        RecordKey::CostLine(id) => id.into_kind(),
        RecordKey::PlanChange(id) => id.into_kind(),
    }
}

/// Positions by id (the first of each id) of the lists a batch has looked up so far;
/// a list's map is dropped when the list changes in a way it does not follow.
#[derive(Default)]
struct Positions {
    maps: HashMap<Kind, HashMap<AnyId, usize>>,
}

impl Positions {
    /// Replaces the record with the same id, or appends it; returns the inverse.
    fn put<T, K>(
        &mut self,
        kind: Kind,
        list: &mut Vec<T>,
        value: T,
        id_of: impl Fn(&T) -> &Id<K>,
        wrap: impl Fn(T) -> Record,
        key: impl Fn(Id<K>) -> RecordKey,
    ) -> Edit {
        let map = self.maps.entry(kind).or_insert_with(|| {
            let mut map = HashMap::with_capacity_and_hasher(list.len(), Default::default());
            for (i, record) in list.iter().enumerate() {
                map.entry(id_of(record).any()).or_insert(i);
            }
            map
        });
        let id = id_of(&value).clone();
        let found = match map.get(id.as_str()).copied() {
            Some(i) if list.get(i).is_some_and(|r| id_of(r) == &id) => Some(i),
            // Not expected (the map follows every change it is kept through), but never
            // the wrong record: search.
            Some(_) => list.iter().position(|r| id_of(r) == &id),
            None => None,
        };
        match found {
            Some(i) => Edit::Put(wrap(std::mem::replace(&mut list[i], value))),
            None => {
                map.insert(id.any(), list.len());
                list.push(value);
                Edit::Remove(key(id))
            }
        }
    }
}

/// Applies `edits` in order and returns the edit that undoes them all.
pub(super) fn apply_batch(edits: Vec<Edit>, project: &mut Project) -> Edit {
    let mut inverses: Vec<Edit> = Vec::with_capacity(edits.len());
    let mut positions = Positions::default();
    let mut edits = edits.into_iter().peekable();
    while let Some(edit) = edits.next() {
        match edit {
            Edit::Put(record) => {
                let inverse = match record {
                    Record::Influencer(r) => positions.put(
                        Kind::Influencer,
                        &mut project.influencers,
                        r,
                        |r| &r.id,
                        Record::Influencer,
                        RecordKey::Influencer,
                    ),
                    Record::Campaign(r) => positions.put(
                        Kind::Campaign,
                        &mut project.campaigns,
                        r,
                        |r| &r.id,
                        Record::Campaign,
                        RecordKey::Campaign,
                    ),
                    Record::Deliverable(r) => positions.put(
                        Kind::Deliverable,
                        &mut project.deliverables,
                        r,
                        |r| &r.id,
                        Record::Deliverable,
                        RecordKey::Deliverable,
                    ),
                    Record::CostLine(r) => positions.put(
                        Kind::CostLine,
                        &mut project.cost_lines,
                        r,
                        |r| &r.id,
                        Record::CostLine,
                        RecordKey::CostLine,
                    ),
                    Record::PlanChange(r) => positions.put(
                        Kind::PlanChange,
                        &mut project.plan_changes,
                        r,
                        |r| &r.id,
                        Record::PlanChange,
                        RecordKey::PlanChange,
                    ),
                };
                inverses.push(inverse);
            }
            Edit::Remove(first) => {
                let kind = kind_of_key(&first);
                let mut ids = vec![id_of_key(first)];
                while let Some(Edit::Remove(next)) = edits.peek() {
                    if kind_of_key(next) != kind {
                        break;
                    }
                    if let Some(Edit::Remove(next)) = edits.next() {
                        ids.push(id_of_key(next));
                    }
                }
                positions.maps.remove(&kind);
                inverses.extend(remove_of_kind(project, kind, ids));
            }
            Edit::Insert(index, first) => {
                let kind = kind_of_record(&first);
                let mut run = vec![(index, first)];
                while let Some(Edit::Insert(_, next)) = edits.peek() {
                    if kind_of_record(next) != kind {
                        break;
                    }
                    if let Some(Edit::Insert(index, next)) = edits.next() {
                        run.push((index, next));
                    }
                }
                positions.maps.remove(&kind);
                inverses.extend(insert_of_kind(project, kind, run));
            }
            other => {
                positions.maps.clear();
                inverses.push(other.apply(project));
            }
        }
    }
    inverses.reverse();
    Edit::Batch(inverses)
}

/// A run of removals from the list of `kind`.
fn remove_of_kind(project: &mut Project, kind: Kind, ids: Vec<AnyId>) -> Vec<Edit> {
    let ids = ids.into_iter();
    match kind {
        Kind::Influencer => remove_run(
            &mut project.influencers,
            ids.map(Id::into_kind),
            |r| &r.id,
            Record::Influencer,
        ),
        Kind::Campaign => remove_run(
            &mut project.campaigns,
            ids.map(Id::into_kind),
            |r| &r.id,
            Record::Campaign,
        ),
        Kind::Deliverable => remove_run(
            &mut project.deliverables,
            ids.map(Id::into_kind),
            |r| &r.id,
            Record::Deliverable,
        ),
        Kind::CostLine => remove_run(
            &mut project.cost_lines,
            ids.map(Id::into_kind),
            |r| &r.id,
            Record::CostLine,
        ),
        Kind::PlanChange => remove_run(
            &mut project.plan_changes,
            ids.map(Id::into_kind),
            |r| &r.id,
            Record::PlanChange,
        ),
    }
}

/// A run of insertions into the list of `kind`; every record of the run is of that kind.
fn insert_of_kind(project: &mut Project, kind: Kind, run: Vec<(usize, Record)>) -> Vec<Edit> {
    macro_rules! run_of {
        ($variant:ident) => {
            run.into_iter()
                .filter_map(|(i, record)| match record {
                    Record::$variant(r) => Some((i, r)),
                    _ => None,
                })
                .collect()
        };
    }
    match kind {
        Kind::Influencer => insert_run(
            &mut project.influencers,
            run_of!(Influencer),
            |r| &r.id,
            RecordKey::Influencer,
        ),
        Kind::Campaign => insert_run(
            &mut project.campaigns,
            run_of!(Campaign),
            |r| &r.id,
            RecordKey::Campaign,
        ),
        Kind::Deliverable => insert_run(
            &mut project.deliverables,
            run_of!(Deliverable),
            |r| &r.id,
            RecordKey::Deliverable,
        ),
        Kind::CostLine => insert_run(
            &mut project.cost_lines,
            run_of!(CostLine),
            |r| &r.id,
            RecordKey::CostLine,
        ),
        Kind::PlanChange => insert_run(
            &mut project.plan_changes,
            run_of!(PlanChange),
            |r| &r.id,
            RecordKey::PlanChange,
        ),
    }
}
