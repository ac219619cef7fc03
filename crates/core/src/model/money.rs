//! Exact money: an amount in minor units (cents), written as a decimal string.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};
use std::str::FromStr;

/// An exact amount of money in the project's currency, held as a whole number of
/// hundredths (cents). Never a floating-point number.
///
/// In files and on the command line it is written as a decimal string such as `"1350.00"`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

/// Why a piece of text is not an amount of money. `Display` gives it in English,
/// [`MoneyError::message_in`] in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Nothing was given.
    Empty,
    /// A character that does not belong in an amount.
    Invalid(String),
    /// More than two digits after the decimal point.
    TooPrecise(String),
    /// Beyond what one amount may be ([`Money::LIMIT`]).
    TooLarge(String),
}

impl MoneyError {
    /// The error in `lang`.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        let (id, text) = match self {
            MoneyError::Empty => return crate::i18n::text(lang, "money-empty"),
            MoneyError::Invalid(text) => ("money-invalid", text),
            MoneyError::TooPrecise(text) => ("money-too-precise", text),
            MoneyError::TooLarge(text) => ("money-too-large", text),
        };
        crate::i18n::text_with(lang, id, &[("text", text.as_str().into())])
    }
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(crate::i18n::Lang::En))
    }
}

impl Money {
    /// The largest amount one value may be (ten billion), read or typed. Sums of millions
    /// of such amounts still fit; arithmetic saturates beyond that rather than wrapping.
    pub const LIMIT: Money = Money(10_000_000_000 * 100);

    /// Zero.
    pub const ZERO: Money = Money(0);

    /// An amount from a whole number of cents.
    pub const fn from_cents(cents: i64) -> Self {
        Money(cents)
    }

    /// An amount from whole currency units.
    pub const fn from_units(units: i64) -> Self {
        Money(units * 100)
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// True when the amount is zero.
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Adds without overflowing (saturates at the extremes).
    pub fn saturating_add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }

    /// The size of the amount, without its sign (saturating at the extreme).
    pub fn abs(self) -> Money {
        Money(self.0.saturating_abs())
    }

    /// The amount with thousands separators, e.g. `12,350.00`, for display.
    pub fn grouped(self) -> String {
        let plain = self.to_string();
        let (sign, rest) = plain
            .strip_prefix('-')
            .map_or(("", plain.as_str()), |r| ("-", r));
        let (int, frac) = rest.split_once('.').unwrap_or((rest, "00"));
        let mut out = String::with_capacity(plain.len() + int.len() / 3);
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        format!("{sign}{out}.{frac}")
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    /// Parses `1350`, `1350.5`, `1350.00`, `-20.00`, `1,350.00` (commas or underscores as
    /// thousands separators, in groups of three). Never rounds: three decimals are an
    /// error, and so is an amount beyond [`Money::LIMIT`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(MoneyError::Empty);
        }
        let (negative, body) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
        };
        let (grouped, frac_text) = body.split_once('.').unwrap_or((body, ""));
        if grouped.contains([',', '_']) {
            let mut groups = grouped.split([',', '_']);
            let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
            if !first_ok || !groups.all(|g| g.len() == 3) {
                return Err(MoneyError::Invalid(trimmed.to_string()));
            }
        }
        let int: String = grouped.chars().filter(|c| *c != ',' && *c != '_').collect();
        let (int, frac) = (int.as_str(), frac_text);
        let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
            return Err(MoneyError::Invalid(trimmed.to_string()));
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooPrecise(trimmed.to_string()));
        }
        let too_large = || MoneyError::TooLarge(trimmed.to_string());
        let units: i64 = if int.is_empty() {
            0
        } else {
            int.parse().map_err(|_| too_large())?
        };
        let mut cents_part: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| too_large())?
        };
        if frac.len() == 1 {
            cents_part *= 10;
        }
        let cents = units
            .checked_mul(100)
            .and_then(|c| c.checked_add(cents_part))
            .filter(|c| *c <= Money::LIMIT.0)
            .ok_or_else(too_large)?;
        Ok(Money(if negative { -cents } else { cents }))
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

/// Reads an amount in quotes; a bare number is refused saying how to write one.
struct MoneyVisitor;

impl serde::de::Visitor<'_> for MoneyVisitor {
    type Value = Money;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an amount in quotes, such as \"1350.00\"")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Money, E> {
        text.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MoneyVisitor)
    }
}

/// Saturating, like all arithmetic on money: a sum cannot wrap or panic.
impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 = self.0.saturating_add(rhs.0);
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0.saturating_sub(rhs.0))
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        self.0 = self.0.saturating_sub(rhs.0);
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(self.0.saturating_neg())
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_must_group_by_three_and_amounts_stay_within_the_limit() {
        let read = |t: &str| {
            t.parse::<Money>()
                .map(|m| m.to_string())
                .map_err(|e| e.to_string())
        };
        assert_eq!(read("1,350.00"), Ok("1350.00".into()));
        assert_eq!(read("1_350_000"), Ok("1350000.00".into()));
        assert_eq!(read("-12,345.5"), Ok("-12345.50".into()));
        for bad in ["4,0,0,0.00", "12,34", ",350", "1,,350", "1350,"] {
            assert_eq!(
                read(bad),
                Err(format!("\"{bad}\" is not an amount; write it like 1350.00")),
                "{bad}"
            );
        }
        assert_eq!(read("10,000,000,000.00"), Ok("10000000000.00".into()));
        assert_eq!(
            read("10000000000.01"),
            Err(
                "\"10000000000.01\" is too large: an amount may be at most 10,000,000,000.00"
                    .into()
            )
        );
        let top = Money::from_cents(i64::MAX);
        assert_eq!(top + top, top, "sums saturate instead of wrapping");
        assert_eq!(
            Money::from_cents(i64::MIN) - top,
            Money::from_cents(i64::MIN)
        );
        assert_eq!(-Money::from_cents(i64::MIN), top);
    }

    #[test]
    fn parses_and_prints_exactly() {
        let cases = [
            ("1350", "1350.00"),
            ("1350.5", "1350.50"),
            ("0.05", "0.05"),
            ("-20.00", "-20.00"),
            ("1,350.00", "1350.00"),
            (".5", "0.50"),
        ];
        for (input, printed) in cases {
            let money: Money = input.parse().unwrap();
            assert_eq!(money.to_string(), printed, "{input}");
        }
    }

    #[test]
    fn rejects_what_is_not_money() {
        assert_eq!("".parse::<Money>(), Err(MoneyError::Empty));
        assert!(matches!(
            "12a".parse::<Money>(),
            Err(MoneyError::Invalid(_))
        ));
        assert!(matches!(
            "1.005".parse::<Money>(),
            Err(MoneyError::TooPrecise(_))
        ));
        assert!(matches!(
            "99999999999999999999".parse::<Money>(),
            Err(MoneyError::TooLarge(_))
        ));
        assert!(matches!(".".parse::<Money>(), Err(MoneyError::Invalid(_))));
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(Money::from_cents(123_456_789).grouped(), "1,234,567.89");
        assert_eq!(Money::from_cents(-100_000).grouped(), "-1,000.00");
        assert_eq!(Money::from_cents(5).grouped(), "0.05");
    }

    #[test]
    fn sums_never_drift() {
        let tenth: Money = "0.10".parse().unwrap();
        let total: Money = std::iter::repeat_n(tenth, 1000).sum();
        assert_eq!(total, Money::from_units(100));
    }
}
