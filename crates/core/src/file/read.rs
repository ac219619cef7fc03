//! Reading a file someone sent: only a regular file, and only up to a size, so a pipe,
//! a device (`/dev/zero`) or a folder given as a file is refused at once instead of
//! hanging or filling the memory.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

/// The largest project file Rapport opens: three times a generous agency's year (which
/// is about 150 MB).
pub const PROJECT_LIMIT: u64 = 512 * 1024 * 1024;

/// The largest spreadsheet Rapport imports.
pub const SPREADSHEET_LIMIT: u64 = 256 * 1024 * 1024;

/// The bytes of the regular file at `path`, refused with a plain reason when it is not a
/// regular file (after following links) or is larger than `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let kind = fs::metadata(path)?.file_type();
    if !kind.is_file() {
        let what = if kind.is_dir() {
            "a folder"
        } else {
            "a pipe or a device"
        };
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("it is {what}, not a file"),
        ));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "it is larger than {} MB, more than Rapport reads",
                limit / (1024 * 1024)
            ),
        ));
    }
    Ok(bytes)
}

/// True for bytes that begin like a gzip file.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// True for a path whose name asks for a compressed file (`….gz`).
pub fn wants_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// The bytes as they are, or unpacked when they are gzip-compressed (whatever the file's
/// name): at most `limit` bytes unpacked, so a small file that unpacks to gigabytes is
/// refused rather than filling the memory.
pub fn unpack(bytes: Vec<u8>, limit: u64) -> io::Result<Vec<u8>> {
    if !is_gzip(&bytes) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes.as_slice())
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("it is a compressed file that is damaged or cut short ({e})"),
            )
        })?;
    if out.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "it unpacks to more than {} MB, more than Rapport reads",
                limit / (1024 * 1024)
            ),
        ));
    }
    Ok(out)
}

/// Gzip-compresses text (the default level: a project file shrinks about tenfold).
pub fn pack(text: &[u8]) -> io::Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(text)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_bytes_unpack_and_a_bomb_or_a_damaged_file_is_refused() {
        let text = b"(format: \"rapport\", version: 1)".repeat(1000);
        let packed = pack(&text).unwrap();
        assert!(is_gzip(&packed) && packed.len() < text.len() / 10);
        assert_eq!(unpack(packed.clone(), PROJECT_LIMIT).unwrap(), text);
        assert_eq!(
            unpack(text.clone(), 10).unwrap(),
            text,
            "plain bytes pass as they are"
        );
        let bomb = unpack(packed.clone(), 1024).map_err(|e| e.to_string());
        assert_eq!(
            bomb,
            Err("it unpacks to more than 0 MB, more than Rapport reads".into())
        );
        let cut =
            unpack(packed[..packed.len() / 2].to_vec(), PROJECT_LIMIT).map_err(|e| e.to_string());
        assert!(
            cut.unwrap_err()
                .starts_with("it is a compressed file that is damaged or cut short")
        );
    }

    #[test]
    fn folders_devices_and_oversized_files_are_refused_in_words() {
        let dir = std::env::temp_dir();
        let folder = read_regular(&dir, PROJECT_LIMIT).map_err(|e| e.to_string());
        assert_eq!(folder, Err("it is a folder, not a file".to_string()));
        if Path::new("/dev/zero").exists() {
            let device =
                read_regular(Path::new("/dev/zero"), PROJECT_LIMIT).map_err(|e| e.to_string());
            assert_eq!(
                device,
                Err("it is a pipe or a device, not a file".to_string())
            );
        }
        let path = dir.join(format!("rapport-read-test-{}.txt", std::process::id()));
        assert!(fs::write(&path, b"0123456789").is_ok());
        assert_eq!(read_regular(&path, 10).ok(), Some(b"0123456789".to_vec()));
        let big = read_regular(&path, 9).map_err(|e| e.to_string());
        assert_eq!(
            big,
            Err("it is larger than 0 MB, more than Rapport reads".to_string())
        );
        let _ = fs::remove_file(&path);
    }
}
