//! What each kind of shared copy leaves out, declared once as a list: the Share dialog's
//! preview, the README's table, the copy itself, the checks it silences and how a copy
//! that comes back is filled in again before merging all read this list.

use crate::checks::Code;
use crate::fast::{HashMap, HashSet};
use crate::model::{
    CampaignId, CostCategory, CostLine, CostLineId, CostStatus, Money, Personal, Project,
    ShareKind, SharedCopy,
};

/// The cost categories that are ours alone: never in a client copy.
pub const INTERNAL_CATEGORIES: &[CostCategory] =
    &[CostCategory::AgencyFee, CostCategory::Contingency];

/// How the ids of the campaign-total lines of a client copy without per-line amounts
/// begin; a copy that comes back loses them again.
pub const TOTAL_LINE_PREFIX: &str = "cst-total-";

/// When an omission applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// In every client copy.
    Client,
    /// In a client copy without per-line amounts.
    WithoutAmounts,
}

/// One thing a client copy leaves out.
pub struct Omission {
    /// What, in a few words ("Private notes").
    pub what: &'static str,
    /// The message id of `what` in the `.ftl` files (`sg-left-out-private-notes`).
    pub what_id: &'static str,
    /// Where it is in the project, for the README ("influencers' `notes`").
    pub fields: &'static str,
    /// When it is left out.
    pub when: When,
    /// The checks whose findings would be false without it.
    pub silences: &'static [Code],
    /// How many records or entries it leaves out of a project.
    count: fn(&Project) -> usize,
    /// Takes it out.
    strip: fn(&mut Project),
    /// Puts it back into a copy that came back from a project that has it.
    restore: fn(&mut Project, &Project),
}

/// Everything a client copy leaves out, in the order it is applied.
pub const CLIENT: &[Omission] = &[
    Omission {
        what: "Private notes",
        what_id: "sg-left-out-private-notes",
        fields: "influencers' `notes`",
        when: When::Client,
        silences: &[],
        count: |p| p.influencers.iter().filter(|i| !i.notes.is_empty()).count(),
        strip: |p| p.influencers.iter_mut().for_each(|i| i.notes.clear()),
        restore: |p, from| restore_influencers(p, from, |i, r| i.notes.clone_from(&r.notes)),
    },
    Omission {
        what: "Personal details",
        what_id: "sg-left-out-personal",
        fields: "influencers' `personal` (background, shared interests, posts loved, preferred contact, language)",
        when: When::Client,
        silences: &[],
        count: |p| {
            p.influencers
                .iter()
                .filter(|i| i.personal != Personal::default())
                .count()
        },
        strip: |p| {
            p.influencers
                .iter_mut()
                .for_each(|i| i.personal = Personal::default())
        },
        restore: |p, from| restore_influencers(p, from, |i, r| i.personal.clone_from(&r.personal)),
    },
    Omission {
        what: "Contact details",
        what_id: "sg-left-out-contact",
        fields: "influencers' `email`",
        when: When::Client,
        silences: &[],
        count: |p| p.influencers.iter().filter(|i| !i.email.is_empty()).count(),
        strip: |p| p.influencers.iter_mut().for_each(|i| i.email.clear()),
        restore: |p, from| restore_influencers(p, from, |i, r| i.email.clone_from(&r.email)),
    },
    Omission {
        what: "Contact log entries",
        what_id: "sg-left-out-contact-log",
        fields: "influencers' `contacts` (what was said, when)",
        when: When::Client,
        silences: &[Code::NoRecentContact, Code::ThanksMissing],
        count: |p| p.influencers.iter().map(|i| i.contacts.len()).sum(),
        strip: |p| p.influencers.iter_mut().for_each(|i| i.contacts.clear()),
        restore: |p, from| restore_influencers(p, from, |i, r| i.contacts.clone_from(&r.contacts)),
    },
    Omission {
        what: "Rate cards",
        what_id: "sg-left-out-rate-cards",
        fields: "influencers' `rate_card`",
        when: When::Client,
        silences: &[Code::FeeBelowRate],
        count: |p| {
            p.influencers
                .iter()
                .filter(|i| !i.rate_card.is_empty())
                .count()
        },
        strip: |p| p.influencers.iter_mut().for_each(|i| i.rate_card.clear()),
        restore: |p, from| {
            restore_influencers(p, from, |i, r| i.rate_card.clone_from(&r.rate_card))
        },
    },
    Omission {
        what: "Agency fee and internal cost lines",
        what_id: "sg-left-out-fees",
        fields: "cost lines of category `AgencyFee` or `Contingency`",
        when: When::Client,
        // Without them the plan's total is not the one the cap is for.
        silences: &[Code::MissingCost, Code::OverCap],
        count: |p| p.cost_lines.iter().filter(|l| is_internal(l)).count(),
        strip: |p| p.cost_lines.retain(|l| !is_internal(l)),
        restore: |p, from| restore_lines(p, from, is_internal),
    },
    Omission {
        what: "Reasons recorded for cost changes",
        what_id: "sg-left-out-reasons",
        fields: "cost lines' `changes[].reason`",
        when: When::Client,
        silences: &[Code::CostChangeUnexplained],
        count: |p| {
            p.cost_lines
                .iter()
                .flat_map(|l| &l.changes)
                .filter(|c| !c.reason.is_empty())
                .count()
        },
        strip: |p| {
            p.cost_lines
                .iter_mut()
                .flat_map(|l| &mut l.changes)
                .for_each(|c| c.reason.clear());
        },
        restore: restore_reasons,
    },
    Omission {
        what: "Per-line amounts (campaign totals instead)",
        what_id: "sg-left-out-amounts",
        fields: "every cost line, replaced by one line per campaign for what is paid, committed and estimated",
        when: When::WithoutAmounts,
        silences: &[
            Code::Unreconciled,
            Code::CostChangeNotTold,
            Code::CostChangeUnexplained,
            Code::PaymentOverdue,
            Code::MissingCost,
            Code::FeeBelowRate,
        ],
        count: |p| {
            p.cost_lines
                .iter()
                .filter(|l| !is_total_line(l) && !is_internal(l))
                .count()
        },
        strip: to_totals,
        restore: |p, from| {
            p.cost_lines.retain(|l| !is_total_line(l));
            restore_lines(p, from, |_| true);
        },
    },
];

