//! Relationship checks: contact, thanks, contracts, disclosure, vetting, tracking, owners
//! and fair fees.

use super::dates::{days_between, short};
use super::disclosure::{self, Verdict};
use super::finding::{Code, Finding, Severity};
use crate::fast::{HashMap, HashSet};
use crate::model::{
    Campaign, CampaignId, Compensation, ContactKind, CostCategory, CostLineId, CostStatus,
    Deliverable, DeliverableStatus, Influencer, InfluencerId, Jurisdiction, Money, Participant,
    Project, Stage,
};
use chrono::{Datelike, NaiveDate};

/// `no-recent-contact`: an active influencer or ambassador not contacted for more than N days.
pub fn no_recent_contact(i: &Influencer, today: NaiveDate, days: u32, out: &mut Vec<Finding>) {
    if !matches!(i.stage, Stage::Active | Stage::Ambassador) {
        return;
    }
    let limit = i64::from(days);
    let last = i.contacts.iter().max_by_key(|c| c.date);
    let (message, silent) = match last {
        Some(c) => {
            let silent = days_between(c.date, today);
            (
                format!(
                    "No contact with {} for {silent} days (last: {} on {}); an {} relationship needs contact at least every {limit} days.",
                    i.name,
                    c.kind.label().to_lowercase(),
                    short(c.date, today.year()),
                    i.stage.label().to_lowercase()
                ),
                silent,
            )
        }
        None => (
            format!(
                "No contact with {} is recorded, and they are {}.",
                i.name,
                article(i.stage)
            ),
            i64::MAX,
        ),
    };
    if silent <= limit {
        return;
    }
    let topic = if i.personal.shared_interests.trim().is_empty() {
        "their recent posts".to_string()
    } else {
        i.personal.shared_interests.trim().to_string()
    };
    out.push(Finding {
        code: Code::NoRecentContact,
        severity: Severity::Warning,
        subject: vec![i.id.any()],
        message,
        fix: format!(
            "Get in touch personally, not about a campaign (e.g. about {topic}), and log it."
        ),
    });
}

fn article(stage: Stage) -> String {
    match stage {
        Stage::Active => "an active partner".to_string(),
        Stage::Ambassador => "an ambassador".to_string(),
        other => other.label().to_lowercase(),
    }
}

/// `no-owner`: someone we work with has nobody on our side as their point of contact.
pub fn no_owner(i: &Influencer, participating: bool, out: &mut Vec<Finding>) {
    let engaged = !matches!(i.stage, Stage::Prospect | Stage::DoNotContact);
    if !(engaged || participating) || !i.owner.trim().is_empty() {
        return;
    }
    out.push(Finding {
        code: Code::NoOwner,
        severity: Severity::Warning,
        subject: vec![i.id.any()],
        message: format!("Nobody on our side is {}'s point of contact.", i.name),
        fix: "Choose a team member and enter them as \"Our contact\" in the profile.".to_string(),
    });
}

/// `vetting-incomplete`: an influencer in a campaign whose vetting checklist is not complete.
pub fn vetting_incomplete(i: &Influencer, campaigns: &[&Campaign], out: &mut Vec<Finding>) {
    if campaigns.is_empty() || i.vetting.is_complete() {
        return;
    }
    let v = &i.vetting;
    let missing: Vec<&str> = [
        (v.engagement_checked, "engagement"),
        (v.audience_fit, "audience fit"),
        (v.content_quality, "content quality"),
        (v.past_partnerships, "past partnerships"),
        (v.brand_safety, "brand safety"),
    ]
    .iter()
    .filter(|(done, _)| !done)
    .map(|(_, name)| *name)
    .collect();
    let names: Vec<&str> = campaigns.iter().map(|c| c.name.as_str()).collect();
    let mut subject = vec![i.id.any()];
    subject.extend(campaigns.iter().map(|c| c.id.any()));
    out.push(Finding {
        code: Code::VettingIncomplete,
        severity: Severity::Warning,
        subject,
        message: format!(
            "{} is in {} but vetting is not finished: {} not checked.",
            i.name,
            names.join(" and "),
            missing.join(", ")
        ),
        fix: "Finish the vetting checklist in the profile before anything is published."
            .to_string(),
    });
}

