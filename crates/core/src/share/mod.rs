//! Sharing a project by email: copies for the team or the client (with what each leaves
//! out declared in [`policy`]), a creator's brief, comparing a copy that came back with the
//! project, and merging the two. Nothing here draws; the CLI and the app share it all.

pub mod brief;
mod brief_html;
pub mod compare;
pub mod merge;
pub mod policy;
pub mod record;
pub mod resolution;
pub mod sent;
pub mod tree;

pub use brief::Brief;
pub use brief_html::escape;
pub use compare::{Change, Difference, compare};
pub use merge::{Merge, MergeRow, Merged, Outcome, Resolution, Side, merge};
pub use policy::{LeftOut, ShareOptions, hidden_unless, preview, restore, silenced, silenced_by};
pub use record::RecordKind;
pub use sent::SentCopies;

use crate::model::{Project, Revision, SharedCopy};
use chrono::NaiveDate;

/// A copy ready to send, and the version it was made from, to keep.
#[derive(Debug, Clone)]
pub struct SharedOutput {
    /// The copy: a valid project that says what it is (`info.shared`).
    pub copy: Project,
    /// The id under which the version it was made from is to be kept.
    pub base_id: String,
}

/// Makes a copy of `project` for the team or the client, as of `today`. The copy says
/// what it is and which version it was made from: the project's saved revision when
/// `saved` (nothing changed since it was saved), else a new id for this version, which
/// is to be kept under it. Its own revision follows the project's.
pub fn share_copy(
    project: &Project,
    options: ShareOptions,
    today: NaiveDate,
    saved: bool,
) -> SharedOutput {
    let mut copy = project.clone();
    policy::strip(&mut copy, options);
    let base_id = match &project.info.revision {
        Some(revision) if saved => revision.id.clone(),
        _ => Revision::fresh_id(),
    };
    copy.info.shared = Some(SharedCopy {
        kind: options.kind,
        from: project.info.name.clone(),
        on: today,
        base: Some(base_id.clone()),
        amounts: options.amounts && options.kind == crate::model::ShareKind::Client,
    });
    copy.info.revision = Some(Revision::after(project.info.revision.as_ref()));
    SharedOutput { copy, base_id }
}

/// The one edit that turns `from` into `to` (the result of a merge into it): the project's
/// facts, then per kind the records removed, changed and added (each where `to` has it).
/// Applied as one undo step.
pub fn edit_between(from: &Project, to: &Project) -> crate::model::Edit {
    use crate::model::{Edit, Record, RecordKey};
    use record::Keyed;
    fn kind<T: Keyed>(
        from: &Project,
        to: &Project,
        wrap: fn(T) -> Record,
        key: fn(&T) -> RecordKey,
        edits: &mut Vec<Edit>,
    ) {
        let before: crate::fast::HashMap<&str, &T> =
            T::of(from).iter().rev().map(|r| (r.key(), r)).collect();
        let after: crate::fast::HashSet<&str> = T::of(to).iter().map(|r| r.key()).collect();
        for r in T::of(from).iter().filter(|r| !after.contains(r.key())) {
            edits.push(Edit::Remove(key(r)));
        }
        // Changed ones in place; new ones inserted where `to` has them, in order, so each
        // lands at its final position.
        for (i, r) in T::of(to).iter().enumerate() {
            match before.get(r.key()) {
                Some(old) if *old == r => {}
                Some(_) => edits.push(Edit::Put(wrap(r.clone()))),
                None => edits.push(Edit::Insert(i, wrap(r.clone()))),
            }
        }
    }
    let mut edits = Vec::new();
    if from.info != to.info {
        edits.push(Edit::SetInfo(to.info.clone()));
    }
    kind(
        from,
        to,
        Record::Influencer,
        |r| RecordKey::Influencer(r.id.clone()),
        &mut edits,
    );
    kind(
        from,
        to,
        Record::Campaign,
        |r| RecordKey::Campaign(r.id.clone()),
        &mut edits,
    );
    kind(
        from,
        to,
        Record::Deliverable,
        |r| RecordKey::Deliverable(r.id.clone()),
        &mut edits,
    );
    kind(
        from,
        to,
        Record::CostLine,
        |r| RecordKey::CostLine(r.id.clone()),
        &mut edits,
    );
    kind(
        from,
        to,
        Record::PlanChange,
        |r| RecordKey::PlanChange(r.id.clone()),
        &mut edits,
    );
    Edit::Batch(edits)
}

/// The sentence a shared copy shows at the top ("Client copy of Spring launch, made on
/// 1 Dec 2026 — fees, rates, private notes and contact details are not in this file"), or
/// `None` for a project that is not a shared copy.
pub fn banner(project: &Project) -> Option<String> {
    banner_in(crate::i18n::Lang::En, project)
}

/// [`banner`] in `lang`.
pub fn banner_in(lang: crate::i18n::Lang, project: &Project) -> Option<String> {
    let shared = project.info.shared.as_ref()?;
    let id = match shared.kind {
        crate::model::ShareKind::Team => "share-banner-team",
        crate::model::ShareKind::Client if shared.amounts => "share-banner-client-amounts",
        crate::model::ShareKind::Client => "share-banner-client",
    };
    Some(crate::i18n::text_with(
        lang,
        id,
        &[
            ("from", shared.from.as_str().into()),
            ("date", crate::i18n::long_date(lang, shared.on).into()),
        ],
    ))
}
