//! The budget checks at their boundaries, with the exact findings they give and exact sums
//! in cents: the shared fixture, `over-cap`, `unreconciled` and the example. The other
//! budget checks are in `checks_budget_more`.

use rapport_core::checks::{self, Code, Finding, Severity};
use rapport_core::model::{
    Campaign, Contact, ContactKind, ContentType, Contract, CostCategory, CostChange, CostLine,
    CostStatus, Deliverable, DeliverableStatus, Id, Influencer, Money, Participant, Project, Rate,
    Stage, Tracking, Vetting,
};

pub(crate) use crate::support::{d, money as m};

/// One healthy influencer in one campaign with an approved baseline: a published, disclosed
/// reel and a committed fee at their rate that matches its baseline. No check fires; each
/// test breaks one thing.
pub(crate) fn project() -> Project {
    let mut project = Project::new();
    project.info.brand = "Lumen Skin".into();
    let mut ana = Influencer::new("Ana Lima");
    ana.id = Id::from("inf-ana");
    ana.stage = Stage::Active;
    ana.owner = "Marta".into();
    ana.vetting = Vetting {
        engagement_checked: true,
        audience_fit: true,
        content_quality: true,
        past_partnerships: true,
        brand_safety: true,
    };
    ana.rate_card = vec![Rate {
        content: ContentType::ShortVideo,
        amount: Money::from_units(1350),
    }];
    ana.contacts = vec![
        Contact {
            date: d("2027-02-16"),
            kind: ContactKind::ThankYou,
            summary: "Loved the reel".into(),
        },
        Contact {
            date: d("2027-03-01"),
            kind: ContactKind::Call,
            summary: "Catch-up".into(),
        },
    ];
    let mut campaign = Campaign::new("Spring", d("2027-02-01"), d("2027-04-30"));
    campaign.id = Id::from("cmp-spring");
    // A target set before launch, and the reel measured with its code used.
    campaign.targets.redemptions = Some(50);
    campaign.budget_cap = Money::from_units(5000);
    campaign.baseline_approved = Some(d("2027-01-20"));
    campaign.participants = vec![Participant {
        influencer: ana.id.clone(),
        contract: Contract {
            signed: Some(d("2027-01-10")),
            deliverables: true,
            compensation: true,
            disclosure: true,
            usage_rights: true,
            exclusivity: true,
            payment_terms: true,
            payment_terms_days: None,
        },
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
    reel.brief_sent = Some(d("2027-01-15"));
    reel.draft_due = Some(d("2027-02-10"));
    reel.publish = Some(d("2027-02-15"));
    reel.status = DeliverableStatus::Published;
    reel.disclosure = "#ad".into();
    let mut reading = rapport_core::model::Measurement::on(d("2027-02-20"));
    reading.reach = Some(40_000);
    reading.redemptions = Some(35);
    reel.results.push(reading);
    let mut fee = line("cst-fee", CostCategory::CreatorFee, "1350.00");
    fee.description = "Ana: reel".into();
    fee.influencer = Some(ana.id.clone());
    fee.status = CostStatus::Committed;
    fee.baseline = Some(m("1350.00"));
    project.influencers.push(ana);
    project.campaigns.push(campaign);
    project.deliverables.push(reel);
    project.cost_lines.push(fee);
    project
}

/// A line of the campaign, estimated, with no baseline.
pub(crate) fn line(id: &str, category: CostCategory, amount: &str) -> CostLine {
    let mut line = CostLine::new(Id::from("cmp-spring"), category, m(amount));
    line.id = Id::from(id);
    line
}

pub(crate) fn change(date: &str, from: &str, to: &str, reason: &str, told: bool) -> CostChange {
    CostChange {
        date: d(date),
        from: m(from),
        to: m(to),
        reason: reason.into(),
        told,
    }
}

pub(crate) fn found(project: &Project, today: &str, code: Code) -> Vec<Finding> {
    checks::run(project, d(today))
        .into_iter()
        .filter(|f| f.code == code)
        .collect()
}

pub(crate) fn fee_mut(project: &mut Project) -> &mut CostLine {
    &mut project.cost_lines[0]
}

pub(crate) fn ids(finding: &Finding) -> Vec<&str> {
    finding.subject.iter().map(|id| id.as_str()).collect()
}

#[test]
fn the_healthy_project_has_no_findings() {
    let all = checks::run(&project(), d("2027-03-15"));
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn every_budget_code_is_implemented() {
    for code in [
        Code::OverCap,
        Code::Unreconciled,
        Code::CostChangeNotTold,
        Code::CostChangeUnexplained,
        Code::PaymentOverdue,
        Code::MissingCost,
    ] {
        assert!(checks::IMPLEMENTED.contains(&code), "{code}");
    }
}

// ---- over-cap ------------------------------------------------------------------------------

#[test]
fn committed_exactly_at_the_cap_is_fine_and_one_cent_over_is_an_error() {
    let mut p = project();
    p.campaigns[0].budget_cap = m("1350.00");
    assert!(found(&p, "2027-03-15", Code::OverCap).is_empty());
    p.campaigns[0].budget_cap = m("1349.99");
    let over = found(&p, "2027-03-15", Code::OverCap);
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].severity, Severity::Error);
    assert_eq!(ids(&over[0]), ["cmp-spring"]);
    assert_eq!(
        over[0].message.en(),
        "Spring has 1,350.00 EUR committed, invoiced or paid: 0.01 EUR over its cap of 1,349.99 EUR."
    );
    assert_eq!(
        over[0].fix.en(),
        "Agree nothing more: renegotiate or cancel lines that are not yet paid, or get a higher cap approved."
    );
}

#[test]
fn invoiced_and_paid_count_as_committed_and_sum_exactly() {
    let mut p = project();
    p.campaigns[0].budget_cap = m("1350.30");
    for (i, status) in [CostStatus::Invoiced, CostStatus::Paid, CostStatus::Paid]
        .into_iter()
        .enumerate()
    {
        let mut extra = line(&format!("cst-{i}"), CostCategory::Shipping, "0.10");
        extra.status = status;
        extra.invoice_date = Some(d("2027-03-14"));
        p.cost_lines.push(extra);
    }
    // 1350.00 + 0.10 × 3 = 1350.30: exactly at the cap.
    assert!(found(&p, "2027-03-15", Code::OverCap).is_empty());
    p.cost_lines[1].amount = m("0.11");
    let over = found(&p, "2027-03-15", Code::OverCap);
    assert_eq!(
        over[0].message.en(),
        "Spring has 1,350.31 EUR committed, invoiced or paid: 0.01 EUR over its cap of 1,350.30 EUR."
    );
}

#[test]
fn a_plan_over_the_cap_is_a_warning_until_it_is_committed() {
    let mut p = project();
    let mut ads = line("cst-ads", CostCategory::PaidAmplification, "3650.00");
    ads.changes = vec![change("2027-02-01", "0.00", "3650.00", "Boost", false)];
    p.cost_lines.push(ads);
    // 1350.00 + 3650.00 = 5000.00: exactly the cap.
    assert!(found(&p, "2027-03-15", Code::OverCap).is_empty());
    p.cost_lines[1].amount = m("3650.01");
    p.cost_lines[1].changes[0].to = m("3650.01");
    let over = found(&p, "2027-03-15", Code::OverCap);
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].severity, Severity::Warning);
    assert_eq!(
        over[0].message.en(),
        "Spring's plan adds up to 5,000.01 EUR: 0.01 EUR over its cap of 5,000.00 EUR (1,350.00 EUR of it committed so far)."
    );
    assert_eq!(
        over[0].fix.en(),
        "Trim estimated lines (or the contingency) by 0.01 EUR before they are committed, or get a higher cap approved."
    );
    // Committed, the same line makes it an error (one finding, not two).
    p.cost_lines[1].status = CostStatus::Committed;
    let over = found(&p, "2027-03-15", Code::OverCap);
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].severity, Severity::Error);
}

