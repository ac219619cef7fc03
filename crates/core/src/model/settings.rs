//! The thresholds every check uses, kept in the project so a team can tune them.

use super::kinds::{ContentType, Jurisdiction};
use serde::{Deserialize, Serialize};

/// Calendar days each content type needs from brief sent to publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeadTimes {
    /// Story.
    pub story: u32,
    /// Feed post.
    pub feed_post: u32,
    /// Short video (Reel, TikTok, Shorts).
    pub short_video: u32,
    /// Long video (YouTube).
    pub long_video: u32,
    /// Blog post.
    pub blog: u32,
    /// Podcast.
    pub podcast: u32,
    /// Live stream or event.
    pub live_event: u32,
    /// Anything else.
    pub other: u32,
}

impl Default for LeadTimes {
    fn default() -> Self {
        LeadTimes {
            story: 10,
            feed_post: 14,
            short_video: 14,
            long_video: 28,
            blog: 14,
            podcast: 14,
            live_event: 21,
            other: 14,
        }
    }
}

impl LeadTimes {
    /// The days a content type needs from brief to publish.
    pub fn days(&self, content: ContentType) -> u32 {
        match content {
            ContentType::Story => self.story,
            ContentType::FeedPost => self.feed_post,
            ContentType::ShortVideo => self.short_video,
            ContentType::LongVideo => self.long_video,
            ContentType::Blog => self.blog,
            ContentType::Podcast => self.podcast,
            ContentType::LiveEvent => self.live_event,
            ContentType::Other => self.other,
        }
    }
}

/// Every check threshold of a project. Missing fields in a file take these defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Days from brief to publish per content type (`tight-lead-time`).
    pub lead_time_days: LeadTimes,
    /// Extra days when product must be shipped to the creator first.
    pub shipping_extra_days: u32,
    /// Business days needed between draft due and publish (`tight-review-window`).
    pub review_business_days: u32,
    /// Most publish dates one influencer may have in any 7-day window (`creator-overload`).
    pub max_publishes_per_week: u32,
    /// Days from campaign start to first publish below which it is a rush (`rush-campaign`).
    pub rush_campaign_days: u32,
    /// Revision rounds that are standard (`too-many-revisions`).
    pub max_revision_rounds: u32,
    /// Default payment terms in days (net 30).
    pub payment_terms_days: u32,
    /// Days without contact after which an active influencer is neglected (`no-recent-contact`).
    pub no_contact_days: u32,
    /// Days after a participation ends by which a thank-you is due (`thanks-missing`).
    pub thanks_after_days: u32,
    /// Whose disclosure rules apply.
    pub jurisdiction: Jurisdiction,
    /// Days before a campaign's first brief from which it needs a target (`kpi-missing`).
    pub kpi_missing_days: u32,
    /// A reach target may be at most this percentage of the creators' combined followers
    /// on the platforms they will post on (`target-unrealistic`).
    pub reach_target_percent: u32,
    /// The same for an impressions target (a post is seen more than once).
    pub impressions_target_percent: u32,
    /// Days after publishing by which results should be recorded (`results-missing`).
    pub results_after_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lead_time_days: LeadTimes::default(),
            shipping_extra_days: 5,
            review_business_days: 3,
            max_publishes_per_week: 2,
            rush_campaign_days: 28,
            max_revision_rounds: 2,
            payment_terms_days: 30,
            no_contact_days: 60,
            thanks_after_days: 14,
            jurisdiction: Jurisdiction::Us,
            kpi_missing_days: 14,
            reach_target_percent: 100,
            impressions_target_percent: 300,
            results_after_days: 7,
        }
    }
}
