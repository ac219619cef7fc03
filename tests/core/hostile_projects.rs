//! Projects no file should hold but memory can (built in code, or from a future format):
//! dates at the ends of the calendar and crowds of deliverables on one day. Every check
//! and report finishes, without a panic, in time that does not depend on the dates.

use crate::support::hostile::on_days as project_on;
use chrono::NaiveDate;
use rapport_core::checks::{self, Code};
use rapport_core::model::{Project, budget_report, payments};
use std::time::{Duration, Instant};

/// Runs every check and report as of `today`, and returns how long it took.
fn everything(project: &Project, today: NaiveDate) -> Duration {
    let start = Instant::now();
    let found = checks::run(project, today);
    let _ = budget_report(project, None);
    let _ = payments(project, today, None, 30);
    assert!(found.iter().all(|f| !f.message.en().is_empty()));
    start.elapsed()
}

#[test]
fn dates_at_the_ends_of_the_calendar_never_panic_or_hang() {
    let max = NaiveDate::MAX;
    let min = NaiveDate::MIN;
    let near_end: Vec<NaiveDate> = (0..40)
        .map(|i| max - chrono::Days::new(i % 5))
        .chain((0..40).map(|i| min + chrono::Days::new(i % 5)))
        .collect();
    let project = project_on(&near_end);
    for today in [
        min,
        max,
        NaiveDate::from_ymd_opt(2027, 3, 15).unwrap_or(min),
    ] {
        let took = everything(&project, today);
        assert!(took < Duration::from_secs(5), "{today}: {took:?}");
    }
}

#[test]
fn a_crowd_on_one_day_gives_one_readable_overload_finding() {
    let day = NaiveDate::from_ymd_opt(2027, 4, 1).unwrap_or(NaiveDate::MIN);
    let project = project_on(&vec![day; 20_000]);
    let today = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap_or(NaiveDate::MIN);
    let start = Instant::now();
    let found = checks::run(&project, today);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    let overload: Vec<_> = found
        .iter()
        .filter(|f| f.code == Code::CreatorOverload)
        .collect();
    assert_eq!(overload.len(), 1, "one stretch, one finding");
    let f = overload[0];
    assert_eq!(
        f.subject.len(),
        20_001,
        "the influencer and every deliverable"
    );
    assert!(
        f.message.en().len() < 1_000,
        "{} bytes",
        f.message.en().len()
    );
    assert!(
        f.message
            .en()
            .contains("\"Post 10\" and 19989 more. More than 2 in any 7 days"),
        "{}",
        f.message.en()
    );
    assert!(f.fix.en().len() < 1_000, "{} bytes", f.fix.en().len());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Every check, report and command on a generated hostile project finishes in bounded
    /// time without a panic; a file the commands cannot read gives exit status 2 and a
    /// placed error.
    #[test]
    fn every_check_report_and_command_survives_a_hostile_project(
        knobs in crate::support::hostile::knobs(),
        today in crate::support::hostile::date(),
    ) {
        let project = crate::support::hostile::project(&knobs);
        let start = Instant::now();
        let found = checks::run(&project, today);
        let _ = budget_report(&project, None);
        let _ = payments(&project, today, None, 30);
        for c in &project.campaigns {
            let _ = rapport_core::model::checklist(&project, c);
        }
        let index = rapport_core::model::ProjectIndex::new(&project);
        let _ = rapport_core::model::creators_to_tell(&project, &index, 2027);
        for i in &project.influencers {
            let _ = rapport_core::model::draft_update(&project, &i.id);
            let brief = rapport_core::share::Brief::of(&project, &i.id, today);
            let _ = brief.map(|b| (b.to_text(), b.to_html()));
        }
        // Sharing, exports and the overview a meeting starts with.
        let options = rapport_core::share::ShareOptions { kind: rapport_core::model::ShareKind::Client, amounts: false };
        let copy = rapport_core::share::share_copy(&project, options, today, true).copy;
        let _ = rapport_core::share::merge(Some(&project), &project, &copy, &Default::default());
        let _ = rapport_core::share::compare(&project, &copy);
        let _ = rapport_core::model::overview(&project, None, &found, &[]);
        let _ = rapport_core::export::deliverables_csv(&project);
        let _ = rapport_core::export::costs_csv(&project);
        let _ = rapport_core::export::changes_csv(&project);
        let _ = rapport_core::export::calendar_ics(&project);
        let _ = rapport_core::export::summary::summary_html(&project, None, today, &found, true, None);
        let _ = rapport_core::export::chart::timeline_svg(&project, None, today, &found, &[], 800.0, 16.0);
        let _ = rapport_core::export::chart::budget_svg(&project, None, true, 800.0, 180.0);
        proptest::prop_assert!(start.elapsed() < Duration::from_secs(10), "{:?}", start.elapsed());
        proptest::prop_assert!(found.iter().all(|f| !f.code.as_str().is_empty()));
        if knobs.dangling {
            proptest::prop_assert!(found.iter().any(|f| f.code == Code::BrokenReference));
        }
        if knobs.duplicate {
            proptest::prop_assert!(found.iter().any(|f| f.code == Code::DuplicateId));
        }

        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("hostile.rapport.ron");
        rapport_core::file::save(&project, &path, None).expect("any project can be written");
        let file = path.to_str().expect("utf-8");
        let day = today.to_string();
        for args in [
            vec!["check", file, "--today", "2027-03-15"],
            vec!["check", file, "--format", "json"],
            vec!["timeline", file, "--today", "2027-03-15"],
            vec!["timeline", file, "--format", "json"],
            vec!["budget", file, "--format", "csv"],
            vec!["budget", file],
            vec!["export", "roster", file],
            vec!["check", file, "--today", &day],
        ] {
            let started = Instant::now();
            let output = crate::support::rapport(&args);
            let code = output.status.code();
            proptest::prop_assert!(matches!(code, Some(0..=2)), "{args:?}: {code:?}");
            if code == Some(2) {
                let err = crate::support::stderr(&output);
                proptest::prop_assert!(err.contains("line ") || err.contains("--today"), "{args:?}: {err}");
            }
            proptest::prop_assert!(started.elapsed() < Duration::from_secs(10), "{args:?}");
        }
    }
}
