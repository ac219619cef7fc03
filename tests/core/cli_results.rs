//! `rapport results` as a user runs it, on the example: each KPI against its target, and
//! what Chloé's launch-day reel cost, worked out by hand from the file.

use crate::support::{EXAMPLE, json, rapport, stderr, stdout};

#[test]
fn text_gives_targets_progress_and_whom_to_book_again() {
    let output = rapport(&["results", EXAMPLE, "--campaign", "Spring Glow launch"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Spring Glow launch — goal Conversion, ranked by Code redemptions"
    );
    // Impressions of the newest readings: 182,400 (teaser, 10 Mar) + 1,240,000 (reel) +
    // 212,000 (unboxing); 1,634,400 of 2,500,000 is 65.4 %.
    assert!(
        text.contains("Impressions       target      2,500,000  actual      1,634,400  65.4 %"),
        "{text}"
    );
    // Redemptions 0 (the teaser's code was never set up) + 1,180 + 240 + 310 = 1,730 of
    // 5,000; the unrealistic reach target is 19.9 % met.
    assert!(text.contains("actual          1,730  34.6 %"), "{text}");
    assert!(
        text.contains("Reach             target      6,000,000  actual      1,194,500  19.9 %"),
        "{text}"
    );
    assert!(
        text.contains("1. Chloé Marchand — 1,180 for 10,200.00 EUR"),
        "{text}"
    );
    assert!(text.contains("4 of 23 deliverables measured"), "{text}");
}

#[test]
fn csv_has_exact_costs_and_ratios_per_creator_and_deliverable() {
    let output = rapport(&["results", EXAMPLE, "--format", "csv"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let row = |level: &str, name: &str| -> Vec<String> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        reader
            .records()
            .map(|r| r.unwrap())
            .find(|r| &r[2] == level && &r[3] == name)
            .unwrap_or_else(|| panic!("{level} {name} in {text}"))
            .iter()
            .map(str::to_string)
            .collect()
    };
    // Chloé's 10,200.00 in the launch split over her four Spring deliverables: 2,550.00
    // for the reel. CPM 2,550 / 1,240,000 × 1000 = 2.056… → 2.06; per acquisition
    // (1,240 sales) 2.056… → 2.06; per click 2,550 / 9,850 = 0.258… → 0.26; return on
    // spend 39,680 / 2,550 = 15.56; engagement 58,270 / 905,000 reached = 6.44 %.
    let reel = row("deliverable", "Launch-day reel");
    assert_eq!(reel[5], "2550.00");
    assert_eq!(reel[9], "58270");
    assert_eq!(
        reel[14..],
        ["6.44", "2.06", "0.04", "0.26", "2.06", "15.56"]
    );
    let chloe = row("creator", "Chloé Marchand");
    assert_eq!((chloe[4].as_str(), chloe[5].as_str()), ("1", "10200.00"));
    // Nothing measured, nothing to divide: empty, never a panic or a zero.
    let unmeasured = row(
        "deliverable",
        "Launch-day stories (pharmacy shelf → bathroom)",
    );
    assert_eq!(unmeasured[14..], ["", "", "", "", "", ""]);
}

#[test]
fn json_lists_targets_with_progress_and_an_unknown_campaign_is_refused() {
    let value = json(&["results", EXAMPLE, "--format", "json"]);
    let spring = &value[0];
    assert_eq!(spring["goal"], "Conversion");
    assert_eq!(spring["targets"][3]["kpi"], "Revenue");
    assert_eq!(spring["targets"][3]["target"], "150000.00");
    // 39,680 + 7,440 + 9,610 = 56,730, 37.8 % of the target.
    assert_eq!(spring["targets"][3]["actual"], "56730.00");
    assert_eq!(spring["targets"][3]["progress"], "37.8");
    // The summer campaign has no target yet (kpi-missing).
    assert_eq!(value[1]["targets"], serde_json::json!([]));

    let output = rapport(&["results", EXAMPLE, "--campaign", "Winter"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn in_chinese_the_kpis_line_up_and_json_and_csv_do_not_change() {
    let args = |lang: &str| {
        rapport(&[
            "results",
            EXAMPLE,
            "--campaign",
            "Spring Glow launch",
            "--lang",
            lang,
        ])
    };
    let text = stdout(&args("zh-CN"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..4],
        [
            "Spring Glow launch — 活动目的：转化，按优惠码核销排名",
            "  已确认费用 61,039.70 EUR",
            "  触达              目标      6,000,000  实际      1,194,500  19.9 %",
            "  曝光              目标      2,500,000  实际      1,634,400  65.4 %",
        ]
    );
    assert!(text.contains("\n  值得再次合作（按单位费用的优惠码核销）：\n    1. Chloé Marchand — 1,180，费用 10,200.00 EUR\n"), "{text}");
    assert!(text.ends_with("  23 项交付内容中已测 4 项\n\n"), "{text}");
    assert_eq!(
        stdout(&args("en")),
        stdout(&rapport(&[
            "results",
            EXAMPLE,
            "--campaign",
            "Spring Glow launch"
        ]))
    );
    for format in ["json", "csv"] {
        let of = |lang: &str| {
            stdout(&rapport(&[
                "results", EXAMPLE, "--format", format, "--lang", lang,
            ]))
        };
        assert_eq!(of("zh-CN"), of("en"), "{format}");
    }
}
