//! The Budget panel: totals against each campaign's cap, and four views (cost lines, the
//! "think it through" checklist, payments, reconciliation) with their editors.

pub mod all_campaigns;
pub mod campaign_editor;
pub mod change_dialog;
pub mod checklist;
pub mod cost_editor;
pub mod cost_table;
pub mod panel;
pub mod payments;
pub mod reconcile;
pub mod reconcile_charts;

pub use panel::{BudgetPanel, BudgetView};
