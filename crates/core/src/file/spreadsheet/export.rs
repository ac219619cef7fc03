//! The roster as a CSV file that spreadsheets open and that imports back unchanged.

use super::values::needs_guard;
use crate::file::FileError;
use crate::model::{Influencer, Project};
use std::path::Path;

/// The header row of the roster export, one column per field. Importing the file maps
/// every column back to its field.
pub const ROSTER_COLUMNS: [&str; 11] = [
    "name",
    "handle",
    "platform",
    "followers",
    "engagement rate",
    "average likes",
    "country",
    "niches",
    "email",
    "notes",
    "other handles",
];

/// Text for a cell: a `'` goes before text a spreadsheet would run as a formula (`=`,
/// `+`, `-`, `@` first); importing removes it again.
fn guarded(text: &str) -> String {
    if needs_guard(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One influencer as a row of [`ROSTER_COLUMNS`].
fn row(influencer: &Influencer) -> Vec<String> {
    let main = influencer.handles.first();
    let others: Vec<String> = influencer
        .handles
        .iter()
        .skip(1)
        .map(|h| {
            if h.followers > 0 {
                format!("{} @{} ({})", h.platform.label(), h.handle, h.followers)
            } else {
                format!("{} @{}", h.platform.label(), h.handle)
            }
        })
        .collect();
    vec![
        guarded(&influencer.name),
        main.map(|h| guarded(&h.handle)).unwrap_or_default(),
        main.map(|h| h.platform.label().to_string())
            .unwrap_or_default(),
        main.filter(|h| h.followers > 0)
            .map(|h| h.followers.to_string())
            .unwrap_or_default(),
        influencer
            .engagement_rate
            .map(|r| format!("{r}%"))
            .unwrap_or_default(),
        influencer
            .avg_likes
            .map(|n| n.to_string())
            .unwrap_or_default(),
        guarded(&influencer.country),
        guarded(&influencer.niches.join(", ")),
        guarded(&influencer.email),
        guarded(&influencer.notes),
        others.join("; "),
    ]
}

/// The roster as CSV text: a header row of [`ROSTER_COLUMNS`], then one row per
/// influencer in roster order, comma separated, CRLF line ends, quoted where needed.
///
/// The main (first) handle fills `handle`, `platform` and `followers`; further handles go
/// into `other handles` as `TikTok @ana (120000); YouTube @ana_lima` (followers in
/// brackets when known). Unknown numbers are empty cells, engagement rates end in `%`,
/// niches are joined by `, `. Importing the text back gives the same values (a niche
/// that itself contains a comma comes back as two).
pub fn roster_csv(project: &Project) -> Result<String, FileError> {
    let encode = |e: csv::Error| FileError::Encode(format!("could not write the CSV: {e}"));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(ROSTER_COLUMNS).map_err(encode)?;
    for influencer in &project.influencers {
        writer.write_record(row(influencer)).map_err(encode)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| FileError::Encode(format!("could not write the CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| FileError::Encode(e.to_string()))
}

/// Writes the roster to `path` as CSV (see [`roster_csv`]), beginning with a UTF-8
/// byte-order mark so that spreadsheets show names in every script correctly. The file is
/// written beside its place first and then renamed over it, so a failure leaves any old
/// file as it was.
pub fn export_roster(project: &Project, path: &Path) -> Result<(), FileError> {
    crate::export::write_atomically(path, roster_csv(project)?, true)
}
