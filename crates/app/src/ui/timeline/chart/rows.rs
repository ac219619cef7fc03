//! The rows of the timeline chart: a header row per lane (influencer or campaign), then
//! one row per deliverable in that lane, by publish date.

use rapport_core::fast::HashMap;
use rapport_core::model::{AnyId, CampaignId, Deliverable, Project, ProjectIndex};

rapport_core::labelled_enum! {
    /// What the chart's lanes are.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum LaneMode {
        /// A lane per influencer.
        #[default]
        Influencer => "Influencer",
        /// A lane per campaign.
        Campaign => "Campaign",
    }
}

/// One row of the chart.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// A lane's header: its label and the id of the influencer or campaign.
    Lane(String, AnyId),
    /// A deliverable, by index into the project's deliverables.
    Bar(usize),
}

/// The rows for a project, optionally only one campaign's deliverables.
pub fn build_rows(
    project: &Project,
    index: &ProjectIndex,
    mode: LaneMode,
    campaign: Option<&CampaignId>,
) -> Vec<Row> {
    let mut lanes: HashMap<&str, Vec<(usize, &Deliverable)>> = HashMap::default();
    for (index, d) in project.deliverables.iter().enumerate() {
        if campaign.is_some_and(|c| &d.campaign != c) {
            continue;
        }
        let key = match mode {
            LaneMode::Influencer => d.influencer.as_str(),
            LaneMode::Campaign => d.campaign.as_str(),
        };
        lanes.entry(key).or_default().push((index, d));
    }
    let mut order: Vec<(String, &str)> = lanes
        .iter()
        .filter_map(|(id, items)| {
            let (_, first) = items.first()?;
            let label = match mode {
                LaneMode::Influencer => index
                    .influencer(project, &first.influencer)
                    .map(|i| i.name.clone()),
                LaneMode::Campaign => index
                    .campaign(project, &first.campaign)
                    .map(|c| c.name.clone()),
            };
            Some((label.unwrap_or_else(|| id.to_string()), *id))
        })
        .collect();
    order.sort_by_cached_key(|(label, _)| label.to_lowercase());
    let mut rows = Vec::with_capacity(project.deliverables.len() + order.len());
    for (label, id) in order {
        rows.push(Row::Lane(label, AnyId::from(id)));
        if let Some(items) = lanes.get_mut(id) {
            items.sort_by_key(|(_, d)| (d.publish.is_none(), d.publish, d.brief_sent));
            rows.extend(items.iter().map(|(index, _)| Row::Bar(*index)));
        }
    }
    rows
}
