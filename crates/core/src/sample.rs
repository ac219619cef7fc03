//! A generated project of any size, for benchmarks and scale tests: realistic shapes
//! (names in several scripts, handles, contacts, deliverables with dates, cost lines with
//! changes), deterministic for a given seed.

use crate::model::{
    Campaign, Compensation, Contact, ContactKind, ContentType, CostCategory, CostChange, CostLine,
    CostStatus, Deliverable, DeliverableStatus, Handle, Id, Influencer, Money, Participant,
    Platform, Project, Stage,
};
use chrono::{Duration, NaiveDate};

/// How big a generated project is.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    /// Influencers in the roster.
    pub influencers: usize,
    /// Campaigns.
    pub campaigns: usize,
    /// Deliverables across all campaigns.
    pub deliverables: usize,
    /// Cost lines across all campaigns.
    pub cost_lines: usize,
    /// Contact entries across all influencers.
    pub contacts: usize,
}

impl Scale {
    /// An agency's year in one file (the product brief's target).
    pub const AGENCY: Scale = Scale {
        influencers: 2_000,
        campaigns: 20,
        deliverables: 20_000,
        cost_lines: 40_000,
        contacts: 60_000,
    };
}

const FIRST: &[&str] = &[
    "Ana",
    "林",
    "Алина",
    "Zoë",
    "Kofi",
    "김",
    "ليلى",
    "Søren",
    "Inés",
    "佐藤",
    "Mia",
    "Chloé",
];
const LAST: &[&str] = &[
    "Lima",
    "小雨",
    "Морозова",
    "Van den Berghe",
    "Mensah",
    "서연",
    "منصور",
    "Bjørnsen",
    "Peña",
    "美咲",
    "Hoffmann",
    "Marchand",
];

/// A project of the given scale, the same for the same seed.
pub fn project(scale: Scale, seed: u64) -> Project {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut id = |prefix: &str| {
        let body: String = (0..8)
            .map(|_| char::from(b"23456789abcdefghjkmnpqrstuvwxyz"[rng.usize(..31)]))
            .collect();
        Id(format!("{prefix}-{body}"))
    };
    let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
    let day = |n: usize| start + Duration::days(n as i64);
    let mut project = Project::new();
    project.info.name = "Agency year".to_string();

    let per_influencer_contacts = scale.contacts / scale.influencers.max(1);
    let mut influencers = Vec::with_capacity(scale.influencers);
    for i in 0..scale.influencers {
        let mut inf = Influencer::new(&format!(
            "{} {} {i}",
            FIRST[i % FIRST.len()],
            LAST[(i / 7) % LAST.len()]
        ));
        inf.id = id("inf");
        inf.handles = vec![
            Handle {
                platform: Platform::Instagram,
                handle: format!("creator{i}"),
                url: format!("https://instagram.com/creator{i}"),
                followers: 5_000 + (i as u64 * 7_919) % 2_000_000,
            },
            Handle {
                platform: Platform::TikTok,
                handle: format!("creator{i}.tt"),
                url: String::new(),
                followers: 1_000 + (i as u64 * 104_729) % 900_000,
            },
        ];
        inf.engagement_rate = Some(1.0 + (i % 70) as f32 / 10.0);
        inf.country = ["BR", "DE", "CN", "KR", "US", "GB", "FR", "AE"][i % 8].to_string();
        inf.niches = vec!["beauty".into(), "skincare".into()];
        inf.stage = Stage::ALL[i % Stage::ALL.len()];
        inf.owner = ["Marta", "Jonas", "Leila"][i % 3].to_string();
        inf.contacts = (0..per_influencer_contacts)
            .map(|c| Contact {
                date: day((i + c * 11) % 360),
                kind: ContactKind::ALL[c % ContactKind::ALL.len()],
                summary: format!("Check-in {c} about the spring plan"),
            })
            .collect();
        influencers.push(inf);
    }
    let mut campaigns = Vec::with_capacity(scale.campaigns);
    for c in 0..scale.campaigns {
        let mut campaign = Campaign::new(&format!("Campaign {c}"), day(c * 15), day(c * 15 + 75));
        campaign.id = id("cmp");
        campaign.budget_cap = Money::from_units(400_000);
        let per = influencers.len().clamp(1, 100);
        campaign.participants = (0..per)
            .filter_map(|k| influencers.get((c * per + k) % influencers.len().max(1)))
            .map(|i| Participant {
                influencer: i.id.clone(),
                contract: Default::default(),
                tracking: Default::default(),
                costs_not_needed: Vec::new(),
            })
            .collect();
        campaigns.push(campaign);
    }
    let mut deliverables = Vec::with_capacity(scale.deliverables);
    for n in 0..scale.deliverables {
        let Some(campaign) = campaigns.get(n % campaigns.len().max(1)) else {
            continue;
        };
        let Some(who) = campaign
            .participants
            .get((n / campaigns.len().max(1)) % campaign.participants.len().max(1))
            .map(|p| &p.influencer)
        else {
            continue;
        };
        let content = ContentType::ALL[n % ContentType::ALL.len()];
        let mut d = Deliverable::new(
            campaign.id.clone(),
            who.clone(),
            &format!("Post {n}"),
            content,
        );
        d.id = id("dlv");
        let brief = (n % 60) + (n % campaigns.len().max(1)) * 15;
        d.brief_sent = Some(day(brief));
        d.draft_due = Some(day(brief + 6 + n % 9));
        d.publish = Some(day(brief + 10 + n % 20));
        d.status = DeliverableStatus::ALL[n % 7];
        d.disclosure = "#ad".into();
        d.compensation = Compensation::Paid;
        d.ships_product = n % 5 == 0;
        deliverables.push(d);
    }
    const REASONS: [&str; 4] = [
        "Extra story",
        "Usage extended",
        "Shipping rates",
        "Second round of edits",
    ];
    let mut cost_lines = Vec::with_capacity(scale.cost_lines);
    for n in 0..scale.cost_lines {
        let Some(campaign) = campaigns.get(n % campaigns.len().max(1)) else {
            continue;
        };
        let mut line = CostLine::new(
            campaign.id.clone(),
            CostCategory::ALL[n % CostCategory::ALL.len()],
            Money::from_cents(10_000 + (n as i64 * 7_777) % 900_000),
        );
        line.id = id("cst");
        line.influencer = campaign
            .participants
            .get(n % 100)
            .map(|p| p.influencer.clone());
        line.description = format!("Line {n}");
        line.status = CostStatus::ALL[n % CostStatus::ALL.len()];
        if matches!(line.status, CostStatus::Invoiced | CostStatus::Paid) {
            // Invoices over four months; paid 10 to 59 days later, some of them late.
            let invoiced = day(n % 120);
            line.invoice_date = Some(invoiced);
            if line.status == CostStatus::Paid {
                line.paid_date = Some(invoiced + Duration::days(10 + (n % 50) as i64));
            }
        }
        if n % 4 == 0 {
            let before = line.amount - Money::from_units(50);
            line.baseline = Some(before);
            line.changes = vec![CostChange {
                date: day(n % 90),
                from: before,
                to: line.amount,
                reason: REASONS[(n / 4) % REASONS.len()].into(),
                told: n % 8 == 0,
            }];
        }
        cost_lines.push(line);
    }
    project.influencers = influencers;
    project.campaigns = campaigns;
    project.deliverables = deliverables;
    project.cost_lines = cost_lines;
    project
}
