//! The summary page's results section: each KPI with a target against what was measured,
//! and whom to book again. Only when there is something to show; what results cost only
//! when confidential details are in the page.

use crate::counts::group_thousands;
use crate::i18n::{FluentValue, Lang, text_with};
use crate::model::results::KpiValue;
use crate::model::{CampaignId, Money, Project, results_report};
use crate::share::escape;
use std::fmt::Write;

fn shown(v: KpiValue) -> String {
    match v {
        KpiValue::Count(n) => group_thousands(n),
        KpiValue::Money(m) => m.grouped(),
    }
}

/// The section's HTML, empty when no campaign shown has a target or a measured post.
pub fn results_html(
    lang: Lang,
    project: &Project,
    campaign: Option<&CampaignId>,
    confidential: bool,
) -> String {
    let reports: Vec<_> = results_report(project, campaign)
        .into_iter()
        .filter(|r| !r.progress.is_empty())
        .collect();
    if reports.is_empty() {
        return String::new();
    }
    let currency = &project.info.currency;
    let many = campaign.is_none();
    // A paragraph per campaign, so that the page stays one or two sheets.
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| text_with(lang, id, args);
    let none = say("report-nothing-measured", &[]);
    let mut h = format!("<h2>{}</h2>", escape(&say("report-results", &[])));
    for r in &reports {
        let kpis: Vec<String> = r
            .progress
            .iter()
            .map(|p| {
                let unit = if p.kpi.is_money() {
                    format!(" {currency}")
                } else {
                    String::new()
                };
                say(
                    "report-kpi",
                    &[
                        ("kpi", p.kpi.label_in(lang).into()),
                        ("actual", p.actual.map_or(none.clone(), shown).into()),
                        ("target", format!("{}{unit}", shown(p.target)).into()),
                        (
                            "share",
                            p.fraction
                                .map_or("—".to_string(), |f| format!("{:.0} %", f * 100.0))
                                .into(),
                        ),
                    ],
                )
            })
            .collect();
        let best: Vec<String> = r
            .ranking
            .iter()
            .take(3)
            .map(|&k| {
                let c = &r.creators[k];
                let cpa = if confidential {
                    say(
                        "report-per-acquisition",
                        &[(
                            "amount",
                            c.metrics.cpa.map_or("—".into(), Money::grouped).into(),
                        )],
                    )
                } else {
                    String::new()
                };
                format!(
                    "{} ({}{cpa})",
                    c.name,
                    c.figures.get(r.leading).map_or("—".into(), shown)
                )
            })
            .collect();
        let whose = if many {
            format!("<b>{}</b>: ", escape(&r.name))
        } else {
            String::new()
        };
        let again = if best.is_empty() {
            String::new()
        } else {
            say(
                "report-book-again",
                &[(
                    "names",
                    escape(&best.join(&say("list-separator", &[]))).into(),
                )],
            )
        };
        let _ = writeln!(
            h,
            "<p>{whose}{}{again}</p>",
            escape(&say("report-kpis", &[("kpis", kpis.join(" · ").into())]))
        );
    }
    h
}
