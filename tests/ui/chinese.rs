//! The interface in Simplified Chinese: a walk through every panel, view, editor, dialog
//! and slide finds no English word except the project's own words (names, titles, notes),
//! codes and the names of platforms, keys and formats.

use super::example_app;
use super::walk::{H, every_view};
use egui_kittest::kittest::NodeT;
use std::collections::{BTreeMap, BTreeSet};

/// Words that are the same in every language: platforms, formats, keys, units, regulators
/// and the disclosure labels the rules name.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "TikTok",
    "Instagram",
    "YouTube",
    "Bilibili",
    "Twitch",
    "Pinterest",
    "LinkedIn",
    "VK",
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Tab",
    "Enter",
    "Home",
    "End",
    "Page",
    "Up",
    "Down",
    "Delete",
    "Backspace",
    "Space",
    "ron",
    "rapport",
    "bak",
    "csv",
    "html",
    "pdf",
    "ics",
    "svg",
    "png",
    "English",
    "ad",
    "Ad",
    "Sponsored",
    "Paid",
    "partnership",
    "BrandPartner",
    "Thanks",
    "to",
    "Brand",
    "for",
    "the",
    "free",
    "product",
    "Advert",
    "Advertisement",
    "feature",
    "gifted",
    "net",
    "https",
    "www",
    "com",
    "gz",
    "Minus",
    "Plus",
    "Equals",
    "PgUp",
    "PgDn",
];

/// egui's own names for its window and panel handles, heard only through a screen reader:
/// egui writes them in English.
const EGUI_OWN: &[&str] = &["Close window", "Resize window", "Resize panel"];

/// Every word of the project file (names, titles, notes, handles, ids) and of the
/// spreadsheets the walk imports: data, shown as it is in every language.
fn data_words(h: &H) -> BTreeSet<String> {
    let mut text = rapport_core::file::format::to_text(&h.state().doc.project).unwrap_or_default();
    // Where the example and the fixtures are (shown in the paths of files to write), the
    // name the walk gives the copy it compares with, and the finding codes.
    text.push_str(env!("CARGO_MANIFEST_DIR"));
    text.push(' ');
    text.push_str(super::EXAMPLE);
    text.push_str(" copy ");
    for code in rapport_core::checks::Code::ALL {
        text.push_str(&format!(" {} ", code.as_str()));
    }
    let fixtures =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    for file in ["import/kaggle_like.csv", "results/tiktok.csv"] {
        text.push_str(&std::fs::read_to_string(fixtures.join(file)).unwrap_or_default());
        text.push_str(file);
    }
    words(&text).into_iter().collect()
}

/// The runs of Latin letters in `text` that hold a lower-case one (all-capital runs are
/// codes and abbreviations: KPI, CSV, EUR).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && w.chars().any(|c| c.is_ascii_lowercase()))
        .map(str::to_string)
        .collect()
}

/// The English words on screen at `place`, each with the text it is in.
fn english(h: &H, place: &str, allowed: &BTreeSet<String>, found: &mut BTreeMap<String, String>) {
    for node in h.root().children_recursive() {
        let a = node.accesskit_node();
        if a.is_hidden() {
            continue;
        }
        for text in [a.label(), a.value()].into_iter().flatten() {
            // Addresses are data (a shortened one ends inside a word).
            if EGUI_OWN.iter().any(|e| text.starts_with(e)) || text.contains("://") {
                continue;
            }
            for word in words(&text) {
                if !allowed.contains(&word) && !SAME_IN_EVERY_LANGUAGE.contains(&word.as_str()) {
                    found
                        .entry(text.chars().take(90).collect())
                        .or_insert_with(|| format!("{place}: {word}"));
                }
            }
        }
    }
}

#[test]
fn in_chinese_no_english_is_left_but_names_and_codes() {
    let mut app = example_app();
    app.prefs.lang = Some("zh-CN".into());
    let mut allowed: Option<BTreeSet<String>> = None;
    let mut found = BTreeMap::new();
    every_view(app, |h, place| {
        let allowed = allowed.get_or_insert_with(|| data_words(h));
        english(h, place, allowed, &mut found);
    });
    let list: Vec<String> = found
        .iter()
        .map(|(text, word)| format!("{word}  in  {text:?}"))
        .collect();
    assert!(
        list.is_empty(),
        "{} texts with English:\n{}",
        list.len(),
        list.join("\n")
    );
}
