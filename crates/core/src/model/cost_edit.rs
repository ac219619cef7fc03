//! Changing money after a budget was approved: every change to a line's amount is recorded
//! (date, from, to, reason, told) in the same undo step, so that baseline + recorded
//! changes always equal the current plan.

use super::campaign::Campaign;
use super::cost_line::{CostChange, CostLine};
use super::edit::{Edit, Record};
use super::kinds::CostStatus;
use super::money::Money;
use super::project::Project;
use chrono::NaiveDate;

/// Why an amount changed and whether the creator knows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChangeNote {
    /// The reason, in a few words.
    pub reason: String,
    /// The creator has been told.
    pub told: bool,
}

/// True when the line's campaign has an approved baseline, so its changes are recorded.
pub fn is_baselined(project: &Project, line: &CostLine) -> bool {
    project
        .campaign(&line.campaign)
        .is_some_and(|c| c.baseline_approved.is_some())
}

/// The amount a line counts for in the plan before and after baseline approval: zero when
/// cancelled.
fn planned(line: &CostLine) -> Money {
    line.planned()
}

/// The edit that saves `changed` (an edited copy of a line, or a new line). Once the
/// campaign's budget is approved, a change of what the line plans to cost is recorded as a
/// [`CostChange`] from the old planned amount to the new one (a new line changes from 0; a
/// cancelled one to 0), with `note`.
pub fn edit_cost_line(
    project: &Project,
    mut changed: CostLine,
    note: &ChangeNote,
    today: NaiveDate,
) -> Edit {
    let before = project.cost_line(&changed.id);
    if is_baselined(project, &changed) {
        let from = before.map_or(Money::ZERO, planned);
        let to = planned(&changed);
        if from != to {
            changed.changes.push(CostChange {
                date: today,
                from,
                to,
                reason: note.reason.trim().to_string(),
                told: note.told,
            });
        }
    }
    Edit::Put(Record::CostLine(changed))
}

/// The edit that approves a campaign's budget on `today`: every line's baseline becomes
/// what it plans to cost now (cancelled lines 0) and earlier recorded changes are folded
/// into it. One undo step.
pub fn approve_budget(project: &Project, campaign: &Campaign, today: NaiveDate) -> Edit {
    let mut edits = Vec::new();
    let mut approved = campaign.clone();
    approved.baseline_approved = Some(today);
    edits.push(Edit::Put(Record::Campaign(approved)));
    for line in project
        .cost_lines
        .iter()
        .filter(|l| l.campaign == campaign.id)
    {
        let mut line = line.clone();
        line.baseline = Some(planned(&line));
        line.changes.clear();
        edits.push(Edit::Put(Record::CostLine(line)));
    }
    Edit::Batch(edits)
}

/// What a line's baseline and recorded changes add up to: the baseline, or 0 for a line
/// added after approval, plus every change's difference.
pub fn expected_amount(line: &CostLine) -> Money {
    let start = line.baseline.unwrap_or(Money::ZERO);
    line.changes
        .iter()
        .fold(start, |sum, c| sum.saturating_add(c.difference()))
}

/// True when baseline + recorded changes equal what the line plans to cost now.
pub fn is_reconciled(line: &CostLine) -> bool {
    line.baseline.is_none() && line.changes.is_empty() || expected_amount(line) == planned(line)
}

/// The edit that records a difference found between baseline + changes and the current
/// plan (a line edited by hand or in another copy) as a change with `note`.
pub fn record_difference(line: &CostLine, note: &ChangeNote, today: NaiveDate) -> Edit {
    let mut fixed = line.clone();
    let expected = expected_amount(line);
    let now = planned(line);
    if expected != now {
        fixed.changes.push(CostChange {
            date: today,
            from: expected,
            to: now,
            reason: note.reason.trim().to_string(),
            told: note.told,
        });
    }
    Edit::Put(Record::CostLine(fixed))
}

/// Cancels a line: status Cancelled (recorded as a change to 0 once baselined).
pub fn cancel_cost_line(
    project: &Project,
    line: &CostLine,
    note: &ChangeNote,
    today: NaiveDate,
) -> Edit {
    let mut cancelled = line.clone();
    cancelled.status = CostStatus::Cancelled;
    edit_cost_line(project, cancelled, note, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CostCategory, Id};

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn setup() -> (Project, CostLine) {
        let mut project = Project::new();
        let mut campaign = Campaign::new("Spring", d("2027-03-01"), d("2027-04-30"));
        campaign.id = Id::from("cmp-1");
        let mut line = CostLine::new(
            campaign.id.clone(),
            CostCategory::CreatorFee,
            Money::from_units(1350),
        );
        line.id = Id::from("cst-1");
        project.campaigns.push(campaign);
        project.cost_lines.push(line.clone());
        (project, line)
    }

    #[test]
    fn changes_before_approval_are_not_recorded() {
        let (project, mut line) = setup();
        line.amount = Money::from_units(1500);
        let edit = edit_cost_line(&project, line, &ChangeNote::default(), d("2027-03-02"));
        let Edit::Put(Record::CostLine(saved)) = edit else {
            panic!("a put")
        };
        assert!(saved.changes.is_empty());
    }

    #[test]
    fn after_approval_every_change_is_recorded_and_reconciles() {
        let (mut project, _) = setup();
        let campaign = project.campaigns[0].clone();
        approve_budget(&project, &campaign, d("2027-02-10")).apply(&mut project);
        assert_eq!(
            project.cost_lines[0].baseline,
            Some(Money::from_units(1350))
        );
        let mut line = project.cost_lines[0].clone();
        line.amount = Money::from_units(1500);
        let note = ChangeNote {
            reason: "Second story added".into(),
            told: true,
        };
        edit_cost_line(&project, line, &note, d("2027-03-02")).apply(&mut project);
        let saved = &project.cost_lines[0];
        assert_eq!(
            saved.changes,
            vec![CostChange {
                date: d("2027-03-02"),
                from: Money::from_units(1350),
                to: Money::from_units(1500),
                reason: "Second story added".into(),
                told: true
            }]
        );
        assert!(is_reconciled(saved));
        let cancel = cancel_cost_line(&project, saved, &ChangeNote::default(), d("2027-03-03"));
        cancel.apply(&mut project);
        let saved = &project.cost_lines[0];
        assert_eq!(saved.changes.last().map(|c| c.to), Some(Money::ZERO));
        assert!(is_reconciled(saved));
    }

    #[test]
    fn a_hand_edit_is_found_and_can_be_recorded() {
        let (mut project, _) = setup();
        let campaign = project.campaigns[0].clone();
        approve_budget(&project, &campaign, d("2027-02-10")).apply(&mut project);
        project.cost_lines[0].amount = Money::from_cents(140_050);
        assert!(!is_reconciled(&project.cost_lines[0]));
        assert_eq!(
            expected_amount(&project.cost_lines[0]),
            Money::from_units(1350)
        );
        record_difference(
            &project.cost_lines[0],
            &ChangeNote {
                reason: "Found in the colleague's copy".into(),
                told: false,
            },
            d("2027-03-05"),
        )
        .apply(&mut project);
        assert!(is_reconciled(&project.cost_lines[0]));
    }
}
