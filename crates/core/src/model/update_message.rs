//! "Draft update": a short, friendly message to a creator listing what changed in their
//! plan since they were last told.

use super::id::InfluencerId;
use super::plan_edit::untold_changes;
use super::project::Project;
use chrono::Datelike;

/// Joins names as "A", "A and B" or "A, B and C".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A message to an influencer listing every plan change they have not been told about
/// (old → new), grouped by campaign, with a thank-you, signed by their point of contact (or
/// the project's owner, or the brand's team). Empty when there is nothing to tell.
pub fn draft_update(project: &Project, influencer: &InfluencerId) -> String {
    let changes = untold_changes(project, influencer);
    if changes.is_empty() {
        return String::new();
    }
    // (campaign name, lines) in the order the campaigns first appear among the changes.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for change in &changes {
        let Some(d) = project.deliverable(&change.deliverable) else {
            continue;
        };
        let campaign = project
            .campaign(&d.campaign)
            .map_or_else(|| d.campaign.to_string(), |c| c.name.clone());
        let line = format!("- {}", change.describe(&d.title, change.date.year()));
        match groups.iter_mut().find(|(name, _)| *name == campaign) {
            Some((_, lines)) => lines.push(line),
            None => groups.push((campaign, vec![line])),
        }
    }
    let person = project.influencer(influencer);
    let name = person
        .map(|i| i.name.trim())
        .filter(|n| !n.is_empty())
        .unwrap_or("there");
    let campaigns: Vec<&str> = groups.iter().map(|(name, _)| name.as_str()).collect();
    let what = if changes.len() == 1 {
        "one thing in our plan has changed"
    } else {
        "a few things in our plan have changed"
    };
    let mut text = format!(
        "Hi {name},\n\nA quick update on {}: {what} since we last spoke.\n\n",
        and_list(&campaigns)
    );
    let grouped = groups.len() > 1;
    for (campaign, lines) in &groups {
        if grouped {
            text.push_str(campaign);
            text.push('\n');
        }
        for line in lines {
            text.push_str(line);
            text.push('\n');
        }
        text.push('\n');
    }
    text.push_str(
        "Thank you for being so flexible, and for all the care you put into your work with us. \
         If any of this does not work for you, just tell me and we will find another way.\n\n\
         Best wishes,\n",
    );
    let owner = person.map_or("", |i| i.owner.trim());
    let signature = if !owner.is_empty() {
        owner.to_string()
    } else if !project.info.owner.trim().is_empty() {
        project.info.owner.trim().to_string()
    } else if !project.info.brand.trim().is_empty() {
        format!("The {} team", project.info.brand.trim())
    } else {
        String::new()
    };
    if !signature.is_empty() {
        text.push_str(&signature);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_and() {
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&["A"]), "A");
        assert_eq!(and_list(&["A", "B"]), "A and B");
        assert_eq!(and_list(&["A", "B", "C"]), "A, B and C");
    }
}
