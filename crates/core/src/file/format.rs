//! The project file format: RON, beginning with a format name and a version.

mod words;

use super::error::FileError;
use crate::i18n::Text;
use crate::model::{Campaign, CostLine, Deliverable, Influencer, PlanChange, Project, ProjectInfo};
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The format name every project file begins with.
pub const FORMAT_NAME: &str = "rapport";
/// The newest format version this build reads and the one it writes.
pub const CURRENT_VERSION: u32 = 1;

/// The first lines of every saved file.
const PREAMBLE: &str = "// Rapport project file. How to read and edit it: README, \"The project file\".\n\
// Plain UTF-8 RON: dates are YYYY-MM-DD, amounts are exact decimal strings.\n";

/// How a file is written.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    info: &'a ProjectInfo,
    influencers: &'a [Influencer],
    campaigns: &'a [Campaign],
    deliverables: &'a [Deliverable],
    cost_lines: &'a [CostLine],
    plan_changes: &'a [PlanChange],
}

/// How a version-1 file is read.
#[derive(Deserialize)]
struct FileV1 {
    format: String,
    version: u32,
    info: ProjectInfo,
    #[serde(default)]
    influencers: Vec<Influencer>,
    #[serde(default)]
    campaigns: Vec<Campaign>,
    #[serde(default)]
    deliverables: Vec<Deliverable>,
    #[serde(default)]
    cost_lines: Vec<CostLine>,
    #[serde(default)]
    plan_changes: Vec<PlanChange>,
}

/// Only the head of a file, to learn its format and version before reading the rest.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: String,
    /// Zero when missing.
    #[serde(default)]
    version: u32,
}

/// Writes a project as the text of a project file. The same project always gives the
/// same bytes.
pub fn to_text(project: &Project) -> Result<String, FileError> {
    let out = FileOut {
        format: FORMAT_NAME,
        version: CURRENT_VERSION,
        info: &project.info,
        influencers: &project.influencers,
        campaigns: &project.campaigns,
        deliverables: &project.deliverables,
        cost_lines: &project.cost_lines,
        plan_changes: &project.plan_changes,
    };
    let config = PrettyConfig::new()
        .indentor(" ")
        .depth_limit(4)
        .struct_names(false)
        .separate_tuple_members(false);
    let body =
        ron::ser::to_string_pretty(&out, config).map_err(|e| FileError::Encode(e.to_string()))?;
    Ok(format!("{PREAMBLE}{body}\n"))
}

/// Where a file ends with a `(` or `[` still open (strings and comments skipped), or
/// `None` when every bracket is closed.
fn unclosed_end(text: &str) -> Option<(usize, usize)> {
    let mut depth: i64 = 0;
    let mut chars = text.chars().peekable();
    let (mut in_string, mut escaped) = (false, false);
    while let Some(c) = chars.next() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    (depth > 0 || in_string).then(|| {
        let line = text.matches('\n').count() + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    })
}

fn syntax(path: &Path, text: &str, error: &ron::error::SpannedError) -> FileError {
    if let Some((line, column)) = unclosed_end(text) {
        return FileError::syntax(path, line, column, Text::new("imp-syntax-cut-off"));
    }
    let line = error.span.start.line;
    let cause = words::plain_cause(&error.code);
    let words = match record_name(text, line) {
        Some(name) => Text::new("imp-syntax-in-record")
            .arg("cause", cause)
            .arg("name", name),
        None => cause,
    };
    FileError::syntax(path, line, error.span.start.col, words)
}

/// The name or title of the record the error on `line` (from 1) is in, as Rapport writes
/// records (one field per line): the nearest `name:` or `title:` of that record, never
/// one of another record. `None` when there is none to tell.
fn record_name(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let at = line.checked_sub(1).filter(|&at| at < lines.len())?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let named = |l: &str| {
        let t = l.trim_start();
        let rest = t
            .strip_prefix("name: \"")
            .or_else(|| t.strip_prefix("title: \""))?;
        let mut escaped = false;
        let end = rest.char_indices().find(|&(_, c)| {
            let closes = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            closes
        })?;
        let name = &rest[..end.0];
        (!name.trim().is_empty()).then(|| name.chars().take(60).collect::<String>())
    };
    let deepest = indent(lines[at]);
    for i in (0..=at).rev() {
        let l = lines[i];
        let t = l.trim_start();
        if t.starts_with('(') {
            // A record on one line: with one id, its own name (if any); with none, a small
            // record (a contact, a handle) that belongs to the one around it.
            if i == at {
                match l.matches("id: \"").count() {
                    0 => continue,
                    1 => {
                        // The name after the id: the record's own, not its container's.
                        let rest = l.find("id: \"").map_or("", |at| &l[at..]);
                        return ["name: \"", "title: \""]
                            .iter()
                            .find_map(|key| rest.find(key).map(|k| &rest[k..]))
                            .and_then(named);
                    }
                    _ => return None,
                }
            }
            // The opening of the record the error is in: its name may come after the error.
            if indent(l) < deepest {
                let own = indent(l);
                return lines
                    .iter()
                    .skip(i + 1)
                    .take(80)
                    .take_while(|l| indent(l) > own)
                    .filter(|l| indent(l) == own + 1)
                    .find_map(|l| named(l));
            }
            // Another record beside this one: not ours to name.
            return None;
        }
        // The project's own top-level fields: no record is around the error.
        if i < at && indent(l) <= 1 {
            return None;
        }
        if indent(l) <= deepest
            && let Some(name) = named(l)
        {
            return Some(name);
        }
    }
    None
}

