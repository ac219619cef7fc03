//! What every panel uses: the queue of edits, the read-only view of a frame, small
//! widgets, and caches keyed by the project version.

pub mod date_field;
pub mod edits;
mod keys;
pub mod lang;
pub mod memo;
pub mod table_access;
pub mod view;
pub mod widgets;
