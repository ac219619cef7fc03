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
fn normalise(header: &str) -> String {
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

/// What a column's values look like, when the name says nothing: at least four in five
/// of its first 50 filled cells are handles (`@name`), counts (`48.5M`, `383.1K`,
/// `1,234,567`) or countries (`Spain`, `BR`).
fn suggest_from_values(values: &[&str]) -> Field {
    use super::values::{is_country_code, parse_count, parse_country};
    let filled: Vec<&str> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .take(50)
        .collect();
    if filled.len() < 3 {
        return Field::Ignore;
    }
    let share = |test: &dyn Fn(&str) -> bool| {
        filled.iter().filter(|v| test(v)).count() * 5 >= filled.len() * 4
    };
    let handle = |v: &str| {
        v.strip_prefix('@').is_some_and(|h| {
            !h.is_empty()
                && h.len() <= 40
                && h.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        })
    };
    // A count written the way follower counts are: with a suffix or thousands groups,
    // or past ten thousand (a plain small number is more often a rank or an age).
    let count = |v: &str| {
        parse_count(v).ok().flatten().is_some_and(|n| {
            n >= 10_000 || v.ends_with(['k', 'K', 'm', 'M', 'b', 'B']) || v.contains(',')
        })
    };
    let country = |v: &str| parse_country(v).is_some_and(|c| is_country_code(&c));
    if share(&handle) {
        Field::Handle
    } else if share(&country) {
        Field::Country
    } else if share(&count) {
        Field::Followers
    } else {
        Field::Ignore
    }
}

/// Proposes a field for every column of `table`: from its name first (see
/// [`propose_mapping`]), then, for a column whose name says nothing, from its values (a
/// column of `@name` is the handle, of `48.5M` the followers, of country names the
/// country), each field for one column only.
pub fn propose_mapping_for(table: &super::CsvTable) -> Vec<Field> {
    let mut mapping = propose_mapping(&table.headers);
    for column in 0..mapping.len() {
        if mapping[column] != Field::Ignore {
            continue;
        }
        let values: Vec<&str> = table
            .rows
            .iter()
            .filter_map(|r| r.get(column).map(String::as_str))
            .collect();
        let field = suggest_from_values(&values);
        // A column named for something else (a rank, a score) is not read as followers.
        let unnamed = normalise(&table.headers[column]).is_empty()
            || table.headers[column].starts_with("Column ");
        if field != Field::Ignore
            && !mapping.contains(&field)
            && (unnamed || field != Field::Followers)
        {
            mapping[column] = field;
        }
    }
    mapping
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

impl Field {
    /// The field a `--map` argument names: its label or a short form, without case,
    /// spaces or hyphens (`handle`, `followers`, `engagement-rate`, `avg-likes`,
    /// `avg-comments`, `country`, `niches`, `email`, `notes`, `platform`, `name`,
    /// `other-handles`, `ignore`).
    pub fn named(name: &str) -> Option<Field> {
        let key: String = name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let short = match key.as_str() {
            "er" | "engagement" | "engagementrate" => Some(Field::EngagementRate),
            "avglikes" | "likes" | "averagelikes" => Some(Field::AvgLikes),
            "avgcomments" | "comments" | "averagecomments" => Some(Field::AvgComments),
            "niche" | "niches" | "category" => Some(Field::Niche),
            _ => None,
        };
        short.or_else(|| {
            Field::ALL.iter().copied().find(|f| {
                let label: String = f
                    .label()
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect();
                label == key
            })
        })
    }
}

/// Sets `field` on the column named `column` (its header, without case, or its number
/// from 1), taking it from any other column.
pub fn map_column(
    headers: &[String],
    mapping: &mut [Field],
    field: Field,
    column: &str,
) -> Result<(), super::ImportError> {
    let wanted = column.trim();
    let at = headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(wanted))
        .or_else(|| {
            wanted
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=headers.len()).contains(n))
                .map(|n| n - 1)
        })
        .ok_or_else(|| super::ImportError::NoSuchColumn {
            field: field.label().to_string(),
            column: wanted.to_string(),
            headers: headers.join(", "),
        })?;
    if field != Field::Ignore {
        for slot in mapping.iter_mut().filter(|f| **f == field) {
            *slot = Field::Ignore;
        }
    }
    if let Some(slot) = mapping.get_mut(at) {
        *slot = field;
    }
    Ok(())
}

/// The mapping in words: `channel_info → Handle, followers → Followers; ignored: rank,
/// posts`.
pub fn describe_mapping(headers: &[String], mapping: &[Field]) -> String {
    let field = |i: usize| mapping.get(i).copied().unwrap_or(Field::Ignore);
    let used: Vec<String> = headers
        .iter()
        .enumerate()
        .filter(|(i, _)| field(*i) != Field::Ignore)
        .map(|(i, h)| format!("{h} → {}", field(i)))
        .collect();
    let ignored: Vec<&str> = headers
        .iter()
        .enumerate()
        .filter(|(i, _)| field(*i) == Field::Ignore)
        .map(|(_, h)| h.as_str())
        .collect();
    let mut text = used.join(", ");
    if !ignored.is_empty() {
        text.push_str(&format!("; ignored: {}", ignored.join(", ")));
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
    fn columns_named_for_nothing_are_read_from_their_values() {
        let csv = "who,acct,size,where\nAna Lima,@ana.lima,48.5M,Brazil\nBea Silva,@bea,383.1K,Portugal\nCai Wu,@cai_wu,1.2M,Spain\nDee Roy,@dee,\"2,400,000\",U.K.\n";
        let table = super::super::read_table(csv.as_bytes()).expect("reads");
        let mapping = propose_mapping_for(&table);
        use Field::*;
        assert_eq!(mapping[1], Handle, "a column of @names");
        assert_eq!(mapping[3], Country, "a column of countries");
        // "size" is a name, but not one for followers: the values alone do not decide.
        assert_eq!(mapping[2], Ignore);
    }

    #[test]
    fn a_field_is_mapped_by_name_or_number() {
        let h = headers(&["name", "acct", "size"]);
        let mut mapping = propose_mapping(&h);
        map_column(&h, &mut mapping, Field::Followers, "SIZE").unwrap();
        map_column(&h, &mut mapping, Field::Handle, "2").unwrap();
        assert_eq!(mapping, [Field::Name, Field::Handle, Field::Followers]);
        assert!(map_column(&h, &mut mapping, Field::Email, "mail").is_err());
        assert!(map_column(&h, &mut mapping, Field::Email, "4").is_err());
        assert_eq!(Field::named("engagement-rate"), Some(Field::EngagementRate));
        assert_eq!(Field::named("Avg Comments"), Some(Field::AvgComments));
        assert_eq!(Field::named("shoe size"), None);
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
