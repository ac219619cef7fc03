//! Importing a spreadsheet file into a project file, as `rapport import` does.

use super::error::ImportFileError;
use super::field::Field;
use super::plan::{check_mapping, plan_import};
use super::recognise::{map_column, propose_mapping_for};
use super::report::ImportReport;
use super::table::{CsvTable, read_table};
use crate::file;
use crate::model::{Platform, Project};
use std::path::Path;

/// What importing into a project file did.
#[derive(Debug, Clone, PartialEq)]
pub struct FileImport {
    /// The spreadsheet as read.
    pub table: CsvTable,
    /// The mapping used (the proposed one).
    pub mapping: Vec<Field>,
    /// What was added, updated, skipped and could not be read.
    pub report: ImportReport,
    /// False when nothing changed and the project file was left as it was.
    pub written: bool,
}

/// A new project named after its file (`agency.rapport.ron` → "agency").
/// The spreadsheet at `csv`, read (within the size limit) and split into rows, or why not.
pub(super) fn read_table_at(csv: &Path) -> Result<CsvTable, ImportFileError> {
    let bytes = file::read_regular(csv, file::read::SPREADSHEET_LIMIT).map_err(|source| {
        ImportFileError::Read {
            path: csv.to_path_buf(),
            source,
        }
    })?;
    read_table(&bytes).map_err(|source| ImportFileError::Table {
        path: csv.to_path_buf(),
        source,
    })
}

fn new_project(path: &Path) -> Project {
    let mut project = Project::new();
    if let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) {
        let stem = name
            .strip_suffix(".rapport.ron")
            .or_else(|| name.strip_suffix(".ron"))
            .unwrap_or(&name);
        if !stem.is_empty() {
            project.info.name = stem.to_string();
        }
    }
    project
}

/// Imports the spreadsheet at `csv` into the project file at `into` with the proposed
/// column mapping (from the column names, then their values), changed by `map` (a field
/// and the column to read it from: its header or its number from 1), and `platform` for
/// rows without one. The project is created (empty,
/// named after its file) when `into` does not exist; otherwise it is opened, and saved with
/// [`file::save`] — safely, the previous version kept as a backup, and never when it
/// cannot be read or has changed on disk meanwhile. When the import changes nothing, an
/// existing file is not written.
pub fn import_into_file(
    csv: &Path,
    into: &Path,
    platform: Platform,
    map: &[(Field, String)],
) -> Result<FileImport, ImportFileError> {
    let table = read_table_at(csv)?;
    let in_table = |source| ImportFileError::Table {
        path: csv.to_path_buf(),
        source,
    };
    let mut mapping = propose_mapping_for(&table);
    for (field, column) in map {
        map_column(&table.headers, &mut mapping, *field, column).map_err(in_table)?;
    }
    check_mapping(&table, &mapping).map_err(in_table)?;
    let exists = into.exists();
    let (mut project, stamp, unknown) = if exists {
        let opened = file::open(into)?;
        (opened.project, opened.stamp, opened.unknown)
    } else {
        (new_project(into), None, Vec::new())
    };
    let plan = plan_import(&project, &table, &mapping, platform);
    let written = !exists || !plan.report.changes_nothing();
    if written && !unknown.is_empty() {
        // Saving would drop what this version does not know: leave the file as it is.
        return Err(file::FileError::WouldDrop {
            path: into.to_path_buf(),
            fields: unknown,
        }
        .into());
    }
    if written {
        plan.edit.apply(&mut project);
        file::save(&project, into, stamp)?;
    }
    Ok(FileImport {
        table,
        mapping,
        report: plan.report,
        written,
    })
}
