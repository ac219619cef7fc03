//! A change to a deliverable after the creator agreed to it.

use super::id::Id;
use chrono::NaiveDate;
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
    /// What changed, e.g. "publish".
    pub what: String,
    /// The value before.
    pub from: String,
    /// The value after.
    pub to: String,
    /// Whether the creator has been told.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub told: bool,
}
