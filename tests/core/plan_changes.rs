//! Plan changes: recorded with the edit once the creator has agreed, in the same undo step;
//! marked as told in one step; drafted into a message for the creator.

use crate::support::d;
use rapport_core::model::{
    Campaign, ContentType, Contract, Deliverable, DeliverableStatus, Edit, History, Id, Influencer,
    Participant, PlanChange, Platform, Project, ProjectIndex, Record, creators_to_tell,
    draft_update, edit_deliverable, mark_told, untold_changes,
};

const TODAY: &str = "2027-03-15";

/// Ana Lima (looked after by Leila) in Spring with an unsigned contract, and her reel, still
/// only planned; Kofi in Spring too, with a signed contract and a planned video.
fn project() -> Project {
    let mut project = Project::new();
    project.info.owner = "Marta Kowalczyk".into();
    project.info.brand = "Lumen Skin".into();
    let mut ana = Influencer::new("Ana Lima");
    ana.id = Id::from("inf-ana");
    ana.owner = "Leila Haddad".into();
    let mut kofi = Influencer::new("Kofi Mensah");
    kofi.id = Id::from("inf-kofi");
    let mut spring = Campaign::new("Spring Glow launch", d("2027-03-01"), d("2027-04-30"));
    spring.id = Id::from("cmp-spring");
    spring.participants = vec![
        Participant {
            influencer: ana.id.clone(),
            contract: Contract::default(),
            tracking: Default::default(),
            costs_not_needed: Vec::new(),
        },
        Participant {
            influencer: kofi.id.clone(),
            contract: Contract {
                signed: Some(d("2027-02-09")),
                ..Contract::default()
            },
            tracking: Default::default(),
            costs_not_needed: Vec::new(),
        },
    ];
    let mut summer = Campaign::new("Summer SPF", d("2027-04-01"), d("2027-05-31"));
    summer.id = Id::from("cmp-summer");
    let mut reel = Deliverable::new(
        spring.id.clone(),
        ana.id.clone(),
        "Morning routine reel",
        ContentType::ShortVideo,
    );
    reel.id = Id::from("dlv-reel");
    reel.brief_sent = Some(d("2027-03-20"));
    reel.draft_due = Some(d("2027-04-05"));
    reel.publish = Some(d("2027-04-12"));
    let mut beach = Deliverable::new(
        summer.id.clone(),
        ana.id.clone(),
        "Beach test",
        ContentType::ShortVideo,
    );
    beach.id = Id::from("dlv-beach");
    beach.publish = Some(d("2027-04-22"));
    beach.status = DeliverableStatus::Agreed;
    let mut video = Deliverable::new(
        spring.id.clone(),
        kofi.id.clone(),
        "5-minute routine",
        ContentType::LongVideo,
    );
    video.id = Id::from("dlv-video");
    video.publish = Some(d("2027-04-01"));
    project.influencers = vec![ana, kofi];
    project.campaigns = vec![spring, summer];
    project.deliverables = vec![reel, beach, video];
    project
}

fn reel(project: &Project) -> Deliverable {
    project
        .deliverable(&Id::from("dlv-reel"))
        .expect("the reel")
        .clone()
}

/// The recorded changes without their random ids: (deliverable, date, what, from, to, told).
fn changes(project: &Project) -> Vec<(String, String, String, String, String, bool)> {
    project
        .plan_changes
        .iter()
        .map(|c| {
            (
                c.deliverable.to_string(),
                c.date.to_string(),
                c.what.to_string(),
                c.from.clone(),
                c.to.clone(),
                c.told,
            )
        })
        .collect()
}

fn row(
    deliverable: &str,
    what: &str,
    from: &str,
    to: &str,
) -> (String, String, String, String, String, bool) {
    (
        deliverable.into(),
        TODAY.into(),
        what.into(),
        from.into(),
        to.into(),
        false,
    )
}

