//! Speed as a project grows: open, save, every check, the budget's sums, one edit with its
//! re-check, and one frame of each panel, on generated projects shaped like real agency data
//! (`rapport_core::generate`) at 0.5×, 1×, 2× and 4× an agency's year (1× is 2,000
//! influencers, 20 campaigns, 20,000 deliverables, 40,000 cost lines, ~60,000 contacts).
//!
//! `cargo bench --bench scale` prints, per phase, the median time at each scale and the
//! growth exponent from 1× to 4× (1.0 is linear, 2.0 quadratic) of the fastest runs;
//! frames also give their 95th percentile. `BENCH_SCALE=1 cargo bench --bench scale` measures one scale only (to
//! run under a profiler). Under `cargo test` it runs once on a tiny project, as a smoke test.

// A benchmark prints its measures and may unwrap what it generated itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use rapport::ui::{BudgetView, CostColumn, CostTable, PanelKind, RapportApp};
use rapport_core::checks::{self, Finding};
use rapport_core::document::Document;
use rapport_core::model::{Edit, History, Project, Record};
use rapport_core::{file, generate};
use std::path::Path;
use std::time::{Duration, Instant};

/// The times of `runs` runs of `f`, sorted.
fn times(runs: usize, mut f: impl FnMut()) -> Vec<Duration> {
    let mut all: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    all.sort();
    all
}

fn median(all: &[Duration]) -> Duration {
    all[all.len() / 2]
}

fn p95(all: &[Duration]) -> Duration {
    all[(all.len() * 95 / 100).min(all.len() - 1)]
}

/// One frame of the app: the UI pass and the tessellation of what it painted, in a
/// 1400×860 window.
fn frame(ctx: &egui::Context, app: &mut RapportApp) {
    frame_with(ctx, app, Vec::new());
}

thread_local! {
    /// The time of the next frame, 1/60 s after the last, so scroll animations advance.
    static CLOCK: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// One frame with input events.
fn frame_with(ctx: &egui::Context, app: &mut RapportApp, events: Vec<egui::Event>) {
    let time = CLOCK.with(|c| {
        c.set(c.get() + 1.0 / 60.0);
        c.get()
    });
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 860.0),
        )),
        time: Some(time),
        events,
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    output.textures_delta.clear();
    std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
}

/// The edit every "one edit" phase makes: the influencer at `at` gets a "!" in their name.
fn rename(project: &Project, at: usize) -> Edit {
    let mut renamed = project.influencers[at].clone();
    renamed.name.push('!');
    Edit::Put(Record::Influencer(renamed))
}

/// The measures of one scale: (phase, median, 95th percentile, fastest run).
struct Measures {
    rows: Vec<(String, Duration, Duration, Duration)>,
    runs: usize,
}

impl Measures {
    fn time(&mut self, name: &str, f: impl FnMut()) {
        let all = times(self.runs, f);
        self.rows
            .push((name.to_string(), median(&all), p95(&all), all[0]));
    }

    fn frames(&mut self, name: &str, ctx: &egui::Context, app: &mut RapportApp) {
        frame(ctx, app);
        let all = times(self.runs * 3, || frame(ctx, app));
        self.rows
            .push((name.to_string(), median(&all), p95(&all), all[0]));
    }

    /// Frames while the wheel scrolls the middle of the window: 90 down, then 30 up.
    fn scrolling(&mut self, name: &str, ctx: &egui::Context, app: &mut RapportApp) {
        frame(ctx, app);
        let at = egui::pos2(800.0, 480.0);
        let mut step = 0;
        let all = times(120, || {
            step += 1;
            let lines = if step <= 90 { -3.0 } else { 3.0 };
            let events = vec![
                egui::Event::PointerMoved(at),
                egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Line,
                    delta: egui::vec2(0.0, lines),
                    phase: egui::TouchPhase::Move,
                    source: egui::MouseWheelSource::Wheel,
                    modifiers: egui::Modifiers::default(),
                },
            ];
            frame_with(ctx, app, events);
        });
        self.rows
            .push((name.to_string(), median(&all), p95(&all), all[0]));
    }

    /// Frames right after an edit (the edit applied through the history, then the frame).
    fn after_edit(
        &mut self,
        name: &str,
        ctx: &egui::Context,
        app: &mut RapportApp,
        edit: impl Fn(&Project) -> Edit,
    ) {
        frame(ctx, app);
        let all = times(self.runs * 2, || {
            let edit = edit(&app.doc.project);
            app.doc.apply("Edit", edit);
            frame(ctx, app);
        });
        self.rows
            .push((name.to_string(), median(&all), p95(&all), all[0]));
    }
}

