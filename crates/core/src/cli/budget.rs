//! `rapport budget PROJECT [--campaign ID] [--today DATE] [--format text|json|csv]`: per
//! campaign, the cap, baseline, recorded changes, current plan, committed, invoiced, paid and
//! remaining, by category and by influencer, and the lines whose baseline + recorded changes
//! is not what they count for now. Every amount is exact; JSON and CSV write them as decimal
//! strings such as `"1350.00"`.

use super::BudgetFormat;
use super::json::{BudgetCampaign, BudgetCategory, BudgetInfluencer, BudgetUnreconciled};
use super::plain::Plain;
use crate::model::{
    Amounts, CampaignBudget, CostLine, CostStatus, Money, Project, ProjectIndex, budget_report,
    expected_amount,
};
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;

/// One unreconciled line, with what its baseline and changes add up to.
struct Unreconciled<'a> {
    line: &'a CostLine,
    /// What the line is: its description, else its category, and whom it is for.
    label: String,
    /// The sum of its recorded changes.
    changes: Money,
    /// Baseline (or 0) + changes.
    expected: Money,
    /// What it counts for now (0 when cancelled).
    current: Money,
}

impl Unreconciled<'_> {
    /// `baseline + changes = X but the line says Y` (with the currency).
    fn message(&self, currency: &str) -> String {
        let says = if self.line.status == CostStatus::Cancelled {
            format!(
                "the line is cancelled, so it counts {} {currency}",
                self.current.grouped()
            )
        } else {
            format!("the line says {} {currency}", self.current.grouped())
        };
        format!(
            "baseline + changes = {} {currency} but {says}",
            self.expected.grouped()
        )
    }
}

/// The unreconciled lines of a campaign, in file order.
fn unreconciled<'a>(
    project: &'a Project,
    index: &ProjectIndex,
    budget: &CampaignBudget,
) -> Vec<Unreconciled<'a>> {
    budget
        .unreconciled
        .iter()
        .filter_map(|id| index.cost_line(project, id))
        .map(|line| {
            let expected = expected_amount(line);
            let start = line.baseline.unwrap_or(Money::ZERO);
            let what = if line.description.trim().is_empty() {
                line.category.label().to_string()
            } else {
                line.description.clone()
            };
            let label = match &line.influencer {
                Some(id) => format!("{what} ({})", index.describe(project, id)),
                None => what,
            };
            Unreconciled {
                line,
                label,
                changes: Money::from_cents(expected.cents().saturating_sub(start.cents())),
                expected,
                current: line.planned(),
            }
        })
        .collect()
}

/// The amount columns of the tables, in order.
const COLUMNS: [&str; 6] = [
    "BASELINE",
    "CHANGES",
    "CURRENT",
    "COMMITTED",
    "INVOICED",
    "PAID",
];

/// The amounts of a group in the order of [`COLUMNS`].
fn columns(a: &Amounts) -> [Money; 6] {
    [
        a.baseline,
        a.changes,
        a.current,
        a.committed,
        a.invoiced,
        a.paid,
    ]
}

/// Writes one table row: the amounts right-aligned, then the name (last, so that names in
/// any script do not shift the columns).
fn write_row(out: &mut dyn Write, amounts: &Amounts, name: &str) -> std::io::Result<()> {
    for money in columns(amounts) {
        write!(out, "{:>14}", money.grouped())?;
    }
    writeln!(out, "  {}", Plain(name))
}

/// Writes the header of a table whose last column is `what`.
fn write_header(out: &mut dyn Write, what: &str) -> std::io::Result<()> {
    for title in COLUMNS {
        write!(out, "{title:>14}")?;
    }
    writeln!(out, "  {what}")
}

/// Writes one campaign as text: a summary, the tables by category and by influencer, and
/// the unreconciled lines.
fn write_campaign(
    out: &mut dyn Write,
    project: &Project,
    index: &ProjectIndex,
    budget: &CampaignBudget,
    today: Option<NaiveDate>,
) -> std::io::Result<()> {
    let currency = project.info.currency.as_str();
    let as_of = today.map_or_else(String::new, |d| format!(", as of {d}"));
    writeln!(
        out,
        "{} ({}) — amounts in {}{as_of}",
        Plain(&budget.name),
        Plain(budget.id.as_str()),
        Plain(currency)
    )?;
    let remaining = budget.remaining();
    let cap = if budget.cap.is_zero() {
        "no cap set".to_string()
    } else {
        format!("cap {}", budget.cap.grouped())
    };
    let state = if remaining.cents() < 0 {
        " (over the cap)"
    } else {
        ""
    };
    let t = &budget.total;
    writeln!(
        out,
        "  {cap} · baseline {} · changes {} · current plan {} · remaining {}{state}",
        t.baseline.grouped(),
        t.changes.grouped(),
        t.current.grouped(),
        remaining.grouped(),
    )?;
    writeln!(
        out,
        "  committed {} · invoiced {} · paid {} · together {}",
        t.committed.grouped(),
        t.invoiced.grouped(),
        t.paid.grouped(),
        t.spent_or_owed().grouped()
    )?;
    writeln!(out)?;
    write_header(out, "CATEGORY")?;
    for (category, amounts) in &budget.by_category {
        write_row(out, amounts, category.label())?;
    }
    write_row(out, t, "Total")?;
    writeln!(out)?;
    write_header(out, "INFLUENCER")?;
    for (_, name, amounts) in &budget.by_influencer {
        write_row(out, amounts, name)?;
    }
    write_row(out, t, "Total")?;
    writeln!(out)?;
    let lines = unreconciled(project, index, budget);
    if lines.is_empty() {
        writeln!(
            out,
            "Every line reconciles: baseline + changes = current plan."
        )?;
    } else {
        writeln!(
            out,
            "Unreconciled lines ({}): baseline + recorded changes ≠ the current plan",
            lines.len()
        )?;
        for u in &lines {
            writeln!(
                out,
                "  {}  {}: {}",
                Plain(u.line.id.as_str()),
                Plain(&u.label),
                Plain(&u.message(currency))
            )?;
        }
    }
    Ok(())
}

