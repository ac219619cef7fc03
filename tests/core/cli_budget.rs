//! `rapport budget` as a user runs it: exact numbers on the example, JSON with amounts as
//! strings, CSV whose parts add up to the whole, and the exit codes.

use crate::support::{EXAMPLE, json, money, rapport, stderr, stdout};
use rapport_core::model::{
    Campaign, CostCategory, CostChange, CostLine, CostStatus, Edit, Id, Influencer, Money, Project,
    Record,
};
use std::collections::BTreeMap;

const SPRING: &str = "cmp-t6g2jmk8";

/// The amount in a JSON field, which must be a decimal string with two decimals.
fn amount(value: &serde_json::Value, key: &str) -> Money {
    let text = value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is a string: {value}"));
    let (_, cents) = text.split_once('.').expect("two decimals");
    assert_eq!(cents.len(), 2, "{key}: {text}");
    money(text)
}

#[test]
fn text_shows_the_spring_launch_over_its_cap_with_one_unreconciled_line() {
    let output = rapport(&[
        "budget",
        EXAMPLE,
        "--campaign",
        SPRING,
        "--today",
        "2027-03-15",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Spring Glow launch (cmp-t6g2jmk8) — amounts in EUR, as of 2027-03-15"
    );
    assert_eq!(
        lines[1],
        "  cap 68,000.00 · baseline 60,614.70 · changes 5,675.00 · current plan 68,289.70 · remaining -289.70 (over the cap)"
    );
    assert_eq!(
        lines[2],
        "  committed 32,171.20 · invoiced 13,100.00 · paid 15,768.50 · together 61,039.70"
    );
    assert_eq!(
        lines[4],
        "      BASELINE       CHANGES       CURRENT     COMMITTED      INVOICED          PAID  CATEGORY"
    );
    assert!(lines.contains(
        &"      5,000.00      4,000.00     11,000.00      6,000.00          0.00          0.00  Paid amplification"
    ));
    let totals = lines
        .iter()
        .filter(|l| l.ends_with("  Total"))
        .collect::<Vec<_>>();
    assert_eq!(totals.len(), 2, "under the categories and the influencers");
    assert!(totals.iter().all(|l| l.contains("68,289.70")));
    assert!(lines.iter().any(|l| l.ends_with("  INFLUENCER")));
    assert!(lines.iter().any(|l| l.ends_with("  林小雨")));
    assert_eq!(
        lines[lines.len() - 2],
        "Unreconciled lines (1): baseline + recorded changes ≠ the current plan"
    );
    assert_eq!(
        lines[lines.len() - 1],
        "  cst-j9cedwna  TikTok Spark Ads on Ana's and Layla's TikToks: baseline + changes = 3,000.00 EUR but the line says 5,000.00 EUR"
    );
    assert!(!text.contains("Summer SPF"), "only the campaign asked for");

    // Without --campaign: both campaigns; without --today: no "as of".
    let all = stdout(&rapport(&["budget", EXAMPLE]));
    assert!(all.starts_with("Spring Glow launch (cmp-t6g2jmk8) — amounts in EUR\n"));
    assert!(all.contains("\nSummer SPF ambassadors (cmp-79wr55tv) — amounts in EUR\n"));
    assert!(all.ends_with("Every line reconciles: baseline + changes = current plan.\n"));
}

#[test]
fn json_gives_every_amount_as_a_decimal_string() {
    let campaigns = json(&["budget", EXAMPLE, "--format", "json"]);
    assert_eq!(campaigns.len(), 2);
    let spring = &campaigns[0];
    assert_eq!(spring["id"], SPRING);
    assert_eq!(spring["name"], "Spring Glow launch");
    assert_eq!(spring["currency"], "EUR");
    assert_eq!(spring["cap"], "68000.00");
    assert_eq!(spring["current"], "68289.70");
    assert_eq!(spring["remaining"], "-289.70");
    assert_eq!(
        amount(spring, "baseline") + amount(spring, "changes") + money("2000.00"),
        amount(spring, "current"),
        "the hand edit of 2,000.00 is what does not reconcile"
    );
    let unreconciled = spring["unreconciled"].as_array().expect("an array");
    assert_eq!(unreconciled.len(), 1);
    let line = &unreconciled[0];
    assert_eq!(line["id"], "cst-j9cedwna");
    assert_eq!(line["category"], "Paid amplification");
    assert_eq!(line["baseline"], serde_json::Value::Null, "added later");
    assert_eq!(line["changes"], "3000.00");
    assert_eq!(line["expected"], "3000.00");
    assert_eq!(line["current"], "5000.00");
    assert_eq!(
        line["message"],
        "baseline + changes = 3,000.00 EUR but the line says 5,000.00 EUR"
    );

    let keys = [
        "baseline",
        "changes",
        "current",
        "committed",
        "invoiced",
        "paid",
    ];
    for campaign in &campaigns {
        for key in keys.iter().chain(&["cap", "remaining"]) {
            amount(campaign, key);
        }
        for group in ["by_category", "by_influencer"] {
            let rows = campaign[group].as_array().expect("an array");
            assert!(!rows.is_empty());
            for key in keys {
                let sum: Money = rows.iter().map(|row| amount(row, key)).sum();
                assert_eq!(sum, amount(campaign, key), "{group} {key}");
            }
        }
    }
    assert_eq!(campaigns[1]["unreconciled"], serde_json::json!([]));

    // By name, ignoring case, like `rapport timeline`.
    let by_name = json(&[
        "budget",
        EXAMPLE,
        "--campaign",
        "spring glow LAUNCH",
        "--format",
        "json",
    ]);
    assert_eq!(by_name, campaigns[..1]);
}

#[test]
fn csv_rows_of_each_category_add_up_to_the_campaign_total() {
    let output = rapport(&["budget", EXAMPLE, "--format", "csv"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header,
        [
            "campaign_id",
            "campaign",
            "group",
            "name",
            "cap",
            "baseline",
            "changes",
            "current",
            "committed",
            "invoiced",
            "paid",
            "remaining"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    let field = |row: &csv::StringRecord, i: usize| row.get(i).expect("a field").to_string();
    let totals: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[2] == "total").collect();
    assert_eq!(totals.len(), 2);
    let spring = totals[0];
    assert_eq!(
        spring.iter().collect::<Vec<_>>(),
        [
            SPRING,
            "Spring Glow launch",
            "total",
            "Spring Glow launch",
            "68000.00",
            "60614.70",
            "5675.00",
            "68289.70",
            "32171.20",
            "13100.00",
            "15768.50",
            "-289.70"
        ]
    );
    // Per campaign and group, every amount column sums to the total row's, to the cent.
    let mut sums: BTreeMap<(String, String), [Money; 6]> = BTreeMap::new();
    for row in &rows {
        let group = field(row, 2);
        assert!(["total", "category", "influencer"].contains(&group.as_str()));
        if group != "total" {
            assert_eq!(&row[4], "", "the cap is the campaign's");
            assert_eq!(&row[11], "");
        }
        let slot = sums.entry((field(row, 0), group)).or_default();
        for (i, sum) in slot.iter_mut().enumerate() {
            *sum += money(&row[5 + i]);
        }
    }
    for total in &totals {
        let id = field(total, 0);
        let whole = sums[&(id.clone(), "total".to_string())];
        assert_eq!(whole, sums[&(id.clone(), "category".to_string())], "{id}");
        assert_eq!(whole, sums[&(id.clone(), "influencer".to_string())], "{id}");
    }
    let categories = rows
        .iter()
        .filter(|r| &r[0] == SPRING && &r[2] == "category")
        .count();
    assert_eq!(categories, 12);

    let one = rapport(&["budget", EXAMPLE, "--format", "csv", "--campaign", SPRING]);
    let text = stdout(&one);
    assert!(text.lines().skip(1).all(|l| l.starts_with(SPRING)));
}

#[test]
fn a_cancelled_line_without_its_change_is_unreconciled() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("small.rapport.ron");
    let mut project = Project::new();
    let mut ana = Influencer::new("Ana Lima");
    ana.id = Id::from("inf-ana");
    let mut spring = Campaign::new(
        "Spring",
        "2027-03-01".parse().expect("date"),
        "2027-04-30".parse().expect("date"),
    );
    spring.id = Id::from("cmp-spring");
    spring.budget_cap = money("1000.00");
    spring.baseline_approved = Some("2027-02-01".parse().expect("date"));
    let line = |id: &str, category, amount: &str, baseline: &str| {
        let mut l = CostLine::new(Id::from("cmp-spring"), category, money(amount));
        l.id = Id::from(id);
        l.baseline = Some(money(baseline));
        l
    };
    let mut fee = line("cst-fee", CostCategory::CreatorFee, "700.00", "600.00");
    fee.influencer = Some(Id::from("inf-ana"));
    fee.status = CostStatus::Committed;
    fee.changes.push(CostChange {
        date: "2027-02-20".parse().expect("date"),
        from: money("600.00"),
        to: money("700.00"),
        reason: "Extra story".into(),
        told: true,
    });
    let mut shipping = line("cst-ship", CostCategory::Shipping, "50.00", "50.00");
    shipping.influencer = Some(Id::from("inf-ana"));
    shipping.status = CostStatus::Cancelled;
    let edits = vec![
        Edit::Put(Record::Influencer(ana)),
        Edit::Put(Record::Campaign(spring)),
        Edit::Put(Record::CostLine(fee)),
        Edit::Put(Record::CostLine(shipping)),
    ];
    Edit::Batch(edits).apply(&mut project);
    rapport_core::file::save(&project, &path, None).expect("save");
    let path = path.to_str().expect("utf-8 path");

    let campaigns = json(&["budget", path, "--format", "json"]);
    let spring = &campaigns[0];
    assert_eq!(spring["baseline"], "650.00");
    assert_eq!(spring["changes"], "100.00");
    assert_eq!(spring["current"], "700.00", "the cancelled line counts 0");
    assert_eq!(spring["committed"], "700.00");
    assert_eq!(spring["remaining"], "300.00");
    assert_eq!(spring["by_influencer"][0]["influencer_id"], "inf-ana");
    let unreconciled = spring["unreconciled"].as_array().expect("an array");
    assert_eq!(unreconciled.len(), 1);
    assert_eq!(unreconciled[0]["id"], "cst-ship");
    assert_eq!(unreconciled[0]["description"], "Shipping (Ana Lima)");

    let text = stdout(&rapport(&["budget", path]));
    assert!(
        text.ends_with(
            "  cst-ship  Shipping (Ana Lima): baseline + changes = 50.00 EUR but the line is cancelled, so it counts 0.00 EUR\n"
        ),
        "{text}"
    );
}

#[test]
fn a_missing_file_or_an_unknown_campaign_exits_two() {
    let missing = rapport(&["budget", "no-such-file.rapport.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(stdout(&missing), "");
    assert!(stderr(&missing).starts_with("rapport: "));
    assert!(stderr(&missing).contains("no-such-file.rapport.ron"));

    let unknown = rapport(&["budget", EXAMPLE, "--campaign", "cmp-nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(stdout(&unknown), "");
    assert_eq!(
        stderr(&unknown),
        "rapport: no campaign \"cmp-nope\"; the campaigns are cmp-t6g2jmk8 (Spring Glow launch), cmp-79wr55tv (Summer SPF ambassadors)\n"
    );

    let help = stdout(&rapport(&["--help"]));
    assert!(help.contains(
        "rapport budget PROJECT [--campaign ID] [--today YYYY-MM-DD] [--format text|json|csv]"
    ));

    let bad = rapport(&["budget", EXAMPLE, "--format", "xml"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("[possible values: text, json, csv]"));
}

#[test]
fn in_chinese_the_words_change_and_the_numbers_columns_and_english_do_not() {
    let args = |lang: &str| {
        rapport(&[
            "budget",
            EXAMPLE,
            "--campaign",
            SPRING,
            "--today",
            "2027-03-15",
            "--lang",
            lang,
        ])
    };
    let chinese = args("zh-CN");
    assert_eq!(chinese.status.code(), Some(0), "{}", stderr(&chinese));
    let text = stdout(&chinese);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "Spring Glow launch（cmp-t6g2jmk8）— 金额单位：EUR，截至 2027-03-15",
            "  预算上限 68,000.00 · 基准 60,614.70 · 变更 5,675.00 · 当前计划 68,289.70 · 剩余 -289.70（超出预算上限）",
            "  已确认 32,171.20 · 已开票 13,100.00 · 已付款 15,768.50 · 合计 61,039.70",
            "",
            // Two columns a Chinese character: the headings line up with the amounts.
            "          基准          变更      当前计划        已确认        已开票        已付款  类别",
        ]
    );
    for line in [
        "      5,000.00      4,000.00     11,000.00      6,000.00          0.00          0.00  付费推广",
        "     60,614.70      5,675.00     68,289.70     32,171.20     13,100.00     15,768.50  合计",
        "          基准          变更      当前计划        已确认        已开票        已付款  达人",
        "     18,200.00      2,750.00     22,950.00     11,960.00          0.00      4,240.00  （无达人）",
    ] {
        assert!(lines.contains(&line), "{line} missing from\n{text}");
    }
    assert_eq!(
        lines[lines.len() - 2..],
        [
            "对不上的明细（1 条）：基准 + 已记录的变更 ≠ 当前计划",
            "  cst-j9cedwna  TikTok Spark Ads on Ana's and Layla's TikToks：基准 + 变更 = 3,000.00 EUR，但明细上是 5,000.00 EUR",
        ]
    );

    // English, asked for or by default, is what it always was.
    let english = stdout(&args("en"));
    let default = stdout(&rapport(&[
        "budget",
        EXAMPLE,
        "--campaign",
        SPRING,
        "--today",
        "2027-03-15",
    ]));
    assert_eq!(english, default);
    assert!(english.starts_with(
        "Spring Glow launch (cmp-t6g2jmk8) — amounts in EUR, as of 2027-03-15\n  cap 68,000.00 · "
    ));
    assert!(english.contains(
        "     18,200.00      2,750.00     22,950.00     11,960.00          0.00      4,240.00  (no influencer)\n"
    ));
    assert!(english.ends_with(
        "  cst-j9cedwna  TikTok Spark Ads on Ana's and Layla's TikToks: baseline + changes = 3,000.00 EUR but the line says 5,000.00 EUR\n"
    ));

    // JSON keeps its keys, ids and categories; only the words for a person change.
    let json_of = |lang: &str| {
        json(&[
            "budget",
            EXAMPLE,
            "--campaign",
            SPRING,
            "--format",
            "json",
            "--lang",
            lang,
        ])
    };
    let (en, zh) = (json_of("en"), json_of("zh-CN"));
    let line = |v: &[serde_json::Value]| v[0]["unreconciled"][0].clone();
    assert_eq!(line(&zh)["category"], line(&en)["category"]);
    assert_eq!(line(&zh)["id"], "cst-j9cedwna");
    assert_eq!(
        line(&zh)["message"],
        "基准 + 变更 = 3,000.00 EUR，但明细上是 5,000.00 EUR"
    );
    assert_eq!(zh[0]["by_category"], en[0]["by_category"]);

    // CSV is the same in every language.
    let csv_of = |lang: &str| {
        stdout(&rapport(&[
            "budget", EXAMPLE, "--format", "csv", "--lang", lang,
        ]))
    };
    assert_eq!(csv_of("zh-CN"), csv_of("en"));

    // Error sentences too; a language Rapport does not speak is refused.
    let missing = rapport(&["budget", EXAMPLE, "--campaign", "autumn", "--lang", "zh-CN"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        stderr(&missing),
        "rapport: 没有活动“autumn”；现有活动：cmp-t6g2jmk8（Spring Glow launch）、cmp-79wr55tv（Summer SPF ambassadors）\n"
    );
    let missing = rapport(&["budget", EXAMPLE, "--campaign", "autumn"]);
    assert_eq!(
        stderr(&missing),
        "rapport: no campaign \"autumn\"; the campaigns are cmp-t6g2jmk8 (Spring Glow launch), cmp-79wr55tv (Summer SPF ambassadors)\n"
    );
    assert_eq!(
        rapport(&["budget", EXAMPLE, "--lang", "fr"]).status.code(),
        Some(2)
    );
}
