//! `rapport timeline` as a user runs it.

use crate::support::{EXAMPLE, json, rapport, stderr, stdout};
use rapport_core::model::{
    Campaign, ContentType, Deliverable, DeliverableStatus, Edit, Id, Influencer, Project, Record,
};

#[test]
fn text_lists_every_deliverable_by_publish_date_with_its_findings() {
    let output = rapport(&["timeline", EXAMPLE, "--today", "2027-03-15"]);
    let text = stdout(&output);
    // Error findings do not change the exit status: the timeline is a listing.
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "PUBLISH     DRAFT DUE   BRIEF SENT  STATUS           DELIVERABLE — INFLUENCER — CAMPAIGN (ID)"
        )
    );
    let rows: Vec<&str> = text
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with(' '))
        .collect();
    let project = rapport_core::file::open(std::path::Path::new(EXAMPLE))
        .expect("the example opens")
        .project;
    assert_eq!(rows.len(), project.deliverables.len());
    let dates: Vec<&str> = rows.iter().map(|l| &l[..10]).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "in publish-date order");
    assert_eq!(
        rows[0],
        "2027-02-24  2027-02-12  2027-01-14  Published        Pre-launch teaser: 'something orange is coming' — Beatriz Figueiredo — Spring Glow launch (dlv-fwm622rr)"
    );

    // The findings of a row follow it, indented.
    let pop_up = text
        .lines()
        .position(|l| l.contains("(dlv-dnvfczeb)"))
        .expect("the Paris pop-up");
    let under: Vec<&str> = text
        .lines()
        .skip(pop_up + 1)
        .take_while(|l| l.starts_with(' '))
        .collect();
    assert_eq!(under.len(), 2, "{under:#?}");
    assert!(under[0].starts_with(
        "            warning  creator-overload       Chloé Marchand has 3 publish dates within 7 days, across 2 campaigns:"
    ));
    assert!(under[1].starts_with(
        "            warning  plan-change-not-told   Chloé Marchand has not been told about 2 changes"
    ));
    assert!(under[1].ends_with(
        "— fix: Tell Chloé Marchand what changed and why (Draft update writes the message), then mark the changes as told."
    ));
    // Every timeline code of the example shows up under some row.
    for code in [
        "tight-lead-time",
        "tight-review-window",
        "creator-overload",
        "rush-campaign",
        "dates-out-of-order",
        "overdue",
        "too-many-revisions",
        "plan-change-not-told",
    ] {
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().nth(1) == Some(code)),
            "{code} missing:\n{text}"
        );
    }
}

#[test]
fn json_gives_dates_status_and_findings_per_deliverable() {
    let items = json(&[
        "timeline",
        EXAMPLE,
        "--today",
        "2027-03-15",
        "--format",
        "json",
    ]);
    assert_eq!(items.len(), 40);
    for item in &items {
        for key in [
            "id",
            "title",
            "influencer",
            "campaign",
            "brief_sent",
            "draft_due",
            "publish",
            "status",
            "findings",
        ] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
    }
    let pop_up = items
        .iter()
        .find(|i| i["id"] == "dlv-dnvfczeb")
        .expect("the Paris pop-up");
    assert_eq!(pop_up["title"], "Paris pop-up: live from Le Marais");
    assert_eq!(pop_up["influencer"], "Chloé Marchand");
    assert_eq!(pop_up["campaign"], "Spring Glow launch");
    assert_eq!(pop_up["brief_sent"], "2027-02-22");
    assert_eq!(pop_up["draft_due"], "2027-04-09");
    assert_eq!(pop_up["publish"], "2027-04-14");
    assert_eq!(pop_up["status"], "Agreed");
    let findings = pop_up["findings"].as_array().expect("findings");
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().expect("a code"))
        .collect();
    assert_eq!(codes, ["creator-overload", "plan-change-not-told"]);
    assert_eq!(findings[1]["severity"], "warning");
    assert_eq!(
        findings[1]["message"],
        "Chloé Marchand has not been told about 2 changes to \"Paris pop-up: live from Le Marais\" made after they agreed: publish date 1 Apr → 14 Apr; draft due date 29 Mar → 9 Apr."
    );
    assert!(findings[1]["fix"].as_str().is_some_and(|f| !f.is_empty()));
}

