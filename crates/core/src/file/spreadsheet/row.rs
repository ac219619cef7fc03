//! One spreadsheet row read through a column mapping: its values and, per cell, what was
//! read and what could not be.

use super::field::Field;
use super::values::{
    Unreadable, group_thousands, parse_count, parse_country, parse_email, parse_handle,
    parse_platform, parse_rate, parse_text, split_niches, unreadable,
};
use crate::model::{Handle, Platform};

/// One cell of a row as the importer reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewCell {
    /// The field of its column.
    pub field: Field,
    /// The cell as written in the file.
    pub raw: String,
    /// The value as it will be imported, written for people (`475,800,000`, `1.39%`,
    /// `Dancing · Lipsyncing`); `unknown` when the cell says so (`N/A`, `NaN%`, or `0`
    /// followers/likes), empty when the cell is empty or the column is ignored.
    pub value: String,
    /// Why the cell cannot be read, when it cannot; it is then left empty. In English:
    /// `problem_text` in English.
    pub problem: Option<String>,
    /// Why the cell cannot be read, in words of any language.
    pub problem_text: Option<crate::i18n::Text>,
}

impl PreviewCell {
    /// Why the cell cannot be read (and is left empty), in `lang`.
    pub fn problem_in(&self, lang: crate::i18n::Lang) -> Option<String> {
        match &self.problem_text {
            Some(text) => Some(text.render(lang)),
            None => self.problem.clone(),
        }
    }
}

/// The values of one row, ready to be merged into an influencer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RowValues {
    /// The line of the file the row begins on.
    pub line: usize,
    /// The name cell.
    pub name: Option<String>,
    /// The handle cell, without `@`.
    pub handle: Option<String>,
    /// The row's platform, or the import's.
    pub platform: Platform,
    /// Followers of the handle.
    pub followers: Option<u64>,
    /// Engagement rate in percent.
    pub engagement_rate: Option<f32>,
    /// Average likes.
    pub avg_likes: Option<u64>,
    /// Average comments per post.
    pub avg_comments: Option<u64>,
    /// Country as written.
    pub country: Option<String>,
    /// Niches, in order, without duplicates.
    pub niches: Vec<String>,
    /// Email.
    pub email: Option<String>,
    /// Notes (several notes columns joined by line breaks).
    pub notes: Option<String>,
    /// Further handles.
    pub other_handles: Vec<Handle>,
    /// Every cell as read, in column order.
    pub cells: Vec<PreviewCell>,
}

impl RowValues {
    /// The name the influencer gets: the name cell, or else the handle.
    pub fn display_name(&self) -> Option<&str> {
        self.name.as_deref().or(self.handle.as_deref())
    }

    /// The cells that could not be read: (column index, raw value).
    pub fn unreadable(&self) -> impl Iterator<Item = (usize, &PreviewCell)> {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| c.problem.is_some())
    }
}

/// Reads `Platform @handle (followers)` entries separated by `;` or line breaks, as the
/// roster export writes further handles.
pub(crate) fn parse_other_handles(cell: &str) -> Result<Vec<Handle>, Unreadable> {
    let mut handles = Vec::new();
    for entry in cell
        .split([';', '\n'])
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        let bad = || unreadable("imp-cell-not-a-handle", entry);
        let (platform, rest) = entry.split_once(char::is_whitespace).ok_or_else(bad)?;
        let platform = parse_platform(platform)
            .map_err(|_| bad())?
            .ok_or_else(bad)?;
        let rest = rest.trim();
        let (handle, followers) = match rest.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
            Some((handle, count)) => (handle, parse_count(count).map_err(|_| bad())?),
            None => (rest, None),
        };
        let handle = parse_handle(handle).ok_or_else(bad)?;
        handles.push(Handle {
            platform,
            handle,
            url: String::new(),
            followers: followers.unwrap_or(0),
        });
    }
    Ok(handles)
}

/// The value a preview cell holds when the cell is written but says nothing is known
/// (`n/a`, `-`, `0` followers): the app shows it in its own words.
pub const UNKNOWN: &str = "unknown";

/// The text shown for a read value: the value, [`UNKNOWN`] when a written cell says
/// nothing is known, or empty for an empty cell.
fn shown(raw: &str, value: Option<String>) -> String {
    value.unwrap_or_else(|| {
        if raw.trim().is_empty() {
            String::new()
        } else {
            UNKNOWN.to_string()
        }
    })
}

/// A count of followers or likes. A bare `0` means "unknown": the Kaggle data set (and
/// other scraped tables) write 0 where nothing was measured, and no one worth importing
/// has zero followers or zero likes per post.
fn count(raw: &str) -> Result<Option<u64>, Unreadable> {
    parse_count(raw).map(|c| c.filter(|&n| n > 0))
}

