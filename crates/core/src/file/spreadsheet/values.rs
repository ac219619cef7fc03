//! Reading one spreadsheet cell as a value: counts with k/m/b suffixes, rates in percent,
//! handles, platforms, countries, niches, and the many ways of writing "unknown".
//!
//! Every reader tells three outcomes apart: a value (`Ok(Some(..))`), nothing known
//! (`Ok(None)`: an empty cell or a missing marker such as `N/A`) and a cell that cannot be
//! read (`Err(Unreadable)`), which the importer leaves empty and lists — it never guesses.

use crate::model::Platform;

/// Why a cell could not be read, in plain words (English by `Display`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(pub crate::i18n::Text);

/// The message `id` about the cell value `value`.
pub(crate) fn unreadable(id: &'static str, value: &str) -> Unreadable {
    Unreadable(crate::i18n::Text::new(id).arg("value", value))
}

/// The ways spreadsheets and data tools write "unknown" (compared without case):
/// empty, `NaN`, `NaN%`, `nan`, `N/A`, `#N/A`, `NA`, `null`, `None`, `-`, `--`, `–`, `—`.
pub fn is_missing(cell: &str) -> bool {
    let t = cell.trim();
    t.is_empty()
        || [
            "nan", "nan%", "n/a", "#n/a", "na", "null", "none", "-", "--", "–", "—",
        ]
        .iter()
        .any(|m| t.eq_ignore_ascii_case(m))
}

/// Characters used between groups of thousands besides `,` and `.`.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\'' | '_' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads a count such as followers or likes, exactly: `3.3k` → 3,300, `475.8m` →
/// 475,800,000, `29.0b` → 29,000,000,000, `0.89k` → 890, `48.5M`, `383.1K`, `1,234`,
/// `1 234`, `1.234.567`. The decimal part is kept as digits, never as floating point, so
/// `475.8m` is exactly 475,800,000. A count that is not a whole number (`1.5`, `3.3333k`),
/// negative, or not a number at all (`12x`) cannot be read. Missing markers give `None`.
pub fn parse_count(cell: &str) -> Result<Option<u64>, Unreadable> {
    let t = cell.trim();
    if is_missing(t) {
        return Ok(None);
    }
    let (body, exponent) = match t.chars().last() {
        Some('k' | 'K') => (&t[..t.len() - 1], 3u32),
        Some('m' | 'M') => (&t[..t.len() - 1], 6),
        Some('b' | 'B') => (&t[..t.len() - 1], 9),
        _ => (t, 0),
    };
    let body = body.trim_end();
    let not_a_count = || unreadable("imp-cell-not-a-count", t);
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_group_space(c))
    {
        return Err(not_a_count());
    }
    // Which mark separates the decimals, if any.
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (1, 0) => Some('.'),
        (0, 1) => {
            let after = body.rsplit(',').next().unwrap_or_default();
            let digits_after = after.chars().filter(char::is_ascii_digit).count();
            // `1,234` groups thousands; `3,3k` is a decimal comma.
            (digits_after != 3 || after.len() != 3).then_some(',')
        }
        (0, _) => None,
        _ => {
            let last_dot = body.rfind('.').unwrap_or(0);
            let last_comma = body.rfind(',').unwrap_or(0);
            Some(if last_dot > last_comma { '.' } else { ',' })
        }
    };
    let (whole, fraction) = match decimal {
        Some(mark) => match body.rsplit_once(mark) {
            Some((w, f)) => (w, f),
            None => (body, ""),
        },
        None => (body, ""),
    };
    if fraction.contains(['.', ','])
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || (decimal.is_some() && fraction.is_empty())
    {
        return Err(not_a_count());
    }
    let whole_digits = grouped_digits(whole).ok_or_else(not_a_count)?;
    if whole_digits.is_empty() && fraction.is_empty() {
        return Err(not_a_count());
    }
    // value = (whole.fraction) × 10^exponent, exactly, in integers.
    let digits = format!("{whole_digits}{fraction}");
    if digits.len() > 30 {
        return Err(unreadable("imp-cell-too-large", t));
    }
    let mantissa: u128 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| not_a_count())?
    };
    let scale = fraction.len() as u32;
    let value = if exponent >= scale {
        mantissa.checked_mul(10u128.pow(exponent - scale))
    } else {
        let divisor = 10u128.pow(scale - exponent);
        mantissa.is_multiple_of(divisor).then(|| mantissa / divisor)
    };
    let value = value.ok_or_else(|| unreadable("imp-cell-not-whole", t))?;
    u64::try_from(value)
        .map(Some)
        .map_err(|_| unreadable("imp-cell-too-large", t))
}

