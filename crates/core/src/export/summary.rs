//! A one-page campaign report as one self-contained HTML file (no scripts, no outside
//! resources; charts as inline SVG) that prints on one or two A4 or Letter pages: the
//! overview, the timeline, the budget and the open findings. Fees, rates and private
//! details only when asked (as in presentation mode).

use super::chart::{budget_svg_in, timeline_svg_in};
use crate::checks::{Code, Finding, Severity};
use crate::i18n::{FluentValue, Lang, long_date, text_with};
use crate::model::{CampaignId, Project, ProjectIndex, overview};
use crate::share::escape;
use chrono::NaiveDate;
use std::fmt::Write;

const STYLE: &str = "\
body{font-family:'DejaVu Sans','Noto Sans','Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',\
'PingFang SC','Malgun Gothic','Apple SD Gothic Neo','Noto Sans CJK KR',system-ui,sans-serif;\
color:#111;margin:0 auto;max-width:720px;padding:12px;font-size:10.5pt;line-height:1.35}\
h1{font-size:17pt;margin:0}h2{font-size:12pt;margin:14px 0 4px;border-bottom:1px solid #999}\
.meta{color:#464646}.figures{display:flex;gap:28px;margin:8px 0}.figures b{display:block;font-size:18pt}\
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:2px 4px;\
border-bottom:1px solid #ddd;font-size:9pt}td.n{text-align:right}.error{color:#d55e00}.warning{color:#8a5a00}\
svg{max-width:100%;height:auto}ul.decisions{list-style:none;padding-left:0;margin:4px 0}\
@page{margin:12mm}@media print{body{max-width:none;padding:0}h2{break-after:avoid}figure,tr{break-inside:avoid}}";

/// The sheet a summary is printed on, when it is fixed (a PDF); left open, the printer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    fn css(self) -> &'static str {
        match self {
            Self::A4 => "@page{size:A4}",
            Self::Letter => "@page{size:letter}",
        }
    }
}

/// The summary page of `campaign` (all when `None`) as of `today`, with `findings`;
/// `confidential` shows amounts and the reasons of changes; `paper` fixes the sheet.
pub fn summary_html(
    project: &Project,
    campaign: Option<&CampaignId>,
    today: NaiveDate,
    findings: &[Finding],
    confidential: bool,
    paper: Option<Paper>,
) -> String {
    summary_html_in(
        Lang::En,
        project,
        campaign,
        today,
        findings,
        confidential,
        paper,
    )
}

