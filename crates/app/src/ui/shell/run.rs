//! Starting the desktop app with eframe: window options, remembered preferences, and
//! what opens first.

use crate::ui::shell::app::{PREFERENCES_KEY, Preferences, RapportApp};
use crate::ui::shell::autosave::{self, Autosave};
use crate::ui::shell::dialogs::Dialog;
use rapport_core::document::Document;
use rapport_core::file;
use rapport_core::recovery::Recovery;
use std::path::{Path, PathBuf};

/// The bundled example project, shown on first start.
pub const EXAMPLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/example.rapport.ron"
));

/// The bundled example as an unsaved document (Save asks where to keep it).
pub fn example_document() -> Document {
    let mut doc = Document::new();
    if let Ok(project) = file::from_text(EXAMPLE, Path::new("example.rapport.ron")) {
        doc.project = std::sync::Arc::new(project);
    }
    doc
}

impl RapportApp {
    /// The app as it starts: `path` when given, else the most recent file that still
    /// exists, else the bundled example; unsaved work a crash left in `recovery` is
    /// offered back, and unsaved work from now on is written there.
    pub fn starting(
        path: Option<PathBuf>,
        prefs: Preferences,
        today: chrono::NaiveDate,
        recovery: Option<Recovery>,
    ) -> Self {
        let mut app = RapportApp::new(Document::new(), today);
        let every = prefs
            .autosave_seconds
            .map_or(autosave::EVERY, std::time::Duration::from_secs);
        app.prefs = prefs;
        let left = recovery
            .as_ref()
            .map(Recovery::left_behind)
            .unwrap_or_default();
        app.autosave = Autosave::new(recovery, every);
        let recent = app.prefs.recent.iter().find(|p| p.exists()).cloned();
        match path.or(recent) {
            // Asks first when another Rapport has the file open.
            Some(path) => app.open_path(&path),
            None => {
                app.set_document(example_document());
                app.status = app.shell_tr("sh-example");
            }
        }
        if !left.is_empty() && app.dialog.is_none() {
            app.dialog = Some(Dialog::Recover(left, Vec::new()));
        }
        app
    }
}

impl eframe::App for RapportApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFERENCES_KEY, &self.prefs);
    }
}

/// Opens the main window and runs until it is closed.
pub fn run(path: Option<PathBuf>, today: Option<chrono::NaiveDate>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Rapport")
            .with_inner_size([1360.0, 820.0])
            .with_min_inner_size([760.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    eframe::run_native(
        "Rapport",
        options,
        Box::new(move |cc| {
            let prefs: Preferences = cc
                .storage
                .and_then(|s| eframe::get_value(s, PREFERENCES_KEY))
                .unwrap_or_default();
            crate::ui::shell::fonts::install(&cc.egui_ctx);
            // Zoom is a command of the View menu (the same keys), kept between runs.
            cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
            if let Some(zoom) = prefs.zoom.filter(|z| (0.5..=3.0).contains(z)) {
                cc.egui_ctx.set_zoom_factor(zoom);
            }
            cc.egui_ctx.set_theme(if prefs.dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            let recovery = Recovery::default_dir().map(Recovery::new);
            Ok(Box::new(RapportApp::starting(path, prefs, today, recovery)))
        }),
    )
}
