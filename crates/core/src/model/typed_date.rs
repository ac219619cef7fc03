//! A date as people type it into a field: `2027-04-12`, `12 Apr`, `Apr 12`, `12 April 2027`,
//! `April 12, 2027`, `12/04`, `12/04/2027`, `12.04.2027`. Without a year, the year of the
//! day the field starts from. Slashes and dots read day first unless the user's locale
//! writes the month first (`04/12` in the United States).

use chrono::{Datelike, NaiveDate};

/// The order of day and month in `12/04`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// 12/04 is 12 April (most of the world).
    DayFirst,
    /// 04/12 is 12 April (the United States and a few others).
    MonthFirst,
}

impl DayOrder {
    /// The order of a locale name such as `en_US.UTF-8`, `en-US`, `de_DE` or `C`.
    pub fn of_locale(locale: &str) -> Self {
        let region = locale
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .rsplit(['_', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        // Regions that write the month first.
        if ["US", "PH", "FM", "MH", "PW", "BZ"].contains(&region.as_str()) {
            DayOrder::MonthFirst
        } else {
            DayOrder::DayFirst
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month from its English name or its first three letters or more (`Apr`, `Sept`).
fn month_named(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&word) || (word == "sept" && *m == "september"))
        .map(|i| i as u32 + 1)
}

/// A year as typed: four digits, or two (`27` is 2027).
fn year_of(text: &str) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    match text.len() {
        4 => Some(n),
        2 => Some(2000 + n),
        _ => None,
    }
}

/// Reads `text` as a date; `reference` gives the year when none is typed.
pub fn parse_typed_date(text: &str, reference: NaiveDate, order: DayOrder) -> Option<NaiveDate> {
    let text = text.trim().trim_end_matches(['.', ',']);
    if text.is_empty() || text.len() > 40 {
        return None;
    }
    // ISO: 2027-04-12.
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    // Chinese: 2027年4月12日, 4月12日 (号 for 日, spaces and full-width digits allowed).
    if text.contains('月') {
        return chinese_date(text, reference);
    }
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    let has_name = parts.iter().any(|p| month_named(p).is_some());
    let (day, month, year) = if has_name {
        // 12 Apr [2027] or Apr 12[,] [2027].
        match parts.as_slice() {
            [a, b] | [a, b, _] => {
                let year = match parts.get(2) {
                    Some(y) => Some(year_of(y)?),
                    None => None,
                };
                let day_of = |s: &str| s.trim_end_matches(['.', ',']).parse::<u32>().ok();
                match (day_of(a), month_named(b), month_named(a), day_of(b)) {
                    (Some(d), Some(m), _, _) | (_, _, Some(m), Some(d)) => (d, m, year),
                    _ => return None,
                }
            }
            _ => return None,
        }
    } else {
        // 12/04[/2027], 12.04.2027, 12-04-2027.
        let numbers: Vec<&str> = text.split(['/', '.', '-']).collect();
        if !(2..=3).contains(&numbers.len()) || numbers.iter().any(|n| n.is_empty()) {
            return None;
        }
        let first: u32 = numbers[0].parse().ok()?;
        let second: u32 = numbers[1].parse().ok()?;
        let year = match numbers.get(2) {
            Some(y) => Some(year_of(y)?),
            None => None,
        };
        match order {
            DayOrder::DayFirst => (first, second, year),
            DayOrder::MonthFirst => (second, first, year),
        }
    };
    NaiveDate::from_ymd_opt(year.unwrap_or(reference.year()), month, day)
}

/// A date written the Chinese way: `2027年4月12日`, `4月12日`, `4月12号`, `２０２７年４月１２日`.
fn chinese_date(text: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let plain: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            // Full-width digits (what a Chinese input method may type).
            '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10).unwrap_or(c),
            c => c,
        })
        .collect();
    let plain = plain.trim_end_matches(['日', '号']);
    let (year, rest) = match plain.split_once('年') {
        Some((y, rest)) => (Some(year_of(y)?), rest),
        None => (None, plain),
    };
    let (month, day) = rest.split_once('月')?;
    NaiveDate::from_ymd_opt(
        year.unwrap_or(reference.year()),
        month.parse().ok()?,
        day.parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_ways_people_type_a_date() {
        let today = d("2027-03-15");
        let read = |t: &str| parse_typed_date(t, today, DayOrder::DayFirst);
        for typed in [
            "2027-04-12",
            "12 Apr",
            "12 apr",
            "12 April",
            "Apr 12",
            "April 12, 2027",
            "12 Apr 2027",
            "12/04",
            "12/04/2027",
            "12.04.2027",
            "12.04.",
            "12/04/27",
            " 12 Apr ",
        ] {
            assert_eq!(read(typed), Some(d("2027-04-12")), "{typed}");
        }
        assert_eq!(
            parse_typed_date("04/12", today, DayOrder::MonthFirst),
            Some(d("2027-04-12"))
        );
        assert_eq!(read("3 Sept"), Some(d("2027-09-03")));
        for nonsense in [
            "",
            "soon",
            "31/02",
            "12",
            "12 Ap",
            "2027-13-01",
            "1/2/3/4",
            "12 Apr 999",
        ] {
            assert_eq!(read(nonsense), None, "{nonsense}");
        }
    }

    #[test]
    fn locales_that_write_the_month_first() {
        assert_eq!(DayOrder::of_locale("en_US.UTF-8"), DayOrder::MonthFirst);
        assert_eq!(DayOrder::of_locale("en-US"), DayOrder::MonthFirst);
        assert_eq!(DayOrder::of_locale("en_GB.UTF-8"), DayOrder::DayFirst);
        assert_eq!(DayOrder::of_locale("de_DE"), DayOrder::DayFirst);
        assert_eq!(DayOrder::of_locale("zh_CN.UTF-8"), DayOrder::DayFirst);
        assert_eq!(DayOrder::of_locale("C"), DayOrder::DayFirst);
    }

    #[test]
    fn dates_typed_the_chinese_way() {
        let today = d("2027-03-15");
        let read = |t: &str| parse_typed_date(t, today, DayOrder::DayFirst);
        for typed in [
            "2027年4月12日",
            "4月12日",
            "4月12号",
            " 2027 年 4 月 12 日 ",
            "２０２７年４月１２日",
        ] {
            assert_eq!(read(typed), Some(d("2027-04-12")), "{typed}");
        }
        assert_eq!(read("2028年1月3日"), Some(d("2028-01-03")));
        for wrong in ["4月", "13月1日", "2027年2月30日", "年4月12日", "4月x日"] {
            assert_eq!(read(wrong), None, "{wrong}");
        }
    }
}
