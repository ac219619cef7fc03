//! Bringing two copies of a project together: three ways when the version both were made
//! from is known, so that what changed on one side only is taken by itself and only real
//! conflicts are asked; without it, every difference is asked (keeping mine until chosen).
//! Histories merge as a union. Nothing is resolved silently: every conflict is listed with
//! the choice made for it, or none.

use super::record::{Keyed, PROVENANCE, RecordKind, info_tree, tree};
use super::tree::{
    Leaf, ListRule, child, element, find, keyed, leaves, render, rule, union_elements, union_keys,
};
use crate::fast::HashMap;
use crate::model::{Project, ProjectInfo};
use serde_json::{Map, Value};

pub use super::resolution::{MergeRow, Merged, Outcome, Resolution, Side};

/// A copy to merge into the project, ready: a shared copy is filled in with what it left
/// out. Kept while the user chooses, and run again for each choice.
#[derive(Debug, Clone)]
pub struct Merge {
    base: Option<Project>,
    theirs: Project,
}

impl Merge {
    /// Prepares a merge of `theirs` into `mine`; `base` is the version both were made from,
    /// when known. A client copy gets back what it left out (from `base`, else from mine),
    /// so that what it did not carry does not count as removed.
    pub fn new(base: Option<Project>, mine: &Project, mut theirs: Project) -> Self {
        super::policy::restore(&mut theirs, base.as_ref().unwrap_or(mine));
        Merge { base, theirs }
    }

    /// Their copy as merged (filled in).
    pub fn theirs(&self) -> &Project {
        &self.theirs
    }

    /// The common version, when known.
    pub fn base(&self) -> Option<&Project> {
        self.base.as_ref()
    }

    /// Merges into `mine` with the choices made so far.
    pub fn run(&self, mine: &Project, resolution: &Resolution) -> Merged {
        let base = self.base.as_ref();
        let theirs = &self.theirs;
        let mut walk = Walk {
            three_way: base.is_some(),
            resolution,
            rows: Vec::new(),
            kind: RecordKind::Project,
            id: String::new(),
            name: String::new(),
        };
        let info = walk.info(base, mine, theirs);
        let project = Project {
            info,
            influencers: walk.records(base, mine, theirs),
            campaigns: walk.records(base, mine, theirs),
            deliverables: walk.records(base, mine, theirs),
            cost_lines: walk.records(base, mine, theirs),
            plan_changes: walk.records(base, mine, theirs),
        };
        Merged {
            project,
            rows: walk.rows,
            three_way: base.is_some(),
        }
    }
}

/// Merges `theirs` into `mine` in one call (see [`Merge`]).
pub fn merge(
    base: Option<&Project>,
    mine: &Project,
    theirs: &Project,
    resolution: &Resolution,
) -> Merged {
    Merge::new(base.cloned(), mine, theirs.clone()).run(mine, resolution)
}

/// The state of one merge walk.
struct Walk<'r> {
    three_way: bool,
    resolution: &'r Resolution,
    rows: Vec<MergeRow>,
    /// The record being walked.
    kind: RecordKind,
    id: String,
    name: String,
}

/// A record that cannot be read back after merging (none of ours): keep mine.
fn from_tree<T: serde::de::DeserializeOwned>(value: Value) -> Option<T> {
    serde_json::from_value(value).ok()
}

