//! A change to a deliverable after the creator agreed to it.

use super::id::{DeliverableId, PlanChangeId};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A date or requirement of a deliverable that changed after the creator agreed,
/// to be told to the creator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChange {
    /// Stable id.
    pub id: PlanChangeId,
    /// The deliverable that changed.
    pub deliverable: DeliverableId,
    /// When it changed.
    #[serde(deserialize_with = "crate::model::sane::date")]
    pub date: NaiveDate,
    /// What changed.
    pub what: PlanField,
    /// The value before (a date as `YYYY-MM-DD`, a label or a text).
    pub from: String,
    /// The value after.
    pub to: String,
    /// Whether the creator has been told.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub told: bool,
}

/// What a plan change changed: one of the deliverable's fields that make the plan, or a
/// word written by hand in the file (e.g. `brief`). In the file it is the field's key, such
/// as `publish`; any other text reads back as [`PlanField::Other`] unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum PlanField {
    /// The date the brief is sent (`brief_sent`).
    BriefSent,
    /// The draft-due date (`draft_due`).
    DraftDue,
    /// The publish date (`publish`).
    Publish,
    /// The content type (`content`).
    Content,
    /// The platform (`platform`).
    Platform,
    /// The title (`title`).
    Title,
    /// The disclosure label (`disclosure`).
    Disclosure,
    /// Anything else, as written.
    Other(String),
}

impl PlanField {
    /// The fields Rapport compares and records itself, in the order it records them.
    pub const RECORDED: &'static [PlanField] = &[
        PlanField::BriefSent,
        PlanField::DraftDue,
        PlanField::Publish,
        PlanField::Content,
        PlanField::Platform,
        PlanField::Title,
        PlanField::Disclosure,
    ];

    /// The key written in files: `brief_sent`, `draft_due`, `publish`, `content`,
    /// `platform`, `title`, `disclosure`, or the text of [`PlanField::Other`].
    pub fn key(&self) -> &str {
        match self {
            PlanField::BriefSent => "brief_sent",
            PlanField::DraftDue => "draft_due",
            PlanField::Publish => "publish",
            PlanField::Content => "content",
            PlanField::Platform => "platform",
            PlanField::Title => "title",
            PlanField::Disclosure => "disclosure",
            PlanField::Other(text) => text,
        }
    }

    /// The message id of a recorded field's name (`field-publish`), `field-other` for
    /// another.
    pub fn field_id(&self) -> &'static str {
        match self {
            PlanField::BriefSent => "field-brief_sent",
            PlanField::DraftDue => "field-draft_due",
            PlanField::Publish => "field-publish",
            PlanField::Content => "field-content",
            PlanField::Platform => "field-platform",
            PlanField::Title => "field-title",
            PlanField::Disclosure => "field-disclosure",
            PlanField::Other(_) => "field-other",
        }
    }

    /// A recorded field's English name ("Something" for another).
    fn static_label(&self) -> &'static str {
        match self {
            PlanField::BriefSent => "Brief date",
            PlanField::DraftDue => "Draft due date",
            PlanField::Publish => "Publish date",
            PlanField::Content => "Content type",
            PlanField::Platform => "Platform",
            PlanField::Title => "Title",
            PlanField::Disclosure => "Disclosure label",
            PlanField::Other(_) => "Something",
        }
    }

    /// The field in words with a capital: "Publish date", "Content type", "Brief".
    pub fn label(&self) -> String {
        match self {
            PlanField::Other(other) => {
                let words = other.replace('_', " ");
                let mut chars = words.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => "Something".to_string(),
                }
            }
            known => known.static_label().to_string(),
        }
    }
}

impl From<&str> for PlanField {
    fn from(key: &str) -> Self {
        PlanField::RECORDED
            .iter()
            .find(|field| field.key() == key)
            .cloned()
            .unwrap_or_else(|| PlanField::Other(key.to_string()))
    }
}

impl From<String> for PlanField {
    fn from(key: String) -> Self {
        match PlanField::from(key.as_str()) {
            PlanField::Other(_) => PlanField::Other(key),
            known => known,
        }
    }
}

impl From<PlanField> for String {
    fn from(field: PlanField) -> Self {
        match field {
            PlanField::Other(text) => text,
            known => known.key().to_string(),
        }
    }
}

impl std::fmt::Display for PlanField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl PlanChange {
    /// What changed, in words with a capital: "Publish date", "Content type", "Brief".
    pub fn what_label(&self) -> String {
        self.what.label()
    }

    /// The change as "old → new", with dates short ("12 Apr"; the year only when it is
    /// not `this_year`), texts in quotes and an empty value as "none".
    pub fn from_to(&self, this_year: i32) -> String {
        format!(
            "{} → {}",
            self.value(&self.from, this_year),
            self.value(&self.to, this_year)
        )
    }

    /// One line for the creator: `Publish date of “Morning routine reel”: 12 Apr → 16 Apr`,
    /// where `title` is the deliverable's title.
    pub fn describe(&self, title: &str, this_year: i32) -> String {
        self.describe_in(crate::i18n::Lang::En, title, this_year)
    }

