//! The overview slide: dates and objective, creators and their reach, deliverables by
//! status, the budget against the cap, and what needs a decision.

use super::style::{self, ALERT, BODY, FIGURE, INK, MUTED, SMALL, body, muted, text};
use crate::ui::kit::view::View;
use egui::RichText;
use rapport_core::counts::short_count;
use rapport_core::model::Overview;

/// A date range as "1 Mar – 30 Apr 2027".
pub fn range(o: &Overview) -> String {
    match (o.start, o.end) {
        (Some(a), Some(b)) => format!("{} – {}", a.format("%-d %b %Y"), b.format("%-d %b %Y")),
        _ => "No campaign".to_string(),
    }
}

/// A big number with its caption.
fn figure_ui(ui: &mut egui::Ui, value: String, caption: &str) {
    ui.vertical(|ui| {
        ui.label(text(value, FIGURE).strong());
        ui.label(muted(caption, SMALL));
    });
    ui.add_space(56.0);
}

/// Draws the overview.
pub fn ui(ui: &mut egui::Ui, view: View<'_>, o: &Overview, confidential: bool) {
    ui.label(body(range(o)).color(MUTED));
    // One line per objective on a small screen, the whole of it on a large one.
    let tall = ui.max_rect().height() > 800.0;
    for objective in o.objectives.iter().take(2) {
        let label = egui::Label::new(body(format!("Objective: {objective}")));
        ui.add(if tall { label.wrap() } else { label.truncate() });
    }
    ui.add_space(24.0);
    ui.horizontal(|ui| {
        figure_ui(ui, o.creators.len().to_string(), "creators");
        figure_ui(ui, short_count(o.reach), "combined reach (followers)");
        figure_ui(ui, o.deliverables.to_string(), "deliverables");
        figure_ui(
            ui,
            o.share_of_cap(o.amounts.current),
            "of the budget cap planned",
        );
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
                &format!("{} {n}", status.label()),
                0.0,
                egui::TextFormat::simple(style::font(BODY), INK),
            );
            ui.add(egui::Label::new(job).extend());
            ui.add_space(20.0);
        }
    });
    ui.add_space(16.0);
    let budget = o.budget_line(confidential, &view.project.info.currency);
    ui.label(body(budget));
    ui.add_space(24.0);
    if o.decisions.is_empty() {
        ui.label(body("Nothing needs a decision."));
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
    let heading = match lines {
        0 => format!(
            "Needs a decision ({}): on the next slide",
            o.decisions.len()
        ),
        _ => format!(
            "Needs a decision ({}), in full on the next slide",
            o.decisions.len()
        ),
    };
    ui.label(text(heading, BODY).strong().color(ALERT));
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
        ui.label(muted(
            format!("and {} more", o.decisions.len() - shown),
            BODY,
        ));
    }
}
