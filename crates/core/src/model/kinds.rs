//! The small closed lists a project uses: platforms, content types, stages, statuses.
//!
//! Each list has `ALL` (in a sensible display order) and a plain-language `label()`.

use crate::labelled_enum;
use serde::{Deserialize, Serialize};

labelled_enum! {
    /// A social platform or channel where an influencer publishes.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Platform {
        /// Instagram.
        Instagram => "Instagram",
        /// TikTok.
        TikTok => "TikTok",
        /// YouTube.
        YouTube => "YouTube",
        /// X (Twitter).
        X => "X",
        /// Twitch.
        Twitch => "Twitch",
        /// Pinterest.
        Pinterest => "Pinterest",
        /// LinkedIn.
        LinkedIn => "LinkedIn",
        /// Bilibili.
        Bilibili => "Bilibili",
        /// VK.
        Vk => "VK",
        /// A blog or website.
        Blog => "Blog",
        /// A podcast.
        Podcast => "Podcast",
        /// Anything else.
        Other => "Other",
    }
}

labelled_enum! {
    /// The kind of content a deliverable is; it sets how much lead time it needs.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ContentType {
        /// A story (24-hour content).
        Story => "Story",
        /// A feed post (photo or carousel).
        FeedPost => "Feed post",
        /// A short video: Reel, TikTok, Shorts.
        ShortVideo => "Short video",
        /// A long video (YouTube).
        LongVideo => "Long video",
        /// A blog article.
        Blog => "Blog post",
        /// A podcast episode or segment.
        Podcast => "Podcast",
        /// A live stream or an event appearance.
        LiveEvent => "Live / event",
        /// Anything else.
        Other => "Other",
    }
}

labelled_enum! {
    /// Where the relationship with an influencer stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Stage {
        /// Not contacted yet.
        Prospect => "Prospect",
        /// First contact made.
        Contacted => "Contacted",
        /// Terms being discussed.
        Negotiating => "Negotiating",
        /// Working together now.
        Active => "Active",
        /// A long-term partner.
        Ambassador => "Ambassador",
        /// On hold.
        Paused => "Paused",
        /// Never contact again.
        DoNotContact => "Do not contact",
    }
}

labelled_enum! {
    /// How a contact with an influencer happened.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ContactKind {
        /// An email.
        Email => "Email",
        /// A phone or video call.
        Call => "Call",
        /// A direct message.
        Dm => "DM",
        /// A meeting in person.
        Meeting => "Meeting",
        /// A gift sent.
        Gift => "Gift",
        /// A thank-you note.
        ThankYou => "Thank-you",
        /// Anything else.
        Other => "Other",
    }
}

labelled_enum! {
    /// How far a deliverable has come. Later variants are further along.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum DeliverableStatus {
        /// Planned; the brief is not sent yet.
        Planned => "Planned",
        /// The brief has been sent to the creator.
        BriefSent => "Brief sent",
        /// The creator has agreed to the brief and dates.
        Agreed => "Agreed",
        /// The creator is making it.
        InProgress => "In progress",
        /// The draft has arrived for review.
        DraftSubmitted => "Draft submitted",
        /// The draft is approved.
        Approved => "Approved",
        /// It is live.
        Published => "Published",
        /// Dropped.
        Cancelled => "Cancelled",
    }
}

labelled_enum! {
    /// What a creator receives for a deliverable; paid and gifted content must be disclosed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Compensation {
        /// A fee is paid.
        Paid => "Paid",
        /// Product or a gift only.
        Gifted => "Gifted",
        /// Nothing of value (organic mention).
        Unpaid => "Unpaid",
    }
}

