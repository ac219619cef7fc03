//! `broken-reference` and `duplicate-id`: a file that points at records it lacks, or has
//! two records with one id, opens, and says so on the records concerned.

use crate::support::{EXAMPLE, d};
use rapport_core::checks::{self, Code, Severity};
use rapport_core::file;
use rapport_core::model::{Id, Project};
use std::path::Path;

fn example() -> Project {
    file::open(Path::new(EXAMPLE)).expect("opens").project
}

fn integrity(project: &Project) -> Vec<(Code, Severity, Vec<String>, String)> {
    checks::run(project, d("2027-03-15"))
        .into_iter()
        .filter(|f| Code::INTEGRITY.contains(&f.code))
        .map(|f| {
            (
                f.code,
                f.severity,
                f.subject.iter().map(ToString::to_string).collect(),
                f.message.en(),
            )
        })
        .collect()
}

#[test]
fn the_example_is_sound() {
    assert_eq!(integrity(&example()), vec![]);
}

#[test]
fn records_pointing_at_a_missing_campaign_or_influencer_are_one_error_per_missing_record() {
    let mut p = example();
    let spring = p.campaigns[0].id.clone();
    let lines: Vec<String> = p
        .cost_lines
        .iter()
        .filter(|l| l.campaign == spring)
        .take(2)
        .map(|l| l.id.to_string())
        .collect();
    for line in p
        .cost_lines
        .iter_mut()
        .filter(|l| lines.contains(&l.id.to_string()))
    {
        line.campaign = Id::from("cmp-gone");
    }
    let first = p.deliverables[0].id.to_string();
    p.deliverables[0].influencer = Id::from("inf-gone");
    let found = integrity(&p);
    assert_eq!(
        found,
        vec![
            (
                Code::BrokenReference,
                Severity::Error,
                vec![first],
                "1 record points at influencer inf-gone, which is not in the project: nobody is shown for them and their money is nobody's.".to_string()
            ),
            (
                Code::BrokenReference,
                Severity::Error,
                lines,
                "2 records point at campaign cmp-gone, which is not in the project: they count in no campaign's budget or timeline.".to_string()
            ),
        ]
    );
}

#[test]
fn two_records_sharing_an_id_are_one_error_naming_both() {
    let mut p = example();
    let id = p.influencers[0].id.clone();
    p.influencers[1].id = id.clone();
    let names = (p.influencers[0].name.clone(), p.influencers[1].name.clone());
    // (The second one's own records now point at an id nobody has: broken references.)
    let duplicates: Vec<_> = integrity(&p)
        .into_iter()
        .filter(|f| f.0 == Code::DuplicateId)
        .collect();
    assert_eq!(
        duplicates,
        vec![(
            Code::DuplicateId,
            Severity::Error,
            vec![id.to_string()],
            format!(
                "2 influencers share the id {id} (\"{}\", \"{}\"): an edit to one would change the first of them.",
                names.0, names.1
            )
        )]
    );
}

#[test]
fn fifty_thousand_lines_at_one_missing_influencer_are_one_finding_quickly() {
    let mut p = example();
    let template = p.cost_lines[0].clone();
    for i in 0..50_000 {
        let mut line = template.clone();
        line.id = Id::from(format!("cst-many-{i}"));
        line.influencer = Some(Id::from("inf-gone"));
        p.cost_lines.push(line);
    }
    let start = std::time::Instant::now();
    let found = integrity(&p);
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].2.len(), 50_000);
}
