//! What a file says about where it came from: the revision each save stamps, and, for a
//! copy made with Share, what kind of copy it is and which version it was made from.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One saved version of a project: a fresh id at every save, and the id it replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// This version's id (`rev-` and eight characters).
    pub id: String,
    /// The version it was saved over, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

impl Revision {
    /// A fresh revision id.
    pub fn fresh_id() -> String {
        const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
        let body: String = (0..8)
            .map(|_| char::from(ALPHABET[fastrand::usize(..ALPHABET.len())]))
            .collect();
        format!("rev-{body}")
    }

    /// The revision that follows `previous` (a first one when there was none).
    pub fn after(previous: Option<&Revision>) -> Revision {
        Revision {
            id: Revision::fresh_id(),
            parent: previous.map(|r| r.id.clone()),
        }
    }
}

/// Who a shared copy is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ShareKind {
    /// A colleague: the whole project.
    Team,
    /// The client: the plan and its results, without what is ours alone.
    Client,
}

impl ShareKind {
    /// "team copy", "client copy".
    pub fn label(self) -> &'static str {
        match self {
            ShareKind::Team => "team copy",
            ShareKind::Client => "client copy",
        }
    }
}

/// What a copy made with Share says about itself (`info.shared` in the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCopy {
    /// Who it is for.
    pub kind: ShareKind,
    /// The project (its name) it was made from.
    pub from: String,
    /// The day it was made.
    #[serde(deserialize_with = "crate::model::sane::date")]
    pub on: NaiveDate,
    /// The version it was made from, kept by the Rapport that made it, so that a copy
    /// that comes back merges three ways.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// Cost lines carry their own amounts (a client copy otherwise has campaign totals).
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub amounts: bool,
}
