//! Editing an agreed plan: a change to a deliverable after the creator agreed is recorded
//! as a plan change in the same undo step, listed until the creator is told, and cleared
//! with "Mark as told".

use super::DeliverableStatus;
use super::deliverable::Deliverable;
use super::edit::{Edit, Record, RecordKey};
use super::id::{DeliverableId, InfluencerId, PlanChangeId};
use super::index::ProjectIndex;
use super::plan_change::{PlanChange, PlanField};
use super::project::Project;
use crate::fast::HashSet;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// True when the creator has agreed to a deliverable: its status is Agreed or later (not
/// Cancelled), or the creator's contract for its campaign is signed (and it is not
/// cancelled).
pub fn creator_has_agreed(project: &Project, deliverable: &Deliverable) -> bool {
    if deliverable.status == DeliverableStatus::Cancelled {
        return false;
    }
    deliverable.is_agreed()
        || project
            .campaign(&deliverable.campaign)
            .and_then(|c| c.participant(&deliverable.influencer))
            .is_some_and(|p| p.contract.signed.is_some())
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// The text of a field of the plan, as a plan change records it.
fn field_text(d: &Deliverable, field: &PlanField) -> String {
    match field {
        PlanField::BriefSent => date_text(d.brief_sent),
        PlanField::DraftDue => date_text(d.draft_due),
        PlanField::Publish => date_text(d.publish),
        PlanField::Content => d.content.label().to_string(),
        PlanField::Platform => d.platform.label().to_string(),
        PlanField::Title => d.title.clone(),
        PlanField::Disclosure => d.disclosure.clone(),
        PlanField::Other(_) => String::new(),
    }
}

/// The fields that count as the plan, as (field, before, after), for those that differ.
fn differences(old: &Deliverable, new: &Deliverable) -> Vec<(&'static PlanField, String, String)> {
    PlanField::RECORDED
        .iter()
        .map(|field| (field, field_text(old, field), field_text(new, field)))
        .filter(|(_, before, after)| before != after)
        .collect()
}

/// The edit that saves a changed deliverable. When the creator had already agreed to it
/// (see [`creator_has_agreed`]) and its dates, content type, platform, title or disclosure
/// changed, the same edit records what changed as plan changes dated `today`, not yet told,
/// so that one undo takes back both.
///
/// A field that already has an untold change is updated rather than recorded twice (the
/// creator still knows the first "from"), and that change is removed when the field is back
/// where the creator last heard it was. Returns `Put(changed)` alone when nothing is to be
/// recorded (a new deliverable, one not agreed yet, or a change to other fields).
pub fn edit_deliverable(project: &Project, changed: Deliverable, today: NaiveDate) -> Edit {
    let Some(old) = project.deliverable(&changed.id) else {
        return Edit::Put(Record::Deliverable(changed));
    };
    if !creator_has_agreed(project, old) {
        return Edit::Put(Record::Deliverable(changed));
    }
    let mut records = Vec::new();
    for (what, before, after) in differences(old, &changed) {
        let pending = project
            .plan_changes
            .iter()
            .find(|c| c.deliverable == changed.id && &c.what == what && !c.told);
        match pending {
            Some(existing) if existing.from == after => {
                records.push(Edit::Remove(RecordKey::PlanChange(existing.id.clone())));
            }
            Some(existing) => {
                let mut updated = existing.clone();
                updated.to = after;
                updated.date = today;
                records.push(Edit::Put(Record::PlanChange(updated)));
            }
            None => records.push(Edit::Put(Record::PlanChange(PlanChange {
                id: PlanChangeId::new(),
                deliverable: changed.id.clone(),
                date: today,
                what: what.clone(),
                from: before,
                to: after,
                told: false,
            }))),
        }
    }
    if records.is_empty() {
        return Edit::Put(Record::Deliverable(changed));
    }
    let mut edits = vec![Edit::Put(Record::Deliverable(changed))];
    edits.extend(records);
    Edit::Batch(edits)
}

/// The plan changes an influencer has not been told about, in the project's order (which
/// is the order they were made in).
pub fn untold_changes<'a>(project: &'a Project, influencer: &InfluencerId) -> Vec<&'a PlanChange> {
    if project.plan_changes.iter().all(|c| c.told) {
        return Vec::new();
    }
    let theirs: HashSet<&DeliverableId> = project
        .deliverables
        .iter()
        .filter(|d| &d.influencer == influencer)
        .map(|d| &d.id)
        .collect();
    project
        .plan_changes
        .iter()
        .filter(|c| !c.told && theirs.contains(&c.deliverable))
        .collect()
}

/// The edit, one undo step, that marks every plan change an influencer has not been told
/// about as told. An empty batch when there is none.
pub fn mark_told(project: &Project, influencer: &InfluencerId) -> Edit {
    Edit::Batch(
        untold_changes(project, influencer)
            .into_iter()
            .map(|c| {
                let mut told = c.clone();
                told.told = true;
                Edit::Put(Record::PlanChange(told))
            })
            .collect(),
    )
}

/// A creator with plan changes they have not been told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatorToTell {
    /// Their name (their id when the influencer is missing from the roster).
    pub name: String,
    /// The influencer's id.
    pub influencer: InfluencerId,
    /// Each change in words, as [`PlanChange::describe`] writes it.
    pub changes: Vec<String>,
}

/// Every creator with plan changes not told yet, by name, each with their changes in words
/// (dates without the year when it is `this_year`). Two creators of the same name stay
/// apart. Linear in the plan changes, through `index` (built from `project`).
pub fn creators_to_tell(
    project: &Project,
    index: &ProjectIndex,
    this_year: i32,
) -> Vec<CreatorToTell> {
    creators_to_tell_in(crate::i18n::Lang::En, project, index, this_year)
}

/// [`creators_to_tell`], each change written in `lang`.
pub fn creators_to_tell_in(
    lang: crate::i18n::Lang,
    project: &Project,
    index: &ProjectIndex,
    this_year: i32,
) -> Vec<CreatorToTell> {
    let mut waiting: BTreeMap<(String, &InfluencerId), CreatorToTell> = BTreeMap::new();
    for change in project.plan_changes.iter().filter(|c| !c.told) {
        if let Some(d) = index.deliverable(project, &change.deliverable) {
            let name = index
                .influencer(project, &d.influencer)
                .map_or_else(|| d.influencer.to_string(), |i| i.name.clone());
            waiting
                .entry((name.clone(), &d.influencer))
                .or_insert_with(|| CreatorToTell {
                    name,
                    influencer: d.influencer.clone(),
                    changes: Vec::new(),
                })
                .changes
                .push(change.describe_in(lang, &d.title, this_year));
        }
    }
    waiting.into_values().collect()
}
