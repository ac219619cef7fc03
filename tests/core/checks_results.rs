//! The results checks at their boundaries, on the healthy project of the budget tests (Ana,
//! one published reel on Instagram, measured on 20 Feb with 35 redemptions of her code,
//! and a target of 50 redemptions): each test breaks one thing.

use crate::checks_budget::{found, project};
use rapport_core::checks::{Code, Severity};
use rapport_core::model::{Deliverable, DeliverableStatus, Handle, Platform, Project};

fn reel(p: &mut Project) -> &mut Deliverable {
    &mut p.deliverables[0]
}

fn with_followers(p: &mut Project, platform: Platform, followers: u64) {
    p.influencers[0].handles.push(Handle {
        platform,
        handle: "ana".into(),
        url: String::new(),
        followers,
    });
}

#[test]
fn the_healthy_project_has_none() {
    let p = project();
    for code in [
        Code::KpiMissing,
        Code::TargetUnrealistic,
        Code::ResultsMissing,
        Code::TrackingUnused,
    ] {
        assert!(found(&p, "2027-03-15", code).is_empty(), "{code:?}");
    }
}

#[test]
fn kpi_missing_fires_from_fourteen_days_before_the_first_brief_until_the_campaign_ends() {
    let mut p = project();
    p.campaigns[0].targets = Default::default();
    // The first brief (15 Jan) is 15 days away on 31 Dec: not yet; 14 days on 1 Jan.
    assert!(found(&p, "2026-12-31", Code::KpiMissing).is_empty());
    let f = found(&p, "2027-01-01", Code::KpiMissing);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(
        f[0].message.en(),
        "Spring has no target for any KPI, and its first brief goes out in 14 days (2027-01-15)."
    );
    let f = found(&p, "2027-03-15", Code::KpiMissing);
    assert!(
        f[0].message
            .en()
            .ends_with("went out 59 days ago (2027-01-15)."),
        "{}",
        f[0].message.en()
    );
    // Over (it ended on 30 April): too late to matter.
    assert!(found(&p, "2027-05-01", Code::KpiMissing).is_empty());
    // The goal names the KPIs to set.
    p.campaigns[0].goal = Some(rapport_core::model::Goal::Traffic);
    let f = found(&p, "2027-03-15", Code::KpiMissing);
    assert!(
        f[0].fix.en().contains("set targets for clicks"),
        "{}",
        f[0].fix.en()
    );
}

#[test]
fn a_reach_target_may_be_at_most_the_followers_on_the_platforms_posted_on() {
    let mut p = project();
    with_followers(&mut p, Platform::Instagram, 40_000);
    // TikTok is not where the reel goes: it does not count.
    with_followers(&mut p, Platform::TikTok, 1_000_000);
    p.campaigns[0].targets.reach = Some(40_000);
    assert!(found(&p, "2027-03-15", Code::TargetUnrealistic).is_empty());
    p.campaigns[0].targets.reach = Some(40_001);
    let f = found(&p, "2027-03-15", Code::TargetUnrealistic);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].message.en(),
        "Spring aims for 40,001 people, but its creators have 40,000 followers on the platforms they will post on; at 100 % of that, 40,000 people is the most to expect."
    );
    // A second reel on Instagram does not count her followers twice.
    let mut second = p.deliverables[0].clone();
    second.id = rapport_core::model::DeliverableId::new();
    p.deliverables.push(second);
    assert_eq!(found(&p, "2027-03-15", Code::TargetUnrealistic).len(), 1);
}

#[test]
fn an_impressions_target_may_be_three_times_the_followers_and_unknown_counts_are_not_judged() {
    let mut p = project();
    p.campaigns[0].targets.impressions = Some(120_001);
    // No follower count known: nothing to judge by.
    assert!(found(&p, "2027-03-15", Code::TargetUnrealistic).is_empty());
    with_followers(&mut p, Platform::Instagram, 40_000);
    let f = found(&p, "2027-03-15", Code::TargetUnrealistic);
    assert_eq!(f.len(), 1);
    assert!(
        f[0].message
            .en()
            .contains("at 300 % of that, 120,000 impressions"),
        "{}",
        f[0].message.en()
    );
    p.campaigns[0].targets.impressions = Some(120_000);
    assert!(found(&p, "2027-03-15", Code::TargetUnrealistic).is_empty());
}

#[test]
fn results_are_missing_more_than_seven_days_after_publishing() {
    let mut p = project();
    reel(&mut p).results.clear();
    // Published on 15 Feb: 7 days later is fine, 8 is not.
    assert!(found(&p, "2027-02-22", Code::ResultsMissing).is_empty());
    let f = found(&p, "2027-02-23", Code::ResultsMissing);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Notice);
    assert_eq!(
        f[0].message.en(),
        "\"Morning routine reel\" was published 8 days ago (2027-02-15) and no results are recorded."
    );
    reel(&mut p).status = DeliverableStatus::Approved;
    assert!(
        found(&p, "2027-02-23", Code::ResultsMissing).is_empty(),
        "not published"
    );
}

#[test]
fn a_code_whose_results_show_no_use_is_unused_until_a_click_or_redemption_counts() {
    let mut p = project();
    reel(&mut p).results[0].redemptions = Some(0);
    let f = found(&p, "2027-03-15", Code::TrackingUnused);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].message.en(),
        "Ana Lima's code ANA15 in Spring show no use: the results of their published posts record no click and no redemption."
    );
    reel(&mut p).results[0].clicks = Some(1);
    assert!(found(&p, "2027-03-15", Code::TrackingUnused).is_empty());
    // Not all published yet: too early to say.
    reel(&mut p).results[0].clicks = None;
    let mut next = p.deliverables[0].clone();
    next.id = rapport_core::model::DeliverableId::new();
    next.status = DeliverableStatus::InProgress;
    next.results.clear();
    p.deliverables.push(next);
    assert!(found(&p, "2027-03-15", Code::TrackingUnused).is_empty());
    // Nothing measured: that is results-missing's to say, not this.
    let mut q = project();
    reel(&mut q).results.clear();
    assert!(found(&q, "2027-03-15", Code::TrackingUnused).is_empty());
    // A hashtag alone is not a code or a link.
    let mut h = project();
    reel(&mut h).results[0].redemptions = None;
    h.campaigns[0].participants[0].tracking.code.clear();
    h.campaigns[0].participants[0].tracking.hashtag = "#LumenGlow".into();
    assert!(found(&h, "2027-03-15", Code::TrackingUnused).is_empty());
}
