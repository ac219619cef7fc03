//! Stable random string ids for every record that can be compared or merged, typed by the
//! kind of record they name, so that the compiler stops a deliverable's id being used where
//! a campaign's is meant. In the file an id is its text alone, whatever its kind.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use smol_str::SmolStr;
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// The kinds of record an id can name; they exist only as type parameters of [`Id`].
pub mod kind {
    /// The kind of record with its own ids, and the prefix its new ids start with.
    pub trait Kind {
        /// The prefix of a new id (`inf`, `cmp`, `dlv`, `cst`, `chg`).
        const PREFIX: &'static str;
    }

    /// Any record: the subjects of a finding, which name records of several kinds.
    #[derive(Debug)]
    pub enum Any {}
    /// An influencer.
    #[derive(Debug)]
    pub enum Influencer {}
    /// A campaign.
    #[derive(Debug)]
    pub enum Campaign {}
    /// A deliverable.
    #[derive(Debug)]
    pub enum Deliverable {}
    /// A cost line.
    #[derive(Debug)]
    pub enum CostLine {}
    /// A plan change.
    #[derive(Debug)]
    pub enum PlanChange {}

    impl Kind for Influencer {
        const PREFIX: &'static str = "inf";
    }
    impl Kind for Campaign {
        const PREFIX: &'static str = "cmp";
    }
    impl Kind for Deliverable {
        const PREFIX: &'static str = "dlv";
    }
    impl Kind for CostLine {
        const PREFIX: &'static str = "cst";
    }
    impl Kind for PlanChange {
        const PREFIX: &'static str = "chg";
    }
}

/// A stable, random, human-copyable identifier such as `inf-7k2m9xq4`, naming a record of
/// kind `K` ([`kind::Any`] when it may name any record).
///
/// Ids never change once made, so two copies of a project edited apart can be compared
/// record by record. Two ids are equal, ordered and hashed as their text. The text of an
/// id up to 23 bytes long (every id Rapport makes) is kept inside the record, not in a
/// separate allocation: copying one allocates nothing and comparing one reads no other
/// memory, which keeps lookups fast in a project of hundreds of thousands of records.
///
/// An id of one kind is not an id of another:
///
/// ```compile_fail
/// use rapport_core::model::{CampaignId, DeliverableId};
/// let deliverable = DeliverableId::from("dlv-1");
/// let campaign: CampaignId = deliverable;
/// ```
///
/// A finding's subjects are [`AnyId`]s; a typed id becomes one with [`Id::any`].
///
/// ```
/// use rapport_core::model::{AnyId, CampaignId};
/// let campaign = CampaignId::from("cmp-1");
/// assert_eq!(campaign.any(), AnyId::from("cmp-1"));
/// ```
pub struct Id<K = kind::Any>(SmolStr, PhantomData<fn() -> K>);

/// The id of an influencer.
pub type InfluencerId = Id<kind::Influencer>;
/// The id of a campaign.
pub type CampaignId = Id<kind::Campaign>;
/// The id of a deliverable.
pub type DeliverableId = Id<kind::Deliverable>;
/// The id of a cost line.
pub type CostLineId = Id<kind::CostLine>;
/// The id of a plan change.
pub type PlanChangeId = Id<kind::PlanChange>;
/// The id of a record of any kind (a finding's subject).
pub type AnyId = Id<kind::Any>;

const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

impl<K: kind::Kind> Id<K> {
    /// A new random id, prefixed with its kind (`inf-7k2m9xq4`).
    pub fn new() -> Self {
        Self::with_body(|| fastrand::usize(..ALPHABET.len()))
    }

    /// An id of this kind whose eight characters come from `pick`, an index below 31
    /// (a seeded generator makes the same ids every time).
    pub fn with_body(mut pick: impl FnMut() -> usize) -> Self {
        let body: String = (0..8)
            .map(|_| char::from(ALPHABET[pick() % ALPHABET.len()]))
            .collect();
        Id(SmolStr::new(format!("{}-{body}", K::PREFIX)), PhantomData)
    }
}