labelled_enum! {
    /// The kind of cost a cost line is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum CostCategory {
        /// The creator's fee.
        CreatorFee => "Creator fee",
        /// Usage rights for the content.
        UsageRights => "Usage rights",
        /// Paid amplification (boosting, whitelisting).
        PaidAmplification => "Paid amplification",
        /// Product and seeding.
        Product => "Product & seeding",
        /// Shipping.
        Shipping => "Shipping",
        /// Production.
        Production => "Production",
        /// Travel.
        Travel => "Travel",
        /// The agency's fee.
        AgencyFee => "Agency fee",
        /// Tax.
        Tax => "Tax",
        /// A performance bonus.
        Bonus => "Bonus",
        /// Contingency.
        Contingency => "Contingency",
        /// Anything else.
        Other => "Other",
    }
}

labelled_enum! {
    /// Where a cost line stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum CostStatus {
        /// An estimate.
        Estimated => "Estimated",
        /// Agreed; we owe it.
        Committed => "Committed",
        /// An invoice has arrived.
        Invoiced => "Invoiced",
        /// Paid.
        Paid => "Paid",
        /// No longer owed.
        Cancelled => "Cancelled",
    }
}

labelled_enum! {
    /// Whose advertising-disclosure rules apply.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Jurisdiction {
        /// United States (FTC).
        Us => "United States (FTC)",
        /// United Kingdom (CAP / CMA).
        Uk => "United Kingdom (CAP/CMA)",
    }
}

impl Platform {
    /// The public profile page of `handle` on this platform, where its address follows
    /// from the handle alone (`None` for Bilibili, blogs, podcasts and other places, and
    /// for a handle with spaces or slashes).
    pub fn profile_url(self, handle: &str) -> Option<String> {
        let handle = handle.trim().trim_start_matches('@');
        if handle.is_empty()
            || handle
                .chars()
                .any(|c| c.is_whitespace() || matches!(c, '/' | '?' | '#' | '"' | '<' | '>'))
        {
            return None;
        }
        let url = match self {
            Platform::Instagram => format!("https://www.instagram.com/{handle}/"),
            Platform::TikTok => format!("https://www.tiktok.com/@{handle}"),
            Platform::YouTube => format!("https://www.youtube.com/@{handle}"),
            Platform::X => format!("https://x.com/{handle}"),
            Platform::Twitch => format!("https://www.twitch.tv/{handle}"),
            Platform::Pinterest => format!("https://www.pinterest.com/{handle}/"),
            Platform::LinkedIn => format!("https://www.linkedin.com/in/{handle}/"),
            Platform::Vk => format!("https://vk.com/{handle}"),
            Platform::Bilibili | Platform::Blog | Platform::Podcast | Platform::Other => {
                return None;
            }
        };
        Some(url)
    }
}

impl Jurisdiction {
    /// The plain label its regulator accepts on its own: what a new deliverable and a
    /// brief start from.
    pub fn clear_label(self) -> &'static str {
        match self {
            Jurisdiction::Us => "#ad",
            Jurisdiction::Uk => "Ad",
        }
    }
}

impl CostCategory {
    /// True for money that goes to the creator personally (their pay).
    pub fn is_creator_pay(self) -> bool {
        matches!(
            self,
            CostCategory::CreatorFee | CostCategory::UsageRights | CostCategory::Bonus
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_addresses_follow_from_the_handle() {
        assert_eq!(
            Platform::Instagram.profile_url("@ana.lima").as_deref(),
            Some("https://www.instagram.com/ana.lima/")
        );
        assert_eq!(
            Platform::TikTok.profile_url("ana_dances").as_deref(),
            Some("https://www.tiktok.com/@ana_dances")
        );
        assert_eq!(Platform::YouTube.profile_url("Ana Lima Official"), None);
        assert_eq!(Platform::Bilibili.profile_url("12345"), None);
        assert_eq!(Platform::X.profile_url(""), None);
    }

    #[test]
    fn statuses_are_ordered_by_progress() {
        assert!(DeliverableStatus::Planned < DeliverableStatus::BriefSent);
        assert!(DeliverableStatus::DraftSubmitted < DeliverableStatus::Published);
        assert_eq!(ContentType::ALL.len(), 8);
        assert_eq!(ContentType::ShortVideo.label(), "Short video");
    }
}
