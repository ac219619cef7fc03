//! The "Needs a decision" slides: every error finding in full (what it is about and the
//! message), wrapped, as many per slide as fit; the overview lists them one line each.

use super::style::{ALERT, BODY, INK, MUTED, SMALL, font, text};
use crate::ui::kit::lang::say;
use rapport_core::model::Decision;
use std::ops::Range;

/// One decision as drawn: the mark, what it is about, the message and what to do.
fn decision_text(ctx: &egui::Context, d: &Decision) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    let strong = egui::TextFormat::simple(font(BODY), ALERT);
    let plain = egui::TextFormat::simple(font(BODY), INK);
    let muted = egui::TextFormat::simple(font(SMALL), MUTED);
    job.append(&format!("▲ {}\n", d.about), 0.0, strong);
    job.append(&say(ctx, &d.message), 0.0, plain);
    if !d.fix.is_empty() {
        job.append(&format!("\n→ {}", say(ctx, &d.fix)), 0.0, muted);
    }
    job
}

/// The space under each decision.
const GAP: f32 = 14.0;

/// Which decisions go on each slide of `area` (in order; at least one each, so that a
/// very long one still shows). Laid out, not drawn.
pub fn pages(ui: &egui::Ui, decisions: &[Decision], area: egui::Rect) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let (mut start, mut used) = (0, 0.0);
    for (n, d) in decisions.iter().enumerate() {
        let mut job = decision_text(ui.ctx(), d);
        job.wrap.max_width = area.width();
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let h = galley.size().y + GAP;
        if used + h > area.height() && n > start {
            pages.push(start..n);
            (start, used) = (n, 0.0);
        }
        used += h;
    }
    if start < decisions.len() {
        pages.push(start..decisions.len());
    }
    pages
}

/// Draws the decisions in `range` of `all`.
pub fn ui(ui: &mut egui::Ui, all: &[Decision], range: Range<usize>) {
    if all.is_empty() {
        ui.label(text(
            crate::ui::kit::lang::tr(ui.ctx(), "pres-no-decisions"),
            BODY,
        ));
        return;
    }
    for d in all.get(range).unwrap_or_default() {
        let mut job = decision_text(ui.ctx(), d);
        job.wrap.max_width = ui.available_width();
        ui.add(egui::Label::new(job).wrap());
        ui.add_space(GAP - ui.spacing().item_spacing.y);
    }
}
