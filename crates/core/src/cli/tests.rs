//! Unit tests of the command-line parser.

use super::*;
use crate::i18n::Lang;
use crate::model::Platform;
use std::ffi::OsStr;

fn parsed(list: &[&str]) -> Result<Cli, clap::Error> {
    parse(std::iter::once("rapport").chain(list.iter().copied()))
}

fn command_of(list: &[&str]) -> Result<Command, String> {
    match parsed(list) {
        Ok(Cli {
            command: Some(command),
            ..
        }) => Ok(command),
        Ok(other) => Err(format!("no command: {other:?}")),
        Err(e) => Err(e.to_string()),
    }
}

fn day() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2027, 3, 15)
}

#[test]
fn parses_the_app_and_check() {
    assert_eq!(
        parsed(&[]).ok(),
        Some(Cli {
            command: None,
            file: None,
            today: None
        })
    );
    assert_eq!(
        parsed(&["a.rapport.ron", "--today", "2027-03-15"]).ok(),
        Some(Cli {
            command: None,
            file: Some("a.rapport.ron".into()),
            today: day()
        })
    );
    assert!(parsed(&["a.rapport.ron", "b.rapport.ron"]).is_err());
    assert_eq!(
        command_of(&["check", "f", "--today", "2027-03-15", "--format", "json"]),
        Ok(Command::Check {
            file: "f".into(),
            today: day(),
            format: Format::Json,
            lang: Lang::En,
        })
    );
    assert_eq!(
        command_of(&["check", "f", "--lang", "zh-CN"]),
        Ok(Command::Check {
            file: "f".into(),
            today: None,
            format: Format::Text,
            lang: Lang::ZhCn,
        })
    );
    assert!(command_of(&["check", "f", "--lang", "fr"]).is_err());
    assert!(command_of(&["check"]).is_err());
    assert!(command_of(&["check", "f", "--today", "15/03/2027"]).is_err());
    assert!(command_of(&["check", "f", "--format", "xml"]).is_err());
    let help = parsed(&["--help"]).expect_err("help is not a command");
    assert_eq!(help.kind(), clap::error::ErrorKind::DisplayHelp);
}