/// True for a cost line that is ours alone.
fn is_internal(line: &CostLine) -> bool {
    INTERNAL_CATEGORIES.contains(&line.category)
}

/// True for a campaign-total line a client copy made.
fn is_total_line(line: &CostLine) -> bool {
    line.id.as_str().starts_with(TOTAL_LINE_PREFIX)
}

/// Copies fields of each influencer from the same influencer in `from`.
fn restore_influencers(
    project: &mut Project,
    from: &Project,
    copy: fn(&mut crate::model::Influencer, &crate::model::Influencer),
) {
    let theirs: HashMap<&str, &crate::model::Influencer> = from
        .influencers
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    for influencer in &mut project.influencers {
        if let Some(original) = theirs.get(influencer.id.as_str()) {
            copy(influencer, original);
        }
    }
}

/// Adds the lines of `from` that a copy leaves out (`left_out`) and `project` lacks.
fn restore_lines(project: &mut Project, from: &Project, left_out: fn(&CostLine) -> bool) {
    let have: HashSet<CostLineId> = project.cost_lines.iter().map(|l| l.id.clone()).collect();
    let missing: Vec<CostLine> = from
        .cost_lines
        .iter()
        .filter(|l| left_out(l) && !have.contains(&l.id))
        .cloned()
        .collect();
    project.cost_lines.extend(missing);
}

/// Puts back the reasons of recorded changes, matched by line, date, amounts.
fn restore_reasons(project: &mut Project, from: &Project) {
    let lines: HashMap<&str, &CostLine> =
        from.cost_lines.iter().map(|l| (l.id.as_str(), l)).collect();
    for line in &mut project.cost_lines {
        let Some(original) = lines.get(line.id.as_str()) else {
            continue;
        };
        for change in line.changes.iter_mut().filter(|c| c.reason.is_empty()) {
            if let Some(same) = original
                .changes
                .iter()
                .find(|o| o.date == change.date && o.from == change.from && o.to == change.to)
            {
                change.reason.clone_from(&same.reason);
            }
        }
    }
}

/// Replaces every cost line by a campaign's totals: paid, committed (or invoiced) and
/// estimated, one line each that is not zero.
fn to_totals(project: &mut Project) {
    let mut totals: Vec<(CampaignId, [Money; 3])> = Vec::new();
    let mut at: HashMap<CampaignId, usize> = HashMap::default();
    for line in &project.cost_lines {
        let slot = match line.status {
            CostStatus::Paid => 0,
            CostStatus::Committed | CostStatus::Invoiced => 1,
            CostStatus::Estimated => 2,
            CostStatus::Cancelled => continue,
        };
        let index = *at.entry(line.campaign.clone()).or_insert_with(|| {
            totals.push((line.campaign.clone(), [Money::ZERO; 3]));
            totals.len() - 1
        });
        let sum = &mut totals[index].1[slot];
        *sum += line.amount;
    }
    project.cost_lines.clear();
    const PARTS: [(CostStatus, &str, &str); 3] = [
        (CostStatus::Paid, "paid", "Paid so far (campaign total)"),
        (
            CostStatus::Committed,
            "committed",
            "Committed, not yet paid (campaign total)",
        ),
        (
            CostStatus::Estimated,
            "estimated",
            "Estimated, not yet agreed (campaign total)",
        ),
    ];
    for (campaign, sums) in totals {
        for ((status, key, description), amount) in PARTS.into_iter().zip(sums) {
            if amount == Money::ZERO {
                continue;
            }
            let mut line = CostLine::new(campaign.clone(), CostCategory::Other, amount);
            line.id = CostLineId::from(format!("{TOTAL_LINE_PREFIX}{campaign}-{key}"));
            line.status = status;
            line.description = description.to_string();
            project.cost_lines.push(line);
        }
    }
}

