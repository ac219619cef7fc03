//! Projects as hostile as memory allows (a file can hold less: reading refuses dates
//! outside 1900–2200 and amounts over ten billion): dates at the ends of the calendar,
//! amounts at the ends of the arithmetic, references to records that do not exist,
//! duplicate ids, empty and megabyte strings, crowds of deliverables on one day. Both
//! suites run everything on them: every check, every command, one frame of every view.

use chrono::NaiveDate;
use proptest::prelude::*;
use rapport_core::model::{
    Campaign, CampaignId, ContentType, CostCategory, CostChange, CostLine, CostStatus, Deliverable,
    DeliverableStatus, Id, Influencer, InfluencerId, Money, Participant, PlanChange, Project,
};

/// One influencer in one campaign (from the calendar's first day to its last, with a cap
/// and each fee line at the arithmetic's limit) with an agreed deliverable and an invoiced
/// fee on each of `days`.
pub fn on_days(days: &[NaiveDate]) -> Project {
    let mut project = Project::new();
    let ana = Influencer::new("Ana");
    let mut campaign = Campaign::new("Edge", NaiveDate::MIN, NaiveDate::MAX);
    campaign.budget_cap = Money::from_cents(i64::MAX);
    campaign.participants.push(Participant::new(ana.id.clone()));
    campaign.targets.views = Some(u64::MAX);
    campaign.targets.revenue = Some(Money::from_cents(i64::MIN));
    for (i, day) in days.iter().enumerate() {
        let mut d = Deliverable::new(
            campaign.id.clone(),
            ana.id.clone(),
            &format!("Post {i}"),
            ContentType::FeedPost,
        );
        d.brief_sent = Some(*day);
        d.draft_due = Some(*day);
        d.publish = Some(*day);
        d.status = DeliverableStatus::Agreed;
        // A reading at the limits of a count and of an amount, on the same day.
        let mut m = rapport_core::model::Measurement::on(*day);
        m.views = Some(u64::MAX);
        m.clicks = Some(u64::MAX);
        m.revenue = Some(Money::from_cents(i64::MAX));
        d.results.push(m);
        project.deliverables.push(d);
        let mut line = CostLine::new(
            campaign.id.clone(),
            CostCategory::CreatorFee,
            Money::from_cents(i64::MAX),
        );
        line.influencer = Some(ana.id.clone());
        line.invoice_date = Some(*day);
        line.status = CostStatus::Invoiced;
        project.cost_lines.push(line);
    }
    project.influencers.push(ana);
    project.campaigns.push(campaign);
    project
}

/// The knobs of one hostile project.
#[derive(Debug, Clone)]
pub struct Knobs {
    /// The dates used, round-robin.
    pub dates: Vec<NaiveDate>,
    /// The amounts used (cents), round-robin.
    pub amounts: Vec<i64>,
    /// Deliverables (most on the first date: a crowd).
    pub deliverables: usize,
    /// Records point at a campaign, an influencer and a deliverable that do not exist.
    pub dangling: bool,
    /// Two influencers and two cost lines share an id.
    pub duplicate: bool,
    /// The length of the longest note (0, or a megabyte).
    pub long_text: usize,
    /// Names are empty.
    pub empty_names: bool,
}

/// A date from the ends of the calendar, the ends of what a file holds, or an ordinary one.
pub fn date() -> impl Strategy<Value = NaiveDate> {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (0u64..10).prop_map(|k| NaiveDate::MIN + chrono::Days::new(k)),
        (0u64..10).prop_map(|k| NaiveDate::MAX - chrono::Days::new(k)),
        Just(day(1900, 1, 1)),
        Just(day(2200, 12, 31)),
        (0u64..3650).prop_map(move |k| day(2022, 1, 1) + chrono::Days::new(k)),
    ]
}

/// An amount in cents from the ends of the arithmetic or an ordinary one.
pub fn amount() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(0i64),
        Just(i64::MAX),
        Just(i64::MIN),
        Just(Money::LIMIT.cents()),
        Just(-Money::LIMIT.cents()),
        -1_000_000i64..1_000_000,
    ]
}

