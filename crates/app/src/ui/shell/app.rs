//! The app: the open document, the three panels, menus, status bar and dialogs.
//! Panels only read the project and queue edits; this applies them after each frame.

use crate::ui::budget::BudgetPanel;
use crate::ui::influencers::InfluencersPanel;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use crate::ui::shell::autosave::Autosave;
use crate::ui::shell::checker::{CheckKey, Checker};
use crate::ui::shell::commands::UiCommand;
use crate::ui::shell::dialogs::{Dialog, Pending};
use crate::ui::shell::importing::Importing;
use crate::ui::shell::loading::Loading;
use crate::ui::timeline::TimelinePanel;
use chrono::NaiveDate;
use rapport_core::checks::Finding;
use rapport_core::document::Document;
use rapport_core::model::ProjectIndex;
use std::path::PathBuf;

rapport_core::labelled_enum! {
    /// Which of the three panels is showing.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
    pub enum PanelKind {
        /// Roster and profiles.
        Influencers => "Influencers",
        /// Deliverables and dates.
        Timeline => "Timeline",
        /// Cost lines and caps.
        Budget => "Budget",
        /// Targets, measured results and what they cost.
        Results => "Results",
    }
}

/// The parts of the app that draw a [`View`], borrowed beside it.
pub(super) struct Panels<'a> {
    /// The presentation, while presenting.
    pub present: &'a mut Option<crate::ui::present::Presentation>,
    /// The Influencers panel.
    pub influencers: &'a mut InfluencersPanel,
    /// The Timeline panel.
    pub timeline: &'a mut TimelinePanel,
    /// The Budget panel.
    pub budget: &'a mut BudgetPanel,
    /// The Results panel.
    pub results: &'a mut crate::ui::results::ResultsPanel,
    /// Where the panels queue their edits.
    pub edits: &'a mut EditQueue,
}

/// What the app remembers between runs (never stored in project files).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// Dark theme on.
    pub dark: bool,
    /// Seconds between writes of unsaved work to a recovery file (default 30).
    pub autosave_seconds: Option<u64>,
    /// The zoom factor (View ▸ Zoom; 1 when never set).
    pub zoom: Option<f32>,
    /// The language's code (View ▸ Language); the system's when none.
    pub lang: Option<String>,
}

/// The key under which preferences are kept in the app's storage.
pub const PREFERENCES_KEY: &str = "rapport-preferences";
/// How many recent files are remembered.
const MAX_RECENT: usize = 10;

/// The whole desktop app.
pub struct RapportApp {
    /// The open project.
    pub doc: Document,
    /// The panel showing.
    pub panel: PanelKind,
    /// The date checks run as of.
    pub today: NaiveDate,
    /// Remembered between runs.
    pub prefs: Preferences,
    /// Whether native file dialogs may be tried (off in tests).
    pub native_dialogs: bool,
    /// The open dialog, if any.
    pub dialog: Option<Dialog>,
    /// A short message for the status bar ("Saved", "Undid: Rename").
    pub status: String,
    /// The findings side panel is open.
    pub show_findings: bool,
    /// Help ▸ Keyboard shortcuts is open.
    pub show_shortcuts: bool,
    /// Roster panel state.
    pub influencers: InfluencersPanel,
    /// Timeline panel state.
    pub timeline: TimelinePanel,
    /// Budget panel state.
    pub budget: BudgetPanel,
    /// Results panel state.
    pub results: crate::ui::results::ResultsPanel,
    pub(super) edits: EditQueue,
    pub(super) commands: Vec<UiCommand>,
    /// Writes unsaved work to a recovery file every so often.
    pub autosave: Autosave,
    /// The lock on the open file, telling other Rapports it is being edited here.
    pub(super) lock: Option<rapport_core::file::lock::FileLock>,
    /// How the file being opened is to be opened (read in the background when large).
    pub(super) open_mode: crate::ui::shell::in_use::OpenMode,
    /// The checks, run at once or in the background, and the findings shown.
    pub(super) checker: Checker,
    /// The project state (and day) the panels last saw, to tell them when it changed.
    seen: Option<CheckKey>,
    /// The window's context, so a background check can ask for a new frame.
    repaint: Option<egui::Context>,
    /// A large file being read in the background.
    pub(super) loading: Option<Loading>,
    /// Where each record is, by id, for the project as it is now.
    index: Memo<(u64, u64), ProjectIndex>,
    version: u64,
    /// Counts changes of the project alone (see `View::revision`).
    revision: u64,
    /// Counts arrivals of new findings (see `View::checked`).
    checked: u64,
    /// Counts changes of which records exist and where (see `View::layout`).
    layout: u64,
    /// The document and history layout `layout` was last counted for.
    seen_layout: Option<(u64, u64)>,
    generation: u64,
    pub(super) allow_close: bool,
    pub(super) after_save: Option<Pending>,
    /// The open import dialog.
    pub import: Option<Importing>,
    /// The open Share dialog.
    pub share: Option<crate::ui::shell::share_dialog::ShareDialog>,
    /// The comparison with a copy, shown instead of the panels while open.
    pub compare: Option<crate::ui::shell::compare_view::CompareView>,
    /// The presentation, while presenting (drawn instead of everything else).
    pub present: Option<crate::ui::present::Presentation>,
    /// Where the versions shared copies were made from are kept (none: not kept).
    pub sent: Option<rapport_core::share::SentCopies>,
    commands_waited: bool,
    title: String,
}

