//! The "think it through" checklist: for each participant of a campaign, every kind of
//! cost an influencer collaboration can bring, whether a line covers it, and the edits
//! that add a missing line or mark it as not needed.

use super::campaign::{Campaign, Participant};
use super::cost_line::CostLine;
use super::edit::{Edit, Record};
use super::id::InfluencerId;
use super::kinds::{Compensation, CostCategory, CostStatus, DeliverableStatus};
use super::money::Money;
use super::project::Project;
use crate::fast::{HashMap, HashSet};
use std::collections::BTreeSet;

/// The costs to think through for every participant, in checklist order.
pub const CHECKLIST: [CostCategory; 9] = [
    CostCategory::CreatorFee,
    CostCategory::UsageRights,
    CostCategory::PaidAmplification,
    CostCategory::Product,
    CostCategory::Shipping,
    CostCategory::Production,
    CostCategory::Travel,
    CostCategory::AgencyFee,
    CostCategory::Tax,
];

/// Where one checklist item stands for a participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState {
    /// Lines for this participant (not cancelled) plan this much.
    Covered(Money),
    /// Lines for this participant exist but plan nothing (0.00): still to think through.
    AtZero,
    /// A campaign-wide line (no influencer) of this category exists, planning this much.
    CampaignWide(Money),
    /// Decided as not needed for this participant.
    NotNeeded,
    /// Nothing yet: neither a line nor a decision.
    Open,
}

/// One participant's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantChecklist {
    /// The influencer.
    pub influencer: InfluencerId,
    /// The state of each item of [`CHECKLIST`], in that order.
    pub items: [ItemState; 9],
}

impl ParticipantChecklist {
    /// How many items are still open.
    pub fn open(&self) -> usize {
        self.items
            .iter()
            .filter(|s| matches!(s, ItemState::Open | ItemState::AtZero))
            .count()
    }
}

/// Everyone who takes part in `campaign`: its participants, then anyone else with a
/// deliverable or a cost line in it, each once, in that order.
pub fn people(project: &Project, campaign: &Campaign) -> Vec<InfluencerId> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let listed = campaign.participants.iter().map(|p| &p.influencer);
    let working = project
        .deliverables
        .iter()
        .filter(|d| d.campaign == campaign.id && d.status != DeliverableStatus::Cancelled)
        .map(|d| &d.influencer);
    let paid = project
        .cost_lines
        .iter()
        .filter(|l| l.campaign == campaign.id)
        .filter_map(|l| l.influencer.as_ref());
    let known: HashSet<&InfluencerId> = project.influencers.iter().map(|i| &i.id).collect();
    for id in listed.chain(working).chain(paid) {
        if known.contains(id) && seen.insert(id.clone()) {
            out.push(id.clone());
        }
    }
    out
}

/// The checklist of every participant of `campaign`.
pub fn checklist(project: &Project, campaign: &Campaign) -> Vec<ParticipantChecklist> {
    // One pass over the lines: what each influencer (or the campaign as a whole, `None`)
    // plans per category.
    let mut sums: HashMap<(Option<&InfluencerId>, CostCategory), Money> = HashMap::default();
    for line in project
        .cost_lines
        .iter()
        .filter(|l| l.campaign == campaign.id && l.status != CostStatus::Cancelled)
    {
        let sum = sums
            .entry((line.influencer.as_ref(), line.category))
            .or_insert(Money::ZERO);
        *sum = sum.saturating_add(line.amount);
    }
    let mut participants: HashMap<&InfluencerId, &Participant> = HashMap::default();
    for p in &campaign.participants {
        participants.entry(&p.influencer).or_insert(p);
    }
    people(project, campaign)
        .into_iter()
        .map(|influencer| {
            let not_needed = participants
                .get(&influencer)
                .map_or(&[][..], |p| p.costs_not_needed.as_slice());
            let mut items = [ItemState::Open; 9];
            for (item, &category) in items.iter_mut().zip(CHECKLIST.iter()) {
                let own = sums.get(&(Some(&influencer), category)).copied();
                let wide = sums.get(&(None, category)).copied();
                *item = match (own, not_needed.contains(&category), wide) {
                    (Some(sum), _, _) if sum == Money::ZERO => ItemState::AtZero,
                    (Some(sum), _, _) => ItemState::Covered(sum),
                    (None, true, _) => ItemState::NotNeeded,
                    (None, false, Some(sum)) => ItemState::CampaignWide(sum),
                    (None, false, None) => ItemState::Open,
                };
            }
            ParticipantChecklist { influencer, items }
        })
        .collect()
}

