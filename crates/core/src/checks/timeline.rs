//! Timeline checks: lead time, review window, date order, overdue steps.

use super::dates::{add_days, business_days_between, days_between};
use super::finding::{Code, Finding, Severity};
use crate::i18n::{Arg, Text};
use crate::model::{ContentType, Deliverable, DeliverableStatus, Project, Settings};
use chrono::{Datelike, NaiveDate};

/// A noun for a content type at the start of a sentence ("A short video needs …").
fn noun(content: ContentType) -> Text {
    Text::new(match content {
        ContentType::Story => "noun-story",
        ContentType::FeedPost => "noun-feed-post",
        ContentType::ShortVideo => "noun-short-video",
        ContentType::LongVideo => "noun-long-video",
        ContentType::Blog => "noun-blog",
        ContentType::Podcast => "noun-podcast",
        ContentType::LiveEvent => "noun-live-event",
        ContentType::Other => "noun-other",
    })
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
    let message = if extra > 0 {
        Text::new("tight-lead-time-shipping")
            .arg("base", base)
            .arg("extra", extra)
    } else {
        Text::new("tight-lead-time")
    };
    out.push(Finding {
        code: Code::TightLeadTime,
        severity,
        subject: subject(d),
        message: message
            .arg("noun", noun(d.content))
            .arg("needs", needs)
            .arg("title", Arg::quoted(&d.title))
            .arg("has", has),
        fix: {
            // Only what is still possible as of today: a brief not sent yet cannot go out
            // before today, and publish never moves into the past.
            let sent = d.status >= DeliverableStatus::BriefSent;
            let from = if sent { brief } else { brief.max(today) };
            let later = add_days(from, needs).max(today);
            let brief_by = add_days(publish, -needs);
            if !sent && brief_by >= today {
                Text::new("fix-move-publish-or-brief")
                    .date("publish", later, year)
                    .date("brief", brief_by, year)
            } else {
                Text::new("fix-move-publish").date("publish", later, year)
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
        Text::new("tight-review-window-reversed")
    } else {
        Text::new("tight-review-window").arg("has", has)
    }
    .arg("title", Arg::quoted(&d.title))
    .date("publish", publish, year)
    .date("draft", draft, year)
    .arg("needs", needs);
    out.push(Finding {
        code: Code::TightReviewWindow,
        severity,
        subject: subject(d),
        message,
        fix: if latest >= today && d.status < DeliverableStatus::DraftSubmitted {
            Text::new("fix-ask-draft-by").date("draft", latest, year)
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
            Text::new("fix-move-publish").date("publish", earliest.max(today), year)
        },
    });
}

/// `dates-out-of-order`: publish before draft due, or draft due before brief sent.
pub fn dates_out_of_order(d: &Deliverable, out: &mut Vec<Finding>) {
    let mut problems: Vec<Arg> = Vec::new();
    let iso = |date: NaiveDate| Arg::from(date.to_string());
    if let (Some(draft), Some(publish)) = (d.draft_due, d.publish)
        && publish < draft
    {
        problems.push(
            Text::new("order-publish-before-draft")
                .arg("publish", iso(publish))
                .arg("draft", iso(draft))
                .into(),
        );
    }
    if let (Some(brief), Some(draft)) = (d.brief_sent, d.draft_due)
        && draft < brief
    {
        problems.push(
            Text::new("order-draft-before-brief")
                .arg("draft", iso(draft))
                .arg("brief", iso(brief))
                .into(),
        );
    }
    if let (Some(brief), Some(publish), None) = (d.brief_sent, d.publish, d.draft_due)
        && publish < brief
    {
        problems.push(
            Text::new("order-publish-before-brief")
                .arg("publish", iso(publish))
                .arg("brief", iso(brief))
                .into(),
        );
    }
    if problems.is_empty() {
        return;
    }
    out.push(Finding {
        code: Code::DatesOutOfOrder,
        severity: Severity::Error,
        subject: subject(d),
        message: Text::new("dates-out-of-order")
            .arg("title", Arg::quoted(&d.title))
            .arg("problems", Arg::and(problems)),
        fix: Text::new("dates-out-of-order-fix"),
    });
}

/// `overdue`: a planned date has passed and its step is not done. Reports the furthest
/// step that is late (publish, else draft, else brief).
pub fn overdue(d: &Deliverable, today: NaiveDate, out: &mut Vec<Finding>) {
    let steps = [
        (d.publish, DeliverableStatus::Published, "overdue-publish"),
        (
            d.draft_due,
            DeliverableStatus::DraftSubmitted,
            "overdue-draft",
        ),
        (d.brief_sent, DeliverableStatus::BriefSent, "overdue-brief"),
    ];
    for (date, done_at, id) in steps {
        let Some(date) = date else { continue };
        if date < today && d.status < done_at {
            let late = days_between(date, today);
            out.push(Finding {
                code: Code::Overdue,
                severity: Severity::Warning,
                subject: subject(d),
                message: Text::new(id)
                    .arg("title", Arg::quoted(&d.title))
                    .date("date", date, today.year())
                    .arg("late", late)
                    .arg("status", d.status.term()),
                fix: Text::new("overdue-fix").arg("done", done_at.lower_term()),
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