/// `contract-incomplete`: a participant without a signed contract covering the six essentials.
pub fn contract_incomplete(i: &Influencer, c: &Campaign, p: &Participant, out: &mut Vec<Finding>) {
    let k = &p.contract;
    if k.is_complete() {
        return;
    }
    let missing: Vec<&str> = [
        (k.deliverables, "deliverables"),
        (k.compensation, "compensation"),
        (k.disclosure, "disclosure"),
        (k.usage_rights, "usage rights"),
        (k.exclusivity, "exclusivity"),
        (k.payment_terms, "payment terms"),
    ]
    .iter()
    .filter(|(covered, _)| !covered)
    .map(|(_, name)| *name)
    .collect();
    let mut problems = Vec::new();
    if k.signed.is_none() {
        problems.push("is not signed".to_string());
    }
    if !missing.is_empty() {
        problems.push(format!("does not cover {}", missing.join(", ")));
    }
    out.push(Finding {
        code: Code::ContractIncomplete,
        severity: Severity::Warning,
        subject: vec![i.id.any(), c.id.any()],
        message: format!(
            "{}'s contract for {} {}.",
            i.name,
            c.name,
            problems.join(" and ")
        ),
        fix: if missing.is_empty() {
            "Get the contract signed before the brief goes out.".to_string()
        } else {
            format!(
                "Add {} to the contract and get it signed before the brief goes out.",
                missing.join(", ")
            )
        },
    });
}

/// `tracking-missing`: a participant with no code, link or hashtag to measure results.
pub fn tracking_missing(i: &Influencer, c: &Campaign, p: &Participant, out: &mut Vec<Finding>) {
    if !p.tracking.is_empty() {
        return;
    }
    out.push(Finding {
        code: Code::TrackingMissing,
        severity: Severity::Notice,
        subject: vec![i.id.any(), c.id.any()],
        message: format!(
            "{} has no code, link or hashtag in {}, so their results cannot be measured.",
            i.name, c.name
        ),
        fix: "Give them a unique discount code or a tracked link.".to_string(),
    });
}

/// `thanks-missing`: a participation that ended more than N days ago without a thank-you.
/// A participation has ended when all its deliverables are published (the last publish
/// date), or, with no deliverables, when the campaign has ended.
pub fn thanks_missing(
    i: &Influencer,
    c: &Campaign,
    work: &[&Deliverable],
    today: NaiveDate,
    days: u32,
    out: &mut Vec<Finding>,
) {
    let live: Vec<&&Deliverable> = work
        .iter()
        .filter(|d| d.status != DeliverableStatus::Cancelled)
        .collect();
    if live
        .iter()
        .any(|d| d.status != DeliverableStatus::Published)
    {
        return;
    }
    let end = live.iter().filter_map(|d| d.publish).max().unwrap_or(c.end);
    let since = days_between(end, today);
    if since <= i64::from(days) {
        return;
    }
    let start = live
        .iter()
        .filter_map(|d| d.publish)
        .min()
        .unwrap_or(c.start);
    let thanked = i
        .contacts
        .iter()
        .any(|k| k.kind == ContactKind::ThankYou && k.date >= start);
    if thanked {
        return;
    }
    out.push(Finding {
        code: Code::ThanksMissing,
        severity: Severity::Warning,
        subject: vec![i.id.any(), c.id.any()],
        message: format!(
            "{}'s part in {} ended {since} days ago ({}) and no thank-you is recorded.",
            i.name,
            c.name,
            short(end, today.year())
        ),
        fix: "Send a personal thank-you (what you loved about their content) and log it as a thank-you.".to_string(),
    });
}

/// `fee-below-rate`: the agreed fee is below the creator's own rate card for the content.
pub fn fee_below_rate(
    i: &Influencer,
    c: &Campaign,
    work: &[&Deliverable],
    fee: Option<(Money, Vec<CostLineId>)>,
    currency: &str,
    out: &mut Vec<Finding>,
) {
    let Some((fee, lines)) = fee else { return };
    let live: Vec<&&Deliverable> = work
        .iter()
        .filter(|d| {
            d.status != DeliverableStatus::Cancelled && d.compensation == Compensation::Paid
        })
        .collect();
    if live.is_empty() {
        return;
    }
    let mut card = Money::ZERO;
    for d in &live {
        match i.rate_for(d.content) {
            Some(rate) => card += rate,
            None => return, // no rate for this content: nothing to compare with
        }
    }
    if fee >= card {
        return;
    }
    let mut subject = vec![i.id.any(), c.id.any()];
    subject.extend(lines.into_iter().map(|line| line.into_kind()));
    out.push(Finding {
        code: Code::FeeBelowRate,
        severity: Severity::Warning,
        subject,
        message: format!(
            "{}'s fee for {} is {} {currency}, below their own rate card for the {} deliverable{} agreed ({} {currency}).",
            i.name,
            c.name,
            fee.grouped(),
            live.len(),
            if live.len() == 1 { "" } else { "s" },
            card.grouped()
        ),
        fix: "Pay their rate, or agree the lower fee with them openly and note why.".to_string(),
    });
}

