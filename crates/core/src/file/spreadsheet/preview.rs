//! The first rows of a spreadsheet as they would be imported, shown before importing.

use super::field::Field;
use super::row::{PreviewCell, read_row};
use super::table::CsvTable;
use crate::i18n::{Lang, Text};
use crate::model::Platform;

/// One row of the import preview.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewRow {
    /// The line of the file the row begins on (from 1).
    pub line: usize,
    /// The name the influencer would get (the name cell, or else the handle); empty when
    /// the row has neither.
    pub name: String,
    /// The platform the row's handle is on.
    pub platform: Platform,
    /// Every cell, in column order, with its parsed value and problem.
    pub cells: Vec<PreviewCell>,
    /// Why the row would be skipped, when it would be (in English: `skip_text` in English).
    pub skip: Option<String>,
    /// Why the row would be skipped, in words of any language.
    pub skip_text: Option<Text>,
}

impl PreviewRow {
    /// True when at least one cell cannot be read.
    pub fn has_problems(&self) -> bool {
        self.cells.iter().any(|c| c.problem.is_some())
    }

    /// Why the row would be skipped, in `lang`, when it would be.
    pub fn skip_in(&self, lang: Lang) -> Option<String> {
        match &self.skip_text {
            Some(text) => Some(text.render(lang)),
            None => self.skip.clone(),
        }
    }
}

/// The reason a row with neither a name nor a handle is skipped.
pub(crate) fn no_name() -> Text {
    Text::new("imp-no-name")
}

/// The first `limit` rows of `table` read through `mapping` (one field per column;
/// missing entries count as [`Field::Ignore`]), with `platform` for rows that do not name
/// one. Nothing is imported.
pub fn preview(
    table: &CsvTable,
    mapping: &[Field],
    platform: Platform,
    limit: usize,
) -> Vec<PreviewRow> {
    table
        .rows
        .iter()
        .enumerate()
        .take(limit)
        .map(|(i, row)| {
            let values = read_row(row, table.line_of(i), mapping, platform);
            let name = values.display_name().unwrap_or_default().to_string();
            let skip_text = name.is_empty().then(no_name);
            PreviewRow {
                line: values.line,
                skip: skip_text.as_ref().map(Text::en),
                skip_text,
                name,
                platform: values.platform,
                cells: values.cells,
            }
        })
        .collect()
}