#[test]
fn a_change_before_the_creator_agreed_records_nothing() {
    let project = project();
    let mut moved = reel(&project);
    moved.publish = Some(d("2027-04-16"));
    moved.title = "Morning reel".into();
    assert_eq!(
        edit_deliverable(&project, moved.clone(), d(TODAY)),
        Edit::Put(Record::Deliverable(moved))
    );

    // A new deliverable records nothing either.
    let new = Deliverable::new(
        Id::from("cmp-spring"),
        Id::from("inf-ana"),
        "New",
        ContentType::Story,
    );
    assert_eq!(
        edit_deliverable(&project, new.clone(), d(TODAY)),
        Edit::Put(Record::Deliverable(new))
    );
}

#[test]
fn after_agreement_exactly_the_changed_fields_are_recorded_in_one_undo_step() {
    let mut project = project();
    let mut agreed = reel(&project);
    agreed.status = DeliverableStatus::Agreed;
    Edit::Put(Record::Deliverable(agreed)).apply(&mut project);
    let before = project.clone();

    let mut changed = reel(&project);
    changed.publish = Some(d("2027-04-16"));
    changed.draft_due = None;
    changed.content = ContentType::Story;
    changed.platform = Platform::TikTok;
    changed.disclosure = "#ad".into();
    // Not part of the plan the creator agreed to: status and revision rounds.
    changed.status = DeliverableStatus::InProgress;
    changed.revisions_used = 1;
    let mut history = History::new();
    let edit = edit_deliverable(&project, changed.clone(), d(TODAY));
    history.apply(&mut project, "Edit deliverable", edit);
    assert_eq!(reel(&project), changed);
    assert_eq!(
        changes(&project),
        vec![
            row("dlv-reel", "draft_due", "2027-04-05", ""),
            row("dlv-reel", "publish", "2027-04-12", "2027-04-16"),
            row("dlv-reel", "content", "Short video", "Story"),
            row("dlv-reel", "platform", "Instagram", "TikTok"),
            row("dlv-reel", "disclosure", "", "#ad"),
        ]
    );
    assert!(
        project
            .plan_changes
            .iter()
            .all(|c| c.id.as_str().starts_with("chg-"))
    );

    // One undo takes back the edit and what it recorded.
    assert_eq!(
        history.undo(&mut project).as_deref(),
        Some("Edit deliverable")
    );
    assert_eq!(project, before);
    history.redo(&mut project);
    assert_eq!(reel(&project), changed);
    assert_eq!(project.plan_changes.len(), 5);
}

#[test]
fn a_signed_contract_counts_as_agreement_and_cancelled_work_does_not() {
    let mut project = project();
    let mut video = project
        .deliverable(&Id::from("dlv-video"))
        .expect("video")
        .clone();
    assert_eq!(video.status, DeliverableStatus::Planned);
    video.title = "The 5-minute routine".into();
    let edit = edit_deliverable(&project, video.clone(), d(TODAY));
    edit.apply(&mut project);
    assert_eq!(
        changes(&project),
        vec![row(
            "dlv-video",
            "title",
            "5-minute routine",
            "The 5-minute routine"
        )]
    );

    let mut project = self::project();
    let mut dropped = project.deliverables[2].clone();
    dropped.status = DeliverableStatus::Cancelled;
    Edit::Put(Record::Deliverable(dropped.clone())).apply(&mut project);
    dropped.publish = Some(d("2027-05-01"));
    assert_eq!(
        edit_deliverable(&project, dropped.clone(), d(TODAY)),
        Edit::Put(Record::Deliverable(dropped))
    );
}

