//! `rapport budget PROJECT [--campaign ID] [--today DATE] [--format text|json|csv]`: per
//! campaign, the cap, baseline, recorded changes, current plan, committed, invoiced, paid and
//! remaining, by category and by influencer, and the lines whose baseline + recorded changes
//! is not what they count for now. Every amount is exact; JSON and CSV write them as decimal
//! strings such as `"1350.00"`.

use super::Command;
use crate::file;
use crate::model::{
    Amounts, CampaignBudget, CostLine, CostStatus, Money, Project, budget_report, expected_amount,
};
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;

/// Output formats of `rapport budget`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetFormat {
    /// A table per campaign, with grouped thousands and the currency.
    Text,
    /// A JSON array of campaign objects; amounts are decimal strings.
    Json,
    /// One row per campaign total, category and influencer; amounts are decimal strings.
    Csv,
}

/// The usage line of `rapport budget`.
const USAGE: &str =
    "rapport budget PROJECT [--campaign ID] [--today YYYY-MM-DD] [--format text|json|csv]";

/// Reads the value of `--format` for `rapport budget`.
fn parse_format(value: Option<&String>) -> Result<BudgetFormat, String> {
    match value.map(String::as_str) {
        Some("text") => Ok(BudgetFormat::Text),
        Some("json") => Ok(BudgetFormat::Json),
        Some("csv") => Ok(BudgetFormat::Csv),
        other => Err(format!(
            "--format must be text, json or csv, not {}",
            other.unwrap_or("nothing")
        )),
    }
}

/// Reads the arguments of `rapport budget`.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let super::ProjectArgs {
        file,
        campaign,
        today,
        format,
    } = super::parse_project_args(args, BudgetFormat::Text, parse_format)?;
    let file = file.ok_or(format!("budget needs a project file: {USAGE}"))?;
    Ok(Command::Budget {
        file,
        campaign,
        today,
        format,
    })
}

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
fn unreconciled<'a>(project: &'a Project, budget: &CampaignBudget) -> Vec<Unreconciled<'a>> {
    budget
        .unreconciled
        .iter()
        .filter_map(|id| project.cost_line(id))
        .map(|line| {
            let expected = expected_amount(line);
            let start = line.baseline.unwrap_or(Money::ZERO);
            let what = if line.description.trim().is_empty() {
                line.category.label().to_string()
            } else {
                line.description.clone()
            };
            let label = match &line.influencer {
                Some(id) => format!("{what} ({})", project.describe(id)),
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
    writeln!(out, "  {name}")
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
    budget: &CampaignBudget,
    today: Option<NaiveDate>,
) -> std::io::Result<()> {
    let currency = project.info.currency.as_str();
    let as_of = today.map_or_else(String::new, |d| format!(", as of {d}"));
    writeln!(
        out,
        "{} ({}) — amounts in {currency}{as_of}",
        budget.name, budget.id
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
    let lines = unreconciled(project, budget);
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
            writeln!(out, "  {}  {}: {}", u.line.id, u.label, u.message(currency))?;
        }
    }
    Ok(())
}

/// Writes every campaign as text, separated by a blank line.
fn write_text(
    out: &mut dyn Write,
    project: &Project,
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
        write_campaign(out, project, budget, today)?;
    }
    Ok(())
}

/// The amounts of a group as JSON fields (decimal strings).
fn amounts_json(a: &Amounts) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for (key, money) in [
        "baseline",
        "changes",
        "current",
        "committed",
        "invoiced",
        "paid",
    ]
    .into_iter()
    .zip(columns(a))
    {
        map.insert(key.to_string(), money.to_string().into());
    }
    map
}

/// The report as a JSON array of campaign objects.
fn to_json(project: &Project, report: &[CampaignBudget]) -> serde_json::Value {
    let currency = project.info.currency.as_str();
    let campaigns = report.iter().map(|budget| {
        let mut object = serde_json::Map::new();
        object.insert("id".into(), budget.id.as_str().into());
        object.insert("name".into(), budget.name.as_str().into());
        object.insert("currency".into(), currency.into());
        object.insert("cap".into(), budget.cap.to_string().into());
        object.extend(amounts_json(&budget.total));
        object.insert("remaining".into(), budget.remaining().to_string().into());
        let by_category: Vec<serde_json::Value> = budget
            .by_category
            .iter()
            .map(|(category, amounts)| {
                let mut row = serde_json::Map::new();
                row.insert("category".into(), category.label().into());
                row.extend(amounts_json(amounts));
                row.into()
            })
            .collect();
        let by_influencer: Vec<serde_json::Value> = budget
            .by_influencer
            .iter()
            .map(|(id, name, amounts)| {
                let mut row = serde_json::Map::new();
                row.insert(
                    "influencer_id".into(),
                    id.as_ref().map(|id| id.as_str()).into(),
                );
                row.insert("influencer".into(), name.as_str().into());
                row.extend(amounts_json(amounts));
                row.into()
            })
            .collect();
        let lines: Vec<serde_json::Value> = unreconciled(project, budget)
            .iter()
            .map(|u| {
                serde_json::json!({
                    "id": u.line.id,
                    "description": u.label,
                    "category": u.line.category.label(),
                    "status": u.line.status.label(),
                    "baseline": u.line.baseline.map(|m| m.to_string()),
                    "changes": u.changes.to_string(),
                    "expected": u.expected.to_string(),
                    "current": u.current.to_string(),
                    "message": u.message(currency),
                })
            })
            .collect();
        object.insert("by_category".into(), by_category.into());
        object.insert("by_influencer".into(), by_influencer.into());
        object.insert("unreconciled".into(), lines.into());
        serde_json::Value::Object(object)
    });
    serde_json::Value::Array(campaigns.collect())
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
) -> i32 {
    let project = match file::open(path) {
        Ok(opened) => opened.project,
        Err(e) => return super::fail(err, e),
    };
    let wanted = match campaign {
        None => None,
        Some(key) => match super::timeline::find_campaign(&project, key) {
            Ok(id) => Some(id.clone()),
            Err(message) => return super::fail(err, message),
        },
    };
    let report = budget_report(&project, wanted.as_ref());
    let written = match format {
        BudgetFormat::Text => write_text(out, &project, &report, today),
        BudgetFormat::Json => match serde_json::to_string_pretty(&to_json(&project, &report)) {
            Ok(text) => writeln!(out, "{text}"),
            Err(e) => return super::fail(err, format!("could not write JSON: {e}")),
        },
        BudgetFormat::Csv => write_csv(out, &report).map_err(|e| match e.into_kind() {
            csv::ErrorKind::Io(io) => io,
            other => std::io::Error::other(format!("{other:?}")),
        }),
    };
    match written {
        Ok(()) => 0,
        // The reader went away (e.g. `| head`): nothing to say.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 2,
        Err(e) => super::fail(err, format!("could not write the budget: {e}")),
    }
}
