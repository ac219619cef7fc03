//! Headless Chromium, where it is installed: what prints a summary to PDF (and what the
//! tests use to see a page as a browser does).

use crate::i18n::Text;
use std::path::Path;

/// Chromium, if installed.
pub fn chromium() -> Option<&'static str> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
}

/// Runs headless Chromium on the local page `html` with `extra` arguments (in a profile
/// of its own, removed after, and without reaching the network); its standard output.
/// Errors are words to show (`.render(lang)`).
pub fn headless(html: &Path, extra: &[String]) -> Result<Vec<u8>, Text> {
    let browser = chromium().ok_or_else(|| Text::new("exp-no-chromium"))?;
    let profile = std::env::temp_dir().join(format!(
        "rapport-chromium-{}-{}",
        std::process::id(),
        fastrand::u32(..)
    ));
    let absolute = std::fs::canonicalize(html).map_err(|e| {
        Text::new("exp-path-error")
            .arg("path", html.display().to_string())
            .arg("cause", e.to_string())
    })?;
    let output = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", absolute.display()))
        .stderr(std::process::Stdio::null())
        .output()
        .map_err(|e| Text::new("exp-chromium-did-not-run").arg("cause", e.to_string()));
    let _ = std::fs::remove_dir_all(&profile);
    let output = output?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(Text::new("exp-chromium-could-not-read"))
    }
}

/// Prints the local page `html` to `pdf` with headless Chromium.
pub fn print_pdf(html: &Path, pdf: &Path) -> Result<(), Text> {
    headless(html, &[format!("--print-to-pdf={}", pdf.display())])?;
    if pdf.exists() {
        Ok(())
    } else {
        Err(Text::new("exp-chromium-could-not-print"))
    }
}
