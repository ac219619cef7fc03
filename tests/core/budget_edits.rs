//! Money edits through the command path after approval: baseline + recorded changes
//! always equal the current plan, and undo returns the exact earlier project.

use chrono::NaiveDate;
use proptest::prelude::*;
use rapport_core::model::{
    Campaign, ChangeNote, CostCategory, CostLine, History, Id, Money, Project, approve_budget,
    cancel_cost_line, edit_cost_line, is_reconciled,
};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 15).expect("date")
}

fn project() -> Project {
    let mut project = Project::new();
    let mut campaign = Campaign::new("Spring", day(), day());
    campaign.id = Id::from("cmp-1");
    project.campaigns.push(campaign);
    for (i, cents) in [135_000i64, 40_000, 12_550].iter().enumerate() {
        let mut line = CostLine::new(
            Id::from("cmp-1"),
            CostCategory::ALL[i],
            Money::from_cents(*cents),
        );
        line.id = Id::from(format!("cst-{i}"));
        project.cost_lines.push(line);
    }
    project
}

#[derive(Debug, Clone)]
enum Step {
    Approve,
    Add(i64),
    Change(usize, i64),
    Cancel(usize),
    Undo,
    Redo,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Approve),
        (0i64..5_000_000).prop_map(Step::Add),
        (0usize..8, -100_000i64..5_000_000).prop_map(|(i, c)| Step::Change(i, c)),
        (0usize..8).prop_map(Step::Cancel),
        Just(Step::Undo),
        Just(Step::Redo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn baseline_plus_changes_is_always_the_plan(steps in prop::collection::vec(step(), 1..40)) {
        let mut p = project();
        let mut history = History::new();
        let mut past: Vec<Project> = Vec::new();
        let mut future: Vec<Project> = Vec::new();
        let note = ChangeNote { reason: "test".into(), told: false };
        for step in &steps {
            let edit = match step {
                Step::Approve => p.campaigns.first().map(|c| approve_budget(&p, c, day())),
                Step::Add(cents) => Some(edit_cost_line(&p, CostLine::new(Id::from("cmp-1"), CostCategory::Other, Money::from_cents(*cents)), &note, day())),
                Step::Change(i, cents) => p.cost_lines.get(*i).cloned().map(|mut line| {
                    line.amount = Money::from_cents(*cents);
                    edit_cost_line(&p, line, &note, day())
                }),
                Step::Cancel(i) => p.cost_lines.get(*i).map(|line| cancel_cost_line(&p, line, &note, day())),
                Step::Undo => {
                    if let Some(earlier) = past.pop() {
                        future.push(p.clone());
                        prop_assert!(history.undo(&mut p).is_some());
                        prop_assert_eq!(&p, &earlier);
                    }
                    None
                }
                Step::Redo => {
                    if let Some(later) = future.pop() {
                        past.push(p.clone());
                        prop_assert!(history.redo(&mut p).is_some());
                        prop_assert_eq!(&p, &later);
                    }
                    None
                }
            };
            if let Some(edit) = edit.filter(|e| !e.is_empty()) {
                // Every non-empty edit is an undo step, even one that changes nothing.
                past.push(p.clone());
                future.clear();
                history.apply(&mut p, "edit", edit);
            }
            if p.campaigns[0].baseline_approved.is_some() {
                for line in &p.cost_lines {
                    prop_assert!(is_reconciled(line), "{line:?}");
                }
            }
        }
    }
}
