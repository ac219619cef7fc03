//! The whole project: what one file holds.

use super::campaign::Campaign;
use super::cost_line::CostLine;
use super::deliverable::Deliverable;
use super::edit::{Edit, Record, RecordKey};
use super::id::{CampaignId, CostLineId, DeliverableId, InfluencerId};
use super::influencer::Influencer;
use super::plan_change::PlanChange;
use super::settings::Settings;
use super::shared::{Revision, SharedCopy};
use crate::fast::HashSet;
use serde::{Deserialize, Serialize};

/// The project-wide facts that are not a list of records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectInfo {
    /// Project name.
    pub name: String,
    /// The brand the campaigns are for.
    #[serde(default)]
    pub brand: String,
    /// Who owns the project on our side.
    #[serde(default)]
    pub owner: String,
    /// The one currency of every amount (ISO code such as `EUR`).
    #[serde(default = "default_currency")]
    pub currency: String,
    /// Check thresholds.
    #[serde(default)]
    pub settings: Settings,
    /// The version this is, stamped at every save.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Revision>,
    /// Set in a copy made with Share: who it is for and what it was made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<SharedCopy>,
}

fn default_currency() -> String {
    "EUR".to_string()
}

impl Default for ProjectInfo {
    fn default() -> Self {
        ProjectInfo {
            name: "Untitled project".to_string(),
            brand: String::new(),
            owner: String::new(),
            currency: default_currency(),
            settings: Settings::default(),
            revision: None,
            shared: None,
        }
    }
}

/// One campaign project: influencers, campaigns, content plan and money.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Project {
    /// Name, brand, owner, currency, settings.
    pub info: ProjectInfo,
    /// The roster.
    #[serde(default)]
    pub influencers: Vec<Influencer>,
    /// The campaigns.
    #[serde(default)]
    pub campaigns: Vec<Campaign>,
    /// Every deliverable of every campaign.
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
    /// Every cost line of every campaign.
    #[serde(default)]
    pub cost_lines: Vec<CostLine>,
    /// Changes to agreed plans, to be told to creators.
    #[serde(default)]
    pub plan_changes: Vec<PlanChange>,
}

impl Project {
    /// An empty project.
    pub fn new() -> Self {
        Project::default()
    }

    /// The influencer with an id.
    pub fn influencer(&self, id: &InfluencerId) -> Option<&Influencer> {
        self.influencers.iter().find(|i| &i.id == id)
    }

    /// The campaign with an id.
    pub fn campaign(&self, id: &CampaignId) -> Option<&Campaign> {
        self.campaigns.iter().find(|c| &c.id == id)
    }

    /// The deliverable with an id.
    pub fn deliverable(&self, id: &DeliverableId) -> Option<&Deliverable> {
        self.deliverables.iter().find(|d| &d.id == id)
    }

    /// The cost line with an id.
    pub fn cost_line(&self, id: &CostLineId) -> Option<&CostLine> {
        self.cost_lines.iter().find(|c| &c.id == id)
    }

    /// The edit that removes an influencer with everything that belongs to them: their
    /// deliverables (and those deliverables' plan changes), their cost lines, and their
    /// place in campaigns. One undo step brings all of it back.
    pub fn removal_of_influencer(&self, id: &InfluencerId) -> Edit {
        let mut edits = Vec::new();
        let deliverables: Vec<&DeliverableId> = self
            .deliverables
            .iter()
            .filter(|d| &d.influencer == id)
            .map(|d| &d.id)
            .collect();
        let theirs: HashSet<&DeliverableId> = deliverables.iter().copied().collect();
        for change in self
            .plan_changes
            .iter()
            .filter(|c| theirs.contains(&c.deliverable))
        {
            edits.push(Edit::Remove(RecordKey::PlanChange(change.id.clone())));
        }
        for d in &deliverables {
            edits.push(Edit::Remove(RecordKey::Deliverable((*d).clone())));
        }
        for line in self
            .cost_lines
            .iter()
            .filter(|l| l.influencer.as_ref() == Some(id))
        {
            edits.push(Edit::Remove(RecordKey::CostLine(line.id.clone())));
        }
        for campaign in self
            .campaigns
            .iter()
            .filter(|c| c.participant(id).is_some())
        {
            let mut changed = campaign.clone();
            changed.participants.retain(|p| &p.influencer != id);
            edits.push(Edit::Put(Record::Campaign(changed)));
        }
        edits.push(Edit::Remove(RecordKey::Influencer(id.clone())));
        Edit::Batch(edits)
    }
}
