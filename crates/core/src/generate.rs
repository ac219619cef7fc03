//! Generated projects of any size, shaped like an agency's real year rather than a grid:
//! a few creators with most of the work, campaigns of very different sizes, bursts of
//! publish dates around launches, ambassadors with long contact histories, notes of real
//! length in several scripts, cost lines with long change histories, a quarter of the
//! deliverables published, invoices overdue. The same factor and seed give the same
//! project. `rapport generate` writes one; the benchmark measures them.

use crate::model::id::kind::Kind;
use crate::model::{
    Campaign, Compensation, Contact, ContactKind, ContentType, Contract, CostCategory, CostChange,
    CostLine, CostStatus, Deliverable, DeliverableStatus, Handle, Id, Influencer, InfluencerId,
    Money, Participant, Platform, Project, Rate, Stage, Tracking,
};
use chrono::{Duration, NaiveDate};

/// The counts at factor 1: an agency's year in one file (the product brief's target).
pub const AGENCY: Counts = Counts {
    influencers: 2_000,
    campaigns: 20,
    deliverables: 20_000,
    cost_lines: 40_000,
    contacts: 60_000,
};

/// How many records of each kind a generated project has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Influencers in the roster.
    pub influencers: usize,
    /// Campaigns.
    pub campaigns: usize,
    /// Deliverables across all campaigns.
    pub deliverables: usize,
    /// Cost lines across all campaigns.
    pub cost_lines: usize,
    /// Contact entries across all influencers (about).
    pub contacts: usize,
}

impl Counts {
    /// The agency counts times `factor` (at least one influencer and one campaign).
    pub fn times(factor: f64) -> Counts {
        let of = |n: usize| ((n as f64) * factor.max(0.0)).round() as usize;
        Counts {
            influencers: of(AGENCY.influencers).max(1),
            campaigns: of(AGENCY.campaigns).max(1),
            deliverables: of(AGENCY.deliverables),
            cost_lines: of(AGENCY.cost_lines),
            contacts: of(AGENCY.contacts),
        }
    }
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
    "Ayşe",
    "Nguyễn",
    "Łucja",
    "Giulia",
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
    "Yıldırım",
    "Thu Hà",
    "Wiśniewska",
    "Ferraro",
];
/// Pieces of notes in several scripts, repeated to real lengths.
const NOTES: &[&str] = &[
    "Loves slow skincare and honest reviews; prefers a call before any brief. ",
    "喜欢真实测评，不接受脚本化的内容，沟通请用微信。",
    "Предпочитает письма, отвечает в течение двух дней; не любит правки в последний момент. ",
    "리뷰는 솔직하게, 촬영 전 제품을 최소 2주 사용하고 싶어 함. ",
    "تفضل التواصل عبر البريد الإلكتروني وتحب المحتوى العائلي. ",
    "Ha chiesto di non pubblicare durante il ramadan; molto attenta alla disclosure. ",
];
const REASONS: &[&str] = &[
    "Extra story added",
    "Usage extended to 6 months",
    "Shipping rates went up",
    "Second round of edits agreed",
    "",
    "Moved budget from contingency",
];

/// A deterministic random source with the few shapes the generator needs.
struct Dice(fastrand::Rng);

impl Dice {
    /// An index below `n` where low indices are much more likely (`power` > 1 skews more).
    fn skewed(&mut self, n: usize, power: i32) -> usize {
        let u = self.0.f64().powi(power);
        ((u * n as f64) as usize).min(n.saturating_sub(1))
    }

    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n.max(1))
    }

    fn chance(&mut self, p: f64) -> bool {
        self.0.f64() < p
    }

    fn id<K: Kind>(&mut self) -> Id<K> {
        Id::with_body(|| self.0.usize(..31))
    }

    fn note(&mut self, pieces: usize) -> String {
        (0..pieces)
            .map(|_| NOTES[self.below(NOTES.len())])
            .collect()
    }
}

