//! A deliverable: one piece of content an influencer makes for a campaign.

use super::id::{CampaignId, DeliverableId, InfluencerId};
use super::kinds::{Compensation, ContentType, DeliverableStatus, Platform};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One piece of content with its three key dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deliverable {
    /// Stable id.
    pub id: DeliverableId,
    /// The campaign it belongs to.
    pub campaign: CampaignId,
    /// Who makes it.
    pub influencer: InfluencerId,
    /// A short title, e.g. "Morning routine reel".
    pub title: String,
    /// What kind of content.
    pub content: ContentType,
    /// Where it is published.
    pub platform: Platform,
    /// When the brief was (or is to be) sent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub brief_sent: Option<NaiveDate>,
    /// When the draft is due for review.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub draft_due: Option<NaiveDate>,
    /// When it goes live.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::model::sane::opt_date"
    )]
    pub publish: Option<NaiveDate>,
    /// How far it has come.
    pub status: DeliverableStatus,
    /// Revision rounds agreed in the contract.
    #[serde(
        default = "default_rounds",
        skip_serializing_if = "default_rounds_unchanged"
    )]
    pub revisions_agreed: u32,
    /// Revision rounds used so far.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub revisions_used: u32,
    /// The disclosure label it will carry, e.g. "#ad".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub disclosure: String,
    /// What the creator receives for it.
    #[serde(default = "default_compensation", skip_serializing_if = "is_paid")]
    pub compensation: Compensation,
    /// Product must be shipped to the creator before they can start.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub ships_product: bool,
    /// The published post's address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub post_url: String,
    /// Its results as measured, oldest first; the newest counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<super::Measurement>,
}

fn default_rounds() -> u32 {
    2
}

fn default_rounds_unchanged(rounds: &u32) -> bool {
    *rounds == default_rounds()
}

fn is_paid(compensation: &Compensation) -> bool {
    *compensation == Compensation::Paid
}

fn default_compensation() -> Compensation {
    Compensation::Paid
}

/// Which of a deliverable's dates a move changes (the parts of its bar on the timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePart {
    /// Every date: the whole deliverable moves.
    All,
    /// The date the brief is sent.
    BriefSent,
    /// The draft-due date.
    DraftDue,
    /// The publish date.
    Publish,
}

impl Deliverable {
    /// A copy with `part` moved by whole `days` (later when positive). A date stops at the
    /// ends of the range a project may hold ([`super::sane`]) rather than leaving it.
    pub fn moved(&self, part: DatePart, days: i64) -> Deliverable {
        let shift = |date: Option<NaiveDate>| {
            date.map(|d| {
                chrono::Duration::try_days(days)
                    .and_then(|delta| d.checked_add_signed(delta))
                    .map_or(
                        if days < 0 {
                            super::sane::FIRST_DAY
                        } else {
                            super::sane::LAST_DAY
                        },
                        super::sane::clamp,
                    )
            })
        };
        let mut moved = self.clone();
        match part {
            DatePart::All => {
                moved.brief_sent = shift(self.brief_sent);
                moved.draft_due = shift(self.draft_due);
                moved.publish = shift(self.publish);
            }
            DatePart::BriefSent => moved.brief_sent = shift(self.brief_sent),
            DatePart::DraftDue => moved.draft_due = shift(self.draft_due),
            DatePart::Publish => moved.publish = shift(self.publish),
        }
        moved
    }

    /// A new planned deliverable with no dates.
    pub fn new(
        campaign: CampaignId,
        influencer: InfluencerId,
        title: &str,
        content: ContentType,
    ) -> Self {
        Deliverable {
            id: DeliverableId::new(),
            campaign,
            influencer,
            title: title.to_string(),
            content,
            platform: Platform::Instagram,
            brief_sent: None,
            draft_due: None,
            publish: None,
            status: DeliverableStatus::Planned,
            revisions_agreed: 2,
            revisions_used: 0,
            disclosure: String::new(),
            compensation: Compensation::Paid,
            ships_product: false,
            post_url: String::new(),
            results: Vec::new(),
        }
    }

    /// A deliverable added by hand (a double-click on the timeline, "Add deliverable"):
    /// planned, publishing on `publish`, on the creator's main platform, with the clear
    /// disclosure label of the project's jurisdiction, so that it starts without an error.
    /// Its title is "New deliverable" in `lang`.
    pub fn added(
        project: &super::Project,
        campaign: CampaignId,
        influencer: InfluencerId,
        publish: NaiveDate,
        lang: crate::i18n::Lang,
    ) -> Self {
        let platform = project
            .influencer(&influencer)
            .and_then(|who| who.handles.first())
            .map_or(Platform::Instagram, |h| h.platform);
        let mut new = Deliverable::new(
            campaign,
            influencer,
            &crate::i18n::text(lang, "new-deliverable"),
            ContentType::FeedPost,
        );
        new.platform = platform;
        new.publish = Some(publish);
        new.disclosure = project.info.settings.jurisdiction.clear_label().to_string();
        new
    }

    /// True once the creator has agreed to it (or work has started).
    pub fn is_agreed(&self) -> bool {
        self.status >= DeliverableStatus::Agreed && self.status != DeliverableStatus::Cancelled
    }
}
