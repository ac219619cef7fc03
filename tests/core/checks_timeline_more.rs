//! `creator-overload`, `rush-campaign`, `too-many-revisions` and `plan-change-not-told` at
//! their boundaries, with the exact findings they give.

use crate::support::{Said, d, findings, said};
use rapport_core::checks::{Code, Severity};
use rapport_core::model::{
    Campaign, ContentType, Deliverable, DeliverableStatus, Edit, Id, Influencer, PlanChange,
    Project, Record,
};

/// Ana Lima in two campaigns, Spring (from 1 March) and Summer (from 1 May), and the given
/// deliverables.
fn project_with(deliverables: Vec<Deliverable>) -> Project {
    let mut project = Project::new();
    let mut ana = Influencer::new("Ana Lima");
    ana.id = Id::from("inf-ana");
    let mut spring = Campaign::new("Spring", d("2027-03-01"), d("2027-06-30"));
    spring.id = Id::from("cmp-spring");
    let mut summer = Campaign::new("Summer", d("2027-05-01"), d("2027-08-31"));
    summer.id = Id::from("cmp-summer");
    let mut edits = vec![
        Edit::Put(Record::Influencer(ana)),
        Edit::Put(Record::Campaign(spring)),
        Edit::Put(Record::Campaign(summer)),
    ];
    edits.extend(
        deliverables
            .into_iter()
            .map(|x| Edit::Put(Record::Deliverable(x))),
    );
    Edit::Batch(edits).apply(&mut project);
    project
}

/// An agreed reel in Spring with a brief well ahead, publishing on `publish`.
fn reel(id: &str, title: &str, publish: &str) -> Deliverable {
    let mut item = Deliverable::new(
        Id::from("cmp-spring"),
        Id::from("inf-ana"),
        title,
        ContentType::ShortVideo,
    );
    item.id = Id::from(id);
    item.brief_sent = Some(d("2027-03-01"));
    item.publish = Some(d(publish));
    item.status = DeliverableStatus::Agreed;
    item
}

fn ids(list: &[&str]) -> Vec<Id> {
    list.iter().map(|s| Id::from(*s)).collect()
}

#[test]
fn overload_needs_more_than_two_in_seven_consecutive_days() {
    // 1, 7 and 8 April: 1–7 April holds two, 2–8 April holds two. No window holds three.
    let spread = project_with(vec![
        reel("dlv-1", "Reel 1", "2027-04-01"),
        reel("dlv-2", "Reel 2", "2027-04-07"),
        reel("dlv-3", "Reel 3", "2027-04-08"),
    ]);
    assert!(findings(&spread, Code::CreatorOverload).is_empty());

    // 1, 4 and 7 April: all three in 1–7 April.
    let crowded = project_with(vec![
        reel("dlv-1", "Reel 1", "2027-04-01"),
        reel("dlv-2", "Reel 2", "2027-04-04"),
        reel("dlv-3", "Reel 3", "2027-04-07"),
    ]);
    assert_eq!(
        said(findings(&crowded, Code::CreatorOverload)),
        vec![Said {
            code: Code::CreatorOverload,
            severity: Severity::Warning,
            subject: ids(&["inf-ana", "dlv-1", "dlv-2", "dlv-3"]),
            message: "Ana Lima has 3 publish dates within 7 days: 1 Apr \"Reel 1\", 4 Apr \"Reel 2\", 7 Apr \"Reel 3\". More than 2 in any 7 days leaves no time to do each one well.".into(),
            fix: "Move \"Reel 3\" (7 Apr) to 8 Apr or later, so that no 7 days hold more than 2; or agree the pace with Ana Lima first.".into(),
        }]
    );
}

#[test]
fn overload_reports_a_cluster_once_not_once_per_window() {
    // 1, 4, 7 and 10 April: 1–7 and 4–10 April both hold three; one stretch, one finding.
    let project = project_with(vec![
        reel("dlv-1", "Reel 1", "2027-04-01"),
        reel("dlv-2", "Reel 2", "2027-04-04"),
        reel("dlv-3", "Reel 3", "2027-04-07"),
        reel("dlv-4", "Reel 4", "2027-04-10"),
    ]);
    let found = findings(&project, Code::CreatorOverload);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].subject,
        ids(&["inf-ana", "dlv-1", "dlv-2", "dlv-3", "dlv-4"])
    );
    assert_eq!(
        found[0].message.en(),
        "Ana Lima has 4 publish dates between 1 Apr and 10 Apr, up to 3 within 7 days: 1 Apr \"Reel 1\", 4 Apr \"Reel 2\", 7 Apr \"Reel 3\", 10 Apr \"Reel 4\". More than 2 in any 7 days leaves no time to do each one well."
    );
    // Keeping 1, 4 and 10 April, the 7th fits again from the 11th (4–10 April is full).
    assert_eq!(
        found[0].fix.en(),
        "Move \"Reel 3\" (7 Apr) to 11 Apr or later, so that no 7 days hold more than 2; or agree the pace with Ana Lima first."
    );

    // Two clusters a month apart are two findings.
    let two = project_with(vec![
        reel("dlv-1", "Reel 1", "2027-04-01"),
        reel("dlv-2", "Reel 2", "2027-04-02"),
        reel("dlv-3", "Reel 3", "2027-04-03"),
        reel("dlv-4", "Reel 4", "2027-05-03"),
        reel("dlv-5", "Reel 5", "2027-05-03"),
        reel("dlv-6", "Reel 6", "2027-05-03"),
    ]);
    let found = findings(&two, Code::CreatorOverload);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[1].subject,
        ids(&["inf-ana", "dlv-4", "dlv-5", "dlv-6"])
    );
    assert_eq!(
        found[1].message.en(),
        "Ana Lima has 3 publish dates within 7 days: 3 May \"Reel 4\", 3 May \"Reel 5\", 3 May \"Reel 6\". More than 2 in any 7 days leaves no time to do each one well."
    );
}

