//! The small closed lists a project uses: platforms, content types, stages, statuses.
//!
//! Each list has `ALL` (in a sensible display order) and a plain-language `label()`.

use serde::{Deserialize, Serialize};

macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:expr),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// A plain-language name for menus and tables.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

labelled_enum! {
    /// A social platform or channel where an influencer publishes.
    Platform {
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
    ContentType {
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
    Stage {
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
    ContactKind {
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
    DeliverableStatus {
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
    Compensation {
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
    CostCategory {
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
    CostStatus {
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
    Jurisdiction {
        /// United States (FTC).
        Us => "United States (FTC)",
        /// United Kingdom (CAP / CMA).
        Uk => "United Kingdom (CAP/CMA)",
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

impl CostStatus {
    /// True when the amount counts as spent or owed (committed, invoiced or paid).
    pub fn is_committed(self) -> bool {
        matches!(
            self,
            CostStatus::Committed | CostStatus::Invoiced | CostStatus::Paid
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_ordered_by_progress() {
        assert!(DeliverableStatus::Planned < DeliverableStatus::BriefSent);
        assert!(DeliverableStatus::DraftSubmitted < DeliverableStatus::Published);
        assert_eq!(ContentType::ALL.len(), 8);
        assert_eq!(ContentType::ShortVideo.label(), "Short video");
    }
}
