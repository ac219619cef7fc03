//! Budget checks on one cost line and its recorded changes: `unreconciled`,
//! `cost-change-not-told` and `cost-change-unexplained`.

use super::dates::short;
use super::finding::{Code, Finding, Severity};
use crate::model::{Campaign, CostChange, CostLine, CostStatus, Id, Money};
use chrono::{Datelike, NaiveDate};

/// What the budget checks of one line need to know about its surroundings.
#[derive(Debug, Clone, Copy)]
pub struct LineContext<'a> {
    /// The line's campaign, when it exists.
    pub campaign: Option<&'a Campaign>,
    /// The name of the line's influencer, when it has one.
    pub influencer: Option<&'a str>,
    /// The project's currency, for messages.
    pub currency: &'a str,
    /// The day the checks run as of (for the year of short dates).
    pub today: NaiveDate,
    /// The line's due date (its own, or its invoice date plus its creator's terms).
    pub due: Option<crate::model::DueDate>,
}

impl LineContext<'_> {
    fn campaign_name(&self, line: &CostLine) -> String {
        self.campaign
            .map_or_else(|| line.campaign.to_string(), |c| c.name.clone())
    }

    fn date(&self, date: NaiveDate) -> String {
        short(date, self.today.year())
    }
}

/// `a - b` without overflowing.
pub(crate) fn minus(a: Money, b: Money) -> Money {
    Money::from_cents(a.cents().saturating_sub(b.cents()))
}

/// A line for inside a sentence: its category in lower case and its description in quotes,
/// e.g. `creator fee "Kofi: YouTube routine video"`.
pub fn line_label(line: &CostLine) -> String {
    let category = line.category.label().to_lowercase();
    let description = line.description.trim();
    if description.is_empty() {
        category
    } else {
        format!("{category} \"{description}\"")
    }
}

/// The ids a line's findings point at: the line, its influencer (if any), its campaign.
pub fn line_subject(line: &CostLine) -> Vec<Id> {
    let mut subject = vec![line.id.any()];
    subject.extend(line.influencer.iter().map(Id::any));
    subject.push(line.campaign.any());
    subject
}

/// Capitalises the first letter, for a label at the start of a sentence.
pub(crate) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `unreconciled`: what a line counts for now (its amount, or 0 when cancelled) is not its
/// baseline plus its recorded changes.
///
/// The sum starts from the baseline, or from 0 for a line added after the baseline was
/// approved, and adds each change's difference (`to - from`); this is what
/// [`crate::model::expected_amount`] computes, so "Record the difference" always clears the
/// finding. A line with neither a baseline nor changes is fine while its campaign has no
/// approved baseline; once it has one, such a line was added without recording the
/// addition as a change from 0. When the changes do not follow each other (a change's
/// `from` is not the amount before it), the message names them, as the likely cause.
pub fn unreconciled(line: &CostLine, cx: &LineContext<'_>, out: &mut Vec<Finding>) {
    let approved = cx.campaign.and_then(|c| c.baseline_approved);
    if line.baseline.is_none() && line.changes.is_empty() && approved.is_none() {
        return;
    }
    let start = line.baseline.unwrap_or(Money::ZERO);
    let mut breaks = Vec::new();
    let mut before = start;
    let mut sum = Money::ZERO;
    for change in &line.changes {
        if change.from != before {
            breaks.push(format!(
                "The change of {} starts from {}, but the amount before it was {}.",
                cx.date(change.date),
                change.from.grouped(),
                before.grouped()
            ));
        }
        sum = sum.saturating_add(minus(change.to, change.from));
        before = change.to;
    }
    let expected = start.saturating_add(sum);
    let current = line.planned();
    if expected == current {
        return;
    }
    let currency = cx.currency;
    let what = format!(
        "{} in {}",
        upper_first(&line_label(line)),
        cx.campaign_name(line)
    );
    let mut message = match (line.baseline, line.changes.is_empty(), approved) {
        (None, true, Some(date)) => format!(
            "{what} was added after the baseline was approved ({}) with no change recorded: ",
            cx.date(date)
        ),
        (None, _, _) => format!("{what} was added after the baseline: "),
        _ => format!("{what}: "),
    };
    let says = if line.status == CostStatus::Cancelled {
        format!("the line is cancelled, so it counts 0.00 {currency}")
    } else {
        format!("the line says {} {currency}", line.amount.grouped())
    };
    message.push_str(&format!(
        "baseline {} + changes {} = {} {currency}, but {says}.",
        start.grouped(),
        sum.grouped(),
        expected.grouped()
    ));
    for text in breaks {
        message.push(' ');
        message.push_str(&text);
    }
    out.push(Finding {
        code: Code::Unreconciled,
        severity: Severity::Warning,
        subject: line_subject(line),
        message,
        fix: if line.status == CostStatus::Cancelled {
            "Record the cancellation as a cost change to 0, with its reason.".to_string()
        } else if line.baseline.is_none() && line.changes.is_empty() {
            "Record the line's addition as a cost change from 0, with its reason.".to_string()
        } else {
            "Find out who changed the amount and why (an edit by hand or in another copy), then record the difference as a cost change with its reason.".to_string()
        },
    });
}

