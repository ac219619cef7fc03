//! When cost lines are due and whether they were paid on time: the due date of a line
//! (its own, or its invoice date plus the creator's payment terms) and the payments view
//! (due soon, overdue, paid late).

use super::campaign::Campaign;
use super::cost_line::CostLine;
use super::id::{CampaignId, InfluencerId};
use super::kinds::CostStatus;
use super::project::Project;
use crate::fast::HashMap;
use chrono::NaiveDate;

/// The payment terms in days for a line: those of its creator's contract in its campaign,
/// or else `default_terms` (the project's, net 30 unless changed).
pub fn payment_terms(line: &CostLine, campaign: Option<&Campaign>, default_terms: u32) -> u32 {
    line.influencer
        .as_ref()
        .and_then(|who| campaign.and_then(|c| c.participant(who)))
        .and_then(|p| p.contract.payment_terms_days)
        .unwrap_or(default_terms)
}

/// When a line is due and where that date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueDate {
    /// The date.
    pub date: NaiveDate,
    /// `Some(terms)` when derived from the invoice date plus these payment terms; `None`
    /// when the line has its own due date.
    pub derived_from_terms: Option<u32>,
}

/// A line's due date: its own, or else its invoice date plus the payment terms; `None`
/// when it has neither date.
pub fn due_date(
    line: &CostLine,
    campaign: Option<&Campaign>,
    default_terms: u32,
) -> Option<DueDate> {
    due_on_terms(line, || payment_terms(line, campaign, default_terms))
}

/// A line's due date with the terms its creator's contract gives (asked only when needed).
fn due_on_terms(line: &CostLine, terms: impl FnOnce() -> u32) -> Option<DueDate> {
    if let Some(date) = line.due_date {
        return Some(DueDate {
            date,
            derived_from_terms: None,
        });
    }
    let invoiced = line.invoice_date?;
    let terms = terms();
    let date = invoiced
        .checked_add_signed(chrono::Duration::days(i64::from(terms)))
        .unwrap_or(invoiced);
    Some(DueDate {
        date,
        derived_from_terms: Some(terms),
    })
}

/// Every participant's payment terms, by campaign and influencer, so that the due date of
/// each of many lines is found without searching a campaign's participants.
#[derive(Debug, Clone)]
pub struct PaymentTerms<'a> {
    by_participant: HashMap<(&'a CampaignId, &'a InfluencerId), u32>,
    default: u32,
}

impl<'a> PaymentTerms<'a> {
    /// The terms of every contract in `project` (the first participant of each creator in
    /// a campaign counts; of two campaigns with one id, the later), and the project's
    /// default.
    pub fn new(project: &'a Project) -> Self {
        let campaigns: HashMap<&CampaignId, &Campaign> =
            project.campaigns.iter().map(|c| (&c.id, c)).collect();
        let mut by_participant = HashMap::default();
        for campaign in campaigns.into_values() {
            for p in &campaign.participants {
                by_participant
                    .entry((&campaign.id, &p.influencer))
                    .or_insert(p.contract.payment_terms_days);
            }
        }
        PaymentTerms {
            by_participant: by_participant
                .into_iter()
                .filter_map(|(key, terms)| Some((key, terms?)))
                .collect(),
            default: project.info.settings.payment_terms_days,
        }
    }

    /// A line's payment terms in days: its creator's contract's, else the default.
    pub fn of(&self, line: &CostLine) -> u32 {
        line.influencer
            .as_ref()
            .and_then(|who| self.by_participant.get(&(&line.campaign, who)))
            .copied()
            .unwrap_or(self.default)
    }

    /// A line's due date, as [`due_date`] gives it.
    pub fn due_date(&self, line: &CostLine) -> Option<DueDate> {
        due_on_terms(line, || self.of(line))
    }
}

/// Where a payment stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PaymentState {
    /// Invoiced, unpaid and past its due date by this many days (at least 1).
    Overdue(i64),
    /// Unpaid and due in this many days (0 = today).
    DueIn(i64),
    /// Paid this many days after its due date (at least 1).
    PaidLate(i64),
}

