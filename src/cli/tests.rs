//! Unit tests of the command-line parser.

use super::*;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn parses_the_command_line() {
    assert_eq!(
        parse(&[]),
        Ok(Command::Gui {
            file: None,
            today: None
        })
    );
    assert_eq!(
        parse(&args(&["a.rapport.ron", "--today", "2027-03-15"])),
        Ok(Command::Gui {
            file: Some("a.rapport.ron".into()),
            today: NaiveDate::from_ymd_opt(2027, 3, 15)
        })
    );
    assert!(parse(&args(&["a.rapport.ron", "b.rapport.ron"])).is_err());
    assert_eq!(
        parse(&args(&[
            "check",
            "f",
            "--today",
            "2027-03-15",
            "--format",
            "json"
        ])),
        Ok(Command::Check {
            file: "f".into(),
            today: NaiveDate::from_ymd_opt(2027, 3, 15),
            format: Format::Json
        })
    );
    assert!(parse(&args(&["check"])).is_err());
    assert!(parse(&args(&["check", "f", "--today", "15/03/2027"])).is_err());
    assert!(parse(&args(&["check", "f", "--format", "xml"])).is_err());
    assert_eq!(parse(&args(&["--help"])), Ok(Command::Help));
}

#[test]
fn parses_import_and_export() {
    assert_eq!(
        parse(&args(&["import", "a.csv", "--into", "p.rapport.ron"])),
        Ok(Command::Import {
            csv: "a.csv".into(),
            into: "p.rapport.ron".into(),
            platform: Platform::Instagram
        })
    );
    assert_eq!(
        parse(&args(&[
            "import",
            "--platform",
            "TikTok",
            "a.csv",
            "--into",
            "p"
        ])),
        Ok(Command::Import {
            csv: "a.csv".into(),
            into: "p".into(),
            platform: Platform::TikTok
        })
    );
    assert!(parse(&args(&["import", "a.csv"])).is_err());
    assert!(parse(&args(&["import", "--into", "p"])).is_err());
    assert!(
        parse(&args(&[
            "import",
            "a.csv",
            "--into",
            "p",
            "--platform",
            "myspace"
        ]))
        .is_err()
    );
    assert_eq!(
        parse(&args(&["export", "roster", "p.rapport.ron", "-o", "r.csv"])),
        Ok(Command::ExportRoster {
            project: "p.rapport.ron".into(),
            output: Some("r.csv".into())
        })
    );
    assert_eq!(
        parse(&args(&["export", "roster", "p.rapport.ron"])),
        Ok(Command::ExportRoster {
            project: "p.rapport.ron".into(),
            output: None
        })
    );
    assert!(parse(&args(&["export", "budget", "p"])).is_err());
    assert!(parse(&args(&["export"])).is_err());
    assert!(parse(&args(&["export", "roster"])).is_err());
}

#[test]
fn parses_timeline() {
    assert_eq!(
        parse(&args(&["timeline", "p.rapport.ron"])),
        Ok(Command::Timeline {
            file: "p.rapport.ron".into(),
            campaign: None,
            today: None,
            format: Format::Text
        })
    );
    assert_eq!(
        parse(&args(&[
            "timeline",
            "--campaign",
            "cmp-t6g2jmk8",
            "p",
            "--today",
            "2027-03-15",
            "--format",
            "json"
        ])),
        Ok(Command::Timeline {
            file: "p".into(),
            campaign: Some("cmp-t6g2jmk8".into()),
            today: NaiveDate::from_ymd_opt(2027, 3, 15),
            format: Format::Json
        })
    );
    assert!(parse(&args(&["timeline"])).is_err());
    assert!(parse(&args(&["timeline", "p", "--campaign"])).is_err());
    assert!(parse(&args(&["timeline", "p", "--format", "csv"])).is_err());
    assert!(parse(&args(&["timeline", "p", "q"])).is_err());
    assert!(parse(&args(&["timeline", "p", "--lanes"])).is_err());
}

#[test]
fn parses_budget() {
    use budget::BudgetFormat;
    assert_eq!(
        parse(&args(&["budget", "p.rapport.ron"])),
        Ok(Command::Budget {
            file: "p.rapport.ron".into(),
            campaign: None,
            today: None,
            format: BudgetFormat::Text
        })
    );
    assert_eq!(
        parse(&args(&[
            "budget",
            "--campaign",
            "Spring Glow launch",
            "p",
            "--today",
            "2027-03-15",
            "--format",
            "csv"
        ])),
        Ok(Command::Budget {
            file: "p".into(),
            campaign: Some("Spring Glow launch".into()),
            today: NaiveDate::from_ymd_opt(2027, 3, 15),
            format: BudgetFormat::Csv
        })
    );
    assert!(matches!(
        parse(&args(&["budget", "p", "--format", "json"])),
        Ok(Command::Budget {
            format: BudgetFormat::Json,
            ..
        })
    ));
    assert!(parse(&args(&["budget"])).is_err());
    assert!(parse(&args(&["budget", "p", "--campaign"])).is_err());
    assert!(parse(&args(&["budget", "p", "--format", "xml"])).is_err());
    assert!(parse(&args(&["budget", "p", "--today", "tomorrow"])).is_err());
    assert!(parse(&args(&["budget", "p", "q"])).is_err());
    // `check` and `timeline` still take text or json only.
    assert!(parse(&args(&["check", "p", "--format", "csv"])).is_err());
}