#[test]
fn parses_import_and_export() {
    assert_eq!(
        command_of(&["import", "a.csv", "--into", "p.rapport.ron"]),
        Ok(Command::Import {
            csv: "a.csv".into(),
            results_csv: None,
            into: "p.rapport.ron".into(),
            platform: Platform::Instagram,
            map: Vec::new(),
            date: None,
            lang: Lang::En,
        })
    );
    assert_eq!(
        command_of(&["import", "--platform", "TikTok", "a.csv", "--into", "p"]),
        Ok(Command::Import {
            csv: "a.csv".into(),
            results_csv: None,
            into: "p".into(),
            platform: Platform::TikTok,
            map: Vec::new(),
            date: None,
            lang: Lang::En,
        })
    );
    assert_eq!(
        command_of(&[
            "import",
            "a.csv",
            "--into",
            "p",
            "--map",
            "handle=insta name",
            "--map",
            "followers=4"
        ]),
        Ok(Command::Import {
            csv: "a.csv".into(),
            results_csv: None,
            into: "p".into(),
            platform: Platform::Instagram,
            map: vec!["handle=insta name".to_string(), "followers=4".to_string()],
            date: None,
            lang: Lang::En,
        })
    );
    // The mapping is read by the mode it is for: influencers or results.
    assert_eq!(
        args::field_map("handle=insta name", Lang::En),
        Ok((
            crate::file::spreadsheet::Field::Handle,
            "insta name".to_string()
        ))
    );
    assert!(args::field_map("shoe=3", Lang::En).is_err());
    assert!(args::field_map("handle", Lang::En).is_err());
    assert_eq!(
        args::result_field_map("clicks=Link clicks", Lang::En),
        Ok((
            crate::file::spreadsheet::ResultField::Clicks,
            "Link clicks".to_string()
        ))
    );
    assert!(args::result_field_map("followers=3", Lang::En).is_err());
    assert_eq!(
        command_of(&[
            "import",
            "results",
            "r.csv",
            "--into",
            "p",
            "--date",
            "2027-04-02"
        ]),
        Ok(Command::Import {
            csv: "results".into(),
            results_csv: Some("r.csv".into()),
            into: "p".into(),
            platform: Platform::Instagram,
            map: Vec::new(),
            date: Some(NaiveDate::from_ymd_opt(2027, 4, 2).unwrap()),
            lang: Lang::En,
        })
    );
    assert!(command_of(&["import", "a.csv"]).is_err());
    assert!(command_of(&["import", "--into", "p"]).is_err());
    assert!(command_of(&["import", "a.csv", "--into", "p", "--platform", "myspace"]).is_err());
    assert_eq!(
        command_of(&["export", "roster", "p.rapport.ron", "-o", "r.csv"]),
        Ok(Command::Export(Export::Roster {
            project: "p.rapport.ron".into(),
            output: Some("r.csv".into()),
            lang: Lang::En,
        }))
    );
    assert_eq!(
        command_of(&["export", "roster", "p.rapport.ron"]),
        Ok(Command::Export(Export::Roster {
            project: "p.rapport.ron".into(),
            output: None,
            lang: Lang::En,
        }))
    );
    assert!(matches!(
        command_of(&["export", "costs", "p", "--lang", "zh-CN"]),
        Ok(Command::Export(Export::Costs {
            lang: Lang::ZhCn,
            ..
        }))
    ));
    assert!(matches!(
        command_of(&["import", "a.csv", "--into", "p", "--lang", "zh-cn"]),
        Ok(Command::Import {
            lang: Lang::ZhCn,
            ..
        })
    ));
    // The mapping's complaints are in the language asked for.
    assert_eq!(
        args::field_map("handle= ", Lang::ZhCn),
        Err("“handle= ”中“=”后面没有列".to_string())
    );
    assert_eq!(
        args::field_map("handle= ", Lang::En),
        Err("no column after \"=\" in \"handle= \"".to_string())
    );
    assert!(command_of(&["export", "budget", "p"]).is_err());
    assert!(command_of(&["export"]).is_err());
    assert!(command_of(&["export", "roster"]).is_err());
}

#[test]
fn parses_timeline() {
    assert_eq!(
        command_of(&["timeline", "p.rapport.ron"]),
        Ok(Command::Timeline {
            file: "p.rapport.ron".into(),
            campaign: None,
            today: None,
            format: Format::Text,
            lang: Lang::En,
        })
    );
    assert_eq!(
        command_of(&[
            "timeline",
            "--campaign",
            "cmp-t6g2jmk8",
            "p",
            "--today",
            "2027-03-15",
            "--format",
            "json"
        ]),
        Ok(Command::Timeline {
            file: "p".into(),
            campaign: Some("cmp-t6g2jmk8".into()),
            today: day(),
            format: Format::Json,
            lang: Lang::En,
        })
    );
    assert!(command_of(&["timeline"]).is_err());
    assert!(command_of(&["timeline", "p", "--campaign"]).is_err());
    assert!(command_of(&["timeline", "p", "--format", "csv"]).is_err());
    assert!(command_of(&["timeline", "p", "q"]).is_err());
    assert!(command_of(&["timeline", "p", "--lanes"]).is_err());
}

