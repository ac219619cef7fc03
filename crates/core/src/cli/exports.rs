//! `rapport export deliverables|costs|calendar`.

use super::{fail, open, say};
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

/// Runs one export: to `output`, or to `out` without one; says what it wrote in `lang`
/// (the file is the same in every language).
pub fn export(
    project: &Path,
    kind: Kind,
    output: Option<&Path>,
    changes: Option<&Path>,
    lang: crate::i18n::Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match open(project, lang, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let count = |n: usize| crate::i18n::FluentValue::from(n.to_string());
    let (text, what, csv) = match kind {
        Kind::Deliverables => (
            deliverables_csv(&project),
            (
                "cli-export-deliverables-written",
                vec![("count", count(project.deliverables.len()))],
            ),
            true,
        ),
        Kind::Costs => (
            costs_csv(&project),
            (
                "cli-export-costs-written",
                vec![("count", count(project.cost_lines.len()))],
            ),
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
                (
                    "cli-export-calendar-written",
                    vec![
                        ("count", count(project.deliverables.len())),
                        ("dates", count(dated)),
                    ],
                ),
                false,
            )
        }
    };
    let text = match text {
        Ok(text) => text,
        Err(e) => return fail(err, e.message_in(lang)),
    };
    let path_value = |p: &Path| crate::i18n::FluentValue::from(p.display().to_string());
    if let Some(path) = changes {
        let n: usize = project.cost_lines.iter().map(|l| l.changes.len()).sum();
        match changes_csv(&project).and_then(|t| write_atomically(path, &t, true)) {
            Ok(()) => {
                let args = [("count", count(n)), ("path", path_value(path))];
                let _ = writeln!(err, "{}", say(lang, "cli-export-changes-written", &args));
            }
            Err(e) => return fail(err, e.message_in(lang)),
        }
    }
    match output {
        Some(path) => match write_atomically(path, &text, csv) {
            Ok(()) => {
                let (id, mut args) = what;
                args.push(("path", path_value(path)));
                let _ = writeln!(out, "{}", say(lang, id, &args));
                0
            }
            Err(e) => fail(err, e.message_in(lang)),
        },
        None => super::finish(out.write_all(text.as_bytes()), err, lang, "cli-what-export"),
    }
}

/// Opens a project and finds the campaign a command names (by id or name; all when
/// `None`); says why not on `err` in `lang` and gives exit status 2.
fn open_campaign(
    path: &Path,
    key: Option<&str>,
    lang: crate::i18n::Lang,
    err: &mut dyn Write,
) -> Result<(crate::model::Project, Option<crate::model::CampaignId>), u8> {
    let project = open(path, lang, err)?;
    let campaign = key
        .map(|k| super::timeline::find_campaign(&project, k, lang).cloned())
        .transpose()
        .map_err(|e| fail(err, e))?;
    Ok((project, campaign))
}

/// Runs `rapport export summary`.
#[allow(clippy::too_many_arguments)]
pub fn summary(
    project: &Path,
    campaign: Option<&str>,
    confidential: bool,
    today: chrono::NaiveDate,
    format: super::args::SummaryFormat,
    paper: Option<super::args::Paper>,
    lang: crate::i18n::Lang,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let (project, campaign) = match open_campaign(project, campaign, lang, err) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let findings = crate::checks::run(&project, today);
    // A PDF has a sheet: A4 unless told; a page leaves it to the printer unless told.
    let paper = match format {
        super::args::SummaryFormat::Pdf => Some(paper.unwrap_or(super::args::Paper::A4)),
        super::args::SummaryFormat::Html => paper,
    };
    let html = crate::export::summary::summary_html_in(
        lang,
        &project,
        campaign.as_ref(),
        today,
        &findings,
        confidential,
        paper.map(Into::into),
    );
    let written = match format {
        super::args::SummaryFormat::Html => {
            write_atomically(output, &html, false).map_err(|e| e.message_in(lang))
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
                    let result = crate::export::browser::print_pdf(&renamed, output)
                        .map_err(|e| e.render(lang));
                    let _ = std::fs::remove_file(&renamed);
                    result
                });
            let _ = std::fs::remove_file(&page);
            printed
        }
    };
    match written {
        Ok(()) => {
            let path = output.display().to_string();
            let written = say(lang, "cli-export-summary-written", &[("path", path.into())]);
            let _ = writeln!(out, "{written}");
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
    lang: crate::i18n::Lang,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let (project, campaign) = match open_campaign(project, campaign, lang, err) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let findings = match kind {
        super::args::ChartKind::Timeline => crate::checks::run(&project, today),
        super::args::ChartKind::Budget => Vec::new(),
    };
    let svg = kind.svg_in(
        lang,
        &project,
        campaign.as_ref(),
        today,
        &findings,
        confidential,
    );
    let written = crate::export::image::write_chart_in(lang, &svg, output);
    match written {
        Ok(()) => {
            let path = output.display().to_string();
            let written = say(lang, "cli-export-chart-written", &[("path", path.into())]);
            let _ = writeln!(out, "{written}");
            0
        }
        Err(e) => fail(err, e),
    }
}
