//! A campaign's results over time: for one KPI, the total on each day a reading was taken,
//! counting for each deliverable the newest reading up to that day (as the results report
//! does for today). The Results panel draws it; the last point is the report's total.

use super::results::{Kpi, KpiValue, Measurement};
use super::{Deliverable, Money};
use chrono::NaiveDate;

/// One point of the curve: the total of `kpi` as it stood at the end of `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelinePoint {
    /// The day.
    pub date: NaiveDate,
    /// The total that day.
    pub value: KpiValue,
}

/// The total of `kpi` over `deliverables`, one point per day on which any reading was
/// taken, in date order. A deliverable whose newest reading up to a day does not report
/// the KPI counts for nothing that day, as in the report. Exact (sums in 128 bits),
/// clamped to what a count or an amount can hold.
pub fn results_timeline<'a>(
    deliverables: impl IntoIterator<Item = &'a Deliverable>,
    kpi: Kpi,
) -> Vec<TimelinePoint> {
    // (day, change of the total that day)
    let mut changes: Vec<(NaiveDate, i128)> = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    for d in deliverables {
        order.clear();
        order.extend(0..d.results.len());
        // Stable: of one day, the last recorded comes last and counts.
        order.sort_by_key(|&i| d.results.get(i).map(|m| m.date));
        let mut before = 0i128;
        let mut k = 0;
        while k < order.len() {
            let Some(day) = d.results.get(order[k]).map(|m| m.date) else {
                break;
            };
            let mut last = k;
            while last + 1 < order.len()
                && d.results.get(order[last + 1]).map(|m| m.date) == Some(day)
            {
                last += 1;
            }
            let now = d.results.get(order[last]).map_or(0, |m| amount(m, kpi));
            if now != before {
                changes.push((day, now - before));
            }
            before = now;
            k = last + 1;
        }
    }
    changes.sort_by_key(|&(day, _)| day);
    let mut points: Vec<TimelinePoint> = Vec::new();
    let mut total = 0i128;
    for (day, change) in changes {
        total += change;
        let value = value_of(kpi, total);
        match points.last_mut() {
            Some(p) if p.date == day => p.value = value,
            _ => points.push(TimelinePoint { date: day, value }),
        }
    }
    points
}

/// A reading's figure for `kpi` as a number: a count, or cents; nothing reported is 0.
fn amount(m: &Measurement, kpi: Kpi) -> i128 {
    match m.get(kpi) {
        Some(KpiValue::Count(n)) => i128::from(n),
        Some(KpiValue::Money(money)) => i128::from(money.cents()),
        None => 0,
    }
}

fn value_of(kpi: Kpi, total: i128) -> KpiValue {
    if kpi.is_money() {
        let cents = total.clamp(i128::from(i64::MIN), i128::from(i64::MAX));
        KpiValue::Money(Money::from_cents(i64::try_from(cents).unwrap_or(i64::MAX)))
    } else {
        let n = total.clamp(0, i128::from(u64::MAX));
        KpiValue::Count(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl KpiValue {
    /// The value as a number to draw: the count, or the amount in currency units.
    pub fn as_f64(self) -> f64 {
        match self {
            KpiValue::Count(n) => n as f64,
            KpiValue::Money(m) => m.cents() as f64 / 100.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CampaignId, ContentType, InfluencerId};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn reading(date: &str, views: Option<u64>) -> Measurement {
        let mut m = Measurement::on(day(date));
        m.views = views;
        m
    }

    fn post(title: &str, readings: Vec<Measurement>) -> Deliverable {
        let mut d = Deliverable::new(
            CampaignId::from("cmp-a"),
            InfluencerId::from("inf-a"),
            title,
            ContentType::ShortVideo,
        );
        d.results = readings;
        d
    }

    #[test]
    fn each_day_counts_the_newest_reading_of_each_post() {
        let a = post(
            "a",
            vec![
                reading("2027-04-20", Some(900)),
                reading("2027-04-10", Some(100)),
                reading("2027-04-20", Some(950)),
            ],
        );
        let b = post("b", vec![reading("2027-04-15", Some(40))]);
        let points = results_timeline([&a, &b], Kpi::Views);
        let got: Vec<(String, KpiValue)> = points
            .iter()
            .map(|p| (p.date.to_string(), p.value))
            .collect();
        assert_eq!(
            got,
            vec![
                ("2027-04-10".into(), KpiValue::Count(100)),
                ("2027-04-15".into(), KpiValue::Count(140)),
                ("2027-04-20".into(), KpiValue::Count(990)),
            ]
        );
    }

    #[test]
    fn a_newer_reading_without_the_kpi_takes_it_away_as_the_report_does() {
        let a = post(
            "a",
            vec![
                reading("2027-04-10", Some(500)),
                reading("2027-04-12", None),
            ],
        );
        let points = results_timeline([&a], Kpi::Views);
        assert_eq!(points.len(), 2);
        assert_eq!(points[1].value, KpiValue::Count(0));
        assert!(results_timeline([&a], Kpi::Clicks).is_empty());
    }

    #[test]
    fn revenue_is_exact_money_and_counts_never_wrap() {
        let mut m = Measurement::on(day("2027-05-01"));
        m.revenue = Some(Money::from_cents(12_345));
        let mut n = Measurement::on(day("2027-05-02"));
        n.revenue = Some(Money::from_cents(1));
        let a = post("a", vec![m]);
        let b = post("b", vec![n]);
        let points = results_timeline([&a, &b], Kpi::Revenue);
        assert_eq!(
            points.last().map(|p| p.value),
            Some(KpiValue::Money(Money::from_cents(12_346)))
        );
        let big = post("c", vec![reading("2027-05-01", Some(u64::MAX))]);
        let big2 = post("d", vec![reading("2027-05-01", Some(u64::MAX))]);
        let points = results_timeline([&big, &big2], Kpi::Views);
        assert_eq!(points[0].value, KpiValue::Count(u64::MAX));
    }
}
