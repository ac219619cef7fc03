//! The overview slide: dates and objective, creators and their reach, deliverables by
//! status, the budget against the cap, and what needs a decision.

use super::style::{self, ALERT, BODY, FIGURE, INK, MUTED, SMALL, body, muted};
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::view::View;
use egui::RichText;
use rapport_core::counts::short_count;
use rapport_core::i18n::{Lang, long_date, text};
use rapport_core::model::Overview;

/// A date range as "1 Mar 2027 – 30 Apr 2027" / "2027年3月1日 – 2027年4月30日".
pub fn range(lang: Lang, o: &Overview) -> String {
    match (o.start, o.end) {
        (Some(a), Some(b)) => format!("{} – {}", long_date(lang, a), long_date(lang, b)),
        _ => text(lang, "pres-no-campaign"),
    }
}

/// A big number with its caption.
fn figure_ui(ui: &mut egui::Ui, value: String, caption: &str) {
    ui.vertical(|ui| {
        ui.label(style::text(value, FIGURE).strong());
        ui.label(muted(tr(ui.ctx(), caption), SMALL));
    });
    ui.add_space(56.0);
}

/// Draws the overview.
pub fn ui(ui: &mut egui::Ui, view: View<'_>, o: &Overview, confidential: bool) {
    let lang = crate::ui::kit::lang::get(ui.ctx());
    ui.label(body(range(lang, o)).color(MUTED));
    // One line per objective on a small screen, the whole of it on a large one.
    let tall = ui.max_rect().height() > 800.0;
    for objective in o.objectives.iter().take(2) {
        let line = tr_with(
            ui.ctx(),
            "pres-objective",
            &[("objective", objective.as_str().into())],
        );
        let label = egui::Label::new(body(line));
        ui.add(if tall { label.wrap() } else { label.truncate() });
    }
    ui.add_space(24.0);
    ui.horizontal(|ui| {
        figure_ui(ui, o.creators.len().to_string(), "pres-fig-creators");
        figure_ui(ui, short_count(o.reach), "pres-fig-reach");
        figure_ui(ui, o.deliverables.to_string(), "pres-fig-deliverables");
        figure_ui(ui, o.share_of_cap(o.amounts.current), "pres-fig-of-cap");
    });
    ui.add_space(16.0);
    ui.horizontal_wrapped(|ui| {
        for (status, n) in &o.by_status {
            // The mark and its words as one label, so that a line never breaks between them.
            let (color, filled) = style::status_color(*status);
            let mark = if filled { "■ " } else { "□ " };
            let mut job = egui::text::LayoutJob::default();
            job.append(
                mark,
                0.0,
                egui::TextFormat::simple(style::font(BODY), color),
            );
            job.append(
                &format!("{} {n}", status.label_in(lang)),
                0.0,
                egui::TextFormat::simple(style::font(BODY), INK),
            );
            ui.add(egui::Label::new(job).extend());
            ui.add_space(20.0);
        }
    });
    ui.add_space(16.0);
    let budget = o.budget_line_in(lang, confidential, &view.project.info.currency);
    ui.label(body(budget));
    ui.add_space(24.0);
    if o.decisions.is_empty() {
        ui.label(body(tr(ui.ctx(), "pres-no-decisions")));
        return;
    }
    // What each is about and its check, a line each while they fit above the strip (the
    // next slides say what is wrong and what to do); when they are not all shown, the last
    // line says how many more there are (the heading says where they are when not even
    // that fits).
    let line = BODY * 1.4;
    let lines = ((ui.max_rect().bottom() - ui.cursor().top() - line) / line)
        .floor()
        .max(0.0) as usize;
    let id = match lines {
        0 => "pres-decisions-next",
        _ => "pres-decisions-in-full",
    };
    let heading = tr_with(ui.ctx(), id, &[("count", o.decisions.len().into())]);
    ui.label(style::text(heading, BODY).strong().color(ALERT));
    let shown = if o.decisions.len() <= lines {
        lines
    } else {
        lines.saturating_sub(1).max(lines.min(1))
    };
    for d in o.decisions.iter().take(shown) {
        ui.add(
            egui::Label::new(
                RichText::new(format!("▲ {} ({})", d.about, d.code.as_str()))
                    .size(BODY)
                    .color(INK),
            )
            .truncate(),
        )
        .on_hover_text(crate::ui::kit::lang::say(ui.ctx(), &d.message));
    }
    if o.decisions.len() > shown && lines > shown {
        let more = tr_with(
            ui.ctx(),
            "pres-and-more",
            &[("count", (o.decisions.len() - shown).into())],
        );
        ui.label(muted(more, BODY));
    }
}
