//! Follower tiers as the industry names them: nano, micro, mid, macro, mega.

crate::labelled_enum! {
    /// Follower tiers as the industry names them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Tier {
        /// Under 10K.
        Nano => "Nano (< 10K)",
        /// 10K to 100K.
        Micro => "Micro (10K–100K)",
        /// 100K to 500K.
        Mid => "Mid (100K–500K)",
        /// 500K to 1M.
        Macro => "Macro (500K–1M)",
        /// Over 1M.
        Mega => "Mega (> 1M)",
    }
}

impl Tier {
    /// The tier of a follower count.
    pub fn of(followers: u64) -> Tier {
        match followers {
            0..10_000 => Tier::Nano,
            10_000..100_000 => Tier::Micro,
            100_000..500_000 => Tier::Mid,
            500_000..=1_000_000 => Tier::Macro,
            _ => Tier::Mega,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_follow_the_industry_ranges() {
        assert_eq!(Tier::of(9_999), Tier::Nano);
        assert_eq!(Tier::of(10_000), Tier::Micro);
        assert_eq!(Tier::of(99_999), Tier::Micro);
        assert_eq!(Tier::of(100_000), Tier::Mid);
        assert_eq!(Tier::of(500_000), Tier::Macro);
        assert_eq!(Tier::of(1_000_000), Tier::Macro);
        assert_eq!(Tier::of(1_000_001), Tier::Mega);
    }
}