/// The empty id (a record a hand-edited file left without one).
impl<K> Default for Id<K> {
    fn default() -> Self {
        Id(SmolStr::default(), PhantomData)
    }
}

impl<K> Id<K> {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The same text as an id of any record (a finding's subject).
    pub fn any(&self) -> AnyId {
        Id(self.0.clone(), PhantomData)
    }

    /// This id as the id of a record of kind `T`, without copying its text: for an id
    /// whose kind is known from where it came (an [`AnyId`] taken out of a typed key).
    pub fn into_kind<T>(self) -> Id<T> {
        Id(self.0, PhantomData)
    }

    /// The same text as the id of a record of kind `T`: for text whose kind is known from
    /// where it came (a finding's subject whose kind the finding's code tells).
    pub fn cast<T>(&self) -> Id<T> {
        Id(self.0.clone(), PhantomData)
    }
}

impl<K> Clone for Id<K> {
    fn clone(&self) -> Self {
        Id(self.0.clone(), PhantomData)
    }
}

impl<K> PartialEq for Id<K> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<K> Eq for Id<K> {}

impl<K> PartialOrd for Id<K> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K> Ord for Id<K> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

/// Hashes as the text, so a map keyed by ids can be asked with a `&str`.
impl<K> Hash for Id<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl<K> Borrow<str> for Id<K> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl<K> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<K> fmt::Display for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<K> From<&str> for Id<K> {
    fn from(text: &str) -> Self {
        Id(SmolStr::new(text), PhantomData)
    }
}

impl<K> From<String> for Id<K> {
    fn from(text: String) -> Self {
        Id(SmolStr::from(text), PhantomData)
    }
}

impl<K> Serialize for Id<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de, K> Deserialize<'de> for Id<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(IdVisitor(PhantomData))
    }
}

/// Reads an id's text without first copying it into a `String`.
struct IdVisitor<K>(PhantomData<fn() -> K>);

impl<K> Visitor<'_> for IdVisitor<K> {
    type Value = Id<K>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an id in quotes, such as \"inf-7k2m9xq4\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Id<K>, E> {
        Ok(Id(SmolStr::new(text), PhantomData))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Id<K>, E> {
        Ok(Id(SmolStr::from(text), PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_prefixed_and_distinct() {
        let a = InfluencerId::new();
        let b = InfluencerId::new();
        assert!(a.as_str().starts_with("inf-"));
        assert!(DeliverableId::new().as_str().starts_with("dlv-"));
        assert_eq!(a.as_str().len(), 12);
        assert_ne!(a, b);
    }

    #[test]
    fn an_id_is_its_text_in_a_file_and_in_a_map() {
        let id = CampaignId::from("cmp-1");
        assert_eq!(ron::to_string(&id).ok().as_deref(), Some("\"cmp-1\""));
        let back: Result<CampaignId, _> = ron::from_str("\"cmp-1\"");
        assert_eq!(back.ok(), Some(id.clone()));
        let mut map = std::collections::HashMap::new();
        map.insert(id.any(), 1);
        assert_eq!(map.get("cmp-1"), Some(&1));
        assert_eq!(id.any().cast::<kind::Campaign>(), id);
    }

    #[test]
    fn long_and_escaped_ids_read_and_write_back_exactly() {
        for text in [
            "inf-a-very-long-id-made-by-hand-in-another-tool-0001",
            "inf-\\\"quoted\\\"",
            "",
            "Ана-Łódź-東京",
        ] {
            let written = ron::to_string(&InfluencerId::from(text)).unwrap_or_default();
            let back: Result<InfluencerId, _> = ron::from_str(&written);
            assert_eq!(back.ok().as_ref().map(Id::as_str), Some(text), "{written}");
        }
        let wrong: Result<InfluencerId, _> = ron::from_str("42");
        assert!(wrong.is_err(), "a number is not an id");
    }
}
