//! Why a spreadsheet could not be read as a table of influencers, in English (`Display`)
//! or in the interface's language (`message_in`), from the `.ftl` files (`imp-err-…`).

use crate::i18n::{Arg, FluentValue, Lang, Text, first_few, text_with};

/// Why a CSV file could not be read as a table. Every message says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file has no text at all.
    Empty,
    /// The file is an Excel workbook, not CSV.
    Workbook,
    /// The file holds binary data, not text.
    Binary {
        /// Where the first binary byte is, from 0.
        offset: usize,
    },
    /// No line looks like a header row (at least two named columns).
    NoHeader,
    /// A row has more columns than a roster could ([`super::table::MAX_COLUMNS`]).
    TooManyColumns {
        /// The line of the row, from 1.
        line: usize,
        /// How many columns it has.
        count: usize,
    },
    /// A `--map FIELD=COLUMN` names a column the file does not have.
    NoSuchColumn {
        /// The field asked for (its label).
        field: Arg,
        /// The column as given.
        column: String,
        /// The column names, comma separated.
        headers: String,
    },
    /// None of the columns holds a name or a handle, so no row can become an influencer.
    NoNameOrHandle {
        /// The column names (the first twenty are named).
        headers: Vec<String>,
    },
}

impl ImportError {
    /// The error in `lang` (`Display` is this in English).
    pub fn message_in(&self, lang: Lang) -> String {
        let text = match self {
            ImportError::Empty => Text::new("imp-err-empty"),
            ImportError::Workbook => Text::new("imp-err-workbook"),
            ImportError::Binary { offset } => Text::new("imp-err-binary").arg("offset", *offset),
            ImportError::NoHeader => Text::new("imp-err-no-header"),
            ImportError::TooManyColumns { line, count } => Text::new("imp-err-too-many-columns")
                .arg("line", *line)
                .arg("count", *count),
            ImportError::NoSuchColumn {
                field,
                column,
                headers,
            } => Text::new("imp-err-no-such-column")
                .arg("field", field.clone())
                .arg("column", column)
                .arg("headers", headers),
            ImportError::NoNameOrHandle { headers } => {
                Text::new("imp-err-no-name-or-handle").arg("headers", first_few(lang, headers, 20))
            }
        };
        text.render(lang)
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for ImportError {}

/// Why `rapport import` (see [`super::import_into_file`]) could not import.
#[derive(Debug, thiserror::Error)]
pub enum ImportFileError {
    /// The spreadsheet file could not be read.
    #[error("{}: could not read the file: {source}", path.display())]
    Read {
        /// The spreadsheet file.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The spreadsheet is not a table of influencers.
    #[error("{}: {source}", path.display())]
    Table {
        /// The spreadsheet file.
        path: std::path::PathBuf,
        /// The cause.
        source: ImportError,
    },
    /// The project file could not be read or written.
    #[error(transparent)]
    Project(#[from] crate::file::FileError),
}

impl ImportFileError {
    /// The error in `lang` (`Display` says the same in English).
    pub fn message_in(&self, lang: Lang) -> String {
        let path = |p: &std::path::Path| FluentValue::from(p.display().to_string());
        match self {
            ImportFileError::Read { path: p, source } => text_with(
                lang,
                "imp-err-read",
                &[("path", path(p)), ("source", source.to_string().into())],
            ),
            ImportFileError::Table { path: p, source } => text_with(
                lang,
                "imp-err-in-file",
                &[("path", path(p)), ("error", source.message_in(lang).into())],
            ),
            ImportFileError::Project(e) => e.message_in(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_in_english_as_before_and_in_chinese() {
        let binary = ImportError::Binary { offset: 12345 };
        assert_eq!(
            binary.to_string(),
            "this is not a text file (it contains binary data at byte 12345); export the table as CSV and import that"
        );
        assert_eq!(
            binary.message_in(Lang::ZhCn),
            "这不是文本文件（第 12345 字节处有二进制数据）；请将表格导出为 CSV 后再导入"
        );
        let headers: Vec<String> = (1..=22).map(|i| format!("c{i}")).collect();
        let none = ImportError::NoNameOrHandle { headers };
        assert!(none.to_string().contains("c19, c20 and 2 more);"), "{none}");
        assert!(
            none.message_in(Lang::ZhCn)
                .contains("c19、c20等，另有 2 项）")
        );
        let column = ImportError::NoSuchColumn {
            field: super::super::Field::Followers.term(),
            column: "fans".into(),
            headers: "a, b".into(),
        };
        assert_eq!(
            column.to_string(),
            "no column \"fans\" for Followers (the columns are: a, b); give its name as in the header, or its number from 1"
        );
        let in_file = ImportFileError::Table {
            path: "x.csv".into(),
            source: ImportError::Empty,
        };
        assert_eq!(in_file.to_string(), "x.csv: the file is empty");
        assert_eq!(in_file.message_in(Lang::ZhCn), "x.csv：文件是空的");
    }
}
