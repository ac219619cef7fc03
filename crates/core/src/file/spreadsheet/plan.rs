//! Turning a spreadsheet into one undoable edit of the roster, with a report.

use super::error::ImportError;
use super::field::Field;
use super::preview::no_name;
use super::report::ImportReport;
use super::row::{RowValues, read_row};
use super::table::CsvTable;
use super::values::group_thousands;
use crate::fast::HashMap;
use crate::i18n::Text;
use crate::model::{Edit, Handle, Influencer, Platform, Project, Record};

/// What importing a spreadsheet would do: one edit and its report.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    /// An [`Edit::Batch`] of [`Edit::Put`]s of influencers, added or updated: applied (or
    /// given to the undo history) as one step. Empty when nothing changes.
    pub edit: Edit,
    /// What the edit does, in plain words.
    pub report: ImportReport,
}

/// Refuses a mapping that has neither a name nor a handle column: no row could become
/// an influencer.
pub fn check_mapping(table: &CsvTable, mapping: &[Field]) -> Result<(), ImportError> {
    if mapping.contains(&Field::Name) || mapping.contains(&Field::Handle) {
        Ok(())
    } else {
        Err(ImportError::NoNameOrHandle {
            headers: table.headers.clone(),
        })
    }
}

/// How handles are compared: per platform, without case and without `@`.
type HandleKey = (Platform, String);

fn key(platform: Platform, handle: &str) -> HandleKey {
    (
        platform,
        handle.trim().trim_start_matches('@').trim().to_lowercase(),
    )
}

fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// One influencer the import touches: as it will be, and as it was (when it exists).
struct Slot {
    influencer: Influencer,
    original: Option<Influencer>,
    first_line: usize,
}

/// Where a row's influencer is.
enum Found {
    /// Touched by an earlier row of the file.
    Slot(usize),
    /// In the project, not touched yet.
    Project(usize),
}

