//! The relationship checks at their boundaries, with the exact findings they give.

use crate::support::d;
use rapport_core::checks::{self, Code, Finding, Severity};
use rapport_core::model::{
    Campaign, Compensation, Contact, ContactKind, ContentType, Contract, CostCategory, CostLine,
    CostStatus, Deliverable, DeliverableStatus, Id, Influencer, Jurisdiction, Money, Participant,
    Project, Rate, Stage, Tracking, Vetting,
};

fn complete_contract() -> Contract {
    Contract {
        signed: Some(d("2027-02-01")),
        deliverables: true,
        compensation: true,
        disclosure: true,
        usage_rights: true,
        exclusivity: true,
        payment_terms: true,
        payment_terms_days: None,
    }
}

fn all_vetted() -> Vetting {
    Vetting {
        engagement_checked: true,
        audience_fit: true,
        content_quality: true,
        past_partnerships: true,
        brand_safety: true,
    }
}

/// One influencer who is fine in every respect, in one campaign, with one published,
/// disclosed reel and a fee at their rate; each test breaks one thing.
fn project() -> Project {
    let mut project = Project::new();
    project.info.brand = "Lumen Skin".into();
    let mut ana = Influencer::new("Ana Lima");
    ana.id = Id::from("inf-ana");
    ana.stage = Stage::Active;
    ana.owner = "Marta".into();
    ana.vetting = all_vetted();
    ana.rate_card = vec![Rate {
        content: ContentType::ShortVideo,
        amount: Money::from_units(1350),
    }];
    ana.contacts = vec![Contact {
        date: d("2027-03-01"),
        kind: ContactKind::Call,
        summary: "Catch-up".into(),
    }];
    let mut campaign = Campaign::new("Spring", d("2027-02-01"), d("2027-04-30"));
    campaign.id = Id::from("cmp-spring");
    // A target set before launch, and the reel measured with its code used.
    campaign.targets.redemptions = Some(50);
    campaign.participants = vec![Participant {
        influencer: ana.id.clone(),
        contract: complete_contract(),
        tracking: Tracking {
            code: "ANA15".into(),
            ..Default::default()
        },
        costs_not_needed: Vec::new(),
    }];
    let mut reel = Deliverable::new(
        campaign.id.clone(),
        ana.id.clone(),
        "Morning routine reel",
        ContentType::ShortVideo,
    );
    reel.id = Id::from("dlv-reel");
    // Briefed two weeks before the campaign starts, so it is not a rush.
    reel.brief_sent = Some(d("2027-01-15"));
    reel.draft_due = Some(d("2027-02-10"));
    reel.publish = Some(d("2027-02-15"));
    reel.status = DeliverableStatus::Published;
    reel.disclosure = "#ad".into();
    let mut reading = rapport_core::model::Measurement::on(d("2027-02-20"));
    reading.reach = Some(40_000);
    reading.redemptions = Some(35);
    reel.results.push(reading);
    let mut fee = CostLine::new(
        campaign.id.clone(),
        CostCategory::CreatorFee,
        Money::from_units(1350),
    );
    fee.id = Id::from("cst-fee");
    fee.influencer = Some(ana.id.clone());
    fee.status = CostStatus::Committed;
    ana.contacts.push(Contact {
        date: d("2027-02-16"),
        kind: ContactKind::ThankYou,
        summary: "Loved the reel".into(),
    });
    project.influencers.push(ana);
    project.campaigns.push(campaign);
    project.deliverables.push(reel);
    project.cost_lines.push(fee);
    project
}

fn found(project: &Project, today: &str, code: Code) -> Vec<Finding> {
    checks::run(project, d(today))
        .into_iter()
        .filter(|f| f.code == code)
        .collect()
}

#[test]
fn the_healthy_project_has_no_relationship_findings() {
    let all = checks::run(&project(), d("2027-03-15"));
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn no_recent_contact_fires_after_sixty_days() {
    let p = project();
    // Last contact 1 March: 60 days later is 30 April.
    assert!(found(&p, "2027-04-30", Code::NoRecentContact).is_empty());
    let late = found(&p, "2027-05-01", Code::NoRecentContact);
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].severity, Severity::Warning);
    assert_eq!(
        late[0].message.en(),
        "No contact with Ana Lima for 61 days (last: call on 1 Mar); an active relationship needs contact at least every 60 days."
    );
    assert_eq!(late[0].subject, vec![Id::from("inf-ana")]);
}

#[test]
fn no_recent_contact_is_only_for_active_partners_and_ambassadors() {
    let mut p = project();
    p.influencers[0].contacts.clear();
    let never = found(&p, "2027-03-15", Code::NoRecentContact);
    assert_eq!(
        never[0].message.en(),
        "No contact with Ana Lima is recorded, and they are an active partner."
    );
    p.influencers[0].stage = Stage::Paused;
    assert!(found(&p, "2027-03-15", Code::NoRecentContact).is_empty());
    p.influencers[0].stage = Stage::Ambassador;
    assert_eq!(found(&p, "2027-03-15", Code::NoRecentContact).len(), 1);
}

