//! Exports for the programs people already use: the plan and the costs as CSV for a
//! spreadsheet, and the deliverables' dates as an iCalendar file for a calendar.

pub mod browser;
pub mod budget_chart;
pub mod calendar;
pub mod chart;
pub mod fonts;
pub mod image;
pub mod label;
pub mod palette;
pub mod plan_csv;
pub mod summary;
pub mod summary_results;

pub use calendar::calendar_ics;
pub use plan_csv::{changes_csv, costs_csv, deliverables_csv};

use crate::file::FileError;
use std::io::Write;
use std::path::Path;

/// Writes `text` to `path` through a temporary file beside it (a failure leaves any old
/// file as it was); `bom` puts a UTF-8 byte-order mark first, so that spreadsheets show
/// names in every script.
pub fn write_atomically(path: &Path, text: impl AsRef<[u8]>, bom: bool) -> Result<(), FileError> {
    let io = |action: &'static str| {
        move |source| FileError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    };
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&tmp)?;
        if bom {
            file.write_all("\u{feff}".as_bytes())?;
        }
        file.write_all(text.as_ref())?;
        file.sync_all()
    };
    if let Err(source) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(io("could not write the file")(source));
    }
    std::fs::rename(&tmp, path).map_err(|source| {
        let _ = std::fs::remove_file(&tmp);
        io("could not put the file in place")(source)
    })
}
