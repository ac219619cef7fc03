//! The timeline checks at their boundaries, with the exact findings they give.

use crate::support::{d, findings};
use rapport_core::checks::{self, Code, Finding, Severity};
use rapport_core::model::{
    Campaign, ContentType, Deliverable, DeliverableStatus, Edit, Id, Influencer, Project, Record,
};

/// A project with one influencer, one campaign and the given deliverable.
fn project_with(deliverable: Deliverable) -> Project {
    let mut project = Project::new();
    let mut ana = Influencer::new("Ana Lima");
    ana.id = Id::from("inf-ana");
    let mut campaign = Campaign::new("Spring", d("2027-03-01"), d("2027-04-30"));
    campaign.id = Id::from("cmp-spring");
    Edit::Batch(vec![
        Edit::Put(Record::Influencer(ana)),
        Edit::Put(Record::Campaign(campaign)),
        Edit::Put(Record::Deliverable(deliverable)),
    ])
    .apply(&mut project);
    project
}

fn deliverable(
    content: ContentType,
    brief: Option<&str>,
    draft: Option<&str>,
    publish: Option<&str>,
) -> Deliverable {
    let mut item = Deliverable::new(
        Id::from("cmp-spring"),
        Id::from("inf-ana"),
        "Morning routine reel",
        content,
    );
    item.id = Id::from("dlv-reel");
    item.brief_sent = brief.map(d);
    item.draft_due = draft.map(d);
    item.publish = publish.map(d);
    item.status = DeliverableStatus::Agreed;
    item
}

/// Every timeline finding (the other checks look at contracts, disclosure and so on).
fn timeline_findings(project: &Project, today: &str) -> Vec<Finding> {
    let timeline = [
        Code::TightLeadTime,
        Code::TightReviewWindow,
        Code::DatesOutOfOrder,
        Code::Overdue,
    ];
    checks::run(project, d(today))
        .into_iter()
        .filter(|f| timeline.contains(&f.code))
        .collect()
}

#[test]
fn lead_time_exactly_enough_does_not_fire_one_day_short_does() {
    // A short video needs 14 days from brief to publish.
    let enough = project_with(deliverable(
        ContentType::ShortVideo,
        Some("2027-03-01"),
        None,
        Some("2027-03-15"),
    ));
    assert!(findings(&enough, Code::TightLeadTime).is_empty());

    let short = project_with(deliverable(
        ContentType::ShortVideo,
        Some("2027-03-01"),
        None,
        Some("2027-03-14"),
    ));
    let found = findings(&short, Code::TightLeadTime);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        found[0].message.en(),
        "A short video needs 14 days from brief to publish; \"Morning routine reel\" has 13."
    );
    // Agreed: the brief went out, so only publish can move.
    assert_eq!(found[0].fix.en(), "Move publish to 15 Mar or later.");
    assert_eq!(
        found[0].subject,
        vec![
            Id::from("dlv-reel"),
            Id::from("inf-ana"),
            Id::from("cmp-spring")
        ]
    );
}

#[test]
fn lead_time_below_half_is_an_error() {
    // 7 of 14 days is exactly half: a warning. 6 is below half: an error.
    let half = project_with(deliverable(
        ContentType::ShortVideo,
        Some("2027-03-01"),
        None,
        Some("2027-03-08"),
    ));
    assert_eq!(
        findings(&half, Code::TightLeadTime)[0].severity,
        Severity::Warning
    );
    let below = project_with(deliverable(
        ContentType::ShortVideo,
        Some("2027-03-01"),
        None,
        Some("2027-03-07"),
    ));
    let found = findings(&below, Code::TightLeadTime);
    assert_eq!(found[0].severity, Severity::Error);
    assert!(
        found[0].message.en().ends_with("has 6."),
        "{}",
        found[0].message.en()
    );
}

