//! The overview a meeting starts with: exact numbers for the example's campaign.

use crate::support::{EXAMPLE, d};
use rapport_core::checks::{self, Code};
use rapport_core::model::{DeliverableStatus, overview};

#[test]
fn the_spring_campaigns_overview_in_numbers() {
    let p = rapport_core::file::open(std::path::Path::new(EXAMPLE))
        .unwrap()
        .project;
    let findings = checks::run(&p, d("2027-03-15"));
    let spring = &p.campaigns[0];
    let o = overview(&p, Some(&spring.id), &findings, &[]);
    assert_eq!(
        (o.title.as_str(), o.start, o.end),
        (
            "Spring Glow launch",
            Some(d("2027-03-01")),
            Some(d("2027-04-30"))
        )
    );
    assert_eq!(o.objectives.len(), 1);
    assert_eq!((o.creators.len(), o.deliverables), (9, 23));
    assert_eq!(
        o.by_status,
        vec![
            (DeliverableStatus::Planned, 4),
            (DeliverableStatus::Agreed, 3),
            (DeliverableStatus::InProgress, 5),
            (DeliverableStatus::DraftSubmitted, 1),
            (DeliverableStatus::Approved, 2),
            (DeliverableStatus::Published, 8),
        ]
    );
    let reach: u64 = o
        .creators
        .iter()
        .map(|id| p.influencer(id).unwrap().total_followers())
        .sum();
    assert_eq!(o.reach, reach);
    assert_eq!(
        (o.cap.to_string(), o.amounts.current.to_string()),
        ("68000.00".into(), "68289.70".into())
    );
    assert_eq!(
        format!("{:.1}", o.of_cap(o.amounts.current).unwrap()),
        "100.4"
    );
    // Errors only, about this campaign's records.
    let decisions: Vec<(Code, &str)> = o
        .decisions
        .iter()
        .map(|x| (x.code, x.about.as_str()))
        .collect();
    assert_eq!(
        decisions,
        vec![(Code::TightLeadTime, "YouTube Short cutdown — Kofi Mensah")]
    );
    let errors = findings
        .iter()
        .filter(|f| f.severity == checks::Severity::Error)
        .count();
    assert!(errors > 1, "the other errors are about the other campaign");
    // A code a meeting hides is not listed.
    let quiet = overview(&p, Some(&spring.id), &findings, &[Code::TightLeadTime]);
    assert!(quiet.decisions.is_empty());
    // All campaigns add up.
    let all = overview(&p, None, &findings, &[]);
    assert_eq!(all.title, "All campaigns");
    assert_eq!(all.deliverables, p.deliverables.len());
    let caps = p
        .campaigns
        .iter()
        .fold(rapport_core::model::Money::ZERO, |a, c| a + c.budget_cap);
    assert_eq!(all.cap, caps);
    assert!(all.decisions.len() >= o.decisions.len());
}