/// A project of `factor` times the agency's year, the same for the same seed.
pub fn project(factor: f64, seed: u64) -> Project {
    let counts = Counts::times(factor);
    let mut dice = Dice(fastrand::Rng::with_seed(seed));
    // Two years of work, starting on a Monday.
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    let day = |n: i64| start + Duration::days(n.clamp(0, 730));
    let mut project = Project::new();
    project.info.name = format!("Agency year ×{factor}");
    project.info.brand = "Lumen Skin".into();

    let influencers: Vec<Influencer> = (0..counts.influencers)
        .map(|i| influencer(&mut dice, i, counts, &day))
        .collect();
    let mut campaigns: Vec<Campaign> = (0..counts.campaigns)
        .map(|c| {
            let begins = (c as i64 * 700) / counts.campaigns as i64;
            let mut campaign = Campaign::new(
                &format!("Campaign {c} — {}", LAST[c % LAST.len()]),
                day(begins),
                day(begins + 40 + dice.below(120) as i64),
            );
            campaign.id = dice.id();
            campaign.budget_cap = Money::from_units(50_000 + dice.below(900_000) as i64);
            if dice.chance(0.7) {
                campaign.baseline_approved = Some(day(begins + 5));
            }
            campaign.brief = dice.note(3);
            campaign
        })
        .collect();

    // Deliverables: skewed towards a few creators and a few campaigns, in bursts.
    let mut deliverables = Vec::with_capacity(counts.deliverables);
    for n in 0..counts.deliverables {
        let c = dice.skewed(campaigns.len(), 2);
        let who = &influencers[dice.skewed(influencers.len(), 3)];
        let content = ContentType::ALL[dice.below(ContentType::ALL.len())];
        let mut d = Deliverable::new(campaigns[c].id.clone(), who.id.clone(), "", content);
        d.id = dice.id();
        d.title = format!("{} {n} for {}", content.label(), campaigns[c].name);
        let launch = (campaigns[c].start - start).num_days() + 30;
        let publish = if dice.chance(0.4) {
            launch + dice.below(5) as i64 // the launch burst
        } else {
            launch - 20 + dice.below(140) as i64
        };
        let lead = 4 + dice.below(30) as i64;
        d.publish = Some(day(publish));
        d.brief_sent = dice.chance(0.95).then(|| day(publish - lead));
        d.draft_due = dice
            .chance(0.9)
            .then(|| day(publish - 1 - dice.below(6) as i64));
        d.status = if dice.chance(0.25) {
            DeliverableStatus::Published
        } else {
            DeliverableStatus::ALL[dice.below(DeliverableStatus::ALL.len())]
        };
        d.revisions_agreed = 2;
        d.revisions_used = dice.skewed(5, 2) as u32;
        d.compensation =
            [Compensation::Paid, Compensation::Paid, Compensation::Gifted][dice.below(3)];
        d.disclosure =
            ["#ad", "#ad", "sponsored", "", "#spon", "paid partnership"][dice.below(6)].into();
        d.ships_product = dice.chance(0.3);
        let campaign = &mut campaigns[c];
        if campaign.participant(&who.id).is_none() && campaign.participants.len() < 400 {
            campaign
                .participants
                .push(participant(&mut dice, &who.id, &day));
        }
        deliverables.push(d);
    }

    let cost_lines = (0..counts.cost_lines)
        .map(|n| cost_line(&mut dice, n, &campaigns, &influencers, &day))
        .collect();
    // Goals, targets and measured results, from dice of their own: the rest of the project
    // is the same as before results existed.
    let mut more = Dice(fastrand::Rng::with_seed(seed.wrapping_add(0x9E37_79B9)));
    measured(&mut more, &mut campaigns, &mut deliverables);
    project.influencers = influencers;
    project.campaigns = campaigns;
    project.deliverables = deliverables;
    project.cost_lines = cost_lines;
    project
}

