//! What differs between two versions of a project, record by record (matched by id):
//! what was added, removed or changed, per kind, with names. Linear in the records.
//! Recovery's "Compare" shows it; merging copies that come back will build on it.

use super::Project;
use crate::fast::HashMap;
use crate::i18n::{Lang, first_few, text, text_with};
use std::fmt;

/// The differences in one kind of record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindDiff {
    /// The kind, singular ("influencer").
    pub kind: &'static str,
    /// Names of records only in the newer version.
    pub added: Vec<String>,
    /// Names of records only in the older version.
    pub removed: Vec<String>,
    /// Names of records in both that differ.
    pub changed: Vec<String>,
}

/// The differences between an older and a newer version of a project.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectDiff {
    /// Per kind of record, in the file's order; kinds without differences are left out.
    pub kinds: Vec<KindDiff>,
    /// The project's own facts (name, brand, settings…) differ.
    pub info_changed: bool,
}

impl ProjectDiff {
    /// True when the two versions hold the same records and facts.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && !self.info_changed
    }
}

/// The differences of one kind, matching records by id (the first of a repeated id).
fn kind<T: PartialEq>(
    kind: &'static str,
    older: &[T],
    newer: &[T],
    id: impl Fn(&T) -> &str,
    name: impl Fn(&T) -> String,
) -> KindDiff {
    let mut before: HashMap<&str, &T> = HashMap::default();
    for r in older {
        before.entry(id(r)).or_insert(r);
    }
    let mut after: HashMap<&str, &T> = HashMap::default();
    for r in newer {
        after.entry(id(r)).or_insert(r);
    }
    let mut diff = KindDiff {
        kind,
        ..KindDiff::default()
    };
    for r in newer {
        match before.get(id(r)) {
            None => diff.added.push(name(r)),
            Some(old)
                if *old != r
                    && after
                        .get(id(r))
                        .is_some_and(|first| std::ptr::eq(*first, r)) =>
            {
                diff.changed.push(name(r));
            }
            Some(_) => {}
        }
    }
    diff.removed = older
        .iter()
        .filter(|r| !after.contains_key(id(r)))
        .map(name)
        .collect();
    diff
}

/// What changed from `older` to `newer`.
pub fn diff(older: &Project, newer: &Project) -> ProjectDiff {
    let kinds = [
        kind(
            "influencer",
            &older.influencers,
            &newer.influencers,
            |r| r.id.as_str(),
            |r| r.name.clone(),
        ),
        kind(
            "campaign",
            &older.campaigns,
            &newer.campaigns,
            |r| r.id.as_str(),
            |r| r.name.clone(),
        ),
        kind(
            "deliverable",
            &older.deliverables,
            &newer.deliverables,
            |r| r.id.as_str(),
            |r| r.title.clone(),
        ),
        kind(
            "cost line",
            &older.cost_lines,
            &newer.cost_lines,
            |r| r.id.as_str(),
            |r| {
                if r.description.trim().is_empty() {
                    r.category.label().to_string()
                } else {
                    r.description.clone()
                }
            },
        ),
        kind(
            "plan change",
            &older.plan_changes,
            &newer.plan_changes,
            |r| r.id.as_str(),
            |r| r.what_label(),
        ),
    ];
    ProjectDiff {
        kinds: kinds
            .into_iter()
            .filter(|k| !(k.added.is_empty() && k.removed.is_empty() && k.changed.is_empty()))
            .collect(),
        info_changed: older.info != newer.info,
    }
}

/// The message id of a kind's name ("influencer" / "influencers"), by its English name.
fn kind_id(kind: &str) -> &'static str {
    match kind {
        "influencer" => "imp-diff-influencer",
        "campaign" => "imp-diff-campaign",
        "deliverable" => "imp-diff-deliverable",
        "cost line" => "imp-diff-cost-line",
        _ => "imp-diff-plan-change",
    }
}

impl ProjectDiff {
    /// In words of `lang`: "1 influencer changed (Ana); 2 deliverables added (Reel,
    /// Story)" with at most three names per part, or "No differences" (`Display` is this
    /// in English).
    pub fn text_in(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if self.info_changed {
            parts.push(text(lang, "imp-diff-info"));
        }
        for k in &self.kinds {
            for (names, id) in [
                (&k.changed, "imp-diff-changed"),
                (&k.added, "imp-diff-added"),
                (&k.removed, "imp-diff-removed"),
            ] {
                if !names.is_empty() {
                    let count = names.len();
                    let kind = text_with(lang, kind_id(k.kind), &[("count", count.into())]);
                    parts.push(text_with(
                        lang,
                        id,
                        &[
                            ("count", count.into()),
                            ("kind", kind.into()),
                            ("names", first_few(lang, names, 3).into()),
                        ],
                    ));
                }
            }
        }
        if parts.is_empty() {
            text(lang, "imp-diff-none")
        } else {
            parts.join(&text(lang, "list-semicolon"))
        }
    }
}

/// In words: "1 influencer changed (Ana); 2 deliverables added (Reel, Story)", or "No
/// differences".
impl fmt::Display for ProjectDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text_in(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContentType, Deliverable, Influencer};

    #[test]
    fn added_removed_and_changed_records_are_named_per_kind() {
        let mut older = Project::new();
        let ana = Influencer::new("Ana");
        let bo = Influencer::new("Bo");
        older.influencers = vec![ana.clone(), bo.clone()];
        let mut newer = older.clone();
        assert!(diff(&older, &newer).is_empty());
        assert_eq!(diff(&older, &newer).to_string(), "No differences");
        newer.influencers[0].name = "Ana Lima".into();
        newer.influencers.remove(1);
        newer.deliverables.push(Deliverable::new(
            Default::default(),
            ana.id.clone(),
            "Reel",
            ContentType::ShortVideo,
        ));
        assert_eq!(
            diff(&older, &newer).to_string(),
            "1 influencer changed (Ana Lima); 1 influencer removed (Bo); 1 deliverable added (Reel)"
        );
        assert_eq!(
            diff(&older, &newer).text_in(Lang::ZhCn),
            "1 位达人已更改（Ana Lima）；删除 1 位达人（Bo）；新增 1 项交付内容（Reel）"
        );
        let many = Project::new();
        let mut more = many.clone();
        more.influencers = ["A", "B", "C", "D", "E"].map(Influencer::new).to_vec();
        assert_eq!(
            diff(&many, &more).to_string(),
            "5 influencers added (A, B, C and 2 more)"
        );
        assert_eq!(
            diff(&many, &more).text_in(Lang::ZhCn),
            "新增 5 位达人（A、B、C等，另有 2 项）"
        );
        assert_eq!(diff(&many, &many).text_in(Lang::ZhCn), "没有差异");
    }
}
