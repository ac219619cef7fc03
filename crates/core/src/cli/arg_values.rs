//! Readers of the command line's values (dates, languages, platforms, `--map`, …), used
//! by the argument definitions in [`super::args`].

use super::args::ShareFor;
use crate::file::spreadsheet::values::parse_platform;
use crate::i18n::{Lang, text as text_of, text_with as say};
use crate::model::Platform;
use chrono::NaiveDate;

/// Reads `team`, `client` or `creator:ID`.
pub(super) fn share_for(value: &str) -> Result<ShareFor, String> {
    match value.trim() {
        "team" => Ok(ShareFor::Team),
        "client" => Ok(ShareFor::Client),
        other => match other.strip_prefix("creator:") {
            Some(who) if !who.trim().is_empty() => Ok(ShareFor::Creator(who.trim().to_string())),
            _ => Err(format!(
                "\"{value}\" is not team, client or creator:ID (an influencer's id or name)"
            )),
        },
    }
}

/// Reads a date such as `2027-03-15`.
pub(super) fn parse_date(value: &str) -> Result<NaiveDate, String> {
    value
        .parse::<NaiveDate>()
        .map_err(|_| format!("\"{value}\" is not a date like 2027-03-15"))
}

/// Reads a language code: `en` or `zh-CN`.
pub(super) fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_code(value)
        .ok_or_else(|| format!("\"{value}\" is not a language Rapport speaks: en or zh-CN"))
}

/// Reads a scale factor: a number from 0.001 to 64.
pub(super) fn scale(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(f) if (0.001..=64.0).contains(&f) => Ok(f),
        _ => Err(format!("\"{value}\" is not a scale from 0.001 to 64")),
    }
}

/// Reads a platform name as spreadsheets write it (`Instagram`, `IG`, `tiktok` …).
pub(super) fn platform(value: &str) -> Result<Platform, String> {
    match parse_platform(value) {
        Ok(Some(platform)) => Ok(platform),
        _ => {
            let known: Vec<&str> = Platform::ALL.iter().map(|p| p.label()).collect();
            Err(format!("\"{value}\" is not one of {}", known.join(", ")))
        }
    }
}

/// Reads `--map FIELD=COLUMN`; why not in `lang`.
pub(super) fn field_map(
    text: &str,
    lang: Lang,
) -> Result<(crate::file::spreadsheet::Field, String), String> {
    let (field, column) = split_map(text, lang, "handle=\"insta name\"")?;
    let field = crate::file::spreadsheet::Field::named(field)
        .ok_or_else(|| say(lang, "cli-map-not-field", &[("field", field.into())]))?;
    Ok((field, non_empty(text, column, lang)?))
}

/// `--map FIELD=COLUMN` for `rapport import results`; why not in `lang`.
pub(super) fn result_field_map(
    text: &str,
    lang: Lang,
) -> Result<(crate::file::spreadsheet::ResultField, String), String> {
    let (field, column) = split_map(text, lang, "clicks=\"Link clicks\"")?;
    let field = crate::file::spreadsheet::ResultField::named(field).ok_or_else(|| {
        let names: Vec<&str> = crate::file::spreadsheet::ResultField::ALL
            .iter()
            .map(|f| f.label())
            .collect();
        say(
            lang,
            "cli-map-not-result-field",
            &[
                ("field", field.into()),
                ("names", names.join(&text_of(lang, "list-separator")).into()),
            ],
        )
    })?;
    Ok((field, non_empty(text, column, lang)?))
}

/// `FIELD=COLUMN` split at the first `=`; why not in `lang`, with `example` as an example.
fn split_map<'a>(text: &'a str, lang: Lang, example: &str) -> Result<(&'a str, &'a str), String> {
    text.split_once('=').ok_or_else(|| {
        say(
            lang,
            "cli-map-not-field-column",
            &[("text", text.into()), ("example", example.into())],
        )
    })
}

/// The column of `--map text`, trimmed; an error in `lang` when there is none.
fn non_empty(text: &str, column: &str, lang: Lang) -> Result<String, String> {
    if column.trim().is_empty() {
        return Err(say(lang, "cli-map-no-column", &[("text", text.into())]));
    }
    Ok(column.trim().to_string())
}
