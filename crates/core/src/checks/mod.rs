//! The conscience: pure functions from a project and a "today" to findings.

pub mod budget;
pub mod cost_changes;
pub mod dates;
pub mod disclosure;
pub mod finding;
pub mod index;
pub mod overload;
pub mod plan;
pub mod relationship;
pub mod timeline;

pub use finding::{Code, Finding, Severity, Tally};
pub use index::Findings;

use crate::model::Project;
use chrono::NaiveDate;

/// Runs every check on a project as of `today`. Findings come errors first, then in
/// project order.
pub fn run(project: &Project, today: NaiveDate) -> Vec<Finding> {
    let mut findings = Vec::new();
    timeline::check(project, today, &mut findings);
    overload::check(project, today, &mut findings);
    plan::check(project, today, &mut findings);
    relationship::check(project, today, &mut findings);
    budget::check(project, today, &mut findings);
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    findings
}

/// The codes this version implements: every code of the product brief.
pub const IMPLEMENTED: &[Code] = Code::ALL;
