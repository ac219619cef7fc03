//! The colours of slides and chart images, one list for both: near-black on white and the
//! Okabe–Ito palette, which viewers with any common colour blindness tell apart. What
//! colour carries is also carried by shape (filled or outlined bars, ▲ and ●) or words.

use crate::model::DeliverableStatus;

/// An RGB colour.
pub type Rgb = (u8, u8, u8);

/// Text.
pub const INK: Rgb = (17, 17, 17);
/// Secondary text.
pub const MUTED: Rgb = (70, 70, 70);
/// Lines and empty bars.
pub const RULE: Rgb = (190, 190, 190);
/// Accent: the plan, today.
pub const BLUE: Rgb = (0, 114, 178);
/// Sky blue: estimated amounts.
pub const SKY: Rgb = (86, 180, 233);
/// Errors (always with ▲) and the cap.
pub const ALERT: Rgb = (213, 94, 0);
/// Warnings (always with ●).
pub const WARN: Rgb = (230, 159, 0);
/// Savings in a waterfall.
pub const GREEN: Rgb = (0, 158, 115);
/// The approved baseline.
pub const BASELINE: Rgb = (110, 110, 110);

/// The statuses a chart's legend explains, in order (cancelled work is not drawn).
pub const LEGEND: [DeliverableStatus; 7] = [
    DeliverableStatus::Planned,
    DeliverableStatus::BriefSent,
    DeliverableStatus::Agreed,
    DeliverableStatus::InProgress,
    DeliverableStatus::DraftSubmitted,
    DeliverableStatus::Approved,
    DeliverableStatus::Published,
];

/// A status's colour, and whether its bar is filled (work not yet agreed is outlined).
pub fn status(status: DeliverableStatus) -> (Rgb, bool) {
    match status {
        DeliverableStatus::Planned => ((120, 120, 120), false),
        DeliverableStatus::BriefSent => (SKY, false),
        DeliverableStatus::Agreed => (SKY, true),
        DeliverableStatus::InProgress => (BLUE, true),
        DeliverableStatus::DraftSubmitted => (WARN, true),
        DeliverableStatus::Approved => (GREEN, true),
        DeliverableStatus::Published => (INK, true),
        DeliverableStatus::Cancelled => (RULE, false),
    }
}

/// `#rrggbb`.
pub fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}
