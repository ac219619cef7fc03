//! The columns of a results export: what each holds, and the names the platforms' and
//! trackers' exports give them, from which a mapping is proposed.

use super::field::normalise;

crate::labelled_enum! {
    /// What a column of a results export holds.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ResultField {
        /// Not imported.
        Ignore => "ignore",
        /// The post's address, or the platform's id of it (a YouTube video id).
        PostUrl => "post-url",
        /// The creator's discount code.
        Code => "code",
        /// The creator: handle or name.
        Creator => "creator",
        /// When it was published.
        Published => "published",
        /// When the figures were read.
        Measured => "measured",
        /// Impressions.
        Impressions => "impressions",
        /// Reach.
        Reach => "reach",
        /// Views.
        Views => "views",
        /// Likes.
        Likes => "likes",
        /// Comments.
        Comments => "comments",
        /// Shares.
        Shares => "shares",
        /// Saves.
        Saves => "saves",
        /// Link clicks.
        Clicks => "clicks",
        /// Code redemptions.
        Redemptions => "redemptions",
        /// Sales.
        Sales => "sales",
        /// Revenue.
        Revenue => "revenue",
    }
}

impl ResultField {
    /// The column names (normalised) that mean this field in the platforms' exports.
    fn synonyms(self) -> &'static [&'static str] {
        use ResultField::*;
        match self {
            Ignore => &[],
            PostUrl => &[
                "permalink",
                "post url",
                "post link",
                "video link",
                "link",
                "url",
                "content",
                "video id",
                "post",
                "share url",
            ],
            Code => &[
                "code",
                "discount code",
                "promo code",
                "coupon",
                "coupon code",
                "tracking code",
                "discount",
            ],
            Creator => &[
                "account username",
                "username",
                "creator",
                "influencer",
                "handle",
                "account",
                "channel",
                "account name",
                "creator handle",
            ],
            Published => &[
                "publish time",
                "post time",
                "published",
                "publish date",
                "video publish time",
                "posted",
                "date posted",
                "post date",
                "published at",
                "created",
            ],
            Measured => &[
                "date measured",
                "measured",
                "measured on",
                "as of",
                "export date",
                "report date",
                "date",
            ],
            Impressions => &["impressions", "total impressions"],
            Reach => &["reach", "accounts reached", "unique viewers"],
            Views => &[
                "views",
                "video views",
                "total views",
                "plays",
                "total plays",
            ],
            Likes => &["likes", "total likes", "reactions"],
            Comments => &["comments", "total comments", "comments added"],
            Shares => &["shares", "total shares"],
            Saves => &[
                "saves",
                "total saves",
                "favorites",
                "saved",
                "add to favorites",
            ],
            Clicks => &["clicks", "link clicks", "website clicks", "total clicks"],
            Redemptions => &[
                "redemptions",
                "code redemptions",
                "uses",
                "times used",
                "code uses",
            ],
            Sales => &[
                "sales",
                "orders",
                "conversions",
                "purchases",
                "total orders",
            ],
            Revenue => &[
                "revenue",
                "gross sales",
                "net sales",
                "sales amount",
                "total sales",
                "order value",
                "total revenue",
            ],
        }
    }

    /// The field named on the command line (`post-url`, `clicks`…).
    pub fn named(name: &str) -> Option<ResultField> {
        let name = name.trim().to_lowercase().replace(['_', ' '], "-");
        ResultField::ALL.iter().copied().find(|f| f.label() == name)
    }
}

/// The field each column's name suggests, each field given to one column (the first).
pub fn propose_results_mapping(headers: &[String]) -> Vec<ResultField> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| {
            let key = normalise(h);
            let field = ResultField::ALL
                .iter()
                .copied()
                .find(|f| f.synonyms().contains(&key.as_str()))
                .unwrap_or(ResultField::Ignore);
            if field != ResultField::Ignore && taken.contains(&field) {
                return ResultField::Ignore;
            }
            taken.push(field);
            field
        })
        .collect()
}