#[test]
fn moving_again_updates_the_untold_change_and_moving_back_removes_it() {
    let mut project = project();
    let mut history = History::new();
    let mut beach = project.deliverables[1].clone();
    for day in ["2027-04-23", "2027-04-24"] {
        beach.publish = Some(d(day));
        let edit = edit_deliverable(&project, beach.clone(), d(TODAY));
        history.apply(&mut project, "Move", edit);
    }
    assert_eq!(
        changes(&project),
        vec![row("dlv-beach", "publish", "2027-04-22", "2027-04-24")]
    );
    beach.publish = Some(d("2027-04-22"));
    let edit = edit_deliverable(&project, beach.clone(), d(TODAY));
    history.apply(&mut project, "Move back", edit);
    assert!(project.plan_changes.is_empty());
    history.undo(&mut project);
    assert_eq!(
        changes(&project),
        vec![row("dlv-beach", "publish", "2027-04-22", "2027-04-24")]
    );
}

fn untold(project: &mut Project) {
    let make = |id: &str, deliverable: &str, what: &str, from: &str, to: &str| PlanChange {
        id: Id::from(id),
        deliverable: Id::from(deliverable),
        date: d("2027-03-12"),
        what: what.into(),
        from: from.into(),
        to: to.into(),
        told: false,
    };
    project.deliverables[0].status = DeliverableStatus::Agreed;
    project.plan_changes = vec![
        make("chg-1", "dlv-reel", "publish", "2027-04-12", "2027-04-16"),
        make("chg-2", "dlv-video", "publish", "2027-04-01", "2027-04-08"),
        make("chg-3", "dlv-beach", "content", "Short video", "Story"),
        make("chg-4", "dlv-reel", "draft_due", "2027-04-05", "2027-04-09"),
    ];
}

#[test]
fn mark_told_clears_one_influencers_changes_in_one_step() {
    let mut project = project();
    untold(&mut project);
    let ana = Id::from("inf-ana");
    let ids =
        |list: Vec<&PlanChange>| -> Vec<String> { list.iter().map(|c| c.id.to_string()).collect() };
    assert_eq!(
        ids(untold_changes(&project, &ana)),
        vec!["chg-1", "chg-3", "chg-4"]
    );
    let before = project.clone();
    let mut history = History::new();
    let edit = mark_told(&project, &ana);
    history.apply(&mut project, "Mark as told", edit);
    assert!(untold_changes(&project, &ana).is_empty());
    assert_eq!(
        ids(untold_changes(&project, &Id::from("inf-kofi"))),
        vec!["chg-2"]
    );
    assert_eq!(
        project
            .plan_changes
            .iter()
            .map(|c| c.told)
            .collect::<Vec<_>>(),
        vec![true, false, true, true]
    );
    assert!(mark_told(&project, &ana).is_empty(), "nothing left to mark");
    history.undo(&mut project);
    assert_eq!(project, before);
}

#[test]
fn the_update_message_lists_exactly_what_changed() {
    let mut project = project();
    untold(&mut project);
    assert_eq!(
        draft_update(&project, &Id::from("inf-ana")),
        "Hi Ana Lima,\n\
         \n\
         A quick update on Spring Glow launch and Summer SPF: a few things in our plan have changed since we last spoke.\n\
         \n\
         Spring Glow launch\n\
         - Publish date of “Morning routine reel”: 12 Apr → 16 Apr\n\
         - Draft due date of “Morning routine reel”: 5 Apr → 9 Apr\n\
         \n\
         Summer SPF\n\
         - Content type of “Beach test”: Short video → Story\n\
         \n\
         Thank you for being so flexible, and for all the care you put into your work with us. If any of this does not work for you, just tell me and we will find another way.\n\
         \n\
         Best wishes,\n\
         Leila Haddad\n"
    );
    // Kofi has no point of contact of his own, so the project's owner signs.
    assert_eq!(
        draft_update(&project, &Id::from("inf-kofi")),
        "Hi Kofi Mensah,\n\
         \n\
         A quick update on Spring Glow launch: one thing in our plan has changed since we last spoke.\n\
         \n\
         - Publish date of “5-minute routine”: 1 Apr → 8 Apr\n\
         \n\
         Thank you for being so flexible, and for all the care you put into your work with us. If any of this does not work for you, just tell me and we will find another way.\n\
         \n\
         Best wishes,\n\
         Marta Kowalczyk\n"
    );
    mark_told(&project, &Id::from("inf-kofi")).apply(&mut project);
    assert_eq!(draft_update(&project, &Id::from("inf-kofi")), "");
}

