//! The roster exported as CSV imports back to the same values.

use rapport_core::file::{self, ROSTER_COLUMNS};
use rapport_core::model::{Edit, Handle, Influencer, Platform, Project, Record};

fn handle(platform: Platform, name: &str, followers: u64) -> Handle {
    Handle {
        platform,
        handle: name.into(),
        url: String::new(),
        followers,
    }
}

/// A roster with every kind of value the export writes.
fn roster() -> Project {
    let mut project = Project::new();
    let mut ana = Influencer::new("Ana Lima");
    ana.handles = vec![
        handle(Platform::Instagram, "ana.lima", 48_500_000),
        handle(Platform::TikTok, "ana_dances", 120_000),
        handle(Platform::YouTube, "Ana Lima Official", 0),
    ];
    ana.engagement_rate = Some(1.39);
    ana.avg_likes = Some(383_100);
    ana.country = "BR".into();
    ana.niches = vec!["Dancing".into(), "Lifestyle".into()];
    ana.email = "ana@example.com".into();
    ana.notes = "Loves \"slow\" fashion, hates 6am calls.\nSecond line; with a semicolon".into();
    let mut minji = Influencer::new("김민지");
    minji.handles = vec![handle(Platform::Instagram, "433", 2_200)];
    minji.engagement_rate = Some(0.02);
    let mut alina = Influencer::new("Алина Морозова");
    alina.handles = vec![handle(Platform::Vk, "alina.m", 29_000_000_000)];
    alina.country = "CI".into();
    let mut noor = Influencer::new("نور الهدى 🌸 𝓙");
    noor.handles = vec![handle(Platform::X, "noor", 0)];
    noor.avg_likes = Some(2_500);
    let mut formula = Influencer::new("=HYPERLINK(\"x\")");
    formula.handles = vec![handle(Platform::Instagram, "formula", 1)];
    formula.notes = "-5 degrees at the shoot".into();
    formula.niches = vec!["+plus".into()];
    let nohandle = Influencer::new("Tom Baker");
    for influencer in [ana, minji, alina, noor, formula, nohandle] {
        Edit::Put(Record::Influencer(influencer)).apply(&mut project);
    }
    project
}

/// What the export carries of an influencer (not ids, stage, contacts …).
fn exported_fields(i: &Influencer) -> impl PartialEq + std::fmt::Debug + use<> {
    (
        i.name.clone(),
        i.handles.clone(),
        i.engagement_rate,
        i.avg_likes,
        i.country.clone(),
        i.niches.clone(),
        i.email.clone(),
        i.notes.clone(),
    )
}

#[test]
fn the_roster_exports_with_a_header_and_one_row_per_influencer() {
    let text = file::roster_csv(&roster()).expect("writes");
    let mut lines = text.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "name,handle,platform,followers,engagement rate,average likes,country,niches,email,notes,other handles"
        )
    );
    assert_eq!(
        ROSTER_COLUMNS.join(","),
        text.split("\r\n").next().expect("header")
    );
    assert_eq!(
        lines.next(),
        Some(
            "Ana Lima,ana.lima,Instagram,48500000,1.39%,383100,BR,\"Dancing, Lifestyle\",ana@example.com,\"Loves \"\"slow\"\" fashion, hates 6am calls.\nSecond line; with a semicolon\",TikTok @ana_dances (120000); YouTube @Ana Lima Official"
        )
    );
    assert!(
        text.contains("\"'=HYPERLINK(\"\"x\"\")\",formula"),
        "formulas are not run by spreadsheets: {text}"
    );
    assert!(text.contains("'-5 degrees"));
    assert!(text.contains("Tom Baker,,,,,,,,,,\r\n"));
}

#[test]
fn the_exported_roster_imports_back_to_the_same_values() {
    let project = roster();
    let text = file::roster_csv(&project).expect("writes");
    let table = file::read_table(text.as_bytes()).expect("reads back");
    let mapping = file::propose_mapping(&table.headers);
    assert!(!mapping.contains(&file::Field::Ignore), "{mapping:?}");

    let plan = file::plan_import(&Project::new(), &table, &mapping, Platform::Other);
    assert_eq!(plan.report.added.len(), 6, "{}", plan.report);
    assert!(plan.report.unreadable.is_empty(), "{}", plan.report);
    assert!(plan.report.notes.is_empty() && plan.report.repeated.is_empty());
    let mut copy = Project::new();
    plan.edit.apply(&mut copy);
    // The same values, and a profile link where the handle gives one.
    let mut linked = project.clone();
    for handle in linked
        .influencers
        .iter_mut()
        .flat_map(|i| i.handles.iter_mut())
    {
        if handle.url.is_empty() {
            handle.url = handle
                .platform
                .profile_url(&handle.handle)
                .unwrap_or_default();
        }
    }
    let before: Vec<_> = linked.influencers.iter().map(exported_fields).collect();
    let after: Vec<_> = copy.influencers.iter().map(exported_fields).collect();
    assert_eq!(after, before);
    assert_eq!(
        copy.influencers[0].handles[0].url,
        "https://www.instagram.com/ana.lima/"
    );

    // Into the project it came from: every influencer found, nothing changes.
    let plan = file::plan_import(&project, &table, &mapping, Platform::Other);
    assert_eq!(plan.report.unchanged.len(), 6, "{}", plan.report);
    assert!(plan.edit.is_empty());
}

#[test]
fn the_export_file_has_a_byte_order_mark_and_reads_back() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("roster.csv");
    let project = roster();
    file::export_roster(&project, &path).expect("writes");
    let bytes = std::fs::read(&path).expect("written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBFname,handle,"));
    let table = file::read_table(&bytes).expect("reads");
    assert_eq!(table.rows.len(), 6);
    assert_eq!(table.headers[0], "name");
    let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}
