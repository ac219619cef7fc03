//! Comparing and merging copies made by editing two copies of the example apart: every
//! kind of change, every kind of conflict, a client copy coming back; and properties that
//! hold for any project.

use crate::support::{EXAMPLE, d};
use rapport_core::file;
use rapport_core::model::{Contact, ContactKind, Deliverable, Project, ShareKind};
use rapport_core::share::{
    Change, Merge, Outcome, RecordKind, Resolution, ShareOptions, Side, compare, merge, share_copy,
};

fn example() -> Project {
    file::open(std::path::Path::new(EXAMPLE)).unwrap().project
}

fn ana(p: &mut Project) -> &mut rapport_core::model::Influencer {
    p.influencers
        .iter_mut()
        .find(|i| i.name.starts_with("Ana"))
        .unwrap()
}

/// Provenance aside, two projects are the same.
fn same(a: &Project, b: &Project) -> bool {
    let (mut a, mut b) = (a.clone(), b.clone());
    for p in [&mut a, &mut b] {
        p.info.revision = None;
        p.info.shared = None;
    }
    a == b
}

#[test]
fn compare_lists_fields_by_path_with_old_and_new() {
    let older = example();
    let mut newer = older.clone();
    ana(&mut newer).handles[0].followers = 999;
    newer.deliverables[0].publish = Some(d("2027-03-06"));
    newer.campaigns[0].participants[0].tracking.code = "ANA20".into();
    let gone = newer.cost_lines.remove(3);
    let mut added = newer.deliverables[1].clone();
    added.id = "dlv-new00001".into();
    added.title = "New reel".into();
    newer.deliverables.push(added);
    let found = compare(&older, &newer);
    type Row<'a> = (
        RecordKind,
        Change,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
    );
    let rows: Vec<Row> = found
        .iter()
        .map(|x| {
            (
                x.kind,
                x.change,
                x.field.as_deref(),
                x.old.as_deref(),
                x.new.as_deref(),
            )
        })
        .collect();
    let old_followers = older.influencers[0].handles[0].followers.to_string();
    let old_publish = older.deliverables[0].publish.unwrap().to_string();
    assert_eq!(
        rows,
        vec![
            (
                RecordKind::Influencer,
                Change::Changed,
                Some("handles[Instagram].followers"),
                Some(old_followers.as_str()),
                Some("999")
            ),
            (
                RecordKind::Campaign,
                Change::Changed,
                Some(
                    format!(
                        "participants[{}].tracking.code",
                        older.campaigns[0].participants[0].influencer
                    )
                    .as_str()
                ),
                Some("ANA15"),
                Some("ANA20")
            ),
            (
                RecordKind::Deliverable,
                Change::Changed,
                Some("publish"),
                Some(old_publish.as_str()),
                Some("2027-03-06")
            ),
            (
                RecordKind::Deliverable,
                Change::Added,
                None,
                None,
                Some("New reel")
            ),
            (
                RecordKind::CostLine,
                Change::Removed,
                None,
                Some(gone_name(&gone).as_str()),
                None
            ),
        ]
    );
    assert!(compare(&older, &older.clone()).is_empty());
    // Where a file came from is not a difference.
    let mut stamped = older.clone();
    stamped.info.revision = Some(rapport_core::model::Revision::after(None));
    assert!(compare(&older, &stamped).is_empty());
}

fn gone_name(line: &rapport_core::model::CostLine) -> String {
    if line.description.trim().is_empty() {
        line.category.label().to_string()
    } else {
        line.description.clone()
    }
}

