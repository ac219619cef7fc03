//! The file's own soundness: every reference resolves (`broken-reference`) and no two
//! records of a kind share an id (`duplicate-id`). A hand-edited or merged file can break
//! either; the project still opens, and these errors say what is wrong instead of the
//! budget silently leaving out a line or an edit changing the wrong record.

use super::finding::{Code, Finding, Severity};
use crate::fast::{HashMap, HashSet};
use crate::i18n::{Arg, Sep, Text};
use crate::model::{AnyId, Id, Project};

/// Groups of records by the missing id they point at, in the order first met.
#[derive(Default)]
struct Missing<'a> {
    order: Vec<(&'static str, &'a str)>,
    by_target: HashMap<(&'static str, &'a str), Vec<AnyId>>,
}

impl<'a> Missing<'a> {
    /// Notes that record `from` points at `target` (a `what`) which does not exist.
    fn add(&mut self, what: &'static str, target: &'a str, from: AnyId) {
        let key = (what, target);
        let list = self.by_target.entry(key).or_insert_with(|| {
            self.order.push(key);
            Vec::new()
        });
        list.push(from);
    }
}

/// The ids of one kind of record, as text.
fn ids<'a, T, K: 'a>(list: &'a [T], id_of: impl Fn(&'a T) -> &'a Id<K>) -> HashSet<&'a str> {
    list.iter().map(|r| id_of(r).as_str()).collect()
}

/// `broken-reference`: one finding per missing record, naming how many records point at it.
fn broken_references(project: &Project, out: &mut Vec<Finding>) {
    let influencers = ids(&project.influencers, |r| &r.id);
    let campaigns = ids(&project.campaigns, |r| &r.id);
    let deliverables = ids(&project.deliverables, |r| &r.id);
    let mut missing = Missing::default();
    for d in &project.deliverables {
        if !campaigns.contains(d.campaign.as_str()) {
            missing.add("campaign", d.campaign.as_str(), d.id.any());
        }
        if !influencers.contains(d.influencer.as_str()) {
            missing.add("influencer", d.influencer.as_str(), d.id.any());
        }
    }
    for line in &project.cost_lines {
        if !campaigns.contains(line.campaign.as_str()) {
            missing.add("campaign", line.campaign.as_str(), line.id.any());
        }
        if let Some(who) = &line.influencer
            && !influencers.contains(who.as_str())
        {
            missing.add("influencer", who.as_str(), line.id.any());
        }
    }
    for c in &project.campaigns {
        for p in &c.participants {
            if !influencers.contains(p.influencer.as_str()) {
                missing.add("influencer", p.influencer.as_str(), c.id.any());
            }
        }
    }
    for change in &project.plan_changes {
        if !deliverables.contains(change.deliverable.as_str()) {
            missing.add("deliverable", change.deliverable.as_str(), change.id.any());
        }
    }
    for key in missing.order {
        let Some(from) = missing.by_target.remove(&key) else {
            continue;
        };
        let (what, target) = key;
        let (kind, effect) = match what {
            "campaign" => ("record-campaign", "broken-effect-campaign"),
            "influencer" => ("record-influencer", "broken-effect-influencer"),
            _ => ("record-deliverable", "broken-effect-deliverable"),
        };
        let count = from.len();
        out.push(Finding {
            code: Code::BrokenReference,
            severity: Severity::Error,
            subject: from,
            message: Text::new("broken-reference")
                .arg("count", count)
                .arg("what", Text::new(kind))
                .arg("target", target)
                .arg("effect", Text::new(effect)),
            fix: Text::new("broken-reference-fix").arg("what", Text::new(kind)),
        });
    }
}

/// `duplicate-id`: one finding per id that more than one record of a kind carries.
fn duplicates<'a, T, K: 'a>(
    list: &'a [T],
    what: &'static str,
    id_of: impl Fn(&'a T) -> &'a Id<K>,
    name_of: impl Fn(&'a T) -> &'a str,
    out: &mut Vec<Finding>,
) {
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut order = Vec::new();
    for (i, record) in list.iter().enumerate() {
        let entry = seen.entry(id_of(record).as_str()).or_default();
        if entry.len() == 1 {
            order.push(id_of(record).as_str());
        }
        entry.push(i);
    }
    for id in order {
        let Some(at) = seen.get(id) else { continue };
        let names: Vec<Arg> = at
            .iter()
            .take(5)
            .filter_map(|&i| list.get(i))
            .map(|r| Arg::quoted(name_of(r)))
            .collect();
        out.push(Finding {
            code: Code::DuplicateId,
            severity: Severity::Error,
            subject: vec![AnyId::from(id)],
            message: Text::new("duplicate-id")
                .arg("count", at.len())
                .arg("what", Text::new(what))
                .arg("id", id)
                .arg("names", Arg::Join(names, Sep::Comma)),
            fix: Text::new("duplicate-id-fix"),
        });
    }
}

/// Runs both integrity checks.
pub fn check(project: &Project, out: &mut Vec<Finding>) {
    broken_references(project, out);
    duplicates(
        &project.influencers,
        "records-influencer",
        |r| &r.id,
        |r| &r.name,
        out,
    );
    duplicates(
        &project.campaigns,
        "records-campaign",
        |r| &r.id,
        |r| &r.name,
        out,
    );
    duplicates(
        &project.deliverables,
        "records-deliverable",
        |r| &r.id,
        |r| &r.title,
        out,
    );
    duplicates(
        &project.cost_lines,
        "records-cost-line",
        |r| &r.id,
        |r| &r.description,
        out,
    );
    duplicates(
        &project.plan_changes,
        "records-plan-change",
        |r| &r.id,
        |r| r.deliverable.as_str(),
        out,
    );
}
