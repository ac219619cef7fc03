//! The range of values a project may hold: dates from 1900 to 2200. A file with a date
//! outside it is refused with its line and column (serde reads each date through
//! [`date`] and [`opt_date`]); every way the app makes a date keeps it inside.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// The first day a project may hold.
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(day) => day,
    None => NaiveDate::MIN,
};

/// The last day a project may hold.
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2200, 12, 31) {
    Some(day) => day,
    None => NaiveDate::MAX,
};

/// True when a project may hold `day`.
pub fn is_sane(day: NaiveDate) -> bool {
    (FIRST_DAY..=LAST_DAY).contains(&day)
}

/// `day` moved into the range a project may hold.
pub fn clamp(day: NaiveDate) -> NaiveDate {
    day.clamp(FIRST_DAY, LAST_DAY)
}

/// Reads `text` as a date of a project, or says in plain words what is wrong with it.
pub fn parse(text: &str) -> Result<NaiveDate, String> {
    let day = text.trim().parse::<NaiveDate>().map_err(|_| {
        format!("\"{text}\" is not a date: write dates as YYYY-MM-DD, for example 2027-03-15")
    })?;
    if is_sane(day) {
        Ok(day)
    } else {
        Err(format!(
            "the date {day} is outside the years {} to {}; write dates as YYYY-MM-DD, for example 2027-03-15",
            FIRST_DAY.format("%Y"),
            LAST_DAY.format("%Y")
        ))
    }
}

/// Reads a date in quotes; anything else is refused saying a date was expected.
struct DateVisitor;

impl serde::de::Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a date in quotes, such as \"2027-03-15\"")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        parse(text).map_err(E::custom)
    }
}

/// A date read through [`DateVisitor`], so a number or a word in its place is named as
/// not being a date.
struct Date(NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DateVisitor).map(Date)
    }
}

/// Deserializes a date within the range (for `#[serde(deserialize_with = …)]`).
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    Date::deserialize(deserializer).map(|d| d.0)
}

/// Deserializes an optional date within the range (for `#[serde(deserialize_with = …)]`).
pub fn opt_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Date>::deserialize(deserializer).map(|d| d.map(|d| d.0))
}

/// Deserializes an optional percentage: a finite number from 0 to 100 (for
/// `#[serde(deserialize_with = …)]`); NaN, infinities and negative rates are refused.
pub fn opt_percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f32>, D::Error> {
    match Option::<f64>::deserialize(deserializer)? {
        Some(value) if value.is_finite() && (0.0..=100.0).contains(&value) => {
            Ok(Some(value as f32))
        }
        Some(value) => Err(serde::de::Error::custom(format!(
            "{value} is not a percentage: write a number from 0 to 100, for example 3.5"
        ))),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_outside_the_range_or_malformed_are_refused_in_words() {
        assert_eq!(
            parse("2027-03-15"),
            NaiveDate::from_ymd_opt(2027, 3, 15).ok_or(String::new())
        );
        assert_eq!(parse("1900-01-01"), Ok(FIRST_DAY));
        assert_eq!(parse("2200-12-31"), Ok(LAST_DAY));
        assert_eq!(
            parse("-262143-01-01").err(),
            Some("the date -262143-01-01 is outside the years 1900 to 2200; write dates as YYYY-MM-DD, for example 2027-03-15".into())
        );
        assert_eq!(
            parse("15/03/2027").err(),
            Some(
                "\"15/03/2027\" is not a date: write dates as YYYY-MM-DD, for example 2027-03-15"
                    .into()
            )
        );
        assert_eq!(
            parse("+262142-12-31").err(),
            Some("the date +262142-12-31 is outside the years 1900 to 2200; write dates as YYYY-MM-DD, for example 2027-03-15".into())
        );
        assert_eq!(
            parse("1899-12-31").err(),
            Some("the date 1899-12-31 is outside the years 1900 to 2200; write dates as YYYY-MM-DD, for example 2027-03-15".into())
        );
        assert!(parse("2027-02-30").is_err());
        assert_eq!(clamp(NaiveDate::MAX), LAST_DAY);
        for bad in ["Some(NaN)", "Some(inf)", "Some(-1.0)", "Some(100.5)"] {
            let mut de = ron::Deserializer::from_str(bad).expect("ron");
            assert!(opt_percent(&mut de).is_err(), "{bad}");
        }
        let mut de = ron::Deserializer::from_str("Some(3.5)").expect("ron");
        assert_eq!(opt_percent(&mut de).ok(), Some(Some(3.5)));
        assert_eq!(clamp(NaiveDate::MIN), FIRST_DAY);
    }
}
