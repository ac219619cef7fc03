//! Whether a campaign worked: each KPI against its target, and per creator and per
//! deliverable what a result cost (CPM, cost per engagement, per click, per acquisition) and
//! what it returned, from the budget's exact money; and whom to book again. Shared by the
//! command line, the Results panel, slides and exports. Linear in the project's records.

use super::results::{Figures, Goal, Kpi, KpiValue, latest};
use super::{CampaignId, CostStatus, DeliverableStatus, InfluencerId, Money, Project};
use crate::fast::HashMap;

/// What results cost and returned. A ratio whose divisor is zero or unknown is `None`
/// (shown as "—").
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Metrics {
    /// Engagements per person reached (per impression when reach is unknown), in percent.
    pub engagement_rate: Option<f64>,
    /// Cost per thousand impressions.
    pub cpm: Option<Money>,
    /// Cost per engagement.
    pub cpe: Option<Money>,
    /// Cost per link click.
    pub cpc: Option<Money>,
    /// Cost per acquisition: per sale, or per code redemption where no sale is recorded.
    pub cpa: Option<Money>,
    /// Return on spend: revenue for each unit of cost (2.5 means 2.50 back for 1.00).
    pub roas: Option<f64>,
}

impl Metrics {
    /// The metrics of `figures` bought for `cost`.
    pub fn of(figures: &Figures, cost: Money) -> Self {
        let count = |kpi| match figures.get(kpi) {
            Some(KpiValue::Count(n)) => Some(n),
            _ => None,
        };
        let engaged = count(Kpi::Engagements);
        let seen = count(Kpi::Reach).or(count(Kpi::Impressions));
        let acquisitions = count(Kpi::Sales).or(count(Kpi::Redemptions));
        Metrics {
            engagement_rate: match (engaged, seen) {
                (Some(e), Some(s)) if s > 0 => Some(e as f64 / s as f64 * 100.0),
                _ => None,
            },
            cpm: count(Kpi::Impressions).and_then(|n| per(cost, 1000, n)),
            cpe: engaged.and_then(|n| per(cost, 1, n)),
            cpc: count(Kpi::Clicks).and_then(|n| per(cost, 1, n)),
            cpa: acquisitions.and_then(|n| per(cost, 1, n)),
            roas: match figures.revenue {
                Some(revenue) if cost.cents() > 0 => {
                    Some(revenue.cents() as f64 / cost.cents() as f64)
                }
                _ => None,
            },
        }
    }
}

/// `cost × times / n`, to the cent (half away from zero); `None` when `n` is zero.
pub fn per(cost: Money, times: u64, n: u64) -> Option<Money> {
    if n == 0 {
        return None;
    }
    let num = i128::from(cost.cents()) * i128::from(times);
    let den = i128::from(n);
    let q = (num.abs() * 2 + den) / (den * 2);
    let q = if num < 0 { -q } else { q };
    Some(Money::from_cents(i64::try_from(q).unwrap_or(i64::MAX)))
}

/// One deliverable's results.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliverableResults {
    /// Index in the project's deliverables.
    pub index: usize,
    /// Its share of its creator's cost in the campaign (split evenly over their
    /// deliverables that are not cancelled).
    pub cost: Money,
    /// The newest reading's figures; empty when nothing was measured.
    pub figures: Figures,
    /// Whether any reading exists.
    pub measured: bool,
    /// What they cost and returned.
    pub metrics: Metrics,
}

/// One creator's results in a campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatorResults {
    /// Who.
    pub influencer: InfluencerId,
    /// Their name.
    pub name: String,
    /// Their committed cost lines in the campaign (committed, invoiced or paid).
    pub cost: Money,
    /// The totals of their deliverables' newest readings.
    pub figures: Figures,
    /// What they cost and returned.
    pub metrics: Metrics,
    /// Their deliverables, by index into the campaign's `deliverables`.
    pub deliverables: Vec<usize>,
}

/// How far a KPI is from its target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// The KPI.
    pub kpi: Kpi,
    /// The target.
    pub target: KpiValue,
    /// What the newest readings add up to; `None` when none reported it.
    pub actual: Option<KpiValue>,
    /// Actual over target (1.0 is the target met); `None` with no actual or a zero target.
    pub fraction: Option<f64>,
}

/// A campaign's results.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignResults {
    /// The campaign.
    pub id: CampaignId,
    /// Its name.
    pub name: String,
    /// Its goal, when chosen.
    pub goal: Option<Goal>,
    /// The KPI creators are ranked by: the goal's first, else the first KPI with a target,
    /// else engagements.
    pub leading: Kpi,
    /// Every KPI with a target, in the order of [`Kpi::ALL`].
    pub progress: Vec<Progress>,
    /// Everything committed for the campaign (all its cost lines committed, invoiced or paid).
    pub cost: Money,
    /// The totals of every deliverable's newest reading.
    pub figures: Figures,
    /// What the campaign's results cost and returned.
    pub metrics: Metrics,
    /// Per creator, in the order they take part (then by name for those not listed).
    pub creators: Vec<CreatorResults>,
    /// Per deliverable, in the file's order.
    pub deliverables: Vec<DeliverableResults>,
    /// Creators with a cost and a figure for the leading KPI, best value per unit of cost
    /// first: those to book again. Indices into `creators`.
    pub ranking: Vec<usize>,
}

/// Whether a cost line's amount is owed or paid.
fn committed(status: CostStatus) -> bool {
    matches!(
        status,
        CostStatus::Committed | CostStatus::Invoiced | CostStatus::Paid
    )
}

