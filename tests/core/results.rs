//! The results report: targets against actuals, and what results cost, to the cent, on a
//! small campaign whose every figure is worked out by hand here.

use crate::support::d;
use rapport_core::model::results_report::per;
use rapport_core::model::{
    Campaign, ContentType, CostCategory, CostLine, CostStatus, Deliverable, DeliverableStatus,
    Goal, Influencer, Kpi, KpiValue, Measurement, Money, Participant, Project, results_report,
};

fn reading(date: &str, f: impl FnOnce(&mut Measurement)) -> Measurement {
    let mut m = Measurement::on(d(date));
    f(&mut m);
    m
}

/// Ana: 3,000.00 committed + 200.00 paid (+ 999.00 estimated, not counted) for two posts.
/// Ben: 1,000.00 invoiced for one post, measured twice. Cleo: a participant with no cost.
fn project() -> Project {
    let mut p = Project::new();
    let mut c = Campaign::new("Glow", d("2027-03-01"), d("2027-04-30"));
    c.goal = Some(Goal::Conversion);
    c.targets.redemptions = Some(400);
    c.targets.reach = Some(100_000);
    c.targets.revenue = Some(Money::from_units(20_000));
    let (ana, ben, cleo) = (
        Influencer::new("Ana"),
        Influencer::new("Ben"),
        Influencer::new("Cleo"),
    );
    for i in [&ana, &ben, &cleo] {
        c.participants.push(Participant::new(i.id.clone()));
    }
    let line = |who: &Influencer, cents: i64, status: CostStatus| {
        let mut l = CostLine::new(
            c.id.clone(),
            CostCategory::CreatorFee,
            Money::from_cents(cents),
        );
        l.influencer = Some(who.id.clone());
        l.status = status;
        l
    };
    p.cost_lines = vec![
        line(&ana, 300_000, CostStatus::Committed),
        line(&ana, 20_000, CostStatus::Paid),
        line(&ana, 99_900, CostStatus::Estimated),
        line(&ben, 100_000, CostStatus::Invoiced),
        line(&ben, 50_000, CostStatus::Cancelled),
    ];
    // An agency fee: the campaign's cost, no creator's.
    let mut fee = CostLine::new(
        c.id.clone(),
        CostCategory::AgencyFee,
        Money::from_units(500),
    );
    fee.status = CostStatus::Committed;
    p.cost_lines.push(fee);
    let post = |who: &Influencer, title: &str| {
        let mut x = Deliverable::new(c.id.clone(), who.id.clone(), title, ContentType::ShortVideo);
        x.status = DeliverableStatus::Published;
        x
    };
    let mut a1 = post(&ana, "Reel");
    a1.results.push(reading("2027-04-02", |m| {
        m.impressions = Some(60_000);
        m.reach = Some(40_000);
        m.likes = Some(2_000);
        m.comments = Some(150);
        m.clicks = Some(700);
        m.redemptions = Some(90);
        m.revenue = Some(Money::from_cents(450_050));
    }));
    let mut a2 = post(&ana, "Stories");
    a2.results.push(reading("2027-04-03", |m| {
        m.impressions = Some(20_000);
        m.reach = Some(15_000);
        m.likes = Some(300);
        m.redemptions = Some(30);
    }));
    let mut b1 = post(&ben, "Video");
    // Measured twice: the newest counts, whatever the order in the file.
    b1.results.push(reading("2027-04-20", |m| {
        m.impressions = Some(30_000);
        m.reach = Some(25_000);
        m.likes = Some(900);
        m.redemptions = Some(60);
    }));
    b1.results.push(reading("2027-04-05", |m| {
        m.impressions = Some(10_000);
        m.redemptions = Some(5);
    }));
    let mut b2 = post(&ben, "Cancelled post");
    b2.status = DeliverableStatus::Cancelled;
    p.deliverables = vec![a1, a2, b1, b2];
    p.influencers = vec![ana, ben, cleo];
    p.campaigns = vec![c];
    p
}