/// `disclosure-missing` and `disclosure-ambiguous` for one deliverable.
pub fn disclosure(
    d: &Deliverable,
    jurisdiction: Jurisdiction,
    brand: &str,
    out: &mut Vec<Finding>,
) {
    if d.compensation == Compensation::Unpaid {
        return;
    }
    let regulator = match jurisdiction {
        Jurisdiction::Us => "the FTC",
        Jurisdiction::Uk => "the CAP Code and the CMA",
    };
    let subject = vec![d.id.any(), d.influencer.any(), d.campaign.any()];
    let kind = d.compensation.label().to_lowercase();
    match disclosure::judge(&d.disclosure, jurisdiction, brand) {
        Verdict::Clear => {}
        Verdict::Missing => out.push(Finding {
            code: Code::DisclosureMissing,
            severity: Severity::Error,
            subject,
            message: format!("\"{}\" is {kind} content but has no disclosure label.", d.title),
            fix: format!("Agree a clear label with the creator, such as {}, at the start of the caption.", disclosure::accepted_examples(jurisdiction)),
        }),
        Verdict::Ambiguous => out.push(Finding {
            code: Code::DisclosureAmbiguous,
            severity: Severity::Warning,
            subject,
            message: format!("\"{}\" is labelled \"{}\", which {regulator} does not accept as a clear disclosure.", d.title, d.disclosure.trim()),
            fix: format!("Use {} instead.", disclosure::accepted_examples(jurisdiction)),
        }),
    }
}

/// Runs every relationship check.
pub fn check(project: &Project, today: NaiveDate, out: &mut Vec<Finding>) {
    let settings = &project.info.settings;
    let mut work: HashMap<(&CampaignId, &InfluencerId), Vec<&Deliverable>> = HashMap::default();
    for d in &project.deliverables {
        work.entry((&d.campaign, &d.influencer))
            .or_default()
            .push(d);
        if d.status != DeliverableStatus::Cancelled {
            disclosure(d, settings.jurisdiction, &project.info.brand, out);
        }
    }
    let mut fees: HashMap<(&CampaignId, &InfluencerId), (Money, Vec<CostLineId>)> =
        HashMap::default();
    for line in &project.cost_lines {
        if let (CostCategory::CreatorFee, Some(who)) = (line.category, &line.influencer)
            && line.status != CostStatus::Cancelled
        {
            let entry = fees
                .entry((&line.campaign, who))
                .or_insert((Money::ZERO, Vec::new()));
            entry.0 += line.amount;
            entry.1.push(line.id.clone());
        }
    }
    let mut campaigns_of: HashMap<&InfluencerId, Vec<&Campaign>> = HashMap::default();
    let influencers: HashMap<&InfluencerId, &Influencer> =
        project.influencers.iter().map(|i| (&i.id, i)).collect();
    for c in &project.campaigns {
        for p in &c.participants {
            let Some(i) = influencers.get(&p.influencer) else {
                continue;
            };
            campaigns_of.entry(&i.id).or_default().push(c);
            let their_work = work.get(&(&c.id, &i.id)).map_or(&[][..], Vec::as_slice);
            contract_incomplete(i, c, p, out);
            tracking_missing(i, c, p, out);
            thanks_missing(i, c, their_work, today, settings.thanks_after_days, out);
            fee_below_rate(
                i,
                c,
                their_work,
                fees.remove(&(&c.id, &i.id)),
                &project.info.currency,
                out,
            );
        }
    }
    let participating: HashSet<&InfluencerId> = campaigns_of.keys().copied().collect();
    for i in &project.influencers {
        no_recent_contact(i, today, settings.no_contact_days, out);
        no_owner(i, participating.contains(&i.id), out);
        vetting_incomplete(
            i,
            campaigns_of.get(&i.id).map_or(&[][..], Vec::as_slice),
            out,
        );
    }
}