/// The results of `campaign`, or of every campaign when `None`, in the file's order.
pub fn results_report(project: &Project, campaign: Option<&CampaignId>) -> Vec<CampaignResults> {
    let mut cost_of: HashMap<(&CampaignId, Option<&InfluencerId>), Money> = HashMap::default();
    let mut campaign_cost: HashMap<&CampaignId, Money> = HashMap::default();
    for line in &project.cost_lines {
        if committed(line.status) {
            let key = (&line.campaign, line.influencer.as_ref());
            let sum = cost_of.entry(key).or_default();
            *sum = sum.saturating_add(line.amount);
            let sum = campaign_cost.entry(&line.campaign).or_default();
            *sum = sum.saturating_add(line.amount);
        }
    }
    let mut of_campaign: HashMap<&CampaignId, Vec<usize>> = HashMap::default();
    for (i, d) in project.deliverables.iter().enumerate() {
        of_campaign.entry(&d.campaign).or_default().push(i);
    }
    let names: HashMap<&InfluencerId, &str> = project
        .influencers
        .iter()
        .map(|i| (&i.id, i.name.as_str()))
        .collect();
    project
        .campaigns
        .iter()
        .filter(|c| campaign.is_none_or(|id| &c.id == id))
        .map(|c| {
            let all = of_campaign.get(&c.id).map_or(&[][..], Vec::as_slice);
            let cost = campaign_cost.get(&c.id).copied().unwrap_or_default();
            one(project, c, all, cost, &cost_of, &names)
        })
        .collect()
}

fn one<'p>(
    project: &'p Project,
    c: &'p super::Campaign,
    all: &[usize],
    cost: Money,
    cost_of: &HashMap<(&CampaignId, Option<&InfluencerId>), Money>,
    names: &HashMap<&InfluencerId, &str>,
) -> CampaignResults {
    // Creators: participants first, then anyone else with a deliverable.
    let mut creators: Vec<CreatorResults> = Vec::new();
    let mut slot: HashMap<&'p InfluencerId, usize> = HashMap::default();
    let mut add = |id: &'p InfluencerId, creators: &mut Vec<CreatorResults>| -> usize {
        if let Some(&k) = slot.get(id) {
            return k;
        }
        creators.push(CreatorResults {
            influencer: id.clone(),
            name: names
                .get(id)
                .map_or_else(|| id.to_string(), |n| n.to_string()),
            cost: cost_of.get(&(&c.id, Some(id))).copied().unwrap_or_default(),
            figures: Figures::default(),
            metrics: Metrics::default(),
            deliverables: Vec::new(),
        });
        slot.insert(id, creators.len() - 1);
        creators.len() - 1
    };
    for p in &c.participants {
        add(&p.influencer, &mut creators);
    }
    let mut deliverables = Vec::with_capacity(all.len());
    for &i in all {
        let d = &project.deliverables[i];
        let k = add(&d.influencer, &mut creators);
        let reading = latest(&d.results);
        let mut figures = Figures::default();
        if let Some(m) = reading {
            figures.add(m);
        }
        creators[k].figures.add_figures(&figures);
        if d.status != DeliverableStatus::Cancelled {
            creators[k].deliverables.push(deliverables.len());
        }
        deliverables.push(DeliverableResults {
            index: i,
            cost: Money::ZERO,
            figures,
            measured: reading.is_some(),
            metrics: Metrics::default(),
        });
    }
    // Each creator's cost split evenly over their deliverables; the odd cents go to the first.
    for creator in &mut creators {
        creator.metrics = Metrics::of(&creator.figures, creator.cost);
        let n = creator.deliverables.len() as i64;
        if n == 0 {
            continue;
        }
        let (each, rest) = (creator.cost.cents() / n, creator.cost.cents() % n);
        for (j, &k) in creator.deliverables.iter().enumerate() {
            let extra = if (j as i64) < rest.abs() {
                rest.signum()
            } else {
                0
            };
            deliverables[k].cost = Money::from_cents(each + extra);
        }
    }
    for d in &mut deliverables {
        d.metrics = Metrics::of(&d.figures, d.cost);
    }
    let mut figures = Figures::default();
    for d in &deliverables {
        figures.add_figures(&d.figures);
    }
    let leading = c
        .goal
        .map(|g| g.leading()[0])
        .or_else(|| {
            Kpi::ALL
                .iter()
                .copied()
                .find(|&k| c.targets.get(k).is_some())
        })
        .unwrap_or(Kpi::Engagements);
    let progress = Kpi::ALL
        .iter()
        .filter_map(|&kpi| {
            let target = c.targets.get(kpi)?;
            let actual = figures.get(kpi);
            Some(Progress {
                kpi,
                target,
                actual,
                fraction: actual.and_then(|a| fraction(a, target)),
            })
        })
        .collect();
    let mut ranking: Vec<(usize, f64)> = creators
        .iter()
        .enumerate()
        .filter(|(_, cr)| cr.cost.cents() > 0)
        .filter_map(|(k, cr)| Some((k, amount(cr.figures.get(leading)?) / cr.cost.cents() as f64)))
        .collect();
    ranking.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    CampaignResults {
        id: c.id.clone(),
        name: c.name.clone(),
        goal: c.goal,
        leading,
        progress,
        cost,
        metrics: Metrics::of(&figures, cost),
        figures,
        creators,
        deliverables,
        ranking: ranking.into_iter().map(|(k, _)| k).collect(),
    }
}

fn amount(v: KpiValue) -> f64 {
    match v {
        KpiValue::Count(n) => n as f64,
        KpiValue::Money(m) => m.cents() as f64 / 100.0,
    }
}

fn fraction(actual: KpiValue, target: KpiValue) -> Option<f64> {
    let t = amount(target);
    (t > 0.0).then(|| amount(actual) / t)
}