/// What a copy is for: its kind, and for a client whether cost lines keep their amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareOptions {
    /// Who it is for.
    pub kind: ShareKind,
    /// A client copy keeps each cost line's amount (otherwise campaign totals only).
    pub amounts: bool,
}

impl ShareOptions {
    /// The omissions that apply to a copy of this kind, in order.
    pub fn omissions(self) -> impl Iterator<Item = &'static Omission> {
        CLIENT.iter().filter(move |o| match (self.kind, o.when) {
            (ShareKind::Team, _) => false,
            (ShareKind::Client, When::Client) => true,
            (ShareKind::Client, When::WithoutAmounts) => !self.amounts,
        })
    }

    /// The options a copy was made with, from what it says about itself.
    pub fn of(shared: &SharedCopy) -> ShareOptions {
        ShareOptions {
            kind: shared.kind,
            amounts: shared.amounts,
        }
    }
}

/// One line of the preview: what is left out, and how much of it the project has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// What ("Rate cards"), in English.
    pub what: &'static str,
    /// The message id of `what` (`sg-left-out-rate-cards`).
    pub what_id: &'static str,
    /// How many records or entries of this project.
    pub count: usize,
}

impl LeftOut {
    /// What, in `lang` ("Rate cards" / "报价").
    pub fn what_in(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(lang, self.what_id)
    }
}

/// What a copy of `project` made with `options` leaves out, with counts (zero counts
/// included: the list says what such a copy never carries).
pub fn preview(project: &Project, options: ShareOptions) -> Vec<LeftOut> {
    options
        .omissions()
        .map(|o| LeftOut {
            what: o.what,
            what_id: o.what_id,
            count: (o.count)(project),
        })
        .collect()
}

/// Takes out of `project` what a copy made with `options` leaves out.
pub fn strip(project: &mut Project, options: ShareOptions) {
    for omission in options.omissions() {
        (omission.strip)(project);
    }
}

/// Fills a shared copy that came back (`copy`, whose `info.shared` says what it left out)
/// with what was left out, taken from `reference` (the version it was made from, or the
/// project it is merged into): a copy that comes back never deletes what it did not carry.
/// A copy that says nothing about itself, or a team copy, is left as it is.
pub fn restore(copy: &mut Project, reference: &Project) {
    let Some(shared) = copy.info.shared.clone() else {
        return;
    };
    let omissions: Vec<&Omission> = ShareOptions::of(&shared).omissions().collect();
    for omission in omissions.into_iter().rev() {
        (omission.restore)(copy, reference);
    }
}

/// What a meeting or a page for the client does not show unless `confidential`: what a
/// client copy without per-line amounts silences (presentation, summary, chart images).
pub fn hidden_unless(confidential: bool) -> Vec<Code> {
    if confidential {
        Vec::new()
    } else {
        silenced_by(ShareOptions {
            kind: ShareKind::Client,
            amounts: false,
        })
    }
}

/// The checks whose findings a copy must not show, because what they look at is not in it.
pub fn silenced(shared: Option<&SharedCopy>) -> Vec<Code> {
    shared.map_or_else(Vec::new, |s| silenced_by(ShareOptions::of(s)))
}

/// The checks a copy made with `options` silences, each once.
pub fn silenced_by(options: ShareOptions) -> Vec<Code> {
    let mut codes: Vec<Code> = options
        .omissions()
        .flat_map(|o| o.silences.iter().copied())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_omission_has_its_words_in_english_and_chinese() {
        for o in CLIENT {
            assert_eq!(crate::i18n::text(Lang::En, o.what_id), o.what);
        }
        let options = ShareOptions {
            kind: ShareKind::Client,
            amounts: false,
        };
        let left_out = preview(&Project::new(), options);
        assert_eq!(left_out.len(), CLIENT.len());
        let rates = left_out.iter().find(|l| l.what == "Rate cards");
        assert_eq!(
            rates.map(|l| l.what_in(Lang::ZhCn)).as_deref(),
            Some("报价")
        );
        assert_eq!(
            rates.map(|l| l.what_in(Lang::En)).as_deref(),
            Some("Rate cards")
        );
    }
}
