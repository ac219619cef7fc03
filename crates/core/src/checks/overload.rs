//! `creator-overload`: more than N publish dates for one influencer in any 7 consecutive
//! calendar days, across campaigns. Cancelled deliverables do not count; two deliverables
//! published on the same day count as two.

use super::dates::add_days;
use super::finding::{Code, Finding, Severity};
use crate::fast::{HashMap, HashSet};
use crate::i18n::{Arg, Sep, Text};
use crate::model::{CampaignId, Deliverable, DeliverableStatus, InfluencerId, Project};
use chrono::{Datelike, NaiveDate};

/// Days in a window.
const WINDOW: i64 = 7;
/// How far after its date a new date is looked for when suggesting a move.
const SEARCH_DAYS: i64 = 120;

/// A run of publish dates (indices into the sorted list, inclusive) covered by windows that
/// hold too many, with the most any one window holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stretch {
    first: usize,
    last: usize,
    most: usize,
}

/// The overloaded stretches of sorted dates: windows holding more than `max` publish dates,
/// merged when they share a date, so one cluster is one stretch.
fn stretches(dates: &[NaiveDate], max: usize) -> Vec<Stretch> {
    let mut found: Vec<Stretch> = Vec::new();
    let mut end = 0;
    for (start, &day) in dates.iter().enumerate() {
        end = end.max(start);
        let limit = add_days(day, WINDOW - 1);
        while end + 1 < dates.len() && dates[end + 1] <= limit {
            end += 1;
        }
        let count = end - start + 1;
        if count <= max {
            continue;
        }
        match found.last_mut() {
            Some(open) if open.last >= start => {
                open.last = open.last.max(end);
                open.most = open.most.max(count);
            }
            _ => found.push(Stretch {
                first: start,
                last: end,
                most: count,
            }),
        }
    }
    found
}

/// How many of the sorted `taken` dates fall in the window starting on `start`.
fn count_in(taken: &[NaiveDate], start: NaiveDate) -> usize {
    let end = add_days(start, WINDOW - 1);
    let from = taken.partition_point(|d| *d < start);
    let to = taken.partition_point(|d| *d <= end);
    to - from
}

/// The start of the latest window containing `day` that already holds `max` publish dates
/// (so one more on `day` would be too many); `None` when `day` has room.
fn blocking(taken: &[NaiveDate], day: NaiveDate, max: usize) -> Option<NaiveDate> {
    (0..WINDOW)
        .map(|back| add_days(day, -back))
        .find(|start| count_in(taken, *start) >= max)
}

/// True when one more publish date on `day` keeps every window that contains it at `max`
/// or fewer.
fn fits(taken: &[NaiveDate], day: NaiveDate, max: usize) -> bool {
    blocking(taken, day, max).is_none()
}

/// The first day after `day`, within [`SEARCH_DAYS`], with room for one more publish date.
/// Every day of a full window is skipped at once.
fn next_free(taken: &[NaiveDate], day: NaiveDate, max: usize) -> Option<NaiveDate> {
    let last = add_days(day, SEARCH_DAYS);
    let mut candidate = add_days(day, 1);
    while candidate <= last {
        match blocking(taken, candidate, max) {
            None => return Some(candidate),
            Some(start) => {
                let next = add_days(start, WINDOW);
                // At the end of the calendar days stop advancing: no later day exists.
                if next <= candidate {
                    return None;
                }
                candidate = next;
            }
        }
    }
    None
}

fn insert_sorted(taken: &mut Vec<NaiveDate>, day: NaiveDate) {
    let at = taken.partition_point(|d| *d <= day);
    taken.insert(at, day);
}

/// Which of an influencer's deliverables (sorted by publish date) to move, and to when:
/// published ones stay; the others are kept in date order while they fit, and each one that
/// does not is given the first later day where it fits (`None` when there is none soon).
fn moves(items: &[(NaiveDate, &Deliverable)], max: usize) -> HashMap<usize, Option<NaiveDate>> {
    let mut taken: Vec<NaiveDate> = items
        .iter()
        .filter(|(_, d)| d.status == DeliverableStatus::Published)
        .map(|(day, _)| *day)
        .collect();
    let mut to_move = Vec::new();
    for (index, (day, d)) in items.iter().enumerate() {
        if d.status == DeliverableStatus::Published {
            continue;
        }
        if fits(&taken, *day, max) {
            insert_sorted(&mut taken, *day);
        } else {
            to_move.push(index);
        }
    }
    let mut result = HashMap::default();
    for index in to_move {
        let new_day = next_free(&taken, items[index].0, max);
        if let Some(new_day) = new_day {
            insert_sorted(&mut taken, new_day);
        }
        result.insert(index, new_day);
    }
    result
}

/// At most this many items are named in one message; the rest are counted.
pub const NAMED: usize = 12;

/// The first [`NAMED`] − 1 of `parts` and how many more ("A, B and 3 more"), when there are
/// more than [`NAMED`] of `total`.
fn first_named(parts: &[Arg], total: usize) -> Option<Arg> {
    (total > NAMED).then(|| {
        let shown = &parts[..parts.len().min(NAMED - 1)];
        Text::new("list-more")
            .arg("shown", Arg::Join(shown.to_vec(), Sep::Comma))
            .arg("more", total - shown.len())
            .into()
    })
}

/// "A", "A and B", "A, B and C", or the first few and how many more.
fn and_list(parts: Vec<Arg>) -> Arg {
    first_named(&parts, parts.len()).unwrap_or_else(|| Arg::and(parts))
}

