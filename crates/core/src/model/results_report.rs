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
    /// The metrics of one deliverable's `figures` bought for `cost`.
    pub fn of(figures: &Figures, cost: Money) -> Self {
        let mut sums = MetricSums::default();
        sums.add(figures, cost);
        sums.metrics()
    }
}

/// What metrics add up over several deliverables. Each ratio counts only the deliverables
/// that reported its figure: a post whose impressions were never reported adds neither its
/// cost nor zero impressions to the CPM.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MetricSums {
    engaged: u64,
    seen: u64,
    impressions: (Money, u64),
    engagements: (Money, u64),
    clicks: (Money, u64),
    acquisitions: (Money, u64),
    revenue: (Money, Money),
}

impl MetricSums {
    /// Adds one deliverable's figures and its cost.
    pub fn add(&mut self, figures: &Figures, cost: Money) {
        let pair = |slot: &mut (Money, u64), n: Option<u64>| {
            if let Some(n) = n {
                slot.0 = slot.0.saturating_add(cost);
                slot.1 = slot.1.saturating_add(n);
            }
        };
        if let (Some(e), Some(s)) = (figures.engagements, figures.reach.or(figures.impressions)) {
            self.engaged = self.engaged.saturating_add(e);
            self.seen = self.seen.saturating_add(s);
        }
        pair(&mut self.impressions, figures.impressions);
        pair(&mut self.engagements, figures.engagements);
        pair(&mut self.clicks, figures.clicks);
        // An acquisition is a sale; where no sale is reported, a code redemption.
        pair(
            &mut self.acquisitions,
            figures.sales.or(figures.redemptions),
        );
        if let Some(revenue) = figures.revenue {
            self.revenue.0 = self.revenue.0.saturating_add(cost);
            self.revenue.1 = self.revenue.1.saturating_add(revenue);
        }
    }

    /// Adds another set of sums.
    pub fn merge(&mut self, other: &MetricSums) {
        let add = |a: &mut (Money, u64), b: (Money, u64)| {
            a.0 = a.0.saturating_add(b.0);
            a.1 = a.1.saturating_add(b.1);
        };
        self.engaged = self.engaged.saturating_add(other.engaged);
        self.seen = self.seen.saturating_add(other.seen);
        add(&mut self.impressions, other.impressions);
        add(&mut self.engagements, other.engagements);
        add(&mut self.clicks, other.clicks);
        add(&mut self.acquisitions, other.acquisitions);
        self.revenue.0 = self.revenue.0.saturating_add(other.revenue.0);
        self.revenue.1 = self.revenue.1.saturating_add(other.revenue.1);
    }

    /// The metrics these sums give.
    pub fn metrics(&self) -> Metrics {
        let ratio = |(cost, n): (Money, u64), times| per(cost, times, n);
        Metrics {
            engagement_rate: (self.seen > 0)
                .then(|| self.engaged as f64 / self.seen as f64 * 100.0),
            cpm: ratio(self.impressions, 1000),
            cpe: ratio(self.engagements, 1),
            cpc: ratio(self.clicks, 1),
            cpa: ratio(self.acquisitions, 1),
            roas: (self.revenue.0.cents() > 0)
                .then(|| self.revenue.1.cents() as f64 / self.revenue.0.cents() as f64),
        }
    }
}

