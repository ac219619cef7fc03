//! Budget checks: `over-cap` per campaign, `payment-overdue` per invoiced line,
//! `missing-cost` per participant, and (in [`super::cost_changes`]) the checks of each
//! line's recorded changes.

use super::cost_changes::{
    LineContext, cost_change_not_told, cost_change_unexplained, line_label, line_subject, minus,
    unreconciled, upper_first,
};
use super::dates::{days_between, short};
use super::finding::{Code, Finding, Severity};
use crate::fast::{HashMap, HashSet};
use crate::model::{
    Campaign, CampaignId, CampaignTotals, Compensation, CostCategory, CostLine, CostStatus,
    Deliverable, DeliverableStatus, InfluencerId, PaymentTerms, Project,
};
use chrono::{Datelike, NaiveDate};

/// `over-cap`: what is committed, invoiced or paid exceeds the campaign's cap (error), or,
/// when that is within it, the whole plan (every line that is not cancelled) does
/// (warning). Exactly at the cap is fine. A cap of 0 means none is set.
pub fn over_cap(c: &Campaign, totals: &CampaignTotals, currency: &str, out: &mut Vec<Finding>) {
    let cap = c.budget_cap;
    if cap.cents() <= 0 {
        return;
    }
    let (severity, message, fix) = if totals.committed > cap {
        let over = minus(totals.committed, cap);
        (
            Severity::Error,
            format!(
                "{} has {} {currency} committed, invoiced or paid: {} {currency} over its cap of {} {currency}.",
                c.name,
                totals.committed.grouped(),
                over.grouped(),
                cap.grouped()
            ),
            "Agree nothing more: renegotiate or cancel lines that are not yet paid, or get a higher cap approved.".to_string(),
        )
    } else if totals.planned > cap {
        let over = minus(totals.planned, cap);
        (
            Severity::Warning,
            format!(
                "{}'s plan adds up to {} {currency}: {} {currency} over its cap of {} {currency} ({} {currency} of it committed so far).",
                c.name,
                totals.planned.grouped(),
                over.grouped(),
                cap.grouped(),
                totals.committed.grouped()
            ),
            format!(
                "Trim estimated lines (or the contingency) by {} {currency} before they are committed, or get a higher cap approved.",
                over.grouped()
            ),
        )
    } else {
        return;
    };
    out.push(Finding {
        code: Code::OverCap,
        severity,
        subject: vec![c.id.any()],
        message,
        fix,
    });
}

/// `payment-overdue`: an invoiced line not paid by its due date. The due date is the line's
/// own, or else its invoice date plus the payment terms of the creator's contract in that
/// campaign, or else the project's default terms (`default_terms`). Due yesterday is
/// overdue; due today is not. A line with neither date cannot be judged.
pub fn payment_overdue(line: &CostLine, cx: &LineContext<'_>, out: &mut Vec<Finding>) {
    if line.status != CostStatus::Invoiced {
        return;
    }
    let year = cx.today.year();
    let Some(due) = cx.due else {
        return;
    };
    let when = match due.derived_from_terms {
        None => format!("was due {}", short(due.date, year)),
        Some(terms) => format!(
            "was invoiced {} on net {terms}, so due {},",
            line.invoice_date
                .map_or_else(String::new, |d| short(d, year)),
            short(due.date, year)
        ),
    };
    let due = due.date;
    let late = days_between(due, cx.today);
    if late <= 0 {
        return;
    }
    let campaign = cx
        .campaign
        .map_or_else(|| line.campaign.to_string(), |c| c.name.clone());
    let label = upper_first(&line_label(line));
    out.push(Finding {
        code: Code::PaymentOverdue,
        severity: Severity::Warning,
        subject: line_subject(line),
        message: format!(
            "{label} in {campaign} ({} {}) {when} and is {late} day{} late.",
            line.amount.grouped(),
            cx.currency,
            if late == 1 { "" } else { "s" }
        ),
        fix: match cx.influencer {
            Some(name) => format!(
                "Pay it now, or tell {name} when it will be paid: late payment is what creators complain about most."
            ),
            None => "Pay it now, or tell the supplier when it will be paid.".to_string(),
        },
    });
}

