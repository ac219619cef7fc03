//! Charts drawn without a window, as SVG (for slides, the summary page, and PNG through
//! resvg): the timeline (a row per deliverable, bars from brief to publish, flags, today,
//! a legend) here, and the budget (each campaign against its cap, and the waterfall from
//! the approved budget to the plan) in `budget_chart`. They read the same rows and palette
//! as the app's slides.

pub use super::budget_chart::{Waterfall, budget_svg, budget_svg_in, waterfall};
pub use super::image::png;

use super::fonts::{FAMILIES, svg_text};
use super::label::{bar_label, estimate};
use super::palette::{self, ALERT, BLUE, INK, MUTED, RULE, WARN, hex};
use crate::checks::{Code, Finding, Severity};
use crate::i18n::{Lang, text, text_with};
use crate::model::{CampaignId, Deliverable, DeliverableStatus, Project};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// The days a deliverable's bar spans: brief (or the first date it has) to publish.
pub fn span(d: &Deliverable) -> Option<(NaiveDate, NaiveDate)> {
    let start = d.brief_sent.or(d.draft_due).or(d.publish)?;
    let end = d.publish.or(d.draft_due).or(d.brief_sent)?;
    Some((start.min(end), start.max(end)))
}

/// The timeline's rows for a campaign (or all): each creator's deliverables (not
/// cancelled) by date, creators by name, and the days shown.
#[derive(Debug, Clone, Default)]
pub struct TimelineRows {
    /// Per row: the deliverable's index in the project, and its creator's place in `names`.
    pub rows: Vec<(usize, usize)>,
    /// The creators' names, in order.
    pub names: Vec<String>,
    /// The first and last day shown.
    pub days: Option<(NaiveDate, NaiveDate)>,
}

impl TimelineRows {
    /// Prepares the rows of `campaign` (every campaign when `None`).
    pub fn new(project: &Project, campaign: Option<&CampaignId>, today: NaiveDate) -> Self {
        let names: crate::fast::HashMap<&str, &str> = project
            .influencers
            .iter()
            .map(|i| (i.id.as_str(), i.name.as_str()))
            .collect();
        let mut by: std::collections::BTreeMap<(String, &str), Vec<usize>> = Default::default();
        for (i, d) in project.deliverables.iter().enumerate() {
            if campaign.is_some_and(|c| *c != d.campaign)
                || d.status == DeliverableStatus::Cancelled
            {
                continue;
            }
            let name = names
                .get(d.influencer.as_str())
                .copied()
                .unwrap_or("(unknown creator)");
            by.entry((name.to_lowercase(), d.influencer.as_str()))
                .or_default()
                .push(i);
        }
        let mut out = TimelineRows::default();
        let (mut from, mut to) = (today, today);
        for c in project
            .campaigns
            .iter()
            .filter(|c| campaign.is_none_or(|id| *id == c.id))
        {
            from = from.min(c.start);
            to = to.max(c.end);
        }
        for ((_, id), mut list) in by {
            let group = out.names.len();
            out.names.push(
                names
                    .get(id)
                    .copied()
                    .unwrap_or("(unknown creator)")
                    .to_string(),
            );
            list.sort_by_key(|&i| {
                let s = span(&project.deliverables[i]);
                (s.is_none(), s)
            });
            for i in list {
                if let Some((a, b)) = span(&project.deliverables[i]) {
                    from = from.min(a);
                    to = to.max(b);
                }
                out.rows.push((i, group));
            }
        }
        let from = from.checked_sub_days(chrono::Days::new(2)).unwrap_or(from);
        let to = to.checked_add_days(chrono::Days::new(3)).unwrap_or(to);
        out.days = Some((from, to));
        out
    }
}

/// A month with its year above a chart: "Mar 2027" / "2027年3月".
pub fn month_year(lang: Lang, month: NaiveDate) -> String {
    text_with(
        lang,
        "chart-month-year",
        &[
            ("name", month.format("%b").to_string().into()),
            ("month", month.month().into()),
            ("year", month.year().to_string().into()),
        ],
    )
}

/// The first of each month from `from` to `to`, every `step` months when there are many
/// (never more than 400).
pub fn months(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let count = (i64::from(to.year()) - i64::from(from.year())) * 12 + i64::from(to.month())
        - i64::from(from.month())
        + 1;
    let step = chrono::Months::new(u32::try_from((count / 24).max(1)).unwrap_or(u32::MAX));
    let first = NaiveDate::from_ymd_opt(from.year(), from.month(), 1).unwrap_or(from);
    std::iter::successors(Some(first), |m| m.checked_add_months(step))
        .take(400)
        .take_while(|m| *m <= to)
        .collect()
}