#[test]
fn shipping_product_adds_five_days() {
    // A story needs 10 days; with product to ship first, 15.
    let mut item = deliverable(
        ContentType::Story,
        Some("2027-03-01"),
        None,
        Some("2027-03-13"),
    );
    assert!(findings(&project_with(item.clone()), Code::TightLeadTime).is_empty());
    item.ships_product = true;
    let found = findings(&project_with(item.clone()), Code::TightLeadTime);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message.en(),
        "A story needs 15 days from brief to publish (10 + 5 for shipping product); \"Morning routine reel\" has 12."
    );
    item.publish = Some(d("2027-03-16"));
    assert!(findings(&project_with(item), Code::TightLeadTime).is_empty());
}

#[test]
fn every_content_type_has_its_own_lead_time() {
    let expected = [
        (ContentType::Story, 10),
        (ContentType::FeedPost, 14),
        (ContentType::ShortVideo, 14),
        (ContentType::LongVideo, 28),
        (ContentType::Blog, 14),
        (ContentType::Podcast, 14),
        (ContentType::LiveEvent, 21),
        (ContentType::Other, 14),
    ];
    for (content, days) in expected {
        let brief = d("2027-03-01");
        let at = |n: i64| (brief + chrono::Duration::days(n)).to_string();
        let ok = project_with(deliverable(
            content,
            Some("2027-03-01"),
            None,
            Some(&at(days)),
        ));
        assert!(
            findings(&ok, Code::TightLeadTime).is_empty(),
            "{content:?} at {days}"
        );
        let short = project_with(deliverable(
            content,
            Some("2027-03-01"),
            None,
            Some(&at(days - 1)),
        ));
        assert_eq!(
            findings(&short, Code::TightLeadTime).len(),
            1,
            "{content:?} at {}",
            days - 1
        );
    }
}

#[test]
fn review_window_counts_business_days() {
    // Draft due Monday 1 March 2027, publish Thursday: Mon, Tue, Wed = 3 business days.
    let ok = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-01"),
        Some("2027-03-04"),
    ));
    assert!(findings(&ok, Code::TightReviewWindow).is_empty());
    // Publish Wednesday: 2 business days, a warning.
    let tight = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-01"),
        Some("2027-03-03"),
    ));
    let found = findings(&tight, Code::TightReviewWindow);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        found[0].message.en(),
        "\"Morning routine reel\" leaves 2 business days between draft due (1 Mar) and publish (3 Mar); review and one revision need 3."
    );
    assert_eq!(
        found[0].fix.en(),
        "Ask for the draft by 26 Feb or move publish later."
    );
}

#[test]
fn weekends_are_not_business_days() {
    // Draft due Friday 5 March, publish Wednesday 10 March: Fri, Mon, Tue = 3: fine.
    let ok = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-05"),
        Some("2027-03-10"),
    ));
    assert!(findings(&ok, Code::TightReviewWindow).is_empty());
    // Friday to Tuesday: Fri, Mon = 2, although four calendar days.
    let tight = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-05"),
        Some("2027-03-09"),
    ));
    assert_eq!(findings(&tight, Code::TightReviewWindow).len(), 1);
    // Saturday to Monday: no business day at all, an error.
    let none = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-06"),
        Some("2027-03-08"),
    ));
    let found = findings(&none, Code::TightReviewWindow);
    assert_eq!(found[0].severity, Severity::Error);
}

#[test]
fn same_day_draft_and_publish_is_an_error() {
    let same = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-03"),
        Some("2027-03-03"),
    ));
    let found = findings(&same, Code::TightReviewWindow);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
}

#[test]
fn dates_out_of_order_are_errors() {
    let reversed = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-10"),
        Some("2027-03-08"),
    ));
    let found = findings(&reversed, Code::DatesOutOfOrder);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(
        found[0].message.en(),
        "In \"Morning routine reel\", publish (2027-03-08) is before the draft is due (2027-03-10)."
    );

    let draft_first = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-03-05"),
        Some("2027-03-04"),
        Some("2027-03-30"),
    ));
    assert_eq!(findings(&draft_first, Code::DatesOutOfOrder).len(), 1);

    let same_day = project_with(deliverable(
        ContentType::FeedPost,
        Some("2027-03-04"),
        Some("2027-03-04"),
        Some("2027-03-30"),
    ));
    assert!(findings(&same_day, Code::DatesOutOfOrder).is_empty());
}

