//! The project file format: RON, beginning with a format name and a version.

use super::error::FileError;
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
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
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
        return FileError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            cause: "the file ends too early: something opened with ( or [ or a quote is never closed (was the file cut off?)".to_string(),
        };
    }
    FileError::Syntax {
        path: path.to_path_buf(),
        line: error.span.start.line,
        column: error.span.start.col,
        cause: plain_cause(&error.code),
    }
}

/// The RON error in words a campaign manager can act on.
fn plain_cause(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early (something is not closed)".to_string(),
        E::ExpectedDifferentLength { expected, found } => {
            format!("expected {expected}, found {found} items")
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("{outer} is missing the field \"{field}\""),
            None => format!("the field \"{field}\" is missing"),
        },
        E::NoSuchEnumVariant {
            found, expected, ..
        } => format!(
            "\"{found}\" is not one of the allowed values ({})",
            expected.join(", ")
        ),
        E::ExceededRecursionLimit => "the file is nested too deeply".to_string(),
        other => other.to_string(),
    }
}

/// Reads the text of a project file (from `path`, named in errors), migrating older
/// versions and refusing newer ones.
pub fn from_text(text: &str, path: &Path) -> Result<Project, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = ron::from_str(text).map_err(|e| syntax(path, text, &e))?;
    if header.format != FORMAT_NAME {
        return Err(FileError::NotAProject {
            path: path.to_path_buf(),
        });
    }
    let version = header.version;
    if version == 0 {
        return Err(FileError::Syntax {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            cause: "the file has no format version (write version: 1 after the format)".to_string(),
        });
    }
    if version > CURRENT_VERSION {
        return Err(FileError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    // Version 1 is the first format; older versions would be migrated here, step by step.
    let file: FileV1 = ron::from_str(text).map_err(|e| syntax(path, text, &e))?;
    Ok(Project {
        info: file.info,
        influencers: file.influencers,
        campaigns: file.campaigns,
        deliverables: file.deliverables,
        cost_lines: file.cost_lines,
        plan_changes: file.plan_changes,
    })
}

/// The format version a file's text declares, if it can be read (used to refuse
/// overwriting a newer file).
pub fn declared_version(text: &str) -> Option<u32> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron::from_str::<Header>(text)
        .ok()
        .map(|h| h.version)
        .filter(|v| *v > 0)
}
