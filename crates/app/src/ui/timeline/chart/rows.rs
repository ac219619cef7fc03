//! The rows of the timeline chart: a header row per lane (influencer or campaign), then
//! one row per deliverable in that lane, by publish date.

use rapport_core::model::{Deliverable, Id, Project, ProjectIndex};
use std::collections::HashMap;

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
    Lane(String, Id),
    /// A deliverable, by index into the project's deliverables.
    Bar(usize),
}

/// The rows for a project, optionally only one campaign's deliverables.
pub fn build_rows(
    project: &Project,
    index: &ProjectIndex,
    mode: LaneMode,
    campaign: Option<&Id>,
) -> Vec<Row> {
    let mut lanes: HashMap<&Id, Vec<(usize, &Deliverable)>> = HashMap::new();
    for (index, d) in project.deliverables.iter().enumerate() {
        if campaign.is_some_and(|c| &d.campaign != c) {
            continue;
        }
        let key = match mode {
            LaneMode::Influencer => &d.influencer,
            LaneMode::Campaign => &d.campaign,
        };
        lanes.entry(key).or_default().push((index, d));
    }
    let mut order: Vec<(String, &Id)> = lanes
        .keys()
        .map(|id| {
            let label = match mode {
                LaneMode::Influencer => index.influencer(project, id).map(|i| i.name.clone()),
                LaneMode::Campaign => index.campaign(project, id).map(|c| c.name.clone()),
            };
            (label.unwrap_or_else(|| id.to_string()), *id)
        })
        .collect();
    order.sort_by_cached_key(|(label, _)| label.to_lowercase());
    let mut rows = Vec::with_capacity(project.deliverables.len() + order.len());
    for (label, id) in order {
        rows.push(Row::Lane(label, id.clone()));
        if let Some(items) = lanes.get_mut(id) {
            items.sort_by_key(|(_, d)| (d.publish.is_none(), d.publish, d.brief_sent));
            rows.extend(items.iter().map(|(index, _)| Row::Bar(*index)));
        }
    }
    rows
}
