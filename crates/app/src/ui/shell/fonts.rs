//! Fonts for names in every script: egui's own fonts first (Latin, Cyrillic, Greek, emoji),
//! then the bundled fallbacks (Chinese, Japanese, Korean from WenQuanYi Micro Hei; Arabic,
//! Hebrew and symbols from DejaVu Sans), then whatever the system has for anything else.

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

// The bundled fonts live in the core, which chart images use too.
use rapport_core::export::fonts::{CJK, WIDE};

/// Adds the bundled fallback fonts after egui's own in every family, and asks the system
/// for any glyph none of them has.
pub fn install(ctx: &egui::Context) {
    for (name, bytes) in [("dejavu-sans", WIDE), ("wenquanyi-micro-hei", CJK)] {
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