#[test]
fn one_campaign_by_id_or_name_and_an_unknown_one_is_explained() {
    let summer = json(&[
        "timeline",
        EXAMPLE,
        "--campaign",
        "cmp-79wr55tv",
        "--format",
        "json",
        "--today",
        "2027-03-15",
    ]);
    assert_eq!(summer.len(), 17);
    assert!(
        summer
            .iter()
            .all(|i| i["campaign"] == "Summer SPF ambassadors")
    );
    let by_name = json(&[
        "timeline",
        EXAMPLE,
        "--campaign",
        "summer spf ambassadors",
        "--format",
        "json",
        "--today",
        "2027-03-15",
    ]);
    assert_eq!(by_name, summer);

    let unknown = rapport(&["timeline", EXAMPLE, "--campaign", "cmp-nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(stdout(&unknown), "");
    assert_eq!(
        stderr(&unknown),
        "rapport: no campaign \"cmp-nope\"; the campaigns are cmp-t6g2jmk8 (Spring Glow launch), cmp-79wr55tv (Summer SPF ambassadors)\n"
    );
}

#[test]
fn undated_deliverables_come_last() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("small.rapport.ron");
    let mut project = Project::new();
    let mut ana = Influencer::new("Ana Lima");
    ana.id = Id::from("inf-ana");
    let mut spring = Campaign::new(
        "Spring",
        "2027-03-01".parse().expect("date"),
        "2027-04-30".parse().expect("date"),
    );
    spring.id = Id::from("cmp-spring");
    let item = |id: &str, publish: Option<&str>| {
        let mut d = Deliverable::new(
            Id::from("cmp-spring"),
            Id::from("inf-ana"),
            id,
            ContentType::Story,
        );
        d.id = Id::from(id);
        d.publish = publish.map(|p| p.parse().expect("date"));
        d.status = DeliverableStatus::Planned;
        d.disclosure = "#ad".into();
        d
    };
    let mut edits = vec![
        Edit::Put(Record::Influencer(ana)),
        Edit::Put(Record::Campaign(spring)),
    ];
    for d in [
        item("dlv-undated", None),
        item("dlv-late", Some("2027-04-20")),
        item("dlv-early", Some("2027-04-02")),
    ] {
        edits.push(Edit::Put(Record::Deliverable(d)));
    }
    Edit::Batch(edits).apply(&mut project);
    rapport_core::file::save(&project, &path, None).expect("save");
    let path = path.to_str().expect("utf-8 path");

    let items = json(&[
        "timeline",
        path,
        "--format",
        "json",
        "--today",
        "2027-03-15",
    ]);
    let ids: Vec<&str> = items
        .iter()
        .map(|i| i["id"].as_str().expect("an id"))
        .collect();
    assert_eq!(ids, ["dlv-early", "dlv-late", "dlv-undated"]);
    assert_eq!(items[2]["publish"], serde_json::Value::Null);
    assert_eq!(items[0]["findings"], serde_json::json!([]));

    let text = stdout(&rapport(&["timeline", path, "--today", "2027-03-15"]));
    assert_eq!(
        text.lines().last(),
        Some(
            "—           —           —           Planned          dlv-undated — Ana Lima — Spring (dlv-undated)"
        )
    );
}

#[test]
fn a_file_that_cannot_be_read_exits_two() {
    let missing = rapport(&["timeline", "no-such-file.rapport.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(stdout(&missing), "");
    assert!(stderr(&missing).starts_with("rapport: "));

    let (_dir, path) = crate::support::broken_file();
    let broken = rapport(&["timeline", path.to_str().expect("utf-8 path")]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        stderr(&broken).contains("broken.rapport.ron: line 4, column"),
        "{}",
        stderr(&broken)
    );

    let bad = rapport(&["timeline", EXAMPLE, "--format", "xml"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("[possible values: text, json]"));
}

#[test]
fn a_finding_about_a_crowd_is_written_once_and_referred_to_under_the_others() {
    let mut project = Project::new();
    let ana = Influencer::new("Ana");
    let day = crate::support::d("2027-04-01");
    let campaign = Campaign::new("Crowd", day, day);
    for i in 0..2_000 {
        let mut d = Deliverable::new(
            campaign.id.clone(),
            ana.id.clone(),
            &format!("Post {i}"),
            ContentType::Story,
        );
        d.publish = Some(day);
        project.deliverables.push(d);
    }
    project.influencers.push(ana);
    project.campaigns.push(campaign);
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("crowd.rapport.ron");
    rapport_core::file::save(&project, &path, None).expect("saved");
    let output = rapport(&[
        "timeline",
        path.to_str().expect("utf-8"),
        "--today",
        "2027-03-15",
    ]);
    let text = stdout(&output);
    let full = text
        .lines()
        .filter(|l| l.contains("creator-overload") && l.contains("publish dates within 7 days"))
        .count();
    let referred = text
        .lines()
        .filter(|l| {
            l.contains("creator-overload")
                && l.contains("(the same finding as under \"Post 0\" above)")
        })
        .count();
    assert_eq!((full, referred), (1, 1_999));
    assert!(text.len() < 2_000_000, "{} bytes", text.len());
}
