//! Fonts for names in every script: egui's own fonts first (Latin, Cyrillic, Greek, emoji),
//! then the bundled fallbacks (emoji newer than egui's from Noto Emoji; Arabic, Hebrew and
//! symbols from DejaVu Sans; Chinese, Japanese, Korean from WenQuanYi Micro Hei), then
//! whatever the system has for anything else.

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

// The bundled fonts live in the core, which chart images use too.
use rapport_core::export::fonts::{CJK, EMOJI, WIDE};

/// Adds the bundled fallback fonts after egui's own in every family, and asks the system
/// for any glyph none of them has; and makes the keyboard focus visible.
pub fn install(ctx: &egui::Context) {
    show_focus(ctx);
    for (name, bytes) in [
        ("noto-emoji", EMOJI),
        ("dejavu-sans", WIDE),
        ("wenquanyi-micro-hei", CJK),
    ] {
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(bytes),
            vec![
                InsertFontFamily {
                    family: FontFamily::Proportional,
                    priority: FontPriority::Lowest,
                },
                InsertFontFamily {
                    family: FontFamily::Monospace,
                    priority: FontPriority::Lowest,
                },
            ],
        ));
    }
}

/// A keyboard focus you can see: the focused widget (drawn in the "active" style) gets a
/// two-point ring in the selection colour, in both themes.
pub fn show_focus(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        let ring = egui::Stroke::new(2.0, style.visuals.selection.stroke.color);
        style.visuals.widgets.active.bg_stroke = ring;
    });
}