/// `cost × times / n`, to the cent (half away from zero); `None` when `n` is zero.
pub fn per(cost: Money, times: u64, n: u64) -> Option<Money> {
    if n == 0 {
        return None;
    }
    // In 64 bits whenever it fits (always, for amounts a file may hold): a 128-bit division
    // is several times slower, and this runs six times per deliverable.
    let fits = i64::try_from(times)
        .ok()
        .and_then(|t| cost.cents().checked_mul(t))
        .zip(i64::try_from(n).ok())
        .filter(|(num, den)| num.unsigned_abs() <= (i64::MAX as u64) / 4 && *den <= i64::MAX / 4);
    let q = match fits {
        Some((num, den)) => {
            let q = (num.unsigned_abs() as i64 * 2 + den) / (den * 2);
            i128::from(if num < 0 { -q } else { q })
        }
        None => {
            let num = i128::from(cost.cents()) * i128::from(times);
            let den = i128::from(n);
            let q = (num.abs() * 2 + den) / (den * 2);
            if num < 0 { -q } else { q }
        }
    };
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
    /// Everything committed for the campaign (all its cost lines committed, invoiced or paid),
    /// agency fees and paid amplification included.
    pub cost: Money,
    /// The totals of every deliverable's newest reading.
    pub figures: Figures,
    /// What the campaign's results cost and returned, over its creators' costs (lines not
    /// for a creator, such as agency fees, are in `cost` only).
    pub metrics: Metrics,
    /// Per creator, in the order they take part (then by name for those not listed).
    pub creators: Vec<CreatorResults>,
    /// Per deliverable, in the file's order.
    pub deliverables: Vec<DeliverableResults>,
    /// Creators with a cost and a figure for the leading KPI, best value per unit of cost
    /// first: those to book again. Indices into `creators`.
    pub ranking: Vec<usize>,
    /// Every creator in the order to list them: the ranked in rank order, then the rest.
    pub listed: Vec<usize>,
    /// Each creator's rank (1 first), by index into `creators`; `None` when not ranked.
    pub rank: Vec<Option<usize>>,
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
    // Creators' and the campaign's metrics add up their deliverables that reported each figure.
    let mut campaign_sums = MetricSums::default();
    for creator in &mut creators {
        let mut sums = MetricSums::default();
        for &k in &creator.deliverables {
            sums.add(&deliverables[k].figures, deliverables[k].cost);
        }
        creator.metrics = sums.metrics();
        campaign_sums.merge(&sums);
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
        .filter_map(|(k, cr)| {
            Some((
                k,
                cr.figures.get(leading)?.as_f64() / cr.cost.cents() as f64,
            ))
        })
        .collect();
    ranking.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let ranking: Vec<usize> = ranking.into_iter().map(|(k, _)| k).collect();
    let mut rank = vec![None; creators.len()];
    for (place, &k) in ranking.iter().enumerate() {
        rank[k] = Some(place + 1);
    }
    let mut listed = ranking.clone();
    listed.extend((0..creators.len()).filter(|&k| rank[k].is_none()));
    CampaignResults {
        id: c.id.clone(),
        name: c.name.clone(),
        goal: c.goal,
        leading,
        progress,
        cost,
        metrics: campaign_sums.metrics(),
        figures,
        creators,
        deliverables,
        ranking,
        listed,
        rank,
    }
}

fn fraction(actual: KpiValue, target: KpiValue) -> Option<f64> {
    let t = target.as_f64();
    (t > 0.0).then(|| actual.as_f64() / t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(f: impl FnOnce(&mut Figures)) -> Figures {
        let mut x = Figures::default();
        f(&mut x);
        x
    }

    #[test]
    fn dividing_in_64_bits_gives_what_128_bits_give_up_to_the_limits() {
        let wide = |cost: i64, times: u64, n: u64| {
            let num = i128::from(cost) * i128::from(times);
            let den = i128::from(n);
            let q = (num.abs() * 2 + den) / (den * 2);
            Money::from_cents(i64::try_from(if num < 0 { -q } else { q }).unwrap_or(i64::MAX))
        };
        for (cost, times, n) in [
            (1, 1, 3),
            (-200, 1, 3),
            (1_000_000_000_000, 1000, 7),
            (i64::MAX / 3, 1000, 7),
            (i64::MIN / 3, 1000, 9),
            (5, 1000, u64::MAX),
            (i64::MAX, 1, 1),
        ] {
            assert_eq!(
                per(Money::from_cents(cost), times, n),
                Some(wide(cost, times, n)),
                "{cost} {times} {n}"
            );
        }
    }

    #[test]
    fn an_acquisition_is_a_sale_else_a_redemption_and_unreported_posts_do_not_count() {
        let mut sums = MetricSums::default();
        // Sales reported: they count, not the redemptions.
        sums.add(
            &figures(|x| {
                x.sales = Some(10);
                x.redemptions = Some(50);
            }),
            Money::from_units(300),
        );
        sums.add(
            &figures(|x| x.redemptions = Some(20)),
            Money::from_units(100),
        );
        // Nothing reported: neither its cost nor a zero counts.
        sums.add(&Figures::default(), Money::from_units(5_000));
        let m = sums.metrics();
        // 400 / 30 = 13.33…
        assert_eq!(m.cpa, Some(Money::from_cents(1_333)));
        assert_eq!(m.cpm, None);
        assert_eq!(m.roas, None);
        assert_eq!(m.engagement_rate, None);
    }
}
