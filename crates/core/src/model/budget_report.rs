//! The budget reconciled: per campaign, and within it per category and per influencer,
//! the baseline, the sum of recorded changes, the current plan, what is committed,
//! invoiced and paid, and what remains of the cap. All sums are exact.

use super::cost_edit::expected_amount;
use super::kinds::{CostCategory, CostStatus};
use super::{CampaignId, CostLine, CostLineId, InfluencerId, Money, Project};
use crate::fast::HashMap;
use std::collections::BTreeMap;

/// The money of one group of cost lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Amounts {
    /// Sum of the lines' baselines (0 for lines added after approval).
    pub baseline: Money,
    /// Sum of every recorded change (to − from).
    pub changes: Money,
    /// What the lines plan to cost now (cancelled lines count 0).
    pub current: Money,
    /// Lines whose status is Committed.
    pub committed: Money,
    /// Lines whose status is Invoiced.
    pub invoiced: Money,
    /// Lines whose status is Paid.
    pub paid: Money,
}

impl Amounts {
    /// Adds one line to the sums.
    pub(crate) fn add(&mut self, line: &CostLine) {
        let change: Money = line
            .changes
            .iter()
            .fold(Money::ZERO, |sum, c| sum.saturating_add(c.difference()));
        self.baseline = self
            .baseline
            .saturating_add(line.baseline.unwrap_or(Money::ZERO));
        self.changes = self.changes.saturating_add(change);
        self.current = self.current.saturating_add(line.planned());
        let slot = match line.status {
            CostStatus::Committed => Some(&mut self.committed),
            CostStatus::Invoiced => Some(&mut self.invoiced),
            CostStatus::Paid => Some(&mut self.paid),
            CostStatus::Estimated | CostStatus::Cancelled => None,
        };
        if let Some(slot) = slot {
            *slot = slot.saturating_add(line.amount);
        }
    }

    /// Baseline + changes: what the plan should be if every change was recorded.
    pub fn expected(&self) -> Money {
        self.baseline.saturating_add(self.changes)
    }

    /// Committed, invoiced and paid together: what is owed or spent.
    pub fn spent_or_owed(&self) -> Money {
        self.committed
            .saturating_add(self.invoiced)
            .saturating_add(self.paid)
    }
}

/// One campaign's budget, reconciled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignBudget {
    /// The campaign.
    pub id: CampaignId,
    /// Its name.
    pub name: String,
    /// Its cap (0 when none is set).
    pub cap: Money,
    /// Every line of the campaign.
    pub total: Amounts,
    /// Per category, in the category order of the brief.
    pub by_category: Vec<(CostCategory, Amounts)>,
    /// Per influencer (`None`: lines for no one in particular), by name.
    pub by_influencer: Vec<(Option<InfluencerId>, String, Amounts)>,
    /// Lines where baseline + recorded changes ≠ the current plan.
    pub unreconciled: Vec<CostLineId>,
}

impl CampaignBudget {
    /// What is left of the cap after the current plan (negative when over).
    pub fn remaining(&self) -> Money {
        Money::from_cents(self.cap.cents().saturating_sub(self.total.current.cents()))
    }
}

/// The reconciled budget of every campaign (or only `campaign`), in project order.
/// Linear in the cost lines (plus sorting each campaign's influencers by name).
pub fn budget_report(project: &Project, campaign: Option<&CampaignId>) -> Vec<CampaignBudget> {
    let wanted = |id: &CampaignId| campaign.is_none_or(|c| c == id);
    let mut lines_of: HashMap<&CampaignId, Vec<&CostLine>> = HashMap::default();
    for line in project.cost_lines.iter().filter(|l| wanted(&l.campaign)) {
        lines_of.entry(&line.campaign).or_default().push(line);
    }
    let names: HashMap<&InfluencerId, &str> = project
        .influencers
        .iter()
        .map(|i| (&i.id, i.name.as_str()))
        .collect();
    project
        .campaigns
        .iter()
        .filter(|c| wanted(&c.id))
        .map(|c| {
            let lines = lines_of.get(&c.id).map_or(&[][..], Vec::as_slice);
            let approved = c.baseline_approved.is_some();
            let mut total = Amounts::default();
            let mut by_category: BTreeMap<CostCategory, Amounts> = BTreeMap::new();
            let mut by_influencer: HashMap<Option<&InfluencerId>, Amounts> = HashMap::default();
            let mut unreconciled = Vec::new();
            for line in lines {
                total.add(line);
                by_category.entry(line.category).or_default().add(line);
                by_influencer
                    .entry(line.influencer.as_ref())
                    .or_default()
                    .add(line);
                let added_after_approval =
                    line.baseline.is_none() && line.changes.is_empty() && approved;
                if expected_amount(line) != line.planned()
                    && (line.baseline.is_some() || !line.changes.is_empty())
                    || added_after_approval
                {
                    unreconciled.push(line.id.clone());
                }
            }
            let mut by_influencer: Vec<(Option<InfluencerId>, String, Amounts)> = by_influencer
                .into_iter()
                .map(|(id, amounts)| {
                    let name = id.map_or_else(
                        || "(no influencer)".to_string(),
                        |id| {
                            names
                                .get(id)
                                .map_or_else(|| id.to_string(), |n| n.to_string())
                        },
                    );
                    (id.cloned(), name, amounts)
                })
                .collect();
            // By name ignoring case, ties by id, "no influencer" last.
            by_influencer.sort_by_cached_key(|(id, name, _)| {
                (id.is_none(), name.to_lowercase(), id.clone())
            });
            CampaignBudget {
                id: c.id.clone(),
                name: c.name.clone(),
                cap: c.budget_cap,
                total,
                by_category: by_category.into_iter().collect(),
                by_influencer,
                unreconciled,
            }
        })
        .collect()
}

/// The recorded changes of a campaign's lines summed per reason (blank reasons together as
/// "(no reason)"), in reason order: the steps from the baseline to the plan.
pub fn changes_by_reason(project: &Project, campaign: &CampaignId) -> BTreeMap<String, Money> {
    let mut by_reason: BTreeMap<String, Money> = BTreeMap::new();
    for line in project
        .cost_lines
        .iter()
        .filter(|l| &l.campaign == campaign)
    {
        for change in &line.changes {
            let reason = match change.reason.trim() {
                "" => "(no reason)".to_string(),
                reason => reason.to_string(),
            };
            let entry = by_reason.entry(reason).or_insert(Money::ZERO);
            *entry = entry.saturating_add(change.difference());
        }
    }
    by_reason
}