impl Walk<'_> {
    fn row(&mut self, leaf: Leaf, outcome: Outcome) {
        let whole = leaf.path.is_empty();
        let show = |v: &Option<Value>| {
            v.as_ref().map(|v| {
                if whole {
                    "present".to_string()
                } else {
                    render(v)
                }
            })
        };
        self.rows.push(MergeRow {
            kind: self.kind,
            id: self.id.clone(),
            name: self.name.clone(),
            field: leaf.path.clone(),
            base: show(&leaf.base),
            mine: show(&leaf.mine),
            theirs: show(&leaf.theirs),
            outcome,
        });
    }

    /// Lists the differences under a place one side was taken from whole.
    fn taken(
        &mut self,
        path: &str,
        field: &str,
        b: Option<&Value>,
        m: Option<&Value>,
        t: Option<&Value>,
        side: Side,
    ) {
        let mut found = Vec::new();
        leaves(path, field, b, m, t, &mut found);
        for leaf in found {
            let outcome = if rule_of(&leaf.path) == ListRule::History
                && (leaf.mine.is_none() || leaf.theirs.is_none())
            {
                Outcome::Union
            } else {
                Outcome::Taken(side)
            };
            self.row(leaf, outcome);
        }
    }

    /// Merges one place of a record.
    fn value(
        &mut self,
        path: &str,
        field: &str,
        b: Option<&Value>,
        m: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        if m == t {
            return m.cloned();
        }
        if self.three_way && b == m {
            self.taken(path, field, b, m, t, Side::Theirs);
            return t.cloned();
        }
        if self.three_way && b == t {
            self.taken(path, field, b, m, t, Side::Mine);
            return m.cloned();
        }
        match (m, t) {
            (Some(Value::Object(mo)), Some(Value::Object(to))) => {
                let bo = b.and_then(Value::as_object);
                let mut out = Map::new();
                for key in union_keys(mo, to) {
                    let merged = self.value(
                        &child(path, key),
                        key,
                        bo.and_then(|o| o.get(key)),
                        mo.get(key),
                        to.get(key),
                    );
                    if let Some(v) = merged {
                        out.insert(key.clone(), v);
                    }
                }
                return Some(Value::Object(out));
            }
            (Some(Value::Array(ma)), Some(Value::Array(ta))) => match rule(field) {
                ListRule::Keyed(key) => {
                    let bk = match b {
                        Some(Value::Array(ba)) => keyed(ba, key),
                        _ => Some(Vec::new()),
                    };
                    if let (Some(mk), Some(tk), Some(bk)) = (keyed(ma, key), keyed(ta, key), bk) {
                        let mut out = Vec::new();
                        for k in union_elements(&mk, &tk) {
                            if let Some(v) = self.value(
                                &element(path, k),
                                "",
                                find(&bk, k),
                                find(&mk, k),
                                find(&tk, k),
                            ) {
                                out.push(v);
                            }
                        }
                        return Some(Value::Array(out));
                    }
                }
                ListRule::History => {
                    let mut out = ma.clone();
                    for entry in ta.iter().filter(|e| !ma.contains(e)) {
                        out.push(entry.clone());
                        self.row(
                            Leaf {
                                path: path.to_string(),
                                base: None,
                                mine: None,
                                theirs: Some(entry.clone()),
                            },
                            Outcome::Union,
                        );
                    }
                    for entry in ma.iter().filter(|e| !ta.contains(e)) {
                        self.row(
                            Leaf {
                                path: path.to_string(),
                                base: None,
                                mine: Some(entry.clone()),
                                theirs: None,
                            },
                            Outcome::Union,
                        );
                    }
                    // Date order; entries of one day keep the order they had.
                    out.sort_by_key(date_of);
                    return Some(Value::Array(out));
                }
                ListRule::Atomic => {}
            },
            _ => {}
        }
        let chosen = self.resolution.choice(self.kind, &self.id, path);
        self.row(
            Leaf {
                path: path.to_string(),
                base: b.cloned(),
                mine: m.cloned(),
                theirs: t.cloned(),
            },
            Outcome::Conflict(chosen),
        );
        match chosen {
            Some(Side::Theirs) => t.cloned(),
            _ => m.cloned(),
        }
    }

    /// Merges the project's facts; each copy's provenance stays its own (mine's here).
    fn info(&mut self, base: Option<&Project>, mine: &Project, theirs: &Project) -> ProjectInfo {
        self.kind = RecordKind::Project;
        self.id = "project".into();
        self.name = mine.info.name.clone();
        let (b, m, t) = (
            base.map(|p| info_tree(&p.info)),
            info_tree(&mine.info),
            info_tree(&theirs.info),
        );
        if m == t {
            return mine.info.clone();
        }
        let merged = self.value("", "", b.as_ref(), Some(&m), Some(&t));
        let mut info: ProjectInfo = merged
            .and_then(from_tree)
            .unwrap_or_else(|| mine.info.clone());
        debug_assert_eq!(PROVENANCE, ["revision", "shared"]);
        info.revision.clone_from(&mine.info.revision);
        info.shared.clone_from(&mine.info.shared);
        info
    }

    /// Merges the versions of one record (`None`: absent on that side) into `out`.
    fn one<T: Keyed>(
        &mut self,
        key: &str,
        b: Option<&T>,
        m: Option<&T>,
        t: Option<&T>,
        out: &mut Vec<T>,
    ) {
        if m == t {
            out.extend(m.cloned());
            return;
        }
        self.kind = T::KIND;
        self.id = key.to_string();
        self.name = m.or(t).map(Keyed::name).unwrap_or_default();
        let (bt, mt, tt) = (b.map(tree), m.map(tree), t.map(tree));
        if self.three_way && b == m {
            self.taken("", "", bt.as_ref(), mt.as_ref(), tt.as_ref(), Side::Theirs);
            out.extend(t.cloned());
            return;
        }
        if self.three_way && b == t {
            self.taken("", "", bt.as_ref(), mt.as_ref(), tt.as_ref(), Side::Mine);
            out.extend(m.cloned());
            return;
        }
        match self.value("", "", bt.as_ref(), mt.as_ref(), tt.as_ref()) {
            None => {}
            // One side whole: that record as it is.
            Some(v) if Some(&v) == mt.as_ref() => out.extend(m.cloned()),
            Some(v) if Some(&v) == tt.as_ref() => out.extend(t.cloned()),
            // Fields of both: read back (a record of a file always reads back).
            Some(v) => match from_tree::<T>(v) {
                Some(record) => out.push(record),
                None => out.extend(m.cloned()),
            },
        }
    }

    /// Merges one kind of record: mine's order, then what only theirs has, in theirs' order.
    fn records<T: Keyed>(
        &mut self,
        base: Option<&Project>,
        mine: &Project,
        theirs: &Project,
    ) -> Vec<T> {
        let (mine, theirs) = (T::of(mine), T::of(theirs));
        let base = base.map(T::of);
        let (at_mine, at_theirs) = (first(mine), first(theirs));
        let at_base = base.map(|b| first(b.as_slice()));
        // Mine's records in order, with those only theirs has placed after the record they
        // follow in theirs (the first ones before everything). Ok: an id to merge; Err: a
        // later record of a repeated id, kept when its id is (integrity checks report it).
        let mut after: HashMap<Option<&str>, Vec<Result<&str, &T>>> = HashMap::default();
        let mut anchor: Option<&str> = None;
        let mut only_theirs = crate::fast::HashSet::default();
        for r in theirs {
            if at_mine.contains_key(r.key()) {
                anchor = Some(r.key());
                continue;
            }
            let slot = if only_theirs.insert(r.key()) {
                Ok(r.key())
            } else {
                Err(r)
            };
            after.entry(anchor).or_default().push(slot);
        }
        let mut order: Vec<Result<&str, &T>> = Vec::with_capacity(mine.len() + 16);
        order.extend(after.remove(&None).unwrap_or_default());
        for (i, r) in mine.iter().enumerate() {
            if at_mine.get(r.key()) == Some(&i) {
                order.push(Ok(r.key()));
                order.extend(after.remove(&Some(r.key())).unwrap_or_default());
            } else {
                order.push(Err(r));
            }
        }
        let mut out: Vec<T> = Vec::with_capacity(mine.len());
        // Ids the merge kept: a repeated id's later records go with its first.
        let mut kept = crate::fast::HashSet::default();
        for entry in order {
            let key = match entry {
                Ok(key) => key,
                Err(repeated) => {
                    if kept.contains(repeated.key()) {
                        out.push(repeated.clone());
                    }
                    continue;
                }
            };
            let m = at_mine.get(key).map(|&i| &mine[i]);
            let t = at_theirs.get(key).map(|&i| &theirs[i]);
            let b = match (&at_base, base) {
                (Some(at), Some(list)) => at.get(key).map(|&i| &list[i]),
                _ => None,
            };
            let before = out.len();
            self.one(key, b, m, t, &mut out);
            if out.len() > before {
                kept.insert(key);
            }
        }
        out
    }
}

/// Where the first record of each id is in a list.
fn first<T: Keyed>(list: &[T]) -> HashMap<&str, usize> {
    let mut at = HashMap::with_capacity_and_hasher(list.len(), Default::default());
    for (i, r) in list.iter().enumerate() {
        at.entry(r.key()).or_insert(i);
    }
    at
}

/// The last field name of a path (`contacts` of `contacts`, `x` of `a[b].x`).
fn rule_of(path: &str) -> ListRule {
    rule(path.rsplit(['.', ']']).next().unwrap_or(path))
}

/// An entry's `date`, for ordering histories.
fn date_of(entry: &Value) -> String {
    entry.get("date").map(render).unwrap_or_default()
}
