//! Budget checks on one cost line and its recorded changes: `unreconciled`,
//! `cost-change-not-told` and `cost-change-unexplained`.

use super::finding::{Code, Finding, Severity};
use crate::i18n::{Arg, Sep, Text};
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

    fn date(&self, date: NaiveDate) -> Arg {
        Arg::Date(date, self.today.year())
    }
}

/// `a - b` without overflowing.
pub(crate) fn minus(a: Money, b: Money) -> Money {
    Money::from_cents(a.cents().saturating_sub(b.cents()))
}

/// A line for inside a sentence: its category in lower case and its description in quotes,
/// e.g. `creator fee "Kofi: YouTube routine video"`.
pub fn line_label(line: &CostLine) -> Arg {
    let category = line.category.lower_term();
    let description = line.description.trim();
    if description.is_empty() {
        category
    } else {
        Text::new("line-label")
            .arg("category", category)
            .arg("description", Arg::quoted(description))
            .into()
    }
}

/// The ids a line's findings point at: the line, its influencer (if any), its campaign.
pub fn line_subject(line: &CostLine) -> Vec<Id> {
    let mut subject = vec![line.id.any()];
    subject.extend(line.influencer.iter().map(Id::any));
    subject.push(line.campaign.any());
    subject
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
            breaks.push(Arg::from(
                Text::new("unreconciled-break")
                    .arg("date", cx.date(change.date))
                    .arg("from", change.from.grouped())
                    .arg("before", before.grouped()),
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
    let what = Text::new("line-in-campaign")
        .arg("line", line_label(line).upper())
        .arg("campaign", cx.campaign_name(line));
    let intro = match (line.baseline, line.changes.is_empty(), approved) {
        (None, true, Some(date)) => {
            Text::new("unreconciled-added-after-approval").arg("date", cx.date(date))
        }
        (None, _, _) => Text::new("unreconciled-added-after-baseline"),
        _ => Text::new("unreconciled-line"),
    }
    .arg("what", what);
    let says = if line.status == CostStatus::Cancelled {
        Text::new("unreconciled-says-cancelled")
    } else {
        Text::new("unreconciled-says").arg("amount", line.amount.grouped())
    }
    .arg("currency", cx.currency);
    let message = Text::new(if breaks.is_empty() {
        "unreconciled"
    } else {
        "unreconciled-with-breaks"
    })
    .arg("intro", intro)
    .arg("baseline", start.grouped())
    .arg("changes", sum.grouped())
    .arg("expected", expected.grouped())
    .arg("currency", cx.currency)
    .arg("says", says)
    .arg("breaks", Arg::Join(breaks, Sep::Space));
    out.push(Finding {
        code: Code::Unreconciled,
        severity: Severity::Warning,
        subject: line_subject(line),
        message,
        fix: Text::new(if line.status == CostStatus::Cancelled {
            "unreconciled-fix-cancelled"
        } else if line.baseline.is_none() && line.changes.is_empty() {
            "unreconciled-fix-added"
        } else {
            "unreconciled-fix"
        }),
    });
}

/// `old → new EUR on 12 Mar` for a change.
fn from_to(change: &CostChange, cx: &LineContext<'_>) -> Arg {
    Text::new("cost-change-from-to")
        .arg("from", change.from.grouped())
        .arg("to", change.to.grouped())
        .arg("currency", cx.currency)
        .arg("date", cx.date(change.date))
        .into()
}

/// `cost-change-not-told`: changes to a creator's own pay (fee, usage rights, bonus) not
/// marked as told. One finding per line, listing them.
pub fn cost_change_not_told(line: &CostLine, cx: &LineContext<'_>, out: &mut Vec<Finding>) {
    if !line.category.is_creator_pay() {
        return;
    }
    let untold: Vec<Arg> = line
        .changes
        .iter()
        .filter(|c| !c.told)
        .map(|c| from_to(c, cx))
        .collect();
    if untold.is_empty() {
        return;
    }
    let name: Arg = match cx.influencer {
        Some(name) => name.into(),
        None => Text::new("the-creator").into(),
    };
    out.push(Finding {
        code: Code::CostChangeNotTold,
        severity: Severity::Warning,
        subject: line_subject(line),
        message: Text::new("cost-change-not-told")
            .arg("name", name.clone().upper())
            .arg("count", untold.len())
            .arg("campaign", cx.campaign_name(line))
            .arg("line", line_label(line))
            .arg("changes", Arg::Join(untold, Sep::Semicolon)),
        fix: Text::new("cost-change-not-told-fix").arg("name", name),
    });
}

/// `cost-change-unexplained`: recorded changes with no reason (empty or only spaces). One
/// finding per line, listing them.
pub fn cost_change_unexplained(line: &CostLine, cx: &LineContext<'_>, out: &mut Vec<Finding>) {
    let bare: Vec<Arg> = line
        .changes
        .iter()
        .filter(|c| c.reason.trim().is_empty())
        .map(|c| from_to(c, cx))
        .collect();
    if bare.is_empty() {
        return;
    }
    out.push(Finding {
        code: Code::CostChangeUnexplained,
        severity: Severity::Warning,
        subject: line_subject(line),
        message: Text::new("cost-change-unexplained")
            .arg("count", bare.len())
            .arg("line", line_label(line))
            .arg("campaign", cx.campaign_name(line))
            .arg("changes", Arg::Join(bare, Sep::Semicolon)),
        fix: Text::new("cost-change-unexplained-fix"),
    });
}
