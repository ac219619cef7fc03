//! A file open in one Rapport is not edited in another at the same time (two windows, or
//! two people on a shared folder): opening a project puts a small lock file beside it
//! (`.NAME.rapport.ron.lock`, saying who has it open, on which computer, since when), and
//! the next Rapport to open it sees that and asks: open read-only, open a copy, or take
//! over. A lock left by a Rapport that crashed on this computer is taken over silently.

use super::disk::process_running;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Who holds a project open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// Their process.
    pub pid: u32,
    /// Their computer.
    pub host: String,
    /// Their user name.
    pub user: String,
    /// Since when, as written (local time).
    pub since: String,
}

impl Holder {
    /// "Marta on studio-mac since 2026-12-01 09:12".
    pub fn describe(&self) -> String {
        format!("{} on {} since {}", self.user, self.host, self.since)
    }
}

/// A lock this Rapport holds on a project; released when dropped.
#[derive(Debug)]
pub struct FileLock {
    path: PathBuf,
    mine: String,
}

/// The lock file beside `project`.
pub fn lock_path(project: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(project.file_name().unwrap_or_default());
    name.push(".lock");
    project.with_file_name(name)
}

/// This computer's name, as far as it is known.
fn host() -> String {
    std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .ok()
        .or_else(|| fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "this computer".to_string())
}

/// This user's name, as far as it is known.
fn user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "someone".to_string())
}

/// Reads a lock file: `pid`, `host`, `user`, `since`, one per line.
fn read(path: &Path) -> Option<Holder> {
    let text = fs::read_to_string(path).ok()?;
    let mut lines = text.lines();
    Some(Holder {
        pid: lines.next()?.trim().parse().ok()?,
        host: lines.next()?.trim().to_string(),
        user: lines.next().unwrap_or("someone").trim().to_string(),
        since: lines.next().unwrap_or("?").trim().to_string(),
    })
}

/// Who else holds `project` open: `None` when nobody does, when this process does, or
/// when the lock was left by a Rapport on this computer that no longer runs.
pub fn holder(project: &Path) -> Option<Holder> {
    let held = read(&lock_path(project))?;
    let here = held.host == host();
    if here && (held.pid == std::process::id() || !process_running(held.pid)) {
        return None;
    }
    Some(held)
}

/// Takes the lock on `project` (over anyone else's: ask first with [`holder`]).
pub fn acquire(project: &Path) -> io::Result<FileLock> {
    let path = lock_path(project);
    let since = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
    let mine = format!("{}\n{}\n{}\n{since}\n", std::process::id(), host(), user());
    fs::write(&path, &mine)?;
    Ok(FileLock { path, mine })
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Only our own: someone who took over since keeps theirs.
        if fs::read_to_string(&self.path).is_ok_and(|text| text == self.mine) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_seen_by_others_not_by_its_holder_and_a_dead_ones_is_stale() {
        let dir = std::env::temp_dir().join(format!("rapport-lock-unit-{}", std::process::id()));
        assert!(fs::create_dir_all(&dir).is_ok());
        let project = dir.join("p.rapport.ron");
        assert_eq!(holder(&project), None, "no lock");
        let lock = acquire(&project);
        assert!(lock.is_ok());
        assert!(lock_path(&project).exists());
        assert_eq!(holder(&project), None, "our own lock");
        drop(lock);
        assert!(!lock_path(&project).exists(), "released");
        // Another computer's lock holds; a dead process's on this computer does not.
        assert!(
            fs::write(
                lock_path(&project),
                "1\nother-host\nleila\n2026-12-01 09:00\n"
            )
            .is_ok()
        );
        assert_eq!(
            holder(&project).map(|h| h.describe()),
            Some("leila on other-host since 2026-12-01 09:00".to_string())
        );
        let stale = format!("4194305\n{}\nmarta\n2026-12-01 09:00\n", host());
        assert!(fs::write(lock_path(&project), stale).is_ok());
        assert_eq!(holder(&project), None, "a crashed Rapport's lock is stale");
        let _ = fs::remove_dir_all(&dir);
    }
}
