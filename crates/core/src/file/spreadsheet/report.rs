//! What an import did, in plain words.

use crate::i18n::{Lang, Text, first_few, text, text_with};
use std::fmt;

/// What importing a spreadsheet does (or did) to a project.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Names of the influencers added, in file order.
    pub added: Vec<String>,
    /// Names of influencers already in the project whose imported fields changed.
    pub updated: Vec<String>,
    /// Names of influencers already in the project that the file matched but did not
    /// change (the same values).
    pub unchanged: Vec<String>,
    /// Rows not imported: (line, reason in English).
    pub skipped: Vec<(usize, String)>,
    /// The reasons of `skipped`, in the same order, in words of any language.
    pub skipped_text: Vec<Text>,
    /// Values that could not be read and were left empty: (line, column name, value).
    pub unreadable: Vec<(usize, String, String)>,
    /// Rows for an influencer met earlier in the same file: (line, earlier line, who).
    /// The later row's values update the earlier ones.
    pub repeated: Vec<(usize, usize, String)>,
    /// Other things worth knowing, per line (e.g. followers with no handle to put them
    /// on), in English.
    pub notes: Vec<(usize, String)>,
    /// The notes of `notes`, in the same order, in words of any language.
    pub notes_text: Vec<Text>,
}

impl ImportReport {
    /// True when the import adds or changes nothing.
    pub fn changes_nothing(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty()
    }

    /// Notes that the row on `line` is not imported, and why.
    pub(crate) fn skip(&mut self, line: usize, why: Text) {
        self.skipped.push((line, why.en()));
        self.skipped_text.push(why);
    }

    /// Notes something worth knowing about the row on `line`.
    pub(crate) fn note(&mut self, line: usize, note: Text) {
        self.notes.push((line, note.en()));
        self.notes_text.push(note);
    }

    /// The whole report in `lang`, every item listed (what `{:#}` writes in English).
    pub fn text_in(&self, lang: Lang) -> String {
        self.write_in(lang, None)
    }

    /// The report in `lang` with lists stopped after ten items (what `{}` writes in
    /// English).
    pub fn summary_in(&self, lang: Lang) -> String {
        self.write_in(lang, Some(10))
    }

    /// The report in `lang`, lists stopped after `limit` items (all with `None`).
    fn write_in(&self, lang: Lang, limit: Option<usize>) -> String {
        let say =
            |id: &str, args: &[(&str, crate::i18n::FluentValue<'_>)]| text_with(lang, id, args);
        let list = |items: &[String]| first_few(lang, items, limit.unwrap_or(items.len()));
        // A reason in `lang` when it has words, else as given.
        let words = |all: &[Text], i: usize, given: &str| {
            all.get(i)
                .map_or_else(|| given.to_string(), |t| t.render(lang))
        };
        let mut out = say(
            "imp-report-counts",
            &[
                ("added", self.added.len().into()),
                ("updated", self.updated.len().into()),
                ("skipped", self.skipped.len().into()),
            ],
        );
        let between = text(lang, "list-sentences");
        if !self.unchanged.is_empty() {
            out.push_str(&between);
            let count = self.unchanged.len();
            out.push_str(&say("imp-report-unchanged", &[("count", count.into())]));
        }
        if !self.unreadable.is_empty() {
            let items: Vec<String> = self
                .unreadable
                .iter()
                .map(|(line, column, value)| {
                    say(
                        "imp-report-unreadable-item",
                        &[
                            ("line", (*line).into()),
                            ("column", column.as_str().into()),
                            ("value", format!("{value:?}").into()),
                        ],
                    )
                })
                .collect();
            out.push_str(&between);
            out.push_str(&say(
                "imp-report-unreadable",
                &[("count", items.len().into()), ("list", list(&items).into())],
            ));
        }
        let mut section = |id: &str, items: Vec<String>| {
            if !items.is_empty() {
                out.push('\n');
                out.push_str(&say(id, &[("list", list(&items).into())]));
            }
        };
        let skipped = self.skipped.iter().enumerate().map(|(i, (line, why))| {
            say(
                "imp-report-skipped-item",
                &[
                    ("line", (*line).into()),
                    ("why", words(&self.skipped_text, i, why).into()),
                ],
            )
        });
        section("imp-report-skipped", skipped.collect());
        let repeated = self.repeated.iter().map(|(line, earlier, who)| {
            say(
                "imp-report-repeated-item",
                &[
                    ("line", (*line).into()),
                    ("earlier", (*earlier).into()),
                    ("who", who.as_str().into()),
                ],
            )
        });
        section("imp-report-repeated", repeated.collect());
        let notes = self.notes.iter().enumerate().map(|(i, (line, note))| {
            say(
                "imp-report-note-item",
                &[
                    ("line", (*line).into()),
                    ("note", words(&self.notes_text, i, note).into()),
                ],
            )
        });
        section("imp-report-notes", notes.collect());
        out
    }
}

/// The summary: `Added 187, updated 13, skipped 0. 3 values could not be read and were
/// left empty: line 57 followers "12x", …`, then one sentence per kind of detail. Lists
/// stop after ten items (`… and 5 more`); the alternate form (`{:#}`) lists everything.
impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = (!f.alternate()).then_some(10);
        f.write_str(&self.write_in(Lang::En, limit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_reads_plainly() {
        let report = ImportReport {
            added: vec!["a".into(), "b".into()],
            updated: vec!["c".into()],
            unreadable: vec![(57, "followers".into(), "12x".into())],
            ..ImportReport::default()
        };
        assert_eq!(
            report.to_string(),
            "Added 2, updated 1, skipped 0. 1 value could not be read and was left empty: \
             line 57 followers \"12x\"."
        );
        let mut report = report;
        report.unchanged = vec!["d".into(), "e".into()];
        report.skip(13, Text::new("imp-no-name"));
        assert_eq!(
            report.to_string(),
            "Added 2, updated 1, skipped 1. 2 already in the project were up to date. \
             1 value could not be read and was left empty: line 57 followers \"12x\".\n\
             Skipped: line 13 (no name and no handle)."
        );
        assert_eq!(
            report.text_in(Lang::ZhCn),
            "已添加 2 位，已更新 1 位，已跳过 1 行。项目中已有的 2 位已是最新。\
             1 个值无法读取，已留空：第 57 行 followers \"12x\"。\n\
             已跳过：第 13 行（没有名称也没有账号）。"
        );
    }
}
