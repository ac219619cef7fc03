//! Budget checks: `over-cap` per campaign, `payment-overdue` per invoiced line,
//! `missing-cost` per participant, and (in [`super::cost_changes`]) the checks of each
//! line's recorded changes.

use super::cost_changes::{
    LineContext, cost_change_not_told, cost_change_unexplained, line_label, line_subject, minus,
    unreconciled,
};
use super::dates::days_between;
use super::finding::{Code, Finding, Severity};
use crate::fast::{HashMap, HashSet};
use crate::i18n::{Arg, Sep, Text};
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
        (
            Severity::Error,
            Text::new("over-cap-committed")
                .arg("committed", totals.committed.grouped())
                .arg("over", minus(totals.committed, cap).grouped()),
            Text::new("over-cap-committed-fix"),
        )
    } else if totals.planned > cap {
        let over = minus(totals.planned, cap).grouped();
        (
            Severity::Warning,
            Text::new("over-cap-planned")
                .arg("planned", totals.planned.grouped())
                .arg("over", over.clone())
                .arg("committed", totals.committed.grouped()),
            Text::new("over-cap-planned-fix")
                .arg("over", over)
                .arg("currency", currency),
        )
    } else {
        return;
    };
    let message = message
        .arg("campaign", c.name.as_str())
        .arg("cap", cap.grouped())
        .arg("currency", currency);
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
        None => Text::new("payment-due").date("due", due.date, year),
        Some(terms) => Text::new("payment-due-by-terms")
            .arg(
                "invoiced",
                match line.invoice_date {
                    Some(d) => Arg::Date(d, year),
                    None => Arg::from(""),
                },
            )
            .arg("terms", terms)
            .date("due", due.date, year),
    };
    let due = due.date;
    let late = days_between(due, cx.today);
    if late <= 0 {
        return;
    }
    let campaign = cx
        .campaign
        .map_or_else(|| line.campaign.to_string(), |c| c.name.clone());
    out.push(Finding {
        code: Code::PaymentOverdue,
        severity: Severity::Warning,
        subject: line_subject(line),
        message: Text::new("payment-overdue")
            .arg("line", line_label(line).upper())
            .arg("campaign", campaign)
            .arg("amount", line.amount.grouped())
            .arg("currency", cx.currency)
            .arg("when", when)
            .arg("late", late),
        fix: match cx.influencer {
            Some(name) => Text::new("payment-overdue-fix").arg("name", name),
            None => Text::new("payment-overdue-fix-supplier"),
        },
    });
}

/// The quoted titles of deliverables, joined for a sentence.
fn titles(work: &[&Deliverable]) -> Arg {
    Arg::Join(
        work.iter().map(|d| Arg::quoted(&d.title)).collect(),
        Sep::Comma,
    )
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
            message: Text::new("missing-fee")
                .arg("name", name)
                .arg("count", paid.len())
                .arg("campaign", c.name.as_str())
                .arg("titles", titles(&paid)),
            fix: Text::new("missing-fee-fix")
                .arg("name", name)
                .arg("campaign", c.name.as_str()),
        });
    }
    let shipped: Vec<&Deliverable> = work.iter().filter(|d| d.ships_product).copied().collect();
    if !shipped.is_empty() && !has_shipping {
        // Each deliverable waiting for product is pointed at, so the timeline shows why.
        let mut subject = vec![influencer.any(), c.id.any()];
        subject.extend(shipped.iter().map(|d| d.id.any()));
        out.push(Finding {
            code: Code::MissingCost,
            severity: Severity::Warning,
            subject,
            message: Text::new("missing-shipping")
                .arg("campaign", c.name.as_str())
                .arg("name", name)
                .arg("titles", titles(&shipped))
                .arg("count", shipped.len()),
            fix: Text::new("missing-shipping-fix").arg("name", name),
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
