//! `rapport export deliverables|costs|calendar`.

use super::{fail, open};
use crate::export::{calendar_ics, changes_csv, costs_csv, deliverables_csv, write_atomically};
use std::io::Write;
use std::path::Path;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Every deliverable as CSV.
    Deliverables,
    /// Every cost line as CSV (and the recorded changes, to a second file).
    Costs,
    /// The deliverables' dates as iCalendar.
    Calendar,
}

/// Runs one export: to `output`, or to `out` without one.
pub fn export(
    project: &Path,
    kind: Kind,
    output: Option<&Path>,
    changes: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match open(project, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let (text, what, csv) = match kind {
        Kind::Deliverables => (
            deliverables_csv(&project),
            format!("{} deliverables", project.deliverables.len()),
            true,
        ),
        Kind::Costs => (
            costs_csv(&project),
            format!("{} cost lines", project.cost_lines.len()),
            true,
        ),
        Kind::Calendar => {
            let dated = project
                .deliverables
                .iter()
                .map(|d| {
                    [d.brief_sent, d.draft_due, d.publish]
                        .iter()
                        .flatten()
                        .count()
                })
                .sum::<usize>();
            (
                Ok(calendar_ics(&project)),
                format!(
                    "the dates of {} deliverables ({dated} dates)",
                    project.deliverables.len()
                ),
                false,
            )
        }
    };
    let text = match text {
        Ok(text) => text,
        Err(e) => return fail(err, e),
    };
    if let Some(path) = changes {
        let count: usize = project.cost_lines.iter().map(|l| l.changes.len()).sum();
        match changes_csv(&project).and_then(|t| write_atomically(path, &t, true)) {
            Ok(()) => {
                let _ = writeln!(err, "Wrote {count} recorded changes to {}.", path.display());
            }
            Err(e) => return fail(err, e),
        }
    }
    match output {
        Some(path) => match write_atomically(path, &text, csv) {
            Ok(()) => {
                let _ = writeln!(out, "Wrote {what} to {}.", path.display());
                0
            }
            Err(e) => fail(err, e),
        },
        None => super::finish(out.write_all(text.as_bytes()), err, "the export"),
    }
}

/// The campaign a command names (by id or name), or all.
fn campaign_of(
    project: &crate::model::Project,
    key: Option<&str>,
) -> Result<Option<crate::model::CampaignId>, String> {
    key.map(|k| super::timeline::find_campaign(project, k).cloned())
        .transpose()
}

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

/// Prints an HTML file to PDF with headless Chromium.
pub fn print_pdf(html: &Path, pdf: &Path) -> Result<(), String> {
    let browser = chromium().ok_or(
        "a PDF needs Chromium, which is not installed: write the HTML and print it from a browser",
    )?;
    let profile = std::env::temp_dir().join(format!("rapport-chromium-{}", std::process::id()));
    let absolute = std::fs::canonicalize(html).map_err(|e| format!("{}: {e}", html.display()))?;
    let status = std::process::Command::new(browser)
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
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", absolute.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("could not run Chromium: {e}"))?;
    let _ = std::fs::remove_dir_all(&profile);
    if status.success() && pdf.exists() {
        Ok(())
    } else {
        Err("Chromium could not print the page".into())
    }
}

/// Runs `rapport export summary`.
#[allow(clippy::too_many_arguments)]
pub fn summary(
    project: &Path,
    campaign: Option<&str>,
    confidential: bool,
    today: chrono::NaiveDate,
    format: super::args::SummaryFormat,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match open(project, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let campaign = match campaign_of(&project, campaign) {
        Ok(c) => c,
        Err(e) => return fail(err, e),
    };
    let findings = crate::checks::run(&project, today);
    let html = crate::export::summary::summary_html(
        &project,
        campaign.as_ref(),
        today,
        &findings,
        confidential,
    );
    let written = match format {
        super::args::SummaryFormat::Html => {
            write_atomically(output, &html, false).map_err(|e| e.to_string())
        }
        super::args::SummaryFormat::Pdf => {
            let page = output.with_extension("html.tmp");
            let page = page.with_file_name(format!(
                ".{}",
                page.file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            ));
            let printed = std::fs::write(&page, &html)
                .map_err(|e| e.to_string())
                .and_then(|()| {
                    let renamed = page.with_extension("html");
                    std::fs::rename(&page, &renamed).map_err(|e| e.to_string())?;
                    let result = print_pdf(&renamed, output);
                    let _ = std::fs::remove_file(&renamed);
                    result
                });
            let _ = std::fs::remove_file(&page);
            printed
        }
    };
    match written {
        Ok(()) => {
            let _ = writeln!(out, "Wrote the summary to {}.", output.display());
            0
        }
        Err(e) => fail(err, e),
    }
}

/// Runs `rapport export chart`.
#[allow(clippy::too_many_arguments)]
pub fn chart(
    project: &Path,
    kind: super::args::ChartKind,
    campaign: Option<&str>,
    confidential: bool,
    today: chrono::NaiveDate,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match open(project, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let campaign = match campaign_of(&project, campaign) {
        Ok(c) => c,
        Err(e) => return fail(err, e),
    };
    let svg = match kind {
        super::args::ChartKind::Timeline => {
            let findings = crate::checks::run(&project, today);
            let hidden = crate::share::hidden_unless(confidential);
            crate::export::chart::timeline_svg(
                &project,
                campaign.as_ref(),
                today,
                &findings,
                &hidden,
                1600.0,
                26.0,
            )
        }
        super::args::ChartKind::Budget => crate::export::chart::budget_svg(
            &project,
            campaign.as_ref(),
            confidential,
            1600.0,
            260.0,
        ),
    };
    let png = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    let written = if png {
        crate::export::chart::png(&svg, 2.0).and_then(|bytes| {
            std::fs::write(output, bytes)
                .map_err(|e| format!("could not write {}: {e}", output.display()))
        })
    } else {
        write_atomically(output, &svg, false).map_err(|e| e.to_string())
    };
    match written {
        Ok(()) => {
            let _ = writeln!(out, "Wrote the chart to {}.", output.display());
            0
        }
        Err(e) => fail(err, e),
    }
}
