//! Words kept as a message id and its arguments, written out in a language only when they
//! are shown: a finding is made once and read in English or Chinese, by the CLI, the
//! panels, the slides and the exports.

use super::{Lang, and_list, short_date, text, text_with};
use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::Serialize;
use smol_str::SmolStr;
use std::fmt;

/// A message of the `.ftl` files with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text {
    /// The message id, such as `overdue-message`.
    pub id: &'static str,
    /// The arguments, by the name the message uses (`$title`).
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Words that are the same in every language: a name, a title, an amount (kept
    /// inline when short, so most arguments cost no allocation).
    Str(SmolStr),
    /// A count (Fluent picks "1 day" or "2 days" by it).
    Num(i64),
    /// A date written short ("12 Apr" / "4月12日"), with its year when it is not the
    /// second value ("12 Apr 2028" / "2028年4月12日").
    Date(NaiveDate, i32),
    /// A phrase of its own, written in the same language.
    Text(Box<Text>),
    /// Phrases joined: as a list ("A, B and C" / "A、B和C") or by a separator.
    Join(Vec<Arg>, Sep),
    /// A quoted title or name ("\"Reel\"" / "“Reel”").
    Quoted(SmolStr),
    /// The label of a closed list's value (a status, a category): `en` in English, else
    /// the message `id` (`term-CostCategory-Shipping`) when the language has it.
    Term {
        /// The message id of the label.
        id: &'static str,
        /// The English label.
        en: &'static str,
        /// Written in lower case (inside an English sentence).
        lower: bool,
    },
    /// The words, with a capital first letter (at the start of an English sentence).
    Upper(Box<Arg>),
}

/// How the parts of an [`Arg::Join`] are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sep {
    /// "A, B and C" / "A、B和C".
    And,
    /// "A, B, C" / "A、B、C".
    Comma,
    /// "A and B and C" / "A和B和C".
    AndEach,
    /// "A; B" / "A；B".
    Semicolon,
    /// Sentences one after another: "A. B." / "A。B。".
    Space,
}

impl Text {
    /// The message `id` with no arguments.
    pub fn new(id: &'static str) -> Self {
        Text {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        if self.args.capacity() == 0 {
            // Messages take up to about six: room for them at once, not by doubling.
            self.args.reserve_exact(6);
        }
        self.args.push((name, value.into()));
        self
    }

    /// Adds a date argument, short when it falls in `this_year`.
    pub fn date(self, name: &'static str, date: NaiveDate, this_year: i32) -> Self {
        self.arg(name, Arg::Date(date, this_year))
    }

    /// Written out in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| (*name, arg.value(lang)))
            .collect();
        text_with(lang, self.id, &args)
    }

    /// Written out in English.
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }

    /// True for the empty text (the message id `empty`, which has no words).
    pub fn is_empty(&self) -> bool {
        self.id == EMPTY
    }

    /// The text with no words, for a finding with nothing more to say.
    pub fn empty() -> Self {
        Text::new(EMPTY)
    }
}

/// The id of the message with no words.
const EMPTY: &str = "empty";

impl Arg {
    fn value(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Date(date, year) => FluentValue::from(short_date(lang, *date, *year)),
            Arg::Text(text) => FluentValue::from(text.render(lang)),
            Arg::Join(items, sep) => {
                let words: Vec<String> = items.iter().map(|a| a.words(lang)).collect();
                FluentValue::from(match sep {
                    Sep::And => {
                        let words: Vec<&str> = words.iter().map(String::as_str).collect();
                        and_list(lang, &words)
                    }
                    Sep::Comma => words.join(&text(lang, "list-separator")),
                    Sep::AndEach => words.join(&text(lang, "list-and-each")),
                    Sep::Semicolon => words.join(&text(lang, "list-semicolon")),
                    Sep::Space => words.join(&text(lang, "list-sentences")),
                })
            }
            Arg::Quoted(s) => {
                FluentValue::from(text_with(lang, "quoted", &[("text", s.as_str().into())]))
            }
            Arg::Term { id, en, lower } => FluentValue::from(match lang {
                Lang::En if *lower => en.to_lowercase(),
                Lang::En => (*en).to_string(),
                _ => super::term(lang, id, en),
            }),
            Arg::Upper(arg) => {
                let words = arg.words(lang);
                let mut chars = words.chars();
                FluentValue::from(match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                    None => String::new(),
                })
            }
        }
    }

    /// A quoted title or name.
    pub fn quoted(text: &str) -> Arg {
        Arg::Quoted(SmolStr::new(text))
    }

    /// Parts joined as a list ("A, B and C").
    pub fn and(items: Vec<Arg>) -> Arg {
        Arg::Join(items, Sep::And)
    }

    /// The label of a closed list's value, as [`Arg::Term`].
    pub fn term(id: &'static str, en: &'static str) -> Arg {
        Arg::Term {
            id,
            en,
            lower: false,
        }
    }

    /// The label in lower case inside an English sentence.
    pub fn lower_term(id: &'static str, en: &'static str) -> Arg {
        Arg::Term {
            id,
            en,
            lower: true,
        }
    }

    /// With a capital first letter.
    pub fn upper(self) -> Arg {
        Arg::Upper(Box::new(self))
    }

    /// The argument written out on its own.
    fn words(&self, lang: Lang) -> String {
        match self.value(lang) {
            FluentValue::String(s) => s.into_owned(),
            FluentValue::Number(n) => n.as_string().into_owned(),
            _ => String::new(),
        }
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(SmolStr::from(s))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(SmolStr::new(s))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(SmolStr::new(s))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<u16> for Arg {
    fn from(n: u16) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}

/// English, for logs and `{}`.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

/// Serialised as its English words (the CLI writes other languages itself).
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.en())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_written_in_either_language() {
        let d = NaiveDate::from_ymd_opt(2027, 4, 12).unwrap_or_default();
        let t = Text::new("list-and")
            .arg("rest", Text::new("menu-file"))
            .date("last", d, 2027);
        assert_eq!(t.render(Lang::En), "File and 12 Apr");
        assert_eq!(t.render(Lang::ZhCn), "文件和4月12日");
        let list = Text::new("list-and")
            .arg("rest", Arg::and(vec!["A".into(), "B".into()]))
            .arg("last", Arg::quoted("C"));
        assert_eq!(list.en(), "A and B and \"C\"");
        assert_eq!(list.render(Lang::ZhCn), "A和B和“C”");
        let fee = Arg::lower_term("term-CostCategory-CreatorFee", "Creator fee");
        let t = Text::new("list-and")
            .arg("rest", fee.clone())
            .arg("last", fee.upper());
        assert_eq!(t.en(), "creator fee and Creator fee");
        assert_eq!(t.render(Lang::ZhCn), "达人费用和达人费用");
        assert!(Text::empty().is_empty());
        assert_eq!(Text::empty().en(), "");
        assert_eq!(Text::empty().render(Lang::ZhCn), "");
    }
}
