//! File ▸ Import results…: a results export (Instagram, TikTok, YouTube analytics, a link or
//! code tracker) with its columns mapped to figures (proposed from the headers, changeable),
//! the date the figures were read, a preview of what each row will do (which deliverable it
//! is about, or why it is skipped), then one undoable import and its report. The matching is
//! the core's `plan_results`, the same as `rapport import results`.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::shell::import_dialog::{mapping_ui, report_ui, table_facts_ui};
use chrono::NaiveDate;
use egui::RichText;
use rapport_core::file::CsvTable;
use rapport_core::file::spreadsheet::{ResultField, ResultsPlan, plan_results};
use rapport_core::i18n::{Lang, Text, text_with};
use rapport_core::model::Project;

/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 10;

/// The longest cell the preview shows whole.
const CELL_CHARS: usize = 32;

/// What a row of the file will do.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// A reading for this deliverable.
    Adds(String),
    /// The same reading is already recorded.
    Already,
    /// Not imported, and why.
    Skipped(Text),
    /// Not read from the file.
    NotRead,
}

/// The open results import dialog.
#[derive(Debug)]
pub struct ResultsImportDialog {
    /// The file's name, for the title.
    pub file_name: String,
    /// The spreadsheet as read.
    pub table: CsvTable,
    /// The figure each column holds.
    pub mapping: Vec<ResultField>,
    /// When the figures were read, for rows without a column that says.
    pub measured: NaiveDate,
    /// After importing: what happened, in words.
    pub report: Option<String>,
    plan: Memo<(u64, Vec<ResultField>, NaiveDate), Planned>,
}

/// A plan and what it does with each of the rows the preview shows.
#[derive(Debug)]
struct Planned {
    plan: ResultsPlan,
    preview: Vec<Outcome>,
}

impl Planned {
    fn new(plan: ResultsPlan, table: &CsvTable) -> Self {
        let mut of_line: rapport_core::fast::HashMap<usize, Outcome> =
            rapport_core::fast::HashMap::default();
        for (line, title, _) in &plan.added {
            of_line.insert(*line, Outcome::Adds(title.clone()));
        }
        for line in &plan.already {
            of_line.insert(*line, Outcome::Already);
        }
        for s in &plan.skipped {
            of_line.insert(s.line, Outcome::Skipped(s.why_text.clone()));
        }
        let preview = table
            .row_lines
            .iter()
            .take(PREVIEW_ROWS)
            .map(|line| of_line.remove(line).unwrap_or(Outcome::NotRead))
            .collect();
        Planned { plan, preview }
    }
}

impl ResultsImportDialog {
    /// A dialog for a table read from `file_name`, with the proposed mapping, readings
    /// dated `today` unless a column says otherwise.
    pub fn new(file_name: String, table: CsvTable, today: NaiveDate) -> Self {
        let mapping = rapport_core::file::spreadsheet::propose_results_mapping(&table.headers);
        ResultsImportDialog {
            file_name,
            table,
            mapping,
            measured: today,
            report: None,
            plan: Memo::default(),
        }
    }

    /// Draws the dialog; returns true when it is closed.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        edits: &mut EditQueue,
    ) -> bool {
        let mut close = false;
        let lang = crate::ui::kit::lang::get(ctx);
        egui::Modal::new(egui::Id::unique("results_import_dialog")).show(ctx, |ui| {
            ui.set_width((ctx.content_rect().width() - 80.0).clamp(400.0, 1100.0));
            ui.heading(tr_with(
                ctx,
                "sg-results-heading",
                &[("file", self.file_name.as_str().into())],
            ));
            if let Some(report) = &self.report {
                close = report_ui(ui, report);
                return;
            }
            table_facts_ui(ui, &self.table);
            ui.horizontal(|ui| {
                ui.label(tr(ctx, "sg-results-date-intro"));
                if let Some(Some(day)) = crate::ui::kit::date_field::date_field_ui(
                    ui,
                    "results-measured",
                    &tr(ctx, "sg-results-date-measured"),
                    Some(self.measured),
                    self.measured,
                    false,
                ) {
                    self.measured = day;
                }
            });
            ui.label(RichText::new(tr(ctx, "sg-results-matching")).weak());
            ui.separator();
            ui.label(RichText::new(tr(ctx, "sg-import-columns")).strong());
            mapping_ui(
                ui,
                "results_import_mapping",
                &self.table.headers,
                &mut self.mapping,
                ResultField::ALL,
                |f| f.label_in(lang),
            );
            ui.separator();
            let key = (revision, self.mapping.clone(), self.measured);
            let (table, mapping, measured) = (&self.table, &self.mapping, self.measured);
            let planned = self.plan.get(key, || {
                Planned::new(plan_results(project, table, mapping, measured), table)
            });
            let plan = &planned.plan;
            let to_add = plan.added.len();
            ui.label(
                RichText::new(tr_with(
                    ctx,
                    "sg-results-summary",
                    &[
                        ("add", to_add.into()),
                        ("already", plan.already.len().into()),
                        ("skipped", plan.skipped.len().into()),
                    ],
                ))
                .strong(),
            );
            preview_ui(ui, &self.table, &self.mapping, planned);
            ui.separator();
            ui.horizontal(|ui| {
                let import = ui.add_enabled(
                    to_add > 0,
                    egui::Button::new(tr_with(
                        ctx,
                        "sg-results-import-button",
                        &[("count", to_add.into())],
                    )),
                );
                if import.clicked() {
                    edits.push(tr(ctx, "sg-undo-import-results"), plan.edit.clone());
                    self.report = Some(report_text(plan, lang));
                }
                if ui.button(tr(ctx, "sg-import-cancel")).clicked() {
                    close = true;
                }
            });
        });
        close || ctx.input(|i| i.key_pressed(egui::Key::Escape))
    }
}

