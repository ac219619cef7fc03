//! File ▸ Export deliverables / costs / calendar: asks where (the system's dialog, or a
//! typed path), then writes the file the core makes.

use crate::ui::shell::app::RapportApp;
use crate::ui::shell::dialogs::{Dialog, PathPurpose};
use crate::ui::shell::files::{Picked, pick};
use rapport_core::export::{
    calendar_ics, changes_csv, costs_csv, deliverables_csv, write_atomically,
};
use rapport_core::i18n::{Lang, text, text_with};
use std::path::{Path, PathBuf};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// Every deliverable as CSV.
    Deliverables,
    /// Every cost line as CSV, and the recorded changes beside it.
    Costs,
    /// The deliverables' dates as iCalendar.
    Calendar,
    /// The one-page report as HTML.
    Summary,
    /// The timeline as an image (SVG, or PNG by the file's name).
    TimelineChart,
    /// The budget as an image.
    BudgetChart,
}

impl ExportKind {
    /// The id of the dialog's title in the `.ftl` files.
    pub fn title_id(self) -> &'static str {
        match self {
            ExportKind::Deliverables => "sg-export-title-deliverables",
            ExportKind::Costs => "sg-export-title-costs",
            ExportKind::Calendar => "sg-export-title-calendar",
            ExportKind::Summary => "sg-export-title-summary",
            ExportKind::TimelineChart => "sg-export-title-timeline",
            ExportKind::BudgetChart => "sg-export-title-budget",
        }
    }

    /// The dialog's title in `lang`.
    pub fn title_in(self, lang: Lang) -> String {
        text(lang, self.title_id())
    }

    /// The file name offered for a project, in `lang`.
    fn file_name(self, project: &str, lang: Lang) -> String {
        let named = |id: &str| text_with(lang, id, &[("project", project.into())]);
        match self {
            ExportKind::Deliverables => format!("{}.csv", named("sg-export-file-deliverables")),
            ExportKind::Costs => format!("{}.csv", named("sg-export-file-costs")),
            ExportKind::Calendar => format!("{project}.ics"),
            ExportKind::Summary => format!("{}.html", named("sg-export-file-summary")),
            ExportKind::TimelineChart => format!("{}.png", named("sg-export-file-timeline")),
            ExportKind::BudgetChart => format!("{}.png", named("sg-export-file-budget")),
        }
    }
}

/// The file the recorded changes go to beside a costs export, named in `lang`:
/// `X costs.csv` → `X costs changes.csv`.
pub fn changes_path(costs: &Path, lang: Lang) -> PathBuf {
    let stem = costs
        .file_stem()
        .map_or_else(|| "costs".into(), |s| s.to_string_lossy().into_owned());
    let named = text_with(lang, "sg-export-file-changes", &[("stem", stem.into())]);
    costs.with_file_name(format!("{named}.csv"))
}

impl RapportApp {
    /// Runs one of the File menu's export commands.
    pub fn export_command(&mut self, command: crate::ui::shell::commands::UiCommand) {
        use crate::ui::shell::commands::UiCommand;
        let kind = match command {
            UiCommand::ExportDeliverables => ExportKind::Deliverables,
            UiCommand::ExportCosts => ExportKind::Costs,
            UiCommand::ExportCalendar => ExportKind::Calendar,
            UiCommand::ExportSummary => ExportKind::Summary,
            UiCommand::ExportTimelineChart => ExportKind::TimelineChart,
            UiCommand::ExportBudgetChart => ExportKind::BudgetChart,
            _ => return,
        };
        self.export(kind);
    }