#[test]
fn parses_budget() {
    assert_eq!(
        command_of(&["budget", "p.rapport.ron"]),
        Ok(Command::Budget {
            file: "p.rapport.ron".into(),
            campaign: None,
            today: None,
            format: BudgetFormat::Text,
            lang: Lang::En,
        })
    );
    assert_eq!(
        command_of(&[
            "budget",
            "--campaign",
            "Spring Glow launch",
            "p",
            "--today",
            "2027-03-15",
            "--format",
            "csv"
        ]),
        Ok(Command::Budget {
            file: "p".into(),
            campaign: Some("Spring Glow launch".into()),
            today: day(),
            format: BudgetFormat::Csv,
            lang: Lang::En,
        })
    );
    assert!(matches!(
        command_of(&["budget", "p", "--format", "json"]),
        Ok(Command::Budget {
            format: BudgetFormat::Json,
            ..
        })
    ));
    assert!(matches!(
        command_of(&["budget", "p", "--lang", "zh-CN"]),
        Ok(Command::Budget {
            lang: Lang::ZhCn,
            ..
        })
    ));
    assert!(command_of(&["budget", "p", "--lang", "de"]).is_err());
    assert!(command_of(&["budget"]).is_err());
    assert!(command_of(&["budget", "p", "--campaign"]).is_err());
    assert!(command_of(&["budget", "p", "--format", "xml"]).is_err());
    assert!(command_of(&["budget", "p", "--today", "tomorrow"]).is_err());
    assert!(command_of(&["budget", "p", "q"]).is_err());
    // `check` and `timeline` still take text or json only.
    assert!(command_of(&["check", "p", "--format", "csv"]).is_err());
}

/// The usage line of each command is written by hand in its definition: it must name the
/// command and every option and argument the parser takes, so it cannot drift from them.
#[test]
fn every_usage_line_names_every_argument() {
    let mut root = command();
    root.build();
    let mut checked = 0;
    let mut stack: Vec<(String, clap::Command)> = root
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .map(|c| (format!("rapport {}", c.get_name()), c.clone()))
        .collect();
    while let Some((path, sub)) = stack.pop() {
        let children: Vec<&clap::Command> = sub
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if !children.is_empty() {
            for child in children {
                stack.push((format!("{path} {}", child.get_name()), child.clone()));
            }
            continue;
        }
        let usage = sub.clone().render_usage().to_string();
        assert!(usage.contains(&path), "{usage} does not start with {path}");
        for arg in sub.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            let name = match arg.get_long() {
                Some(long) => format!("--{long}"),
                None => arg
                    .get_value_names()
                    .and_then(|names| names.first())
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            };
            let short = arg.get_short().map(|s| format!("-{s} "));
            assert!(
                usage.contains(&name) || short.is_some_and(|s| usage.contains(&s)),
                "{path}: the usage line {usage:?} does not mention {name}"
            );
        }
        checked += 1;
    }
    assert_eq!(
        checked, 16,
        "check, timeline, budget, results, import, export roster, deliverables, costs, summary, \
         chart, calendar, generate, share, diff, merge, recover"
    );
}

#[test]
fn help_lists_every_command_with_its_usage_and_a_file_name_need_not_be_utf8() {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let outcome = run(["rapport", "--help"], NaiveDate::MIN, &mut out, &mut err);
    assert_eq!(outcome, Outcome::Exit(0));
    let help = String::from_utf8_lossy(&out);
    for needle in [
        "rapport [FILE] [--today YYYY-MM-DD]",
        "rapport check FILE",
        "rapport export roster PROJECT [-o FILE.csv]",
        "Exit status",
    ] {
        assert!(help.contains(needle), "{needle} missing from\n{help}");
    }

    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = OsStr::from_bytes(b"caf\xe9.rapport.ron");
        let args = [OsStr::new("rapport"), OsStr::new("check"), name];
        let mut out = Vec::new();
        let mut err = Vec::new();
        let outcome = run(args, NaiveDate::MIN, &mut out, &mut err);
        assert_eq!(outcome, Outcome::Exit(2));
        let said = String::from_utf8_lossy(&err);
        assert!(said.starts_with("rapport: "), "{said}");
        let app = parse([OsStr::new("rapport"), name]).expect("a file to open");
        assert_eq!(app.file.as_deref().map(|p| p.as_os_str()), Some(name));
    }
}