/// Writes every campaign as text, separated by a blank line.
fn write_text(
    out: &mut dyn Write,
    project: &Project,
    index: &ProjectIndex,
    report: &[CampaignBudget],
    today: Option<NaiveDate>,
) -> std::io::Result<()> {
    if report.is_empty() {
        return writeln!(out, "No campaigns.");
    }
    for (i, budget) in report.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_campaign(out, project, index, budget, today)?;
    }
    Ok(())
}

/// The report as JSON objects, one per campaign.
fn to_json<'a>(
    project: &'a Project,
    index: &ProjectIndex,
    report: &'a [CampaignBudget],
) -> Vec<BudgetCampaign<'a>> {
    let currency = project.info.currency.as_str();
    let text = |money: Money| money.to_string();
    report
        .iter()
        .map(|budget| {
            let t = &budget.total;
            BudgetCampaign {
                baseline: text(t.baseline),
                by_category: budget
                    .by_category
                    .iter()
                    .map(|(category, a)| BudgetCategory {
                        baseline: text(a.baseline),
                        category: category.label(),
                        changes: text(a.changes),
                        committed: text(a.committed),
                        current: text(a.current),
                        invoiced: text(a.invoiced),
                        paid: text(a.paid),
                    })
                    .collect(),
                by_influencer: budget
                    .by_influencer
                    .iter()
                    .map(|(id, name, a)| BudgetInfluencer {
                        baseline: text(a.baseline),
                        changes: text(a.changes),
                        committed: text(a.committed),
                        current: text(a.current),
                        influencer: name,
                        influencer_id: id.as_ref().map(|id| id.as_str()),
                        invoiced: text(a.invoiced),
                        paid: text(a.paid),
                    })
                    .collect(),
                cap: text(budget.cap),
                changes: text(t.changes),
                committed: text(t.committed),
                currency,
                current: text(t.current),
                id: &budget.id,
                invoiced: text(t.invoiced),
                name: &budget.name,
                paid: text(t.paid),
                remaining: text(budget.remaining()),
                unreconciled: unreconciled(project, index, budget)
                    .into_iter()
                    .map(|u| BudgetUnreconciled {
                        baseline: u.line.baseline.map(text),
                        category: u.line.category.label(),
                        changes: text(u.changes),
                        current: text(u.current),
                        message: u.message(currency),
                        description: u.label,
                        expected: text(u.expected),
                        id: &u.line.id,
                        status: u.line.status.label(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The header of the CSV.
const CSV_HEADER: [&str; 12] = [
    "campaign_id",
    "campaign",
    "group",
    "name",
    "cap",
    "baseline",
    "changes",
    "current",
    "committed",
    "invoiced",
    "paid",
    "remaining",
];

/// Writes the report as CSV: per campaign its total, then a row per category and per
/// influencer. Cap and remaining are only on the total row (the cap is the campaign's).
fn write_csv(out: &mut dyn Write, report: &[CampaignBudget]) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_HEADER)?;
    for budget in report {
        let mut row = |group: &str, name: &str, amounts: &Amounts, total: bool| {
            let (cap, remaining) = if total {
                (budget.cap.to_string(), budget.remaining().to_string())
            } else {
                (String::new(), String::new())
            };
            let mut record = vec![
                budget.id.to_string(),
                budget.name.clone(),
                group.to_string(),
                name.to_string(),
                cap,
            ];
            record.extend(columns(amounts).iter().map(Money::to_string));
            record.push(remaining);
            writer.write_record(&record)
        };
        row("total", &budget.name, &budget.total, true)?;
        for (category, amounts) in &budget.by_category {
            row("category", category.label(), amounts, false)?;
        }
        for (_, name, amounts) in &budget.by_influencer {
            row("influencer", name, amounts, false)?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// Runs `rapport budget` and returns the exit status: 0, or 2 when the file cannot be read,
/// has no such campaign (the campaigns are listed), or the output cannot be written (the
/// cause on `err`). `today` only labels the text output ("as of"); the sums do not depend
/// on it.
pub fn run(
    path: &Path,
    campaign: Option<&str>,
    today: Option<NaiveDate>,
    format: BudgetFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let project = match super::open(path, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let wanted = match campaign {
        None => None,
        Some(key) => match super::timeline::find_campaign(&project, key) {
            Ok(id) => Some(id.clone()),
            Err(message) => return super::fail(err, message),
        },
    };
    let report = budget_report(&project, wanted.as_ref());
    let index = ProjectIndex::new(&project);
    let written = match format {
        BudgetFormat::Text => write_text(out, &project, &index, &report, today),
        BudgetFormat::Json => super::write_json(out, &to_json(&project, &index, &report)),
        BudgetFormat::Csv => write_csv(out, &report).map_err(|e| match e.into_kind() {
            csv::ErrorKind::Io(io) => io,
            other => std::io::Error::other(format!("{other:?}")),
        }),
    };
    super::finish(written, err, "the budget")
}
