//! Date arithmetic the checks share: day counts, business days, short date labels.

use chrono::{Datelike, NaiveDate, Weekday};

/// Calendar days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// True on Monday to Friday.
pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Business days available from `from` (counted when it is a weekday) up to the day
/// before `to`: the working days between a draft arriving and the content going live.
/// Zero or negative when `to` is not after `from`.
/// Counted by arithmetic (whole weeks, then the days left), so any span takes the same time.
pub fn business_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to <= from {
        return days_between(from, to);
    }
    let days = days_between(from, to);
    let first = i64::from(from.weekday().num_days_from_monday());
    let rest = (0..days % 7).filter(|d| (first + d) % 7 < 5).count() as i64;
    days / 7 * 5 + rest
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A short date such as `12 Apr` (with the year when it is not `this_year`).
pub fn short(date: NaiveDate, this_year: i32) -> String {
    // Written out by hand: chrono's `format` parses its pattern on every call, and checks
    // write tens of thousands of these.
    let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("?");
    if date.year() == this_year {
        format!("{} {month}", date.day())
    } else {
        format!("{} {month} {}", date.day(), date.year())
    }
}

/// Adds (or subtracts) calendar days, saturating at the ends of the calendar.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    chrono::Duration::try_days(days)
        .and_then(|delta| date.checked_add_signed(delta))
        .unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn business_days_skip_weekends() {
        // 2027-03-01 is a Monday.
        assert_eq!(business_days_between(d("2027-03-01"), d("2027-03-04")), 3);
        // Friday to Monday: only the Friday counts.
        assert_eq!(business_days_between(d("2027-03-05"), d("2027-03-08")), 1);
        // Saturday to Monday: none.
        assert_eq!(business_days_between(d("2027-03-06"), d("2027-03-08")), 0);
        assert_eq!(business_days_between(d("2027-03-08"), d("2027-03-08")), 0);
        assert_eq!(business_days_between(d("2027-03-08"), d("2027-03-06")), -2);
    }

    #[test]
    fn business_days_by_arithmetic_match_counting_them() {
        let start = d("2027-02-22");
        for offset in 0..30 {
            let from = add_days(start, offset);
            for span in 0..40 {
                let to = add_days(from, span);
                let counted = from
                    .iter_days()
                    .take_while(|x| *x < to)
                    .filter(|x| is_business_day(*x))
                    .count() as i64;
                assert_eq!(business_days_between(from, to), counted, "{from} → {to}");
            }
        }
        // The whole calendar at once, instantly.
        let all = business_days_between(NaiveDate::MIN, NaiveDate::MAX);
        assert!(all > 130_000_000, "{all}");
    }

    #[test]
    fn adding_days_saturates_at_the_ends_of_the_calendar() {
        assert_eq!(add_days(NaiveDate::MAX, 7), NaiveDate::MAX);
        assert_eq!(add_days(NaiveDate::MIN, -7), NaiveDate::MIN);
        assert_eq!(add_days(d("2027-01-01"), i64::MAX), NaiveDate::MAX);
        assert_eq!(add_days(d("2027-01-01"), i64::MIN), NaiveDate::MIN);
        assert_eq!(add_days(d("2027-01-01"), 31), d("2027-02-01"));
    }

    #[test]
    fn short_dates() {
        assert_eq!(short(d("2027-04-12"), 2027), "12 Apr");
        assert_eq!(short(d("2027-04-12"), 2026), "12 Apr 2027");
    }
}
