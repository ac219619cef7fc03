//! How success is measured: the KPIs a campaign sets targets for before launch (led by its
//! goal), and the results measured on each published deliverable afterwards, several times,
//! the newest counting.

use super::Money;
use crate::labelled_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

labelled_enum! {
    /// A measure of success a campaign can set a target for.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Kpi {
        /// People who saw it at least once.
        Reach => "Reach",
        /// Times it was shown.
        Impressions => "Impressions",
        /// Video views.
        Views => "Views",
        /// Likes, comments, shares and saves.
        Engagements => "Engagements",
        /// Clicks on the link.
        Clicks => "Clicks",
        /// Uses of the discount code.
        Redemptions => "Code redemptions",
        /// Sales attributed.
        Sales => "Sales",
        /// Revenue attributed, in the project's currency.
        Revenue => "Revenue",
    }
}

impl Kpi {
    /// True for the one KPI counted in money (revenue).
    pub fn is_money(self) -> bool {
        self == Kpi::Revenue
    }
}

labelled_enum! {
    /// What a campaign is for, which decides the KPIs that lead.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Goal {
        /// Be seen: reach and impressions lead.
        Awareness => "Awareness",
        /// Be talked about: engagements lead.
        Engagement => "Engagement",
        /// Bring visitors: clicks lead.
        Traffic => "Traffic",
        /// Sell: redemptions, sales and revenue lead.
        Conversion => "Conversion",
    }
}

impl Goal {
    /// The KPIs this goal is judged by, the first leading.
    pub fn leading(self) -> &'static [Kpi] {
        match self {
            Goal::Awareness => &[Kpi::Reach, Kpi::Impressions],
            Goal::Engagement => &[Kpi::Engagements],
            Goal::Traffic => &[Kpi::Clicks],
            Goal::Conversion => &[Kpi::Redemptions, Kpi::Sales, Kpi::Revenue],
        }
    }
}

/// A KPI's amount: a count, or money for revenue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum KpiValue {
    /// A number of people, views, clicks…
    Count(u64),
    /// An amount of money.
    Money(Money),
}

/// A figure per KPI: the targets a campaign sets before launch (a KPI left out has no
/// target), or the totals of its results (a KPI left out was never reported).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// People to reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<u64>,
    /// Impressions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impressions: Option<u64>,
    /// Video views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u64>,
    /// Engagements (likes, comments, shares, saves).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagements: Option<u64>,
    /// Link clicks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicks: Option<u64>,
    /// Code redemptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redemptions: Option<u64>,
    /// Sales.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales: Option<u64>,
    /// Revenue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue: Option<Money>,
}

impl Figures {
    /// True when no KPI has a target.
    pub fn is_empty(&self) -> bool {
        Kpi::ALL.iter().all(|&k| self.get(k).is_none())
    }

    /// The figure for `kpi`, if there is one.
    pub fn get(&self, kpi: Kpi) -> Option<KpiValue> {
        match kpi {
            Kpi::Revenue => self.revenue.map(KpiValue::Money),
            _ => self.count(kpi).map(KpiValue::Count),
        }
    }

    fn count(&self, kpi: Kpi) -> Option<u64> {
        match kpi {
            Kpi::Reach => self.reach,
            Kpi::Impressions => self.impressions,
            Kpi::Views => self.views,
            Kpi::Engagements => self.engagements,
            Kpi::Clicks => self.clicks,
            Kpi::Redemptions => self.redemptions,
            Kpi::Sales => self.sales,
            Kpi::Revenue => None,
        }
    }

    /// Sets (or, with `None`, clears) the figure for `kpi`. A count given for revenue is
    /// taken as whole currency units; money given for a count is ignored.
    pub fn set(&mut self, kpi: Kpi, value: Option<KpiValue>) {
        let count = match value {
            Some(KpiValue::Count(n)) => Some(n),
            _ => None,
        };
        match kpi {
            Kpi::Reach => self.reach = count,
            Kpi::Impressions => self.impressions = count,
            Kpi::Views => self.views = count,
            Kpi::Engagements => self.engagements = count,
            Kpi::Clicks => self.clicks = count,
            Kpi::Redemptions => self.redemptions = count,
            Kpi::Sales => self.sales = count,
            Kpi::Revenue => {
                self.revenue = match value {
                    Some(KpiValue::Money(m)) => Some(m),
                    Some(KpiValue::Count(n)) => Some(Money::from_units(
                        i64::try_from(n).unwrap_or(i64::MAX / 100),
                    )),
                    None => None,
                }
            }
        }
    }
}

impl Figures {
    /// Adds a reading's figures: a KPI reported in either is reported in the sum.
    pub fn add(&mut self, m: &Measurement) {
        add_count(&mut self.reach, m.reach);
        add_count(&mut self.impressions, m.impressions);
        add_count(&mut self.views, m.views);
        add_count(&mut self.engagements, m.engagements());
        add_count(&mut self.clicks, m.clicks);
        add_count(&mut self.redemptions, m.redemptions);
        add_count(&mut self.sales, m.sales);
        add_money(&mut self.revenue, m.revenue);
    }

