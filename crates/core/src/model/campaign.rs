//! A campaign: objective, dates, brief, budget cap and its participants.

use super::id::{CampaignId, InfluencerId};
use super::kinds::CostCategory;
use super::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a participant's contract covers. A contract is complete when it covers all six.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contract {
    /// The date it was signed; `None` while unsigned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub signed: Option<NaiveDate>,
    /// Deliverables and dates are written down.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub deliverables: bool,
    /// Compensation is written down.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub compensation: bool,
    /// The disclosure to use is written down.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub disclosure: bool,
    /// Usage rights (where, how long) are written down.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub usage_rights: bool,
    /// Exclusivity is written down.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub exclusivity: bool,
    /// Payment terms are written down.
    #[serde(skip_serializing_if = "crate::model::is_false")]
    pub payment_terms: bool,
    /// Payment terms in days when they differ from the project default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms_days: Option<u32>,
}

impl Contract {
    /// True when it is signed and covers everything a contract must.
    pub fn is_complete(&self) -> bool {
        self.signed.is_some()
            && self.deliverables
            && self.compensation
            && self.disclosure
            && self.usage_rights
            && self.exclusivity
            && self.payment_terms
    }
}

/// How a participant's results are measured.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Tracking {
    /// A discount or promo code.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// A tracked link.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// A campaign hashtag.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hashtag: String,
}

impl Tracking {
    /// True when nothing is set to measure results with.
    pub fn is_empty(&self) -> bool {
        self.code.trim().is_empty() && self.link.trim().is_empty() && self.hashtag.trim().is_empty()
    }
}

/// An influencer taking part in a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// The influencer.
    pub influencer: InfluencerId,
    /// The contract.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub contract: Contract,
    /// The tracking code, link or hashtag.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub tracking: Tracking,
    /// Cost categories of the "think it through" checklist decided as not needed for this
    /// participant (no line expected).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub costs_not_needed: Vec<CostCategory>,
}

impl Participant {
    /// A participant with nothing agreed yet.
    pub fn new(influencer: InfluencerId) -> Self {
        Participant {
            influencer,
            contract: Contract::default(),
            tracking: Tracking::default(),
            costs_not_needed: Vec::new(),
        }
    }
}

/// A campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    /// Stable id.
    pub id: CampaignId,
    /// Name.
    pub name: String,
    /// What it is for, measurably.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub objective: String,
    /// First day.
    #[serde(deserialize_with = "crate::model::sane::date")]
    pub start: NaiveDate,
    /// Last day.
    #[serde(deserialize_with = "crate::model::sane::date")]
    pub end: NaiveDate,
    /// The brief in a few sentences.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub brief: String,
    /// The most it may cost.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub budget_cap: Money,
    /// When the budget baseline was approved, if it was.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub baseline_approved: Option<NaiveDate>,
    /// Who takes part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// What it is for, which decides the KPIs that lead; `None` until chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<super::results::Goal>,
    /// The targets set before launch.
    #[serde(default, skip_serializing_if = "super::results::Figures::is_empty")]
    pub targets: super::results::Figures,
}

impl Campaign {
    /// A new campaign starting on `start` and running for eight weeks: what "Add campaign"
    /// creates, to be renamed and adjusted.
    pub fn starting(start: NaiveDate) -> Self {
        Campaign::starting_in(crate::i18n::Lang::En, start)
    }

    /// [`Campaign::starting`], named "New campaign" in `lang`.
    pub fn starting_in(lang: crate::i18n::Lang, start: NaiveDate) -> Self {
        let end = start
            .checked_add_signed(chrono::Duration::days(56))
            .unwrap_or(start);
        Campaign::new(&crate::i18n::text(lang, "new-campaign"), start, end)
    }

    /// A new campaign with a name and dates.
    pub fn new(name: &str, start: NaiveDate, end: NaiveDate) -> Self {
        Campaign {
            id: CampaignId::new(),
            name: name.to_string(),
            objective: String::new(),
            start,
            end,
            brief: String::new(),
            budget_cap: Money::ZERO,
            baseline_approved: None,
            participants: Vec::new(),
            goal: None,
            targets: Default::default(),
        }
    }

    /// The participant record of an influencer, if they take part.
    pub fn participant(&self, influencer: &InfluencerId) -> Option<&Participant> {
        self.participants
            .iter()
            .find(|p| &p.influencer == influencer)
    }
}
