//! What a check reports: a finding with a stable code, a severity, its subject, the
//! numbers and a suggested fix.

use crate::i18n::Text;
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

crate::labelled_enum! {
    /// The stable code of a check. The text form (e.g. `tight-lead-time`), which is its
    /// label, never changes. `ALL` is in the order of the product brief.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Code {
        #[doc = "tight-lead-time"]
        TightLeadTime => "tight-lead-time",
        #[doc = "tight-review-window"]
        TightReviewWindow => "tight-review-window",
        #[doc = "creator-overload"]
        CreatorOverload => "creator-overload",
        #[doc = "rush-campaign"]
        RushCampaign => "rush-campaign",
        #[doc = "dates-out-of-order"]
        DatesOutOfOrder => "dates-out-of-order",
        #[doc = "overdue"]
        Overdue => "overdue",
        #[doc = "too-many-revisions"]
        TooManyRevisions => "too-many-revisions",
        #[doc = "plan-change-not-told"]
        PlanChangeNotTold => "plan-change-not-told",
        #[doc = "over-cap"]
        OverCap => "over-cap",
        #[doc = "unreconciled"]
        Unreconciled => "unreconciled",
        #[doc = "cost-change-not-told"]
        CostChangeNotTold => "cost-change-not-told",
        #[doc = "cost-change-unexplained"]
        CostChangeUnexplained => "cost-change-unexplained",
        #[doc = "payment-overdue"]
        PaymentOverdue => "payment-overdue",
        #[doc = "fee-below-rate"]
        FeeBelowRate => "fee-below-rate",
        #[doc = "missing-cost"]
        MissingCost => "missing-cost",
        #[doc = "no-recent-contact"]
        NoRecentContact => "no-recent-contact",
        #[doc = "thanks-missing"]
        ThanksMissing => "thanks-missing",
        #[doc = "contract-incomplete"]
        ContractIncomplete => "contract-incomplete",
        #[doc = "disclosure-missing"]
        DisclosureMissing => "disclosure-missing",
        #[doc = "disclosure-ambiguous"]
        DisclosureAmbiguous => "disclosure-ambiguous",
        #[doc = "vetting-incomplete"]
        VettingIncomplete => "vetting-incomplete",
        #[doc = "tracking-missing"]
        TrackingMissing => "tracking-missing",
        #[doc = "no-owner"]
        NoOwner => "no-owner",
        #[doc = "kpi-missing"]
        KpiMissing => "kpi-missing",
        #[doc = "target-unrealistic"]
        TargetUnrealistic => "target-unrealistic",
        #[doc = "results-missing"]
        ResultsMissing => "results-missing",
        #[doc = "tracking-unused"]
        TrackingUnused => "tracking-unused",
        #[doc = "broken-reference"]
        BrokenReference => "broken-reference",
        #[doc = "duplicate-id"]
        DuplicateId => "duplicate-id",
    }
}

impl Code {
    /// The codes about the timeline: dates, deadlines, workload and changes to the plan.
    pub const TIMELINE: &'static [Code] = &[
        Code::TightLeadTime,
        Code::TightReviewWindow,
        Code::DatesOutOfOrder,
        Code::Overdue,
        Code::CreatorOverload,
        Code::RushCampaign,
        Code::TooManyRevisions,
        Code::PlanChangeNotTold,
    ];

    /// The codes about the file itself (records pointing at records it lacks, two records
    /// sharing an id): a sound project, such as the bundled example, has none.
    pub const INTEGRITY: &'static [Code] = &[Code::BrokenReference, Code::DuplicateId];

    /// The stable text form, such as `tight-lead-time`.
    pub fn as_str(self) -> &'static str {
        self.label()
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
    /// What is wrong, with the numbers (written out in a language when shown).
    pub message: Text,
    /// What to do about it.
    pub fix: Text,
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