/// Plans importing `table` into `project` through `mapping` (one field per column), with
/// `platform` for rows that do not name one. Nothing is changed: apply
/// [`ImportPlan::edit`] to import.
///
/// - A row whose handle (or one of its other handles) is already in the project — same
///   platform, same handle without case and `@` — updates that influencer; a row without
///   any handle updates the one influencer with exactly its name (without case), if there
///   is exactly one. Other rows add an influencer, named by the handle when there is no
///   name. Rows with neither a name nor a handle are skipped.
/// - Updating changes only what the row says: empty and unreadable cells change nothing;
///   niches are replaced by the row's; notes are added below existing notes unless
///   already there; id, stage, contacts, rates and everything else are kept.
/// - A row for an influencer met earlier in the file updates it in the same way, and is
///   listed in [`ImportReport::repeated`].
/// - Values that cannot be read are left empty and listed, never guessed.
pub fn plan_import(
    project: &Project,
    table: &CsvTable,
    mapping: &[Field],
    platform: Platform,
) -> ImportPlan {
    let mut report = ImportReport::default();
    let mut project_by_handle: HashMap<HandleKey, usize> = HashMap::default();
    let mut project_by_name: HashMap<String, Option<usize>> = HashMap::default();
    for (index, influencer) in project.influencers.iter().enumerate() {
        for handle in &influencer.handles {
            project_by_handle
                .entry(key(handle.platform, &handle.handle))
                .or_insert(index);
        }
        project_by_name
            .entry(name_key(&influencer.name))
            .and_modify(|unique| *unique = None)
            .or_insert(Some(index));
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut slot_by_handle: HashMap<HandleKey, usize> = HashMap::default();
    let mut slot_by_name: HashMap<String, usize> = HashMap::default();
    let mut slot_of_project: HashMap<usize, usize> = HashMap::default();

    for (i, row) in table.rows.iter().enumerate() {
        let values = read_row(row, table.line_of(i), mapping, platform);
        let line = values.line;
        for (column, cell) in values.unreadable() {
            let header = table.headers.get(column).cloned().unwrap_or_default();
            report
                .unreadable
                .push((line, header, cell.raw.trim().to_string()));
        }
        let Some(display) = values.display_name().map(str::to_string) else {
            report.skip(line, no_name());
            continue;
        };
        let mut keys: Vec<HandleKey> = Vec::new();
        if let Some(handle) = &values.handle {
            keys.push(key(values.platform, handle));
        }
        keys.extend(
            values
                .other_handles
                .iter()
                .map(|h| key(h.platform, &h.handle)),
        );
        let found = if keys.is_empty() {
            let name = name_key(&display);
            match slot_by_name.get(&name) {
                Some(&s) => Some(Found::Slot(s)),
                None => project_by_name
                    .get(&name)
                    .copied()
                    .flatten()
                    .map(Found::Project),
            }
        } else {
            match keys.iter().find_map(|k| slot_by_handle.get(k)) {
                Some(&s) => Some(Found::Slot(s)),
                None => keys
                    .iter()
                    .find_map(|k| project_by_handle.get(k))
                    .map(|&p| Found::Project(p)),
            }
        };
        let who = match &values.handle {
            Some(handle) => format!("@{handle} ({})", values.platform.label()),
            None => display.clone(),
        };
        let slot = match found {
            Some(Found::Slot(s)) => {
                report.repeated.push((line, slots[s].first_line, who));
                s
            }
            Some(Found::Project(p)) => match slot_of_project.get(&p) {
                Some(&s) => {
                    report.repeated.push((line, slots[s].first_line, who));
                    s
                }
                None => {
                    let existing = project.influencers[p].clone();
                    slots.push(Slot {
                        influencer: existing.clone(),
                        original: Some(existing),
                        first_line: line,
                    });
                    slot_of_project.insert(p, slots.len() - 1);
                    slots.len() - 1
                }
            },
            None => {
                slots.push(Slot {
                    influencer: Influencer::new(&display),
                    original: None,
                    first_line: line,
                });
                slots.len() - 1
            }
        };
        let influencer = &mut slots[slot].influencer;
        merge(influencer, &values, &mut report);
        for handle in &influencer.handles {
            slot_by_handle.insert(key(handle.platform, &handle.handle), slot);
        }
        slot_by_name.insert(name_key(&influencer.name), slot);
    }

    let mut edits = Vec::new();
    for slot in slots {
        let name = slot.influencer.name.clone();
        match &slot.original {
            None => report.added.push(name),
            Some(before) if *before == slot.influencer => {
                report.unchanged.push(name);
                continue;
            }
            Some(_) => report.updated.push(name),
        }
        edits.push(Edit::Put(Record::Influencer(slot.influencer)));
    }
    ImportPlan {
        edit: Edit::Batch(edits),
        report,
    }
}

/// Puts a row's values into an influencer: only what the row says changes.
fn merge(influencer: &mut Influencer, values: &RowValues, report: &mut ImportReport) {
    if let Some(name) = &values.name {
        influencer.name = name.clone();
    }
    if let Some(handle) = &values.handle {
        let wanted = key(values.platform, handle);
        let index = match influencer
            .handles
            .iter()
            .position(|h| key(h.platform, &h.handle) == wanted)
        {
            Some(index) => index,
            None => {
                influencer
                    .handles
                    .push(new_handle(values.platform, handle, "", 0));
                influencer.handles.len() - 1
            }
        };
        if let Some(followers) = values.followers {
            influencer.handles[index].followers = followers;
        }
    } else if let Some(followers) = values.followers {
        match influencer
            .handles
            .iter_mut()
            .find(|h| h.platform == values.platform)
        {
            Some(handle) => handle.followers = followers,
            None => report.note(
                values.line,
                Text::new("imp-note-followers")
                    .arg("followers", group_thousands(followers))
                    .arg("platform", values.platform.term()),
            ),
        }
    }
    for other in &values.other_handles {
        let wanted = key(other.platform, &other.handle);
        match influencer
            .handles
            .iter_mut()
            .find(|h| key(h.platform, &h.handle) == wanted)
        {
            Some(handle) if other.followers > 0 => handle.followers = other.followers,
            Some(_) => {}
            None => influencer.handles.push(new_handle(
                other.platform,
                &other.handle,
                &other.url,
                other.followers,
            )),
        }
    }
    if values.engagement_rate.is_some() {
        influencer.engagement_rate = values.engagement_rate;
    }
    if values.avg_likes.is_some() {
        influencer.avg_likes = values.avg_likes;
    }
    if values.avg_comments.is_some() {
        influencer.avg_comments = values.avg_comments;
    }
    if let Some(country) = &values.country {
        if !super::values::is_country_code(country) {
            report.note(
                values.line,
                Text::new("imp-note-country").arg("country", country),
            );
        }
        influencer.country = country.clone();
    }
    if let Some(email) = &values.email {
        influencer.email = email.clone();
    }
    if !values.niches.is_empty() {
        influencer.niches = values.niches.clone();
    }
    if let Some(note) = &values.notes {
        if influencer.notes.is_empty() {
            influencer.notes = note.clone();
        } else if !influencer.notes.contains(note.as_str()) {
            influencer.notes.push_str("\n\n");
            influencer.notes.push_str(note);
        }
    }
}

/// A handle new to the roster, with the profile's address where it follows from the
/// handle (a handle already there keeps its link, or its lack of one).
fn new_handle(platform: Platform, handle: &str, url: &str, followers: u64) -> Handle {
    Handle {
        platform,
        handle: handle.to_string(),
        url: if url.trim().is_empty() {
            platform.profile_url(handle).unwrap_or_default()
        } else {
            url.to_string()
        },
        followers,
    }
}
