//! Timeline checks: lead time, review window, date order, overdue steps.

use super::dates::{add_days, business_days_between, days_between, short};
use super::finding::{Code, Finding, Severity};
use crate::model::{ContentType, Deliverable, DeliverableStatus, Project, Settings};
use chrono::{Datelike, NaiveDate};

/// A noun for a content type inside a sentence ("A short video needs …").
fn noun(content: ContentType) -> &'static str {
    match content {
        ContentType::Story => "A story",
        ContentType::FeedPost => "A feed post",
        ContentType::ShortVideo => "A short video",
        ContentType::LongVideo => "A long video",
        ContentType::Blog => "A blog post",
        ContentType::Podcast => "A podcast",
        ContentType::LiveEvent => "A live or event appearance",
        ContentType::Other => "This content",
    }
}

/// The subject ids of a deliverable's findings: the deliverable, its influencer, its campaign.
fn subject(d: &Deliverable) -> Vec<crate::model::Id> {
    vec![d.id.any(), d.influencer.any(), d.campaign.any()]
}

/// `tight-lead-time`: brief sent → publish shorter than the content type needs. The fix
/// offers only what is still possible as of `today`.
pub fn tight_lead_time(
    d: &Deliverable,
    settings: &Settings,
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let (Some(brief), Some(publish)) = (d.brief_sent, d.publish) else {
        return;
    };
    let base = i64::from(settings.lead_time_days.days(d.content));
    let extra = if d.ships_product {
        i64::from(settings.shipping_extra_days)
    } else {
        0
    };
    let needs = base + extra;
    let has = days_between(brief, publish);
    if has >= needs || has < 0 {
        return; // enough time; a negative span is dates-out-of-order's to report
    }
    let severity = if has * 2 < needs {
        Severity::Error
    } else {
        Severity::Warning
    };
    let year = publish.year();
    let shipping = if extra > 0 {
        format!(" ({base} + {extra} for shipping product)")
    } else {
        String::new()
    };
    out.push(Finding {
        code: Code::TightLeadTime,
        severity,
        subject: subject(d),
        message: format!(
            "{} needs {needs} days from brief to publish{shipping}; \"{}\" has {has}.",
            noun(d.content),
            d.title
        ),
        fix: {
            // Only what is still possible as of today: a brief not sent yet cannot go out
            // before today, and publish never moves into the past.
            let sent = d.status >= DeliverableStatus::BriefSent;
            let from = if sent { brief } else { brief.max(today) };
            let later = add_days(from, needs).max(today);
            let brief_by = add_days(publish, -needs);
            if !sent && brief_by >= today {
                format!(
                    "Move publish to {} or send the brief by {}.",
                    short(later, year),
                    short(brief_by, year)
                )
            } else {
                format!("Move publish to {} or later.", short(later, year))
            }
        },
    });
}

/// `tight-review-window`: draft due → publish leaves too few business days for review. The
/// fix offers only what is still possible as of `today`.
pub fn tight_review_window(
    d: &Deliverable,
    settings: &Settings,
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let (Some(draft), Some(publish)) = (d.draft_due, d.publish) else {
        return;
    };
    let needs = i64::from(settings.review_business_days);
    let has = business_days_between(draft, publish);
    if has >= needs {
        return;
    }
    let severity = if has <= 0 {
        Severity::Error
    } else {
        Severity::Warning
    };
    let year = publish.year();
    // The latest draft date that leaves `needs` business days before publish.
    let mut latest = add_days(publish, -1);
    while business_days_between(latest, publish) < needs && latest > add_days(publish, -60) {
        latest = add_days(latest, -1);
    }
    let message = if publish < draft {
        format!(
            "\"{}\" is published ({}) before its draft is due ({}): no time at all to review; review and one revision need {needs} business days.",
            d.title,
            short(publish, year),
            short(draft, year)
        )
    } else {
        format!(
            "\"{}\" leaves {has} business day{} between draft due ({}) and publish ({}); review and one revision need {needs}.",
            d.title,
            if has == 1 { "" } else { "s" },
            short(draft, year),
            short(publish, year)
        )
    };
    out.push(Finding {
        code: Code::TightReviewWindow,
        severity,
        subject: subject(d),
        message,
        fix: if latest >= today && d.status < DeliverableStatus::DraftSubmitted {
            format!(
                "Ask for the draft by {} or move publish later.",
                short(latest, year)
            )
        } else {
            // Too late for an earlier draft: publish moves to leave the review its days
            // after the draft (or after today, when the draft is not in yet and overdue).
            let from = if d.status < DeliverableStatus::DraftSubmitted {
                draft.max(today)
            } else {
                draft
            };
            let mut earliest = add_days(from, 1);
            while business_days_between(from, earliest) < needs && earliest < add_days(from, 60) {
                earliest = add_days(earliest, 1);
            }
            format!(
                "Move publish to {} or later.",
                short(earliest.max(today), year)
            )
        },
    });
}

