//! `rapport budget PROJECT [--campaign ID] [--today DATE] [--format text|json|csv]`: per
//! campaign, the cap, baseline, recorded changes, current plan, committed, invoiced, paid and
//! remaining, by category and by influencer, and the lines whose baseline + recorded changes
//! is not what they count for now. Every amount is exact; JSON and CSV write them as decimal
//! strings such as `"1350.00"`.

use super::BudgetFormat;
use super::json::{BudgetCampaign, BudgetCategory, BudgetInfluencer, BudgetUnreconciled};
use super::plain::{Plain, pad_start};
use super::say;
use crate::i18n::{FluentValue, Lang};
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
    /// `baseline + changes = X but the line says Y` (with the currency), in `lang`.
    fn message_in(&self, lang: Lang, currency: &str) -> String {
        let id = if self.line.status == CostStatus::Cancelled {
            "cli-budget-line-cancelled"
        } else {
            "cli-budget-line-says"
        };
        say(
            lang,
            id,
            &[
                ("expected", self.expected.grouped().into()),
                ("current", self.current.grouped().into()),
                ("currency", currency.into()),
            ],
        )
    }
}

/// The unreconciled lines of a campaign, in file order; a line without a description is
/// named by its category in `lang`.
fn unreconciled<'a>(
    project: &'a Project,
    index: &ProjectIndex,
    budget: &CampaignBudget,
    lang: Lang,
) -> Vec<Unreconciled<'a>> {
    budget
        .unreconciled
        .iter()
        .filter_map(|id| index.cost_line(project, id))
        .map(|line| {
            let expected = expected_amount(line);
            let start = line.baseline.unwrap_or(Money::ZERO);
            let what = if line.description.trim().is_empty() {
                line.category.label_in(lang)
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

/// The amount columns of the tables, in order (message ids).
const COLUMNS: [&str; 6] = [
    "cli-budget-col-baseline",
    "cli-budget-col-changes",
    "cli-budget-col-current",
    "cli-budget-col-committed",
    "cli-budget-col-invoiced",
    "cli-budget-col-paid",
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

/// Writes the header of a table whose last column is the message `what`, in `lang`.
fn write_header(out: &mut dyn Write, lang: Lang, what: &str) -> std::io::Result<()> {
    for title in COLUMNS {
        write!(out, "{}", pad_start(&say(lang, title, &[]), 14))?;
    }
    writeln!(out, "  {}", say(lang, what, &[]))
}

/// Writes one campaign as text in `lang`: a summary, the tables by category and by
/// influencer, and the unreconciled lines.
fn write_campaign(
    out: &mut dyn Write,
    project: &Project,
    index: &ProjectIndex,
    budget: &CampaignBudget,
    today: Option<NaiveDate>,
    lang: Lang,
) -> std::io::Result<()> {
    let currency = project.info.currency.as_str();
    let mut heading: Vec<(&str, FluentValue<'_>)> = vec![
        ("name", Plain(&budget.name).to_string().into()),
        ("id", Plain(budget.id.as_str()).to_string().into()),
        ("currency", Plain(currency).to_string().into()),
    ];
    let heading_id = match today {
        Some(day) => {
            heading.push(("date", day.to_string().into()));
            "cli-budget-heading-as-of"
        }
        None => "cli-budget-heading",
    };
    writeln!(out, "{}", say(lang, heading_id, &heading))?;
    let remaining = budget.remaining();
    let cap = if budget.cap.is_zero() {
        say(lang, "cli-budget-no-cap", &[])
    } else {
        say(
            lang,
            "cli-budget-cap",
            &[("cap", budget.cap.grouped().into())],
        )
    };
    let plan_id = if remaining.cents() < 0 {
        "cli-budget-plan-over"
    } else {
        "cli-budget-plan"
    };
    let t = &budget.total;
    let plan = say(
        lang,
        plan_id,
        &[
            ("cap", cap.into()),
            ("baseline", t.baseline.grouped().into()),
            ("changes", t.changes.grouped().into()),
            ("current", t.current.grouped().into()),
            ("remaining", remaining.grouped().into()),
        ],
    );
    writeln!(out, "  {plan}")?;
    let spent = say(
        lang,
        "cli-budget-spent",
        &[
            ("committed", t.committed.grouped().into()),
            ("invoiced", t.invoiced.grouped().into()),
            ("paid", t.paid.grouped().into()),
            ("together", t.spent_or_owed().grouped().into()),
        ],
    );
    writeln!(out, "  {spent}")?;
    writeln!(out)?;
    let total = say(lang, "cli-budget-total", &[]);
    write_header(out, lang, "cli-budget-col-category")?;
    for (category, amounts) in &budget.by_category {
        write_row(out, amounts, &category.label_in(lang))?;
    }
    write_row(out, t, &total)?;
    writeln!(out)?;
    write_header(out, lang, "cli-budget-col-influencer")?;
    let nobody = say(lang, "cli-budget-no-influencer", &[]);
    for (id, name, amounts) in &budget.by_influencer {
        write_row(out, amounts, if id.is_some() { name } else { &nobody })?;
    }
    write_row(out, t, &total)?;
    writeln!(out)?;
    let lines = unreconciled(project, index, budget, lang);
    if lines.is_empty() {
        writeln!(out, "{}", say(lang, "cli-budget-all-reconcile", &[]))?;
    } else {
        let count = FluentValue::from(lines.len());
        writeln!(
            out,
            "{}",
            say(lang, "cli-budget-unreconciled", &[("count", count)])
        )?;
        for u in &lines {
            let line = say(
                lang,
                "cli-budget-unreconciled-line",
                &[
                    ("id", Plain(u.line.id.as_str()).to_string().into()),
                    ("label", Plain(&u.label).to_string().into()),
                    (
                        "message",
                        Plain(&u.message_in(lang, currency)).to_string().into(),
                    ),
                ],
            );
            writeln!(out, "  {line}")?;
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
    lang: Lang,
) -> std::io::Result<()> {
    if report.is_empty() {
        return writeln!(out, "{}", say(lang, "cli-no-campaigns", &[]));
    }
    for (i, budget) in report.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_campaign(out, project, index, budget, today, lang)?;
    }
    Ok(())
}

/// The report as JSON objects, one per campaign; the unreconciled lines' description and
/// message are in `lang`, everything else as in English.
fn to_json<'a>(
    project: &'a Project,
    index: &ProjectIndex,
    report: &'a [CampaignBudget],
    lang: Lang,
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
                unreconciled: unreconciled(project, index, budget, lang)
                    .into_iter()
                    .map(|u| BudgetUnreconciled {
                        baseline: u.line.baseline.map(text),
                        category: u.line.category.label(),
                        changes: text(u.changes),
                        current: text(u.current),
                        message: u.message_in(lang, currency),
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
/// on it. The words are in `lang`.
pub fn run(
    path: &Path,
    campaign: Option<&str>,
    today: Option<NaiveDate>,
    format: BudgetFormat,
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
    let report = budget_report(&project, wanted.as_ref());
    let index = ProjectIndex::new(&project);
    let written = match format {
        BudgetFormat::Text => write_text(out, &project, &index, &report, today, lang),
        BudgetFormat::Json => super::write_json(out, &to_json(&project, &index, &report, lang)),
        BudgetFormat::Csv => write_csv(out, &report).map_err(|e| match e.into_kind() {
            csv::ErrorKind::Io(io) => io,
            other => std::io::Error::other(format!("{other:?}")),
        }),
    };
    super::finish(written, err, lang, "cli-what-budget")
}
