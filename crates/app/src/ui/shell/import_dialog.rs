//! File ▸ Import influencers…: a spreadsheet's columns mapped to profile fields (proposed,
//! changeable), a preview of the first rows as they would be read, then one undoable
//! import and its report.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use egui::RichText;
use rapport_core::file::{CsvTable, Field, ImportReport, check_mapping, plan_import, preview};
use rapport_core::model::{Platform, Project};

/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 8;

/// The open import dialog.
#[derive(Debug)]
pub struct ImportDialog {
    /// The file's name, for the title.
    pub file_name: String,
    /// The spreadsheet as read.
    pub table: CsvTable,
    /// The field each column goes to.
    pub mapping: Vec<Field>,
    /// The platform of handles in rows that do not name one.
    pub platform: Platform,
    /// After importing: what happened.
    pub report: Option<ImportReport>,
}

impl ImportDialog {
    /// A dialog for a table read from `file_name`, with the proposed mapping.
    pub fn new(file_name: String, table: CsvTable) -> Self {
        let mapping = rapport_core::file::spreadsheet::propose_mapping_for(&table);
        ImportDialog {
            file_name,
            table,
            mapping,
            platform: Platform::Instagram,
            report: None,
        }
    }

    /// Draws the dialog; returns true when it is closed.
    pub fn ui(&mut self, ctx: &egui::Context, project: &Project, edits: &mut EditQueue) -> bool {
        let mut close = false;
        let lang = crate::ui::kit::lang::get(ctx);
        egui::Modal::new(egui::Id::unique("import_dialog")).show(ctx, |ui| {
            ui.set_width((ctx.content_rect().width() - 80.0).clamp(400.0, 1100.0));
            ui.heading(tr_with(
                ctx,
                "sg-import-heading",
                &[("file", self.file_name.as_str().into())],
            ));
            if let Some(report) = &self.report {
                close = report_ui(ui, &report.text_in(lang));
                return;
            }
            table_facts_ui(ui, &self.table);
            ui.horizontal(|ui| {
                ui.label(tr(ctx, "sg-import-platform-intro"));
                labelled_combo(
                    ui,
                    "Import platform",
                    &tr(ctx, "sg-import-platform"),
                    &mut self.platform,
                    Platform::ALL,
                    |p| p.label_in(lang),
                );
            });
            ui.separator();
            ui.label(RichText::new(tr(ctx, "sg-import-columns")).strong());
            mapping_ui(
                ui,
                "import_mapping",
                &self.table.headers,
                &mut self.mapping,
                Field::ALL,
                |f| f.label_in(lang),
            );
            ui.separator();
            ui.label(
                RichText::new(tr_with(
                    ctx,
                    "sg-import-first-rows",
                    &[("count", PREVIEW_ROWS.min(self.table.rows.len()).into())],
                ))
                .strong(),
            );
            self.preview_ui(ui);
            ui.separator();
            let valid = check_mapping(&self.table, &self.mapping);
            if let Err(problem) = &valid {
                ui.colored_label(ui.visuals().error_fg_color, problem.message_in(lang));
            }
            ui.horizontal(|ui| {
                let import = ui.add_enabled(
                    valid.is_ok(),
                    egui::Button::new(tr_with(
                        ctx,
                        "sg-import-rows-button",
                        &[("count", self.table.rows.len().into())],
                    )),
                );
                if import.clicked() {
                    let plan = plan_import(project, &self.table, &self.mapping, self.platform);
                    edits.push(tr(ctx, "sg-undo-import-influencers"), plan.edit);
                    self.report = Some(plan.report);
                }
                if ui.button(tr(ctx, "sg-import-cancel")).clicked() {
                    close = true;
                }
            });
        });
        close || ctx.input(|i| i.key_pressed(egui::Key::Escape))
    }