/// Most campaigns have a goal and targets; most published deliverables were measured, a
/// few many times, with audiences from hundreds to millions (skewed, as real reach is).
fn measured(dice: &mut Dice, campaigns: &mut [Campaign], deliverables: &mut [Deliverable]) {
    use crate::model::results::{Goal, Measurement};
    for c in campaigns.iter_mut() {
        if dice.chance(0.8) {
            c.goal = Some(Goal::ALL[dice.below(Goal::ALL.len())]);
            c.targets.reach = Some(100_000 + dice.skewed(20_000_000, 3) as u64);
            c.targets.redemptions = dice.chance(0.6).then(|| 100 + dice.below(20_000) as u64);
            c.targets.revenue = dice
                .chance(0.4)
                .then(|| Money::from_units(10_000 + dice.below(500_000) as i64));
        }
    }
    for d in deliverables
        .iter_mut()
        .filter(|d| d.status == DeliverableStatus::Published)
    {
        if !dice.chance(0.7) {
            continue;
        }
        let Some(published) = d.publish else { continue };
        d.post_url = format!("https://www.instagram.com/reel/{}/", d.id.as_str());
        let base = 200 + dice.skewed(3_000_000, 4) as u64;
        for k in 0..1 + dice.skewed(8, 3) {
            let grown = base + base * k as u64 / 3;
            let mut m = Measurement::on(published + Duration::days(2 + 7 * k as i64));
            m.impressions = Some(grown * 13 / 10);
            m.reach = Some(grown);
            m.views = dice.chance(0.8).then_some(grown * 9 / 10);
            m.likes = Some(grown / (15 + dice.below(40) as u64));
            m.comments = Some(grown / (200 + dice.below(800) as u64));
            m.shares = dice.chance(0.6).then_some(grown / 500);
            m.saves = dice.chance(0.6).then_some(grown / 300);
            m.clicks = dice
                .chance(0.5)
                .then_some(grown / (50 + dice.below(200) as u64));
            m.redemptions = dice
                .chance(0.5)
                .then_some(grown / (500 + dice.below(3000) as u64));
            m.revenue = dice
                .chance(0.3)
                .then(|| Money::from_cents((grown as i64 / 20) * 3_200));
            d.results.push(m);
        }
    }
}

/// One influencer: ambassadors have long histories, most have a few contacts.
fn influencer(
    dice: &mut Dice,
    i: usize,
    counts: Counts,
    day: &impl Fn(i64) -> NaiveDate,
) -> Influencer {
    let name = format!(
        "{} {} {i}",
        FIRST[dice.below(FIRST.len())],
        LAST[dice.below(LAST.len())]
    );
    let mut inf = Influencer::new(&name);
    inf.id = dice.id();
    let followers = 2_000 + (dice.0.f64().powi(4) * 5_000_000.0) as u64;
    inf.handles = (0..1 + dice.skewed(4, 2))
        .map(|h| Handle {
            platform: Platform::ALL[(i + h * 3) % Platform::ALL.len()],
            handle: format!("creator{i}_{h}"),
            url: String::new(),
            followers: followers / (h as u64 + 1),
        })
        .collect();
    inf.engagement_rate = Some(0.5 + dice.below(90) as f32 / 10.0);
    inf.country =
        ["BR", "DE", "CN", "KR", "US", "GB", "FR", "AE", "TR", "VN"][dice.below(10)].into();
    inf.niches = vec![
        "skincare".into(),
        ["beauty", "wellness", "travel"][dice.below(3)].into(),
    ];
    inf.stage = if dice.chance(0.1) {
        Stage::Ambassador
    } else {
        Stage::ALL[dice.below(Stage::ALL.len())]
    };
    inf.owner = if dice.chance(0.95) {
        ["Marta Kowalczyk", "Jonas Brandt", "Leila Haddad"][dice.below(3)].into()
    } else {
        String::new()
    };
    inf.rate_card = vec![Rate {
        content: ContentType::ShortVideo,
        amount: Money::from_units(200 + (followers / 400) as i64),
    }];
    let pieces = 1 + dice.skewed(12, 2);
    inf.notes = dice.note(pieces);
    let pieces = 1 + dice.below(3);
    inf.personal.background = dice.note(pieces);
    let average = counts.contacts as f64 / counts.influencers as f64;
    let contacts = if inf.stage == Stage::Ambassador {
        (average * 3.0) as usize + dice.below(40)
    } else {
        dice.below((average * 1.6) as usize + 1)
    };
    inf.contacts = (0..contacts)
        .map(|c| Contact {
            date: day((c as i64 * 731) / contacts.max(1) as i64),
            kind: ContactKind::ALL[dice.below(ContactKind::ALL.len())],
            summary: dice.note(1),
        })
        .collect();
    inf
}