#[test]
fn money_divides_to_the_cent_and_by_zero_gives_nothing() {
    let m = Money::from_cents;
    assert_eq!(per(m(320_000), 1000, 80_000), Some(m(4_000)));
    // 1,000.00 / 3 = 333.333… → 333.33; 2.00 / 3 = 0.666… → 0.67.
    assert_eq!(per(m(100_000), 1, 3), Some(m(33_333)));
    assert_eq!(per(m(200), 1, 3), Some(m(67)));
    assert_eq!(per(m(-200), 1, 3), Some(m(-67)));
    assert_eq!(per(m(100_000), 1, 0), None);
}

#[test]
fn a_campaign_against_its_targets_and_what_each_result_cost() {
    let p = project();
    let r = results_report(&p, None);
    assert_eq!(r.len(), 1);
    let c = &r[0];
    // 3,000 + 200 (Ana) + 1,000 (Ben) + 500 (agency): estimates and cancelled lines not.
    assert_eq!(c.cost, Money::from_units(4_700));
    assert_eq!(c.leading, Kpi::Redemptions);
    // Totals of the newest readings: Ben's 20 April one, not 5 April.
    assert_eq!(c.figures.impressions, Some(110_000));
    assert_eq!(c.figures.reach, Some(80_000));
    assert_eq!(c.figures.redemptions, Some(180));
    assert_eq!(
        c.figures.get(Kpi::Engagements),
        Some(KpiValue::Count(2_000 + 150 + 300 + 900))
    );
    // Progress, in the order of Kpi::ALL: reach, redemptions, revenue.
    let kpis: Vec<Kpi> = c.progress.iter().map(|x| x.kpi).collect();
    assert_eq!(kpis, [Kpi::Reach, Kpi::Redemptions, Kpi::Revenue]);
    assert_eq!(c.progress[0].fraction, Some(0.8));
    assert_eq!(c.progress[1].fraction, Some(0.45));
    assert_eq!(
        c.progress[2].actual,
        Some(KpiValue::Money(Money::from_cents(450_050)))
    );
    // The campaign's metrics count the creators' costs of the posts that reported each
    // figure (4,200: the agency fee is in the cost only). CPM 4,200 / 110,000 × 1000 =
    // 38.18…; per acquisition 4,200 / 180 = 23.33…; per click only the Reel reported clicks:
    // 1,600 / 700 = 2.285… → 2.29; return on spend 4,500.50 over the Reel's 1,600.
    assert_eq!(c.metrics.cpm, Some(Money::from_cents(3_818)));
    assert_eq!(c.metrics.cpa, Some(Money::from_cents(2_333)));
    assert_eq!(c.metrics.cpc, Some(Money::from_cents(229)));
    let roas = c.metrics.roas.unwrap();
    assert!((roas - 4_500.50 / 1_600.0).abs() < 1e-12, "{roas}");
    // Engagement rate: 3,350 engagements over 80,000 reached = 4.1875 %.
    assert!((c.metrics.engagement_rate.unwrap() - 4.1875).abs() < 1e-12);
}