#[test]
fn overload_counts_across_campaigns_and_ignores_cancelled() {
    let mut summer = reel("dlv-3", "Summer reel", "2027-05-03");
    summer.campaign = Id::from("cmp-summer");
    let across = project_with(vec![
        reel("dlv-1", "Reel 1", "2027-04-28"),
        reel("dlv-2", "Reel 2", "2027-04-30"),
        summer.clone(),
    ]);
    let found = findings(&across, Code::CreatorOverload);
    assert_eq!(
        found[0].message.en(),
        "Ana Lima has 3 publish dates within 7 days, across 2 campaigns: 28 Apr \"Reel 1\", 30 Apr \"Reel 2\", 3 May \"Summer reel\". More than 2 in any 7 days leaves no time to do each one well."
    );

    summer.status = DeliverableStatus::Cancelled;
    let cancelled = project_with(vec![
        reel("dlv-1", "Reel 1", "2027-04-28"),
        reel("dlv-2", "Reel 2", "2027-04-30"),
        summer,
    ]);
    assert!(findings(&cancelled, Code::CreatorOverload).is_empty());
}

#[test]
fn overload_moves_only_what_is_not_published_and_follows_the_setting() {
    let mut first = reel("dlv-1", "Reel 1", "2027-04-01");
    first.status = DeliverableStatus::Published;
    let mut last = reel("dlv-3", "Reel 3", "2027-04-05");
    last.status = DeliverableStatus::Published;
    let project = project_with(vec![
        first.clone(),
        reel("dlv-2", "Reel 2", "2027-04-03"),
        last.clone(),
    ]);
    assert_eq!(
        findings(&project, Code::CreatorOverload)[0].fix.en(),
        "Move \"Reel 2\" (3 Apr) to 8 Apr or later, so that no 7 days hold more than 2; or agree the pace with Ana Lima first."
    );

    let mut middle = reel("dlv-2", "Reel 2", "2027-04-03");
    middle.status = DeliverableStatus::Published;
    let past = project_with(vec![first.clone(), middle, last.clone()]);
    assert_eq!(
        findings(&past, Code::CreatorOverload)[0].fix.en(),
        "Nothing here can still be moved; space Ana Lima's next posts so that no 7 days hold more than 2."
    );

    let mut relaxed = project_with(vec![first, reel("dlv-2", "Reel 2", "2027-04-03"), last]);
    relaxed.info.settings.max_publishes_per_week = 3;
    assert!(findings(&relaxed, Code::CreatorOverload).is_empty());
}

#[test]
fn rush_is_under_28_days_from_the_start() {
    // Spring starts on 1 March; 29 March is exactly 28 days later.
    let mut on_time = reel("dlv-1", "Morning routine reel", "2027-03-29");
    on_time.brief_sent = Some(d("2027-03-05"));
    assert!(findings(&project_with(vec![on_time.clone()]), Code::RushCampaign).is_empty());

    let mut rushed = on_time;
    rushed.publish = Some(d("2027-03-28"));
    assert_eq!(
        said(findings(&project_with(vec![rushed]), Code::RushCampaign)),
        vec![Said {
            code: Code::RushCampaign,
            severity: Severity::Warning,
            subject: ids(&["cmp-spring", "dlv-1"]),
            message: "Spring has 27 days from its start (1 Mar) to its first publish (28 Mar, \"Morning routine reel\"); under 28 days is a rush.".into(),
            fix: "Give creators at least 28 days: move the first publish to 29 Mar or later, or start the campaign and send the first brief by 28 Feb.".into(),
        }]
    );
}

