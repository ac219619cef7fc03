//! Importing a results export into a project file, as `rapport import results` does.

use super::results::{ResultField, ResultsPlan, plan_results, propose_results_mapping};
use super::table::CsvTable;
use chrono::NaiveDate;

/// Sets `field` on the column named `column` (its header, without case, or its number
/// from 1), taking it from any other column.
pub fn map_results_column(
    headers: &[String],
    mapping: &mut [ResultField],
    field: ResultField,
    column: &str,
) -> Result<(), super::ImportError> {
    super::recognise::set_column(
        headers,
        mapping,
        field,
        ResultField::Ignore,
        field.term(),
        column,
    )
}

/// What importing a results export into a project file did.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsFileImport {
    /// The spreadsheet as read.
    pub table: CsvTable,
    /// The mapping used.
    pub mapping: Vec<ResultField>,
    /// What it added and skipped.
    pub plan: ResultsPlan,
    /// False when nothing changed and the project file was left as it was.
    pub written: bool,
}

/// Imports the results export at `csv` into the existing project file at `into`: readings
/// dated `measured` unless a column says when, the mapping proposed from the column names
/// and changed by `map`. Saved safely (the previous version kept), and not written when
/// nothing changes or when saving would drop fields this version does not know.
pub fn import_results_into_file(
    csv: &std::path::Path,
    into: &std::path::Path,
    map: &[(ResultField, String)],
    measured: NaiveDate,
) -> Result<ResultsFileImport, super::ImportFileError> {
    use super::ImportFileError;
    let table = super::into_file::read_table_at(csv)?;
    let in_table = |source| ImportFileError::Table {
        path: csv.to_path_buf(),
        source,
    };
    let mut mapping = propose_results_mapping(&table.headers);
    for (field, column) in map {
        map_results_column(&table.headers, &mut mapping, *field, column).map_err(in_table)?;
    }
    let opened = crate::file::open(into)?;
    let mut project = opened.project;
    let plan = plan_results(&project, &table, &mapping, measured);
    let written = !plan.added.is_empty();
    if written && !opened.unknown.is_empty() {
        return Err(crate::file::FileError::WouldDrop {
            path: into.to_path_buf(),
            fields: opened.unknown,
        }
        .into());
    }
    if written {
        plan.edit.clone().apply(&mut project);
        crate::file::save(&project, into, opened.stamp)?;
    }
    Ok(ResultsFileImport {
        table,
        mapping,
        plan,
        written,
    })
}
