//! The Influencers panel: the roster table with its search and filters, and one profile.

pub mod filter;
pub mod profile;
pub mod roster;

pub use roster::InfluencersPanel;
