//! Money per campaign: the cap against what is planned, committed and paid, summed exactly.

use super::budget_report::Amounts;
use super::{CampaignId, Money, Project};
use crate::fast::HashMap;

/// The money of one campaign, summed exactly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CampaignTotals {
    /// The cap.
    pub cap: Money,
    /// Every line that is not cancelled.
    pub planned: Money,
    /// Committed, invoiced or paid.
    pub committed: Money,
    /// Paid.
    pub paid: Money,
}

impl CampaignTotals {
    /// The totals of every campaign, in campaign order, in one pass over the cost lines.
    /// The sums are those of the reconciliation ([`Amounts`]), so the two never differ.
    pub fn all(project: &Project) -> Vec<CampaignTotals> {
        let position: HashMap<&CampaignId, usize> = project
            .campaigns
            .iter()
            .enumerate()
            .map(|(i, c)| (&c.id, i))
            .collect();
        let mut amounts = vec![Amounts::default(); project.campaigns.len()];
        for line in &project.cost_lines {
            if let Some(a) = position
                .get(&line.campaign)
                .and_then(|&i| amounts.get_mut(i))
            {
                a.add(line);
            }
        }
        project
            .campaigns
            .iter()
            .zip(amounts)
            .map(|(c, a)| CampaignTotals {
                cap: c.budget_cap,
                planned: a.current,
                committed: a.spent_or_owed(),
                paid: a.paid,
            })
            .collect()
    }

    /// What is left of the cap after the whole plan (negative when over).
    pub fn remaining(&self) -> Money {
        Money::from_cents(self.cap.cents().saturating_sub(self.planned.cents()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Campaign, CostCategory, CostLine, CostStatus};

    #[test]
    fn sums_by_status_and_ignores_cancelled_lines() {
        let mut project = Project::new();
        let date = |s: &str| s.parse().expect("date");
        let mut campaign = Campaign::new("Spring", date("2027-03-01"), date("2027-04-30"));
        campaign.budget_cap = Money::from_units(1000);
        let id = campaign.id.clone();
        project.campaigns.push(campaign);
        for (cents, status) in [
            (10_050, CostStatus::Estimated),
            (20_000, CostStatus::Committed),
            (30_025, CostStatus::Paid),
            (99_999, CostStatus::Cancelled),
        ] {
            let mut line = CostLine::new(
                id.clone(),
                CostCategory::CreatorFee,
                Money::from_cents(cents),
            );
            line.status = status;
            project.cost_lines.push(line);
        }
        let totals = CampaignTotals::all(&project);
        assert_eq!(totals.len(), 1);
        assert_eq!(totals[0].planned, Money::from_cents(60_075));
        assert_eq!(totals[0].committed, Money::from_cents(50_025));
        assert_eq!(totals[0].paid, Money::from_cents(30_025));
        assert_eq!(totals[0].remaining(), Money::from_cents(39_925));
    }
}
