//! Speed at agency scale: open, save, all checks, one edit with undo, and one frame of each
//! panel, on a generated project of 2,000 influencers, 20 campaigns, 20,000 deliverables,
//! 40,000 cost lines and 60,000 contacts.
//!
//! `cargo bench --bench scale` prints the median of several runs of each. Under
//! `cargo test` it runs once on a small project, as a smoke test.

// A benchmark prints its measures and may unwrap what it generated itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use rapport::ui::BudgetView;
use rapport::ui::{PanelKind, RapportApp};
use rapport_core::checks;
use rapport_core::document::Document;
use rapport_core::file;
use rapport_core::model::{Edit, History, Record};
use rapport_core::sample::{self, Scale};
use std::path::Path;
use std::time::{Duration, Instant};

/// Runs `f` `runs` times and returns the median duration.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// The median time of one frame of the app: the UI pass and the tessellation of what it
/// painted, in a 1400×860 window.
fn frame_time(ctx: &egui::Context, app: &mut RapportApp, runs: usize) -> Duration {
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 860.0),
        )),
        ..Default::default()
    };
    let mut frame = || {
        let mut output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
        output.textures_delta.clear();
        std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    };
    frame();
    median(runs, frame)
}

fn report(name: &str, time: Duration) {
    println!("{name:<44} {:>10.2} ms", time.as_secs_f64() * 1000.0);
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (scale, runs) = if full {
        (Scale::AGENCY, 7)
    } else {
        (
            Scale {
                influencers: 50,
                campaigns: 2,
                deliverables: 200,
                cost_lines: 300,
                contacts: 500,
            },
            1,
        )
    };
    let project = sample::project(scale, 7);
    println!(
        "project: {} influencers, {} campaigns, {} deliverables, {} cost lines, {} contacts",
        project.influencers.len(),
        project.campaigns.len(),
        project.deliverables.len(),
        project.cost_lines.len(),
        project
            .influencers
            .iter()
            .map(|i| i.contacts.len())
            .sum::<usize>()
    );

    let text = file::to_text(&project).expect("writes");
    println!("file size: {:.1} MB", text.len() as f64 / 1e6);
    report(
        "serialize (to text)",
        median(runs, || {
            std::hint::black_box(file::to_text(&project).expect("writes"));
        }),
    );
    report(
        "parse (from text)",
        median(runs, || {
            std::hint::black_box(
                file::from_text(&text, Path::new("bench.rapport.ron")).expect("reads"),
            );
        }),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.rapport.ron");
    report(
        "save to disk (temp file, backup, rename)",
        median(runs, || {
            file::save(&project, &path, None).expect("saves");
        }),
    );
    report(
        "open from disk",
        median(runs, || {
            std::hint::black_box(file::open(&path).expect("opens"));
        }),
    );
    let today = chrono::NaiveDate::from_ymd_opt(2027, 3, 15).expect("date");
    let findings = checks::run(&project, today);
    println!("findings: {}", findings.len());
    report(
        "all checks",
        median(runs, || {
            std::hint::black_box(checks::run(&project, today));
        }),
    );

    for (name, check) in [
        (
            "  timeline::check",
            checks::timeline::check
                as fn(&rapport_core::model::Project, chrono::NaiveDate, &mut Vec<checks::Finding>),
        ),
        ("  overload::check", checks::overload::check),
        ("  plan::check", checks::plan::check),
        ("  relationship::check", checks::relationship::check),
        ("  budget::check", checks::budget::check),
    ] {
        report(
            name,
            median(runs, || {
                let mut out = Vec::new();
                check(&project, today, &mut out);
                std::hint::black_box(out);
            }),
        );
    }
    report(
        "timeline checks only",
        median(runs, || {
            let mut out = Vec::new();
            checks::timeline::check(&project, today, &mut out);
            checks::overload::check(&project, today, &mut out);
            checks::plan::check(&project, today, &mut out);
            std::hint::black_box(out);
        }),
    );

    // The budget's model work, redone after every edit: reconciliation of every line,
    // payments and the think-it-through checklist.
    report(
        &format!(
            "reconciliation of {} cost lines (all campaigns)",
            project.cost_lines.len()
        ),
        median(runs, || {
            std::hint::black_box(rapport_core::model::budget_report(&project, None));
        }),
    );
    if let Some(first) = project.campaigns.first() {
        report(
            "reconciliation of one campaign",
            median(runs, || {
                std::hint::black_box(rapport_core::model::budget_report(
                    &project,
                    Some(&first.id),
                ));
            }),
        );
        report(
            "think-it-through checklist of one campaign",
            median(runs, || {
                std::hint::black_box(rapport_core::model::checklist(&project, first));
            }),
        );
    }
    let mut table = rapport::ui::CostTable::default();
    table.sort.column = rapport::ui::CostColumn::Due;
    report(
        "cost lines table rows, all campaigns sorted by due date",
        median(runs, || {
            std::hint::black_box(table.visible_rows(
                &project,
                None,
                project.info.settings.payment_terms_days,
            ));
        }),
    );
    let all_payments = rapport_core::model::payments(&project, today, None, 30);
    println!(
        "    ({} overdue, {} due in 30 days, {} paid late)",
        all_payments.overdue.len(),
        all_payments.due_soon.len(),
        all_payments.paid_late.len()
    );
    report(
        "payments (all campaigns)",
        median(runs, || {
            std::hint::black_box(rapport_core::model::payments(&project, today, None, 30));
        }),
    );

    let mut edited = project.clone();
    let mut history = History::new();
    report(
        "one edit + undo (rename an influencer)",
        median(runs, || {
            let mut renamed = edited.influencers[1000 % edited.influencers.len()].clone();
            renamed.name.push('!');
            history.apply(
                &mut edited,
                "Rename",
                Edit::Put(Record::Influencer(renamed)),
            );
            history.undo(&mut edited);
        }),
    );

    let ctx = egui::Context::default();
    let mut doc = Document::new();
    doc.project = project.clone();
    let mut app = RapportApp::new(Document::new(), today);
    app.set_document(doc);
    app.native_dialogs = false;
    for panel in [
        PanelKind::Influencers,
        PanelKind::Timeline,
        PanelKind::Budget,
    ] {
        app.panel = panel;
        report(
            &format!("one frame: {} panel", panel.label()),
            frame_time(&ctx, &mut app, runs),
        );
    }

    // Each view of the Budget panel, and the first frame after an edit (caches rebuilt).
    app.panel = PanelKind::Budget;
    for (view, name) in [
        (BudgetView::Lines, "cost lines"),
        (BudgetView::Checklist, "think it through"),
        (BudgetView::Payments, "payments"),
        (BudgetView::Reconciliation, "reconciliation"),
    ] {
        app.budget.view = view;
        report(
            &format!("one frame: Budget ▸ {name}"),
            frame_time(&ctx, &mut app, runs),
        );
    }
    app.budget.view = BudgetView::Lines;
    report("one frame: Budget ▸ cost lines, sorted by due date", {
        app.budget.table.sort.column = rapport::ui::CostColumn::Due;
        frame_time(&ctx, &mut app, runs)
    });

    // The roster alone at 10,000 influencers, with a profile open.
    let roster = if full {
        Scale {
            influencers: 10_000,
            campaigns: 20,
            deliverables: 0,
            cost_lines: 0,
            contacts: 50_000,
        }
    } else {
        Scale {
            influencers: 100,
            campaigns: 2,
            deliverables: 0,
            cost_lines: 0,
            contacts: 200,
        }
    };
    let mut doc = Document::new();
    doc.project = sample::project(roster, 11);
    let selected = doc
        .project
        .influencers
        .get(roster.influencers / 2)
        .map(|i| i.id.clone());
    app.set_document(doc);
    app.panel = PanelKind::Influencers;
    if let Some(id) = selected {
        app.influencers.select(id);
    }
    report(
        &format!(
            "one frame: roster of {} with a profile open",
            roster.influencers
        ),
        frame_time(&ctx, &mut app, runs),
    );
}
