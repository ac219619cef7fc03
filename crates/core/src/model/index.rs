//! `ProjectIndex`: where each record of a project is, by id, so that a lookup done per
//! finding, per row or per frame is O(1) instead of a search through every record.

use super::campaign::Campaign;
use super::cost_line::CostLine;
use super::deliverable::Deliverable;
use super::id::{CampaignId, CostLineId, DeliverableId, Id, InfluencerId, PlanChangeId};
use super::influencer::Influencer;
use super::plan_change::PlanChange;
use super::project::Project;
use foldhash::fast::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// The position of every record by id, built once per project version (O(n)).
///
/// Lookups take the project they were built from; a position that no longer holds the
/// same id (the project changed since) finds nothing rather than the wrong record. Where
/// two records share an id (a hand-edited file), the first one is found, as a search would.
/// Ids are kept as keyed 64-bit hashes (no copy of their text), every hit is checked
/// against the record's own id, and a clash of two ids' hashes falls back to a search.
#[derive(Debug, Clone, Default)]
pub struct ProjectIndex {
    hasher: RandomState,
    influencers: Positions,
    campaigns: Positions,
    deliverables: Positions,
    cost_lines: Positions,
    plan_changes: Positions,
}

/// A hasher for keys that are already hashes.
#[derive(Debug, Clone, Copy, Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// Positions by the hash of an id; `usize::MAX` marks a hash two different ids share.
type Positions = HashMap<u64, usize, BuildHasherDefault<Prehashed>>;

const CLASH: usize = usize::MAX;

/// Positions by id hash, the first record winning over later ones with the same id.
fn positions<T, K>(hasher: &RandomState, list: &[T], id_of: impl Fn(&T) -> &Id<K>) -> Positions {
    let mut map = Positions::with_capacity_and_hasher(list.len(), Default::default());
    for (index, record) in list.iter().enumerate() {
        let id = id_of(record).as_str();
        let slot = map.entry(hasher.hash_one(id)).or_insert(index);
        if *slot != CLASH && *slot != index && id_of(&list[*slot]).as_str() != id {
            *slot = CLASH;
        }
    }
    map
}

/// The first record with `id`, through the position its hash gives.
fn get<'a, T, K>(
    hasher: &RandomState,
    map: &Positions,
    list: &'a [T],
    id: &str,
    id_of: impl Fn(&T) -> &Id<K>,
) -> Option<&'a T> {
    match *map.get(&hasher.hash_one(id))? {
        CLASH => list.iter().find(|r| id_of(r).as_str() == id),
        at => list.get(at).filter(|r| id_of(r).as_str() == id),
    }
}

