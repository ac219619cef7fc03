//! `rapport check FILE [--today DATE] [--format text|json] [--lang en|zh-CN]`: every
//! finding, errors first, its message and fix in the language asked for.

use super::json::CheckFinding;
use super::plain::Plain;
use super::{Format, finish};
use crate::checks::{self, Severity};
use crate::i18n::Lang;
use crate::model::ProjectIndex;
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;

/// Runs `rapport check` and returns the exit status: 0 when no finding is an error, 1 when
/// one is, 2 when the file cannot be read or the output cannot be written.
pub fn run(
    path: &Path,
    today: NaiveDate,
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match super::open(path, lang, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let findings = checks::run(&project, today);
    let index = ProjectIndex::new(&project);
    let written = match format {
        Format::Text => findings.iter().try_for_each(|f| {
            let names: Vec<String> = f
                .subject
                .iter()
                .take(1)
                .map(|id| index.describe(&project, id))
                .collect();
            writeln!(
                out,
                "{:<8} {:<22} {:<14} {} — {} — {} {}",
                f.severity.as_str(),
                f.code.as_str(),
                Plain(f.subject.first().map_or("", |id| id.as_str())),
                Plain(&names.join(", ")),
                Plain(&f.message.render(lang)),
                crate::i18n::text(lang, "cli-fix"),
                Plain(&f.fix.render(lang))
            )
        }),
        Format::Json => {
            let items: Vec<CheckFinding<'_>> = findings
                .iter()
                .map(|f| CheckFinding {
                    code: f.code,
                    fix: f.fix.render(lang),
                    message: f.message.render(lang),
                    severity: f.severity,
                    subject: &f.subject,
                    subject_names: f
                        .subject
                        .iter()
                        .map(|id| index.describe(&project, id))
                        .collect(),
                })
                .collect();
            super::write_json(out, &items)
        }
    };
    let code = match finish(written, err, lang, "cli-what-findings") {
        0 if findings.iter().any(|f| f.severity == Severity::Error) => 1,
        code => code,
    };
    super::discard((project, findings, index));
    code
}
