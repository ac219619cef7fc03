//! Importing results from the platforms' analytics exports (fixtures in
//! `tests/fixtures/results/` with each export's quirks): matched by post address, video id,
//! code, or creator and publish date; what matches nothing or several is skipped with the
//! reason; the same file twice adds nothing; one import is one undo step.

use crate::support::{EXAMPLE, d, rapport, stdout};
use rapport_core::document::Document;
use rapport_core::file::spreadsheet::{
    ResultField, plan_results, propose_results_mapping, read_table,
};
use rapport_core::model::{Edit, Money, Project, results::latest};
use std::path::Path;

fn fixture(name: &str) -> rapport_core::file::spreadsheet::CsvTable {
    let path = format!(
        "{}/../../tests/fixtures/results/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("fixture");
    read_table(&bytes).expect("reads")
}

fn example() -> Project {
    rapport_core::file::open(Path::new(EXAMPLE))
        .expect("example")
        .project
}

fn reading_of<'a>(p: &'a Project, title: &str) -> &'a rapport_core::model::Measurement {
    let d = p
        .deliverables
        .iter()
        .find(|d| d.title == title)
        .expect(title);
    latest(&d.results).expect("a reading")
}

#[test]
fn an_instagram_export_matches_by_permalink_and_refuses_to_guess() {
    let p = example();
    let table = fixture("instagram.csv");
    let mapping = propose_results_mapping(&table.headers);
    assert_eq!(mapping[2], ResultField::Creator, "Account username");
    assert_eq!(mapping[7], ResultField::PostUrl, "Permalink");
    let plan = plan_results(&p, &table, &mapping, d("2027-04-02"));
    let added: Vec<(usize, &str)> = plan
        .added
        .iter()
        .map(|(l, t, _)| (*l, t.as_str()))
        .collect();
    // The description holds a quoted line break: the second post starts on line 4.
    assert_eq!(
        added,
        [(2, "Launch-day reel"), (4, "Glow Serum unboxing reel")]
    );
    let skipped: Vec<(usize, &str)> = plan
        .skipped
        .iter()
        .map(|s| (s.line, s.why.as_str()))
        .collect();
    assert_eq!(
        skipped,
        [
            (
                5,
                "chloe.marchand matches 2 deliverables: add a post address or a publish date column"
            ),
            (6, "no creator someone.else in the project"),
        ]
    );
    let mut after = p.clone();
    plan.edit.apply(&mut after);
    let reel = reading_of(&after, "Launch-day reel");
    assert_eq!(
        reel.date,
        d("2027-04-02"),
        "\"Lifetime\" is no date: the day given"
    );
    assert_eq!(reel.views, Some(1_180_000));
    assert_eq!(reel.reach, Some(951_000));
    assert_eq!(reel.saves, Some(5_720));
    assert_eq!(reel.impressions, None, "not in the export: not reported");
}

#[test]
fn a_tiktok_export_finds_the_creator_in_the_link_and_a_second_import_adds_nothing() {
    let mut doc = Document::open(Path::new(EXAMPLE)).expect("example");
    let table = fixture("tiktok.csv");
    let mapping = propose_results_mapping(&table.headers);
    let plan = plan_results(&doc.project, &table, &mapping, d("2027-04-02"));
    assert_eq!(plan.added.len(), 2);
    assert_eq!(plan.skipped[0].line, 4);
    assert_eq!(plan.skipped[0].why, "not numbers: views \"lots\"");
    let before = (*doc.project).clone();
    doc.apply("Import results", plan.edit);
    let heat = reading_of(&doc.project, "TikTok: serum vs. desert heat");
    assert_eq!(
        (heat.views, heat.likes, heat.saves),
        (Some(1_200_000), Some(96_400), Some(8_800))
    );
    let d_heat = doc
        .project
        .deliverables
        .iter()
        .find(|d| d.title == "TikTok: serum vs. desert heat")
        .unwrap();
    assert_eq!(
        d_heat.post_url,
        "https://www.tiktok.com/@laylamansour/video/7345000000000000002"
    );
    // Again: matched by the address it now has, and already recorded.
    let again = plan_results(&doc.project, &table, &mapping, d("2027-04-02"));
    assert!(again.added.is_empty());
    assert_eq!(again.already, [2, 3]);
    assert_eq!(again.edit, Edit::Batch(Vec::new()));
    // The whole import was one undo step.
    doc.undo();
    assert_eq!(*doc.project, before);
}

#[test]
fn a_youtube_export_matches_the_video_id_in_the_address_and_skips_the_totals_row() {
    let mut p = example();
    let kofi = p
        .deliverables
        .iter_mut()
        .find(|d| d.title == "Men's skincare: the 5-minute routine")
        .unwrap();
    kofi.post_url = "https://youtu.be/kofiyt5min01".into();
    let table = fixture("youtube.csv");
    let mapping = propose_results_mapping(&table.headers);
    let plan = plan_results(&p, &table, &mapping, d("2027-04-08"));
    assert_eq!(plan.added.len(), 1);
    assert_eq!(plan.skipped[0].why, "a totals row, not a post");
    assert_eq!(
        plan.skipped[1].why,
        "no deliverable has the post address abcdefghijk"
    );
    plan.edit.apply(&mut p);
    let m = reading_of(&p, "Men's skincare: the 5-minute routine");
    assert_eq!((m.views, m.impressions), (Some(188_400), Some(2_240_000)));
}

