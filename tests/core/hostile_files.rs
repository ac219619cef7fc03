//! Broken and hostile files never crash or hang the reader: they open, or they give an
//! error with a place inside the file and a cause.

use proptest::prelude::*;
use rapport_core::file::{self, FileError};
use std::path::Path;

const EXAMPLE: &str = include_str!("../../assets/example.rapport.ron");

/// Reads `text` and checks that any error is one a person can act on.
fn read_safely(text: &str) {
    match file::from_text(text, Path::new("hostile.rapport.ron")) {
        Ok(_) => {}
        Err(FileError::Syntax {
            line,
            column,
            cause,
            ..
        }) => {
            let lines = text.lines().count().max(1);
            assert!(line >= 1 && line <= lines + 1, "line {line} of {lines}");
            assert!(column >= 1, "column {column}");
            assert!(!cause.trim().is_empty());
        }
        Err(FileError::NotAProject { .. } | FileError::TooNew { .. }) => {}
        Err(other) => panic!("unexpected error kind: {other}"),
    }
}

/// Cuts a string at the nearest character boundary at or before `at`.
fn cut(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_truncated_example_gives_a_placed_error(at in 0usize..EXAMPLE.len()) {
        read_safely(&EXAMPLE[..cut(EXAMPLE, at)]);
    }

    #[test]
    fn garbage_spliced_into_the_example_gives_a_placed_error(at in 0usize..EXAMPLE.len(), junk in "[()\\[\\]\",:a-zA-Z0-9 \\n\\\\é林🌸]{1,12}") {
        let at = cut(EXAMPLE, at);
        let text = format!("{}{}{}", &EXAMPLE[..at], junk, &EXAMPLE[at..]);
        read_safely(&text);
    }

    #[test]
    fn a_removed_range_gives_a_placed_error(at in 0usize..EXAMPLE.len(), len in 1usize..200) {
        let start = cut(EXAMPLE, at);
        let end = cut(EXAMPLE, start + len);
        let text = format!("{}{}", &EXAMPLE[..start], &EXAMPLE[end..]);
        read_safely(&text);
    }

    #[test]
    fn any_text_at_all_is_handled(text in "\\PC{0,300}") {
        read_safely(&text);
    }
}

#[test]
fn deep_nesting_is_refused_without_a_stack_overflow() {
    let depth = 100_000;
    let text = format!(
        "(format: \"rapport\", version: 1, info: (name: \"x\"), influencers: {}{})",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    read_safely(&text);
    let open_only = format!("(format: \"rapport\", version: 1, x: {}", "(".repeat(depth));
    read_safely(&open_only);
}

#[test]
fn a_huge_name_is_read() {
    let text = format!(
        "(format: \"rapport\", version: 1, info: (name: \"{}\"))",
        "a".repeat(5_000_000)
    );
    let project = file::from_text(&text, Path::new("huge.rapport.ron")).expect("reads");
    assert_eq!(project.info.name.len(), 5_000_000);
}

/// The example with its first publish date replaced by `date`.
fn with_first_publish(date: &str) -> (String, usize) {
    let at = EXAMPLE.find("publish: Some(\"").expect("a publish date") + "publish: Some(\"".len();
    let line = EXAMPLE[..at].lines().count();
    let text = format!("{}{date}{}", &EXAMPLE[..at], &EXAMPLE[at + 10..]);
    (text, line)
}

#[test]
fn a_date_outside_1900_to_2200_is_refused_where_it_is_in_plain_words() {
    // The record is named: the error is in the teaser's publish date.
    let within = " (in \"Pre-launch teaser: 'something orange is coming'\")";
    for (date, cause) in [
        (
            "-262143-01-01",
            "the date -262143-01-01 is outside the years 1900 to 2200; write dates as YYYY-MM-DD, for example 2027-03-15",
        ),
        (
            "+262142-12-31",
            "the date +262142-12-31 is outside the years 1900 to 2200; write dates as YYYY-MM-DD, for example 2027-03-15",
        ),
        (
            "12/04/2027",
            "\"12/04/2027\" is not a date: write dates as YYYY-MM-DD, for example 2027-03-15",
        ),
    ] {
        let cause = format!("{cause}{within}");
        let (text, line) = with_first_publish(date);
        match file::from_text(&text, Path::new("dates.rapport.ron")) {
            Err(FileError::Syntax {
                line: at, cause: c, ..
            }) => {
                assert_eq!(at, line, "{date}");
                assert_eq!(c, cause);
            }
            other => panic!("{date}: {other:?}"),
        }
    }
    let (text, _) = with_first_publish("2200-12-31");
    assert!(file::from_text(&text, Path::new("dates.rapport.ron")).is_ok());
}

#[test]
fn errors_speak_of_dates_amounts_and_records_never_of_internal_type_names() {
    let head = "(format: \"rapport\", version: 1, info: (name: \"x\")";
    let cases = [
        (
            "[1, 2]",
            "expected the project here, written in parentheses: ( … )",
        ),
        (
            "(format: \"rapport\", version: 1, info: 5)",
            "expected the project's info here, written in parentheses: ( … )",
        ),
        (
            &format!(
                "{head}, campaigns: [(id: \"c\", name: \"A\", start: 5, end: \"2027-01-01\")])"
            ),
            "Expected a date in quotes, such as \"2027-03-15\" but found the unsigned integer `5` instead (in \"A\")",
        ),
        (
            &format!(
                "{head}, cost_lines: [(id: \"c\", campaign: \"c\", category: Travel, amount: 12)])"
            ),
            "Expected an amount in quotes, such as \"1350.00\" but found the unsigned integer `12` instead",
        ),
        (
            &format!("{head}, influencers: [(id: \"i\", name: \"A\", name: \"B\")])"),
            "An influencer has the field \"name\" twice (in \"A\")",
        ),
        (
            &format!("{head}, influencers: [(id: \"i\", name: 7)])"),
            "expected text in quotes here, such as \"Spring launch\"",
        ),
    ];
    for (text, cause) in cases {
        match file::from_text(text, Path::new("x.rapport.ron")) {
            Err(FileError::Syntax { cause: c, .. }) => {
                assert_eq!(c, cause, "{text}");
                for internal in ["FileV1", "ProjectInfo", "struct `"] {
                    assert!(!c.contains(internal), "{c}");
                }
            }
            other => panic!("{text}: {other:?}"),
        }
    }
}
