//! What a spreadsheet column holds, and a proposed mapping from column names.

crate::labelled_enum! {
    /// The influencer field a spreadsheet column is read into.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Field {
        /// The display name, in any script.
        Name => "Name",
        /// The handle on the import's platform (with or without `@`).
        Handle => "Handle",
        /// The platform of the handle, per row (`Instagram`, `TikTok` …); rows without one use
        /// the platform chosen for the import.
        Platform => "Platform",
        /// Followers of the handle (`475.8m`, `1,234`).
        Followers => "Followers",
        /// Engagement rate in percent (`1.39%`).
        EngagementRate => "Engagement rate",
        /// Average likes per post.
        AvgLikes => "Average likes",
        /// Average comments per post.
        AvgComments => "Average comments",
        /// Home country, as written.
        Country => "Country",
        /// Niches or categories; a cell may hold several (`Dancing, Lipsyncing`).
        Niche => "Niches",
        /// Contact email.
        Email => "Email",
        /// Private notes.
        Notes => "Notes",
        /// Further handles as the roster export writes them:
        /// `TikTok @ana (120000); YouTube @ana_lima`.
        OtherHandles => "Other handles",
        /// Not imported.
        Ignore => "Ignore",
    }
}

impl Field {
    /// Column names (lower case, words separated by single spaces) read as this field.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "name",
                "full name",
                "influencer",
                "influencer name",
                "creator",
                "creator name",
                "display name",
                "channel name",
                "real name",
                "nom",
                "nombre",
                "nome",
            ],
            Field::Handle => &[
                "handle",
                "username",
                "user name",
                "user",
                "account",
                "account name",
                "channel info",
                "channel",
                "instagram",
                "instagram handle",
                "instagram username",
                "instagram account",
                "ig",
                "ig handle",
                "insta handle",
                "tiktok",
                "tiktok handle",
                "tiktok username",
                "youtube",
                "youtube channel",
                "twitter",
                "twitter handle",
                "x handle",
                "screen name",
                "profile",
                "profile name",
                "social handle",
            ],
            Field::Platform => &[
                "platform",
                "network",
                "social network",
                "social media",
                "social platform",
                "channel type",
            ],
            Field::Followers => &[
                "followers",
                "follower",
                "followers count",
                "follower count",
                "total followers",
                "subscribers",
                "subscriber count",
                "subscribers count",
                "subs",
                "fans",
                "audience size",
            ],
            Field::EngagementRate => &[
                "engagement rate",
                "engagement",
                "er",
                "eng rate",
                "60 day eng rate",
                "avg engagement rate",
                "average engagement rate",
                "engagement rate avg",
                "engagement percent",
                "engagement pct",
            ],
            Field::AvgLikes => &[
                "avg likes",
                "average likes",
                "avg like",
                "likes avg",
                "mean likes",
                "likes per post",
                "avg likes per post",
                "average likes per post",
            ],
            Field::AvgComments => &[
                "avg comments",
                "average comments",
                "avg comment",
                "comments avg",
                "mean comments",
                "comments per post",
                "avg comments per post",
                "average comments per post",
            ],
            Field::Country => &[
                "country",
                "location",
                "nation",
                "home country",
                "country region",
                "country of residence",
                "based in",
            ],
            Field::Niche => &[
                "category",
                "categories",
                "niche",
                "niches",
                "topic",
                "topics",
                "vertical",
                "verticals",
                "genre",
                "genres",
                "tags",
                "content category",
            ],
            Field::Email => &[
                "email",
                "e mail",
                "mail",
                "email address",
                "e mail address",
                "contact email",
                "contact",
            ],
            Field::Notes => &["notes", "note", "comments", "comment", "remarks", "memo"],
            Field::OtherHandles => &[
                "other handles",
                "further handles",
                "more handles",
                "other accounts",
            ],
            Field::Ignore => &[],
        }
    }
}