/// `dates-out-of-order`: publish before draft due, or draft due before brief sent.
pub fn dates_out_of_order(d: &Deliverable, out: &mut Vec<Finding>) {
    let mut problems = Vec::new();
    if let (Some(draft), Some(publish)) = (d.draft_due, d.publish)
        && publish < draft
    {
        problems.push(format!(
            "publish ({}) is before the draft is due ({})",
            publish, draft
        ));
    }
    if let (Some(brief), Some(draft)) = (d.brief_sent, d.draft_due)
        && draft < brief
    {
        problems.push(format!(
            "the draft is due ({}) before the brief is sent ({})",
            draft, brief
        ));
    }
    if let (Some(brief), Some(publish), None) = (d.brief_sent, d.publish, d.draft_due)
        && publish < brief
    {
        problems.push(format!(
            "publish ({publish}) is before the brief is sent ({brief})"
        ));
    }
    if problems.is_empty() {
        return;
    }
    out.push(Finding {
        code: Code::DatesOutOfOrder,
        severity: Severity::Error,
        subject: subject(d),
        message: format!("In \"{}\", {}.", d.title, problems.join(" and ")),
        fix: "Put the dates in order: brief sent, then draft due, then publish.".to_string(),
    });
}

/// `overdue`: a planned date has passed and its step is not done. Reports the furthest
/// step that is late (publish, else draft, else brief).
pub fn overdue(d: &Deliverable, today: NaiveDate, out: &mut Vec<Finding>) {
    let steps = [
        (
            d.publish,
            DeliverableStatus::Published,
            "published",
            "Publish",
        ),
        (
            d.draft_due,
            DeliverableStatus::DraftSubmitted,
            "draft submitted",
            "The draft",
        ),
        (
            d.brief_sent,
            DeliverableStatus::BriefSent,
            "brief sent",
            "The brief",
        ),
    ];
    for (date, done_at, done_word, step) in steps {
        let Some(date) = date else { continue };
        if date < today && d.status < done_at {
            let late = days_between(date, today);
            out.push(Finding {
                code: Code::Overdue,
                severity: Severity::Warning,
                subject: subject(d),
                message: format!(
                    "{step} of \"{}\" was due {} and is {late} day{} late (status: {}).",
                    d.title,
                    short(date, today.year()),
                    if late == 1 { "" } else { "s" },
                    d.status.label()
                ),
                fix: format!(
                    "Check in with the creator, then mark it {done_word} or agree a new date."
                ),
            });
            return;
        }
    }
}

/// Runs every timeline check on every deliverable that is not cancelled.
pub fn check(project: &Project, today: NaiveDate, out: &mut Vec<Finding>) {
    for d in &project.deliverables {
        if d.status != DeliverableStatus::Cancelled {
            deliverable(project, d, today, out);
        }
    }
}

/// The codes [`deliverable`] can give: what a live run replaces while a bar is dragged.
pub const DELIVERABLE_CODES: [Code; 4] = [
    Code::DatesOutOfOrder,
    Code::TightLeadTime,
    Code::TightReviewWindow,
    Code::Overdue,
];

/// The checks of one deliverable on its own (date order, lead time, review window,
/// overdue), as [`check`] runs them; the timeline runs them live while a bar is dragged.
pub fn deliverable(project: &Project, d: &Deliverable, today: NaiveDate, out: &mut Vec<Finding>) {
    let settings = &project.info.settings;
    dates_out_of_order(d, out);
    tight_lead_time(d, settings, today, out);
    tight_review_window(d, settings, today, out);
    overdue(d, today, out);
}