/// The record an id of any kind names (a finding's subject), found through the index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RecordRef<'a> {
    /// An influencer.
    Influencer(&'a Influencer),
    /// A campaign.
    Campaign(&'a Campaign),
    /// A deliverable.
    Deliverable(&'a Deliverable),
    /// A cost line.
    CostLine(&'a CostLine),
    /// A plan change.
    PlanChange(&'a PlanChange),
}

impl ProjectIndex {
    /// Indexes every record of `project`.
    pub fn new(project: &Project) -> Self {
        let hasher = RandomState::default();
        ProjectIndex {
            influencers: positions(&hasher, &project.influencers, |r| &r.id),
            campaigns: positions(&hasher, &project.campaigns, |r| &r.id),
            deliverables: positions(&hasher, &project.deliverables, |r| &r.id),
            cost_lines: positions(&hasher, &project.cost_lines, |r| &r.id),
            plan_changes: positions(&hasher, &project.plan_changes, |r| &r.id),
            hasher,
        }
    }

    /// The influencer with an id.
    pub fn influencer<'a>(
        &self,
        project: &'a Project,
        id: &InfluencerId,
    ) -> Option<&'a Influencer> {
        get(
            &self.hasher,
            &self.influencers,
            &project.influencers,
            id.as_str(),
            |r| &r.id,
        )
    }

    /// The campaign with an id.
    pub fn campaign<'a>(&self, project: &'a Project, id: &CampaignId) -> Option<&'a Campaign> {
        get(
            &self.hasher,
            &self.campaigns,
            &project.campaigns,
            id.as_str(),
            |r| &r.id,
        )
    }

    /// The deliverable with an id.
    pub fn deliverable<'a>(
        &self,
        project: &'a Project,
        id: &DeliverableId,
    ) -> Option<&'a Deliverable> {
        get(
            &self.hasher,
            &self.deliverables,
            &project.deliverables,
            id.as_str(),
            |r| &r.id,
        )
    }

    /// The cost line with an id.
    pub fn cost_line<'a>(&self, project: &'a Project, id: &CostLineId) -> Option<&'a CostLine> {
        get(
            &self.hasher,
            &self.cost_lines,
            &project.cost_lines,
            id.as_str(),
            |r| &r.id,
        )
    }

    /// The plan change with an id.
    pub fn plan_change<'a>(
        &self,
        project: &'a Project,
        id: &PlanChangeId,
    ) -> Option<&'a PlanChange> {
        get(
            &self.hasher,
            &self.plan_changes,
            &project.plan_changes,
            id.as_str(),
            |r| &r.id,
        )
    }

    /// The influencer's name, or `?` when there is no influencer with that id.
    pub fn influencer_name<'a>(&self, project: &'a Project, id: &InfluencerId) -> &'a str {
        self.influencer(project, id)
            .map_or("?", |i| i.name.as_str())
    }

    /// The campaign's name, or `?` when there is no campaign with that id.
    pub fn campaign_name<'a>(&self, project: &'a Project, id: &CampaignId) -> &'a str {
        self.campaign(project, id).map_or("?", |c| c.name.as_str())
    }

    /// A readable name for any id in the project: an influencer's or a campaign's name,
    /// "title — influencer" for a deliverable, "category description" for a cost line, and
    /// the id itself for anything else.
    pub fn describe<K>(&self, project: &Project, id: &Id<K>) -> String {
        match self.record(project, id) {
            Some(RecordRef::Influencer(i)) => i.name.clone(),
            Some(RecordRef::Campaign(c)) => c.name.clone(),
            Some(RecordRef::Deliverable(d)) => {
                let who = self.influencer_name(project, &d.influencer);
                format!("{} — {who}", d.title)
            }
            Some(RecordRef::CostLine(c)) => format!("{} {}", c.category.label(), c.description),
            Some(RecordRef::PlanChange(_)) | None => id.to_string(),
        }
    }

    /// The record an id names, whatever its kind: an influencer, else a campaign, a
    /// deliverable, a cost line or a plan change with that id (ids of different kinds
    /// never share their text in a file Rapport wrote).
    pub fn record<'a, K>(&self, project: &'a Project, id: &Id<K>) -> Option<RecordRef<'a>> {
        let text = id.as_str();
        let h = &self.hasher;
        get(h, &self.influencers, &project.influencers, text, |r| &r.id)
            .map(RecordRef::Influencer)
            .or_else(|| {
                get(h, &self.campaigns, &project.campaigns, text, |r| &r.id)
                    .map(RecordRef::Campaign)
            })
            .or_else(|| {
                get(h, &self.deliverables, &project.deliverables, text, |r| {
                    &r.id
                })
                .map(RecordRef::Deliverable)
            })
            .or_else(|| {
                get(h, &self.cost_lines, &project.cost_lines, text, |r| &r.id)
                    .map(RecordRef::CostLine)
            })
            .or_else(|| {
                get(h, &self.plan_changes, &project.plan_changes, text, |r| {
                    &r.id
                })
                .map(RecordRef::PlanChange)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContentType, CostCategory, Money};

    fn project() -> Project {
        let mut project = Project::new();
        for name in ["Ana", "Bo", "Ana again"] {
            let mut i = Influencer::new(name);
            if name == "Ana again" {
                i.id = project.influencers[0].id.clone();
            }
            project.influencers.push(i);
        }
        let campaign = Campaign::new("Spring", chrono::NaiveDate::MIN, chrono::NaiveDate::MIN);
        let reel = Deliverable::new(
            campaign.id.clone(),
            project.influencers[1].id.clone(),
            "Reel",
            ContentType::ShortVideo,
        );
        let line = CostLine::new(campaign.id.clone(), CostCategory::Shipping, Money::ZERO);
        project.campaigns.push(campaign);
        project.deliverables.push(reel);
        project.cost_lines.push(line);
        project
    }

    #[test]
    fn finds_what_a_search_finds_and_describes_every_kind() {
        let project = project();
        let index = ProjectIndex::new(&project);
        for i in &project.influencers {
            assert_eq!(
                index.influencer(&project, &i.id).map(|x| &x.name),
                project.influencer(&i.id).map(|x| &x.name),
                "the first of two with one id, as a search"
            );
        }
        let reel = &project.deliverables[0];
        assert_eq!(index.describe(&project, &reel.id), "Reel — Bo");
        let line = &project.cost_lines[0];
        assert_eq!(index.describe(&project, &line.id), "Shipping ");
        assert_eq!(
            index.describe(&project, &Id::<crate::model::id::kind::Any>::from("x-1")),
            "x-1"
        );
        assert_eq!(index.campaign_name(&project, &reel.campaign), "Spring");
        assert_eq!(index.influencer_name(&project, &Id::from("inf-none")), "?");
    }

    #[test]
    fn a_stale_position_finds_nothing_rather_than_another_record() {
        let mut project = project();
        let index = ProjectIndex::new(&project);
        let bo = project.influencers[1].id.clone();
        project.influencers.remove(0);
        assert!(index.influencer(&project, &bo).is_none());
    }
}
