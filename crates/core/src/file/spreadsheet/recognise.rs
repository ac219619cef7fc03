//! Choosing a column's field beyond its name: from what its values look like, and from
//! the user's `--map FIELD=COLUMN`.

use super::field::{Field, normalise, propose_mapping};

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
    set_column(headers, mapping, field, Field::Ignore, field.term(), column)
}

/// [`map_column`] for any kind of field: `ignore` is the field meaning "not imported"
/// (never taken from another column) and `label` names `field` in the error.
pub(super) fn set_column<F: Copy + PartialEq>(
    headers: &[String],
    mapping: &mut [F],
    field: F,
    ignore: F,
    label: crate::i18n::Arg,
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
            field: label,
            column: wanted.to_string(),
            headers: headers.join(", "),
        })?;
    if field != ignore {
        for slot in mapping.iter_mut().filter(|f| **f == field) {
            *slot = ignore;
        }
    }
    if let Some(slot) = mapping.get_mut(at) {
        *slot = field;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
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
}