/// The first rows: line, what the row does, and its mapped cells as in the file.
fn preview_ui(ui: &mut egui::Ui, table: &CsvTable, mapping: &[ResultField], planned: &Planned) {
    let mapped: Vec<usize> = (0..table.headers.len())
        .filter(|&c| mapping.get(c).is_some_and(|f| *f != ResultField::Ignore))
        .collect();
    let error = ui.visuals().error_fg_color;
    let ctx = ui.ctx().clone();
    let lang = crate::ui::kit::lang::get(&ctx);
    let skipped = |why: &str| tr_with(&ctx, "sg-import-skipped", &[("reason", why.into())]);
    egui::ScrollArea::both()
        .id_salt("results_import_preview")
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("results_import_preview_grid")
                .striped(true)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr(&ctx, "sg-import-col-line")).strong());
                    ui.label(RichText::new(tr(&ctx, "sg-results-col-goes-to")).strong());
                    for &c in &mapped {
                        let field = mapping
                            .get(c)
                            .map_or_else(String::new, |f| f.label_in(lang));
                        ui.label(RichText::new(field).strong());
                    }
                    ui.end_row();
                    let rows = table.rows.iter().zip(&table.row_lines);
                    for (k, (row, &line)) in rows.take(PREVIEW_ROWS).enumerate() {
                        ui.label(line.to_string());
                        match planned.preview.get(k) {
                            Some(Outcome::Adds(title)) => ui.label(format!("→ {title}")),
                            Some(Outcome::Already) => {
                                ui.label(RichText::new(tr(&ctx, "sg-results-already")).weak())
                            }
                            Some(Outcome::Skipped(why)) => {
                                ui.colored_label(error, skipped(&why.render(lang)))
                            }
                            Some(Outcome::NotRead) => {
                                ui.colored_label(error, skipped(&tr(&ctx, "sg-results-not-read")))
                            }
                            None => ui.label(""),
                        };
                        // Long cells (addresses) shortened, whole on hover, so the
                        // figures after them stay in view.
                        for &c in &mapped {
                            let cell = row.get(c).map_or("", |s| s.trim());
                            if cell.chars().count() > CELL_CHARS {
                                let short: String = cell.chars().take(CELL_CHARS - 1).collect();
                                ui.label(format!("{short}…")).on_hover_text(cell);
                            } else {
                                ui.label(cell);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    if table.rows.len() > PREVIEW_ROWS {
        ui.label(
            RichText::new(tr_with(
                &ctx,
                "sg-results-first-of",
                &[
                    ("shown", PREVIEW_ROWS.into()),
                    ("rows", table.rows.len().into()),
                ],
            ))
            .weak(),
        );
    }
}

/// The import in words, in `lang`: every reading added and every row skipped, with its line.
pub fn report_text(plan: &ResultsPlan, lang: Lang) -> String {
    let mut text = text_with(
        lang,
        "sg-results-report",
        &[
            ("added", plan.added.len().into()),
            ("already", plan.already.len().into()),
            ("skipped", plan.skipped.len().into()),
        ],
    );
    for (line, title, date) in &plan.added {
        text.push('\n');
        text.push_str(&text_with(
            lang,
            "sg-results-report-added",
            &[
                ("line", (*line).into()),
                ("title", title.as_str().into()),
                ("date", date.to_string().into()),
            ],
        ));
    }
    for s in &plan.skipped {
        text.push('\n');
        text.push_str(&text_with(
            lang,
            "sg-results-report-skipped",
            &[("line", s.line.into()), ("why", s.why_in(lang).into())],
        ));
    }
    text
}
