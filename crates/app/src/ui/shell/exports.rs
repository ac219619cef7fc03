//! File ▸ Export deliverables / costs / calendar: asks where (the system's dialog, or a
//! typed path), then writes the file the core makes.

use crate::ui::shell::app::RapportApp;
use crate::ui::shell::dialogs::{Dialog, PathPurpose};
use crate::ui::shell::files::{Picked, pick};
use rapport_core::export::{
    calendar_ics, changes_csv, costs_csv, deliverables_csv, write_atomically,
};
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
    /// The dialog's title.
    pub fn title(self) -> &'static str {
        match self {
            ExportKind::Deliverables => "Export the deliverables as CSV",
            ExportKind::Costs => "Export the costs as CSV",
            ExportKind::Calendar => "Export the calendar",
            ExportKind::Summary => "Export the one-page summary",
            ExportKind::TimelineChart => "Export the timeline as an image",
            ExportKind::BudgetChart => "Export the budget as an image",
        }
    }

    /// The file name offered for a project.
    fn file_name(self, project: &str) -> String {
        match self {
            ExportKind::Deliverables => format!("{project} deliverables.csv"),
            ExportKind::Costs => format!("{project} costs.csv"),
            ExportKind::Calendar => format!("{project}.ics"),
            ExportKind::Summary => format!("{project} summary.html"),
            ExportKind::TimelineChart => format!("{project} timeline.png"),
            ExportKind::BudgetChart => format!("{project} budget.png"),
        }
    }
}

/// The file the recorded changes go to beside a costs export: `X costs.csv` →
/// `X costs changes.csv`.
pub fn changes_path(costs: &Path) -> PathBuf {
    let stem = costs
        .file_stem()
        .map_or_else(|| "costs".into(), |s| s.to_string_lossy().into_owned());
    costs.with_file_name(format!("{stem} changes.csv"))
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
        let name: String = self
            .doc
            .project
            .info
            .name
            .chars()
            .filter(|c| !c.is_control() && !":*?\"<>|/\\".contains(*c))
            .collect();
        let default = kind.file_name(name.trim());
        let (label, ext): (&str, &[&str]) = match kind {
            ExportKind::Calendar => ("Calendar (iCalendar)", &["ics"]),
            ExportKind::Summary => ("Web page (HTML)", &["html"]),
            ExportKind::TimelineChart | ExportKind::BudgetChart => {
                ("Image (PNG or SVG)", &["png", "svg"])
            }
            _ => ("Spreadsheet (CSV)", &["csv"]),
        };
        let picked = pick(self.native_dialogs, || {
            rfd::FileDialog::new()
                .set_title(kind.title())
                .add_filter(label, ext)
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
        let p = &self.doc.project;
        let written = match kind {
            ExportKind::Deliverables => deliverables_csv(p)
                .and_then(|t| write_atomically(path, &t, true))
                .map(|()| {
                    format!(
                        "Exported {} deliverables to {}",
                        p.deliverables.len(),
                        path.display()
                    )
                }),
            ExportKind::Costs => {
                let changes = changes_path(path);
                costs_csv(p)
                    .and_then(|t| write_atomically(path, &t, true))
                    .and_then(|()| changes_csv(p))
                    .and_then(|t| write_atomically(&changes, &t, true))
                    .map(|()| {
                        format!(
                            "Exported {} cost lines to {} and their recorded changes to {}",
                            p.cost_lines.len(),
                            path.display(),
                            changes.display()
                        )
                    })
            }
            ExportKind::Calendar => write_atomically(path, calendar_ics(p), false)
                .map(|()| format!("Exported the deliverables' dates to {}", path.display())),
            ExportKind::Summary | ExportKind::TimelineChart | ExportKind::BudgetChart => {
                return self.export_page(kind, path);
            }
        };
        match written {
            Ok(message) => self.status = message,
            Err(error) => self.show_error("Could not export", &error),
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
        use rapport_core::export::image::{ChartKind, write_chart};
        let campaign = self.shown_campaign();
        let p = &self.doc.project;
        let findings = self.checker.findings().all();
        let chart = |chart: ChartKind| {
            write_chart(
                &chart.svg(p, campaign.as_ref(), self.today, findings, false),
                path,
            )
        };
        let written = match kind {
            ExportKind::Summary => write_atomically(
                path,
                rapport_core::export::summary::summary_html(
                    p,
                    campaign.as_ref(),
                    self.today,
                    findings,
                    false,
                    None,
                ),
                false,
            )
            .map_err(|e| e.to_string()),
            ExportKind::TimelineChart => chart(ChartKind::Timeline),
            _ => chart(ChartKind::Budget),
        };
        match written {
            Ok(()) => {
                self.status = format!(
                    "Exported to {} (no fees or private details)",
                    path.display()
                )
            }
            Err(message) => {
                self.dialog = Some(Dialog::Error {
                    title: "Could not export".into(),
                    message,
                });
            }
        }
    }
}