impl RapportApp {
    /// An app showing a document.
    pub fn new(doc: Document, today: NaiveDate) -> Self {
        RapportApp {
            doc,
            panel: PanelKind::Influencers,
            today,
            prefs: Preferences::default(),
            native_dialogs: true,
            dialog: None,
            status: String::new(),
            show_findings: false,
            show_shortcuts: false,
            influencers: InfluencersPanel::default(),
            timeline: TimelinePanel::default(),
            budget: BudgetPanel::default(),
            results: Default::default(),
            edits: EditQueue::default(),
            commands: Vec::new(),
            checker: Checker::default(),
            autosave: Autosave::default(),
            lock: None,
            open_mode: Default::default(),
            seen: None,
            repaint: None,
            loading: None,
            index: Memo::default(),
            version: 0,
            revision: 0,
            checked: 0,
            layout: 0,
            seen_layout: None,
            generation: 0,
            allow_close: false,
            after_save: None,
            import: None,
            share: None,
            compare: None,
            present: None,
            sent: rapport_core::share::SentCopies::default_store(),
            commands_waited: false,
            title: String::new(),
        }
    }

    /// Replaces the open document (after the user agreed to lose unsaved work).
    pub fn set_document(&mut self, doc: Document) {
        // The work being replaced was saved or given up: its recovery file goes, and so
        // does the lock on its file.
        self.autosave.forget();
        self.lock = None;
        if let Some(path) = &doc.path {
            self.remember_recent(path.clone());
        }
        self.doc = doc;
        self.generation += 1;
        // How long the last project took to check says nothing about this one.
        self.checker = Checker::default();
        self.influencers = InfluencersPanel::default();
        self.timeline = TimelinePanel::default();
        self.budget = BudgetPanel::default();
    }

