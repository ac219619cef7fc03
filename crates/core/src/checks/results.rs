//! Measuring success: a campaign that launches without a target (`kpi-missing`), a reach
//! or impressions target its creators' audience cannot give (`target-unrealistic`), a post
//! published a while ago with nothing measured (`results-missing`), and a code or link whose
//! results show no use (`tracking-unused`). Linear in the records.

use super::{Code, Finding, Severity};
use crate::fast::HashMap;
use crate::i18n::{Arg, Sep, Text};
use crate::model::results::latest;
use crate::model::{
    Campaign, CampaignId, Deliverable, DeliverableStatus, InfluencerId, Platform, Project,
};
use chrono::NaiveDate;

/// Runs the results checks.
pub fn check(project: &Project, today: NaiveDate, out: &mut Vec<Finding>) {
    let s = &project.info.settings;
    // Names by id, once: a lookup per finding must not scan the roster.
    let names: HashMap<&InfluencerId, &str> = project
        .influencers
        .iter()
        .map(|i| (&i.id, i.name.as_str()))
        .collect();
    let mut of_campaign: HashMap<&CampaignId, Vec<&Deliverable>> = HashMap::default();
    for d in project
        .deliverables
        .iter()
        .filter(|d| d.status != DeliverableStatus::Cancelled)
    {
        of_campaign.entry(&d.campaign).or_default().push(d);
        results_missing(&names, d, today, s.results_after_days, out);
    }
    let followers: HashMap<&InfluencerId, HashMap<Platform, u64>> = project
        .influencers
        .iter()
        .map(|i| {
            let mut by = HashMap::default();
            for h in &i.handles {
                *by.entry(h.platform).or_insert(0u64) += h.followers;
            }
            (&i.id, by)
        })
        .collect();
    for c in &project.campaigns {
        let mine = of_campaign.get(&c.id).map_or(&[][..], Vec::as_slice);
        kpi_missing(c, mine, today, s.kpi_missing_days, out);
        target_unrealistic(c, mine, &followers, s, out);
        tracking_unused(&names, c, mine, out);
    }
}

/// `kpi-missing`: a campaign not over whose first brief is at most N days away (or past)
/// has no target for any KPI.
fn kpi_missing(
    c: &Campaign,
    mine: &[&Deliverable],
    today: NaiveDate,
    n: u32,
    out: &mut Vec<Finding>,
) {
    if !c.targets.is_empty() || c.end < today {
        return;
    }
    let first = mine
        .iter()
        .filter_map(|d| d.brief_sent)
        .min()
        .unwrap_or(c.start);
    let ahead = (first - today).num_days();
    if ahead > i64::from(n) {
        return;
    }
    let when = match ahead {
        0 => Text::new("kpi-missing-today"),
        a if a > 0 => Text::new("kpi-missing-in").arg("days", a),
        a => Text::new("kpi-missing-ago").arg("days", -a),
    }
    .arg("date", first.to_string());
    let leading: Vec<Arg> = c
        .goal
        .map_or(&[][..], |g| g.leading())
        .iter()
        .map(|k| k.lower_term())
        .collect();
    let fix = if leading.is_empty() {
        Text::new("kpi-missing-fix-goal")
    } else {
        Text::new("kpi-missing-fix").arg("kpis", Arg::Join(leading, Sep::Comma))
    };
    out.push(Finding {
        code: Code::KpiMissing,
        severity: Severity::Warning,
        subject: vec![c.id.any()],
        message: Text::new("kpi-missing")
            .arg("campaign", c.name.as_str())
            .arg("when", when),
        fix,
    });
}

