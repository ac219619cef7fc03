//! Words that depend on the language beyond looking a message up: lists ("A, B and C" /
//! "A、B和C"), short dates ("12 Apr" / "4月12日"), and which of our languages a person's
//! "language" field names.

use super::{Lang, text, text_with};
use chrono::{Datelike, NaiveDate};

/// Names joined as "A", "A and B" or "A, B and C" (in Chinese "A、B和C").
pub fn and_list(lang: Lang, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => text_with(
            lang,
            "list-and",
            &[
                ("rest", rest.join(&text(lang, "list-separator")).into()),
                ("last", (*last).into()),
            ],
        ),
    }
}

/// The first `n` of `items` joined ("a, b, c" / "a、b、c"), and how many more when there
/// are ("a, b and 3 more" / "a、b等，另有 3 项").
pub fn first_few(lang: Lang, items: &[String], n: usize) -> String {
    let shown: Vec<&str> = items.iter().take(n).map(String::as_str).collect();
    let list = shown.join(&text(lang, "list-separator"));
    match items.len().saturating_sub(shown.len()) {
        0 => list,
        more => text_with(
            lang,
            "list-more",
            &[("shown", list.into()), ("more", more.into())],
        ),
    }
}

/// A date with its year: "12 Apr 2027" / "2027年4月12日".
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    short_date(lang, date, i32::MIN)
}

/// A date written short: "12 Apr" / "4月12日", with the year when it is not `this_year`
/// ("12 Apr 2028" / "2028年4月12日").
pub fn short_date(lang: Lang, date: NaiveDate, this_year: i32) -> String {
    let month = match lang {
        Lang::En => date.format("%b").to_string(),
        Lang::ZhCn => date.month().to_string(),
    };
    let id = if date.year() == this_year {
        "date-short"
    } else {
        "date-long"
    };
    text_with(
        lang,
        id,
        &[
            ("day", date.day().to_string().into()),
            ("month", month.into()),
            ("year", date.year().to_string().into()),
        ],
    )
}

impl Lang {
    /// Which of our languages a person's language field names first, if any:
    /// "Mandarin (English by email is fine)" is Chinese, "Dutch, French, English" English,
    /// "Portuguese" neither. Cantonese and traditional Chinese are not ours.
    pub fn of_person(language: &str) -> Option<Lang> {
        let text = language.to_lowercase();
        let first = |words: &[&str]| words.iter().filter_map(|w| text.find(w)).min();
        let chinese = first(&["mandarin", "chinese", "中文", "普通话", "汉语", "简体"]);
        let english = first(&["english", "英语", "英文"]);
        let other_chinese = first(&["cantonese", "traditional", "粤语", "繁體", "繁体"]);
        match (chinese, english) {
            (Some(c), Some(e)) if e < c => Some(Lang::En),
            (Some(c), _) if other_chinese.is_none_or(|o| c < o) => Some(Lang::ZhCn),
            (_, Some(_)) => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_dates_and_a_persons_language() {
        assert_eq!(and_list(Lang::En, &["A", "B", "C"]), "A, B and C");
        assert_eq!(and_list(Lang::ZhCn, &["A", "B", "C"]), "A、B和C");
        assert_eq!(and_list(Lang::ZhCn, &["春季"]), "春季");
        let d = NaiveDate::from_ymd_opt(2027, 4, 12).unwrap_or_default();
        assert_eq!(short_date(Lang::En, d, 2027), "12 Apr");
        assert_eq!(short_date(Lang::En, d, 2026), "12 Apr 2027");
        assert_eq!(short_date(Lang::ZhCn, d, 2027), "4月12日");
        assert_eq!(short_date(Lang::ZhCn, d, 2026), "2027年4月12日");
        for (field, lang) in [
            ("Mandarin (English by email is fine)", Some(Lang::ZhCn)),
            ("中文", Some(Lang::ZhCn)),
            ("Dutch, French, English", Some(Lang::En)),
            ("English, some Mandarin", Some(Lang::En)),
            ("Cantonese", None),
            ("Cantonese, Chinese", None),
            ("Portuguese", None),
            ("", None),
        ] {
            assert_eq!(Lang::of_person(field), lang, "{field}");
        }
    }
}
