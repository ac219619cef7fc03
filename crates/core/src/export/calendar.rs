//! The deliverables' dates as an iCalendar (`.ics`) file: for each deliverable an all-day
//! event for the brief, the draft due and the publish date it has. Each event's UID is made
//! from the deliverable's id and the date's kind, so that importing the file again updates
//! the events instead of adding them twice.

use crate::model::{Deliverable, DeliverableStatus, Project};
use chrono::NaiveDate;
use icalendar::{Calendar, Component, Event, EventLike};

/// The kinds of date, with the UID suffix and the words in the title.
const KINDS: [(&str, &str); 3] = [
    ("brief", "Brief to send"),
    ("draft", "Draft due"),
    ("publish", "Publish"),
];

/// The UID of one date of a deliverable: `dlv-…-publish@rapport`.
pub fn uid(deliverable: &Deliverable, kind: &str) -> String {
    format!("{}-{kind}@rapport", deliverable.id)
}

/// The calendar of every deliverable's dates (cancelled ones left out), named after the
/// project.
pub fn calendar_ics(project: &Project) -> String {
    let names: crate::fast::HashMap<&str, &str> = project
        .influencers
        .iter()
        .map(|i| (i.id.as_str(), i.name.as_str()))
        .collect();
    let campaigns: crate::fast::HashMap<&str, &str> = project
        .campaigns
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    let mut calendar = Calendar::new();
    calendar.name(&project.info.name);
    for d in project
        .deliverables
        .iter()
        .filter(|d| d.status != DeliverableStatus::Cancelled)
    {
        let who = names
            .get(d.influencer.as_str())
            .copied()
            .unwrap_or("(unknown creator)");
        let campaign = campaigns.get(d.campaign.as_str()).copied().unwrap_or("");
        let dates: [Option<NaiveDate>; 3] = [d.brief_sent, d.draft_due, d.publish];
        for ((kind, words), day) in KINDS.iter().zip(dates) {
            let Some(day) = day else { continue };
            let event = Event::new()
                .uid(&uid(d, kind))
                .summary(&format!("{words}: {} ({who})", d.title))
                .description(&format!(
                    "{campaign} · {} on {} · {}",
                    d.content.label(),
                    d.platform.label(),
                    d.status.label()
                ))
                // An all-day event ends (exclusively) the next day.
                .starts(day)
                .ends(day.succ_opt().unwrap_or(day))
                .done();
            calendar.push(event);
        }
    }
    calendar.done().to_string()
}
