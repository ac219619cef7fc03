//! The language the interface speaks this frame: chosen in View ▸ Language (kept in the
//! preferences) or the system's. Widgets read it from the context, as the date fields read
//! "today", so it need not be passed down through every panel.

use rapport_core::i18n::{self, Lang, Text};

thread_local! {
    /// The language of the frame being drawn on this thread: read without locking the
    /// context, so that words can be looked up inside egui's accessibility and paint
    /// callbacks, which run while the context is locked.
    static FRAME_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Sets the language of this frame.
pub fn set(_ctx: &egui::Context, lang: Lang) {
    FRAME_LANG.with(|l| l.set(lang));
}

/// The language of this frame (English before any is set). It is the one last set on this
/// thread, which is the thread that draws the window.
pub fn get(_ctx: &egui::Context) -> Lang {
    FRAME_LANG.with(std::cell::Cell::get)
}

/// The language of this frame, where no context is at hand (see [`get`]).
pub fn current() -> Lang {
    FRAME_LANG.with(std::cell::Cell::get)
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

/// Writes texts out, for the frame cache.
#[derive(Default)]
struct Writer;

impl egui::cache::ComputerMut<(&Text, Lang), String> for Writer {
    fn compute(&mut self, (text, lang): (&Text, Lang)) -> String {
        text.render(lang)
    }
}

/// A text (a finding's message or fix) in this frame's language. Written once and kept
/// while it is shown: a list of findings costs a lookup per row, not a Fluent formatting.
pub fn say(ctx: &egui::Context, text: &Text) -> String {
    let lang = get(ctx);
    ctx.memory_mut(|m| {
        m.caches
            .cache::<egui::cache::FrameCache<String, Writer>>()
            .get((text, lang))
            .clone()
    })
}

/// A finding's fix as shown under its message: "Fix: …" / "建议：…".
pub fn fix_line(ctx: &egui::Context, fix: &Text) -> String {
    i18n::text_with(get(ctx), "finding-fix", &[("fix", say(ctx, fix).into())])
}

/// The message `id` in this frame's language, with `args` (`$name` in the file): numbers
/// and words as Fluent values (`("count", n.into())`, `("name", name.into())`).
pub fn tr_with(ctx: &egui::Context, id: &str, args: &[(&str, i18n::FluentValue<'_>)]) -> String {
    i18n::text_with(get(ctx), id, args)
}
