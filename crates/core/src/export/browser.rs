//! Headless Chromium, where it is installed: what prints a summary to PDF (and what the
//! tests use to see a page as a browser does).

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
pub fn headless(html: &Path, extra: &[String]) -> Result<Vec<u8>, String> {
    let browser = chromium().ok_or(
        "this needs Chromium, which is not installed: write the HTML and print it from a browser",
    )?;
    let profile = std::env::temp_dir().join(format!(
        "rapport-chromium-{}-{}",
        std::process::id(),
        fastrand::u32(..)
    ));
    let absolute = std::fs::canonicalize(html).map_err(|e| format!("{}: {e}", html.display()))?;
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
        .map_err(|e| format!("could not run Chromium: {e}"));
    let _ = std::fs::remove_dir_all(&profile);
    let output = output?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err("Chromium could not read the page".into())
    }
}

/// Prints the local page `html` to `pdf` with headless Chromium.
pub fn print_pdf(html: &Path, pdf: &Path) -> Result<(), String> {
    headless(html, &[format!("--print-to-pdf={}", pdf.display())])?;
    if pdf.exists() {
        Ok(())
    } else {
        Err("Chromium could not print the page".into())
    }
}
