//! The deliverables and costs as CSV (read back with a CSV reader: same dates, exact money,
//! formulas guarded), and the calendar (read back with an iCalendar parser: one event per
//! date, stable UIDs).

use crate::support::EXAMPLE;
use icalendar::{Calendar, Component, DatePerhapsTime};
use rapport_core::export::{calendar_ics, changes_csv, costs_csv, deliverables_csv};
use rapport_core::model::{DeliverableStatus, Money, Project};

fn example() -> Project {
    rapport_core::file::open(std::path::Path::new(EXAMPLE))
        .unwrap()
        .project
}

fn rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

#[test]
fn deliverables_come_back_with_the_same_dates_and_formulas_guarded() {
    let mut p = example();
    p.deliverables[0].title = "=HYPERLINK(\"http://x\")".into();
    let (header, rows) = rows(&deliverables_csv(&p).unwrap());
    assert_eq!(
        header,
        rapport_core::export::plan_csv::DELIVERABLE_COLUMNS
            .map(str::to_string)
            .to_vec()
    );
    assert_eq!(rows.len(), p.deliverables.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (row, d) in rows.iter().zip(&p.deliverables) {
        assert_eq!(row[col("id")], d.id.as_str());
        for (name, date) in [
            ("brief_sent", d.brief_sent),
            ("draft_due", d.draft_due),
            ("publish", d.publish),
        ] {
            let back = (!row[col(name)].is_empty()).then(|| row[col(name)].parse().unwrap());
            assert_eq!(back, date, "{name} of {}", d.title);
        }
        assert_eq!(row[col("status")], d.status.label());
    }
    assert_eq!(rows[0][col("title")], "'=HYPERLINK(\"http://x\")");
    assert_eq!(
        rows[0][col("influencer")],
        p.influencer(&p.deliverables[0].influencer).unwrap().name
    );
}

#[test]
fn costs_and_their_changes_come_back_to_the_cent() {
    let p = example();
    let (header, rows) = rows(&costs_csv(&p).unwrap());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(rows.len(), p.cost_lines.len());
    let mut total = Money::ZERO;
    for (row, l) in rows.iter().zip(&p.cost_lines) {
        let amount: Money = row[col("amount")].parse().unwrap();
        assert_eq!(amount, l.amount);
        total += amount;
        let baseline = (!row[col("baseline")].is_empty())
            .then(|| row[col("baseline")].parse::<Money>().unwrap());
        assert_eq!(baseline, l.baseline);
        assert_eq!(row[col("changes")], l.changes.len().to_string());
    }
    assert_eq!(
        total,
        p.cost_lines.iter().fold(Money::ZERO, |a, l| a + l.amount)
    );
    let (h, changes) = rows_of(&changes_csv(&p).unwrap());
    let recorded: usize = p.cost_lines.iter().map(|l| l.changes.len()).sum();
    assert_eq!(changes.len(), recorded);
    assert_eq!(recorded, 18);
    let diff = h.iter().position(|x| x == "difference").unwrap();
    let sum: Money = changes
        .iter()
        .fold(Money::ZERO, |a, r| a + r[diff].parse::<Money>().unwrap());
    let expected = p
        .cost_lines
        .iter()
        .flat_map(|l| &l.changes)
        .fold(Money::ZERO, |a, c| a + c.difference());
    assert_eq!(sum, expected);
}

fn rows_of(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    rows(text)
}

#[test]
fn the_calendar_has_an_event_per_date_with_stable_uids() {
    let p = example();
    let text = calendar_ics(&p);
    let calendar: Calendar = text.parse().unwrap();
    let events: Vec<_> = calendar.events().collect();
    let expected: usize = p
        .deliverables
        .iter()
        .filter(|d| d.status != DeliverableStatus::Cancelled)
        .map(|d| {
            [d.brief_sent, d.draft_due, d.publish]
                .iter()
                .flatten()
                .count()
        })
        .sum();
    assert_eq!(events.len(), expected);
    assert!(expected > 90, "{expected}");
    let uids: std::collections::BTreeSet<_> = events
        .iter()
        .map(|e| e.get_uid().unwrap().to_string())
        .collect();
    assert_eq!(uids.len(), events.len(), "every UID once");
    let again: Calendar = calendar_ics(&p).parse().unwrap();
    let uids_again: std::collections::BTreeSet<_> = again
        .events()
        .map(|e| e.get_uid().unwrap().to_string())
        .collect();
    assert_eq!(
        uids, uids_again,
        "the same UIDs every time: a re-import updates"
    );
    let first = &p.deliverables[0];
    let publish = events
        .iter()
        .find(|e| e.get_uid() == Some(&format!("{}-publish@rapport", first.id)))
        .unwrap();
    assert_eq!(
        publish.get_start(),
        Some(DatePerhapsTime::Date(first.publish.unwrap()))
    );
    assert_eq!(
        publish.get_end(),
        Some(DatePerhapsTime::Date(
            first.publish.unwrap().succ_opt().unwrap()
        ))
    );
    assert!(publish.get_summary().unwrap().contains(&first.title));
}

#[test]
fn the_command_line_writes_each_export_and_says_what() {
    use crate::support::{rapport, stderr, stdout};
    let dir = tempfile::tempdir().unwrap();
    let costs = dir.path().join("costs.csv");
    let changes = dir.path().join("changes.csv");
    let run = rapport(&[
        "export",
        "costs",
        EXAMPLE,
        "-o",
        costs.to_str().unwrap(),
        "--changes",
        changes.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(
        stdout(&run),
        format!("Wrote 54 cost lines to {}.\n", costs.display())
    );
    assert_eq!(
        stderr(&run),
        format!("Wrote 18 recorded changes to {}.\n", changes.display())
    );
    assert!(
        std::fs::read_to_string(&costs)
            .unwrap()
            .starts_with("\u{feff}id,campaign,")
    );
    let ics = rapport(&["export", "calendar", EXAMPLE]);
    assert_eq!(ics.status.code(), Some(0));
    assert!(stdout(&ics).starts_with("BEGIN:VCALENDAR"));
    let deliverables = rapport(&["export", "deliverables", EXAMPLE]);
    assert_eq!(
        stdout(&deliverables).lines().count(),
        41,
        "a header and 40 deliverables"
    );
    let missing = rapport(&["export", "calendar", "no-such.rapport.ron"]);
    assert_eq!(missing.status.code(), Some(2));
}