#[test]
fn thanks_missing_fires_fifteen_days_after_the_last_publish() {
    let mut p = project();
    p.influencers[0]
        .contacts
        .retain(|c| c.kind != ContactKind::ThankYou);
    // Published 15 February: 14 days later is 1 March.
    assert!(found(&p, "2027-03-01", Code::ThanksMissing).is_empty());
    let late = found(&p, "2027-03-02", Code::ThanksMissing);
    assert_eq!(late.len(), 1);
    assert_eq!(
        late[0].message.en(),
        "Ana Lima's part in Spring ended 15 days ago (15 Feb) and no thank-you is recorded."
    );
    assert_eq!(
        late[0].subject,
        vec![Id::from("inf-ana"), Id::from("cmp-spring")]
    );
}

#[test]
fn a_thank_you_before_the_content_went_live_does_not_count() {
    let mut p = project();
    p.influencers[0].contacts = vec![Contact {
        date: d("2027-01-20"),
        kind: ContactKind::ThankYou,
        summary: "Thanks for signing".into(),
    }];
    assert_eq!(found(&p, "2027-03-15", Code::ThanksMissing).len(), 1);
    p.deliverables[0].status = DeliverableStatus::Approved;
    assert!(
        found(&p, "2027-03-15", Code::ThanksMissing).is_empty(),
        "not ended while content is unpublished"
    );
}

#[test]
fn contract_incomplete_names_what_is_missing() {
    let mut p = project();
    p.campaigns[0].participants[0].contract.exclusivity = false;
    p.campaigns[0].participants[0].contract.usage_rights = false;
    let f = found(&p, "2027-03-15", Code::ContractIncomplete);
    assert_eq!(
        f[0].message.en(),
        "Ana Lima's contract for Spring does not cover usage rights, exclusivity."
    );
    assert_eq!(
        f[0].fix.en(),
        "Add usage rights, exclusivity to the contract and get it signed before the brief goes out."
    );
    p.campaigns[0].participants[0].contract = Contract {
        signed: None,
        ..complete_contract()
    };
    let f = found(&p, "2027-03-15", Code::ContractIncomplete);
    assert_eq!(
        f[0].message.en(),
        "Ana Lima's contract for Spring is not signed."
    );
}

#[test]
fn disclosure_missing_and_ambiguous() {
    let mut p = project();
    p.deliverables[0].disclosure = "  ".into();
    let f = found(&p, "2027-03-15", Code::DisclosureMissing);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(
        f[0].message.en(),
        "\"Morning routine reel\" is paid content but has no disclosure label."
    );

    p.deliverables[0].disclosure = "#Spon".into();
    let f = found(&p, "2027-03-15", Code::DisclosureAmbiguous);
    assert_eq!(
        f[0].message.en(),
        "\"Morning routine reel\" is labelled \"#Spon\", which the FTC does not accept as a clear disclosure."
    );

    p.deliverables[0].compensation = Compensation::Gifted;
    p.deliverables[0].disclosure = " Ad – gifted ".into();
    p.info.settings.jurisdiction = Jurisdiction::Uk;
    assert!(found(&p, "2027-03-15", Code::DisclosureAmbiguous).is_empty());
    p.deliverables[0].disclosure = "gifted".into();
    assert_eq!(
        found(&p, "2027-03-15", Code::DisclosureAmbiguous).len(),
        1,
        "gifted alone is not enough"
    );

    p.deliverables[0].compensation = Compensation::Unpaid;
    p.deliverables[0].disclosure.clear();
    assert!(
        found(&p, "2027-03-15", Code::DisclosureMissing).is_empty(),
        "organic mentions need no label"
    );
}

#[test]
fn vetting_tracking_and_owner() {
    let mut p = project();
    p.influencers[0].vetting.brand_safety = false;
    p.influencers[0].vetting.past_partnerships = false;
    let f = found(&p, "2027-03-15", Code::VettingIncomplete);
    assert_eq!(
        f[0].message.en(),
        "Ana Lima is in Spring but vetting is not finished: past partnerships, brand safety not checked."
    );

    p.campaigns[0].participants[0].tracking = Tracking::default();
    let f = found(&p, "2027-03-15", Code::TrackingMissing);
    assert_eq!(f[0].severity, Severity::Notice);

    p.influencers[0].owner = " ".into();
    assert_eq!(found(&p, "2027-03-15", Code::NoOwner).len(), 1);
    let mut prospect = Influencer::new("Not yet contacted");
    prospect.stage = Stage::Prospect;
    p.influencers.push(prospect);
    assert_eq!(
        found(&p, "2027-03-15", Code::NoOwner).len(),
        1,
        "prospects outside campaigns need no owner yet"
    );
}

#[test]
fn fee_below_rate_compares_with_the_rate_card() {
    let mut p = project();
    p.cost_lines[0].amount = "1349.99".parse().expect("money");
    let f = found(&p, "2027-03-15", Code::FeeBelowRate);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].message.en(),
        "Ana Lima's fee for Spring is 1,349.99 EUR, below their own rate card for the 1 deliverable agreed (1,350.00 EUR)."
    );
    assert_eq!(
        f[0].subject,
        vec![
            Id::from("inf-ana"),
            Id::from("cmp-spring"),
            Id::from("cst-fee")
        ]
    );

    // A second paid deliverable raises what the card asks for.
    p.cost_lines[0].amount = Money::from_units(1350);
    let mut second = p.deliverables[0].clone();
    second.id = Id::from("dlv-second");
    p.deliverables.push(second);
    assert_eq!(found(&p, "2027-03-15", Code::FeeBelowRate).len(), 1);

    // Without a rate for a content type there is nothing to compare with.
    p.deliverables[1].content = ContentType::Podcast;
    assert!(found(&p, "2027-03-15", Code::FeeBelowRate).is_empty());
}