/// The digits of a whole part written with or without thousands separators (`1,234`,
/// `1.234.567`, `1 234`); `None` when the groups are not groups of three.
fn grouped_digits(whole: &str) -> Option<String> {
    let groups: Vec<&str> = whole
        .split(|c: char| c == ',' || c == '.' || is_group_space(c))
        .collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    Some(groups.concat())
}

/// Reads an engagement rate in percent, with or without `%`: `1.39%` → 1.39, `0.5` → 0.5,
/// `1,39 %` → 1.39. `NaN%` and the other missing markers give `None`; negative numbers and
/// text cannot be read.
pub fn parse_rate(cell: &str) -> Result<Option<f32>, Unreadable> {
    let t = cell.trim();
    if is_missing(t) {
        return Ok(None);
    }
    let body = t.strip_suffix('%').unwrap_or(t).trim_end();
    let body = if body.contains(',') && !body.contains('.') {
        body.replacen(',', ".", 1)
    } else {
        body.to_string()
    };
    let well_formed = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.matches('.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit());
    let rate = well_formed
        .then(|| body.parse::<f32>().ok())
        .flatten()
        // A project holds rates from 0 to 100 (a file with more would not open again).
        .filter(|r| r.is_finite() && *r <= 100.0);
    rate.map(Some)
        .ok_or_else(|| unreadable("imp-cell-not-a-rate", t))
}

/// Reads a handle: trimmed, without leading `@`. All-digit handles (`433`) and handles
/// with spaces stay text as written. Missing markers give `None`.
pub fn parse_handle(cell: &str) -> Option<String> {
    let t = cell.trim();
    if is_missing(t) {
        return None;
    }
    let handle = unguard(t).trim_start_matches('@').trim();
    (!handle.is_empty()).then(|| handle.to_string())
}

/// Reads a platform name, without case: the labels of [`Platform`] and common other
/// names (`IG`, `Insta`, `Twitter`, `YT`, `Tik Tok`, `Website` …). Missing markers give
/// `None`; a name that is not a known platform cannot be read.
pub fn parse_platform(cell: &str) -> Result<Option<Platform>, Unreadable> {
    let t = cell.trim();
    if is_missing(t) {
        return Ok(None);
    }
    let key: String = t
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let platform = match key.as_str() {
        "instagram" | "ig" | "insta" => Platform::Instagram,
        "tiktok" | "douyin" => Platform::TikTok,
        "youtube" | "yt" | "youtubeshorts" => Platform::YouTube,
        "x" | "twitter" | "xtwitter" | "twitterx" => Platform::X,
        "twitch" => Platform::Twitch,
        "pinterest" => Platform::Pinterest,
        "linkedin" => Platform::LinkedIn,
        "bilibili" => Platform::Bilibili,
        "vk" | "vkontakte" => Platform::Vk,
        "blog" | "website" | "web" | "site" => Platform::Blog,
        "podcast" => Platform::Podcast,
        "other" => Platform::Other,
        _ => {
            return Err(unreadable("imp-cell-not-a-platform", t));
        }
    };
    Ok(Some(platform))
}

/// Reads free text (a name, a country, a niche, notes): trimmed, with a spreadsheet
/// formula guard (`'=…`, see the roster export) removed and mojibake repaired (see
/// [`repair_mojibake`]); names in any script are otherwise kept exactly as written.
/// Missing markers give `None`.
pub fn parse_text(cell: &str) -> Option<String> {
    let t = cell.trim();
    if is_missing(t) {
        return None;
    }
    let t = unguard(t);
    Some(repair_mojibake(t))
}

/// Reads a country: its ISO 3166-1 alpha-2 code when the name or code is one the `celes`
/// list knows (`Spain`, `United States`, `U.K.`, `BRAZIL`, `DEU`, `Deutschland` → `ES`,
/// `US`, `GB`, `BR`, `DE`, `DE`), else as written, trimmed, with runs of spaces made one
/// and mojibake repaired (`CÃ´te d'Ivoire` → `Côte d'Ivoire`); [`is_country_code`] tells
/// the two apart.
pub fn parse_country(cell: &str) -> Option<String> {
    let written = parse_text(cell).map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))?;
    Some(country_code(&written).map_or(written, str::to_string))
}

