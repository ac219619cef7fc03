//! The Timeline panel: every deliverable as a table or on a chart, the flags and the
//! changes to tell beside the chart, and the editor of the selected deliverable.

pub mod chart;
pub mod deliverable_editor;
pub mod panel;
pub mod side;
mod table_cells;

pub use panel::TimelinePanel;