/// Any set of knobs.
pub fn knobs() -> impl Strategy<Value = Knobs> {
    (
        prop::collection::vec(date(), 1..6),
        prop::collection::vec(amount(), 1..6),
        prop_oneof![0usize..8, Just(300usize)],
        any::<bool>(),
        any::<bool>(),
        prop_oneof![Just(0usize), Just(1_000_000usize)],
        any::<bool>(),
    )
        .prop_map(
            |(dates, amounts, deliverables, dangling, duplicate, long_text, empty_names)| Knobs {
                dates,
                amounts,
                deliverables,
                dangling,
                duplicate,
                long_text,
                empty_names,
            },
        )
}

/// The project the knobs describe.
pub fn project(k: &Knobs) -> Project {
    let date = |i: usize| k.dates[i % k.dates.len()];
    let money = |i: usize| Money::from_cents(k.amounts[i % k.amounts.len()]);
    let name = |text: &str| {
        if k.empty_names {
            String::new()
        } else {
            text.to_string()
        }
    };
    let mut p = Project::new();
    let mut ana = Influencer::new(&name("Ana"));
    ana.notes = "x".repeat(k.long_text);
    let bo = Influencer::new(&name("Bo"));
    let mut c = Campaign::new(&name("Edge"), date(0), date(1));
    c.budget_cap = money(0);
    c.baseline_approved = Some(date(2));
    c.targets.views = Some(u64::MAX);
    c.targets.revenue = Some(money(3));
    c.participants.push(Participant::new(ana.id.clone()));
    c.participants.push(Participant::new(bo.id.clone()));
    for i in 0..k.deliverables {
        let who = if i % 3 == 2 { &bo } else { &ana };
        let mut d = Deliverable::new(
            c.id.clone(),
            who.id.clone(),
            &name("Post"),
            ContentType::FeedPost,
        );
        // Most on the first date: a crowd on one day.
        let day = if i % 4 == 0 { date(i) } else { date(0) };
        d.brief_sent = Some(date(i + 1));
        d.draft_due = Some(day);
        d.publish = Some(day);
        d.status = [DeliverableStatus::Agreed, DeliverableStatus::Published][i % 2];
        // Readings on the knobs' dates, some at the limits, some of one day.
        for r in 0..(i % 3) {
            let mut m = rapport_core::model::Measurement::on(date(i + r));
            m.views = Some([u64::MAX, 0, 1_234][(i + r) % 3]);
            m.revenue = Some(money(i + r));
            d.results.push(m);
        }
        p.deliverables.push(d);
    }
    for i in 0..4 {
        let mut line = CostLine::new(
            c.id.clone(),
            CostCategory::ALL[i % CostCategory::ALL.len()],
            money(i),
        );
        line.influencer = Some(ana.id.clone());
        line.baseline = Some(money(i + 1));
        line.invoice_date = Some(date(i));
        line.status = CostStatus::Invoiced;
        line.changes.push(CostChange {
            date: date(i),
            from: money(i + 2),
            to: money(i + 3),
            reason: String::new(),
            told: false,
        });
        p.cost_lines.push(line);
    }
    if let Some(first) = p.deliverables.first() {
        p.plan_changes.push(PlanChange {
            id: Id::from("chg-1"),
            deliverable: first.id.clone(),
            date: date(3),
            what: rapport_core::model::PlanField::Publish,
            from: date(0).to_string(),
            to: date(1).to_string(),
            told: false,
        });
    }
    if k.dangling {
        let mut lost = Deliverable::new(
            CampaignId::from("cmp-gone"),
            InfluencerId::from("inf-gone"),
            "Lost",
            ContentType::Story,
        );
        lost.publish = Some(date(0));
        p.deliverables.push(lost);
        p.plan_changes.push(PlanChange {
            id: Id::from("chg-gone"),
            deliverable: Id::from("dlv-gone"),
            date: date(0),
            what: rapport_core::model::PlanField::Title,
            from: String::new(),
            to: String::new(),
            told: false,
        });
    }
    if k.duplicate {
        let mut twin = Influencer::new("Twin");
        twin.id = ana.id.clone();
        p.influencers.push(twin);
        if let Some(line) = p.cost_lines.first().cloned() {
            p.cost_lines.push(line);
        }
    }
    p.influencers.insert(0, ana);
    p.influencers.push(bo);
    p.campaigns.push(c);
    p
}