/// The quoted titles of deliverables, joined for a sentence.
fn titles(work: &[&Deliverable]) -> String {
    work.iter()
        .map(|d| format!("\"{}\"", d.title))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `missing-cost` for one influencer in one campaign, given their deliverables that are not
/// cancelled and which of their lines (not cancelled) exist there:
/// - a paid deliverable (not all gifted or unpaid) and no creator fee line;
/// - a deliverable that needs product shipped first and no product or shipping line for
///   this influencer in this campaign. A campaign-wide product line (no influencer) does
///   not count: it pays for product, not for getting it to this creator.
pub fn missing_cost(
    name: &str,
    influencer: &InfluencerId,
    c: &Campaign,
    work: &[&Deliverable],
    has_fee: bool,
    has_shipping: bool,
    out: &mut Vec<Finding>,
) {
    let paid: Vec<&Deliverable> = work
        .iter()
        .filter(|d| d.compensation == Compensation::Paid)
        .copied()
        .collect();
    if !paid.is_empty() && !has_fee {
        // The fee is the participant's, not one deliverable's: the finding points at them.
        let subject = vec![influencer.any(), c.id.any()];
        out.push(Finding {
            code: Code::MissingCost,
            severity: Severity::Warning,
            subject,
            message: format!(
                "{name} has {} paid deliverable{} in {} ({}) but no creator fee line.",
                paid.len(),
                if paid.len() == 1 { "" } else { "s" },
                c.name,
                titles(&paid)
            ),
            fix: format!(
                "Add a creator fee line for {name} in {}, or mark the deliverables as gifted if no fee is paid.",
                c.name
            ),
        });
    }
    let shipped: Vec<&Deliverable> = work.iter().filter(|d| d.ships_product).copied().collect();
    if !shipped.is_empty() && !has_shipping {
        // Each deliverable waiting for product is pointed at, so the timeline shows why.
        let mut subject = vec![influencer.any(), c.id.any()];
        subject.extend(shipped.iter().map(|d| d.id.any()));
        let need = if shipped.len() == 1 { "needs" } else { "need" };
        out.push(Finding {
            code: Code::MissingCost,
            severity: Severity::Warning,
            subject,
            message: format!(
                "{} has no product or shipping line for {name}, yet their {} {need} product shipped first.",
                c.name,
                titles(&shipped)
            ),
            fix: format!(
                "Add a shipping line for {name} (and a product line if the product is not in the seeding budget), so the parcel is paid for and leaves in time."
            ),
        });
    }
}

/// Runs every budget check: per campaign (`over-cap`), per cost line (`unreconciled`,
/// `cost-change-not-told`, `cost-change-unexplained`, `payment-overdue`) and per influencer
/// with deliverables in a campaign (`missing-cost`).
pub fn check(project: &Project, today: NaiveDate, out: &mut Vec<Finding>) {
    let currency = project.info.currency.as_str();
    let totals = CampaignTotals::all(project);
    for (c, t) in project.campaigns.iter().zip(&totals) {
        over_cap(c, t, currency, out);
    }
    let campaigns: HashMap<&CampaignId, &Campaign> =
        project.campaigns.iter().map(|c| (&c.id, c)).collect();
    let names: HashMap<&InfluencerId, &str> = project
        .influencers
        .iter()
        .map(|i| (&i.id, i.name.as_str()))
        .collect();
    let terms = PaymentTerms::new(project);
    let mut fees: HashSet<(&CampaignId, &InfluencerId)> = HashSet::default();
    let mut shipping: HashSet<(&CampaignId, &InfluencerId)> = HashSet::default();
    for line in &project.cost_lines {
        let cx = LineContext {
            campaign: campaigns.get(&line.campaign).copied(),
            influencer: line
                .influencer
                .as_ref()
                .and_then(|who| names.get(who).copied()),
            currency,
            today,
            due: if line.status == CostStatus::Invoiced {
                terms.due_date(line)
            } else {
                None
            },
        };
        unreconciled(line, &cx, out);
        cost_change_not_told(line, &cx, out);
        cost_change_unexplained(line, &cx, out);
        payment_overdue(line, &cx, out);
        if let (Some(who), false) = (&line.influencer, line.status == CostStatus::Cancelled) {
            match line.category {
                CostCategory::CreatorFee => {
                    fees.insert((&line.campaign, who));
                }
                CostCategory::Product | CostCategory::Shipping => {
                    shipping.insert((&line.campaign, who));
                }
                _ => {}
            }
        }
    }
    // Each influencer's live deliverables per campaign, in order of their first deliverable.
    let mut work: Vec<((&CampaignId, &InfluencerId), Vec<&Deliverable>)> = Vec::new();
    let mut slot: HashMap<(&CampaignId, &InfluencerId), usize> = HashMap::default();
    for d in &project.deliverables {
        if d.status == DeliverableStatus::Cancelled {
            continue;
        }
        let key = (&d.campaign, &d.influencer);
        let index = *slot.entry(key).or_insert_with(|| {
            work.push((key, Vec::new()));
            work.len() - 1
        });
        if let Some((_, list)) = work.get_mut(index) {
            list.push(d);
        }
    }
    for ((campaign, who), theirs) in &work {
        let Some(c) = campaigns.get(campaign) else {
            continue;
        };
        let key = (*campaign, *who);
        let name = names
            .get(who)
            .map_or_else(|| who.to_string(), |n| (*n).to_string());
        missing_cost(
            &name,
            who,
            c,
            theirs,
            fees.contains(&key),
            shipping.contains(&key),
            out,
        );
    }
}
