//! The plain data of a project. Nothing here knows about the user interface.

mod batch;
pub mod budget_report;
pub mod campaign;
pub mod checklist;
pub mod cost_edit;
pub mod cost_line;
pub mod deliverable;
pub mod diff;
pub mod edit;
pub mod history;
pub mod id;
pub mod index;
pub mod influencer;
pub mod kinds;
pub mod money;
pub mod overview;
pub mod payments;
pub mod plan_change;
pub mod plan_edit;
pub mod project;
pub mod results;
pub mod results_report;
pub mod results_timeline;
pub mod sane;
pub mod settings;
pub mod shared;
pub mod tier;
pub mod totals;
pub mod typed_date;
pub mod update_message;

pub use budget_report::{Amounts, CampaignBudget, budget_report, changes_by_reason};
pub use campaign::{Campaign, Contract, Participant, Tracking};
pub use checklist::{
    CHECKLIST, ItemState, ParticipantChecklist, checklist, missing_line, missing_line_in,
    set_not_needed,
};
pub use cost_edit::{
    ChangeNote, approve_budget, cancel_cost_line, edit_cost_line, expected_amount, is_reconciled,
    record_difference,
};
pub use cost_line::{CostChange, CostLine};
pub use deliverable::{DatePart, Deliverable};
pub use edit::{Edit, Record, RecordKey};
pub use history::History;
pub use id::{AnyId, CampaignId, CostLineId, DeliverableId, Id, InfluencerId, PlanChangeId};
pub use index::{ProjectIndex, RecordRef};
pub use influencer::{Audience, Contact, Handle, Influencer, Personal, Rate, Share, Vetting};
pub use kinds::{
    Compensation, ContactKind, ContentType, CostCategory, CostStatus, DeliverableStatus,
    Jurisdiction, Platform, Stage,
};
pub use money::Money;
pub use overview::{Decision, Overview, overview};
pub use payments::{
    DUE_SOON_DAYS, DueDate, Payment, PaymentState, PaymentTerms, Payments, due_date, payment_terms,
    payments,
};
pub use plan_change::{PlanChange, PlanField};
pub use plan_edit::{
    CreatorToTell, creator_has_agreed, creators_to_tell, creators_to_tell_in, edit_deliverable,
    mark_told, untold_changes,
};
pub use project::{Project, ProjectInfo};
pub use results::{Figures, Goal, Kpi, KpiValue, Measurement};
pub use results_report::{
    CampaignResults, CreatorResults, DeliverableResults, Metrics, Progress, results_report,
};
pub use results_timeline::{TimelinePoint, results_timeline};
pub use settings::{LeadTimes, Settings};
pub use shared::{Revision, ShareKind, SharedCopy};
pub use tier::Tier;
pub use totals::CampaignTotals;
pub use update_message::{creator_lang, draft_update, draft_update_in};

/// True for `false`: fields that are off are left out of files.
pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}

/// True for a type's default value: such fields are left out of files (they read back
/// as the default).
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