/// Refuses files of another kind, without a version, or of a newer version.
fn check_header(format: &str, version: u32, path: &Path) -> Result<(), FileError> {
    if format != FORMAT_NAME {
        return Err(FileError::NotAProject {
            path: path.to_path_buf(),
        });
    }
    if version == 0 {
        let words = Text::new("imp-syntax-no-version");
        return Err(FileError::syntax(path, 1, 1, words));
    }
    if version > CURRENT_VERSION {
        return Err(FileError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    Ok(())
}

/// Reads the text of a project file (from `path`, named in errors), migrating older
/// versions and refusing newer ones. The text is parsed once; only when that fails is the
/// head read on its own, so that a newer or foreign file says so rather than where it
/// stopped parsing.
pub fn from_text(text: &str, path: &Path) -> Result<Project, FileError> {
    read_text(text, path).map(|read| read.project)
}

/// A project read from text, with the fields of the file this version does not know.
#[derive(Debug)]
pub struct ReadProject {
    /// The project.
    pub project: Project,
    /// Where the file has fields this version does not know (from a newer Rapport, or
    /// added by hand), such as `influencers.3.tiktok_shop`: saving would drop them.
    pub unknown: Vec<String>,
}

/// Parses a project, file text to records, noting the fields it does not know.
fn parse(text: &str) -> Result<(FileV1, Vec<String>), ron::error::SpannedError> {
    let mut deserializer = ron::Deserializer::from_str(text)?;
    let mut unknown = Vec::new();
    let file: FileV1 = serde_ignored::deserialize(&mut deserializer, |path| {
        unknown.push(path.to_string());
    })
    .map_err(|e| deserializer.span_error(e))?;
    deserializer.end().map_err(|e| deserializer.span_error(e))?;
    Ok((file, unknown))
}

/// Like [`from_text`], and also lists the fields the file has that this version does not
/// know (see [`ReadProject::unknown`]).
pub fn read_text(text: &str, path: &Path) -> Result<ReadProject, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match parse(text) {
        // Version 1 is the first format; older versions would be migrated here, step by step.
        Ok((file, unknown)) => {
            check_header(&file.format, file.version, path)?;
            Ok(ReadProject {
                project: Project {
                    info: file.info,
                    influencers: file.influencers,
                    campaigns: file.campaigns,
                    deliverables: file.deliverables,
                    cost_lines: file.cost_lines,
                    plan_changes: file.plan_changes,
                },
                unknown,
            })
        }
        Err(error) => {
            if let Ok(header) = ron::from_str::<Header>(text) {
                check_header(&header.format, header.version, path)?;
            }
            Err(syntax(path, text, &error))
        }
    }
}

/// The format version a file's text declares in its head (the first top-level
/// `version:`), found without parsing the whole file; used to refuse overwriting a file
/// made by a newer Rapport.
pub fn declared_version(text: &str) -> Option<u32> {
    let mut depth = 0;
    let mut rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("//") {
            rest = rest.find('\n').map_or("", |end| &rest[end..]);
            continue;
        }
        if c == '"' {
            let body = &rest[1..];
            let mut escaped = false;
            let end = body.char_indices().find(|&(_, ch)| {
                let closes = ch == '"' && !escaped;
                escaped = ch == '\\' && !escaped;
                closes
            });
            rest = end.map_or("", |(i, _)| &body[i + 1..]);
            continue;
        }
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
        if depth == 1 && rest.starts_with("version") {
            let after = rest["version".len()..].trim_start();
            if let Some(value) = after.strip_prefix(':') {
                let digits: String = value
                    .trim_start()
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                return digits.parse().ok().filter(|v| *v > 0);
            }
        }
        rest = &rest[c.len_utf8()..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_version_is_found_without_parsing_everything() {
        let text = "// version: 9 in a comment does not count\n(\n format: \"rapport\",\n note: \"version: 8\",\n info: (version: 7),\n version: 3,\n broken: [[[\n";
        assert_eq!(declared_version(text), Some(3));
        assert_eq!(declared_version("(format: \"rapport\")"), None);
        assert_eq!(declared_version(""), None);
    }

    #[test]
    fn an_error_names_its_own_record_never_a_neighbour() {
        let text = "(\n influencers: [\n  (\n   id: \"inf-1\",\n   name: \"Ana\",\n   contacts: [\n    (date: \"x\"),\n   ],\n  ),\n  (\n   id: 42,\n   name: \"Bo \\\"B\\\" Lee\",\n  ),\n ],\n)\n";
        // Line 7 is Ana's contact; line 11 is Bo's id, before his name.
        assert_eq!(record_name(text, 7).as_deref(), Some("Ana"));
        assert_eq!(record_name(text, 11).as_deref(), Some("Bo \\\"B\\\" Lee"));
        assert_eq!(record_name(text, 1), None);
        assert_eq!(record_name("(a: 1, b: 2)", 1), None);
        assert_eq!(record_name(text, 999), None);
        // A one-line record in a top-level list is not named after the project's info.
        let listed = "(\n info: (\n  name: \"Lumen\",\n ),\n cost_lines: [\n  (id: \"c-1\", amount: 5),\n  (id: \"c-2\", description: \"x\", title: \"Fee\", amount: 5),\n ],\n)\n";
        assert_eq!(record_name(listed, 6), None);
        assert_eq!(record_name(listed, 7).as_deref(), Some("Fee"));
    }
}