    /// Adds another set of figures, KPI by KPI.
    pub fn add_figures(&mut self, other: &Figures) {
        add_count(&mut self.reach, other.reach);
        add_count(&mut self.impressions, other.impressions);
        add_count(&mut self.views, other.views);
        add_count(&mut self.engagements, other.engagements);
        add_count(&mut self.clicks, other.clicks);
        add_count(&mut self.redemptions, other.redemptions);
        add_count(&mut self.sales, other.sales);
        add_money(&mut self.revenue, other.revenue);
    }
}

/// A count added to a sum (saturating); reported in the sum when reported in either.
fn add_count(sum: &mut Option<u64>, n: Option<u64>) {
    if let Some(n) = n {
        *sum = Some(sum.unwrap_or(0).saturating_add(n));
    }
}

/// Money added to a sum, the same way.
fn add_money(sum: &mut Option<Money>, m: Option<Money>) {
    if let Some(m) = m {
        *sum = Some(sum.unwrap_or(Money::ZERO).saturating_add(m));
    }
}

/// One reading of a published deliverable's results, as the platform or a tracker reported
/// them on `date`. A figure left out was not reported (not zero).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measurement {
    /// When the figures were read.
    #[serde(deserialize_with = "crate::model::sane::date")]
    pub date: NaiveDate,
    /// Times shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impressions: Option<u64>,
    /// People reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<u64>,
    /// Video views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u64>,
    /// Likes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likes: Option<u64>,
    /// Comments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<u64>,
    /// Shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shares: Option<u64>,
    /// Saves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saves: Option<u64>,
    /// Link clicks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicks: Option<u64>,
    /// Code redemptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redemptions: Option<u64>,
    /// Sales.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales: Option<u64>,
    /// Revenue, exact, in the project's currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue: Option<Money>,
}

impl Measurement {
    /// A reading on `date` with no figures yet.
    pub fn on(date: NaiveDate) -> Self {
        Measurement {
            date,
            impressions: None,
            reach: None,
            views: None,
            likes: None,
            comments: None,
            shares: None,
            saves: None,
            clicks: None,
            redemptions: None,
            sales: None,
            revenue: None,
        }
    }

    /// Likes, comments, shares and saves together; `None` when none was reported.
    pub fn engagements(&self) -> Option<u64> {
        let parts = [self.likes, self.comments, self.shares, self.saves];
        parts.iter().any(Option::is_some).then(|| {
            parts
                .iter()
                .flatten()
                .fold(0u64, |a, &b| a.saturating_add(b))
        })
    }

    /// The reading's figure for `kpi`, if reported.
    pub fn get(&self, kpi: Kpi) -> Option<KpiValue> {
        let count = match kpi {
            Kpi::Reach => self.reach,
            Kpi::Impressions => self.impressions,
            Kpi::Views => self.views,
            Kpi::Engagements => self.engagements(),
            Kpi::Clicks => self.clicks,
            Kpi::Redemptions => self.redemptions,
            Kpi::Sales => self.sales,
            Kpi::Revenue => return self.revenue.map(KpiValue::Money),
        };
        count.map(KpiValue::Count)
    }

    /// True when no figure was reported.
    pub fn is_empty(&self) -> bool {
        Kpi::ALL.iter().all(|&k| self.get(k).is_none())
    }
}

/// The reading that counts among several: the newest; of one day, the last recorded.
pub fn latest(readings: &[Measurement]) -> Option<&Measurement> {
    readings
        .iter()
        .enumerate()
        .max_by_key(|(i, m)| (m.date, *i))
        .map(|(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_newest_reading_counts_and_of_one_day_the_last() {
        let mut a = Measurement::on(d("2027-04-10"));
        a.views = Some(100);
        let mut b = Measurement::on(d("2027-04-20"));
        b.views = Some(900);
        let mut c = Measurement::on(d("2027-04-20"));
        c.views = Some(950);
        assert_eq!(latest(&[b.clone(), a.clone()]).unwrap().views, Some(900));
        assert_eq!(latest(&[a, b, c]).unwrap().views, Some(950));
        assert_eq!(latest(&[]), None);
    }

    #[test]
    fn engagements_add_what_was_reported_and_nothing_is_not_zero() {
        let mut m = Measurement::on(d("2027-04-10"));
        assert_eq!(m.engagements(), None);
        m.likes = Some(1200);
        m.saves = Some(80);
        assert_eq!(m.get(Kpi::Engagements), Some(KpiValue::Count(1280)));
        m.comments = Some(u64::MAX);
        assert_eq!(m.engagements(), Some(u64::MAX), "saturates, never wraps");
    }

    #[test]
    fn targets_set_and_clear_per_kpi_and_revenue_is_money() {
        let mut t = Figures::default();
        assert!(t.is_empty());
        t.set(Kpi::Reach, Some(KpiValue::Count(2_000_000)));
        t.set(
            Kpi::Revenue,
            Some(KpiValue::Money(Money::from_cents(7_000_050))),
        );
        assert_eq!(t.get(Kpi::Reach), Some(KpiValue::Count(2_000_000)));
        assert_eq!(
            t.get(Kpi::Revenue),
            Some(KpiValue::Money(Money::from_cents(7_000_050)))
        );
        t.set(Kpi::Reach, None);
        assert_eq!(t.get(Kpi::Reach), None);
        assert!(!t.is_empty());
        assert_eq!(Goal::Conversion.leading()[0], Kpi::Redemptions);
    }
}
