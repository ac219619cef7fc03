//! `rapport generate` and `rapport recover --list`: the commands that only say what they
//! wrote or found, in the language asked for.

use super::plain::{self, pad_start};
use super::{fail, say};
use crate::i18n::Lang;
use std::io::Write;
use std::path::Path;

/// Runs `rapport recover --list`: one line per recovery file, newest first.
pub fn recover(list: bool, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    if !list {
        return fail(err, say(lang, "cli-recover-needs-list", &[]));
    }
    let Some(dir) = crate::recovery::Recovery::default_dir() else {
        let _ = writeln!(out, "{}", say(lang, "cli-recover-no-home", &[]));
        return 0;
    };
    let store = crate::recovery::Recovery::new(dir);
    let found = store.list();
    if found.is_empty() {
        let dir = store.dir().display().to_string();
        let _ = writeln!(
            out,
            "{}",
            say(lang, "cli-recover-none", &[("dir", dir.into())])
        );
        return 0;
    }
    for f in found {
        let written = f.written.map_or_else(
            || "?".to_string(),
            |t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .format("%Y-%m-%d %H:%M:%S")
                    .to_string()
            },
        );
        let of = f.original.as_ref().map_or_else(
            || say(lang, "cli-recover-not-saved", &[]),
            |p| p.display().to_string(),
        );
        let id = if f.running {
            "cli-recover-line-running"
        } else {
            "cli-recover-line"
        };
        let line = say(
            lang,
            id,
            &[
                ("written", written.into()),
                ("size", pad_start(&f.size.to_string(), 9).into()),
                ("path", f.path.display().to_string().into()),
                ("of", plain::Plain(&of).to_string().into()),
            ],
        );
        let _ = writeln!(out, "{line}");
    }
    0
}

/// Runs `rapport generate`: writes a generated project and says what it holds.
pub fn generate(
    scale: f64,
    seed: u64,
    path: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = crate::generate::project(scale, seed);
    if let Err(e) = crate::file::save(&project, path, None) {
        return fail(err, e.message_in(lang));
    }
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    let contacts: usize = project.influencers.iter().map(|i| i.contacts.len()).sum();
    let count = |id: &str, n: usize| say(lang, id, &[("count", n.into())]);
    let line = say(
        lang,
        "cli-generate-written",
        &[
            ("path", path.display().to_string().into()),
            ("size", format!("{:.1}", size as f64 / 1e6).into()),
            (
                "influencers",
                count("cli-count-influencers", project.influencers.len()).into(),
            ),
            (
                "campaigns",
                count("cli-count-campaigns", project.campaigns.len()).into(),
            ),
            (
                "deliverables",
                count("cli-count-deliverables", project.deliverables.len()).into(),
            ),
            (
                "costs",
                count("cli-count-cost-lines", project.cost_lines.len()).into(),
            ),
            ("contacts", count("cli-count-contacts", contacts).into()),
        ],
    );
    let _ = writeln!(out, "{line}");
    super::discard(project);
    0
}
