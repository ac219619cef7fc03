//! An influencer: identity, handles, audience, fit, money, the person and the history.

use super::id::InfluencerId;
use super::kinds::{ContactKind, ContentType, Platform, Stage};
use super::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One account of an influencer on one platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Handle {
    /// The platform.
    pub platform: Platform,
    /// The handle, without `@`.
    pub handle: String,
    /// A link to the profile (http or https).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Followers on this platform.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub followers: u64,
}

/// A share of an audience, e.g. a country or an age band, in percent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Share(pub String, pub f32);

/// Who follows an influencer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Audience {
    /// Top countries with their share in percent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub top_countries: Vec<Share>,
    /// Age bands (e.g. "18-24") with their share in percent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub age_bands: Vec<Share>,
    /// Women, men, other, in percent.
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub gender: (f32, f32, f32),
}

/// What an influencer charges for one piece of content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    /// The content type.
    pub content: ContentType,
    /// The price in the project currency.
    pub amount: Money,
}

/// The checks done before signing an influencer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Vetting {
    /// Engagement looked at for fake followers and pods.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub engagement_checked: bool,
    /// Audience fits the brand's market.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub audience_fit: bool,
    /// Content quality reviewed.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub content_quality: bool,
    /// Past partnerships checked (competitors, controversies).
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub past_partnerships: bool,
    /// Brand safety reviewed.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub brand_safety: bool,
}

impl Vetting {
    /// True when every item is ticked.
    pub fn is_complete(&self) -> bool {
        self.engagement_checked
            && self.audience_fit
            && self.content_quality
            && self.past_partnerships
            && self.brand_safety
    }
}

/// The personal side: what makes contact personal rather than transactional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Personal {
    /// Background in a few sentences.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub background: String,
    /// Interests we share with them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub shared_interests: String,
    /// Posts of theirs we loved (links or descriptions).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub posts_loved: Vec<String>,
    /// How they like to be contacted.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub preferred_contact: String,
    /// The language they prefer.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
}

/// One contact with an influencer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// When.
    #[serde(deserialize_with = "crate::model::sane::date")]
    pub date: NaiveDate,
    /// How.
    pub kind: ContactKind,
    /// What was said or sent.
    pub summary: String,
}

/// An influencer and everything we know about working with them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Influencer {
    /// Stable id.
    pub id: InfluencerId,
    /// Display name, in any script.
    pub name: String,
    /// Accounts per platform; the first is the main one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handles: Vec<Handle>,
    /// Engagement rate in percent when entered directly (0 to 100).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_percent"
    )]
    pub engagement_rate: Option<f32>,
    /// Average likes per post, to compute engagement when no rate is entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_likes: Option<u64>,
    /// Average comments per post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_comments: Option<u64>,
    /// Home country.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// Contact email.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Who follows them.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub audience: Audience,
    /// Niches such as beauty, running, cooking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub niches: Vec<String>,
    /// Why they fit the brand (or not).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub brand_fit: String,
    /// Their prices per content type.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rate_card: Vec<Rate>,
    /// The vetting checklist.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub vetting: Vetting,
    /// The personal side.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub personal: Personal,
    /// Our point of contact (a team member's name).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Relationship stage.
    #[serde(default = "default_stage", skip_serializing_if = "is_prospect")]
    pub stage: Stage,
    /// Contact history, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Private notes (never shared with clients).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

fn default_stage() -> Stage {
    Stage::Prospect
}

fn is_prospect(stage: &Stage) -> bool {
    *stage == Stage::Prospect
}

impl Influencer {
    /// A new influencer with just a name, as a prospect.
    pub fn new(name: &str) -> Self {
        Influencer {
            id: InfluencerId::new(),
            name: name.to_string(),
            handles: Vec::new(),
            engagement_rate: None,
            avg_likes: None,
            avg_comments: None,
            country: String::new(),
            email: String::new(),
            audience: Audience::default(),
            niches: Vec::new(),
            brand_fit: String::new(),
            rate_card: Vec::new(),
            vetting: Vetting::default(),
            personal: Personal::default(),
            owner: String::new(),
            stage: Stage::Prospect,
            contacts: Vec::new(),
            notes: String::new(),
        }
    }

    /// The main handle (`@name`), or an empty string.
    pub fn main_handle(&self) -> String {
        self.handles
            .first()
            .map(|h| format!("@{}", h.handle))
            .unwrap_or_default()
    }

    /// Followers across all platforms.
    pub fn total_followers(&self) -> u64 {
        self.handles.iter().map(|h| h.followers).sum()
    }

    /// The engagement rate in percent: the entered one, or likes + comments over the main
    /// account's followers. The flag is true when it was computed.
    pub fn engagement(&self) -> Option<(f32, bool)> {
        if let Some(rate) = self.engagement_rate {
            return Some((rate, false));
        }
        let followers = self.handles.first()?.followers;
        let interactions = self.avg_likes? + self.avg_comments.unwrap_or(0);
        (followers > 0).then(|| (interactions as f32 * 100.0 / followers as f32, true))
    }

    /// The date of the latest contact, if any.
    pub fn last_contact(&self) -> Option<NaiveDate> {
        self.contacts.iter().map(|c| c.date).max()
    }

    /// The rate card price for a content type, if they have one.
    pub fn rate_for(&self, content: ContentType) -> Option<Money> {
        self.rate_card
            .iter()
            .find(|r| r.content == content)
            .map(|r| r.amount)
    }
}