/// Keeps the first value of a field met in a row (when several columns map to it).
fn first<T>(slot: &mut Option<T>, value: Option<T>) {
    if slot.is_none() {
        *slot = value;
    }
}

/// Reads one row through a mapping. Columns without a mapping entry are ignored; rows
/// without a platform cell get `platform`.
pub(crate) fn read_row(
    row: &[String],
    line: usize,
    mapping: &[Field],
    platform: Platform,
) -> RowValues {
    let mut values = RowValues {
        line,
        name: None,
        handle: None,
        platform,
        followers: None,
        engagement_rate: None,
        avg_likes: None,
        avg_comments: None,
        country: None,
        niches: Vec::new(),
        email: None,
        notes: None,
        other_handles: Vec::new(),
        cells: Vec::with_capacity(row.len()),
    };
    let mut row_platform = None;
    for (i, raw) in row.iter().enumerate() {
        let field = mapping.get(i).copied().unwrap_or(Field::Ignore);
        let (value, problem): (String, Option<Unreadable>) = match field {
            Field::Ignore => (String::new(), None),
            Field::Name => {
                let v = parse_text(raw);
                first(&mut values.name, v.clone());
                (shown(raw, v), None)
            }
            Field::Handle => {
                let v = parse_handle(raw);
                first(&mut values.handle, v.clone());
                (shown(raw, v.map(|h| format!("@{h}"))), None)
            }
            Field::Country => {
                let v = parse_country(raw);
                first(&mut values.country, v.clone());
                (shown(raw, v), None)
            }
            Field::Notes => {
                let v = parse_text(raw);
                if let Some(note) = &v {
                    values.notes = Some(match values.notes.take() {
                        Some(before) => format!("{before}\n{note}"),
                        None => note.clone(),
                    });
                }
                (shown(raw, v), None)
            }
            Field::Niche => {
                let niches = split_niches(raw);
                let text = (!niches.is_empty()).then(|| niches.join(" · "));
                for niche in niches {
                    if !values.niches.iter().any(|n| n.eq_ignore_ascii_case(&niche)) {
                        values.niches.push(niche);
                    }
                }
                (shown(raw, text), None)
            }
            Field::Platform => match parse_platform(raw) {
                Ok(v) => {
                    first(&mut row_platform, v);
                    (shown(raw, v.map(|p| p.label().to_string())), None)
                }
                Err(e) => (String::new(), Some(e)),
            },
            Field::Followers | Field::AvgLikes | Field::AvgComments => match count(raw) {
                Ok(v) => {
                    let slot = match field {
                        Field::Followers => &mut values.followers,
                        Field::AvgLikes => &mut values.avg_likes,
                        _ => &mut values.avg_comments,
                    };
                    first(slot, v);
                    (shown(raw, v.map(group_thousands)), None)
                }
                Err(e) => (String::new(), Some(e)),
            },
            Field::EngagementRate => match parse_rate(raw) {
                Ok(v) => {
                    first(&mut values.engagement_rate, v);
                    (shown(raw, v.map(|r| format!("{r}%"))), None)
                }
                Err(e) => (String::new(), Some(e)),
            },
            Field::Email => match parse_email(raw) {
                Ok(v) => {
                    first(&mut values.email, v.clone());
                    (shown(raw, v), None)
                }
                Err(e) => (String::new(), Some(e)),
            },
            Field::OtherHandles => match parse_other_handles(raw) {
                Ok(handles) => {
                    let text = handles
                        .iter()
                        .map(|h| format!("{} @{}", h.platform.label(), h.handle))
                        .collect::<Vec<_>>()
                        .join("; ");
                    values.other_handles.extend(handles);
                    (text, None)
                }
                Err(e) => (String::new(), Some(e)),
            },
        };
        let problem_text =
            problem.map(|p| crate::i18n::Text::new("imp-cell-left-empty").arg("problem", p.0));
        values.cells.push(PreviewCell {
            field,
            raw: raw.clone(),
            value,
            problem: problem_text.as_ref().map(crate::i18n::Text::en),
            problem_text,
        });
    }
    if let Some(p) = row_platform {
        values.platform = p;
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_handles_read_back() {
        let handles = parse_other_handles("TikTok @ana (120,000); YouTube @Ana Lima").expect("ok");
        assert_eq!(handles.len(), 2);
        assert_eq!(handles[0].platform, Platform::TikTok);
        assert_eq!(handles[0].followers, 120_000);
        assert_eq!(handles[1].handle, "Ana Lima");
        assert_eq!(handles[1].followers, 0);
        assert!(parse_other_handles("Myspace @ana").is_err());
        assert!(parse_other_handles("TikTok @ana (lots)").is_err());
    }
}