impl PaymentState {
    /// In words of `lang`: "3 days overdue", "due today", "due in 1 day", "paid 12 days
    /// late" (`Display` is this in English).
    pub fn text_in(self, lang: crate::i18n::Lang) -> String {
        let (id, days) = match self {
            PaymentState::Overdue(n) => ("bud-days-overdue", n),
            PaymentState::DueIn(0) => return crate::i18n::text(lang, "bud-pay-due-today"),
            PaymentState::DueIn(n) => ("bud-pay-due-in", n),
            PaymentState::PaidLate(n) => ("bud-pay-paid-late", n),
        };
        crate::i18n::text_with(lang, id, &[("days", days.into())])
    }
}

impl std::fmt::Display for PaymentState {
    /// Plain words: "3 days overdue", "due today", "due in 1 day", "paid 12 days late".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text_in(crate::i18n::Lang::En))
    }
}

/// How far ahead "due soon" looks, in days.
pub const DUE_SOON_DAYS: i64 = 30;

/// One line in the payments view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// Index of the line in `project.cost_lines`.
    pub line: usize,
    /// When it is (or was) due.
    pub due: DueDate,
    /// Where it stands.
    pub state: PaymentState,
}

/// The payments of a project (or one campaign) on a given day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Payments {
    /// Invoiced, unpaid lines past their due date, most overdue first. The same lines as
    /// the `payment-overdue` check.
    pub overdue: Vec<Payment>,
    /// Committed or invoiced lines due from today to `window` days ahead, soonest first.
    pub due_soon: Vec<Payment>,
    /// Paid lines paid after their due date, latest payment first.
    pub paid_late: Vec<Payment>,
}

