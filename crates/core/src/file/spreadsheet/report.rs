//! What an import did, in plain words.

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
    /// Rows not imported: (line, reason).
    pub skipped: Vec<(usize, String)>,
    /// Values that could not be read and were left empty: (line, column name, value).
    pub unreadable: Vec<(usize, String, String)>,
    /// Rows for an influencer met earlier in the same file: (line, earlier line, who).
    /// The later row's values update the earlier ones.
    pub repeated: Vec<(usize, usize, String)>,
    /// Other things worth knowing, per line (e.g. followers with no handle to put them on).
    pub notes: Vec<(usize, String)>,
}

impl ImportReport {
    /// True when the import adds or changes nothing.
    pub fn changes_nothing(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty()
    }
}

/// Writes at most `limit` items (all with `None`) joined by ", ", then "and N more".
fn list(items: &[String], limit: Option<usize>) -> String {
    let shown = limit.unwrap_or(items.len()).min(items.len());
    let mut text = items[..shown].join(", ");
    if shown < items.len() {
        text.push_str(&format!(" and {} more", items.len() - shown));
    }
    text
}

/// The summary: `Added 187, updated 13, skipped 0. 3 values could not be read and were
/// left empty: line 57 followers "12x", …`, then one sentence per kind of detail. Lists
/// stop after ten items (`… and 5 more`); the alternate form (`{:#}`) lists everything.
impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = (!f.alternate()).then_some(10);
        write!(
            f,
            "Added {}, updated {}, skipped {}.",
            self.added.len(),
            self.updated.len(),
            self.skipped.len()
        )?;
        if !self.unchanged.is_empty() {
            let n = self.unchanged.len();
            let verb = if n == 1 { "was" } else { "were" };
            write!(f, " {n} already in the project {verb} up to date.")?;
        }
        if !self.unreadable.is_empty() {
            let items: Vec<String> = self
                .unreadable
                .iter()
                .map(|(line, column, value)| format!("line {line} {column} {value:?}"))
                .collect();
            let n = items.len();
            let what = if n == 1 {
                "1 value could not be read and was left empty".to_string()
            } else {
                format!("{n} values could not be read and were left empty")
            };
            write!(f, " {what}: {}.", list(&items, limit))?;
        }
        if !self.skipped.is_empty() {
            let items: Vec<String> = self
                .skipped
                .iter()
                .map(|(line, why)| format!("line {line} ({why})"))
                .collect();
            write!(f, "\nSkipped: {}.", list(&items, limit))?;
        }
        if !self.repeated.is_empty() {
            let items: Vec<String> = self
                .repeated
                .iter()
                .map(|(line, earlier, who)| {
                    format!("line {line} repeats {who} from line {earlier}")
                })
                .collect();
            write!(
                f,
                "\nRepeated in the file (the later row updates the earlier): {}.",
                list(&items, limit)
            )?;
        }
        if !self.notes.is_empty() {
            let items: Vec<String> = self
                .notes
                .iter()
                .map(|(line, note)| format!("line {line}: {note}"))
                .collect();
            write!(f, "\nNote: {}.", list(&items, limit))?;
        }
        Ok(())
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
    }
}