    /// Asks where to write an export, then writes it.
    pub fn export(&mut self, kind: ExportKind) {
        let lang = crate::ui::kit::lang::chosen(self.prefs.lang.as_deref());
        let name: String = self
            .doc
            .project
            .info
            .name
            .chars()
            .filter(|c| !c.is_control() && !":*?\"<>|/\\".contains(*c))
            .collect();
        let default = kind.file_name(name.trim(), lang);
        let (label, ext): (&str, &[&str]) = match kind {
            ExportKind::Calendar => ("sg-export-filter-calendar", &["ics"]),
            ExportKind::Summary => ("sg-export-filter-page", &["html"]),
            ExportKind::TimelineChart | ExportKind::BudgetChart => {
                ("sg-export-filter-image", &["png", "svg"])
            }
            _ => ("sg-export-filter-csv", &["csv"]),
        };
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title(kind.title_in(lang))
                .add_filter(text(lang, label), ext)
                .set_file_name(&default)
                .save_file()
        });
        match picked {
            Picked::Path(path) => self.export_to(kind, &path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let start = self
                    .doc
                    .path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map_or_else(|| PathBuf::from(&default), |d| d.join(&default));
                self.dialog = Some(Dialog::TypePath {
                    purpose: PathPurpose::Export(kind),
                    text: start.display().to_string(),
                    note: String::new(),
                });
            }
        }
    }

    /// Writes an export to `path` and says so in the status bar (or shows why not).
    pub fn export_to(&mut self, kind: ExportKind, path: &Path) {
        let lang = crate::ui::kit::lang::chosen(self.prefs.lang.as_deref());
        let p = &self.doc.project;
        let shown = || path.display().to_string().into();
        let written = match kind {
            ExportKind::Deliverables => deliverables_csv(p)
                .and_then(|t| write_atomically(path, &t, true))
                .map(|()| {
                    text_with(
                        lang,
                        "sg-export-done-deliverables",
                        &[("count", p.deliverables.len().into()), ("path", shown())],
                    )
                }),
            ExportKind::Costs => {
                let changes = changes_path(path, lang);
                costs_csv(p)
                    .and_then(|t| write_atomically(path, &t, true))
                    .and_then(|()| changes_csv(p))
                    .and_then(|t| write_atomically(&changes, &t, true))
                    .map(|()| {
                        text_with(
                            lang,
                            "sg-export-done-costs",
                            &[
                                ("count", p.cost_lines.len().into()),
                                ("path", shown()),
                                ("changes", changes.display().to_string().into()),
                            ],
                        )
                    })
            }
            ExportKind::Calendar => write_atomically(path, calendar_ics(p), false)
                .map(|()| text_with(lang, "sg-export-done-calendar", &[("path", shown())])),
            ExportKind::Summary | ExportKind::TimelineChart | ExportKind::BudgetChart => {
                return self.export_page(kind, path);
            }
        };
        match written {
            Ok(message) => self.status = message,
            Err(error) => self.show_error(&text(lang, "sg-export-error-title"), &error),
        }
    }
}

impl RapportApp {
    /// The campaign the Timeline, Budget or Results show (all when none): what a summary or a
    /// chart is of.
    fn shown_campaign(&self) -> Option<rapport_core::model::CampaignId> {
        match self.panel {
            crate::ui::shell::app::PanelKind::Timeline => self.timeline.campaign_filter.clone(),
            crate::ui::shell::app::PanelKind::Budget => self.budget.campaign_filter.clone(),
            crate::ui::shell::app::PanelKind::Results => self.results.campaign.clone(),
            crate::ui::shell::app::PanelKind::Influencers => None,
        }
    }

    /// Writes the summary page or a chart (client-safe: no amounts or private details).
    fn export_page(&mut self, kind: ExportKind, path: &Path) {
        use rapport_core::export::image::{ChartKind, write_chart_in};
        let lang = crate::ui::kit::lang::chosen(self.prefs.lang.as_deref());
        let campaign = self.shown_campaign();
        let p = &self.doc.project;
        let findings = self.checker.findings().all();
        let chart = |chart: ChartKind| {
            write_chart_in(
                lang,
                &chart.svg_in(lang, p, campaign.as_ref(), self.today, findings, false),
                path,
            )
        };
        let written = match kind {
            ExportKind::Summary => write_atomically(
                path,
                rapport_core::export::summary::summary_html_in(
                    lang,
                    p,
                    campaign.as_ref(),
                    self.today,
                    findings,
                    false,
                    None,
                ),
                false,
            )
            .map_err(|e| e.message_in(lang)),
            ExportKind::TimelineChart => chart(ChartKind::Timeline),
            _ => chart(ChartKind::Budget),
        };
        match written {
            Ok(()) => {
                self.status = text_with(
                    lang,
                    "sg-export-done-page",
                    &[("path", path.display().to_string().into())],
                )
            }
            Err(message) => {
                self.dialog = Some(Dialog::Error {
                    title: text(lang, "sg-export-error-title"),
                    message,
                });
            }
        }
    }
}