/// The payments view: what is overdue, what falls due in the next `window` days (30 in the
/// app) and what was paid late, for one campaign or all of them.
pub fn payments(
    project: &Project,
    today: NaiveDate,
    campaign: Option<&CampaignId>,
    window: i64,
) -> Payments {
    let terms = PaymentTerms::new(project);
    let mut out = Payments::default();
    for (index, line) in project.cost_lines.iter().enumerate() {
        if campaign.is_some_and(|c| c != &line.campaign) {
            continue;
        }
        let Some(due) = terms.due_date(line) else {
            continue;
        };
        let days = (due.date - today).num_days();
        let state = match line.status {
            CostStatus::Invoiced if days < 0 => PaymentState::Overdue(-days),
            CostStatus::Invoiced | CostStatus::Committed if (0..=window).contains(&days) => {
                PaymentState::DueIn(days)
            }
            CostStatus::Paid => match line.paid_date {
                Some(paid) if paid > due.date => {
                    PaymentState::PaidLate((paid - due.date).num_days())
                }
                _ => continue,
            },
            _ => continue,
        };
        let payment = Payment {
            line: index,
            due,
            state,
        };
        match state {
            PaymentState::Overdue(_) => out.overdue.push(payment),
            PaymentState::DueIn(_) => out.due_soon.push(payment),
            PaymentState::PaidLate(_) => out.paid_late.push(payment),
        }
    }
    out.overdue.sort_by_key(|p| (p.state, p.line));
    out.overdue.reverse();
    out.due_soon.sort_by_key(|p| (p.state, p.line));
    let paid = |p: &Payment| project.cost_lines.get(p.line).and_then(|l| l.paid_date);
    out.paid_late
        .sort_by(|a, b| paid(b).cmp(&paid(a)).then(a.line.cmp(&b.line)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CostCategory, Id, Money, Participant};

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn line(status: CostStatus, invoiced: Option<&str>, paid: Option<&str>) -> CostLine {
        let mut line = CostLine::new(
            Id::from("cmp-1"),
            CostCategory::CreatorFee,
            Money::from_units(100),
        );
        line.influencer = Some(Id::from("inf-1"));
        line.status = status;
        line.invoice_date = invoiced.map(d);
        line.paid_date = paid.map(d);
        line
    }

    fn project(lines: Vec<CostLine>, terms: Option<u32>) -> Project {
        let mut project = Project::new();
        let mut campaign = Campaign::new("Spring", d("2027-03-01"), d("2027-04-30"));
        campaign.id = Id::from("cmp-1");
        let mut participant = Participant {
            influencer: Id::from("inf-1"),
            contract: Default::default(),
            tracking: Default::default(),
            costs_not_needed: Vec::new(),
        };
        participant.contract.payment_terms_days = terms;
        campaign.participants.push(participant);
        project.campaigns.push(campaign);
        project.cost_lines = lines;
        project
    }

    #[test]
    fn payment_states_read_in_english_and_chinese() {
        let states = [
            PaymentState::Overdue(1),
            PaymentState::Overdue(3),
            PaymentState::DueIn(0),
            PaymentState::DueIn(1),
            PaymentState::PaidLate(12),
        ];
        let en: Vec<String> = states.iter().map(ToString::to_string).collect();
        assert_eq!(
            en,
            [
                "1 day overdue",
                "3 days overdue",
                "due today",
                "due in 1 day",
                "paid 12 days late"
            ]
        );
        let zh: Vec<String> = states
            .iter()
            .map(|s| s.text_in(crate::i18n::Lang::ZhCn))
            .collect();
        assert_eq!(
            zh,
            [
                "已逾期 1 天",
                "已逾期 3 天",
                "今天到期",
                "1 天后到期",
                "延迟 12 天付款"
            ]
        );
    }

    #[test]
    fn due_date_uses_the_contract_terms_then_the_default() {
        let l = line(CostStatus::Invoiced, Some("2027-03-01"), None);
        let p = project(vec![l.clone()], Some(14));
        assert_eq!(
            due_date(&l, p.campaigns.first(), 30),
            Some(DueDate {
                date: d("2027-03-15"),
                derived_from_terms: Some(14)
            })
        );
        assert_eq!(
            due_date(&l, None, 30).map(|d| d.date),
            Some(d("2027-03-31"))
        );
        let mut own = l.clone();
        own.due_date = Some(d("2027-03-10"));
        assert_eq!(
            due_date(&own, p.campaigns.first(), 30),
            Some(DueDate {
                date: d("2027-03-10"),
                derived_from_terms: None
            })
        );
        assert_eq!(
            due_date(&line(CostStatus::Committed, None, None), None, 30),
            None
        );
    }

    #[test]
    fn due_yesterday_is_overdue_today_is_due_and_the_window_is_inclusive() {
        let today = d("2027-03-31");
        let lines = vec![
            line(CostStatus::Invoiced, Some("2027-02-28"), None), // due 30 Mar: 1 day late
            line(CostStatus::Invoiced, Some("2027-03-01"), None), // due today
            line(CostStatus::Invoiced, Some("2027-03-31"), None), // due in 30 days
            line(CostStatus::Invoiced, Some("2027-04-01"), None), // due in 31 days: later
            line(CostStatus::Estimated, Some("2027-01-01"), None), // not owed yet
            line(CostStatus::Cancelled, Some("2027-01-01"), None),
        ];
        let p = project(lines, None);
        let got = payments(&p, today, None, 30);
        assert_eq!(
            got.overdue
                .iter()
                .map(|p| (p.line, p.state))
                .collect::<Vec<_>>(),
            vec![(0, PaymentState::Overdue(1))]
        );
        assert_eq!(
            got.due_soon
                .iter()
                .map(|p| (p.line, p.state))
                .collect::<Vec<_>>(),
            vec![(1, PaymentState::DueIn(0)), (2, PaymentState::DueIn(30))]
        );
        assert!(got.paid_late.is_empty());
    }

    #[test]
    fn paid_late_counts_days_after_the_due_date() {
        let lines = vec![
            line(CostStatus::Paid, Some("2027-01-01"), Some("2027-01-31")), // on the day
            line(CostStatus::Paid, Some("2027-01-01"), Some("2027-02-12")), // 12 days late
            line(CostStatus::Paid, Some("2027-01-01"), None),               // date unknown
        ];
        let p = project(lines, None);
        let got = payments(&p, d("2027-03-31"), None, 30);
        assert_eq!(
            got.paid_late
                .iter()
                .map(|p| (p.line, p.state))
                .collect::<Vec<_>>(),
            vec![(1, PaymentState::PaidLate(12))]
        );
    }

    #[test]
    fn a_campaign_filter_keeps_only_its_lines() {
        let mut other = line(CostStatus::Invoiced, Some("2027-01-01"), None);
        other.campaign = Id::from("cmp-2");
        let p = project(
            vec![other, line(CostStatus::Invoiced, Some("2027-01-01"), None)],
            None,
        );
        let got = payments(&p, d("2027-03-31"), Some(&Id::from("cmp-1")), 30);
        assert_eq!(
            got.overdue.iter().map(|p| p.line).collect::<Vec<_>>(),
            vec![1]
        );
        assert_eq!(payments(&p, d("2027-03-31"), None, 30).overdue.len(), 2);
    }
}