#[test]
fn a_code_tracker_reads_decimal_commas_and_gives_a_code_to_the_latest_published_post() {
    let p = example();
    let table = fixture("tracker.csv");
    let mapping = propose_results_mapping(&table.headers);
    assert_eq!(
        mapping,
        [
            ResultField::Code,
            ResultField::Sales,
            ResultField::Revenue,
            ResultField::Clicks
        ]
    );
    let plan = plan_results(&p, &table, &mapping, d("2027-04-02"));
    let titles: Vec<&str> = plan.added.iter().map(|(_, t, _)| t.as_str()).collect();
    // Ana's latest published Spring post is her unboxing reel; Bea has one post.
    assert_eq!(titles[0], "Glow Serum unboxing reel");
    assert_eq!(titles[2], "Pre-launch teaser: 'something orange is coming'");
    assert_eq!(
        plan.skipped.last().unwrap().why,
        "no participant has the code WELCOME10"
    );
    let mut after = p.clone();
    plan.edit.apply(&mut after);
    let ana = reading_of(&after, "Glow Serum unboxing reel");
    assert_eq!(ana.revenue, Some(Money::from_cents(744_620)), "€7.446,20");
    assert_eq!((ana.sales, ana.clicks), (Some(241), Some(2_960)));
}

#[test]
fn the_command_line_imports_saves_and_explains_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.rapport.ron");
    std::fs::copy(EXAMPLE, &project).unwrap();
    let csv = format!(
        "{}/../../tests/fixtures/results/instagram.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let p = project.to_str().unwrap();
    let output = rapport(&[
        "import",
        "results",
        &csv,
        "--into",
        p,
        "--date",
        "2027-04-02",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.contains("Added 2 readings; 0 already recorded; 2 rows skipped."),
        "{text}"
    );
    assert!(
        text.contains("line 6: skipped, no creator someone.else in the project"),
        "{text}"
    );
    assert!(text.contains("Saved "), "{text}");
    let saved = rapport_core::file::open(&project).unwrap().project;
    assert_eq!(reading_of(&saved, "Launch-day reel").views, Some(1_180_000));
    // A field of results that does not exist, and no file after "results".
    let wrong = rapport(&[
        "import",
        "results",
        &csv,
        "--into",
        p,
        "--map",
        "followers=3",
    ]);
    assert_eq!(wrong.status.code(), Some(2));
    let none = rapport(&["import", "results", "--into", p]);
    assert_eq!(none.status.code(), Some(2));
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    /// Cells a results export may hold, and worse.
    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just("Total".to_string()),
            Just("https://www.instagram.com/reel/C3chloe0302/".to_string()),
            Just("https://www.tiktok.com/@laylamansour/video/1".to_string()),
            Just("@chloe.marchand".to_string()),
            Just("ANA15".to_string()),
            Just("03/02/2027 09:15".to_string()),
            Just("Apr 1, 2027".to_string()),
            Just("31/31/31".to_string()),
            Just("18446744073709551615".to_string()),
            Just("99999999999999999999".to_string()),
            Just("€7.446,20".to_string()),
            Just("1.2M".to_string()),
            Just("-5".to_string()),
            "[a-z0-9@/.:,€ -]{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever the file, every row is added, already recorded or skipped with a
        /// reason, exactly once, and the plan applies without a panic.
        #[test]
        fn every_row_is_accounted_for_and_nothing_panics(
            headers in proptest::collection::vec(
                prop_oneof![
                    Just("Permalink"), Just("Discount code"), Just("Account username"),
                    Just("Publish time"), Just("Views"), Just("Reach"), Just("Gross sales"),
                    Just("Date"), Just("Likes"), Just("whatever"),
                ],
                1..8,
            ),
            rows in proptest::collection::vec(proptest::collection::vec(cell(), 1..9), 1..12),
        ) {
            let mut text = headers.join(",");
            for row in &rows {
                text.push('\n');
                let cells: Vec<String> =
                    row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
                text.push_str(&cells.join(","));
            }
            let Ok(table) = read_table(text.as_bytes()) else { return Ok(()) };
            let p = example();
            let mapping = propose_results_mapping(&table.headers);
            let plan = plan_results(&p, &table, &mapping, d("2027-04-02"));
            prop_assert_eq!(
                plan.added.len() + plan.already.len() + plan.skipped.len(),
                table.rows.len()
            );
            prop_assert!(plan.skipped.iter().all(|s| !s.why.is_empty()));
            let mut after = p.clone();
            plan.edit.apply(&mut after);
            prop_assert_eq!(after.deliverables.len(), p.deliverables.len());
        }
    }
}

#[test]
fn skipped_rows_say_why_in_chinese_and_english_is_unchanged() {
    use rapport_core::i18n::Lang;
    let table = fixture("youtube.csv");
    let mapping = propose_results_mapping(&table.headers);
    let plan = plan_results(&example(), &table, &mapping, d("2027-04-08"));
    for s in &plan.skipped {
        assert_eq!(s.why_in(Lang::En), s.why);
    }
    assert_eq!(plan.skipped[0].why_in(Lang::ZhCn), "合计行，不是帖子");
    assert_eq!(
        plan.skipped[1].why_in(Lang::ZhCn),
        "没有交付内容使用帖子链接 kofiyt5min01"
    );
}