/// True for a two-letter ISO 3166-1 code (`ES`), as [`parse_country`] writes them.
pub fn is_country_code(text: &str) -> bool {
    text.len() == 2 && celes::Country::from_alpha2(text).is_ok()
}

/// Names spreadsheets use that the `celes` list does not: short forms and names in the
/// country's own language.
const MORE_NAMES: &[(&str, &str)] = &[
    ("uk", "GB"),
    ("britain", "GB"),
    ("holland", "NL"),
    ("thenetherlands", "NL"),
    ("southkorea", "KR"),
    ("korea", "KR"),
    ("korearepublicof", "KR"),
    ("republicofkorea", "KR"),
    ("northkorea", "KP"),
    ("russia", "RU"),
    ("uae", "AE"),
    ("unitedarabemirates", "AE"),
    ("czechia", "CZ"),
    ("czechrepublic", "CZ"),
    ("vietnam", "VN"),
    ("turkey", "TR"),
    ("türkiye", "TR"),
    ("turkiye", "TR"),
    ("deutschland", "DE"),
    ("españa", "ES"),
    ("espana", "ES"),
    ("brasil", "BR"),
    ("méxico", "MX"),
    ("italia", "IT"),
    ("polska", "PL"),
    ("österreich", "AT"),
    ("schweiz", "CH"),
    ("suisse", "CH"),
    ("belgique", "BE"),
    ("belgië", "BE"),
    ("nederland", "NL"),
    ("sverige", "SE"),
    ("norge", "NO"),
    ("danmark", "DK"),
    ("suomi", "FI"),
    ("éire", "IE"),
    ("eire", "IE"),
    ("côtedivoire", "CI"),
    ("cotedivoire", "CI"),
    ("ivorycoast", "CI"),
    ("中国", "CN"),
    ("日本", "JP"),
    ("한국", "KR"),
    ("대한민국", "KR"),
    ("россия", "RU"),
];

/// The ISO 3166-1 alpha-2 code of a country's name or code, when it is known.
fn country_code(written: &str) -> Option<&'static str> {
    // Lower case, without spaces, dots, hyphens, apostrophes or commas: "U.K." → "uk",
    // "Côte d'Ivoire" → "côtedivoire", "Korea, Republic of" → "korearepublicof".
    let key: String = written
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '\'' | '’' | ',' | '_' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect();
    if key.is_empty() || key.len() > 80 {
        return None;
    }
    if let Some((_, code)) = MORE_NAMES.iter().find(|(name, _)| *name == key) {
        return Some(code);
    }
    // Numeric codes ("724") are not countries in a roster.
    if key.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let found = key
        .parse::<celes::Country>()
        .or_else(|_| celes::Country::from_alias(&key))
        .or_else(|_| celes::Country::from_name(&key))
        .ok()?;
    Some(found.alpha2)
}

/// Reads an email address: trimmed, without `mailto:`. Text without `@`, or with spaces,
/// cannot be read.
pub fn parse_email(cell: &str) -> Result<Option<String>, Unreadable> {
    let t = cell.trim();
    if is_missing(t) {
        return Ok(None);
    }
    let t = unguard(t);
    let t = t.strip_prefix("mailto:").unwrap_or(t);
    if t.contains('@') && !t.chars().any(char::is_whitespace) {
        Ok(Some(t.to_string()))
    } else {
        Err(unreadable("imp-cell-not-an-email", t))
    }
}

/// Splits a multi-value cell into niches: `"Dancing, Lipsyncing, Lifestyle"` → three.
/// Values are separated by `,`, `;`, `|` or line breaks; duplicates (without case) and
/// missing markers are dropped.
pub fn split_niches(cell: &str) -> Vec<String> {
    let mut niches: Vec<String> = Vec::new();
    for part in cell.split([',', ';', '|', '\n', '\r']) {
        if let Some(niche) = parse_text(part)
            && !niches
                .iter()
                .any(|n| n.to_lowercase() == niche.to_lowercase())
        {
            niches.push(niche);
        }
    }
    niches
}

/// True for text a spreadsheet would run as a formula when opening a CSV file.
pub fn needs_guard(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@'])
}

/// Removes the `'` the roster export puts before text that a spreadsheet would otherwise
/// run as a formula (text beginning with `=`, `+`, `-`, `@`).
fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => text,
    }
}