/// A new estimated line of `category` for `influencer` in `campaign`, described in plain
/// words. A creator fee starts at the influencer's rate card for their paid deliverables
/// in the campaign (the types with a rate); anything else starts at 0 for the manager to
/// fill in.
pub fn missing_line(
    project: &Project,
    campaign: &Campaign,
    influencer: &InfluencerId,
    category: CostCategory,
) -> CostLine {
    missing_line_in(
        crate::i18n::Lang::En,
        project,
        campaign,
        influencer,
        category,
    )
}

/// [`missing_line`], its description in `lang` ("Creator fee — Ana" / "达人费用 — Ana").
pub fn missing_line_in(
    lang: crate::i18n::Lang,
    project: &Project,
    campaign: &Campaign,
    influencer: &InfluencerId,
    category: CostCategory,
) -> CostLine {
    let mut line = CostLine::new(campaign.id.clone(), category, Money::ZERO);
    line.influencer = Some(influencer.clone());
    let who = project.influencer(influencer);
    let name = who.map_or("", |i| i.name.as_str());
    line.description = format!("{} — {name}", category.label_in(lang));
    if category == CostCategory::CreatorFee
        && let Some(person) = who
    {
        line.amount = project
            .deliverables
            .iter()
            .filter(|d| {
                d.campaign == campaign.id
                    && &d.influencer == influencer
                    && d.compensation == Compensation::Paid
                    && d.status != DeliverableStatus::Cancelled
            })
            .filter_map(|d| person.rate_for(d.content))
            .fold(Money::ZERO, Money::saturating_add);
    }
    line
}