    /// Puts a file at the top of the recent list.
    pub fn remember_recent(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.prefs.recent.retain(|p| p != &path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(MAX_RECENT);
    }

    /// What the findings must be for now: the document, its revision and "today".
    fn check_key(&self) -> CheckKey {
        (self.generation, self.doc.history.revision(), self.today)
    }

    /// The findings shown, brought up to date: at once for a small project; for a large
    /// one the latest that are ready, while the check of the current state runs in the
    /// background (see [`RapportApp::checks_pending`]).
    pub fn findings(&mut self) -> &[Finding] {
        let key = self.check_key();
        if self.seen != Some(key) {
            self.seen = Some(key);
            self.version += 1;
            self.revision += 1;
        }
        if self
            .checker
            .update(key, &self.doc.project, self.repaint.as_ref())
        {
            self.version += 1;
            self.checked += 1;
        }
        self.checker.findings().all()
    }

    /// True while the findings shown are not yet those of the project as it is now.
    pub fn checks_pending(&self) -> bool {
        self.checker.is_updating(self.check_key())
    }

    /// Queues a command as if chosen from a menu; it runs after the current frame.
    pub fn queue(&mut self, command: UiCommand) {
        self.commands.push(command);
    }

    /// Draws one frame of the whole app into `ui`, then applies the edits and commands
    /// the frame produced.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::ui::kit::date_field::set_today(&ctx, self.today);
        crate::ui::kit::lang::set(
            &ctx,
            crate::ui::kit::lang::chosen(self.prefs.lang.as_deref()),
        );
        self.repaint = Some(ctx.clone());
        if self.present.is_some() {
            // Nothing is editable while presenting: the presentation takes the keys.
            self.findings();
            self.present_ui(ui);
            self.autosave.tick(&self.doc, Some(&ctx));
            return;
        }
        if self.dialog.is_none() {
            // While a text field has focus, its own undo handles Ctrl+Z.
            let typing = ctx.egui_wants_keyboard_input();
            if let Some(command) = UiCommand::from_shortcuts(&ctx)
                && !(typing && matches!(command, UiCommand::Undo | UiCommand::Redo))
            {
                self.commands.push(command);
            }
        }
        if self.panel == PanelKind::Timeline && !self.timeline.show_table && self.dialog.is_none() {
            self.timeline.chart.claim_tab(&ctx);
        }
        // Tab with nothing focused starts in the panel (its tab), not in the menu bar.
        let tab_into_panel = self.dialog.is_none()
            && ctx.memory(|m| m.focused().is_none())
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Tab));
        self.handle_dropped_files(&ctx);
        self.handle_close_request(&ctx);
        self.findings();

        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        if self.show_findings {
            egui::Panel::right("findings_panel")
                .default_size(360.0)
                .resizable(true)
                .show(ui, |ui| self.findings_panel_ui(ui));
        }
        if self.poll_loading() {
            egui::CentralPanel::default().show(ui, |ui| self.loading_ui(ui));
        } else if self.compare.is_some() {
            egui::CentralPanel::default().show(ui, |ui| self.compare_ui(ui));
        } else {
            egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui, tab_into_panel));
        }
        self.dialogs_ui(&ctx);
        self.shortcuts_ui(&ctx);
        self.share_ui(&ctx);
        if let Some(import) = &mut self.import
            && import.ui(&ctx, &self.doc.project, self.revision, &mut self.edits)
        {
            self.import = None;
        }

        self.apply_requests(&ctx);
        self.run_commands(&ctx);
        let dialog_open = self.dialog.is_some()
            || self.show_shortcuts
            || self.share.is_some()
            || self.import.is_some()
            || self.timeline.side.draft.is_some()
            || self.budget.cost_change.is_some();
        crate::ui::kit::widgets::remember_esc_owner(&ctx, dialog_open);
        self.autosave.tick(&self.doc, Some(&ctx));
        let title = self.doc.title_in(crate::ui::kit::lang::get(&ctx));
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn central_ui(&mut self, ui: &mut egui::Ui, tab_into_panel: bool) {
        let lang = crate::ui::kit::lang::get(ui.ctx());
        if let Some(banner) = rapport_core::share::banner_in(lang, &self.doc.project) {
            crate::ui::shell::share::banner_ui(ui, &banner);
        }
        ui.horizontal(|ui| {
            for (kind, command) in [
                (PanelKind::Influencers, UiCommand::ShowInfluencers),
                (PanelKind::Timeline, UiCommand::ShowTimeline),
                (PanelKind::Budget, UiCommand::ShowBudget),
                (PanelKind::Results, UiCommand::ShowResults),
            ] {
                let lang = crate::ui::kit::lang::get(ui.ctx());
                let tab = ui
                    .selectable_label(
                        self.panel == kind,
                        egui::RichText::new(command.text(lang)).heading(),
                    )
                    .on_hover_text(command.tip(lang));
                if tab_into_panel && self.panel == kind {
                    tab.request_focus();
                }
                if tab.clicked() {
                    self.panel = kind;
                }
            }
        });
        ui.separator();
        let panel = self.panel;
        self.with_view(|view, parts| match panel {
            PanelKind::Influencers => parts.influencers.ui(ui, view, parts.edits),
            PanelKind::Timeline => parts.timeline.ui(ui, view, parts.edits),
            PanelKind::Budget => parts.budget.ui(ui, view, parts.edits),
            PanelKind::Results => parts.results.ui(ui, view, parts.edits),
        });
        // The drafted update, asked for in the Timeline or in a profile.
        let ctx = ui.ctx().clone();
        self.with_view(|view, parts| parts.timeline.side.draft_window_ui(&ctx, view, parts.edits));
    }

    /// Calls `f` with the view the panels draw from (the project, its index, the findings)
    /// and the panels that draw it.
    pub(super) fn with_view<R>(&mut self, f: impl FnOnce(View<'_>, Panels<'_>) -> R) -> R {
        let project = &self.doc.project;
        // Positions hold while records are only replaced in place (most edits).
        let layout = (self.generation, self.doc.history.layout());
        if self.seen_layout != Some(layout) {
            self.seen_layout = Some(layout);
            self.layout += 1;
        }
        let index = self.index.get(layout, || ProjectIndex::new(project));
        let view = View {
            project,
            index,
            findings: self.checker.findings(),
            today: self.today,
            version: self.version,
            revision: self.revision,
            checked: self.checked,
            layout: self.layout,
        };
        let parts = Panels {
            present: &mut self.present,
            influencers: &mut self.influencers,
            timeline: &mut self.timeline,
            budget: &mut self.budget,
            results: &mut self.results,
            edits: &mut self.edits,
        };
        f(view, parts)
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.request(Pending::Open(Some(path)), ctx);
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.request(Pending::Close, ctx);
        }
    }

    /// Runs the queued commands. When a form field still has focus (its text not yet
    /// committed), focus is released first and the commands wait one frame, so that
    /// Save never misses the last thing typed.
    fn run_commands(&mut self, ctx: &egui::Context) {
        if self.commands.is_empty() {
            return;
        }
        let focused = ctx.memory(|m| m.focused());
        if let (Some(id), false) = (focused, self.commands_waited) {
            ctx.memory_mut(|m| m.surrender_focus(id));
            self.commands_waited = true;
            ctx.request_repaint();
            return;
        }
        self.commands_waited = false;
        for command in std::mem::take(&mut self.commands) {
            self.run_command(command, ctx);
        }
    }
}
