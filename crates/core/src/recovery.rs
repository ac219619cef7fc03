//! Recovery files: while a project has unsaved changes, the app writes it every so often
//! to a file of its own in the app's data folder, never over the user's file. After a
//! crash, the next start offers each recovery file of a process that no longer runs.
//!
//! A recovery file is an ordinary project file whose first line is a comment naming the
//! file it is a recovery of, so it opens in Rapport (and reads in a text editor) like any
//! project. Its name ends in the process id that wrote it: `NAME-HASH-PID.rapport.ron`.

use crate::file::{self, disk::process_running};
use crate::model::Project;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The first line of a recovery file, before the original's path in quotes.
const HEAD: &str = "// Rapport recovery of ";
/// Written in place of a path for a project never saved.
const UNTITLED: &str = "(a project not saved yet)";

/// The folder recovery files are kept in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    dir: PathBuf,
}

/// One recovery file found in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryFile {
    /// The recovery file itself.
    pub path: PathBuf,
    /// The project file it is a recovery of; `None` for a project never saved.
    pub original: Option<PathBuf>,
    /// When it was written.
    pub written: Option<SystemTime>,
    /// Its size in bytes.
    pub size: u64,
    /// The process that wrote it.
    pub pid: u32,
    /// That process still runs (another open window): not a crash to recover from.
    pub running: bool,
}

impl RecoveryFile {
    /// The original's file name, or "Untitled".
    pub fn name(&self) -> String {
        self.name_in(crate::i18n::Lang::En)
    }

    /// The original's file name, or "Untitled" / "未命名" in `lang`.
    pub fn name_in(&self, lang: crate::i18n::Lang) -> String {
        self.original
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || crate::i18n::text(lang, "doc-untitled"),
                |n| n.to_string_lossy().into_owned(),
            )
    }
}

/// The app's data folder: `$XDG_DATA_HOME/rapport` (`~/.local/share/rapport`) on Linux,
/// `~/Library/Application Support/Rapport` on macOS, `%APPDATA%\Rapport` on Windows.
/// `None` when no home folder is known.
pub fn app_data_dir() -> Option<PathBuf> {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(windows) {
        return env("APPDATA").map(|d| d.join("Rapport"));
    }
    if cfg!(target_os = "macos") {
        return env("HOME").map(|h| h.join("Library/Application Support/Rapport"));
    }
    env("XDG_DATA_HOME")
        .or_else(|| env("HOME").map(|h| h.join(".local/share")))
        .map(|d| d.join("rapport"))
}

impl Recovery {
    /// Recovery files in `dir` (created when first written).
    pub fn new(dir: PathBuf) -> Self {
        Recovery { dir }
    }

    /// The folder: `RAPPORT_RECOVERY_DIR` when set; else the app's data folder
    /// (`$XDG_DATA_HOME/rapport/recovery`, `~/.local/share/rapport/recovery` on Linux,
    /// `~/Library/Application Support/Rapport/recovery` on macOS, `%APPDATA%\Rapport\recovery`
    /// on Windows). `None` when no home folder is known.
    pub fn default_dir() -> Option<PathBuf> {
        let env = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        if let Some(dir) = env("RAPPORT_RECOVERY_DIR") {
            return Some(dir);
        }
        app_data_dir().map(|d| d.join("recovery"))
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The recovery file process `pid` writes for `original` (a project never saved:
    /// `None`).
    pub fn file_for(&self, original: Option<&Path>, pid: u32) -> PathBuf {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        original.hash(&mut hasher);
        let stem = original.and_then(|p| p.file_name()).map_or_else(
            || "untitled".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let stem: String = stem
            .trim_end_matches(".rapport.ron")
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .take(40)
            .collect();
        self.dir
            .join(format!("{stem}-{:016x}-{pid}.rapport.ron", hasher.finish()))
    }

    /// Writes `project` as the recovery file `target` of `original`: to a temporary file
    /// first, renamed into place, so a crash while writing leaves the previous one whole.
    pub fn write(
        &self,
        target: &Path,
        original: Option<&Path>,
        project: &Project,
    ) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let text = file::to_text(project).map_err(io::Error::other)?;
        let named = original.map_or_else(
            || UNTITLED.to_string(),
            |p| serde_json::to_string(&p.to_string_lossy()).unwrap_or_default(),
        );
        let tmp = target.with_extension("tmp");
        let mut out = fs::File::create(&tmp)?;
        writeln!(out, "{HEAD}{named}")?;
        out.write_all(text.as_bytes())?;
        out.sync_all()?;
        fs::rename(&tmp, target)
    }

    /// Every recovery file in the folder, newest first.
    pub fn list(&self) -> Vec<RecoveryFile> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<RecoveryFile> = entries
            .flatten()
            .filter_map(|entry| {
                let path = entry.path();
                let name = path.file_name()?.to_str()?;
                let pid = name
                    .strip_suffix(".rapport.ron")?
                    .rsplit('-')
                    .next()?
                    .parse::<u32>()
                    .ok()?;
                let meta = entry.metadata().ok()?;
                Some(RecoveryFile {
                    original: original_of(&path),
                    written: meta.modified().ok(),
                    size: meta.len(),
                    running: pid == std::process::id() || process_running(pid),
                    pid,
                    path,
                })
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.written));
        found
    }

    /// The recovery files left by processes that no longer run: work to offer back.
    pub fn left_behind(&self) -> Vec<RecoveryFile> {
        self.list().into_iter().filter(|f| !f.running).collect()
    }
}

/// The original a recovery file names on its first line.
fn original_of(path: &Path) -> Option<PathBuf> {
    use io::BufRead;
    let mut first = String::new();
    io::BufReader::new(fs::File::open(path).ok()?)
        .take(64 * 1024)
        .read_line(&mut first)
        .ok()?;
    let named = first.trim_end().strip_prefix(HEAD)?;
    serde_json::from_str::<String>(named)
        .ok()
        .map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_file_names_its_original_opens_as_a_project_and_is_listed() {
        let dir =
            std::env::temp_dir().join(format!("rapport-recovery-unit-{}", std::process::id()));
        let store = Recovery::new(dir.clone());
        let original = Path::new("/work/Spring \"launch\"\n.rapport.ron");
        let mut project = Project::new();
        project.info.name = "Spring".into();
        let target = store.file_for(Some(original), 4_194_305);
        assert!(store.write(&target, Some(original), &project).is_ok());
        let listed = store.list();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].original.as_deref(), Some(original));
        assert_eq!(listed[0].pid, 4_194_305);
        assert!(!listed[0].running, "no such process");
        assert_eq!(store.left_behind().len(), 1);
        let reopened = file::open(&target).map(|o| o.project.info.name);
        assert_eq!(reopened.ok().as_deref(), Some("Spring"));
        let untitled = store.file_for(None, std::process::id());
        assert!(store.write(&untitled, None, &project).is_ok());
        assert_eq!(store.left_behind().len(), 1, "our own is not left behind");
        let _ = fs::remove_dir_all(&dir);
    }
}
