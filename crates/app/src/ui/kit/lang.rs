//! The language the interface speaks this frame: chosen in View ▸ Language (kept in the
//! preferences) or the system's. Widgets read it from the context, as the date fields read
//! "today", so it need not be passed down through every panel.

use rapport_core::i18n::{self, Lang};

fn key() -> egui::Id {
    egui::Id::unique("rapport_lang")
}

/// Sets the language of this frame.
pub fn set(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(key(), lang));
}

/// The language of this frame (English before any is set).
pub fn get(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp::<Lang>(key())).unwrap_or_default()
}

/// The system's language, read once: Simplified Chinese for a Chinese locale written in
/// simplified characters, else English.
pub fn system() -> Lang {
    static SYSTEM: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();
    *SYSTEM.get_or_init(|| sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_locale(&l)))
}

/// The language for a preference: its code when it names one of ours, else the system's.
pub fn chosen(preference: Option<&str>) -> Lang {
    preference.and_then(Lang::from_code).unwrap_or_else(system)
}

/// The message `id` in this frame's language.
pub fn tr(ctx: &egui::Context, id: &str) -> String {
    i18n::text(get(ctx), id)
}
