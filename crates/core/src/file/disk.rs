//! Opening and saving project files safely: nothing is written to a file that failed to
//! open, saving goes through a temporary file, the previous version is kept, and a file
//! changed on disk since it was opened is not silently overwritten. A file whose name ends
//! in `.gz` is written compressed; a compressed file opens like any other.

use super::error::FileError;
use super::format::{CURRENT_VERSION, declared_version, read_text, to_text};
use crate::model::Project;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a file on disk looked like when we last read or wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl DiskStamp {
    /// The stamp of a file as it is now, or `None` when it does not exist.
    pub fn of(path: &Path) -> Option<DiskStamp> {
        let meta = fs::metadata(path).ok()?;
        Some(DiskStamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// A project read from disk, with the stamp of the file it came from.
#[derive(Debug)]
pub struct Opened {
    /// The project.
    pub project: Project,
    /// The file as it was when read.
    pub stamp: Option<DiskStamp>,
    /// Fields of the file this version does not know; saving would drop them.
    pub unknown: Vec<String>,
}

/// Reads a project file. The file is only read, never written; temporary files that an
/// interrupted save of it left behind are removed.
pub fn open(path: &Path) -> Result<Opened, FileError> {
    let stamp = DiskStamp::of(path);
    let limit = super::read::PROJECT_LIMIT;
    let bytes = super::read::read_regular(path, limit)
        .and_then(|bytes| super::read::unpack(bytes, limit))
        .map_err(|source| FileError::Io {
            path: path.to_path_buf(),
            action: "could not read the file",
            source,
        })?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let good = String::from_utf8_lossy(good);
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let words = crate::i18n::Text::new("imp-syntax-not-utf8");
            return Err(FileError::syntax(path, line, column, words));
        }
    };
    let read = read_text(&text, path)?;
    // The file itself is never written; what an interrupted save left beside it goes.
    remove_leftovers(path);
    Ok(Opened {
        project: read.project,
        stamp,
        unknown: read.unknown,
    })
}

/// The first 64 KiB of a file as text (enough to find its format and version), unpacked
/// when the file is compressed.
fn read_head(path: &Path) -> Option<String> {
    use std::io::{BufRead, Read};
    let mut file = std::io::BufReader::new(fs::File::open(path).ok()?);
    let gzip = super::read::is_gzip(file.fill_buf().ok()?);
    let mut head = Vec::new();
    if gzip {
        // A damaged file still shows what it unpacked before the damage.
        let _ = flate2::bufread::MultiGzDecoder::new(file)
            .take(64 * 1024)
            .read_to_end(&mut head);
    } else {
        file.take(64 * 1024).read_to_end(&mut head).ok()?;
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}

/// Keeps the current file as `NAME.bak`: a second name for the same bytes when the file
/// system allows it (instant, whatever the size), a copy otherwise.
fn keep_backup(path: &Path) -> std::io::Result<()> {
    let backup = backup_path(path);
    match fs::remove_file(&backup) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    if fs::hard_link(path, &backup).is_err() {
        fs::copy(path, &backup)?;
    }
    Ok(())
}

/// The temporary file a save by process `pid` writes beside `path`.
fn temp_path(path: &Path, pid: u32) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".tmp-{pid}"));
    path.with_file_name(name)
}

/// The file a path names: the target of a link (followed to the end), else the path.
fn through_link(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(target) = fs::canonicalize(path) {
        return target;
    }
    path.to_path_buf()
}

/// Removes temporary files an interrupted save of `path` left beside it: those of a
/// process that no longer runs, or older than ten minutes. A save in progress elsewhere
/// (a running process, a recent file) is left alone.
pub fn remove_leftovers(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let mut prefix = name.to_os_string();
    prefix.push(".tmp-");
    let prefix = prefix.to_string_lossy().into_owned();
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        let running = process_running(pid);
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 600);
        if !running || old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// True when process `pid` runs, as far as this system tells: where processes cannot be
/// looked up (no `/proc`), every process is taken to run.
pub fn process_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

/// The path of the backup kept beside a file (`NAME.rapport.ron.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves a project to `path`: writes a temporary file beside it, keeps the previous
/// version as a backup, and renames the new file into place.
///
/// `expected` is the stamp the file had when it was opened or last saved; when the file
/// on disk no longer matches it, nothing is written and [`FileError::ChangedOnDisk`] is
/// returned. Pass `None` to write regardless (Save As, or overwrite on purpose). A file
/// of a newer format version is never overwritten. Returns the new stamp.
pub fn save(
    project: &Project,
    path: &Path,
    expected: Option<DiskStamp>,
) -> Result<DiskStamp, FileError> {
    let shown = path;
    // A project that is a link stays one: its target is written, the link kept.
    let target = through_link(path);
    let path = target.as_path();
    let io = |action: &'static str| {
        move |source| FileError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    };
    if let Some(expected) = expected
        && DiskStamp::of(path).is_some_and(|now| now != expected)
    {
        return Err(FileError::ChangedOnDisk {
            path: shown.to_path_buf(),
        });
    }
    remove_leftovers(path);
    if let Some(head) = read_head(path)
        && let Some(found) = declared_version(&head).filter(|v| *v > CURRENT_VERSION)
    {
        return Err(FileError::TooNew {
            path: path.to_path_buf(),
            found,
            supported: CURRENT_VERSION,
        });
    }
    let text = to_text(project)?;
    // A name ending in `.gz` asks for a compressed file (what Share offers for email).
    let bytes = if super::read::wants_gzip(path) {
        super::read::pack(text.as_bytes()).map_err(io("could not compress the file"))?
    } else {
        text.into_bytes()
    };
    let tmp = temp_path(path, std::process::id());
    // The new version gets the old one's permissions: private notes stay private.
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let write = || -> std::io::Result<()> {
        let mut file = fs::File::create(&tmp)?;
        if let Some(permissions) = &permissions {
            file.set_permissions(permissions.clone())?;
        }
        file.write_all(&bytes)?;
        file.sync_all()
    };
    if let Err(source) = write() {
        let _ = fs::remove_file(&tmp);
        return Err(io("could not write a temporary file beside it")(source));
    }
    if path.exists()
        && let Err(source) = keep_backup(path)
    {
        let _ = fs::remove_file(&tmp);
        return Err(io("could not keep a backup of the previous version")(
            source,
        ));
    }
    fs::rename(&tmp, path).map_err(io("could not replace the file"))?;
    DiskStamp::of(path).ok_or_else(|| FileError::Io {
        path: path.to_path_buf(),
        action: "the saved file cannot be found",
        source: std::io::Error::from(std::io::ErrorKind::NotFound),
    })
}