#[test]
fn per_creator_and_per_deliverable_with_the_cost_split_and_the_ranking() {
    let p = project();
    let c = &results_report(&p, None)[0];
    let names: Vec<&str> = c.creators.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Ben", "Cleo"]);
    let (ana, ben, cleo) = (&c.creators[0], &c.creators[1], &c.creators[2]);
    assert_eq!(ana.cost, Money::from_units(3_200));
    assert_eq!(ben.cost, Money::from_units(1_000));
    assert_eq!(cleo.cost, Money::ZERO);
    // Ana: CPA 3,200 / 120 = 26.666… → 26.67; CPE 3,200 / 2,450 = 1.306… → 1.31.
    assert_eq!(ana.metrics.cpa, Some(Money::from_cents(2_667)));
    assert_eq!(ana.metrics.cpe, Some(Money::from_cents(131)));
    // Ben: 1,000 / 60 = 16.666… → 16.67; no clicks reported: no cost per click.
    assert_eq!(ben.metrics.cpa, Some(Money::from_cents(1_667)));
    assert_eq!(ben.metrics.cpc, None);
    assert_eq!(cleo.metrics, Default::default());
    // Ana's 3,200 split over her two posts; Ben's 1,000 all on his one not cancelled.
    let costs: Vec<Money> = c.deliverables.iter().map(|x| x.cost).collect();
    assert_eq!(
        costs,
        [
            Money::from_units(1_600),
            Money::from_units(1_600),
            Money::from_units(1_000),
            Money::ZERO
        ]
    );
    assert!(!c.deliverables[3].measured);
    // The Reel: CPM 1,600 / 60,000 × 1000 = 26.666… → 26.67.
    assert_eq!(
        c.deliverables[0].metrics.cpm,
        Some(Money::from_cents(2_667))
    );
    // Redemptions per unit of cost: Ben 60 / 1,000 beats Ana 120 / 3,200; Cleo has no cost.
    assert_eq!(c.ranking, [1, 0]);
}

#[test]
fn one_campaign_by_id_and_odd_cents_go_to_the_first_posts() {
    let mut p = project();
    p.cost_lines[1].amount = Money::from_cents(20_001);
    let id = p.campaigns[0].id.clone();
    let c = &results_report(&p, Some(&id))[0];
    // 3,200.01 over two posts: 1,600.01 and 1,600.00, adding up to the cent.
    assert_eq!(c.deliverables[0].cost, Money::from_cents(160_001));
    assert_eq!(c.deliverables[1].cost, Money::from_cents(160_000));
    assert!(results_report(&p, Some(&rapport_core::model::CampaignId::new())).is_empty());
}

#[test]
fn targets_and_results_survive_a_save_and_reopen() {
    let p = project();
    let text = rapport_core::file::format::to_text(&p).unwrap();
    assert!(text.contains("targets:"), "{text}");
    assert!(text.contains("results:"));
    let back = rapport_core::file::format::from_text(&text, std::path::Path::new("r.rapport.ron"))
        .unwrap();
    assert_eq!(back, p);
}

/// The curve over time ends where the report stands today, for every KPI of every
/// campaign, on the example and on a generated project with skewed, repeated readings.
#[test]
fn the_curve_over_time_ends_at_the_reports_totals() {
    use rapport_core::model::results_timeline;
    let example =
        rapport_core::document::Document::open(std::path::Path::new(crate::support::EXAMPLE))
            .expect("example");
    let generated = rapport_core::generate::project(0.1, 11);
    let mut curves = 0;
    for p in [&*example.project, &generated] {
        for report in results_report(p, None) {
            for &kpi in Kpi::ALL {
                let posts = report.deliverables.iter().map(|d| &p.deliverables[d.index]);
                let curve = results_timeline(posts, kpi);
                let expected = report.figures.get(kpi);
                match curve.last() {
                    // A KPI once reported and later not can end at zero.
                    Some(last) => {
                        curves += 1;
                        let zero = if kpi.is_money() {
                            KpiValue::Money(Money::ZERO)
                        } else {
                            KpiValue::Count(0)
                        };
                        assert_eq!(
                            Some(last.value).filter(|v| *v != zero),
                            expected.filter(|v| *v != zero),
                            "{} {kpi:?}",
                            report.name
                        );
                    }
                    None => assert!(
                        expected.is_none_or(|v| matches!(v, KpiValue::Count(0))
                            || v == KpiValue::Money(Money::ZERO)),
                        "{} {kpi:?}",
                        report.name
                    ),
                }
                assert!(curve.windows(2).all(|w| w[0].date < w[1].date));
            }
        }
    }
    assert!(curves > 20, "the generator gives readings: {curves} curves");
}
