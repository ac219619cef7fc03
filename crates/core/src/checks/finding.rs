//! What a check reports: a finding with a stable code, a severity, its subject, the
//! numbers and a suggested fix.

use crate::model::Id;
use serde::Serialize;
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Notice,
    /// Likely to hurt the relationship or the plan.
    Warning,
    /// Wrong or impossible; fix before going on.
    Error,
}

impl Severity {
    /// Lower-case name, as printed by `rapport check`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Notice => "notice",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! codes {
    ($($variant:ident => $text:expr),+ $(,)?) => {
        /// The stable code of a check. The text form (e.g. `tight-lead-time`) never changes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $text] $variant),+
        }

        impl Code {
            /// Every code, in the order of the product brief.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The stable text form.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text),+
                }
            }
        }
    };
}

codes! {
    TightLeadTime => "tight-lead-time",
    TightReviewWindow => "tight-review-window",
    CreatorOverload => "creator-overload",
    RushCampaign => "rush-campaign",
    DatesOutOfOrder => "dates-out-of-order",
    Overdue => "overdue",
    TooManyRevisions => "too-many-revisions",
    PlanChangeNotTold => "plan-change-not-told",
    OverCap => "over-cap",
    Unreconciled => "unreconciled",
    CostChangeNotTold => "cost-change-not-told",
    CostChangeUnexplained => "cost-change-unexplained",
    PaymentOverdue => "payment-overdue",
    FeeBelowRate => "fee-below-rate",
    MissingCost => "missing-cost",
    NoRecentContact => "no-recent-contact",
    ThanksMissing => "thanks-missing",
    ContractIncomplete => "contract-incomplete",
    DisclosureMissing => "disclosure-missing",
    DisclosureAmbiguous => "disclosure-ambiguous",
    VettingIncomplete => "vetting-incomplete",
    TrackingMissing => "tracking-missing",
    NoOwner => "no-owner",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The stable code.
    pub code: Code,
    /// How serious.
    pub severity: Severity,
    /// The ids of what it points at, most specific first.
    pub subject: Vec<Id>,
    /// What is wrong, with the numbers.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

impl Finding {
    /// True when the finding points at this id.
    pub fn is_about(&self, id: &Id) -> bool {
        self.subject.contains(id)
    }
}

/// How many findings there are of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Notices.
    pub notices: usize,
}

impl Tally {
    /// Counts the findings.
    pub fn of(findings: &[Finding]) -> Self {
        let mut tally = Tally::default();
        for f in findings {
            match f.severity {
                Severity::Error => tally.errors += 1,
                Severity::Warning => tally.warnings += 1,
                Severity::Notice => tally.notices += 1,
            }
        }
        tally
    }
}