/// `target-unrealistic`: a reach (or impressions) target above the participants' combined
/// followers on the platforms of their deliverables in the campaign, times the factor.
fn target_unrealistic(
    c: &Campaign,
    mine: &[&Deliverable],
    followers: &HashMap<&InfluencerId, HashMap<Platform, u64>>,
    s: &crate::model::settings::Settings,
    out: &mut Vec<Finding>,
) {
    let targets = [
        ("target-reach", c.targets.reach, s.reach_target_percent),
        (
            "target-impressions",
            c.targets.impressions,
            s.impressions_target_percent,
        ),
    ];
    if targets.iter().all(|t| t.1.is_none()) {
        return;
    }
    // Each creator's followers on each platform they will post on, counted once.
    let mut seen: HashMap<(&InfluencerId, Platform), ()> = HashMap::default();
    let mut audience: u64 = 0;
    for d in mine {
        if seen.insert((&d.influencer, d.platform), ()).is_none() {
            let n = followers
                .get(&d.influencer)
                .and_then(|by| by.get(&d.platform))
                .copied()
                .unwrap_or(0);
            audience = audience.saturating_add(n);
        }
    }
    if audience == 0 {
        // No follower counts known: nothing to judge by.
        return;
    }
    let group = crate::counts::group_thousands;
    for (id, target, percent) in targets {
        let Some(target) = target else { continue };
        let most = audience.saturating_mul(u64::from(percent)) / 100;
        if target <= most {
            continue;
        }
        out.push(Finding {
            code: Code::TargetUnrealistic,
            severity: Severity::Warning,
            subject: vec![c.id.any()],
            message: Text::new(id)
                .arg("campaign", c.name.as_str())
                .arg("target", group(target))
                .arg("audience", group(audience))
                .arg("percent", percent)
                .arg("most", group(most)),
            fix: Text::new(if id == "target-reach" {
                "target-reach-fix"
            } else {
                "target-impressions-fix"
            })
            .arg("most", group(most)),
        });
    }
}

/// `results-missing`: published more than N days ago, with nothing measured.
fn results_missing(
    names: &HashMap<&InfluencerId, &str>,
    d: &Deliverable,
    today: NaiveDate,
    n: u32,
    out: &mut Vec<Finding>,
) {
    if d.status != DeliverableStatus::Published || !d.results.is_empty() {
        return;
    }
    let Some(published) = d.publish else { return };
    let ago = (today - published).num_days();
    if ago <= i64::from(n) {
        return;
    }
    let who: Arg = match names.get(&d.influencer) {
        Some(name) => (*name).into(),
        None => Text::new("the-creator").into(),
    };
    out.push(Finding {
        code: Code::ResultsMissing,
        severity: Severity::Notice,
        subject: vec![d.id.any(), d.influencer.any()],
        message: Text::new("results-missing")
            .arg("title", Arg::quoted(&d.title))
            .arg("days", ago)
            .arg("date", published.to_string()),
        fix: Text::new("results-missing-fix").arg("name", who),
    });
}

/// `tracking-unused`: a participant with a code or a link whose deliverables in the
/// campaign are all published, at least one measured, and whose newest readings record no
/// click and no redemption.
fn tracking_unused(
    names: &HashMap<&InfluencerId, &str>,
    c: &Campaign,
    mine: &[&Deliverable],
    out: &mut Vec<Finding>,
) {
    let mut per: HashMap<&InfluencerId, (bool, bool, u64)> = HashMap::default();
    for d in mine {
        // (all published, any measured, clicks + redemptions)
        let entry = per.entry(&d.influencer).or_insert((true, false, 0));
        entry.0 &= d.status == DeliverableStatus::Published;
        if let Some(m) = latest(&d.results) {
            entry.1 = true;
            entry.2 = entry
                .2
                .saturating_add(m.clicks.unwrap_or(0))
                .saturating_add(m.redemptions.unwrap_or(0));
        }
    }
    for p in &c.participants {
        let t = &p.tracking;
        if t.code.trim().is_empty() && t.link.trim().is_empty() {
            continue;
        }
        let Some(&(all_published, measured, used)) = per.get(&p.influencer) else {
            continue;
        };
        if !all_published || !measured || used > 0 {
            continue;
        }
        let who = names.get(&p.influencer).copied().unwrap_or("?");
        let what: Vec<Arg> = [("tracking-code", &t.code), ("tracking-link", &t.link)]
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(id, v)| Text::new(id).arg("value", v.as_str()).into())
            .collect();
        out.push(Finding {
            code: Code::TrackingUnused,
            severity: Severity::Notice,
            subject: vec![p.influencer.any(), c.id.any()],
            message: Text::new("tracking-unused")
                .arg("name", who)
                .arg("what", Arg::Join(what, Sep::AndEach))
                .arg("campaign", c.name.as_str()),
            fix: Text::new("tracking-unused-fix"),
        });
    }
}