    /// [`Self::describe`] in `lang`: `“Morning routine reel”的发布日期：4月12日 → 4月16日`.
    pub fn describe_in(&self, lang: crate::i18n::Lang, title: &str, this_year: i32) -> String {
        // A field the files name (including "brief", which a hand-edited file may record).
        let id = format!("field-{}", self.what.key());
        let what = if crate::i18n::has(&id) {
            crate::i18n::text(lang, &id)
        } else {
            self.what_label()
        };
        crate::i18n::text_with(
            lang,
            "update-change",
            &[
                ("what", what.into()),
                ("title", title.into()),
                ("from", self.value_in(lang, &self.from, this_year).into()),
                ("to", self.value_in(lang, &self.to, this_year).into()),
            ],
        )
    }

    /// The change for a finding: `publish date 12 Apr → 16 Apr` / `发布日期 4月12日 → 4月16日`.
    pub fn item(&self, this_year: i32) -> crate::i18n::Arg {
        use crate::i18n::{Arg, Text};
        let what = match &self.what {
            // Hand-edited files may record the brief itself.
            PlanField::Other(key) if key == "brief" => Arg::lower_term("field-brief", "Brief"),
            PlanField::Other(_) => Arg::from(self.what_label().to_lowercase()),
            known => Arg::lower_term(known.field_id(), known.static_label()),
        };
        let value = |text: &str| -> Arg {
            let text = text.trim();
            if text.is_empty() {
                return Text::new("update-none").into();
            }
            if let Ok(date) = text.parse::<NaiveDate>() {
                return Arg::Date(date, this_year);
            }
            match self.what {
                PlanField::Content | PlanField::Platform => Arg::from(text),
                _ => Text::new("plan-value-quoted").arg("text", text).into(),
            }
        };
        Text::new("plan-change-item")
            .arg("what", what)
            .arg("from", value(&self.from))
            .arg("to", value(&self.to))
            .into()
    }

    fn value_in(&self, lang: crate::i18n::Lang, text: &str, this_year: i32) -> String {
        let text = text.trim();
        if text.is_empty() {
            return crate::i18n::text(lang, "update-none");
        }
        if let Ok(date) = text.parse::<NaiveDate>() {
            return crate::i18n::short_date(lang, date, this_year);
        }
        match self.what {
            PlanField::Content | PlanField::Platform => text.to_string(),
            _ => format!("“{text}”"),
        }
    }

    fn value(&self, text: &str, this_year: i32) -> String {
        let text = text.trim();
        if text.is_empty() {
            return "none".to_string();
        }
        if let Ok(date) = text.parse::<NaiveDate>() {
            return if date.year() == this_year {
                date.format("%-d %b").to_string()
            } else {
                date.format("%-d %b %Y").to_string()
            };
        }
        match self.what {
            PlanField::Content | PlanField::Platform => text.to_string(),
            _ => format!("“{text}”"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    fn change(what: &str, from: &str, to: &str) -> PlanChange {
        PlanChange {
            id: Id::from("chg-1"),
            deliverable: Id::from("dlv-1"),
            date: NaiveDate::from_ymd_opt(2027, 3, 12).expect("date"),
            what: what.into(),
            from: from.to_string(),
            to: to.to_string(),
            told: false,
        }
    }

    #[test]
    fn describes_dates_labels_and_texts() {
        assert_eq!(
            change("publish", "2027-04-12", "2028-01-16").describe("Reel", 2027),
            "Publish date of “Reel”: 12 Apr → 16 Jan 2028"
        );
        assert_eq!(
            change("content", "Story", "Short video").describe("Reel", 2027),
            "Content type of “Reel”: Story → Short video"
        );
        assert_eq!(
            change("disclosure", "", "#ad").describe("Reel", 2027),
            "Disclosure label of “Reel”: none → “#ad”"
        );
        assert_eq!(change("brief", "a", "b").what_label(), "Brief");
        assert_eq!(change("run_of_show", "a", "b").what_label(), "Run of show");
        assert_eq!(change("draft_due", "", "").from_to(2027), "none → none");
    }

    #[test]
    fn fields_read_and_write_their_keys_and_keep_any_other_word() {
        for field in PlanField::RECORDED {
            assert_eq!(&PlanField::from(field.key()), field);
            assert_eq!(String::from(field.clone()), field.key());
        }
        assert_eq!(PlanField::from("publish"), PlanField::Publish);
        let hand = PlanField::from("run_of_show");
        assert_eq!(hand, PlanField::Other("run_of_show".into()));
        assert_eq!(String::from(hand), "run_of_show");
        // Not trimmed or lower-cased: what the file says is what it keeps.
        assert_eq!(
            PlanField::from("Publish"),
            PlanField::Other("Publish".into())
        );
        let change = change("brief", "a", "b");
        let text = ron::to_string(&change).expect("writes");
        assert!(text.contains("what:\"brief\""), "{text}");
        let back: PlanChange = ron::from_str(&text).expect("reads");
        assert_eq!(back, change);
    }
}
