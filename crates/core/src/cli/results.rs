//! `rapport results PROJECT [--campaign ID] [--format text|json|csv]`: per campaign, each
//! KPI against its target, and per campaign, creator and deliverable what was measured and
//! what it cost (CPM, cost per engagement, click and acquisition, to the cent) and returned;
//! creators ranked by the leading KPI per unit of cost. A ratio that cannot be computed
//! (nothing measured, or nothing spent) is "—" in text and empty in JSON and CSV.

use super::ResultsFormat;
use super::plain::{Plain, pad_end};
use super::say;
use crate::i18n::Lang;
use crate::model::results::{Figures, Kpi, KpiValue};
use crate::model::{CampaignResults, Metrics, Money, Project, results_report};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// One row of results: a campaign, a creator or a deliverable.
#[derive(Debug, Serialize)]
struct Row {
    campaign_id: String,
    campaign: String,
    level: &'static str,
    name: String,
    /// 1 for the creator to book again first; empty when not ranked.
    rank: Option<usize>,
    cost: String,
    reach: Option<u64>,
    impressions: Option<u64>,
    views: Option<u64>,
    engagements: Option<u64>,
    clicks: Option<u64>,
    redemptions: Option<u64>,
    sales: Option<u64>,
    revenue: Option<String>,
    engagement_rate: Option<String>,
    cpm: Option<String>,
    cpe: Option<String>,
    cpc: Option<String>,
    cpa: Option<String>,
    roas: Option<String>,
}

/// A campaign's KPI against its target, for JSON.
#[derive(Debug, Serialize)]
struct Target {
    kpi: &'static str,
    target: String,
    actual: Option<String>,
    /// Actual over target, in percent, one decimal.
    progress: Option<String>,
}

/// One campaign, for JSON.
#[derive(Debug, Serialize)]
struct CampaignJson {
    id: String,
    name: String,
    goal: Option<&'static str>,
    leading: &'static str,
    targets: Vec<Target>,
    rows: Vec<Row>,
}

fn count(figures: &Figures, kpi: Kpi) -> Option<u64> {
    match figures.get(kpi) {
        Some(KpiValue::Count(n)) => Some(n),
        _ => None,
    }
}

fn value_text(v: KpiValue) -> String {
    match v {
        KpiValue::Count(n) => n.to_string(),
        KpiValue::Money(m) => m.to_string(),
    }
}

fn row(
    c: &CampaignResults,
    level: &'static str,
    name: &str,
    rank: Option<usize>,
    cost: Money,
    figures: &Figures,
    m: &Metrics,
) -> Row {
    let money = |x: Option<Money>| x.map(|v| v.to_string());
    Row {
        campaign_id: c.id.to_string(),
        campaign: c.name.clone(),
        level,
        name: name.to_string(),
        rank,
        cost: cost.to_string(),
        reach: count(figures, Kpi::Reach),
        impressions: count(figures, Kpi::Impressions),
        views: count(figures, Kpi::Views),
        engagements: count(figures, Kpi::Engagements),
        clicks: count(figures, Kpi::Clicks),
        redemptions: count(figures, Kpi::Redemptions),
        sales: count(figures, Kpi::Sales),
        revenue: money(figures.revenue),
        engagement_rate: m.engagement_rate.map(|r| format!("{r:.2}")),
        cpm: money(m.cpm),
        cpe: money(m.cpe),
        cpc: money(m.cpc),
        cpa: money(m.cpa),
        roas: m.roas.map(|r| format!("{r:.2}")),
    }
}

/// Every row of one campaign: its total, its creators (ranked first, in rank order, then the
/// rest), its deliverables.
fn rows(project: &Project, c: &CampaignResults) -> Vec<Row> {
    let mut out = vec![row(
        c, "campaign", &c.name, None, c.cost, &c.figures, &c.metrics,
    )];
    for &k in &c.listed {
        let cr = &c.creators[k];
        let rank = c.rank.get(k).copied().flatten();
        out.push(row(
            c,
            "creator",
            &cr.name,
            rank,
            cr.cost,
            &cr.figures,
            &cr.metrics,
        ));
    }
    for d in &c.deliverables {
        let title = project
            .deliverables
            .get(d.index)
            .map_or("", |x| x.title.as_str());
        out.push(row(
            c,
            "deliverable",
            title,
            None,
            d.cost,
            &d.figures,
            &d.metrics,
        ));
    }
    out
}

fn targets(c: &CampaignResults) -> Vec<Target> {
    c.progress
        .iter()
        .map(|p| Target {
            kpi: p.kpi.label(),
            target: value_text(p.target),
            actual: p.actual.map(value_text),
            progress: p.fraction.map(|f| format!("{:.1}", f * 100.0)),
        })
        .collect()
}

fn dash<T: std::fmt::Display>(x: Option<T>) -> String {
    x.map_or("—".to_string(), |v| v.to_string())
}

fn grouped(v: KpiValue) -> String {
    match v {
        KpiValue::Count(n) => crate::counts::group_thousands(n),
        KpiValue::Money(m) => m.grouped(),
    }
}

