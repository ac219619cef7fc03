//! The Influencers panel: the roster table with its search and filters, and one profile.

pub mod filter;
pub mod profile;
pub mod roster;
mod roster_words;

pub use roster::InfluencersPanel;