/// `old → new EUR on 12 Mar` for a change.
fn from_to(change: &CostChange, cx: &LineContext<'_>) -> String {
    format!(
        "{} → {} {} on {}",
        change.from.grouped(),
        change.to.grouped(),
        cx.currency,
        cx.date(change.date)
    )
}

/// `a change` or `3 changes`.
fn count(n: usize) -> String {
    if n == 1 {
        "a change".to_string()
    } else {
        format!("{n} changes")
    }
}

/// `cost-change-not-told`: changes to a creator's own pay (fee, usage rights, bonus) not
/// marked as told. One finding per line, listing them.
pub fn cost_change_not_told(line: &CostLine, cx: &LineContext<'_>, out: &mut Vec<Finding>) {
    if !line.category.is_creator_pay() {
        return;
    }
    let untold: Vec<String> = line
        .changes
        .iter()
        .filter(|c| !c.told)
        .map(|c| from_to(c, cx))
        .collect();
    if untold.is_empty() {
        return;
    }
    let name = cx.influencer.unwrap_or("The creator");
    out.push(Finding {
        code: Code::CostChangeNotTold,
        severity: Severity::Warning,
        subject: line_subject(line),
        message: format!(
            "{name} has not been told about {} to their pay in {}: {} {}.",
            count(untold.len()),
            cx.campaign_name(line),
            line_label(line),
            untold.join("; ")
        ),
        fix: format!(
            "Tell {} the new amount and why before they invoice, then mark the change as told.",
            cx.influencer.unwrap_or("the creator")
        ),
    });
}

/// `cost-change-unexplained`: recorded changes with no reason (empty or only spaces). One
/// finding per line, listing them.
pub fn cost_change_unexplained(line: &CostLine, cx: &LineContext<'_>, out: &mut Vec<Finding>) {
    let bare: Vec<String> = line
        .changes
        .iter()
        .filter(|c| c.reason.trim().is_empty())
        .map(|c| from_to(c, cx))
        .collect();
    if bare.is_empty() {
        return;
    }
    let (what, verb) = if bare.len() == 1 {
        ("A change".to_string(), "has")
    } else {
        (format!("{} changes", bare.len()), "have")
    };
    out.push(Finding {
        code: Code::CostChangeUnexplained,
        severity: Severity::Warning,
        subject: line_subject(line),
        message: format!(
            "{what} to {} in {} {verb} no reason: {}.",
            line_label(line),
            cx.campaign_name(line),
            bare.join("; ")
        ),
        fix: "Write down why it changed (ask whoever agreed it), so that the budget can be explained to the client and to the creator.".to_string(),
    });
}
