//! The kinds of record a project holds, seen the same way by compare and merge: an id, a
//! name for people, and the record as a tree of fields (`serde_json::Value`).

use crate::model::{Campaign, CostLine, Deliverable, Influencer, PlanChange, Project, ProjectInfo};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    /// The project's own facts and settings.
    Project,
    /// An influencer.
    Influencer,
    /// A campaign.
    Campaign,
    /// A deliverable.
    Deliverable,
    /// A cost line.
    CostLine,
    /// A plan change.
    PlanChange,
}

impl RecordKind {
    /// Every kind, in the file's order.
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Project,
        RecordKind::Influencer,
        RecordKind::Campaign,
        RecordKind::Deliverable,
        RecordKind::CostLine,
        RecordKind::PlanChange,
    ];

    /// The message id of its name for people (`sg-record-cost-line`: "Cost line" / "费用明细").
    pub fn word_id(self) -> &'static str {
        match self {
            RecordKind::Project => "sg-record-project",
            RecordKind::Influencer => "sg-record-influencer",
            RecordKind::Campaign => "sg-record-campaign",
            RecordKind::Deliverable => "sg-record-deliverable",
            RecordKind::CostLine => "sg-record-cost-line",
            RecordKind::PlanChange => "sg-record-plan-change",
        }
    }

    /// Its name for people in `lang`.
    pub fn word_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(lang, self.word_id())
    }

    /// The key in JSON output and the CLI: `project`, `influencer`, `cost_line`…
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Project => "project",
            RecordKind::Influencer => "influencer",
            RecordKind::Campaign => "campaign",
            RecordKind::Deliverable => "deliverable",
            RecordKind::CostLine => "cost_line",
            RecordKind::PlanChange => "plan_change",
        }
    }

    /// For people: "Project", "Influencer", "Cost line"…
    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Project => "Project",
            RecordKind::Influencer => "Influencer",
            RecordKind::Campaign => "Campaign",
            RecordKind::Deliverable => "Deliverable",
            RecordKind::CostLine => "Cost line",
            RecordKind::PlanChange => "Plan change",
        }
    }
}

/// A record compare and merge can match by id.
pub trait Keyed: Clone + PartialEq + Serialize + DeserializeOwned {
    /// Its kind.
    const KIND: RecordKind;
    /// Its id.
    fn key(&self) -> &str;
    /// Its name for people.
    fn name(&self) -> String;
    /// Its records in a project.
    fn of(project: &Project) -> &Vec<Self>;
    /// Its records in a project, to change.
    fn of_mut(project: &mut Project) -> &mut Vec<Self>;
}

impl Keyed for Influencer {
    const KIND: RecordKind = RecordKind::Influencer;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn of(project: &Project) -> &Vec<Self> {
        &project.influencers
    }
    fn of_mut(project: &mut Project) -> &mut Vec<Self> {
        &mut project.influencers
    }
}

impl Keyed for Campaign {
    const KIND: RecordKind = RecordKind::Campaign;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn of(project: &Project) -> &Vec<Self> {
        &project.campaigns
    }
    fn of_mut(project: &mut Project) -> &mut Vec<Self> {
        &mut project.campaigns
    }
}

impl Keyed for Deliverable {
    const KIND: RecordKind = RecordKind::Deliverable;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn name(&self) -> String {
        self.title.clone()
    }
    fn of(project: &Project) -> &Vec<Self> {
        &project.deliverables
    }
    fn of_mut(project: &mut Project) -> &mut Vec<Self> {
        &mut project.deliverables
    }
}

impl Keyed for CostLine {
    const KIND: RecordKind = RecordKind::CostLine;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn name(&self) -> String {
        if self.description.trim().is_empty() {
            self.category.label().to_string()
        } else {
            self.description.clone()
        }
    }
    fn of(project: &Project) -> &Vec<Self> {
        &project.cost_lines
    }
    fn of_mut(project: &mut Project) -> &mut Vec<Self> {
        &mut project.cost_lines
    }
}

impl Keyed for PlanChange {
    const KIND: RecordKind = RecordKind::PlanChange;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn name(&self) -> String {
        self.what_label()
    }
    fn of(project: &Project) -> &Vec<Self> {
        &project.plan_changes
    }
    fn of_mut(project: &mut Project) -> &mut Vec<Self> {
        &mut project.plan_changes
    }
}

/// The fields of the project's facts that say where a file came from: never compared,
/// never merged (each copy keeps its own).
pub const PROVENANCE: &[&str] = &["revision", "shared"];

/// A record as a tree of fields (`Null` if it cannot be, which no record of ours does).
pub fn tree<T: Serialize>(record: &T) -> Value {
    serde_json::to_value(record).unwrap_or(Value::Null)
}

/// The project's facts as a tree, without where the file came from.
pub fn info_tree(info: &ProjectInfo) -> Value {
    let mut value = tree(info);
    if let Value::Object(map) = &mut value {
        for key in PROVENANCE {
            map.remove(*key);
        }
    }
    value
}
