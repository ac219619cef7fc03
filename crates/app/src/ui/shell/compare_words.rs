//! The words of the comparison's table (its columns, the kinds of record, what each row
//! says), looked up once a frame in the frame's language.

use crate::ui::kit::lang::tr;
use rapport_core::share::RecordKind;

/// The table's columns (message ids).
pub(super) const COLUMNS: [&str; 7] = [
    "sg-compare-col-kind",
    "sg-compare-col-record",
    "sg-compare-col-field",
    "sg-compare-col-base",
    "sg-compare-col-mine",
    "sg-compare-col-theirs",
    "sg-compare-col-result",
];

/// The other messages the comparison's table shows (with `COLUMNS` and the kinds' names).
const ROW_WORDS: [&str; 16] = [
    "sg-compare-take-mine-record",
    "sg-compare-take-theirs-record",
    "sg-compare-whole-record",
    "sg-compare-same-value",
    "sg-compare-removed",
    "sg-compare-added",
    "sg-compare-stays-removed",
    "sg-compare-theirs-only",
    "sg-compare-same",
    "sg-compare-mine-only",
    "sg-compare-both-kept",
    "sg-compare-conflict",
    "sg-compare-keep-mine",
    "sg-compare-keep-mine-tip",
    "sg-compare-take-theirs",
    "sg-compare-take-theirs-tip",
];

/// The table's words in this frame's language, by message id, looked up once a frame.
pub(super) struct Words(Vec<(&'static str, String)>);

impl Words {
    pub(super) fn new(ctx: &egui::Context) -> Self {
        let kinds = RecordKind::ALL.map(RecordKind::word_id);
        let ids = COLUMNS.iter().chain(&kinds).chain(&ROW_WORDS);
        Words(ids.map(|id| (*id, tr(ctx, id))).collect())
    }

    /// The words of message `id` (one of those looked up; else the id itself).
    pub(super) fn get<'a>(&'a self, id: &'a str) -> &'a str {
        self.0
            .iter()
            .find(|(w, _)| *w == id)
            .map_or(id, |(_, words)| words.as_str())
    }
}
