//! The conscience: pure functions from a project and a "today" to findings.

pub mod budget;
pub mod cost_changes;
pub mod dates;
pub mod disclosure;
pub mod finding;
pub mod index;
pub mod integrity;
pub mod overload;
pub mod plan;
pub mod relationship;
pub mod results;
pub mod timeline;

pub use finding::{Code, Finding, Severity, Tally};
pub use index::Findings;

use crate::model::Project;
use chrono::NaiveDate;

/// One family of checks.
type Family = fn(&Project, NaiveDate, &mut Vec<Finding>);

/// Below this many records the checks run on one thread: starting another costs more.
const PARALLEL_FROM: usize = 5_000;

/// Runs every check on a project as of `today`. Findings come errors first, then in
/// project order, the same whether the families ran on one thread or two (a large project
/// is checked on two: a laptop has at least two cores).
pub fn run(project: &Project, today: NaiveDate) -> Vec<Finding> {
    let one = |family: Family| {
        let mut out = Vec::new();
        family(project, today, &mut out);
        out
    };
    let records = project.influencers.len()
        + project.deliverables.len()
        + project.cost_lines.len()
        + project.plan_changes.len();
    // In the order their findings are listed; the two groups take about as long.
    let (timeline, relationship, overload, plan, budget, measured) = if records < PARALLEL_FROM {
        (
            one(timeline::check),
            one(relationship::check),
            one(overload::check),
            one(plan::check),
            one(budget::check),
            one(results::check),
        )
    } else {
        std::thread::scope(|scope| {
            let other = std::thread::Builder::new()
                .name("rapport-checks-2".into())
                .spawn_scoped(scope, || (one(timeline::check), one(relationship::check)));
            let here = (
                one(overload::check),
                one(plan::check),
                one(budget::check),
                one(results::check),
            );
            let (timeline, relationship) = match other.map(|handle| handle.join()) {
                Ok(Ok(done)) => done,
                // No second thread (or it failed): run its share here.
                _ => (one(timeline::check), one(relationship::check)),
            };
            (timeline, relationship, here.0, here.1, here.2, here.3)
        })
    };
    let mut findings = Vec::new();
    integrity::check(project, &mut findings);
    findings.extend(timeline);
    for mut part in [overload, plan, relationship, budget, measured] {
        findings.append(&mut part);
    }
    // A shared copy does not show findings about what was left out of it.
    let silenced = crate::share::silenced(project.info.shared.as_ref());
    if !silenced.is_empty() {
        findings.retain(|f| !silenced.contains(&f.code));
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    findings
}

/// The codes this version implements: every code of the product brief.
pub const IMPLEMENTED: &[Code] = Code::ALL;
