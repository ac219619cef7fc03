//! `rapport timeline PROJECT [--campaign ID] [--today DATE] [--format text|json]`: every
//! deliverable in publish-date order with its dates, influencer, campaign, status and
//! findings.

use super::Format;
use super::json::{TimelineDeliverable, TimelineFinding};
use super::plain::{Plain, pad_end};
use crate::checks::{self, Findings};
use crate::i18n::Lang;
use crate::model::{CampaignId, Deliverable, Id, Project, ProjectIndex};
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;

/// The campaign `key` names: its id, or its name ignoring case and surrounding spaces. The
/// error, in `lang`, lists the project's campaigns.
pub(super) fn find_campaign<'a>(
    project: &'a Project,
    key: &str,
    lang: Lang,
) -> Result<&'a CampaignId, String> {
    let wanted = key.trim().to_lowercase();
    if let Some(c) = project
        .campaigns
        .iter()
        .find(|c| c.id.as_str() == key || c.name.trim().to_lowercase() == wanted)
    {
        return Ok(&c.id);
    }
    let known: Vec<String> = project
        .campaigns
        .iter()
        .map(|c| {
            crate::i18n::text_with(
                lang,
                "cli-campaign-item",
                &[
                    ("id", c.id.to_string().into()),
                    ("name", c.name.as_str().into()),
                ],
            )
        })
        .collect();
    let key = crate::i18n::FluentValue::from(key);
    Err(if known.is_empty() {
        crate::i18n::text_with(lang, "cli-no-campaign-at-all", &[("key", key)])
    } else {
        let list = known.join(&crate::i18n::text(lang, "list-separator"));
        crate::i18n::text_with(
            lang,
            "cli-no-campaign",
            &[("key", key), ("list", list.into())],
        )
    })
}

/// The deliverables to show: all, or one campaign's (by id, or by name ignoring case), in
/// publish-date order with undated ones last (ties keep the file's order).
fn rows<'a>(
    project: &'a Project,
    campaign: Option<&str>,
    lang: Lang,
) -> Result<Vec<&'a Deliverable>, String> {
    let wanted = match campaign {
        None => None,
        Some(key) => Some(find_campaign(project, key, lang)?),
    };
    let mut list: Vec<&Deliverable> = project
        .deliverables
        .iter()
        .filter(|d| wanted.is_none_or(|id| &d.campaign == id))
        .collect();
    list.sort_by_key(|d| (d.publish.is_none(), d.publish));
    Ok(list)
}

fn date(value: Option<NaiveDate>) -> String {
    value.map_or_else(|| "—".to_string(), |d| d.to_string())
}

/// The names of what a deliverable points at.
struct Names<'a> {
    project: &'a Project,
    index: ProjectIndex,
}

impl Names<'_> {
    fn of<K>(&self, id: &Id<K>) -> String {
        self.index.describe(self.project, id)
    }
}

/// Findings about more records than this are written once (see [`write_text`]): an
/// influencer and as many deliverables as a `creator-overload` message names.
const CROWD: usize = checks::overload::NAMED + 1;

/// Writes the rows as text: a header, one line per deliverable, and its findings indented
/// under it. A finding about a crowd of deliverables (more than [`CROWD`] records) is
/// written in full under the first of them and referred to under the others, so the output
/// stays linear however many there are.
fn write_text(
    names: &Names<'_>,
    list: &[&Deliverable],
    findings: &Findings,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let say = |id: &str| crate::i18n::text(lang, id);
    if list.is_empty() {
        return writeln!(out, "{}", say("cli-timeline-none"));
    }
    writeln!(
        out,
        "{}  {}  {}  {}  {}",
        pad_end(&say("cli-timeline-publish"), 10),
        pad_end(&say("cli-timeline-draft"), 10),
        pad_end(&say("cli-timeline-brief"), 10),
        pad_end(&say("cli-timeline-status"), 15),
        say("cli-timeline-what")
    )?;
    // Findings already written in full (by address), with the deliverable they are under.
    let mut written: crate::fast::HashMap<usize, &str> = Default::default();
    for d in list {
        writeln!(
            out,
            "{:<10}  {:<10}  {:<10}  {}  {} — {} — {} ({})",
            date(d.publish),
            date(d.draft_due),
            date(d.brief_sent),
            pad_end(&d.status.label_in(lang), 15),
            Plain(&d.title),
            Plain(&names.of(&d.influencer)),
            Plain(&names.of(&d.campaign)),
            Plain(d.id.as_str())
        )?;
        for f in findings.about(&d.id) {
            let key = std::ptr::from_ref(f) as usize;
            if f.subject.len() > CROWD
                && let Some(first) = written.get(&key)
            {
                let same = crate::i18n::text_with(
                    lang,
                    "cli-timeline-same-finding",
                    &[("title", Plain(first).to_string().into())],
                );
                writeln!(
                    out,
                    "{:<12}{:<8} {:<22} {same}",
                    "",
                    f.severity.as_str(),
                    f.code.as_str(),
                )?;
                continue;
            }
            written.insert(key, &d.title);
            writeln!(
                out,
                "{:<12}{:<8} {:<22} {} — {} {}",
                "",
                f.severity.as_str(),
                f.code.as_str(),
                Plain(&f.message.render(lang)),
                crate::i18n::text(lang, "cli-fix"),
                Plain(&f.fix.render(lang))
            )?;
        }
    }
    Ok(())
}

/// The rows as JSON objects.
fn to_json<'a>(
    names: &Names<'_>,
    list: &[&'a Deliverable],
    findings: &'a Findings,
    lang: Lang,
) -> Vec<TimelineDeliverable<'a>> {
    list.iter()
        .map(|d| TimelineDeliverable {
            brief_sent: d.brief_sent,
            campaign: names.of(&d.campaign),
            campaign_id: &d.campaign,
            content: d.content.label(),
            draft_due: d.draft_due,
            findings: findings
                .about(&d.id)
                .map(|f| TimelineFinding {
                    code: f.code,
                    fix: f.fix.render(lang),
                    message: f.message.render(lang),
                    severity: f.severity,
                })
                .collect(),
            id: &d.id,
            influencer: names.of(&d.influencer),
            influencer_id: &d.influencer,
            platform: d.platform.label(),
            publish: d.publish,
            status: d.status.label(),
            title: &d.title,
        })
        .collect()
}

/// Runs `rapport timeline` and returns the exit status: 0, or 2 when the file cannot be
/// read, the campaign is not in it, or the output cannot be written (the cause on `err`).
pub fn run(
    path: &Path,
    campaign: Option<&str>,
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
    let list = match rows(&project, campaign, lang) {
        Ok(list) => list,
        Err(message) => return super::fail(err, message),
    };
    let findings = Findings::new(checks::run(&project, today));
    let names = Names {
        project: &project,
        index: ProjectIndex::new(&project),
    };
    let written = match format {
        Format::Text => write_text(&names, &list, &findings, lang, out),
        Format::Json => super::write_json(out, &to_json(&names, &list, &findings, lang)),
    };
    let code = super::finish(written, err, lang, "cli-what-timeline");
    let Names { index, .. } = names;
    drop(list);
    super::discard((project, index, findings));
    code
}
