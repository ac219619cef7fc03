//! A change to a deliverable after the creator agreed to it.

use super::id::Id;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A date or requirement of a deliverable that changed after the creator agreed,
/// to be told to the creator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChange {
    /// Stable id.
    pub id: Id,
    /// The deliverable that changed.
    pub deliverable: Id,
    /// When it changed.
    pub date: NaiveDate,
    /// What changed: one of the `WHAT_*` keys (e.g. `publish`), or any short word written
    /// by hand (e.g. `brief`).
    pub what: String,
    /// The value before (a date as `YYYY-MM-DD`, a label or a text).
    pub from: String,
    /// The value after.
    pub to: String,
    /// Whether the creator has been told.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub told: bool,
}

/// `what` of a change to the date the brief is sent.
pub const WHAT_BRIEF_SENT: &str = "brief_sent";
/// `what` of a change to the draft-due date.
pub const WHAT_DRAFT_DUE: &str = "draft_due";
/// `what` of a change to the publish date.
pub const WHAT_PUBLISH: &str = "publish";
/// `what` of a change to the content type.
pub const WHAT_CONTENT: &str = "content";
/// `what` of a change to the platform.
pub const WHAT_PLATFORM: &str = "platform";
/// `what` of a change to the title.
pub const WHAT_TITLE: &str = "title";
/// `what` of a change to the disclosure label.
pub const WHAT_DISCLOSURE: &str = "disclosure";

impl PlanChange {
    /// What changed, in words with a capital: "Publish date", "Content type", "Brief".
    pub fn what_label(&self) -> String {
        match self.what.as_str() {
            WHAT_BRIEF_SENT => "Brief date".to_string(),
            WHAT_DRAFT_DUE => "Draft due date".to_string(),
            WHAT_PUBLISH => "Publish date".to_string(),
            WHAT_CONTENT => "Content type".to_string(),
            WHAT_PLATFORM => "Platform".to_string(),
            WHAT_TITLE => "Title".to_string(),
            WHAT_DISCLOSURE => "Disclosure label".to_string(),
            other => {
                let words = other.replace('_', " ");
                let mut chars = words.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => "Something".to_string(),
                }
            }
        }
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
        format!(
            "{} of “{title}”: {}",
            self.what_label(),
            self.from_to(this_year)
        )
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
        match self.what.as_str() {
            WHAT_CONTENT | WHAT_PLATFORM => text.to_string(),
            _ => format!("“{text}”"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(what: &str, from: &str, to: &str) -> PlanChange {
        PlanChange {
            id: Id::from("chg-1"),
            deliverable: Id::from("dlv-1"),
            date: NaiveDate::from_ymd_opt(2027, 3, 12).expect("date"),
            what: what.to_string(),
            from: from.to_string(),
            to: to.to_string(),
            told: false,
        }
    }

    #[test]
    fn describes_dates_labels_and_texts() {
        assert_eq!(
            change(WHAT_PUBLISH, "2027-04-12", "2028-01-16").describe("Reel", 2027),
            "Publish date of “Reel”: 12 Apr → 16 Jan 2028"
        );
        assert_eq!(
            change(WHAT_CONTENT, "Story", "Short video").describe("Reel", 2027),
            "Content type of “Reel”: Story → Short video"
        );
        assert_eq!(
            change(WHAT_DISCLOSURE, "", "#ad").describe("Reel", 2027),
            "Disclosure label of “Reel”: none → “#ad”"
        );
        assert_eq!(change("brief", "a", "b").what_label(), "Brief");
        assert_eq!(change("run_of_show", "a", "b").what_label(), "Run of show");
        assert_eq!(change(WHAT_DRAFT_DUE, "", "").from_to(2027), "none → none");
    }
}