    fn preview_ui(&self, ui: &mut egui::Ui) {
        let rows = preview(&self.table, &self.mapping, self.platform, PREVIEW_ROWS);
        let mapped: Vec<usize> = (0..self.table.headers.len())
            .filter(|&c| self.mapping.get(c).is_some_and(|f| *f != Field::Ignore))
            .collect();
        let error = ui.visuals().error_fg_color;
        let ctx = ui.ctx().clone();
        let lang = crate::ui::kit::lang::get(&ctx);
        // The headers, looked up once (not per row).
        let fields: Vec<String> = mapped
            .iter()
            .map(|&c| {
                self.mapping
                    .get(c)
                    .map_or_else(String::new, |f| f.label_in(lang))
            })
            .collect();
        egui::ScrollArea::both()
            .id_salt("import_preview")
            .max_height(240.0)
            .show(ui, |ui| {
                egui::Grid::new("import_preview_grid")
                    .striped(true)
                    .show(ui, |ui| {
                        ui.label(RichText::new(tr(&ctx, "sg-import-col-line")).strong());
                        ui.label(RichText::new(tr(&ctx, "sg-import-col-name")).strong());
                        for field in &fields {
                            ui.label(RichText::new(field).strong());
                        }
                        ui.end_row();
                        for row in &rows {
                            ui.label(row.line.to_string());
                            match row.skip_in(lang) {
                                Some(reason) => ui.colored_label(
                                    error,
                                    tr_with(
                                        &ctx,
                                        "sg-import-skipped",
                                        &[("reason", reason.as_str().into())],
                                    ),
                                ),
                                None => ui.label(&row.name),
                            };
                            for &c in &mapped {
                                match row.cells.get(c) {
                                    Some(cell) => match cell.problem_in(lang) {
                                        Some(problem) => {
                                            ui.colored_label(error, format!("“{}” ✗", cell.raw))
                                                .on_hover_text(problem);
                                        }
                                        None => {
                                            let value = if cell.value
                                                == rapport_core::file::spreadsheet::row::UNKNOWN
                                            {
                                                tr(&ctx, "sg-import-unknown")
                                            } else {
                                                cell.value.clone()
                                            };
                                            ui.label(value).on_hover_text(tr_with(
                                                &ctx,
                                                "sg-import-in-file",
                                                &[("raw", cell.raw.as_str().into())],
                                            ));
                                        }
                                    },
                                    None => {
                                        ui.label("");
                                    }
                                }
                            }
                            ui.end_row();
                        }
                    });
            });
    }
}

/// After an import: what it did, and Close (true when clicked).
pub(super) fn report_ui(ui: &mut egui::Ui, report: &str) -> bool {
    let ctx = ui.ctx().clone();
    ui.label(RichText::new(tr(&ctx, "sg-import-undo-note")).weak());
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .show(ui, |ui| {
            ui.label(report);
        });
    ui.button(tr(&ctx, "sg-import-close")).clicked()
}

/// How the spreadsheet was read: rows, separator, header line, and any notice or warning.
pub(super) fn table_facts_ui(ui: &mut egui::Ui, table: &CsvTable) {
    let delimiter = match table.delimiter {
        b',' => "comma",
        b';' => "semicolon",
        b'\t' => "tab",
        b'|' => "pipe",
        _ => "other",
    };
    ui.label(tr_with(
        ui.ctx(),
        "sg-import-facts",
        &[
            ("rows", table.rows.len().into()),
            ("delimiter", delimiter.into()),
            ("line", table.header_line.into()),
        ],
    ));
    let lang = crate::ui::kit::lang::get(ui.ctx());
    if let Some(notice) = table.notice_in(lang) {
        ui.colored_label(ui.visuals().warn_fg_color, notice);
    }
    for warning in table.warnings_in(lang) {
        ui.colored_label(ui.visuals().warn_fg_color, warning);
    }
}

/// Each column's header with a choice of what it holds (named by `label`), three to a
/// row, scrolling sideways.
pub(super) fn mapping_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id: &str,
    headers: &[String],
    mapping: &mut [T],
    all: &[T],
    label: impl Fn(T) -> String,
) {
    let ctx = ui.ctx().clone();
    egui::ScrollArea::horizontal().id_salt(id).show(ui, |ui| {
        egui::Grid::new((id, "grid")).striped(true).show(ui, |ui| {
            for (column, header) in headers.iter().enumerate() {
                ui.label(header);
                if let Some(field) = mapping.get_mut(column) {
                    let name = tr_with(
                        &ctx,
                        "sg-import-column",
                        &[("header", header.as_str().into())],
                    );
                    labelled_combo(ui, &format!("Column {header}"), &name, field, all, &label);
                }
                if column % 3 == 2 {
                    ui.end_row();
                }
            }
        });
    });
}

/// A menu of `all` showing `label` of each, with `name` as its tooltip; `id` (not shown)
/// keeps it the same widget whatever the language.
fn labelled_combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id: &str,
    name: &str,
    value: &mut T,
    all: &[T],
    label: impl Fn(T) -> String,
) {
    egui::ComboBox::from_id_salt(id)
        .selected_text(label(*value))
        .show_ui(ui, |ui| {
            for option in all {
                ui.selectable_value(value, *option, label(*option));
            }
        })
        .response
        .on_hover_text(name);
}