/// The edit that marks (or, with `needed`, unmarks) `category` as not needed for
/// `influencer` in `campaign`; someone not yet listed as a participant is added.
pub fn set_not_needed(
    campaign: &Campaign,
    influencer: &InfluencerId,
    category: CostCategory,
    not_needed: bool,
) -> Edit {
    let mut changed = campaign.clone();
    let index = match changed
        .participants
        .iter()
        .position(|p| &p.influencer == influencer)
    {
        Some(index) => index,
        None => {
            changed
                .participants
                .push(Participant::new(influencer.clone()));
            changed.participants.len() - 1
        }
    };
    if let Some(participant) = changed.participants.get_mut(index) {
        participant.costs_not_needed.retain(|&c| c != category);
        if not_needed {
            participant.costs_not_needed.push(category);
            participant.costs_not_needed.sort();
        }
    }
    Edit::Put(Record::Campaign(changed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContentType, CostLineId, Deliverable, Influencer, Rate};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn setup() -> (Project, crate::model::CampaignId, InfluencerId) {
        let mut project = Project::new();
        let mut ana = Influencer::new("Ana Sousa");
        ana.rate_card.push(Rate {
            content: ContentType::Story,
            amount: Money::from_units(400),
        });
        let ana_id = ana.id.clone();
        project.influencers.push(ana);
        let mut campaign = Campaign::new("Spring", d("2027-03-01"), d("2027-04-30"));
        campaign.participants.push(Participant::new(ana_id.clone()));
        let campaign_id = campaign.id.clone();
        for _ in 0..2 {
            let mut work = Deliverable::new(
                campaign_id.clone(),
                ana_id.clone(),
                "Story",
                ContentType::Story,
            );
            work.compensation = Compensation::Paid;
            project.deliverables.push(work);
        }
        project.campaigns.push(campaign);
        (project, campaign_id, ana_id)
    }

    #[test]
    fn a_line_at_zero_is_not_covered_and_stays_open() {
        let (mut project, campaign_id, ana) = setup();
        let mut line = CostLine::new(campaign_id.clone(), CostCategory::CreatorFee, Money::ZERO);
        line.influencer = Some(ana);
        project.cost_lines.push(line);
        let campaign = project.campaign(&campaign_id).unwrap().clone();
        let lists = checklist(&project, &campaign);
        assert_eq!(lists[0].items[0], ItemState::AtZero);
        assert_eq!(lists[0].open(), 9, "0.00 counts as open");
    }

    #[test]
    fn items_are_covered_campaign_wide_not_needed_or_open() {
        let (mut project, campaign_id, ana) = setup();
        let mut fee = CostLine::new(
            campaign_id.clone(),
            CostCategory::CreatorFee,
            Money::from_units(500),
        );
        fee.influencer = Some(ana.clone());
        let mut fee2 = fee.clone();
        fee2.id = CostLineId::new();
        fee2.amount = Money::from_cents(25);
        let mut cancelled = fee.clone();
        cancelled.id = CostLineId::new();
        cancelled.category = CostCategory::Travel;
        cancelled.status = CostStatus::Cancelled;
        let agency = CostLine::new(
            campaign_id.clone(),
            CostCategory::AgencyFee,
            Money::from_units(900),
        );
        project.cost_lines = vec![fee, fee2, cancelled, agency];
        let campaign = project.campaigns[0].clone();
        set_not_needed(&campaign, &ana, CostCategory::Tax, true).apply(&mut project);
        let list = checklist(&project, &project.campaigns[0]);
        assert_eq!(list.len(), 1);
        let items = list[0].items;
        assert_eq!(items[0], ItemState::Covered(Money::from_cents(50_025)));
        assert_eq!(
            items[6],
            ItemState::Open,
            "a cancelled travel line does not count"
        );
        assert_eq!(items[7], ItemState::CampaignWide(Money::from_units(900)));
        assert_eq!(items[8], ItemState::NotNeeded);
        assert_eq!(list[0].open(), 6);
    }

    #[test]
    fn a_missing_fee_starts_at_the_rate_card() {
        let (project, campaign_id, ana) = setup();
        let campaign = project.campaign(&campaign_id).expect("campaign").clone();
        let line = missing_line(&project, &campaign, &ana, CostCategory::CreatorFee);
        assert_eq!(line.amount, Money::from_units(800));
        assert_eq!(line.influencer.as_ref(), Some(&ana));
        assert_eq!(line.description, "Creator fee — Ana Sousa");
        let shipping = missing_line(&project, &campaign, &ana, CostCategory::Shipping);
        assert_eq!(shipping.amount, Money::ZERO);
    }

    #[test]
    fn not_needed_toggles_and_adds_an_unlisted_participant() {
        let (mut project, _, _) = setup();
        let kofi = Influencer::new("Kofi Mensah");
        let kofi_id = kofi.id.clone();
        project.influencers.push(kofi);
        let campaign = project.campaigns[0].clone();
        set_not_needed(&campaign, &kofi_id, CostCategory::Travel, true).apply(&mut project);
        let saved = project.campaigns[0].participant(&kofi_id).expect("added");
        assert_eq!(saved.costs_not_needed, vec![CostCategory::Travel]);
        let campaign = project.campaigns[0].clone();
        set_not_needed(&campaign, &kofi_id, CostCategory::Travel, false).apply(&mut project);
        let saved = project.campaigns[0].participant(&kofi_id).expect("kept");
        assert!(saved.costs_not_needed.is_empty());
    }
}
