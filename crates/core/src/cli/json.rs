//! The JSON the command line writes, as serde structs: the one place its shape is defined.
//!
//! Fields are declared in alphabetical order, which is the order they are written in (and
//! the order earlier versions wrote them), so scripts that compare outputs see no change.
//! Dates are `YYYY-MM-DD` or null, amounts decimal strings such as `"1350.00"`.

use crate::checks::{Code, Severity};
use crate::model::{CampaignId, CostLineId, DeliverableId, Id, InfluencerId};
use chrono::NaiveDate;
use serde::Serialize;

/// One finding of `rapport check --format json`.
#[derive(Debug, Serialize)]
pub struct CheckFinding<'a> {
    /// The stable code, such as `tight-lead-time`.
    pub code: Code,
    /// The suggested fix, in the language asked for.
    pub fix: String,
    /// The message with the numbers, in the language asked for.
    pub message: String,
    /// `error`, `warning` or `notice`.
    pub severity: Severity,
    /// The ids of what it is about, the main one first.
    pub subject: &'a [Id],
    /// The names of what it is about, in the same order.
    pub subject_names: Vec<String>,
}

/// One deliverable of `rapport timeline --format json`.
#[derive(Debug, Serialize)]
pub struct TimelineDeliverable<'a> {
    /// When the brief is (or was) sent.
    pub brief_sent: Option<NaiveDate>,
    /// The campaign's name.
    pub campaign: String,
    /// The campaign's id.
    pub campaign_id: &'a CampaignId,
    /// The content type, in words.
    pub content: &'static str,
    /// When the draft is due.
    pub draft_due: Option<NaiveDate>,
    /// The findings about it.
    pub findings: Vec<TimelineFinding>,
    /// The deliverable's id.
    pub id: &'a DeliverableId,
    /// The influencer's name.
    pub influencer: String,
    /// The influencer's id.
    pub influencer_id: &'a InfluencerId,
    /// The platform, in words.
    pub platform: &'static str,
    /// When it goes live.
    pub publish: Option<NaiveDate>,
    /// Its status, in words.
    pub status: &'static str,
    /// Its title.
    pub title: &'a str,
}

/// A finding under a deliverable of `rapport timeline --format json`.
#[derive(Debug, Serialize)]
pub struct TimelineFinding {
    /// The stable code.
    pub code: Code,
    /// The suggested fix, in the language asked for.
    pub fix: String,
    /// The message with the numbers, in the language asked for.
    pub message: String,
    /// `error`, `warning` or `notice`.
    pub severity: Severity,
}

/// One campaign of `rapport budget --format json`.
#[derive(Debug, Serialize)]
pub struct BudgetCampaign<'a> {
    /// The approved baseline.
    pub baseline: String,
    /// Per cost category.
    pub by_category: Vec<BudgetCategory>,
    /// Per influencer (and one group for campaign-wide lines).
    pub by_influencer: Vec<BudgetInfluencer<'a>>,
    /// The campaign's cap (`"0.00"` when none is set).
    pub cap: String,
    /// The recorded changes since the baseline.
    pub changes: String,
    /// Committed, not yet invoiced.
    pub committed: String,
    /// The project's currency.
    pub currency: &'a str,
    /// The current plan.
    pub current: String,
    /// The campaign's id.
    pub id: &'a CampaignId,
    /// Invoiced, not yet paid.
    pub invoiced: String,
    /// The campaign's name.
    pub name: &'a str,
    /// Paid.
    pub paid: String,
    /// The cap minus what is committed, invoiced and paid.
    pub remaining: String,
    /// The lines whose baseline + recorded changes is not what they count for now.
    pub unreconciled: Vec<BudgetUnreconciled<'a>>,
}

/// The amounts of one cost category in `rapport budget --format json`.
#[derive(Debug, Serialize)]
pub struct BudgetCategory {
    /// The approved baseline.
    pub baseline: String,
    /// The category, in words.
    pub category: &'static str,
    /// The recorded changes.
    pub changes: String,
    /// Committed.
    pub committed: String,
    /// The current plan.
    pub current: String,
    /// Invoiced.
    pub invoiced: String,
    /// Paid.
    pub paid: String,
}

/// The amounts of one influencer in `rapport budget --format json`.
#[derive(Debug, Serialize)]
pub struct BudgetInfluencer<'a> {
    /// The approved baseline.
    pub baseline: String,
    /// The recorded changes.
    pub changes: String,
    /// Committed.
    pub committed: String,
    /// The current plan.
    pub current: String,
    /// The influencer's name (or what stands for campaign-wide lines).
    pub influencer: &'a str,
    /// The influencer's id; null for campaign-wide lines.
    pub influencer_id: Option<&'a str>,
    /// Invoiced.
    pub invoiced: String,
    /// Paid.
    pub paid: String,
}

/// An unreconciled line in `rapport budget --format json`.
#[derive(Debug, Serialize)]
pub struct BudgetUnreconciled<'a> {
    /// Its baseline, null when it was added after approval.
    pub baseline: Option<String>,
    /// Its cost category, in words.
    pub category: &'static str,
    /// The sum of its recorded changes.
    pub changes: String,
    /// What it counts for now (0 when cancelled).
    pub current: String,
    /// What it is: its description, else its category, and whom it is for.
    pub description: String,
    /// Baseline (or 0) + changes.
    pub expected: String,
    /// The line's id.
    pub id: &'a CostLineId,
    /// `baseline + changes = X but the line says Y`, with the currency.
    pub message: String,
    /// Its status, in words.
    pub status: &'static str,
}