#[test]
fn cancelled_lines_and_campaigns_without_a_cap_are_not_over() {
    let mut p = project();
    let mut dropped = line("cst-dropped", CostCategory::Travel, "9000.00");
    dropped.status = CostStatus::Cancelled;
    dropped.baseline = Some(Money::ZERO);
    p.cost_lines.push(dropped);
    assert!(found(&p, "2027-03-15", Code::OverCap).is_empty());
    p.campaigns[0].budget_cap = Money::ZERO;
    fee_mut(&mut p).amount = m("999999.00");
    fee_mut(&mut p).baseline = Some(m("999999.00"));
    assert!(found(&p, "2027-03-15", Code::OverCap).is_empty());
}

// ---- unreconciled --------------------------------------------------------------------------

#[test]
fn an_amount_edited_without_a_recorded_change_is_unreconciled() {
    let mut p = project();
    fee_mut(&mut p).amount = m("1350.01");
    let off = found(&p, "2027-03-15", Code::Unreconciled);
    assert_eq!(off.len(), 1);
    assert_eq!(off[0].severity, Severity::Warning);
    assert_eq!(ids(&off[0]), ["cst-fee", "inf-ana", "cmp-spring"]);
    assert_eq!(
        off[0].message.en(),
        "Creator fee \"Ana: reel\" in Spring: baseline 1,350.00 + changes 0.00 = 1,350.00 EUR, but the line says 1,350.01 EUR."
    );
    assert_eq!(
        off[0].fix.en(),
        "Find out who changed the amount and why (an edit by hand or in another copy), then record the difference as a cost change with its reason."
    );
}