/// A column name in lower case with every run of non-letters and non-digits made one
/// space: `60_day_eng_rate` → `60 day eng rate`, `Engagement Rate (%)` → `engagement rate`.
pub(super) fn normalise(header: &str) -> String {
    header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The field a column name suggests, before each field is limited to one column.
fn suggest(header: &str) -> Field {
    let key = normalise(header);
    if let Some(field) = Field::ALL
        .iter()
        .find(|f| f.synonyms().contains(&key.as_str()))
    {
        return *field;
    }
    // Looser matches for longer names such as "Instagram followers" or "IG handle (main)".
    let has = |word: &str| key.split(' ').any(|w| w == word);
    let counted = ["growth", "gain", "gained", "change", "new", "rate", "ratio"]
        .iter()
        .any(|w| has(w));
    let network = [
        "insta",
        "instagram",
        "ig",
        "tiktok",
        "youtube",
        "twitter",
        "x",
        "twitch",
    ]
    .iter()
    .any(|w| has(w));
    if has("handle")
        || has("username")
        || (network && (has("name") || has("id") || has("account") || has("user")))
    {
        // "Influencer insta name", "instagram name", "TikTok ID": the account's name.
        Field::Handle
    } else if (has("followers") || has("subscribers")) && !counted {
        Field::Followers
    } else if key.contains("engagement rate") || key.contains("eng rate") {
        Field::EngagementRate
    } else if key.starts_with("category") || key.starts_with("niche") {
        Field::Niche
    } else if (has("avg") || has("average") || has("mean")) && has("comments") {
        Field::AvgComments
    } else if (has("avg") || has("average") || has("mean")) && has("likes") {
        Field::AvgLikes
    } else if has("country") || has("nationality") {
        // "Audience country (mostly)", "Country of origin".
        Field::Country
    } else {
        Field::Ignore
    }
}

/// Proposes a field for every column from its name: `channel_info`, `username`,
/// `account`, `Instagram handle` → handle; `followers`, `subscribers` → followers;
/// `60_day_eng_rate`, `engagement`, `ER` → engagement rate; `avg_likes`, `Average likes` →
/// average likes; `category`, `niche`, `topics` → niches; `country`, `location` → country;
/// `name`, `full name`, `influencer` → name; anything else (`rank`, `influence_score`,
/// `posts`, `total_likes`, `new_post_avg_like` …) → ignore. Each field is proposed for
/// the first column that suggests it only; later ones are ignored. The user may change
/// any of it.
pub fn propose_mapping(headers: &[String]) -> Vec<Field> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|header| {
            let mut field = suggest(header);
            // A second account-name column ("Influencer insta name", then "instagram
            // name") is the display name when no column is.
            if field == Field::Handle
                && taken.contains(&Field::Handle)
                && !taken.contains(&Field::Name)
                && normalise(header).split(' ').any(|w| w == "name")
            {
                field = Field::Name;
            }
            if field == Field::Ignore || taken.contains(&field) {
                Field::Ignore
            } else {
                taken.push(field);
                field
            }
        })
        .collect()
}

/// The mapping in words: `channel_info → Handle, followers → Followers; ignored: rank,
/// posts`.
pub fn describe_mapping(headers: &[String], mapping: &[Field]) -> String {
    describe_mapping_in(crate::i18n::Lang::En, headers, mapping)
}

/// [`describe_mapping`] in `lang` (fields named in `lang`, headers as written).
pub fn describe_mapping_in(
    lang: crate::i18n::Lang,
    headers: &[String],
    mapping: &[Field],
) -> String {
    let field = |i: usize| mapping.get(i).copied().unwrap_or(Field::Ignore);
    let separator = crate::i18n::text(lang, "list-separator");
    let used: Vec<String> = headers
        .iter()
        .enumerate()
        .filter(|(i, _)| field(*i) != Field::Ignore)
        .map(|(i, h)| format!("{h} → {}", field(i).label_in(lang)))
        .collect();
    let ignored: Vec<&str> = headers
        .iter()
        .enumerate()
        .filter(|(i, _)| field(*i) == Field::Ignore)
        .map(|(_, h)| h.as_str())
        .collect();
    let mut text = used.join(&separator);
    if !ignored.is_empty() {
        text.push_str(&crate::i18n::text_with(
            lang,
            "cli-import-ignored",
            &[("list", ignored.join(&separator).into())],
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn proposes_the_kaggle_mapping() {
        let kaggle = headers(&[
            "rank",
            "channel_info",
            "influence_score",
            "posts",
            "followers",
            "avg_likes",
            "60_day_eng_rate",
            "new_post_avg_like",
            "total_likes",
            "country",
        ]);
        use Field::*;
        assert_eq!(
            propose_mapping(&kaggle),
            [
                Ignore,
                Handle,
                Ignore,
                Ignore,
                Followers,
                AvgLikes,
                EngagementRate,
                Ignore,
                Ignore,
                Country
            ]
        );
    }

    #[test]
    fn proposes_from_the_words_of_longer_names() {
        let list = headers(&[
            "S.no",
            "Influencer insta name",
            "instagram name",
            "category_1",
            "Subscribers",
            "Audience country(mostly)",
            "Authentic engagement",
            "Avg comments",
        ]);
        use Field::*;
        assert_eq!(
            propose_mapping(&list),
            [
                Ignore,
                Handle,
                Name,
                Niche,
                Followers,
                Country,
                Ignore,
                AvgComments
            ]
        );
    }

    #[test]
    fn proposes_by_synonyms_and_once_per_field() {
        let list = headers(&[
            "Full Name",
            "Instagram handle",
            "Subscribers",
            "ER (%)",
            "Average likes",
            "Location",
            "Topics",
            "E-mail",
            "Notes",
            "TikTok handle",
            "Follower growth",
        ]);
        use Field::*;
        assert_eq!(
            propose_mapping(&list),
            [
                Name,
                Handle,
                Followers,
                EngagementRate,
                AvgLikes,
                Country,
                Niche,
                Email,
                Notes,
                Ignore,
                Ignore
            ]
        );
    }
}