/// `creator-overload` for one influencer's publish dates, sorted by date.
fn check_influencer(
    name: &str,
    influencer: &InfluencerId,
    items: &[(NaiveDate, &Deliverable)],
    max: u32,
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let limit = usize::try_from(max).unwrap_or(usize::MAX);
    let dates: Vec<NaiveDate> = items.iter().map(|(day, _)| *day).collect();
    let found = stretches(&dates, limit);
    if found.is_empty() {
        return;
    }
    let planned = moves(items, limit);
    let year = today.year();
    for stretch in found {
        let part = &items[stretch.first..=stretch.last];
        let count = part.len();
        let campaigns: HashSet<&CampaignId> = part.iter().map(|(_, d)| &d.campaign).collect();
        let across = campaigns.len();
        let list: Vec<Arg> = part
            .iter()
            .take(NAMED)
            .map(|(day, d)| {
                Text::new("overload-item")
                    .date("date", *day, year)
                    .arg("title", Arg::quoted(&d.title))
                    .into()
            })
            .collect();
        let list = match first_named(&list, count) {
            Some(shortened) => shortened,
            None => Arg::Join(list, Sep::Comma),
        };
        let message = if count == stretch.most {
            Text::new("creator-overload")
        } else {
            Text::new("creator-overload-between")
                .date("first", part[0].0, year)
                .date("last", part[count - 1].0, year)
                .arg("most", stretch.most)
        }
        .arg("name", name)
        .arg("count", count)
        .arg("across", across)
        .arg("list", list)
        .arg("max", max);
        let suggestions: Vec<Arg> = (stretch.first..=stretch.last)
            .filter_map(|index| {
                let new_day = planned.get(&index)?;
                let (day, d) = items[index];
                let text = match new_day {
                    Some(new_day) => Text::new("overload-move").date("to", *new_day, year),
                    None => Text::new("overload-move-another-week"),
                };
                Some(
                    text.arg("title", Arg::quoted(&d.title))
                        .date("date", day, year)
                        .into(),
                )
            })
            .collect();
        let fix = if suggestions.is_empty() {
            Text::new("creator-overload-fix-none")
        } else {
            Text::new("creator-overload-fix").arg("moves", and_list(suggestions))
        }
        .arg("name", name)
        .arg("max", max);
        let mut subject = vec![influencer.any()];
        subject.extend(part.iter().map(|(_, d)| d.id.any()));
        out.push(Finding {
            code: Code::CreatorOverload,
            severity: Severity::Warning,
            subject,
            message,
            fix,
        });
    }
}

/// Runs `creator-overload` for every influencer with publish dates, in the order they first
/// appear among the deliverables.
pub fn check(project: &Project, today: NaiveDate, out: &mut Vec<Finding>) {
    let max = project.info.settings.max_publishes_per_week;
    let mut slot: HashMap<&InfluencerId, usize> = HashMap::default();
    let mut groups: Vec<(&InfluencerId, Vec<(NaiveDate, &Deliverable)>)> = Vec::new();
    for d in &project.deliverables {
        let Some(day) = d.publish else { continue };
        if d.status == DeliverableStatus::Cancelled {
            continue;
        }
        let index = *slot.entry(&d.influencer).or_insert_with(|| {
            groups.push((&d.influencer, Vec::new()));
            groups.len() - 1
        });
        groups[index].1.push((day, d));
    }
    let limit = usize::try_from(max).unwrap_or(usize::MAX);
    let names: HashMap<&InfluencerId, &str> = project
        .influencers
        .iter()
        .map(|i| (&i.id, i.name.as_str()))
        .collect();
    for (influencer, mut items) in groups {
        if items.len() <= limit {
            continue;
        }
        items.sort_by_key(|(day, _)| *day);
        let name = names
            .get(influencer)
            .map_or_else(|| influencer.to_string(), |n| (*n).to_string());
        check_influencer(&name, influencer, &items, max, today, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().expect("test date")
    }

    #[test]
    fn one_stretch_per_cluster() {
        let dates = [
            d("2027-04-01"),
            d("2027-04-04"),
            d("2027-04-07"),
            d("2027-04-10"),
        ];
        assert_eq!(
            stretches(&dates, 2),
            vec![Stretch {
                first: 0,
                last: 3,
                most: 3
            }]
        );
        let apart = [
            d("2027-04-01"),
            d("2027-04-02"),
            d("2027-04-03"),
            d("2027-05-01"),
            d("2027-05-01"),
            d("2027-05-01"),
        ];
        assert_eq!(stretches(&apart, 2).len(), 2);
        let edge = [d("2027-04-01"), d("2027-04-07"), d("2027-04-08")];
        assert!(stretches(&edge, 2).is_empty());
    }

    #[test]
    fn fits_counts_every_window_through_a_day() {
        let taken = [d("2027-04-01"), d("2027-04-07")];
        assert!(!fits(&taken, d("2027-04-04"), 2));
        assert!(!fits(&taken, d("2027-04-07"), 2));
        assert!(fits(&taken, d("2027-04-08"), 2));
        assert!(fits(&taken, d("2027-03-25"), 2));
        assert!(fits(&taken, d("2027-04-04"), 3));
        assert!(!fits(&[], d("2027-04-04"), 0));
        assert_eq!(next_free(&taken, d("2027-04-04"), 2), Some(d("2027-04-08")));
        assert_eq!(next_free(&taken, d("2027-04-04"), 0), None);
    }
}