#[test]
fn baseline_plus_recorded_changes_must_equal_the_amount_to_the_cent() {
    let mut p = project();
    {
        let fee = fee_mut(&mut p);
        fee.changes = vec![
            change("2027-02-20", "1350.00", "1500.50", "Story added", true),
            change("2027-03-01", "1500.50", "1400.25", "Story dropped", true),
        ];
        fee.amount = m("1400.25");
    }
    assert!(found(&p, "2027-03-15", Code::Unreconciled).is_empty());
    fee_mut(&mut p).amount = m("1400.24");
    let off = found(&p, "2027-03-15", Code::Unreconciled);
    assert_eq!(
        off[0].message.en(),
        "Creator fee \"Ana: reel\" in Spring: baseline 1,350.00 + changes 50.25 = 1,400.25 EUR, but the line says 1,400.24 EUR."
    );
}

#[test]
fn changes_that_do_not_follow_each_other_are_named() {
    let mut p = project();
    {
        let fee = fee_mut(&mut p);
        // The second change was typed from 1,600 where the line stood at 1,500.
        fee.changes = vec![
            change("2027-02-20", "1350.00", "1500.00", "Story added", true),
            change("2027-03-01", "1600.00", "1700.00", "Second story", true),
        ];
        fee.amount = m("1700.00");
    }
    let off = found(&p, "2027-03-15", Code::Unreconciled);
    assert_eq!(off.len(), 1);
    assert_eq!(
        off[0].message.en(),
        "Creator fee \"Ana: reel\" in Spring: baseline 1,350.00 + changes 250.00 = 1,600.00 EUR, but the line says 1,700.00 EUR. The change of 1 Mar starts from 1,600.00, but the amount before it was 1,500.00."
    );
    // A line added after approval starts from 0, so its first change must too.
    let mut p = project();
    let mut ads = line("cst-ads", CostCategory::PaidAmplification, "600.00");
    ads.changes = vec![change("2027-02-01", "500.00", "600.00", "Boost", false)];
    p.cost_lines.push(ads);
    let off = found(&p, "2027-03-15", Code::Unreconciled);
    assert_eq!(
        off[0].message.en(),
        "Paid amplification in Spring was added after the baseline: baseline 0.00 + changes 100.00 = 100.00 EUR, but the line says 600.00 EUR. The change of 1 Feb starts from 500.00, but the amount before it was 0.00."
    );
}

#[test]
fn a_line_added_after_approval_must_record_its_addition_from_zero() {
    let mut p = project();
    let mut added = line("cst-ads", CostCategory::PaidAmplification, "300.00");
    added.description = "Spark Ads".into();
    p.cost_lines.push(added);
    let off = found(&p, "2027-03-15", Code::Unreconciled);
    assert_eq!(off.len(), 1);
    assert_eq!(ids(&off[0]), ["cst-ads", "cmp-spring"]);
    assert_eq!(
        off[0].message.en(),
        "Paid amplification \"Spark Ads\" in Spring was added after the baseline was approved (20 Jan) with no change recorded: baseline 0.00 + changes 0.00 = 0.00 EUR, but the line says 300.00 EUR."
    );
    assert_eq!(
        off[0].fix.en(),
        "Record the line's addition as a cost change from 0, with its reason."
    );
    // Recorded as a change from 0, it reconciles.
    p.cost_lines[1].changes = vec![change("2027-02-01", "0.00", "300.00", "Boost", false)];
    assert!(found(&p, "2027-03-15", Code::Unreconciled).is_empty());
    // A later hand edit of such a line is reported against 0 + its changes.
    p.cost_lines[1].amount = m("500.00");
    let off = found(&p, "2027-03-15", Code::Unreconciled);
    assert_eq!(
        off[0].message.en(),
        "Paid amplification \"Spark Ads\" in Spring was added after the baseline: baseline 0.00 + changes 300.00 = 300.00 EUR, but the line says 500.00 EUR."
    );
}