#[test]
fn rush_counts_from_a_brief_sent_before_the_start() {
    // The brief went out on 20 February, before Spring's start: 20 Feb → 20 Mar is 28 days.
    let mut enough = reel("dlv-1", "Morning routine reel", "2027-03-20");
    enough.brief_sent = Some(d("2027-02-20"));
    let mut later = reel("dlv-2", "Second reel", "2027-04-20");
    later.brief_sent = Some(d("2027-03-10"));
    assert!(
        findings(
            &project_with(vec![later.clone(), enough.clone()]),
            Code::RushCampaign
        )
        .is_empty()
    );

    let mut short = enough.clone();
    short.publish = Some(d("2027-03-19"));
    let found = findings(
        &project_with(vec![later.clone(), short]),
        Code::RushCampaign,
    );
    assert_eq!(
        found[0].message.en(),
        "Spring has 27 days from its first brief (20 Feb) to its first publish (19 Mar, \"Morning routine reel\"); under 28 days is a rush."
    );

    // A cancelled deliverable's dates do not count.
    let mut cancelled = reel("dlv-3", "Dropped reel", "2027-03-05");
    cancelled.status = DeliverableStatus::Cancelled;
    assert!(
        findings(
            &project_with(vec![later.clone(), enough.clone(), cancelled]),
            Code::RushCampaign
        )
        .is_empty()
    );

    // The threshold is the project's.
    let mut short = enough;
    short.publish = Some(d("2027-03-19"));
    let mut relaxed = project_with(vec![later, short]);
    relaxed.info.settings.rush_campaign_days = 27;
    assert!(findings(&relaxed, Code::RushCampaign).is_empty());
}

#[test]
fn revisions_beyond_the_agreed_rounds() {
    let mut item = reel("dlv-1", "Morning routine reel", "2027-04-20");
    item.revisions_agreed = 2;
    item.revisions_used = 2;
    assert!(findings(&project_with(vec![item.clone()]), Code::TooManyRevisions).is_empty());

    item.revisions_used = 3;
    assert_eq!(
        said(findings(&project_with(vec![item.clone()]), Code::TooManyRevisions)),
        vec![Said {
            code: Code::TooManyRevisions,
            severity: Severity::Warning,
            subject: ids(&["dlv-1", "inf-ana", "cmp-spring"]),
            message: "\"Morning routine reel\" has had 3 revision rounds; 2 were agreed.".into(),
            fix: "Stop at the agreed rounds: more is micromanaging, and the creator's own voice is what their audience trusts. Send one consolidated round of feedback, or agree (and pay for) an extra round with them.".into(),
        }]
    );

    item.revisions_agreed = 0;
    item.revisions_used = 1;
    assert_eq!(
        findings(&project_with(vec![item.clone()]), Code::TooManyRevisions)[0]
            .message
            .en(),
        "\"Morning routine reel\" has had 1 revision round; 0 were agreed."
    );
    item.revisions_agreed = 1;
    item.revisions_used = 2;
    assert_eq!(
        findings(&project_with(vec![item.clone()]), Code::TooManyRevisions)[0]
            .message
            .en(),
        "\"Morning routine reel\" has had 2 revision rounds; 1 was agreed."
    );
    item.status = DeliverableStatus::Cancelled;
    assert!(findings(&project_with(vec![item]), Code::TooManyRevisions).is_empty());
}

fn change(id: &str, what: &str, from: &str, to: &str, told: bool) -> PlanChange {
    PlanChange {
        id: Id::from(id),
        deliverable: Id::from("dlv-1"),
        date: d("2027-03-12"),
        what: what.into(),
        from: from.into(),
        to: to.into(),
        told,
    }
}

#[test]
fn untold_plan_changes_are_one_finding_per_deliverable() {
    let mut project = project_with(vec![reel("dlv-1", "Morning routine reel", "2027-04-16")]);
    project.plan_changes = vec![change("chg-0", "publish", "2027-04-09", "2027-04-12", true)];
    assert!(findings(&project, Code::PlanChangeNotTold).is_empty());

    project.plan_changes.push(change(
        "chg-1",
        "publish",
        "2027-04-12",
        "2027-04-16",
        false,
    ));
    project
        .plan_changes
        .push(change("chg-2", "content", "Story", "Short video", false));
    assert_eq!(
        said(findings(&project, Code::PlanChangeNotTold)),
        vec![Said {
            code: Code::PlanChangeNotTold,
            severity: Severity::Warning,
            subject: ids(&["dlv-1", "inf-ana", "cmp-spring", "chg-1", "chg-2"]),
            message: "Ana Lima has not been told about 2 changes to \"Morning routine reel\" made after they agreed: publish date 12 Apr → 16 Apr; content type Story → Short video.".into(),
            fix: "Tell Ana Lima what changed and why (Draft update writes the message), then mark the changes as told.".into(),
        }]
    );

    project.plan_changes.truncate(2);
    assert_eq!(
        findings(&project, Code::PlanChangeNotTold)[0].message.en(),
        "Ana Lima has not been told about a change to \"Morning routine reel\" made after they agreed: publish date 12 Apr → 16 Apr."
    );

    // A change to a deliverable that was cancelled, or no longer exists, is not reported.
    project.deliverables[0].status = DeliverableStatus::Cancelled;
    assert!(findings(&project, Code::PlanChangeNotTold).is_empty());
    project.deliverables.clear();
    assert!(findings(&project, Code::PlanChangeNotTold).is_empty());
}