/// The Windows-1252 characters of bytes 0x80–0x9F (the rest of the byte range is Latin-1).
pub(crate) const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The Windows-1252 byte of a character, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if code < 0x80 || (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .and_then(|i| u8::try_from(0x80 + i).ok())
}

/// Repairs UTF-8 text that was once read as Windows-1252/Latin-1 (`CÃ´te d'Ivoire` →
/// `Côte d'Ivoire`, `JosÃ©` → `José`). Safe: the text is changed only when every character
/// maps back to a byte and those bytes are valid UTF-8 with at least one non-ASCII
/// character; anything else (Hangul, Cyrillic, emoji, a real `é`) is returned unchanged.
pub fn repair_mojibake(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let bytes: Option<Vec<u8>> = text.chars().map(cp1252_byte).collect();
    match bytes.map(String::from_utf8) {
        Some(Ok(repaired)) if repaired != text && !repaired.is_ascii() => repaired,
        _ => text.to_string(),
    }
}

pub use crate::counts::group_thousands;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_become_iso_codes_and_the_unknown_stay_as_written() {
        for (written, code) in [
            ("Spain", "ES"),
            ("United States", "US"),
            ("U.K.", "GB"),
            ("UK", "GB"),
            ("BRAZIL", "BR"),
            ("brazil", "BR"),
            ("BR", "BR"),
            ("bra", "BR"),
            ("Deutschland", "DE"),
            ("Russian Federation", "RU"),
            ("Korea, Republic of", "KR"),
            ("Côte d'Ivoire", "CI"),
            ("  united   kingdom ", "GB"),
            ("日本", "JP"),
        ] {
            assert_eq!(parse_country(written).as_deref(), Some(code), "{written}");
        }
        assert!(is_country_code("ES"));
        for odd in ["Narnia", "Europe", "724", "Worldwide"] {
            assert_eq!(parse_country(odd).as_deref(), Some(odd), "{odd}");
            assert!(!is_country_code(odd));
        }
        assert_eq!(parse_country("N/A"), None);
    }

    #[test]
    fn counts_are_exact() {
        let cases = [
            ("3.3k", 3_300),
            ("475.8m", 475_800_000),
            ("29.0b", 29_000_000_000),
            ("0.89k", 890),
            ("48.5M", 48_500_000),
            ("383.1K", 383_100),
            ("1,234", 1_234),
            ("1.234.567", 1_234_567),
            ("1 234", 1_234),
            ("3,3k", 3_300),
            ("0.10k", 100),
            ("12", 12),
            ("0", 0),
            (" 7.5 M ", 7_500_000),
        ];
        for (text, value) in cases {
            assert_eq!(parse_count(text), Ok(Some(value)), "{text}");
        }
    }

    #[test]
    fn counts_that_cannot_be_read_are_errors_and_markers_are_unknown() {
        for text in [
            "12x",
            "1.5",
            "3.3333k",
            "-5",
            "1,23",
            "k",
            "1.2.3k",
            "12,34,567",
        ] {
            assert!(parse_count(text).is_err(), "{text}");
        }
        for text in ["", "  ", "NaN", "nan", "N/A", "n/a", "-", "NaN%"] {
            assert_eq!(parse_count(text), Ok(None), "{text}");
        }
    }

    #[test]
    fn rates_with_and_without_percent() {
        assert_eq!(parse_rate("1.39%"), Ok(Some(1.39)));
        assert_eq!(parse_rate("0.5"), Ok(Some(0.5)));
        assert_eq!(parse_rate("1,39 %"), Ok(Some(1.39)));
        assert_eq!(parse_rate("NaN%"), Ok(None));
        assert!(parse_rate("inf").is_err());
        assert!(parse_rate("high").is_err());
        assert!(parse_rate("-1%").is_err());
    }

    #[test]
    fn mojibake_is_repaired_only_when_safe() {
        assert_eq!(repair_mojibake("CÃ´te d'Ivoire"), "Côte d'Ivoire");
        assert_eq!(repair_mojibake("Côte d'Ivoire"), "Côte d'Ivoire");
        assert_eq!(repair_mojibake("방탄소년단"), "방탄소년단");
        assert_eq!(repair_mojibake("Ã"), "Ã");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(475_800_000), "475,800,000");
        assert_eq!(group_thousands(890), "890");
        assert_eq!(group_thousands(1_000), "1,000");
    }
}
