//! The cells of the Timeline table's rows: the words they use, written once a frame
//! rather than for each row, and the editable date cells.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::widgets::date_edit;
use chrono::NaiveDate;
use rapport_core::model::{ContentType, Deliverable, DeliverableStatus};

/// Which date of a deliverable.
#[derive(Debug, Clone, Copy)]
pub(super) enum DateField {
    Brief,
    Draft,
    Publish,
}

/// The three date columns, in order.
pub(super) const DATE_FIELDS: [DateField; 3] =
    [DateField::Brief, DateField::Draft, DateField::Publish];

/// Where the title goes in [`DateWords::name`].
const TITLE: &str = "\u{E000}";

/// The words of one date column's cells.
pub(super) struct DateWords {
    /// The field's name, "Publish of …", with [`TITLE`] in the title's place.
    name: String,
    /// The undo step of a change.
    undo: String,
}

/// The words of the table's rows, written once per frame rather than for each row.
pub(super) struct RowWords {
    /// The status menu's name.
    pub(super) status: String,
    /// The undo step of a status change.
    pub(super) change_status: String,
    /// The labels of `DeliverableStatus::ALL`, in order.
    pub(super) statuses: Vec<String>,
    /// The labels of `ContentType::ALL`, in order.
    pub(super) contents: Vec<String>,
    /// The words of the date columns, in the order of [`DATE_FIELDS`].
    pub(super) dates: [DateWords; 3],
}

impl RowWords {
    pub(super) fn new(ctx: &egui::Context, lang: rapport_core::i18n::Lang) -> RowWords {
        let date = |name: &str, undo: &str| DateWords {
            name: tr_with(ctx, name, &[("title", TITLE.into())]),
            undo: tr(ctx, undo),
        };
        RowWords {
            status: tr(ctx, "tl-status"),
            change_status: tr(ctx, "tl-undo-status"),
            statuses: DeliverableStatus::ALL
                .iter()
                .map(|s| s.label_in(lang))
                .collect(),
            contents: ContentType::ALL.iter().map(|c| c.label_in(lang)).collect(),
            dates: [
                date("tl-brief-of", "tl-undo-brief-date"),
                date("tl-draft-of", "tl-undo-draft-date"),
                date("tl-publish-of", "tl-undo-publish-date"),
            ],
        }
    }
}

/// The label of `value` among `all`, from `labels` (in the same order).
pub(super) fn label_of<T: Copy + PartialEq + std::fmt::Display>(
    all: &[T],
    labels: &[String],
    value: T,
) -> String {
    all.iter()
        .position(|v| *v == value)
        .and_then(|i| labels.get(i))
        .map_or_else(|| value.to_string(), String::clone)
}

/// One date of a row; returns true when it was changed.
pub(super) fn date_cell_ui(
    ui: &mut egui::Ui,
    project: &rapport_core::model::Project,
    d: &Deliverable,
    field: DateField,
    words: &DateWords,
    today: NaiveDate,
    edits: &mut EditQueue,
) -> bool {
    let mut changed_any = false;
    let (value, name) = match field {
        DateField::Brief => (d.brief_sent, "brief"),
        DateField::Draft => (d.draft_due, "draft"),
        DateField::Publish => (d.publish, "publish"),
    };
    let fallback = d.publish.or(d.draft_due).or(d.brief_sent).unwrap_or(today);
    ui.horizontal(|ui| {
        let what = words.name.replace(TITLE, &d.title);
        if let Some(new) = date_edit(ui, &what, (name, &d.id), value, fallback) {
            let mut changed = d.clone();
            match field {
                DateField::Brief => changed.brief_sent = new,
                DateField::Draft => changed.draft_due = new,
                DateField::Publish => changed.publish = new,
            }
            edits.push(
                words.undo.clone(),
                rapport_core::model::edit_deliverable(project, changed, today),
            );
            changed_any = true;
        }
    });
    changed_any
}