/// The worst warning or error about each record, by id, leaving out hidden codes (the last
/// of equals, as the slides choose it): built once per chart, looked up once per row.
fn worst<'a>(
    findings: &'a [Finding],
    hidden: &[Code],
) -> crate::fast::HashMap<&'a str, &'a Finding> {
    let mut worst: crate::fast::HashMap<&str, &Finding> = crate::fast::HashMap::default();
    for f in findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning && !hidden.contains(&f.code))
    {
        for id in &f.subject {
            let slot = worst.entry(id.as_str()).or_insert(f);
            if f.severity >= slot.severity {
                *slot = f;
            }
        }
    }
    worst
}

/// The timeline of `campaign` (all when `None`) as an SVG image `width` wide, each row
/// `row_h` high (26 for slides, 16 for a printed page; text follows).
#[allow(clippy::too_many_arguments)]
pub fn timeline_svg(
    project: &Project,
    campaign: Option<&CampaignId>,
    today: NaiveDate,
    findings: &[Finding],
    hidden: &[Code],
    width: f32,
    row_h: f32,
) -> String {
    timeline_svg_in(
        Lang::En,
        project,
        campaign,
        today,
        findings,
        hidden,
        width,
        row_h,
    )
}

/// [`timeline_svg`] with its words (months, today) in `lang`.
#[allow(clippy::too_many_arguments)]
pub fn timeline_svg_in(
    lang: Lang,
    project: &Project,
    campaign: Option<&CampaignId>,
    today: NaiveDate,
    findings: &[Finding],
    hidden: &[Code],
    width: f32,
    row_h: f32,
) -> String {
    let prepared = TimelineRows::new(project, campaign, today);
    let worst = worst(findings, hidden);
    let k = row_h / 26.0;
    // Text stays readable on paper however thin the rows.
    let (name_font, title_font) = ((14.0 * k).max(11.0), (12.0 * k).max(10.0));
    let names_w = 220.0 * k.max(0.6);
    // Month names above, the today label under them.
    let axis_h = 36.0;
    let legend_h = 34.0;
    let height = axis_h + prepared.rows.len().max(1) as f32 * row_h + legend_h + 8.0;
    let (from, to) = prepared.days.unwrap_or((today, today));
    let days = (to - from).num_days().max(1) as f32;
    let left = names_w;
    let chart_w = width - left - 8.0;
    let x = |d: NaiveDate| left + (d - from).num_days() as f32 / days * chart_w;
    let day_w = chart_w / days;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FAMILIES}" role="img" aria-label="{}"><rect width="100%" height="100%" fill="white"/><defs><clipPath id="chart"><rect x="{left}" y="0" width="{}" height="{height}"/></clipPath></defs>"#,
        svg_text(&text(lang, "report-timeline")),
        width - left
    );
    let top = axis_h;
    let bottom = top + prepared.rows.len() as f32 * row_h;
    for (n, &(i, group)) in prepared.rows.iter().enumerate() {
        let y = top + n as f32 * row_h;
        if group % 2 == 0 {
            let _ = write!(
                s,
                r##"<rect x="0" y="{y}" width="{width}" height="{row_h}" fill="#f1f1f1"/>"##
            );
        }
        let first = n == 0 || prepared.rows[n - 1].1 != group;
        if first && let Some(name) = prepared.names.get(group) {
            let _ = write!(
                s,
                r#"<text x="4" y="{:.1}" font-size="{name_font:.1}" fill="{}">{}</text>"#,
                y + row_h * 0.7,
                hex(INK),
                svg_text(name)
            );
        }
        let d = &project.deliverables[i];
        let Some((a, b)) = span(d) else {
            let _ = write!(
                s,
                r#"<text x="{}" y="{:.1}" font-size="{title_font:.1}" fill="{}">{} · dates to agree</text>"#,
                left + 4.0,
                y + row_h * 0.68,
                hex(MUTED),
                svg_text(&d.title)
            );
            continue;
        };
        let (color, filled) = palette::status(d.status);
        let (bx, bw) = (x(a), (x(b) + day_w - x(a)).max(3.0));
        if filled {
            let _ = write!(
                s,
                r#"<rect x="{bx:.1}" y="{:.1}" width="{bw:.1}" height="{:.1}" rx="3" fill="{}"/>"#,
                y + 6.0 * k,
                14.0 * k,
                hex(color)
            );
        } else {
            let _ = write!(
                s,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="3" fill="none" stroke="{}" stroke-width="2"/>"#,
                bx + 1.0,
                y + 7.0 * k,
                (bw - 2.0).max(1.0),
                12.0 * k,
                hex(color)
            );
        }
        if let Some(p) = d.publish {
            let px = x(p) + day_w / 2.0;
            let _ = write!(
                s,
                r#"<path d="M{:.1} {:.1} l{d:.1} {d:.1} l-{d:.1} {d:.1} l-{d:.1} -{d:.1} z" fill="{}"/>"#,
                px,
                y + 7.0 * k,
                if filled {
                    "white".to_string()
                } else {
                    hex(INK)
                },
                d = 6.0 * k
            );
        }
        // The title, and the flag in its colour.
        let flagged = worst.get(d.id.as_str()).map(|f| {
            if f.severity == Severity::Error {
                ("▲", f.code.as_str(), ALERT)
            } else {
                ("●", f.code.as_str(), WARN)
            }
        });
        let after = bx + bw + 6.0;
        let placed = bar_label(
            &d.title,
            flagged.map(|(mark, code, _)| (mark, code)),
            width - after,
            bx - 6.0 - left,
            estimate("  ", title_font),
            |text| estimate(text, title_font),
        );
        let (anchor, tx) = if placed.after {
            ("start", after)
        } else {
            ("end", bx - 6.0)
        };
        let title = placed.title;
        let tail = flagged
            .filter(|_| !placed.flag.is_empty())
            .map(|(_, _, c)| {
                format!(
                    r#"<tspan fill="{}">  {}</tspan>"#,
                    hex(c),
                    svg_text(&placed.flag)
                )
            })
            .unwrap_or_default();
        let _ = write!(
            s,
            r#"<text x="{tx:.1}" y="{:.1}" font-size="{title_font:.1}" text-anchor="{anchor}" fill="{}" clip-path="url(#chart)">{}{tail}</text>"#,
            y + row_h * 0.68,
            hex(INK),
            svg_text(&title)
        );
    }
    for m in months(from, to) {
        let at = x(m.max(from));
        let _ = write!(
            s,
            r#"<line x1="{at:.1}" y1="4" x2="{at:.1}" y2="{bottom}" stroke="{}" stroke-width="1"/>"#,
            hex(RULE)
        );
        if width - at > 70.0 {
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="16" font-size="12" fill="{}">{}</text>"#,
                at + 4.0,
                hex(MUTED),
                month_year(lang, m)
            );
        }
    }
    if (from..=to).contains(&today) {
        let at = x(today) + day_w / 2.0;
        let _ = write!(
            s,
            r#"<line x1="{at:.1}" y1="{}" x2="{at:.1}" y2="{bottom}" stroke="{}" stroke-width="2"/><text x="{at:.1}" y="{}" font-size="11" text-anchor="middle" fill="{}">{}</text>"#,
            top - 3.0,
            hex(BLUE),
            top - 5.0,
            hex(BLUE),
            svg_text(&text(lang, "chart-today"))
        );
    }
    // The legend, smaller on a printed page.
    let lk = k.max(0.7);
    let ly = bottom + 22.0;
    let mut lx = 4.0;
    for status in palette::LEGEND {
        let (color, filled) = palette::status(status);
        let fill = if filled {
            hex(color)
        } else {
            "none".to_string()
        };
        let _ = write!(
            s,
            r#"<rect x="{lx:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="2" fill="{fill}" stroke="{}" stroke-width="2"/><text x="{:.1}" y="{ly}" font-size="{:.1}" fill="{}">{}</text>"#,
            ly - 10.0 * lk,
            18.0 * lk,
            11.0 * lk,
            hex(color),
            lx + 23.0 * lk,
            12.0 * lk,
            hex(INK),
            status.label()
        );
        lx += (30.0 + status.label().chars().count() as f32 * 7.0) * lk;
    }
    let _ = write!(
        s,
        r#"<text x="{lx:.1}" y="{ly}" font-size="{f:.1}" fill="{}">◆ publish</text><text x="{:.1}" y="{ly}" font-size="{f:.1}" fill="{}">▲ needs a decision</text><text x="{:.1}" y="{ly}" font-size="{f:.1}" fill="{}">● warning</text>"#,
        hex(INK),
        lx + 80.0 * lk,
        hex(ALERT),
        lx + 210.0 * lk,
        hex(WARN),
        f = 12.0 * lk
    );
    s.push_str("</svg>");
    s
}