#[test]
fn a_creator_who_speaks_mandarin_gets_the_update_in_chinese() {
    let mut project = project();
    untold(&mut project);
    let ana = Id::from("inf-ana");
    if let Some(i) = project.influencers.iter_mut().find(|i| i.id == ana) {
        i.personal.language = "Mandarin (English by email is fine)".into();
    }
    assert_eq!(
        draft_update(&project, &ana),
        "Ana Lima，你好！\n\
         \n\
         关于Spring Glow launch和Summer SPF的最新安排：自上次沟通以来，我们的计划有几处调整。\n\
         \n\
         Spring Glow launch\n\
         - “Morning routine reel”的发布日期：4月12日 → 4月16日\n\
         - “Morning routine reel”的初稿截止日期：4月5日 → 4月9日\n\
         \n\
         Summer SPF\n\
         - “Beach test”的内容类型：Short video → Story\n\
         \n\
         感谢你的理解与配合，也感谢你为这次合作付出的用心。如果以下调整有任何不方便，请直接告诉我，我们再一起想办法。\n\
         \n\
         祝好，\n\
         Leila Haddad\n"
    );
    // In English when asked, whatever the creator speaks.
    assert!(
        rapport_core::model::draft_update_in(&project, &ana, rapport_core::i18n::Lang::En)
            .starts_with("Hi Ana Lima,")
    );
    // One change: "一处调整".
    assert!(
        rapport_core::model::draft_update_in(
            &project,
            &Id::from("inf-kofi"),
            rapport_core::i18n::Lang::ZhCn
        )
        .contains("我们的计划有一处调整")
    );
}

#[test]
fn creators_to_tell_lists_each_creator_once_by_name_and_keeps_namesakes_apart() {
    let mut project = project();
    untold(&mut project);
    // A second "Ana Lima" (another person) with an untold change of her own.
    let mut namesake = Influencer::new("Ana Lima");
    namesake.id = Id::from("inf-ana-2");
    let mut story = Deliverable::new(
        Id::from("cmp-spring"),
        namesake.id.clone(),
        "Launch story",
        ContentType::Story,
    );
    story.id = Id::from("dlv-story");
    project.influencers.push(namesake);
    project.deliverables.push(story);
    project.plan_changes.push(PlanChange {
        id: Id::from("chg-5"),
        deliverable: Id::from("dlv-story"),
        date: d("2027-03-12"),
        what: "publish".into(),
        from: "2027-04-02".into(),
        to: "2027-04-03".into(),
        told: false,
    });
    let index = ProjectIndex::new(&project);
    let listed: Vec<(String, String, Vec<String>)> = creators_to_tell(&project, &index, 2027)
        .into_iter()
        .map(|c| (c.name, c.influencer.to_string(), c.changes))
        .collect();
    assert_eq!(
        listed,
        vec![
            (
                "Ana Lima".to_string(),
                "inf-ana".to_string(),
                vec![
                    "Publish date of “Morning routine reel”: 12 Apr → 16 Apr".to_string(),
                    "Content type of “Beach test”: Short video → Story".to_string(),
                    "Draft due date of “Morning routine reel”: 5 Apr → 9 Apr".to_string(),
                ]
            ),
            (
                "Ana Lima".to_string(),
                "inf-ana-2".to_string(),
                vec!["Publish date of “Launch story”: 2 Apr → 3 Apr".to_string()]
            ),
            (
                "Kofi Mensah".to_string(),
                "inf-kofi".to_string(),
                vec!["Publish date of “5-minute routine”: 1 Apr → 8 Apr".to_string()]
            ),
        ]
    );
}
