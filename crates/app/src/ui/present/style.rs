//! How slides look on a projector: large type (body 32 px, 24 pt at 1080p), near-black on
//! white, and colours from the Okabe–Ito palette, which viewers with any common colour
//! blindness tell apart; what colour carries is also carried by shape or words.

use egui::{Color32, FontId, RichText};
use rapport_core::model::DeliverableStatus;

/// Body text: 32 px, the equivalent of 24 pt on a 1080-pixel-high screen.
pub const BODY: f32 = 32.0;
/// Slide titles.
pub const TITLE: f32 = 54.0;
/// Big numbers.
pub const FIGURE: f32 = 64.0;
/// Small print (legends, the slide counter): still 20 pt.
pub const SMALL: f32 = 26.0;

/// The slide's background.
pub const PAPER: Color32 = Color32::WHITE;
/// Text.
pub const INK: Color32 = Color32::from_rgb(17, 17, 17);
/// Secondary text, still dark enough for a washed-out projector.
pub const MUTED: Color32 = Color32::from_rgb(70, 70, 70);
/// Lines and empty bars.
pub const RULE: Color32 = Color32::from_rgb(190, 190, 190);
/// Accent (headings, the plan).
pub const BLUE: Color32 = Color32::from_rgb(0, 114, 178);
/// What needs a decision (errors): vermillion, always with a ▲.
pub const ALERT: Color32 = Color32::from_rgb(213, 94, 0);
/// Warnings: orange, always with a ●.
pub const WARN: Color32 = Color32::from_rgb(230, 159, 0);

/// A status's colour (Okabe–Ito) and whether its bar is filled (planned work is outlined).
pub fn status_color(status: DeliverableStatus) -> (Color32, bool) {
    match status {
        DeliverableStatus::Planned => (Color32::from_rgb(120, 120, 120), false),
        DeliverableStatus::BriefSent => (Color32::from_rgb(86, 180, 233), false),
        DeliverableStatus::Agreed => (Color32::from_rgb(86, 180, 233), true),
        DeliverableStatus::InProgress => (Color32::from_rgb(0, 114, 178), true),
        DeliverableStatus::DraftSubmitted => (Color32::from_rgb(230, 159, 0), true),
        DeliverableStatus::Approved => (Color32::from_rgb(0, 158, 115), true),
        DeliverableStatus::Published => (Color32::from_rgb(17, 17, 17), true),
        DeliverableStatus::Cancelled => (Color32::from_rgb(190, 190, 190), false),
    }
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
