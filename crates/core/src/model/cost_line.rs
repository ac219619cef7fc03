//! A cost line and the changes recorded against it after the baseline.

use super::id::{CampaignId, CostLineId, InfluencerId};
use super::kinds::{CostCategory, CostStatus};
use super::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One recorded change of a cost line's amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostChange {
    /// When it was changed.
    #[serde(deserialize_with = "crate::model::sane::date")]
    pub date: NaiveDate,
    /// The amount before.
    pub from: Money,
    /// The amount after.
    pub to: Money,
    /// Why (empty when nobody said).
    pub reason: String,
    /// Whether the creator has been told.
    pub told: bool,
}

impl CostChange {
    /// What the change added (negative when it took away): `to − from`, saturating so
    /// that a hostile file's amounts cannot overflow.
    pub fn difference(&self) -> Money {
        Money::from_cents(self.to.cents().saturating_sub(self.from.cents()))
    }
}

/// One cost of a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostLine {
    /// Stable id.
    pub id: CostLineId,
    /// The campaign it belongs to.
    pub campaign: CampaignId,
    /// The influencer it is for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub influencer: Option<InfluencerId>,
    /// What kind of cost.
    pub category: CostCategory,
    /// What it is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The current amount.
    pub amount: Money,
    /// The amount in the approved baseline, if one was approved while this line existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Money>,
    /// Where it stands.
    pub status: CostStatus,
    /// When the invoice arrived.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub invoice_date: Option<NaiveDate>,
    /// When payment is due (invoice date + payment terms when not set).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub due_date: Option<NaiveDate>,
    /// When it was paid.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub paid_date: Option<NaiveDate>,
    /// Changes recorded since the baseline, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<CostChange>,
}

impl CostLine {
    /// A new estimated line.
    pub fn new(campaign: CampaignId, category: CostCategory, amount: Money) -> Self {
        CostLine {
            id: CostLineId::new(),
            campaign,
            influencer: None,
            category,
            description: String::new(),
            amount,
            baseline: None,
            status: CostStatus::Estimated,
            invoice_date: None,
            due_date: None,
            paid_date: None,
            changes: Vec::new(),
        }
    }

    /// The amount that counts in plans: zero when cancelled.
    pub fn planned(&self) -> Money {
        if self.status == CostStatus::Cancelled {
            Money::ZERO
        } else {
            self.amount
        }
    }
}
