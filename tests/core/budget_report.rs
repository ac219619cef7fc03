//! The reconciled budget of the example, with exact sums.

use crate::support::{EXAMPLE, money};
use rapport_core::model::{CostCategory, Money, budget_report};
use std::path::Path;

#[test]
fn the_example_reconciles_except_the_hand_edited_line() {
    let project = rapport_core::file::open(Path::new(EXAMPLE))
        .expect("opens")
        .project;
    let report = budget_report(&project, None);
    assert_eq!(report.len(), 2);
    let spring = &report[0];
    assert_eq!(spring.name, "Spring Glow launch");
    assert_eq!(spring.total.current, money("68289.70"));
    assert_eq!(
        spring.remaining(),
        money("-289.70"),
        "over the 68,000.00 cap"
    );
    // Spark Ads: recorded 0 → 3,000, then edited by hand to 5,000.
    assert_eq!(
        spring.total.current - spring.total.expected(),
        money("2000.00")
    );
    assert_eq!(spring.unreconciled.len(), 1);
    let line = project.cost_line(&spring.unreconciled[0]).expect("line");
    assert_eq!(line.category, CostCategory::PaidAmplification);

    for campaign in &report {
        // The parts add up to the whole, to the cent.
        let by_category: Money = campaign.by_category.iter().map(|(_, a)| a.current).sum();
        let by_influencer: Money = campaign
            .by_influencer
            .iter()
            .map(|(_, _, a)| a.current)
            .sum();
        assert_eq!(by_category, campaign.total.current, "{}", campaign.name);
        assert_eq!(by_influencer, campaign.total.current, "{}", campaign.name);
        let lines: Money = project
            .cost_lines
            .iter()
            .filter(|l| l.campaign == campaign.id)
            .map(|l| l.planned())
            .sum();
        assert_eq!(lines, campaign.total.current);
        assert!(campaign.total.spent_or_owed() <= campaign.total.current + campaign.total.paid);
    }
    let summer = &report[1];
    assert!(summer.unreconciled.is_empty(), "{:?}", summer.unreconciled);
    assert_eq!(summer.total.current, summer.total.expected());
}

#[test]
fn one_campaign_only() {
    let project = rapport_core::file::open(Path::new(EXAMPLE))
        .expect("opens")
        .project;
    let id = project.campaigns[1].id.clone();
    let report = budget_report(&project, Some(&id));
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].id, id);
}
