//! Timeline checks about the plan as a whole and as agreed: `rush-campaign`,
//! `too-many-revisions` and `plan-change-not-told`.

use super::dates::{add_days, days_between};
use super::finding::{Code, Finding, Severity};
use crate::fast::HashMap;
use crate::i18n::{Arg, Sep, Text};
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
        Some(brief) if brief < c.start => (brief, "rush-campaign-from-brief"),
        _ => (c.start, "rush-campaign-from-start"),
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
        message: Text::new("rush-campaign")
            .arg("campaign", c.name.as_str())
            .arg("has", has)
            .arg("what", Text::new(what))
            .date("from", from, year)
            .date("publish", publish, year)
            .arg("title", Arg::quoted(&first.title))
            .arg("needs", needs),
        fix: {
            // Only what is still possible as of today.
            let brief_by = add_days(publish, -needs);
            if brief_by >= today {
                Text::new("rush-campaign-fix-or-brief")
                    .arg("needs", needs)
                    .date("publish", add_days(from, needs), year)
                    .date("brief", brief_by, year)
            } else {
                Text::new("rush-campaign-fix").arg("needs", needs).date(
                    "publish",
                    add_days(from.max(today), needs).max(add_days(from, needs)),
                    year,
                )
            }
        },
    });
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
        message: Text::new("too-many-revisions")
            .arg("title", Arg::quoted(&d.title))
            .arg("used", d.revisions_used)
            .arg("agreed", d.revisions_agreed),
        fix: Text::new("too-many-revisions-fix"),
    });
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
    let what: Vec<Arg> = changes.iter().map(|c| c.item(year)).collect();
    let mut subject = vec![d.id.any(), d.influencer.any(), d.campaign.any()];
    subject.extend(changes.iter().map(|c| c.id.any()));
    out.push(Finding {
        code: Code::PlanChangeNotTold,
        severity: Severity::Warning,
        subject,
        message: Text::new("plan-change-not-told")
            .arg("name", name)
            .arg("count", changes.len())
            .arg("title", Arg::quoted(&d.title))
            .arg("changes", Arg::Join(what, Sep::Semicolon)),
        fix: Text::new("plan-change-not-told-fix").arg("name", name),
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
