//! `rapport share`: a copy for the team or the client, or one creator's brief.

use super::args::{BriefFormat, ShareFor};
use super::plain::Plain;
use super::{fail, open, say};
use crate::i18n::{FluentValue, Lang, text};
use crate::model::{InfluencerId, Project, ShareKind};
use crate::share::{Brief, SentCopies, ShareOptions, preview, share_copy};
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;

/// Runs `rapport share`, saying what it wrote in `lang` (a creator's brief is in the
/// creator's language, as in the app).
#[allow(clippy::too_many_arguments)]
pub fn run(
    file: &Path,
    recipient: &ShareFor,
    amounts: bool,
    format: Option<BriefFormat>,
    today: NaiveDate,
    output: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match open(file, lang, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let kind = match recipient {
        ShareFor::Team => ShareKind::Team,
        ShareFor::Client => ShareKind::Client,
        ShareFor::Creator(who) => {
            return brief(&project, who, format, today, output, lang, out, err);
        }
    };
    let options = ShareOptions { kind, amounts };
    let shared = share_copy(&project, options, today, true);
    if let Err(e) = crate::file::save(&shared.copy, output, None) {
        return fail(err, e.message_in(lang));
    }
    let _ = std::fs::remove_file(crate::file::backup_path(output));
    let size = std::fs::metadata(output).map(|m| m.len()).unwrap_or(0);
    let kind_key = match kind {
        ShareKind::Client => "client",
        ShareKind::Team => "team",
    };
    let written = say(
        lang,
        "cli-share-copy-written",
        &[
            ("kind", kind_key.into()),
            ("name", Plain(&project.info.name).to_string().into()),
            ("path", output.display().to_string().into()),
            ("size", human_size_in(lang, size).into()),
        ],
    );
    let _ = writeln!(out, "{written}");
    let left: Vec<String> = preview(&project, options)
        .into_iter()
        .map(|l| {
            say(
                lang,
                "cli-share-left-out-item",
                &[
                    ("what", l.what_in(lang).into()),
                    ("count", l.count.to_string().into()),
                ],
            )
        })
        .collect();
    if !left.is_empty() {
        let list = left.join(&text(lang, "cli-list-semicolon"));
        let _ = writeln!(
            out,
            "{}",
            say(lang, "cli-share-left-out", &[("list", list.into())])
        );
    }
    match SentCopies::default_store().map(|store| store.keep(&shared.base_id, &project)) {
        Some(Ok(_)) => {
            let id = FluentValue::from(shared.base_id.to_string());
            let _ = writeln!(out, "{}", say(lang, "cli-share-kept", &[("id", id)]));
        }
        Some(Err(e)) => {
            let error = FluentValue::from(e.message_in(lang));
            let warning = say(lang, "cli-share-warning-not-kept", &[("error", error)]);
            let _ = writeln!(err, "rapport: {warning}");
        }
        None => {
            let warning = say(lang, "cli-share-warning-no-folder", &[]);
            let _ = writeln!(err, "rapport: {warning}");
        }
    }
    crate::cli::discard(project);
    0
}

/// "1.4 MB", "820 KB", "312 bytes" / "312 字节".
pub fn human_size_in(lang: Lang, bytes: u64) -> String {
    match bytes {
        0..1024 => say(
            lang,
            "cli-size-bytes",
            &[("count", bytes.to_string().into())],
        ),
        1024..1_048_576 => format!("{} KB", bytes / 1024),
        _ => format!("{:.1} MB", bytes as f64 / 1_048_576.0),
    }
}

/// The creator `who` names: an id, or a name (any case) that only one has; why not in
/// `lang`.
pub fn find_creator_in(lang: Lang, project: &Project, who: &str) -> Result<InfluencerId, String> {
    if let Some(found) = project.influencers.iter().find(|i| i.id.as_str() == who) {
        return Ok(found.id.clone());
    }
    let named: Vec<&crate::model::Influencer> = project
        .influencers
        .iter()
        .filter(|i| i.name.trim().eq_ignore_ascii_case(who.trim()) || i.name.trim() == who.trim())
        .collect();
    match named.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => Err(say(
            lang,
            "cli-share-no-creator",
            &[("who", Plain(who).to_string().into())],
        )),
        many => Err(say(
            lang,
            "cli-share-many-creators",
            &[
                ("count", many.len().to_string().into()),
                ("who", Plain(who).to_string().into()),
                (
                    "ids",
                    many.iter()
                        .map(|i| i.id.as_str())
                        .collect::<Vec<_>>()
                        .join(&text(lang, "list-separator"))
                        .into(),
                ),
            ],
        )),
    }
}

/// Writes one creator's brief (in their language) and says so in `lang`.
#[allow(clippy::too_many_arguments)]
fn brief(
    project: &Project,
    who: &str,
    format: Option<BriefFormat>,
    today: NaiveDate,
    output: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let id = match find_creator_in(lang, project, who) {
        Ok(id) => id,
        Err(e) => return fail(err, e),
    };
    let Some(brief) = Brief::of(project, &id, today) else {
        let who = FluentValue::from(Plain(who).to_string());
        return fail(err, say(lang, "cli-share-no-id", &[("who", who)]));
    };
    let html = match format {
        Some(BriefFormat::Html) => true,
        Some(BriefFormat::Text) => false,
        None => output
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")),
    };
    let text = if html {
        brief.to_html()
    } else {
        brief.to_text()
    };
    if output.as_os_str() == "-" {
        return super::finish(out.write_all(text.as_bytes()), err, lang, "cli-what-brief");
    }
    if let Err(e) = std::fs::write(output, text.as_bytes()) {
        let path = output.display().to_string();
        let words = say(
            lang,
            "cli-could-not-write-path",
            &[("path", path.into()), ("error", e.to_string().into())],
        );
        return fail(err, words);
    }
    let how = if html {
        "cli-share-as-page"
    } else {
        "cli-share-as-text"
    };
    let written = say(
        lang,
        "cli-share-brief-written",
        &[
            ("title", Plain(&brief.title()).to_string().into()),
            ("path", output.display().to_string().into()),
            ("how", super::text(lang, how).into()),
        ],
    );
    let _ = writeln!(out, "{written}");
    0
}
