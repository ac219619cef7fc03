//! Relationship checks: contact, thanks, contracts, disclosure, vetting, tracking, owners
//! and fair fees.

use super::dates::days_between;
use super::disclosure::{self, Verdict};
use super::finding::{Code, Finding, Severity};
use crate::fast::{HashMap, HashSet};
use crate::i18n::{Arg, Sep, Text};
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
                Text::new("no-recent-contact")
                    .arg("name", i.name.as_str())
                    .arg("silent", silent)
                    .arg("kind", c.kind.lower_term())
                    .date("date", c.date, today.year())
                    .arg("stage", i.stage.lower_term())
                    .arg("limit", limit),
                silent,
            )
        }
        None => (
            Text::new("no-recent-contact-never")
                .arg("name", i.name.as_str())
                .arg("stage", article(i.stage)),
            i64::MAX,
        ),
    };
    if silent <= limit {
        return;
    }
    let topic: Arg = if i.personal.shared_interests.trim().is_empty() {
        Text::new("no-recent-contact-their-posts").into()
    } else {
        i.personal.shared_interests.trim().into()
    };
    out.push(Finding {
        code: Code::NoRecentContact,
        severity: Severity::Warning,
        subject: vec![i.id.any()],
        message,
        fix: Text::new("no-recent-contact-fix").arg("topic", topic),
    });
}

fn article(stage: Stage) -> Arg {
    match stage {
        Stage::Active => Text::new("stage-an-active-partner").into(),
        Stage::Ambassador => Text::new("stage-an-ambassador").into(),
        other => other.lower_term(),
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
        message: Text::new("no-owner").arg("name", i.name.as_str()),
        fix: Text::new("no-owner-fix"),
    });
}

/// `vetting-incomplete`: an influencer in a campaign whose vetting checklist is not complete.
pub fn vetting_incomplete(i: &Influencer, campaigns: &[&Campaign], out: &mut Vec<Finding>) {
    if campaigns.is_empty() || i.vetting.is_complete() {
        return;
    }
    let v = &i.vetting;
    let missing: Vec<Arg> = [
        (v.engagement_checked, "vetting-engagement"),
        (v.audience_fit, "vetting-audience-fit"),
        (v.content_quality, "vetting-content-quality"),
        (v.past_partnerships, "vetting-past-partnerships"),
        (v.brand_safety, "vetting-brand-safety"),
    ]
    .iter()
    .filter(|(done, _)| !done)
    .map(|(_, id)| Text::new(id).into())
    .collect();
    let names: Vec<Arg> = campaigns.iter().map(|c| c.name.as_str().into()).collect();
    let mut subject = vec![i.id.any()];
    subject.extend(campaigns.iter().map(|c| c.id.any()));
    out.push(Finding {
        code: Code::VettingIncomplete,
        severity: Severity::Warning,
        subject,
        message: Text::new("vetting-incomplete")
            .arg("name", i.name.as_str())
            .arg("campaigns", Arg::Join(names, Sep::AndEach))
            .arg("missing", Arg::Join(missing, Sep::Comma)),
        fix: Text::new("vetting-incomplete-fix"),
    });
}

/// `contract-incomplete`: a participant without a signed contract covering the six essentials.
pub fn contract_incomplete(i: &Influencer, c: &Campaign, p: &Participant, out: &mut Vec<Finding>) {
    let k = &p.contract;
    if k.is_complete() {
        return;
    }
    let missing: Vec<Arg> = [
        (k.deliverables, "contract-deliverables"),
        (k.compensation, "contract-compensation"),
        (k.disclosure, "contract-disclosure"),
        (k.usage_rights, "contract-usage-rights"),
        (k.exclusivity, "contract-exclusivity"),
        (k.payment_terms, "contract-payment-terms"),
    ]
    .iter()
    .filter(|(covered, _)| !covered)
    .map(|(_, id)| Text::new(id).into())
    .collect();
    let unsigned = k.signed.is_none();
    let (message, fix) = if missing.is_empty() {
        (
            Text::new("contract-not-signed"),
            Text::new("contract-incomplete-fix-sign"),
        )
    } else {
        let missing = Arg::Join(missing, Sep::Comma);
        (
            Text::new(if unsigned {
                "contract-not-signed-nor-covers"
            } else {
                "contract-does-not-cover"
            })
            .arg("missing", missing.clone()),
            Text::new("contract-incomplete-fix").arg("missing", missing),
        )
    };
    out.push(Finding {
        code: Code::ContractIncomplete,
        severity: Severity::Warning,
        subject: vec![i.id.any(), c.id.any()],
        message: message
            .arg("name", i.name.as_str())
            .arg("campaign", c.name.as_str()),
        fix,
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
        message: Text::new("tracking-missing")
            .arg("name", i.name.as_str())
            .arg("campaign", c.name.as_str()),
        fix: Text::new("tracking-missing-fix"),
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
        message: Text::new("thanks-missing")
            .arg("name", i.name.as_str())
            .arg("campaign", c.name.as_str())
            .arg("since", since)
            .date("date", end, today.year()),
        fix: Text::new("thanks-missing-fix"),
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
        message: Text::new("fee-below-rate")
            .arg("name", i.name.as_str())
            .arg("campaign", c.name.as_str())
            .arg("fee", fee.grouped())
            .arg("currency", currency)
            .arg("count", live.len())
            .arg("card", card.grouped()),
        fix: Text::new("fee-below-rate-fix"),
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
    let regulator = Text::new(match jurisdiction {
        Jurisdiction::Us => "regulator-us",
        Jurisdiction::Uk => "regulator-uk",
    });
    let examples = Text::new(match jurisdiction {
        Jurisdiction::Us => "disclosure-examples-us",
        Jurisdiction::Uk => "disclosure-examples-uk",
    });
    let subject = vec![d.id.any(), d.influencer.any(), d.campaign.any()];
    let title = Arg::quoted(&d.title);
    match disclosure::judge(&d.disclosure, jurisdiction, brand) {
        Verdict::Clear => {}
        Verdict::Missing => out.push(Finding {
            code: Code::DisclosureMissing,
            severity: Severity::Error,
            subject,
            message: Text::new("disclosure-missing")
                .arg("title", title)
                .arg("kind", d.compensation.lower_term()),
            fix: Text::new("disclosure-missing-fix").arg("examples", examples.clone()),
        }),
        Verdict::Ambiguous => out.push(Finding {
            code: Code::DisclosureAmbiguous,
            severity: Severity::Warning,
            subject,
            message: Text::new("disclosure-ambiguous")
                .arg("title", title)
                .arg("label", Arg::quoted(d.disclosure.trim()))
                .arg("regulator", regulator),
            fix: Text::new("disclosure-ambiguous-fix").arg("examples", examples),
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