#[test]
fn overdue_fires_the_day_after_not_on_the_day() {
    let mut item = deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-01"),
        Some("2027-03-10"),
    );
    item.status = DeliverableStatus::InProgress;
    let project = project_with(item);
    let on_the_day: Vec<_> = checks::run(&project, d("2027-03-01"))
        .into_iter()
        .filter(|f| f.code == Code::Overdue)
        .collect();
    assert!(on_the_day.is_empty());
    let day_after: Vec<_> = checks::run(&project, d("2027-03-02"))
        .into_iter()
        .filter(|f| f.code == Code::Overdue)
        .collect();
    assert_eq!(day_after.len(), 1);
    assert_eq!(
        day_after[0].message.en(),
        "The draft of \"Morning routine reel\" was due 1 Mar and is 1 day late (status: In progress)."
    );

    // Past publish too: the publish step is reported, once.
    let late: Vec<_> = checks::run(&project, d("2027-03-14"))
        .into_iter()
        .filter(|f| f.code == Code::Overdue)
        .collect();
    assert_eq!(late.len(), 1);
    assert!(
        late[0].message.en().starts_with("Publish of"),
        "{}",
        late[0].message.en()
    );
    assert!(
        late[0].message.en().contains("4 days late"),
        "{}",
        late[0].message.en()
    );
}

#[test]
fn done_and_cancelled_steps_are_not_overdue() {
    let mut item = deliverable(
        ContentType::FeedPost,
        Some("2027-02-01"),
        Some("2027-03-01"),
        Some("2027-03-10"),
    );
    item.status = DeliverableStatus::Published;
    assert!(
        checks::run(&project_with(item.clone()), d("2027-04-01"))
            .iter()
            .all(|f| f.code != Code::Overdue)
    );
    item.status = DeliverableStatus::Cancelled;
    item.publish = Some(d("2027-02-02"));
    assert!(
        timeline_findings(&project_with(item), "2027-04-01").is_empty(),
        "cancelled deliverables are not checked"
    );
}

#[test]
fn missing_dates_do_not_fire() {
    let item = deliverable(ContentType::FeedPost, None, None, Some("2027-03-10"));
    assert!(timeline_findings(&project_with(item), "2027-01-01").is_empty());
}

#[test]
fn suggested_fixes_offer_only_what_is_still_possible_as_of_today() {
    let lead = |status: DeliverableStatus, today: &str| {
        let mut item = deliverable(
            ContentType::ShortVideo,
            Some("2027-03-19"),
            None,
            Some("2027-03-25"),
        );
        item.status = status;
        checks::run(&project_with(item), d(today))
            .into_iter()
            .find(|f| f.code == Code::TightLeadTime)
            .map(|f| f.fix.en())
            .unwrap()
    };
    // The brief can still go out early enough: both ways.
    assert_eq!(
        lead(DeliverableStatus::Planned, "2027-03-01"),
        "Move publish to 2 Apr or send the brief by 11 Mar."
    );
    // 15 March: 11 March has passed; the brief goes out on 19 March at the earliest.
    assert_eq!(
        lead(DeliverableStatus::Planned, "2027-03-15"),
        "Move publish to 2 Apr or later."
    );
    // 21 March, brief not sent yet (overdue): 14 days from today.
    assert_eq!(
        lead(DeliverableStatus::Planned, "2027-03-21"),
        "Move publish to 4 Apr or later."
    );
    let review = |today: &str| {
        let item = deliverable(
            ContentType::FeedPost,
            Some("2027-02-01"),
            Some("2027-03-01"),
            Some("2027-03-03"),
        );
        checks::run(&project_with(item), d(today))
            .into_iter()
            .find(|f| f.code == Code::TightReviewWindow)
            .map(|f| f.fix.en())
            .unwrap()
    };
    assert_eq!(
        review("2027-02-20"),
        "Ask for the draft by 26 Feb or move publish later."
    );
    // 27 February: too late to ask for it earlier; Monday 1 March + 3 business days.
    assert_eq!(review("2027-02-27"), "Move publish to 4 Mar or later.");
}