#[test]
fn changes_on_one_side_only_merge_by_themselves_and_histories_combine() {
    let base = example();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    ana(&mut mine).name = "Ana Lima".into();
    let removed = mine.cost_lines.remove(5).id;
    ana(&mut mine).contacts.push(Contact {
        date: d("2027-03-10"),
        kind: ContactKind::Call,
        summary: "Mine: call about the giveaway".into(),
    });
    theirs.deliverables[2].publish = Some(d("2027-04-02"));
    let mut added: Deliverable = theirs.deliverables[0].clone();
    added.id = "dlv-theirs01".into();
    added.title = "Their new story".into();
    theirs.deliverables.push(added.clone());
    ana(&mut theirs).contacts.push(Contact {
        date: d("2027-03-09"),
        kind: ContactKind::Email,
        summary: "Theirs: sent the brief".into(),
    });
    theirs.info.settings.no_contact_days = 45;

    let merged = merge(Some(&base), &mine, &theirs, &Resolution::none());
    assert_eq!(
        merged.conflicts().count(),
        0,
        "{:#?}",
        merged.conflicts().collect::<Vec<_>>()
    );
    let p = &merged.project;
    assert_eq!(ana(&mut p.clone()).name, "Ana Lima");
    assert!(p.cost_lines.iter().all(|l| l.id != removed));
    assert_eq!(p.deliverables[2].publish, Some(d("2027-04-02")));
    assert_eq!(p.deliverables.last().unwrap(), &added);
    assert_eq!(p.info.settings.no_contact_days, 45);
    let log = ana(&mut p.clone()).contacts.clone();
    assert_eq!(
        log.len(),
        ana(&mut base.clone()).contacts.len() + 2,
        "union of both"
    );
    let at = |s: &str| log.iter().position(|c| c.summary == s).unwrap();
    assert!(
        at("Theirs: sent the brief") + 1 == at("Mine: call about the giveaway"),
        "9 Mar, then 10 Mar"
    );
    assert!(
        log.windows(2).all(|w| w[0].date <= w[1].date),
        "in date order"
    );
    assert_eq!(p.influencers.len(), base.influencers.len());
    assert_eq!(p.deliverables.len(), base.deliverables.len() + 1);
    assert_eq!(p.cost_lines.len(), base.cost_lines.len() - 1);
    // What was taken from theirs is listed.
    assert!(
        merged
            .rows
            .iter()
            .any(|r| r.field == "publish" && r.outcome == Outcome::Taken(Side::Theirs))
    );
    assert!(
        merged
            .rows
            .iter()
            .any(|r| r.field == "settings.no_contact_days" && r.theirs.as_deref() == Some("45"))
    );
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_that_only_a_choice_settles() {
    let base = example();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    ana(&mut mine).name = "Ana L. Lima".into();
    ana(&mut theirs).name = "Ana Luisa Lima".into();
    ana(&mut theirs).country = "PT".into();
    let id = ana(&mut mine).id.to_string();

    let open = merge(Some(&base), &mine, &theirs, &Resolution::none());
    let conflicts: Vec<_> = open.conflicts().collect();
    assert_eq!(conflicts.len(), 1);
    let c = conflicts[0];
    assert_eq!(
        (
            c.kind,
            c.field.as_str(),
            c.base.as_deref(),
            c.mine.as_deref(),
            c.theirs.as_deref(),
            c.outcome
        ),
        (
            RecordKind::Influencer,
            "name",
            Some("Ana Luísa Lima"),
            Some("Ana L. Lima"),
            Some("Ana Luisa Lima"),
            Outcome::Conflict(None)
        )
    );
    assert_eq!(open.unresolved(), 1);
    assert_eq!(
        ana(&mut open.project.clone()).name,
        "Ana L. Lima",
        "mine until chosen"
    );
    assert_eq!(
        ana(&mut open.project.clone()).country,
        "PT",
        "the other field merged by itself"
    );

    let mut field = Resolution::none();
    field.fields.insert(
        (RecordKind::Influencer, id.clone(), "name".into()),
        Side::Theirs,
    );
    let chosen = merge(Some(&base), &mine, &theirs, &field);
    assert_eq!(
        (
            chosen.unresolved(),
            ana(&mut chosen.project.clone()).name.as_str()
        ),
        (0, "Ana Luisa Lima")
    );
    let mut record = Resolution::all(Side::Theirs);
    record
        .records
        .insert((RecordKind::Influencer, id), Side::Mine);
    let per_record = merge(Some(&base), &mine, &theirs, &record);
    assert_eq!(
        ana(&mut per_record.project.clone()).name,
        "Ana L. Lima",
        "the record's choice beats all"
    );
    assert_eq!(
        ana(&mut merge(Some(&base), &mine, &theirs, &Resolution::all(Side::Theirs)).project).name,
        "Ana Luisa Lima"
    );
}

#[test]
fn a_record_changed_on_one_side_and_removed_on_the_other_is_a_conflict() {
    let base = example();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let gone = mine.deliverables.remove(4);
    theirs.deliverables[4].title = "Renamed by them".into();
    let open = merge(Some(&base), &mine, &theirs, &Resolution::none());
    let c: Vec<_> = open.conflicts().collect();
    assert_eq!(c.len(), 1);
    assert_eq!(
        (
            c[0].field.as_str(),
            c[0].mine.as_deref(),
            c[0].theirs.as_deref()
        ),
        ("", None, Some("present"))
    );
    assert!(
        open.project.deliverables.iter().all(|x| x.id != gone.id),
        "kept removed (mine) until chosen"
    );
    let theirs_won = merge(Some(&base), &mine, &theirs, &Resolution::all(Side::Theirs));
    assert!(
        theirs_won
            .project
            .deliverables
            .iter()
            .any(|x| x.id == gone.id && x.title == "Renamed by them")
    );
    // Removed on one side, untouched on the other: removed, no question.
    let quiet = merge(Some(&base), &mine, &base, &Resolution::none());
    assert_eq!(
        (quiet.conflicts().count(), quiet.project.deliverables.len()),
        (0, base.deliverables.len() - 1)
    );
}

#[test]
fn participants_merge_by_influencer() {
    let base = example();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.campaigns[0].participants[0].tracking.code = "MINE10".into();
    theirs.campaigns[0].participants[1].contract.exclusivity =
        !base.campaigns[0].participants[1].contract.exclusivity;
    let merged = merge(Some(&base), &mine, &theirs, &Resolution::none());
    assert_eq!(merged.conflicts().count(), 0);
    let c = &merged.project.campaigns[0];
    assert_eq!(c.participants[0].tracking.code, "MINE10");
    assert_eq!(
        c.participants[1].contract.exclusivity,
        theirs.campaigns[0].participants[1].contract.exclusivity
    );
}

#[test]
fn a_client_copy_that_comes_back_deletes_nothing_it_left_out() {
    let base = example();
    for amounts in [false, true] {
        let options = ShareOptions {
            kind: ShareKind::Client,
            amounts,
        };
        let mut copy = share_copy(&base, options, d("2027-03-15"), true).copy;
        // The client moves a publish date and rewrites a campaign brief.
        copy.deliverables[3].publish = Some(d("2027-04-20"));
        copy.campaigns[1].brief = "Client's words".into();
        let mut expected = base.clone();
        expected.deliverables[3].publish = Some(d("2027-04-20"));
        expected.campaigns[1].brief = "Client's words".into();
        // Meanwhile I changed a private note and a fee.
        let mut mine = base.clone();
        ana(&mut mine).notes = "Mine, later".into();
        mine.cost_lines[0].amount = "4100.00".parse().unwrap();
        ana(&mut expected).notes = "Mine, later".into();
        expected.cost_lines[0].amount = "4100.00".parse().unwrap();

        let merged = merge(Some(&base), &mine, &copy, &Resolution::none());
        assert_eq!(
            merged.conflicts().count(),
            0,
            "{:#?}",
            merged.conflicts().collect::<Vec<_>>()
        );
        assert!(same(&merged.project, &expected), "amounts: {amounts}");
        // Without the base, the project it is merged into fills in what was left out.
        let no_base = Merge::new(None, &mine, copy.clone());
        let all_theirs = no_base.run(&mine, &Resolution::all(Side::Theirs));
        assert_eq!(ana(&mut all_theirs.project.clone()).notes, "Mine, later");
        assert_eq!(all_theirs.project.cost_lines.len(), base.cost_lines.len());
        assert_eq!(
            all_theirs.project.deliverables[3].publish,
            Some(d("2027-04-20"))
        );
    }
}

#[test]
fn without_a_base_every_difference_is_asked_and_mine_stays_until_chosen() {
    let base = example();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    ana(&mut theirs).country = "PT".into();
    theirs.deliverables[0].title = "Theirs".into();
    let mut extra = theirs.deliverables[1].clone();
    extra.id = "dlv-extra001".into();
    theirs.deliverables.push(extra);
    mine.campaigns[0].brief = "Mine".into();
    let open = merge(None, &mine, &theirs, &Resolution::none());
    assert!(!open.three_way);
    assert_eq!(open.conflicts().count(), 4);
    assert_eq!(open.unresolved(), 4);
    assert!(same(&open.project, &mine));
    assert!(same(
        &merge(None, &mine, &theirs, &Resolution::all(Side::Theirs)).project,
        &theirs
    ));
    assert!(same(
        &merge(None, &mine, &theirs, &Resolution::all(Side::Mine)).project,
        &mine
    ));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Merging a copy with itself, or with an unchanged base, changes nothing; taking
        /// all of one side gives that side.
        #[test]
        fn merging_is_the_identity_on_itself_and_gives_a_side_taken_whole(
            a in crate::support::hostile::knobs(),
            b in crate::support::hostile::knobs(),
        ) {
            let x = crate::support::hostile::project(&a);
            let y = crate::support::hostile::project(&b);
            prop_assert!(same(&merge(Some(&x), &x, &x, &Resolution::none()).project, &x));
            prop_assert!(same(&merge(None, &x, &x, &Resolution::none()).project, &x));
            let mine_changed = merge(Some(&x), &y, &x, &Resolution::none());
            prop_assert_eq!(mine_changed.unresolved(), 0);
            prop_assert!(same(&mine_changed.project, &y), "unchanged theirs keeps mine");
            let theirs_changed = merge(Some(&x), &x, &y, &Resolution::none());
            prop_assert_eq!(theirs_changed.unresolved(), 0);
            prop_assert!(same(&theirs_changed.project, &y), "unchanged mine takes theirs");
            prop_assert!(same(&merge(None, &x, &y, &Resolution::all(Side::Theirs)).project, &y));
            prop_assert!(same(&merge(None, &x, &y, &Resolution::all(Side::Mine)).project, &x));
        }
    }
}

