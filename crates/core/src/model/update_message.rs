//! "Draft update": a short, friendly message to a creator listing what changed in their
//! plan since they were last told.

use super::id::InfluencerId;
use super::plan_edit::untold_changes;
use super::project::Project;
use crate::i18n::{Lang, and_list, text, text_with};
use chrono::Datelike;

/// A message to an influencer listing every plan change they have not been told about
/// (old → new), grouped by campaign, with a thank-you, signed by their point of contact (or
/// the project's owner, or the brand's team), in the creator's language when it is one of
/// ours (their profile's language field), else in English. Empty when there is nothing to
/// tell.
pub fn draft_update(project: &Project, influencer: &InfluencerId) -> String {
    draft_update_in(
        project,
        influencer,
        creator_lang(project, influencer).unwrap_or_default(),
    )
}

/// The language a creator's profile names first, when it is one of ours.
pub fn creator_lang(project: &Project, influencer: &InfluencerId) -> Option<Lang> {
    project
        .influencer(influencer)
        .and_then(|i| Lang::of_person(&i.personal.language))
}

/// [`draft_update`] in `lang`.
pub fn draft_update_in(project: &Project, influencer: &InfluencerId, lang: Lang) -> String {
    let changes = untold_changes(project, influencer);
    if changes.is_empty() {
        return String::new();
    }
    let this_year = |c: &super::PlanChange| c.date.year();
    // (campaign name, lines) in the order the campaigns first appear among the changes.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for change in &changes {
        let Some(d) = project.deliverable(&change.deliverable) else {
            continue;
        };
        let campaign = project
            .campaign(&d.campaign)
            .map_or_else(|| d.campaign.to_string(), |c| c.name.clone());
        let line = format!(
            "- {}",
            change.describe_in(lang, &d.title, this_year(change))
        );
        match groups.iter_mut().find(|(name, _)| *name == campaign) {
            Some((_, lines)) => lines.push(line),
            None => groups.push((campaign, vec![line])),
        }
    }
    let person = project.influencer(influencer);
    let name = person.map(|i| i.name.trim()).filter(|n| !n.is_empty());
    let campaigns: Vec<&str> = groups.iter().map(|(name, _)| name.as_str()).collect();
    let greeting = match name {
        Some(name) => text_with(lang, "update-greeting", &[("name", name.into())]),
        None => text(lang, "update-greeting-unnamed"),
    };
    let intro = text_with(
        lang,
        "update-intro",
        &[
            ("campaigns", and_list(lang, &campaigns).into()),
            ("count", changes.len().into()),
        ],
    );
    let mut text_out = format!("{greeting}\n\n{intro}\n\n");
    let grouped = groups.len() > 1;
    for (campaign, lines) in &groups {
        if grouped {
            text_out.push_str(campaign);
            text_out.push('\n');
        }
        for line in lines {
            text_out.push_str(line);
            text_out.push('\n');
        }
        text_out.push('\n');
    }
    text_out.push_str(&text(lang, "update-thanks"));
    text_out.push_str("\n\n");
    text_out.push_str(&text(lang, "update-sign-off"));
    text_out.push('\n');
    let owner = person.map_or("", |i| i.owner.trim());
    let signature = if !owner.is_empty() {
        owner.to_string()
    } else if !project.info.owner.trim().is_empty() {
        project.info.owner.trim().to_string()
    } else if !project.info.brand.trim().is_empty() {
        text_with(
            lang,
            "update-team",
            &[("brand", project.info.brand.trim().into())],
        )
    } else {
        String::new()
    };
    if !signature.is_empty() {
        text_out.push_str(&signature);
        text_out.push('\n');
    }
    text_out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_and() {
        assert_eq!(and_list(Lang::En, &[]), "");
        assert_eq!(and_list(Lang::En, &["A"]), "A");
        assert_eq!(and_list(Lang::En, &["A", "B"]), "A and B");
        assert_eq!(and_list(Lang::En, &["A", "B", "C"]), "A, B and C");
    }
}
