//! What is wrong in a project file, in words a campaign manager can act on (never an
//! internal type name), as messages of the `.ftl` files (`imp-syntax-…`).

use crate::i18n::{Arg, Sep, Text};

/// A record's type name in words, "the project" or "an influencer" (never an internal
/// name such as `FileV1`).
fn plain_name(name: &str) -> Text {
    match name {
        "FileV1" | "FileOut" | "Header" => Text::new("imp-record-project"),
        "ProjectInfo" => Text::new("imp-record-info"),
        "Settings" => Text::new("imp-record-settings"),
        "CostLine" => Text::new("imp-record-cost-line"),
        "CostChange" => Text::new("imp-record-cost-change"),
        "PlanChange" => Text::new("imp-record-plan-change"),
        other => {
            let lower = other.to_lowercase();
            let article = if lower.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            Text::new("imp-record")
                .arg("name", format!("{article} {lower}"))
                .arg("type", other)
        }
    }
}

/// A record's name at the start of a sentence: "The project", "An influencer".
fn capitalized(name: &str) -> Arg {
    Arg::from(plain_name(name)).upper()
}

/// The RON error in words a campaign manager can act on; what the reader says in its own
/// words stays as it says it.
pub(super) fn plain_cause(code: &ron::Error) -> Text {
    use ron::Error as E;
    match code {
        E::Eof => Text::new("imp-syntax-eof"),
        E::ExpectedDifferentLength { expected, found } => Text::new("imp-syntax-length")
            .arg("expected", expected.as_str())
            .arg("found", *found),
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => Text::new("imp-syntax-missing-field-of")
                .arg("record", capitalized(outer))
                .arg("field", *field),
            None => Text::new("imp-syntax-missing-field").arg("field", *field),
        },
        E::ExpectedNamedStructLike(name) => {
            Text::new("imp-syntax-expected-record").arg("record", plain_name(name))
        }
        E::ExpectedDifferentStructName { expected, found } => {
            Text::new("imp-syntax-expected-named")
                .arg("record", plain_name(expected))
                .arg("found", found.as_str())
        }
        E::DuplicateStructField { field, outer } => match outer {
            Some(outer) => Text::new("imp-syntax-twice-of")
                .arg("record", capitalized(outer))
                .arg("field", *field),
            None => Text::new("imp-syntax-twice").arg("field", *field),
        },
        E::ExpectedString => Text::new("imp-syntax-expected-text"),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => Text::new("imp-syntax-not-allowed")
            .arg("found", found.as_str())
            .arg(
                "allowed",
                Arg::Join(expected.iter().map(|v| Arg::from(*v)).collect(), Sep::Comma),
            ),
        E::ExceededRecursionLimit => Text::new("imp-syntax-too-deep"),
        other => Text::new("imp-syntax-other").arg("error", other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn record_names_read_in_english_and_chinese() {
        let missing = ron::Error::MissingStructField {
            field: "name",
            outer: Some("Influencer".into()),
        };
        let words = plain_cause(&missing);
        assert_eq!(words.en(), "An influencer is missing the field \"name\"");
        assert_eq!(words.render(Lang::ZhCn), "达人缺少字段“name”");
        let info = ron::Error::ExpectedNamedStructLike("ProjectInfo");
        assert_eq!(
            plain_cause(&info).en(),
            "expected the project's info here, written in parentheses: ( … )"
        );
        assert_eq!(
            plain_cause(&info).render(Lang::ZhCn),
            "此处应为项目信息，写在括号中：( … )"
        );
    }
}
