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
pub fn business_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to <= from {
        return days_between(from, to);
    }
    from.iter_days()
        .take_while(|d| *d < to)
        .filter(|d| is_business_day(*d))
        .count() as i64
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
    date.checked_add_signed(chrono::Duration::days(days))
        .unwrap_or(date)
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
    fn short_dates() {
        assert_eq!(short(d("2027-04-12"), 2027), "12 Apr");
        assert_eq!(short(d("2027-04-12"), 2026), "12 Apr 2027");
    }
}
