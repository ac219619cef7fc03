//! What egui_extras tables lack for keyboard and screen-reader users: cells that take a
//! click without each becoming a Tab stop, and names for the column-width handles.

use std::hash::Hash;

/// What a table's cells sense: a click chooses the row, but no cell is a Tab stop (a
/// table of 20 rows would be 200 of them); the keyboard chooses rows with ↑ ↓ instead.
pub const CELL_SENSE: egui::Sense = egui::Sense::CLICK;

/// The most columns a table here has.
const MOST_COLUMNS: usize = 40;

/// Names the column-width handles of the table just built in `ui` with `id_salt` (egui
/// leaves them nameless, so a screen reader reads "unknown"): "Roster: width of column 3".
/// Call it with the `ui` the table was built in, after the table.
pub fn name_width_handles(ui: &egui::Ui, id_salt: impl Hash + std::fmt::Debug, table: &str) {
    // How egui_extras makes the ids of the handles.
    let state = ui.scope_id().with(egui::IdSalt::new(id_salt));
    let ctx = ui.ctx();
    for column in 0..MOST_COLUMNS {
        let id = state.with("resize_column").with(column);
        if ctx.has_accesskit_node(id) {
            // Written before: the node is built with the context locked.
            let name = crate::ui::kit::lang::tr_with(
                ctx,
                "tl-column-width",
                &[("table", table.into()), ("column", (column + 1).into())],
            );
            ctx.accesskit_node_builder(id, |node| {
                node.set_role(egui::accesskit::Role::Splitter);
                node.set_label(name);
            });
        }
    }
}