/// [`summary_html`] written in `lang`.
pub fn summary_html_in(
    lang: Lang,
    project: &Project,
    campaign: Option<&CampaignId>,
    today: NaiveDate,
    findings: &[Finding],
    confidential: bool,
    paper: Option<Paper>,
) -> String {
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| text_with(lang, id, args);
    let day = |d: NaiveDate| long_date(lang, d);
    let hidden: Vec<Code> = crate::share::hidden_unless(confidential);
    let o = overview(project, campaign, findings, &hidden);
    // Rows thin out (to a floor that still reads on paper, 13 px) so that a busy plan stays on
    // two sheets.
    let rows = project
        .deliverables
        .iter()
        .filter(|d| campaign.is_none_or(|c| *c == d.campaign))
        .filter(|d| d.status != crate::model::DeliverableStatus::Cancelled)
        .count()
        .max(1);
    let row_h = (16.0 * 24.0 / rows as f32).clamp(13.0, 16.0);
    let e = escape;
    let mut h = String::new();
    let heading = o.title_in(lang);
    let title = format!("{heading} — {}", project.info.name);
    let _ = writeln!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}{}</style></head><body>",
        lang.code(),
        e(&title),
        paper.map_or("", Paper::css)
    );
    let _ = writeln!(h, "<h1>{}</h1>", e(&heading));
    let dates = match (o.start, o.end) {
        (Some(a), Some(b)) => format!("{} – {}", day(a), day(b)),
        _ => String::new(),
    };
    let _ = writeln!(
        h,
        "<p class=\"meta\">{} · {} · {}</p>",
        e(&project.info.name),
        e(&dates),
        e(&say("report-as-of", &[("date", day(today).into())]))
    );
    for objective in &o.objectives {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            e(&say(
                "report-objective",
                &[("objective", objective.as_str().into())]
            ))
        );
    }
    let pct = |m: crate::model::Money| o.share_of_cap(m);
    let reach = crate::counts::short_count(o.reach);
    let figure = |n: String, id: &str| format!("<div><b>{n}</b>{}</div>", e(&say(id, &[])));
    let _ = writeln!(
        h,
        "<div class=\"figures\">{}{}{}{}</div>",
        figure(o.creators.len().to_string(), "report-creators"),
        figure(reach, "report-combined-reach"),
        figure(o.deliverables.to_string(), "report-deliverables"),
        figure(pct(o.amounts.current), "report-of-cap-planned"),
    );
    let statuses: Vec<String> = o
        .by_status
        .iter()
        .map(|(s, n)| format!("{} {n}", s.label_in(lang)))
        .collect();
    let _ = writeln!(h, "<p>{}</p>", e(&statuses.join(" · ")));
    let mut budget = o.budget_line_in(lang, confidential, &project.info.currency);
    if !confidential {
        budget.push_str(&say("report-no-amounts", &[]));
    }
    let _ = writeln!(h, "<p>{}</p>", e(&budget));
    let _ = writeln!(
        h,
        "<h2>{}</h2><figure style=\"margin:0\">{}</figure>",
        e(&say("report-timeline", &[])),
        timeline_svg_in(
            lang, project, campaign, today, findings, &hidden, 700.0, row_h
        )
    );
    if !o.decisions.is_empty() {
        let _ = writeln!(
            h,
            "<h2 class=\"error\">{}</h2><ul class=\"decisions\">",
            e(&say(
                "report-decisions",
                &[("count", o.decisions.len().into())]
            ))
        );
        for d in &o.decisions {
            let _ = writeln!(
                h,
                "<li><span class=\"error\">▲</span> <b>{}</b> — {}</li>",
                e(&d.about),
                e(&d.message.render(lang))
            );
        }
        h.push_str("</ul>\n");
    }
    let _ = writeln!(
        h,
        "<h2>{}</h2><figure style=\"margin:0\">{}</figure>",
        e(&say("report-budget", &[])),
        budget_svg_in(lang, project, campaign, confidential, 700.0, 150.0)
    );
    h.push_str(&super::summary_results::results_html(
        lang,
        project,
        campaign,
        confidential,
    ));
    // The open warnings (the errors are listed above), about this campaign's records.
    let index = ProjectIndex::new(project);
    let ours: crate::fast::HashSet<&str> = {
        let mut set = crate::fast::HashSet::default();
        set.extend(
            project
                .deliverables
                .iter()
                .filter(|d| campaign.is_none_or(|c| *c == d.campaign))
                .map(|d| d.id.as_str()),
        );
        set.extend(
            project
                .cost_lines
                .iter()
                .filter(|l| campaign.is_none_or(|c| *c == l.campaign))
                .map(|l| l.id.as_str()),
        );
        set.extend(
            project
                .campaigns
                .iter()
                .filter(|c| campaign.is_none_or(|id| *id == c.id))
                .map(|c| c.id.as_str()),
        );
        set.extend(o.creators.iter().map(|i| i.as_str()));
        set
    };
    let warnings: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning && !hidden.contains(&f.code))
        .filter(|f| f.subject.iter().any(|s| ours.contains(s.as_str())))
        .collect();
    let mut notes: Vec<String> = Vec::new();
    if !warnings.is_empty() {
        // The first ones, so that the page stays one or two sheets; the app lists them all.
        let shown = if campaign.is_some() { 8 } else { 4 };
        let _ = writeln!(
            h,
            "<h2>{}</h2><table>",
            e(&say("report-warnings", &[("count", warnings.len().into())]))
        );
        let more = warnings.len().saturating_sub(shown);
        for f in warnings.into_iter().take(shown) {
            let about = f
                .subject
                .first()
                .map(|id| index.describe(project, id))
                .unwrap_or_default();
            let _ = writeln!(
                h,
                "<tr><td class=\"warning\">● {}</td><td>{}</td><td>{}</td></tr>",
                f.code.as_str(),
                e(&about),
                e(&f.message.render(lang))
            );
        }
        h.push_str("</table>\n");
        if more > 0 {
            notes.push(say("report-more-warnings", &[("more", more.into())]));
        }
    }
    if !confidential {
        notes.push(say("report-not-in-page", &[]));
    }
    if !notes.is_empty() {
        let _ = writeln!(h, "<p class=\"meta\">{}</p>", e(&notes.join(" ")));
    }
    h.push_str("</body></html>\n");
    h
}
