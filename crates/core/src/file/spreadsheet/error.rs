//! Why a spreadsheet could not be read as a table of influencers.

/// Why a CSV file could not be read as a table. Every message says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file has no text at all.
    #[error("the file is empty")]
    Empty,
    /// The file is an Excel workbook, not CSV.
    #[error(
        "this is an Excel workbook (.xlsx), not a CSV file; in the spreadsheet, use File ▸ Save As ▸ CSV (UTF-8) and import that"
    )]
    Workbook,
    /// The file holds binary data, not text.
    #[error(
        "this is not a text file (it contains binary data at byte {offset}); export the table as CSV and import that"
    )]
    Binary {
        /// Where the first binary byte is, from 0.
        offset: usize,
    },
    /// No line looks like a header row (at least two named columns).
    #[error(
        "no header row found: no line has at least two column names separated by commas, semicolons, tabs or |"
    )]
    NoHeader,
    /// A row has more columns than a roster could ([`super::table::MAX_COLUMNS`]).
    #[error("line {line} has {count} columns; a spreadsheet of influencers has at most 1000")]
    TooManyColumns {
        /// The line of the row, from 1.
        line: usize,
        /// How many columns it has.
        count: usize,
    },
    /// A `--map FIELD=COLUMN` names a column the file does not have.
    #[error(
        "no column \"{column}\" for {field} (the columns are: {headers}); give its name as in the header, or its number from 1"
    )]
    NoSuchColumn {
        /// The field asked for.
        field: String,
        /// The column as given.
        column: String,
        /// The column names, comma separated.
        headers: String,
    },
    /// None of the columns holds a name or a handle, so no row can become an influencer.
    #[error(
        "no column holds a name or a handle (the columns are: {headers}); rename one, or choose the mapping in the app"
    )]
    NoNameOrHandle {
        /// The column names, comma separated.
        headers: String,
    },
}

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
