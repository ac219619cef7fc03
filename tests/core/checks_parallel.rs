//! A large project's checks run on two threads; the findings are exactly those of running
//! every family in turn on one, in the same order.

use rapport_core::checks::{self, Finding};

#[test]
fn two_threads_give_the_findings_of_one_in_the_same_order() {
    // About 12,000 records: over the size that is checked on two threads.
    let project = rapport_core::generate::project(0.2, 5);
    let today = crate::support::d("2027-03-15");
    let mut one: Vec<Finding> = Vec::new();
    checks::timeline::check(&project, today, &mut one);
    checks::overload::check(&project, today, &mut one);
    checks::plan::check(&project, today, &mut one);
    checks::relationship::check(&project, today, &mut one);
    checks::budget::check(&project, today, &mut one);
    checks::results::check(&project, today, &mut one);
    one.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let both = checks::run(&project, today);
    assert!(both.len() > 1000, "{} findings", both.len());
    assert_eq!(both, one);
}