#[test]
fn before_approval_a_line_without_baseline_or_changes_is_fine() {
    let mut p = project();
    p.campaigns[0].baseline_approved = None;
    p.cost_lines[0].baseline = None;
    p.cost_lines
        .push(line("cst-ads", CostCategory::PaidAmplification, "300.00"));
    assert!(found(&p, "2027-03-15", Code::Unreconciled).is_empty());
    // A zero line added after approval needs no change either.
    let mut p = project();
    p.cost_lines
        .push(line("cst-zero", CostCategory::Other, "0.00"));
    assert!(found(&p, "2027-03-15", Code::Unreconciled).is_empty());
}

#[test]
fn a_cancelled_line_counts_zero_and_its_cancellation_must_be_recorded() {
    let mut p = project();
    fee_mut(&mut p).status = CostStatus::Cancelled;
    let off = found(&p, "2027-03-15", Code::Unreconciled);
    assert_eq!(
        off[0].message.en(),
        "Creator fee \"Ana: reel\" in Spring: baseline 1,350.00 + changes 0.00 = 1,350.00 EUR, but the line is cancelled, so it counts 0.00 EUR."
    );
    assert_eq!(
        off[0].fix.en(),
        "Record the cancellation as a cost change to 0, with its reason."
    );
    fee_mut(&mut p).changes = vec![change("2027-03-01", "1350.00", "0.00", "Dropped", true)];
    assert!(found(&p, "2027-03-15", Code::Unreconciled).is_empty());
    // Cancelled before approval: a baseline of 0 and no changes.
    fee_mut(&mut p).changes.clear();
    fee_mut(&mut p).baseline = Some(Money::ZERO);
    assert!(found(&p, "2027-03-15", Code::Unreconciled).is_empty());
}

// ---- the example ---------------------------------------------------------------------------

#[test]
fn the_example_shows_each_budget_code_once_with_its_numbers() {
    let path = crate::support::EXAMPLE;
    let project = rapport_core::file::open(std::path::Path::new(path))
        .expect("the example opens")
        .project;
    let all = checks::run(&project, d("2027-03-15"));
    let of = |code: Code| -> Vec<&Finding> { all.iter().filter(|f| f.code == code).collect() };
    for code in [
        Code::OverCap,
        Code::Unreconciled,
        Code::CostChangeNotTold,
        Code::CostChangeUnexplained,
        Code::PaymentOverdue,
        Code::MissingCost,
    ] {
        assert_eq!(of(code).len(), 1, "{code}: {all:#?}");
    }
    assert_eq!(
        of(Code::OverCap)[0].message.en(),
        "Spring Glow launch's plan adds up to 68,289.70 EUR: 289.70 EUR over its cap of 68,000.00 EUR (61,039.70 EUR of it committed so far)."
    );
    assert_eq!(
        of(Code::Unreconciled)[0].message.en(),
        "Paid amplification \"TikTok Spark Ads on Ana's and Layla's TikToks\" in Spring Glow launch was added after the baseline: baseline 0.00 + changes 3,000.00 = 3,000.00 EUR, but the line says 5,000.00 EUR."
    );
    assert_eq!(
        of(Code::PaymentOverdue)[0].message.en(),
        "Creator fee \"Inés: 50% on signing (podcast segment + clip reel)\" in Spring Glow launch (1,100.00 EUR) was invoiced 8 Feb on net 30, so due 10 Mar, and is 5 days late."
    );
    // The totals behind over-cap, to the cent.
    let totals = rapport_core::model::CampaignTotals::all(&project);
    assert_eq!(totals[0].planned, Money::from_cents(6_828_970));
    assert_eq!(totals[0].committed, Money::from_cents(6_103_970));
    assert_eq!(totals[0].paid, Money::from_cents(1_576_850));
    assert_eq!(totals[1].planned, Money::from_cents(4_857_604));
    assert_eq!(totals[1].remaining(), Money::from_cents(342_396));
}
