//! How slides look on a projector: large type (body 32 px, 24 pt at 1080p), near-black on
//! white, and colours from the Okabe–Ito palette, which viewers with any common colour
//! blindness tell apart; what colour carries is also carried by shape or words.

use egui::{Color32, FontId, RichText};
use rapport_core::export::palette;
use rapport_core::model::DeliverableStatus;

/// Body text: 32 px, the equivalent of 24 pt on a 1080-pixel-high screen.
pub const BODY: f32 = 32.0;
/// Slide titles.
pub const TITLE: f32 = 54.0;
/// Big numbers.
pub const FIGURE: f32 = 64.0;
/// Small print (legends, the slide counter): still 20 pt.
pub const SMALL: f32 = 26.0;

/// A colour of the palette the slides share with chart images.
pub const fn rgb((r, g, b): palette::Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// The slide's background.
pub const PAPER: Color32 = Color32::WHITE;
/// Text.
pub const INK: Color32 = rgb(palette::INK);
/// Secondary text, still dark enough for a washed-out projector.
pub const MUTED: Color32 = rgb(palette::MUTED);
/// Lines and empty bars.
pub const RULE: Color32 = rgb(palette::RULE);
/// Accent (headings, the plan).
pub const BLUE: Color32 = rgb(palette::BLUE);
/// What needs a decision (errors): vermillion, always with a ▲.
pub const ALERT: Color32 = rgb(palette::ALERT);
/// Warnings: orange, always with a ●.
pub const WARN: Color32 = rgb(palette::WARN);

/// A status's colour (Okabe–Ito) and whether its bar is filled (planned work is outlined).
pub fn status_color(status: DeliverableStatus) -> (Color32, bool) {
    let (color, filled) = palette::status(status);
    (rgb(color), filled)
}

/// Text at a size, in ink.
pub fn text(s: impl Into<String>, size: f32) -> RichText {
    RichText::new(s).size(size).color(INK)
}

/// Body text.
pub fn body(s: impl Into<String>) -> RichText {
    text(s, BODY)
}

/// Secondary body text.
pub fn muted(s: impl Into<String>, size: f32) -> RichText {
    RichText::new(s).size(size).color(MUTED)
}

/// A font for painting.
pub fn font(size: f32) -> FontId {
    FontId::proportional(size)
}
