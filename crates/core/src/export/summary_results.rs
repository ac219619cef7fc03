//! The summary page's results section: each KPI with a target against what was measured,
//! and whom to book again. Only when there is something to show; what results cost only
//! when confidential details are in the page.

use crate::counts::group_thousands;
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
    let mut h = String::from("<h2>Results</h2>");
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
                format!(
                    "{} {} of {}{unit} ({})",
                    p.kpi.label(),
                    p.actual.map_or("nothing measured".to_string(), shown),
                    shown(p.target),
                    p.fraction
                        .map_or("—".to_string(), |f| format!("{:.0} %", f * 100.0)),
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
                    format!(
                        ", {} per acquisition",
                        c.metrics.cpa.map_or("—".into(), Money::grouped)
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
            format!(" Book again: {}.", escape(&best.join(", ")))
        };
        let _ = writeln!(h, "<p>{whose}{}.{again}</p>", escape(&kpis.join(" · ")));
    }
    h
}