#[test]
fn a_merge_is_one_edit_that_undo_takes_back_whole() {
    use rapport_core::document::Document;
    let base = example();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.influencers[1].country = "TW".into();
    theirs.deliverables[0].title = "Theirs".into();
    theirs.cost_lines.remove(0);
    let mut extra = theirs.deliverables[1].clone();
    extra.id = "dlv-extra001".into();
    theirs.deliverables.push(extra);
    let merged = merge(Some(&base), &mine, &theirs, &Resolution::none()).project;
    let mut doc = Document::new();
    doc.project = std::sync::Arc::new(mine.clone());
    doc.apply("Merge", rapport_core::share::edit_between(&mine, &merged));
    assert_eq!(*doc.project, merged);
    assert_eq!(doc.undo().as_deref(), Some("Merge"));
    assert_eq!(*doc.project, mine);
    assert!(doc.undo().is_none(), "one step");
}

#[test]
fn records_only_theirs_has_come_where_they_have_them() {
    let base = example();
    let mut theirs = base.clone();
    let mut first = base.deliverables[0].clone();
    first.id = "dlv-first001".into();
    let mut middle = base.deliverables[0].clone();
    middle.id = "dlv-middle01".into();
    theirs.deliverables.insert(0, first);
    theirs.deliverables.insert(6, middle);
    let merged = merge(Some(&base), &base, &theirs, &Resolution::none()).project;
    assert_eq!(merged.deliverables, theirs.deliverables);
    let mut doc = rapport_core::document::Document::new();
    doc.project = std::sync::Arc::new(base.clone());
    doc.apply("Merge", rapport_core::share::edit_between(&base, &merged));
    assert_eq!(*doc.project, merged);
}
