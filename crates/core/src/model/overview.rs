//! What a campaign (or all of them) comes to, for a meeting: dates, objective, creators and
//! their combined reach, deliverables by status, the budget against the cap, and what needs
//! a decision. Presentation slides and exports read it; it holds no drawing.

use super::{Amounts, CampaignId, DeliverableStatus, InfluencerId, Money, Project, budget_report};
use crate::checks::{Code, Finding, Severity};
use crate::fast::HashSet;
use crate::i18n::{Lang, text, text_with};
use chrono::NaiveDate;

/// Something that needs a decision: an error finding, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The check's code.
    pub code: Code,
    /// What it is about, by name.
    pub about: String,
    /// The message.
    pub message: crate::i18n::Text,
    /// What the check suggests doing.
    pub fix: crate::i18n::Text,
}

/// A campaign or all of them, summed up.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// The campaign's name, or "All campaigns".
    pub title: String,
    /// True when it sums up every campaign (its title is then written per language).
    pub all_campaigns: bool,
    /// The first day of the campaigns shown.
    pub start: Option<NaiveDate>,
    /// Their last day.
    pub end: Option<NaiveDate>,
    /// Their objectives (those written down).
    pub objectives: Vec<String>,
    /// Creators taking part (each once).
    pub creators: Vec<InfluencerId>,
    /// Their followers on every platform, added up.
    pub reach: u64,
    /// Deliverables by status, in the order of progress (statuses with none left out).
    pub by_status: Vec<(DeliverableStatus, usize)>,
    /// Deliverables in all.
    pub deliverables: usize,
    /// The caps added up.
    pub cap: Money,
    /// Planned, committed and paid, added up.
    pub amounts: Amounts,
    /// The error findings about these campaigns and what belongs to them.
    pub decisions: Vec<Decision>,
}

impl Overview {
    /// The share of the cap a sum is, in percent (`None` without a cap).
    pub fn of_cap(&self, amount: Money) -> Option<f64> {
        (self.cap.cents() > 0).then(|| amount.cents() as f64 * 100.0 / self.cap.cents() as f64)
    }

    /// A share of the cap in words: "97 %", or "—" without a cap.
    pub fn share_of_cap(&self, amount: Money) -> String {
        self.of_cap(amount)
            .map_or("—".to_string(), |p| format!("{p:.0} %"))
    }

    /// The budget in one line: amounts in `currency` when `confidential`, else shares of
    /// the cap ("Budget: 97 % of the cap planned · 46 % committed · 13 % paid").
    pub fn budget_line(&self, confidential: bool, currency: &str) -> String {
        self.budget_line_in(Lang::En, confidential, currency)
    }

    /// [`Self::budget_line`] in `lang`.
    pub fn budget_line_in(&self, lang: Lang, confidential: bool, currency: &str) -> String {
        let a = &self.amounts;
        if confidential {
            text_with(
                lang,
                "report-budget-amounts",
                &[
                    ("planned", a.current.grouped().into()),
                    ("cap", self.cap.grouped().into()),
                    ("currency", currency.into()),
                    ("committed", a.committed.grouped().into()),
                    ("paid", a.paid.grouped().into()),
                ],
            )
        } else {
            text_with(
                lang,
                "report-budget-shares",
                &[
                    ("planned", self.share_of_cap(a.current).into()),
                    ("committed", self.share_of_cap(a.committed).into()),
                    ("paid", self.share_of_cap(a.paid).into()),
                ],
            )
        }
    }

    /// The title in `lang`: the campaign's name, or "All campaigns" / "全部活动".
    pub fn title_in(&self, lang: Lang) -> String {
        if self.all_campaigns {
            text(lang, "report-all-campaigns")
        } else {
            self.title.clone()
        }
    }
}

/// The overview of `campaign` (every campaign when `None`), with the decisions taken from
/// `findings` (errors only), leaving out those whose code is in `hidden`.
pub fn overview(
    project: &Project,
    campaign: Option<&CampaignId>,
    findings: &[Finding],
    hidden: &[Code],
) -> Overview {
    let wanted = |id: &CampaignId| campaign.is_none_or(|c| c == id);
    let campaigns: Vec<_> = project.campaigns.iter().filter(|c| wanted(&c.id)).collect();
    let (title, all_campaigns) = match (campaign, campaigns.as_slice()) {
        (Some(_), [one]) => (one.name.clone(), false),
        _ => ("All campaigns".to_string(), true),
    };
    let mut creators = Vec::new();
    let mut seen: HashSet<&InfluencerId> = HashSet::default();
    for c in &campaigns {
        for p in &c.participants {
            if seen.insert(&p.influencer) {
                creators.push(p.influencer.clone());
            }
        }
    }
    let ours: Vec<_> = project
        .deliverables
        .iter()
        .filter(|d| wanted(&d.campaign))
        .collect();
    for d in &ours {
        if seen.insert(&d.influencer) {
            creators.push(d.influencer.clone());
        }
    }
    let followers: crate::fast::HashMap<&InfluencerId, u64> = project
        .influencers
        .iter()
        .map(|i| (&i.id, i.total_followers()))
        .collect();
    let reach = creators
        .iter()
        .filter_map(|id| followers.get(id))
        .fold(0u64, |a, f| a.saturating_add(*f));
    let by_status = DeliverableStatus::ALL
        .iter()
        .map(|s| (*s, ours.iter().filter(|d| d.status == *s).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut cap = Money::ZERO;
    let mut amounts = Amounts::default();
    for b in budget_report(project, campaign) {
        cap += b.cap;
        amounts.baseline += b.total.baseline;
        amounts.changes += b.total.changes;
        amounts.current += b.total.current;
        amounts.committed += b.total.committed;
        amounts.invoiced += b.total.invoiced;
        amounts.paid += b.total.paid;
    }
    // Everything that belongs to the campaigns shown, to pick their findings.
    let mut mine: HashSet<&str> = HashSet::default();
    mine.extend(campaigns.iter().map(|c| c.id.as_str()));
    mine.extend(ours.iter().map(|d| d.id.as_str()));
    mine.extend(creators.iter().map(|i| i.as_str()));
    mine.extend(
        project
            .cost_lines
            .iter()
            .filter(|l| wanted(&l.campaign))
            .map(|l| l.id.as_str()),
    );
    let index = super::ProjectIndex::new(project);
    let decisions = findings
        .iter()
        .filter(|f| f.severity == Severity::Error && !hidden.contains(&f.code))
        .filter(|f| f.subject.iter().any(|s| mine.contains(s.as_str())))
        .map(|f| Decision {
            code: f.code,
            about: f
                .subject
                .first()
                .map(|id| index.describe(project, id))
                .unwrap_or_default(),
            message: f.message.clone(),
            fix: f.fix.clone(),
        })
        .collect();
    Overview {
        title,
        all_campaigns,
        start: campaigns.iter().map(|c| c.start).min(),
        end: campaigns.iter().map(|c| c.end).max(),
        objectives: campaigns
            .iter()
            .map(|c| c.objective.trim().to_string())
            .filter(|o| !o.is_empty())
            .collect(),
        creators,
        reach,
        by_status,
        deliverables: ours.len(),
        cap,
        amounts,
        decisions,
    }
}