/// Writes every campaign's results as text in `lang`.
fn write_text(
    out: &mut dyn Write,
    project: &Project,
    report: &[CampaignResults],
    lang: Lang,
) -> std::io::Result<()> {
    let currency = project.info.currency.as_str();
    for c in report {
        let leading = c.leading.label_in(lang);
        let name = Plain(&c.name).to_string();
        let heading = match c.goal {
            Some(goal) => say(
                lang,
                "cli-results-heading",
                &[
                    ("name", name.into()),
                    ("goal", goal.label_in(lang).into()),
                    ("kpi", leading.clone().into()),
                ],
            ),
            None => say(
                lang,
                "cli-results-heading-no-goal",
                &[("name", name.into()), ("kpi", leading.clone().into())],
            ),
        };
        writeln!(out, "{heading}")?;
        let cost = say(
            lang,
            "cli-results-cost",
            &[
                ("cost", c.cost.grouped().into()),
                ("currency", currency.into()),
            ],
        );
        writeln!(out, "  {cost}")?;
        if c.progress.is_empty() {
            writeln!(out, "  {}", say(lang, "cli-results-no-targets", &[]))?;
        }
        for p in &c.progress {
            let line = say(
                lang,
                "cli-results-target",
                &[
                    ("target", format!("{:>14}", grouped(p.target)).into()),
                    (
                        "actual",
                        format!("{:>14}", p.actual.map_or("—".to_string(), grouped)).into(),
                    ),
                    (
                        "progress",
                        p.fraction
                            .map_or("—".to_string(), |f| format!("{:.1} %", f * 100.0))
                            .into(),
                    ),
                ],
            );
            writeln!(out, "  {} {line}", pad_end(&p.kpi.label_in(lang), 17))?;
        }
        let m = &c.metrics;
        let metrics = say(
            lang,
            "cli-results-metrics",
            &[
                (
                    "rate",
                    m.engagement_rate
                        .map_or("—".to_string(), |r| format!("{r:.2} %"))
                        .into(),
                ),
                ("cpm", dash(m.cpm.map(Money::grouped)).into()),
                ("cpe", dash(m.cpe.map(Money::grouped)).into()),
                ("cpc", dash(m.cpc.map(Money::grouped)).into()),
                ("cpa", dash(m.cpa.map(Money::grouped)).into()),
                (
                    "roas",
                    m.roas
                        .map_or("—".to_string(), |r| format!("{r:.2}×"))
                        .into(),
                ),
            ],
        );
        writeln!(out, "  {metrics}")?;
        if !c.ranking.is_empty() {
            let book = say(
                lang,
                "cli-results-book-again",
                &[("kpi", leading.clone().into())],
            );
            writeln!(out, "  {book}")?;
            for (n, &k) in c.ranking.iter().enumerate() {
                let cr = &c.creators[k];
                let line = say(
                    lang,
                    "cli-results-ranked",
                    &[
                        ("rank", (n + 1).to_string().into()),
                        ("name", Plain(&cr.name).to_string().into()),
                        (
                            "value",
                            cr.figures
                                .get(c.leading)
                                .map_or("—".to_string(), grouped)
                                .into(),
                        ),
                        ("cost", cr.cost.grouped().into()),
                        ("currency", currency.into()),
                    ],
                );
                writeln!(out, "    {line}")?;
            }
        }
        let measured = c.deliverables.iter().filter(|d| d.measured).count();
        let measured = say(
            lang,
            "cli-results-measured",
            &[
                ("measured", measured.to_string().into()),
                ("total", c.deliverables.len().to_string().into()),
            ],
        );
        writeln!(out, "  {measured}\n")?;
    }
    Ok(())
}

fn write_csv(
    out: &mut dyn Write,
    project: &Project,
    report: &[CampaignResults],
) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    for c in report {
        for mut r in rows(project, c) {
            // Names a spreadsheet would run as a formula are written with a leading '.
            for text in [&mut r.campaign, &mut r.name] {
                if crate::file::spreadsheet::values::needs_guard(text) {
                    text.insert(0, '\'');
                }
            }
            writer.serialize(r)?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// Runs `rapport results` and returns the exit status: 0, or 2 when the file cannot be read,
/// has no such campaign, or the output cannot be written (the cause on `err`). The text
/// and the messages are in `lang`; JSON and CSV are the same in every language.
pub fn run(
    path: &Path,
    campaign: Option<&str>,
    format: ResultsFormat,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match super::open(path, lang, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let wanted = match campaign {
        None => None,
        Some(key) => match super::timeline::find_campaign(&project, key, lang) {
            Ok(id) => Some(id.clone()),
            Err(message) => return super::fail(err, message),
        },
    };
    let report = results_report(&project, wanted.as_ref());
    let written = match format {
        ResultsFormat::Text => write_text(out, &project, &report, lang),
        ResultsFormat::Json => {
            let campaigns: Vec<CampaignJson> = report
                .iter()
                .map(|c| CampaignJson {
                    id: c.id.to_string(),
                    name: c.name.clone(),
                    goal: c.goal.map(|g| g.label()),
                    leading: c.leading.label(),
                    targets: targets(c),
                    rows: rows(&project, c),
                })
                .collect();
            super::write_json(out, &campaigns)
        }
        ResultsFormat::Csv => write_csv(out, &project, &report).map_err(|e| match e.into_kind() {
            csv::ErrorKind::Io(io) => io,
            other => std::io::Error::other(format!("{other:?}")),
        }),
    };
    super::finish(written, err, lang, "cli-what-results")
}
