//! Undo and redo restore the project exactly, after any mix of edits.

use proptest::prelude::*;
use rapport_core::model::{
    Campaign, CostCategory, CostLine, Edit, History, Id, Influencer, Money, Project, Record,
    RecordKey,
};

fn start() -> Project {
    let mut project = Project::new();
    for (i, name) in ["Ana Lima", "林小雨", "Алина Морозова"].iter().enumerate() {
        let mut influencer = Influencer::new(name);
        influencer.id = Id::from(format!("inf-{i}"));
        Edit::Put(Record::Influencer(influencer)).apply(&mut project);
    }
    let date = |s: &str| s.parse().expect("date");
    let mut campaign = Campaign::new("Spring", date("2027-03-01"), date("2027-04-30"));
    campaign.id = Id::from("cmp-0");
    Edit::Put(Record::Campaign(campaign)).apply(&mut project);
    project
}

/// One user action in the property test.
#[derive(Debug, Clone)]
enum Action {
    Add(String),
    Rename(usize, String),
    Remove(usize),
    AddCost(i64),
    ChangeCost(usize, i64),
    Undo,
    Redo,
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        "[a-zа-я林 ]{1,8}".prop_map(Action::Add),
        (0usize..6, "[a-z]{1,6}").prop_map(|(i, s)| Action::Rename(i, s)),
        (0usize..6).prop_map(Action::Remove),
        (0i64..1_000_000).prop_map(Action::AddCost),
        (0usize..6, -50_000i64..1_000_000).prop_map(|(i, c)| Action::ChangeCost(i, c)),
        Just(Action::Undo),
        Just(Action::Redo),
    ]
}

/// The edit an action makes on the current project, if it applies.
fn edit_for(action: &Action, project: &Project) -> Option<(String, Edit)> {
    match action {
        Action::Add(name) => Some((
            "Add".into(),
            Edit::Put(Record::Influencer(Influencer::new(name))),
        )),
        Action::Rename(i, name) => {
            let mut influencer = project.influencers.get(*i)?.clone();
            influencer.name = name.clone();
            Some(("Rename".into(), Edit::Put(Record::Influencer(influencer))))
        }
        Action::Remove(i) => {
            let id = project.influencers.get(*i)?.id.clone();
            Some(("Remove".into(), Edit::Remove(RecordKey::Influencer(id))))
        }
        Action::AddCost(cents) => Some((
            "Add cost".into(),
            Edit::Put(Record::CostLine(CostLine::new(
                Id::from("cmp-0"),
                CostCategory::CreatorFee,
                Money::from_cents(*cents),
            ))),
        )),
        Action::ChangeCost(i, cents) => {
            let mut line = project.cost_lines.get(*i)?.clone();
            line.amount = Money::from_cents(*cents);
            Some(("Change cost".into(), Edit::Put(Record::CostLine(line))))
        }
        Action::Undo | Action::Redo => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn undo_returns_the_exact_earlier_project(actions in prop::collection::vec(action(), 1..40)) {
        let mut project = start();
        let mut history = History::new();
        // The states reachable by undo, and by redo, as plain snapshots.
        let mut past: Vec<Project> = Vec::new();
        let mut future: Vec<Project> = Vec::new();
        for action in &actions {
            match action {
                Action::Undo => match past.pop() {
                    Some(earlier) => {
                        future.push(project.clone());
                        prop_assert!(history.undo(&mut project).is_some());
                        prop_assert_eq!(&project, &earlier);
                    }
                    None => prop_assert!(history.undo(&mut project).is_none()),
                },
                Action::Redo => match future.pop() {
                    Some(later) => {
                        past.push(project.clone());
                        prop_assert!(history.redo(&mut project).is_some());
                        prop_assert_eq!(&project, &later);
                    }
                    None => prop_assert!(history.redo(&mut project).is_none()),
                },
                other => {
                    if let Some((label, edit)) = edit_for(other, &project) {
                        let before = project.clone();
                        history.apply(&mut project, &label, edit);
                        past.push(before);
                        future.clear();
                    }
                }
            }
        }
        // Undo everything: back to the start, exactly; redo everything: to the furthest
        // state reached (the bottom of the redo stack, or where we are when it is empty).
        let furthest = future.first().cloned().unwrap_or_else(|| project.clone());
        while history.undo(&mut project).is_some() {}
        prop_assert_eq!(&project, &start());
        while history.redo(&mut project).is_some() {}
        prop_assert_eq!(&project, &furthest);
    }
}

#[test]
fn several_mixed_edits_undo_and_redo_exactly() {
    let mut project = start();
    let mut history = History::new();
    let original = project.clone();

    let mut renamed = project.influencers[1].clone();
    renamed.name = "Lin Xiaoyu".into();
    history.apply(
        &mut project,
        "Rename",
        Edit::Put(Record::Influencer(renamed)),
    );
    let line = CostLine::new(
        Id::from("cmp-0"),
        CostCategory::Product,
        Money::from_units(80),
    );
    history.apply(
        &mut project,
        "Add cost",
        Edit::Put(Record::CostLine(line.clone())),
    );
    history.apply(
        &mut project,
        "Remove",
        Edit::Remove(RecordKey::Influencer(Id::from("inf-0"))),
    );
    let after_three = project.clone();
    assert_eq!(project.influencers.len(), 2);

    assert_eq!(history.undo(&mut project).as_deref(), Some("Remove"));
    assert_eq!(
        project.influencers[0].id,
        Id::from("inf-0"),
        "restored at its old position"
    );
    assert_eq!(history.undo(&mut project).as_deref(), Some("Add cost"));
    assert!(project.cost_lines.is_empty());
    assert_eq!(history.undo(&mut project).as_deref(), Some("Rename"));
    assert_eq!(project, original);
    assert_eq!(history.undo(&mut project), None);
    assert!(!history.is_dirty());

    for _ in 0..3 {
        history.redo(&mut project);
    }
    assert_eq!(project, after_three);
    assert!(history.is_dirty());
}