/// A participant with a contract that is complete most of the time.
fn participant(
    dice: &mut Dice,
    who: &InfluencerId,
    day: &impl Fn(i64) -> NaiveDate,
) -> Participant {
    let complete = dice.chance(0.8);
    let mut p = Participant::new(who.clone());
    p.contract = Contract {
        signed: complete.then(|| day(dice.below(700) as i64)),
        deliverables: true,
        compensation: true,
        disclosure: complete,
        usage_rights: complete,
        exclusivity: dice.chance(0.7),
        payment_terms: true,
        payment_terms_days: Some([30, 45, 60][dice.below(3)]),
    };
    if dice.chance(0.8) {
        p.tracking = Tracking {
            code: format!("{}{}", who.as_str().to_uppercase(), dice.below(100)),
            ..Tracking::default()
        };
    }
    p
}

/// One cost line: mostly for the busiest creators, some with long change histories,
/// invoices spread over the two years (so some are overdue).
fn cost_line(
    dice: &mut Dice,
    n: usize,
    campaigns: &[Campaign],
    influencers: &[Influencer],
    day: &impl Fn(i64) -> NaiveDate,
) -> CostLine {
    let campaign = &campaigns[dice.skewed(campaigns.len(), 2)];
    let category = CostCategory::ALL[dice.skewed(CostCategory::ALL.len(), 2)];
    let amount = Money::from_cents(5_000 + (dice.0.f64().powi(3) * 2_000_000.0) as i64);
    let mut line = CostLine::new(campaign.id.clone(), category, amount);
    line.id = dice.id();
    line.influencer = dice
        .chance(0.85)
        .then(|| influencers[dice.skewed(influencers.len(), 3)].id.clone());
    line.description = format!("{} {n}", category.label());
    line.status = CostStatus::ALL[dice.below(CostStatus::ALL.len())];
    if matches!(line.status, CostStatus::Invoiced | CostStatus::Paid) {
        let invoiced = dice.below(720) as i64;
        line.invoice_date = Some(day(invoiced));
        if line.status == CostStatus::Paid {
            line.paid_date = Some(day(invoiced + 10 + dice.below(60) as i64));
        }
    }
    if campaign.baseline_approved.is_some() && dice.chance(0.25) {
        let steps = if dice.chance(0.1) {
            5 + dice.below(15)
        } else {
            1
        };
        let mut at = line.amount;
        let mut changes = Vec::with_capacity(steps);
        for s in 0..steps {
            let to = at
                .saturating_add(Money::from_units(dice.below(400) as i64 - 150))
                .max(Money::ZERO);
            changes.push(CostChange {
                date: day((s * 30 + dice.below(30)) as i64),
                from: at,
                to,
                reason: REASONS[dice.below(REASONS.len())].into(),
                told: dice.chance(0.6),
            });
            at = to;
        }
        line.baseline = Some(line.amount);
        line.amount = at;
        line.changes = changes;
    } else if campaign.baseline_approved.is_some() {
        line.baseline = Some(line.amount);
    }
    if line.status == CostStatus::Cancelled && line.baseline.is_some() {
        // Rapport records a cancellation in an approved budget as a change to 0.
        line.changes.push(CostChange {
            date: day(700),
            from: line.amount,
            to: Money::ZERO,
            reason: "Cancelled".into(),
            told: true,
        });
    }
    line
}
