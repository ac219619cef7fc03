//! `rapport share`: a copy for the team or the client, or one creator's brief.

use super::args::{BriefFormat, ShareFor};
use super::plain::Plain;
use super::{fail, open};
use crate::model::{InfluencerId, Project, ShareKind};
use crate::share::{Brief, SentCopies, ShareOptions, preview, share_copy};
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;

/// Runs `rapport share`.
#[allow(clippy::too_many_arguments)]
pub fn run(
    file: &Path,
    recipient: &ShareFor,
    amounts: bool,
    format: Option<BriefFormat>,
    today: NaiveDate,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match open(file, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let kind = match recipient {
        ShareFor::Team => ShareKind::Team,
        ShareFor::Client => ShareKind::Client,
        ShareFor::Creator(who) => return brief(&project, who, format, today, output, out, err),
    };
    let options = ShareOptions { kind, amounts };
    let shared = share_copy(&project, options, today, true);
    if let Err(e) = crate::file::save(&shared.copy, output, None) {
        return fail(err, e);
    }
    let _ = std::fs::remove_file(crate::file::backup_path(output));
    let size = std::fs::metadata(output).map(|m| m.len()).unwrap_or(0);
    let _ = writeln!(
        out,
        "{} of {} written to {} ({})",
        capitalised(kind.label()),
        Plain(&project.info.name),
        output.display(),
        human_size(size)
    );
    let left: Vec<String> = preview(&project, options)
        .into_iter()
        .map(|l| format!("{} ({})", l.what, l.count))
        .collect();
    if !left.is_empty() {
        let _ = writeln!(out, "Left out: {}", left.join("; "));
    }
    match SentCopies::default_store().map(|store| store.keep(&shared.base_id, &project)) {
        Some(Ok(_)) => {
            let _ = writeln!(
                out,
                "Kept the version it was made from ({}), so that `rapport merge` finds it when the copy comes back.",
                shared.base_id
            );
        }
        Some(Err(e)) => {
            let _ = writeln!(
                err,
                "rapport: warning: the version the copy was made from could not be kept ({e}); a merge of it will ask about every difference"
            );
        }
        None => {
            let _ = writeln!(
                err,
                "rapport: warning: no data folder to keep the version the copy was made from; a merge of it will ask about every difference"
            );
        }
    }
    crate::cli::discard(project);
    0
}

/// "Client copy" from "client copy".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// "1.4 MB", "820 KB", "312 bytes".
pub fn human_size(bytes: u64) -> String {
    match bytes {
        0..1024 => format!("{bytes} bytes"),
        1024..1_048_576 => format!("{} KB", bytes / 1024),
        _ => format!("{:.1} MB", bytes as f64 / 1_048_576.0),
    }
}

/// The creator `who` names: an id, or a name (any case) that only one has.
pub fn find_creator(project: &Project, who: &str) -> Result<InfluencerId, String> {
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
        [] => Err(format!(
            "no influencer has the id or name \"{}\"",
            Plain(who)
        )),
        many => Err(format!(
            "{} influencers are called \"{}\"; give an id ({})",
            many.len(),
            Plain(who),
            many.iter()
                .map(|i| i.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Writes one creator's brief.
fn brief(
    project: &Project,
    who: &str,
    format: Option<BriefFormat>,
    today: NaiveDate,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let id = match find_creator(project, who) {
        Ok(id) => id,
        Err(e) => return fail(err, e),
    };
    let Some(brief) = Brief::of(project, &id, today) else {
        return fail(err, format!("no influencer has the id \"{}\"", Plain(who)));
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
        return super::finish(out.write_all(text.as_bytes()), err, "the brief");
    }
    if let Err(e) = std::fs::write(output, text.as_bytes()) {
        return fail(err, format!("could not write {}: {e}", output.display()));
    }
    let _ = writeln!(
        out,
        "{} written to {} ({})",
        Plain(&brief.title()),
        output.display(),
        if html {
            "a page that prints"
        } else {
            "text for an email"
        }
    );
    0
}