/// Every phase on one generated project.
fn measure(factor: f64, runs: usize) -> Measures {
    let project = generate::project(factor, 7);
    let contacts: usize = project.influencers.iter().map(|i| i.contacts.len()).sum();
    let today = chrono::NaiveDate::from_ymd_opt(2027, 3, 15).expect("date");
    let text = file::to_text(&project).expect("writes");
    println!(
        "×{factor}: {} influencers, {} campaigns, {} deliverables, {} cost lines, {contacts} \
         contacts, {:.1} MB, {} findings",
        project.influencers.len(),
        project.campaigns.len(),
        project.deliverables.len(),
        project.cost_lines.len(),
        text.len() as f64 / 1e6,
        checks::run(&project, today).len()
    );
    let mut m = Measures {
        rows: Vec::new(),
        runs,
    };
    m.time("serialize (to text)", || {
        std::hint::black_box(file::to_text(&project).expect("writes"));
    });
    m.time("parse (from text)", || {
        std::hint::black_box(file::from_text(&text, Path::new("b.rapport.ron")).expect("reads"));
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.rapport.ron");
    m.time("save (temp file, backup, rename)", || {
        file::save(&project, &path, None).expect("saves");
    });
    m.time("open", || {
        std::hint::black_box(file::open(&path).expect("opens"));
    });
    for (format, name) in [
        ("text", "rapport check"),
        ("json", "rapport check --format json"),
    ] {
        let args = [
            "rapport",
            "check",
            path.to_str().expect("utf-8"),
            "--format",
            format,
        ];
        m.time(name, || {
            let mut out = Vec::new();
            let mut err = Vec::new();
            rapport_core::cli::run(args, today, &mut out, &mut err);
            std::hint::black_box(out);
        });
    }
    m.time("index of every record by id", || {
        std::hint::black_box(rapport_core::model::ProjectIndex::new(&project));
    });
    m.time("all checks", || {
        std::hint::black_box(checks::run(&project, today));
    });
    type Check = fn(&Project, chrono::NaiveDate, &mut Vec<Finding>);
    let families: [(&str, Check); 6] = [
        ("  timeline", checks::timeline::check),
        ("  overload", checks::overload::check),
        ("  plan", checks::plan::check),
        ("  relationship", checks::relationship::check),
        ("  budget", checks::budget::check),
        ("  results", checks::results::check),
    ];
    for (name, check) in families {
        m.time(name, || {
            let mut out = Vec::new();
            check(&project, today, &mut out);
            std::hint::black_box(out);
        });
    }
    // Findings are kept as message ids and arguments and written out when shown: every
    // message and fix written out once, as `rapport check` does, in each language.
    let found = checks::run(&project, today);
    for (name, lang) in [
        (
            "  every finding written out, English",
            rapport_core::i18n::Lang::En,
        ),
        (
            "  every finding written out, Chinese",
            rapport_core::i18n::Lang::ZhCn,
        ),
    ] {
        m.time(name, || {
            let words: usize = found
                .iter()
                .map(|f| f.message.render(lang).len() + f.fix.render(lang).len())
                .sum();
            std::hint::black_box(words);
        });
    }
    m.time("budget report (every campaign)", || {
        std::hint::black_box(rapport_core::model::budget_report(&project, None));
    });
    m.time("results report (every campaign)", || {
        std::hint::black_box(rapport_core::model::results_report(&project, None));
    });
    // The chart over time: views of every deliverable of the project as one curve (more
    // readings than any campaign has).
    m.time("results over time (every deliverable, views)", || {
        std::hint::black_box(rapport_core::model::results_timeline(
            &project.deliverables,
            rapport_core::model::Kpi::Views,
        ));
    });
    let biggest = project
        .campaigns
        .iter()
        .max_by_key(|c| c.participants.len())
        .expect("a campaign");
    m.time("checklist of the biggest campaign", || {
        std::hint::black_box(rapport_core::model::checklist(&project, biggest));
    });
    m.time("payments (every campaign)", || {
        std::hint::black_box(rapport_core::model::payments(&project, today, None, 30));
    });
    let mut table = CostTable::default();
    table.sort.column = CostColumn::Due;
    m.time("cost table rows sorted by due date", || {
        std::hint::black_box(table.visible_rows(&project, None));
    });

    // What an edit costs while a background check still reads the project: a copy.
    m.time("copy of the project (edit during a check)", || {
        std::hint::black_box(project.clone());
    });
    // Sharing: two copies edited apart, 1 % of records each (some on both sides).
    let (mut mine, mut theirs) = (project.clone(), project.clone());
    for (i, who) in mine
        .influencers
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 100 == 0)
    {
        who.country = format!("M{i}");
    }
    for (i, who) in theirs
        .influencers
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 100 == 0 || i % 100 == 50)
    {
        who.country = format!("T{i}");
    }
    for d in mine.deliverables.iter_mut().step_by(100) {
        d.publish = d.publish.and_then(|p| p.succ_opt());
    }
    for d in theirs.deliverables.iter_mut().skip(50).step_by(100) {
        d.title.push_str(" (client)");
    }
    for l in theirs.cost_lines.iter_mut().step_by(100) {
        l.amount += rapport_core::model::Money::from_cents(100);
    }
    let added: Vec<_> = theirs
        .deliverables
        .iter()
        .step_by(100)
        .cloned()
        .map(|mut d| {
            d.id = rapport_core::model::DeliverableId::new();
            d
        })
        .collect();
    theirs.deliverables.extend(added);
    let changes = rapport_core::share::compare(&mine, &theirs).len();
    m.time("compare two copies (1 % of records changed)", || {
        std::hint::black_box(rapport_core::share::compare(&mine, &theirs));
    });
    let merged = rapport_core::share::merge(Some(&project), &mine, &theirs, &Default::default());
    m.time("merge three ways (1 % changed on each side)", || {
        std::hint::black_box(rapport_core::share::merge(
            Some(&project),
            &mine,
            &theirs,
            &Default::default(),
        ));
    });
    let options = rapport_core::share::ShareOptions {
        kind: rapport_core::model::ShareKind::Client,
        amounts: false,
    };
    m.time("client copy", || {
        std::hint::black_box(rapport_core::share::share_copy(
            &project, options, today, true,
        ));
    });
    let packed = file::read::pack(text.as_bytes()).expect("packs");
    m.time("compress the file (gzip)", || {
        std::hint::black_box(file::read::pack(text.as_bytes()).expect("packs"));
    });
    let client_text =
        file::to_text(&rapport_core::share::share_copy(&project, options, today, true).copy)
            .expect("writes");
    println!(
        "×{factor}: file {:.1} MB, gzip {:.1} MB; client copy {:.1} MB, gzip {:.1} MB; compare: {changes} differences; merge: {} rows, {} conflicts",
        text.len() as f64 / 1e6,
        packed.len() as f64 / 1e6,
        client_text.len() as f64 / 1e6,
        file::read::pack(client_text.as_bytes())
            .expect("packs")
            .len() as f64
            / 1e6,
        merged.rows.len(),
        merged.conflicts().count(),
    );
    drop((mine, theirs, merged));

    let mut edited = project.clone();
    let mut history = History::new();
    let who = edited.influencers.len() / 2;
    m.time("one edit + undo", || {
        let edit = rename(&edited, who);
        history.apply(&mut edited, "Rename", edit);
        history.undo(&mut edited);
    });
    m.time("one edit + its re-check", || {
        let edit = rename(&edited, who);
        history.apply(&mut edited, "Rename", edit);
        std::hint::black_box(checks::run(&edited, today));
        history.undo(&mut edited);
    });

    let ctx = egui::Context::default();
    let mut doc = Document::new();
    doc.project = std::sync::Arc::new(project.clone());
    let mut app = RapportApp::new(Document::new(), today);
    app.set_document(doc);
    app.native_dialogs = false;
    for panel in PanelKind::ALL {
        app.panel = *panel;
        m.frames(&format!("frame: {}", panel.label()), &ctx, &mut app);
    }
    app.panel = PanelKind::Budget;
    for view in BudgetView::ALL {
        app.budget.view = *view;
        m.frames(&format!("frame: Budget ▸ {}", view.label()), &ctx, &mut app);
    }
    let views: [(&str, PanelKind, bool, BudgetView); 6] = [
        (
            "Influencers",
            PanelKind::Influencers,
            false,
            BudgetView::Lines,
        ),
        (
            "Timeline chart",
            PanelKind::Timeline,
            false,
            BudgetView::Lines,
        ),
        (
            "Timeline table",
            PanelKind::Timeline,
            true,
            BudgetView::Lines,
        ),
        (
            "Budget ▸ Cost lines",
            PanelKind::Budget,
            false,
            BudgetView::Lines,
        ),
        (
            "Budget ▸ Payments",
            PanelKind::Budget,
            false,
            BudgetView::Payments,
        ),
        (
            "Budget ▸ Reconciliation",
            PanelKind::Budget,
            false,
            BudgetView::Reconciliation,
        ),
    ];
    for (name, panel, table, budget) in views {
        app.panel = panel;
        app.timeline.show_table = table;
        app.budget.view = budget;
        m.scrolling(&format!("frame: scrolling {name}"), &ctx, &mut app);
    }
    for (name, panel, table, budget) in views {
        app.panel = panel;
        app.timeline.show_table = table;
        app.budget.view = budget;
        m.after_edit(
            &format!("frame: after a rename, {name}"),
            &ctx,
            &mut app,
            |p| rename(p, who),
        );
    }
    app.panel = PanelKind::Timeline;
    app.timeline.show_table = false;
    let moved = app.doc.project.deliverables.len() / 3;
    m.after_edit(
        "frame: after a bar moves a day, Timeline",
        &ctx,
        &mut app,
        |p| {
            let mut d = p.deliverables[moved].clone();
            d.publish = d.publish.map(|day| day + chrono::Days::new(1));
            Edit::Put(Record::Deliverable(d))
        },
    );
    m
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    // `BENCH_SCALE=1` measures one scale only (for a profiler), without growth.
    let one: Option<f64> = std::env::var("BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok());
    let single = one.map(|f| [(f, 7)]);
    let scales: &[(f64, usize)] = match &single {
        Some(one) if full => one,
        _ if full => &[(0.5, 7), (1.0, 7), (2.0, 5), (4.0, 5)],
        _ => &[(0.025, 1)],
    };
    let full = full && single.is_none();
    let all: Vec<Measures> = scales.iter().map(|&(f, runs)| measure(f, runs)).collect();
    print!("\n{:<40}", "phase (median ms; frames: median / p95)");
    for (factor, _) in scales {
        print!("{:>16}", format!("×{factor}"));
    }
    println!("{:>10}", if full { "growth" } else { "" });
    for (row, (name, ..)) in all[0].rows.iter().enumerate() {
        print!("{name:<40}");
        for m in &all {
            let (_, median, p95, _) = &m.rows[row];
            let cell = if name.starts_with("frame:") {
                format!("{:.2} / {:.2}", ms(*median), ms(*p95))
            } else {
                format!("{:.2}", ms(*median))
            };
            print!("{cell:>16}");
        }
        if full {
            // The exponent of time ∝ size from 1× to 4×, from each scale's fastest run: the
            // one least disturbed by other programs on the machine (medians vary by a third
            // from one run of the benchmark to the next on a shared two-core machine).
            let at = |i: usize| ms(all[i].rows[row].3).max(1e-6);
            print!("{:>10.2}", (at(3) / at(1)).log2() / 2.0);
        }
        println!();
    }
}
