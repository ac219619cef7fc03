//! A batch of edits gives exactly what applying its edits one by one gives, the same
//! project and the same undo, on any mix of puts, removals and insertions, with ids that
//! repeat (hand-edited files) and removals of records that are not there.

use proptest::prelude::*;
use rapport_core::model::{CostCategory, CostLine, Edit, Id, Influencer, Money, Project, Record};
use rapport_core::model::{History, ProjectIndex, RecordKey};

/// A record of either kind, with an id from a small pool so that edits meet each other.
fn influencer(id: u8, name: &str) -> Record {
    let mut i = Influencer::new(name);
    i.id = Id::from(format!("inf-{id}"));
    Record::Influencer(i)
}

fn line(id: u8, cents: i64) -> Record {
    let mut l = CostLine::new(
        Id::from("cmp-1"),
        CostCategory::Other,
        Money::from_cents(cents),
    );
    l.id = Id::from(format!("cst-{id}"));
    Record::CostLine(l)
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0u8..12, "[a-z]{1,4}").prop_map(|(id, n)| Edit::Put(influencer(id, &n))),
        (0u8..12, 0i64..10_000).prop_map(|(id, c)| Edit::Put(line(id, c))),
        (0u8..12).prop_map(|id| Edit::Remove(RecordKey::Influencer(Id::from(format!("inf-{id}"))))),
        (0u8..12).prop_map(|id| Edit::Remove(RecordKey::CostLine(Id::from(format!("cst-{id}"))))),
        (0usize..20, 0u8..12, "[a-z]{1,4}")
            .prop_map(|(at, id, n)| Edit::Insert(at, influencer(id, &n))),
        (0usize..20, 0u8..12, 0i64..10_000).prop_map(|(at, id, c)| Edit::Insert(at, line(id, c))),
    ]
}

/// A project with repeated ids among its records.
fn start(ids: &[u8]) -> Project {
    let mut project = Project::new();
    for (n, &id) in ids.iter().enumerate() {
        if let Record::Influencer(i) = influencer(id, &format!("start {n}")) {
            project.influencers.push(i);
        }
        if let Record::CostLine(l) = line(id, n as i64) {
            project.cost_lines.push(l);
        }
    }
    project
}

/// The edits applied one at a time, and their undo, as a batch's would be.
fn one_by_one(project: &mut Project, edits: Vec<Edit>) -> Edit {
    let mut inverses: Vec<Edit> = edits.into_iter().map(|e| e.apply(project)).collect();
    inverses.reverse();
    Edit::Batch(inverses)
}

proptest! {
    #[test]
    fn a_batch_is_its_edits_in_order(
        ids in proptest::collection::vec(0u8..12, 0..10),
        edits in proptest::collection::vec(edit(), 0..40),
    ) {
        let mut expected = start(&ids);
        let undo_expected = one_by_one(&mut expected, edits.clone());
        let mut got = start(&ids);
        let undo = Edit::Batch(edits).apply(&mut got);
        prop_assert_eq!(&got, &expected);
        prop_assert_eq!(&undo, &undo_expected);
    }
}

proptest! {
    /// An index built before some edits still finds every record, as a fresh one does,
    /// for as long as the history's layout has not changed (records only replaced in place).
    #[test]
    fn an_index_holds_while_the_layout_holds(
        ids in proptest::collection::vec(0u8..12, 0..10),
        edits in proptest::collection::vec(edit(), 0..30),
        undo_at in 0usize..30,
    ) {
        let mut project = start(&ids);
        let mut history = History::new();
        let mut index = ProjectIndex::new(&project);
        let mut layout = history.layout();
        for (n, e) in edits.into_iter().enumerate() {
            if n == undo_at {
                history.undo(&mut project);
            } else {
                history.apply(&mut project, "edit", e);
            }
            if history.layout() != layout {
                index = ProjectIndex::new(&project);
                layout = history.layout();
            }
            let fresh = ProjectIndex::new(&project);
            for i in &project.influencers {
                prop_assert_eq!(index.influencer(&project, &i.id), fresh.influencer(&project, &i.id));
                prop_assert!(index.influencer(&project, &i.id).is_some());
            }
            for l in &project.cost_lines {
                prop_assert_eq!(index.cost_line(&project, &l.id), fresh.cost_line(&project, &l.id));
            }
        }
    }
}

#[test]
fn approving_and_removing_many_lines_is_one_fast_step() {
    let mut project = Project::new();
    let n = 40_000;
    for i in 0..n {
        let mut l = CostLine::new(Id::from("cmp-1"), CostCategory::Other, Money::from_cents(i));
        l.id = Id::from(format!("cst-{i}"));
        project.cost_lines.push(l);
    }
    // Every line again (an approval), then every other one removed: one batch each.
    let approve = Edit::Batch(
        project
            .cost_lines
            .iter()
            .map(|l| {
                let mut l = l.clone();
                l.baseline = Some(l.amount);
                Edit::Put(Record::CostLine(l))
            })
            .collect(),
    );
    let undo_approve = approve.apply(&mut project);
    assert!(project.cost_lines.iter().all(|l| l.baseline.is_some()));
    let remove = Edit::Batch(
        (0..n)
            .step_by(2)
            .map(|i| Edit::Remove(RecordKey::CostLine(Id::from(format!("cst-{i}")))))
            .collect(),
    );
    let undo_remove = remove.apply(&mut project);
    assert_eq!(project.cost_lines.len(), 20_000);
    assert_eq!(project.cost_lines[0].id, Id::from("cst-1"));
    undo_remove.apply(&mut project);
    undo_approve.apply(&mut project);
    assert_eq!(project.cost_lines.len(), 40_000);
    assert_eq!(project.cost_lines[1234].id, Id::from("cst-1234"));
    assert!(project.cost_lines.iter().all(|l| l.baseline.is_none()));
}
