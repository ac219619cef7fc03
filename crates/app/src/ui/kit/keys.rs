//! What the keyboard does in the views: whether Esc belongs to a view (to close an editor)
//! or to something else, and the keys that move a table's selection.

use egui::Ui;

/// Where the app notes, at the end of each frame, whether Esc belonged to something else then.
fn esc_taken_id() -> egui::Id {
    egui::Id::unique("rapport_esc_taken")
}

/// Notes at the end of a frame whether Esc in the next one belongs to something other than
/// the views: a field being typed in (egui takes its focus away on Esc before any view
/// runs, and the field must still see that it was left, to keep what was typed), or an
/// open dialog or window.
pub fn remember_esc_owner(ctx: &egui::Context, dialog_open: bool) {
    let taken = dialog_open || ctx.egui_wants_keyboard_input();
    ctx.data_mut(|d| d.insert_temp(esc_taken_id(), taken));
}

/// True when Esc was pressed for the view itself: no field had the keyboard, no dialog was
/// open, and no menu or calendar is open (Esc closes those first). Editors beside a table
/// close on it.
pub fn escape_closes(ui: &Ui) -> bool {
    let ctx = ui.ctx();
    let taken = ctx.data(|d| d.get_temp::<bool>(esc_taken_id()).unwrap_or(false));
    !taken
        && !ctx.egui_wants_keyboard_input()
        && !egui::Popup::is_any_open(ctx)
        && ui.input(|i| i.key_pressed(egui::Key::Escape))
}

/// The keys that move a table's selection when no field has the keyboard: ↑ ↓ a row,
/// Page Up / Page Down ten, Home / End the ends. `current` is asked for only when one was
/// pressed (finding it may mean looking through the rows). Returns the row to select.
pub fn row_keys_ui(ui: &Ui, len: usize, current: impl FnOnce() -> Option<usize>) -> Option<usize> {
    if len == 0 || ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    let step: Option<i64> = ui.input_mut(|i| {
        use egui::{Key, Modifiers};
        [
            (Key::ArrowDown, 1),
            (Key::ArrowUp, -1),
            (Key::PageDown, 10),
            (Key::PageUp, -10),
            (Key::End, i64::MAX / 2),
            (Key::Home, i64::MIN / 2),
        ]
        .into_iter()
        .find(|(key, _)| i.consume_key(Modifiers::NONE, *key))
        .map(|(_, step)| step)
    });
    let step = step?;
    let last = len as i64 - 1;
    let at = match current() {
        Some(at) => (at as i64).saturating_add(step),
        None if step < 0 => last,
        None => 0,
    };
    Some(at.clamp(0, last) as usize)
}
