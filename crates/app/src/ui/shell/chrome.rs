//! The menu bar, the status bar and the findings side panel.

use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::widgets::severity_color;
use crate::ui::shell::app::{PanelKind, RapportApp};
use crate::ui::shell::commands::UiCommand;
use crate::ui::shell::dialogs::{Dialog, PathPurpose, Pending};
use egui::RichText;
use rapport_core::checks::Severity;
use rapport_core::model::AnyId;

impl RapportApp {
    /// The menu bar: File, Edit, View, Help, all from the one command list.
    pub(super) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        let tr = |id: &str| tr(ui.ctx(), id);
        let (file, edit, view, help) = (
            tr("menu-file"),
            tr("menu-edit"),
            tr("menu-view"),
            tr("menu-help"),
        );
        let (by_path, by_path_tip, findings_list) = (
            tr("menu-open-by-path"),
            tr("menu-open-by-path-tip"),
            tr("menu-findings-list"),
        );
        let about = [
            tr("sh-about"),
            tr_with(
                ui.ctx(),
                "sh-version",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ),
            tr("sh-about-checks"),
        ];
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(file, |ui| {
                for &command in UiCommand::FILE_MENU {
                    if command.menu_button(ui, true) {
                        self.commands.push(command);
                        ui.close();
                    }
                    if command == UiCommand::Open {
                        self.recent_menu_ui(ui);
                        if ui.button(&by_path).on_hover_text(&by_path_tip).clicked() {
                            self.dialog = Some(Dialog::TypePath {
                                purpose: PathPurpose::Open,
                                text: String::new(),
                                note: String::new(),
                            });
                            ui.close();
                        }
                    }
                }
                ui.separator();
                if UiCommand::Quit.menu_button(ui, true) {
                    self.commands.push(UiCommand::Quit);
                    ui.close();
                }
            });
            ui.menu_button(edit, |ui| {
                let undo = self.doc.history.undo_label().map(str::to_string);
                let redo = self.doc.history.redo_label().map(str::to_string);
                for (&command, label) in UiCommand::EDIT_MENU.iter().zip([undo, redo]) {
                    let response = command.menu_button(ui, label.is_some());
                    if response {
                        self.commands.push(command);
                        ui.close();
                    }
                    if let Some(label) = label {
                        ui.label(RichText::new(format!("   {label}")).weak().small());
                    }
                }
            });
            ui.menu_button(view, |ui| {
                for &command in UiCommand::VIEW_MENU {
                    if command.menu_button(ui, true) {
                        self.commands.push(command);
                        ui.close();
                    }
                }
                ui.separator();
                if ui
                    .checkbox(&mut self.show_findings, findings_list)
                    .changed()
                {
                    ui.close();
                }
                self.language_menu_ui(ui);
            });
            ui.menu_button(help, |ui| {
                for &command in UiCommand::HELP_MENU {
                    if command.menu_button(ui, true) {
                        self.commands.push(command);
                        ui.close();
                    }
                }
                ui.separator();
                ui.label(RichText::new("Rapport").strong());
                for line in about {
                    ui.label(line);
                }
            });
        });
    }

    fn recent_menu_ui(&mut self, ui: &mut egui::Ui) {
        let tr = |id: &str| tr(ui.ctx(), id);
        let (title, none) = (tr("menu-open-recent"), tr("menu-no-recent"));
        ui.menu_button(title, |ui| {
            if self.prefs.recent.is_empty() {
                ui.label(RichText::new(none).weak());
            }
            let mut chosen = None;
            for path in &self.prefs.recent {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .button(name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    chosen = Some(path.clone());
                }
            }
            if let Some(path) = chosen {
                let ctx = ui.ctx().clone();
                self.request(Pending::Open(Some(path)), &ctx);
                ui.close();
            }
        });
    }

    /// The status bar: the file, the findings by severity (a click opens the list), and
    /// the last message.
    pub(super) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        // `frame_ui` brought the findings up to date before drawing.
        let tally = self.checker.tally();
        let dark = ui.visuals().dark_mode;
        let ctx = ui.ctx().clone();
        let tr = |id: &str| tr(&ctx, id);
        ui.horizontal(|ui| {
            let counts = [
                (Severity::Error, tally.errors, "sh-count-errors"),
                (Severity::Warning, tally.warnings, "sh-count-warnings"),
                (Severity::Notice, tally.notices, "sh-count-notices"),
            ];
            // Before a document's first check (or while one is being opened) there is
            // nothing to count yet.
            let counted = self.checker.has_findings() && self.loading.is_none();
            for (severity, count, id) in counts.into_iter().filter(|_| counted) {
                let words = tr_with(&ctx, id, &[("count", count.into())]);
                let text =
                    RichText::new(format!("● {words}")).color(severity_color(severity, dark));
                if ui
                    .add(egui::Button::new(text).frame(false))
                    .on_hover_text(tr("sh-findings-toggle-tip"))
                    .clicked()
                {
                    self.show_findings = !self.show_findings;
                }
            }
            if self.checks_pending() {
                ui.spinner();
                ui.label(tr("sh-checking"))
                    .on_hover_text(tr("sh-checking-tip"));
            }
            ui.separator();
            let checked_as_of = tr("sh-checked-as-of");
            ui.label(&checked_as_of)
                .on_hover_text(tr("sh-checked-as-of-tip"));
            if let Some(Some(date)) = crate::ui::kit::date_field::date_field_ui(
                ui,
                "checked-as-of",
                &checked_as_of,
                Some(self.today),
                self.today,
                false,
            ) {
                self.today = date;
            }
            let real_today = chrono::Local::now().date_naive();
            if self.today != real_today
                && ui
                    .small_button(tr("sh-today"))
                    .on_hover_text(tr("sh-today-tip"))
                    .clicked()
            {
                self.today = real_today;
            }
            ui.separator();
            // While a file is being opened, the empty project behind the screen has nothing
            // to count either.
            if self.loading.is_none() {
                let p = &self.doc.project;
                ui.label(tr_with(
                    &ctx,
                    "sh-project-counts",
                    &[
                        ("influencers", p.influencers.len().into()),
                        ("campaigns", p.campaigns.len().into()),
                        ("deliverables", p.deliverables.len().into()),
                        ("costs", p.cost_lines.len().into()),
                    ],
                ));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(&self.status).weak());
            });
        });
    }

    /// Every finding with its fix; a click goes to what it is about.
    pub(super) fn findings_panel_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let tr = |id: &str| tr(&ctx, id);
        ui.horizontal(|ui| {
            ui.heading(tr("sh-findings"));
            if ui
                .small_button("×")
                .on_hover_text(tr("sh-findings-hide-tip"))
                .clicked()
            {
                self.show_findings = false;
            }
        });
        let dark = ui.visuals().dark_mode;
        let mut go_to: Option<AnyId> = None;
        let findings = self.checker.findings().all();
        let go_to_tip = tr("sh-go-to");
        let [error, warning, notice] = [
            "sh-severity-error",
            "sh-severity-warning",
            "sh-severity-notice",
        ]
        .map(tr);
        let severity_word = |s: Severity| match s {
            Severity::Error => error.as_str(),
            Severity::Warning => warning.as_str(),
            Severity::Notice => notice.as_str(),
        };
        egui::ScrollArea::vertical().auto_shrink(false).show_rows(
            ui,
            64.0,
            findings.len(),
            |ui, range| {
                for f in findings.get(range).unwrap_or_default() {
                    ui.push_id((f.code.as_str(), f.subject.first()), |ui| {
                        ui.set_height(56.0);
                        ui.horizontal(|ui| {
                            ui.label(
                                RichText::new(severity_word(f.severity))
                                    .color(severity_color(f.severity, dark))
                                    .strong(),
                            );
                            if ui.link(f.code.as_str()).on_hover_text(&go_to_tip).clicked() {
                                go_to = f.subject.first().cloned();
                            }
                        });
                        let message = crate::ui::kit::lang::say(ui.ctx(), &f.message);
                        ui.add(egui::Label::new(&message).truncate())
                            .on_hover_text(message);
                        let fix = crate::ui::kit::lang::fix_line(ui.ctx(), &f.fix);
                        ui.add(egui::Label::new(RichText::new(&fix).italics().weak()).truncate())
                            .on_hover_text(fix);
                    });
                    ui.separator();
                }
            },
        );
        if let Some(id) = go_to {
            self.go_to(&id);
        }
    }

    /// Shows the panel a record lives in and selects it.
    pub fn go_to(&mut self, id: &AnyId) {
        let p = &self.doc.project;
        if p.deliverable(&id.cast()).is_some() {
            self.panel = PanelKind::Timeline;
            self.timeline.select(id.cast());
        } else if p.cost_line(&id.cast()).is_some() {
            self.panel = PanelKind::Budget;
            self.budget.select(id.cast());
        } else if p.influencer(&id.cast()).is_some() {
            self.panel = PanelKind::Influencers;
            self.influencers.select(id.cast());
        }
    }

    /// Shows the Results panel on the campaign of deliverable `id`, with the entry of its
    /// results open.
    pub fn enter_results(&mut self, id: &rapport_core::model::DeliverableId) {
        if let Some(d) = self.doc.project.deliverable(id) {
            self.panel = PanelKind::Results;
            self.results.campaign = Some(d.campaign.clone());
            self.results.entry = Some(crate::ui::results::ResultEntry::new(d, self.today));
        }
    }

    /// View ▸ Language: the system's, English or 简体中文, kept in the preferences.
    fn language_menu_ui(&mut self, ui: &mut egui::Ui) {
        use rapport_core::i18n::Lang;
        let lang = crate::ui::kit::lang::get(ui.ctx());
        let system = crate::ui::kit::lang::system();
        let title = rapport_core::i18n::text(lang, "menu-language");
        ui.menu_button(title, |ui| {
            let follow = rapport_core::i18n::text_with(
                lang,
                "language-system",
                &[("language", system.native_name().into())],
            );
            let mut chosen = self.prefs.lang.clone();
            ui.radio_value(&mut chosen, None, follow)
                .on_hover_text(rapport_core::i18n::text(lang, "language-tip"));
            for &l in Lang::ALL {
                ui.radio_value(&mut chosen, Some(l.code().to_string()), l.native_name());
            }
            if chosen != self.prefs.lang {
                self.prefs.lang = chosen;
                ui.close();
            }
        });
    }

    /// After the frame: applies the edits the panels queued (each one undo step) and
    /// carries out what they asked for: going to a record, entering results, drafting an
    /// update (in the creator's language, else the interface's).
    pub(super) fn apply_requests(&mut self, ctx: &egui::Context) {
        let edits = self.edits.drain();
        if !edits.is_empty() {
            // Show the result at once, not at the next input.
            ctx.request_repaint();
        }
        for (label, edit) in edits {
            self.doc.apply(&label, edit);
            self.status = label;
        }
        if let Some(id) = self.edits.take_go_to() {
            self.go_to(&id);
        }
        if let Some(id) = self.edits.take_enter_results() {
            self.enter_results(&id);
        }
        if let Some(id) = self.edits.take_draft_update() {
            let lang = rapport_core::model::creator_lang(&self.doc.project, &id)
                .unwrap_or_else(|| crate::ui::kit::lang::get(ctx));
            let text = rapport_core::model::draft_update_in(&self.doc.project, &id, lang);
            self.timeline.side.draft = Some((id, text));
            ctx.request_repaint();
        }
    }
}
