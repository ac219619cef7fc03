//! Timeline checks about the plan as a whole and as agreed: `rush-campaign`,
//! `too-many-revisions` and `plan-change-not-told`.

use super::dates::{add_days, days_between, short};
use super::finding::{Code, Finding, Severity};
use crate::fast::HashMap;
use crate::model::{
    Campaign, CampaignId, Deliverable, DeliverableId, DeliverableStatus, InfluencerId, PlanChange,
    Project,
};
use chrono::{Datelike, NaiveDate};

/// `rush-campaign`: from the campaign's start or its first brief, whichever is earlier, to
/// its first publish is fewer than `days` days. `work` is the campaign's deliverables that
/// are not cancelled. A first publish before both is not reported (its own dates are out
/// of order, or it has none to measure from).
pub fn rush_campaign(
    c: &Campaign,
    work: &[&Deliverable],
    days: u32,
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let Some(first) = work
        .iter()
        .filter(|d| d.publish.is_some())
        .min_by_key(|d| d.publish)
    else {
        return;
    };
    let Some(publish) = first.publish else { return };
    let first_brief = work.iter().filter_map(|d| d.brief_sent).min();
    let (from, what) = match first_brief {
        Some(brief) if brief < c.start => (brief, "its first brief"),
        _ => (c.start, "its start"),
    };
    let has = days_between(from, publish);
    let needs = i64::from(days);
    if has < 0 || has >= needs {
        return;
    }
    let year = today.year();
    out.push(Finding {
        code: Code::RushCampaign,
        severity: Severity::Warning,
        subject: vec![c.id.any(), first.id.any()],
        message: format!(
            "{} has {has} day{} from {what} ({}) to its first publish ({}, \"{}\"); under {needs} days is a rush.",
            c.name,
            if has == 1 { "" } else { "s" },
            short(from, year),
            short(publish, year),
            first.title
        ),
        fix: {
            // Only what is still possible as of today.
            let brief_by = add_days(publish, -needs);
            if brief_by >= today {
                format!(
                    "Give creators at least {needs} days: move the first publish to {} or later, or start the campaign and send the first brief by {}.",
                    short(add_days(from, needs), year),
                    short(brief_by, year)
                )
            } else {
                format!(
                    "Give creators at least {needs} days: move the first publish to {} or later.",
                    short(add_days(from.max(today), needs).max(add_days(from, needs)), year)
                )
            }
        },
    });
}

fn rounds(n: u32) -> String {
    if n == 1 {
        "1 revision round".to_string()
    } else {
        format!("{n} revision rounds")
    }
}

/// `too-many-revisions`: more revision rounds used than the contract agreed.
pub fn too_many_revisions(d: &Deliverable, out: &mut Vec<Finding>) {
    if d.revisions_used <= d.revisions_agreed {
        return;
    }
    out.push(Finding {
        code: Code::TooManyRevisions,
        severity: Severity::Warning,
        subject: vec![d.id.any(), d.influencer.any(), d.campaign.any()],
        message: format!(
            "\"{}\" has had {}; {} agreed.",
            d.title,
            rounds(d.revisions_used),
            if d.revisions_agreed == 1 {
                "1 was".to_string()
            } else {
                format!("{} were", d.revisions_agreed)
            }
        ),
        fix: "Stop at the agreed rounds: more is micromanaging, and the creator's own voice is what their audience trusts. Send one consolidated round of feedback, or agree (and pay for) an extra round with them.".to_string(),
    });
}

/// What changed, in lower case for inside a sentence ("publish date").
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `plan-change-not-told`: the changes to one deliverable, made after the creator agreed,
/// that the creator has not been told about.
pub fn plan_change_not_told(
    d: &Deliverable,
    name: &str,
    changes: &[&PlanChange],
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    if changes.is_empty() {
        return;
    }
    let year = today.year();
    let what: Vec<String> = changes
        .iter()
        .map(|c| format!("{} {}", lower_first(&c.what_label()), c.from_to(year)))
        .collect();
    let count = if changes.len() == 1 {
        "a change".to_string()
    } else {
        format!("{} changes", changes.len())
    };
    let mut subject = vec![d.id.any(), d.influencer.any(), d.campaign.any()];
    subject.extend(changes.iter().map(|c| c.id.any()));
    out.push(Finding {
        code: Code::PlanChangeNotTold,
        severity: Severity::Warning,
        subject,
        message: format!(
            "{name} has not been told about {count} to \"{}\" made after they agreed: {}.",
            d.title,
            what.join("; ")
        ),
        fix: format!(
            "Tell {name} what changed and why (Draft update writes the message), then mark the changes as told."
        ),
    });
}

/// Runs `rush-campaign` per campaign, `too-many-revisions` per deliverable and
/// `plan-change-not-told` per deliverable with untold changes; cancelled deliverables are
/// left out.
pub fn check(project: &Project, today: NaiveDate, out: &mut Vec<Finding>) {
    let settings = &project.info.settings;
    let mut work: HashMap<&CampaignId, Vec<&Deliverable>> = HashMap::default();
    let mut live: HashMap<&DeliverableId, &Deliverable> = HashMap::default();
    for d in &project.deliverables {
        if d.status == DeliverableStatus::Cancelled {
            continue;
        }
        work.entry(&d.campaign).or_default().push(d);
        live.insert(&d.id, d);
    }
    for c in &project.campaigns {
        let theirs = work.get(&c.id).map_or(&[][..], Vec::as_slice);
        rush_campaign(c, theirs, settings.rush_campaign_days, today, out);
    }
    for d in &project.deliverables {
        if d.status != DeliverableStatus::Cancelled {
            too_many_revisions(d, out);
        }
    }
    let mut untold: Vec<(&Deliverable, Vec<&PlanChange>)> = Vec::new();
    let mut slot: HashMap<&DeliverableId, usize> = HashMap::default();
    for change in project.plan_changes.iter().filter(|c| !c.told) {
        let Some(d) = live.get(&change.deliverable) else {
            continue;
        };
        let index = *slot.entry(&d.id).or_insert_with(|| {
            untold.push((d, Vec::new()));
            untold.len() - 1
        });
        untold[index].1.push(change);
    }
    let names: HashMap<&InfluencerId, &str> = if untold.is_empty() {
        HashMap::default()
    } else {
        project
            .influencers
            .iter()
            .map(|i| (&i.id, i.name.as_str()))
            .collect()
    };
    for (d, changes) in untold {
        let name = names
            .get(&d.influencer)
            .map_or_else(|| d.influencer.to_string(), |n| (*n).to_string());
        plan_change_not_told(d, &name, &changes, today, out);
    }
}
