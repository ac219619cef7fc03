//! Charts drawn without a window, as SVG (for slides, the summary page, and PNG through
//! resvg): the timeline (a row per deliverable, bars from brief to publish, flags, today,
//! a legend) and the budget (each campaign against its cap, and the waterfall from the
//! approved budget to the plan). They read the same rows and palette as the app's slides.

use super::fonts::FAMILIES;
use super::palette::{self, ALERT, BASELINE, BLUE, GREEN, INK, MUTED, RULE, SKY, WARN, hex};
use crate::checks::{Code, Finding, Severity};
use crate::model::{
    CampaignId, Deliverable, DeliverableStatus, Money, Project, budget_report, changes_by_reason,
};
use crate::share::escape;
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

/// The worst warning or error about a deliverable, leaving out hidden codes.
fn flag<'a>(findings: &'a [Finding], id: &str, hidden: &[Code]) -> Option<&'a Finding> {
    findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning && !hidden.contains(&f.code))
        .filter(|f| f.subject.first().is_some_and(|s| s.as_str() == id))
        .max_by_key(|f| f.severity)
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
    let prepared = TimelineRows::new(project, campaign, today);
    let k = row_h / 26.0;
    // Text stays readable on paper however thin the rows.
    let (name_font, title_font) = ((14.0 * k).max(11.0), (12.0 * k).max(10.0));
    let names_w = 220.0 * k.max(0.6);
    let axis_h = 28.0;
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
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FAMILIES}" role="img" aria-label="Timeline"><rect width="100%" height="100%" fill="white"/><defs><clipPath id="chart"><rect x="{left}" y="0" width="{}" height="{height}"/></clipPath></defs>"#,
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
                escape(name)
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
                escape(&d.title)
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
        let flagged = flag(findings, d.id.as_str(), hidden).map(|f| {
            let (mark, color) = if f.severity == Severity::Error {
                ("▲", ALERT)
            } else {
                ("●", WARN)
            };
            (format!("  {mark} {}", f.code.as_str()), color)
        });
        let chars =
            d.title.chars().count() + flagged.as_ref().map_or(0, |(t, _)| t.chars().count());
        let tx = bx + bw + 6.0;
        // After the bar, else before it, else after it cut at the edge: never over the names.
        let needed = chars as f32 * 0.58 * title_font;
        let (anchor, tx) = if tx + needed <= width || bx - 6.0 - needed < left {
            ("start", tx)
        } else {
            ("end", bx - 6.0)
        };
        let tail = flagged
            .map(|(t, c)| format!(r#"<tspan fill="{}">{}</tspan>"#, hex(c), escape(&t)))
            .unwrap_or_default();
        let _ = write!(
            s,
            r#"<text x="{tx:.1}" y="{:.1}" font-size="{title_font:.1}" text-anchor="{anchor}" fill="{}" clip-path="url(#chart)">{}{tail}</text>"#,
            y + row_h * 0.68,
            hex(INK),
            escape(&d.title)
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
                m.format("%b %Y")
            );
        }
    }
    if (from..=to).contains(&today) {
        let at = x(today) + day_w / 2.0;
        let _ = write!(
            s,
            r#"<line x1="{at:.1}" y1="{}" x2="{at:.1}" y2="{bottom}" stroke="{}" stroke-width="2"/><text x="{at:.1}" y="{}" font-size="11" text-anchor="middle" fill="{}">Today</text>"#,
            top - 4.0,
            hex(BLUE),
            top - 6.0,
            hex(BLUE)
        );
    }
    // The legend, smaller on a printed page.
    let lk = k.max(0.7);
    let ly = bottom + 22.0;
    let mut lx = 4.0;
    for status in [
        DeliverableStatus::Planned,
        DeliverableStatus::BriefSent,
        DeliverableStatus::Agreed,
        DeliverableStatus::InProgress,
        DeliverableStatus::DraftSubmitted,
        DeliverableStatus::Approved,
        DeliverableStatus::Published,
    ] {
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

/// From the approved budget to the plan: the baseline, the steps, the plan and the cap.
#[derive(Debug, Clone, PartialEq)]
pub struct Waterfall {
    /// The approved baseline.
    pub baseline: Money,
    /// The recorded changes: by reason (the five largest, the rest together) when reasons
    /// may be shown, else one step.
    pub steps: Vec<(String, Money)>,
    /// The plan now.
    pub plan: Money,
    /// The caps added up.
    pub cap: Money,
}

/// The waterfall of `campaign` (all when `None`); `reasons` shows the recorded reasons.
pub fn waterfall(project: &Project, campaign: Option<&CampaignId>, reasons: bool) -> Waterfall {
    let budgets = budget_report(project, campaign);
    let mut w = Waterfall {
        baseline: Money::ZERO,
        steps: Vec::new(),
        plan: Money::ZERO,
        cap: Money::ZERO,
    };
    for b in &budgets {
        w.baseline += b.total.baseline;
        w.plan += b.total.current;
        w.cap += b.cap;
    }
    if reasons {
        let mut by: std::collections::BTreeMap<String, Money> = Default::default();
        for b in &budgets {
            for (reason, m) in changes_by_reason(project, &b.id) {
                *by.entry(reason).or_insert(Money::ZERO) += m;
            }
        }
        let mut all: Vec<(String, Money)> = by.into_iter().collect();
        all.sort_by_key(|(_, m)| std::cmp::Reverse(m.cents().saturating_abs()));
        let rest = all.iter().skip(5).fold(Money::ZERO, |a, (_, m)| a + *m);
        w.steps = all.into_iter().take(5).collect();
        if rest != Money::ZERO {
            w.steps.push(("Other changes".into(), rest));
        }
    } else if w.plan != w.baseline {
        w.steps.push((
            "Recorded changes".into(),
            Money::from_cents(w.plan.cents().saturating_sub(w.baseline.cents())),
        ));
    }
    w
}

/// A share of the cap, or an amount: "+11.3 %" or "+7,700.00".
fn words(value: Money, cap: Money, amounts: bool, signed: bool) -> String {
    let sign = if signed && value.cents() > 0 { "+" } else { "" };
    if amounts {
        format!("{sign}{}", value.grouped())
    } else if cap.cents() > 0 {
        format!(
            "{sign}{:.1} %",
            value.cents() as f64 * 100.0 / cap.cents() as f64
        )
    } else {
        String::new()
    }
}

/// The budget of `campaign` (all when `None`) as an SVG image `width` wide, the waterfall
/// `fall_h` high (260 for slides, 190 for a printed page): each campaign against its cap,
/// then the waterfall. Amounts and reasons only when `amounts`.
pub fn budget_svg(
    project: &Project,
    campaign: Option<&CampaignId>,
    amounts: bool,
    width: f32,
    fall_h: f32,
) -> String {
    let budgets = budget_report(project, campaign);
    let bars_h = budgets.len() as f32 * 44.0;
    let height = bars_h + 40.0 + fall_h + 40.0;
    let currency = escape(&project.info.currency);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FAMILIES}" role="img" aria-label="Budget"><rect width="100%" height="100%" fill="white"/>"#
    );
    let names_w = 200.0;
    let bar_w = width - names_w - 16.0;
    for (n, b) in budgets.iter().enumerate() {
        let y = n as f32 * 44.0 + 6.0;
        let scale = b.cap.cents().max(b.total.current.cents()).max(1) as f32;
        let w = |m: Money| (m.cents().max(0) as f32 / scale * bar_w).min(bar_w);
        let _ = write!(
            s,
            r#"<text x="4" y="{}" font-size="13" fill="{}">{}</text>"#,
            y + 14.0,
            hex(INK),
            escape(&b.name)
        );
        let committed = Money::from_cents(b.total.committed.cents().max(b.total.paid.cents()));
        for (value, color) in [
            (b.total.current, SKY),
            (committed, BLUE),
            (b.total.paid, INK),
        ] {
            let _ = write!(
                s,
                r#"<rect x="{names_w}" y="{y}" width="{:.1}" height="18" fill="{}"/>"#,
                w(value),
                hex(color)
            );
        }
        if b.cap.cents() > 0 {
            let cx = names_w + w(b.cap);
            let _ = write!(
                s,
                r#"<line x1="{cx:.1}" y1="{}" x2="{cx:.1}" y2="{}" stroke="{}" stroke-width="3"/>"#,
                y - 3.0,
                y + 21.0,
                hex(ALERT)
            );
        }
        let over = b.total.current.cents().saturating_sub(b.cap.cents());
        let text = if b.cap.cents() > 0 && over > 0 {
            let pct = b.total.current.cents() as f64 * 100.0 / b.cap.cents() as f64;
            if amounts {
                format!(
                    "▲ over the cap by {} {currency} ({pct:.1} %)",
                    Money::from_cents(over).grouped()
                )
            } else {
                format!("▲ over the cap ({pct:.1} % of it planned)")
            }
        } else {
            format!(
                "{} planned · {} paid",
                words(b.total.current, b.cap, amounts, false),
                words(b.total.paid, b.cap, amounts, false)
            )
        };
        let color = if b.cap.cents() > 0 && over > 0 {
            ALERT
        } else {
            MUTED
        };
        let _ = write!(
            s,
            r#"<text x="{names_w}" y="{}" font-size="11" fill="{}">{}</text>"#,
            y + 32.0,
            hex(color),
            escape(&text)
        );
    }
    // The waterfall.
    let w = waterfall(project, campaign, amounts);
    let top = bars_h + 40.0;
    let unit = if amounts {
        format!("in {currency}")
    } else {
        "as shares of the cap".into()
    };
    let _ = write!(
        s,
        r#"<text x="4" y="{}" font-size="14" fill="{}">From the approved budget to the plan ({unit})</text>"#,
        top - 12.0,
        hex(INK)
    );
    let mut bars: Vec<(String, i64, i64, palette::Rgb)> =
        vec![("Approved".into(), 0, w.baseline.cents(), BASELINE)];
    let mut level = w.baseline.cents();
    for (reason, m) in &w.steps {
        let next = level.saturating_add(m.cents());
        bars.push((
            reason.clone(),
            level,
            next,
            if m.cents() >= 0 { ALERT } else { GREEN },
        ));
        level = next;
    }
    bars.push(("Plan".into(), 0, w.plan.cents(), BLUE));
    let highest = bars
        .iter()
        .map(|b| b.1.max(b.2))
        .chain([w.cap.cents()])
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let lowest = bars
        .iter()
        .skip(1)
        .take(bars.len().saturating_sub(2))
        .map(|b| b.1.min(b.2))
        .chain([w.baseline.cents(), w.plan.cents()])
        .min()
        .unwrap_or(0)
        .max(0) as f32;
    let floor = (lowest * 0.8).min(highest * 0.9);
    let area_top = top + 24.0;
    let area_h = fall_h - 60.0;
    let yv = |c: i64| {
        area_top + area_h - ((c as f32 - floor) / (highest - floor)).clamp(0.0, 1.05) * area_h
    };
    let slot = (width - 40.0) / bars.len() as f32;
    for (i, (label, a, b, color)) in bars.iter().enumerate() {
        let cx = 20.0 + slot * (i as f32 + 0.5);
        let (y1, y2) = (yv((*a).max(*b)), yv((*a).min(*b)));
        let _ = write!(
            s,
            r#"<rect x="{:.1}" y="{y1:.1}" width="{:.1}" height="{:.1}" fill="{}"/>"#,
            cx - slot * 0.3,
            slot * 0.6,
            (y2 - y1).max(1.0),
            hex(*color)
        );
        let value = if i == 0 || i + 1 == bars.len() {
            Money::from_cents(*b)
        } else {
            Money::from_cents(b.saturating_sub(*a))
        };
        let signed = i > 0 && i + 1 < bars.len();
        let _ = write!(
            s,
            r#"<text x="{cx:.1}" y="{:.1}" font-size="12" text-anchor="middle" fill="{}">{}</text>"#,
            y1 - 4.0,
            hex(INK),
            escape(&words(value, w.cap, amounts, signed))
        );
        let short: String = label.chars().take((slot / 7.0) as usize).collect();
        let _ = write!(
            s,
            r#"<text x="{cx:.1}" y="{:.1}" font-size="12" text-anchor="middle" fill="{}">{}</text>"#,
            area_top + area_h + 16.0,
            hex(INK),
            escape(&short)
        );
    }
    if w.cap.cents() > 0 {
        let cy = yv(w.cap.cents());
        let label = if amounts {
            format!("Cap {} {currency}", w.cap.grouped())
        } else {
            "Cap (100 %)".into()
        };
        let _ = write!(
            s,
            r#"<line x1="20" y1="{cy:.1}" x2="{}" y2="{cy:.1}" stroke="{}" stroke-width="2"/><text x="{}" y="{:.1}" font-size="12" text-anchor="end" fill="{}">{}</text>"#,
            width - 20.0,
            hex(ALERT),
            width - 20.0,
            cy - 4.0,
            hex(ALERT),
            label
        );
    }
    let ly = height - 10.0;
    let mut lx = names_w;
    for (color, label) in [
        (INK, "paid"),
        (BLUE, "committed"),
        (SKY, "estimated"),
        (ALERT, "cap"),
    ] {
        let _ = write!(
            s,
            r#"<rect x="{lx}" y="{}" width="16" height="11" fill="{}"/><text x="{}" y="{ly}" font-size="12" fill="{}">{label}</text>"#,
            ly - 10.0,
            hex(color),
            lx + 21.0,
            hex(INK)
        );
        lx += 40.0 + label.len() as f32 * 7.0;
    }
    s.push_str("</svg>");
    s
}

/// An SVG image as PNG, at `scale` (2.0 for slides), with the bundled fonts (and the
/// system's for anything else).
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    {
        let db = options.fontdb_mut();
        db.load_font_data(super::fonts::WIDE.to_vec());
        db.load_font_data(super::fonts::CJK.to_vec());
        db.load_system_fonts();
    }
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the chart could not be read back: {e}"))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1))
        .ok_or("the image is too large to draw")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("could not encode the PNG: {e}"))
}
