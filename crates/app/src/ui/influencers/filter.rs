//! The roster's search box and filters: stage, platform, country, niche, follower tier and
//! "has findings".

use crate::ui::kit::lang::{self, tr};
use crate::ui::kit::widgets::{option_combo, search_box};
use rapport_core::checks::Findings;
use rapport_core::model::{Influencer, Platform, Project, Stage, Tier};
use std::collections::BTreeSet;

/// The countries and niches that occur in the roster, for the filter menus.
#[derive(Debug, Clone, Default)]
pub struct RosterChoices {
    /// Countries, upper case, sorted.
    pub countries: Vec<String>,
    /// Niches, lower case, sorted.
    pub niches: Vec<String>,
}

impl RosterChoices {
    /// Collects them from a project.
    pub fn of(project: &Project) -> Self {
        let countries: BTreeSet<String> = project
            .influencers
            .iter()
            .map(|i| i.country.trim().to_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        let niches: BTreeSet<String> = project
            .influencers
            .iter()
            .flat_map(|i| i.niches.iter())
            .map(|n| n.trim().to_lowercase())
            .filter(|n| !n.is_empty())
            .collect();
        RosterChoices {
            countries: countries.into_iter().collect(),
            niches: niches.into_iter().collect(),
        }
    }
}

/// What the roster is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RosterFilter {
    /// Text to find in name, handles, niches, notes and country.
    pub search: String,
    /// Only this stage.
    pub stage: Option<Stage>,
    /// Only influencers with a handle on this platform.
    pub platform: Option<Platform>,
    /// Only this country.
    pub country: Option<String>,
    /// Only this niche.
    pub niche: Option<String>,
    /// Only this follower tier (by total followers).
    pub tier: Option<Tier>,
    /// Only influencers with findings.
    pub has_findings: bool,
}

impl RosterFilter {
    /// True when an influencer passes every filter.
    pub fn matches(&self, i: &Influencer, findings: &Findings) -> bool {
        let needle = self.search.trim().to_lowercase();
        self.stage.is_none_or(|s| i.stage == s)
            && self
                .platform
                .is_none_or(|p| i.handles.iter().any(|h| h.platform == p))
            && self
                .country
                .as_ref()
                .is_none_or(|c| i.country.eq_ignore_ascii_case(c))
            && self
                .niche
                .as_ref()
                .is_none_or(|n| i.niches.iter().any(|x| x.eq_ignore_ascii_case(n)))
            && self.tier.is_none_or(|t| Tier::of(i.total_followers()) == t)
            && (!self.has_findings || findings.count(&i.id) > 0)
            && (needle.is_empty() || matches_search(i, &needle))
    }

    /// True when any filter besides the search is set.
    pub fn is_narrowed(&self) -> bool {
        self.stage.is_some()
            || self.platform.is_some()
            || self.country.is_some()
            || self.niche.is_some()
            || self.tier.is_some()
            || self.has_findings
    }

    /// The search box and the filter menus.
    pub fn ui(&mut self, ui: &mut egui::Ui, choices: &RosterChoices) {
        let ctx = ui.ctx().clone();
        let lang = lang::get(&ctx);
        let t = |id: &str| tr(&ctx, id);
        // The closed lists' labels in the frame's language (a handful each).
        let stages: Vec<(Stage, String)> =
            Stage::ALL.iter().map(|s| (*s, s.label_in(lang))).collect();
        let platforms: Vec<(Platform, String)> = Platform::ALL
            .iter()
            .map(|p| (*p, p.label_in(lang)))
            .collect();
        let tiers: Vec<(Tier, String)> = Tier::ALL.iter().map(|x| (*x, x.label_in(lang))).collect();
        search_box(ui, &mut self.search, &t("inf-filter-search-hint"));
        option_combo(
            ui,
            "stage",
            &t("inf-filter-stage"),
            &t("inf-filter-all-stages"),
            &mut self.stage,
            stages.iter().map(|(s, l)| (s, l.as_str())),
        );
        option_combo(
            ui,
            "platform",
            &t("inf-filter-platform"),
            &t("inf-filter-all-platforms"),
            &mut self.platform,
            platforms.iter().map(|(p, l)| (p, l.as_str())),
        );
        option_combo(
            ui,
            "country",
            &t("inf-filter-country"),
            &t("inf-filter-all-countries"),
            &mut self.country,
            choices.countries.iter().map(|c| (c, c.as_str())),
        );
        option_combo(
            ui,
            "niche",
            &t("inf-filter-niche"),
            &t("inf-filter-all-niches"),
            &mut self.niche,
            choices.niches.iter().map(|n| (n, n.as_str())),
        );
        option_combo(
            ui,
            "tier",
            &t("inf-filter-tier"),
            &t("inf-filter-all-sizes"),
            &mut self.tier,
            tiers.iter().map(|(tier, l)| (tier, l.as_str())),
        );
        ui.checkbox(&mut self.has_findings, t("inf-filter-has-findings"));
        if (self.is_narrowed() || !self.search.trim().is_empty())
            && ui
                .small_button(t("inf-filter-clear"))
                .on_hover_text(t("inf-filter-clear-tip"))
                .clicked()
        {
            *self = RosterFilter::default();
        }
    }
}

fn matches_search(i: &Influencer, needle: &str) -> bool {
    i.name.to_lowercase().contains(needle)
        || i.handles
            .iter()
            .any(|h| h.handle.to_lowercase().contains(needle))
        || i.niches.iter().any(|n| n.to_lowercase().contains(needle))
        || i.notes.to_lowercase().contains(needle)
        || i.country.to_lowercase().contains(needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_combine() {
        let mut ana = Influencer::new("Ana Lima");
        ana.country = "BR".into();
        ana.niches = vec!["Beauty".into()];
        ana.handles.push(rapport_core::model::Handle {
            platform: Platform::TikTok,
            handle: "ana.lima".into(),
            url: String::new(),
            followers: 48_000,
        });
        let none = Findings::default();
        let mut filter = RosterFilter {
            platform: Some(Platform::TikTok),
            niche: Some("beauty".into()),
            tier: Some(Tier::Micro),
            ..Default::default()
        };
        assert!(filter.matches(&ana, &none));
        filter.country = Some("br".into());
        assert!(filter.matches(&ana, &none));
        filter.has_findings = true;
        assert!(!filter.matches(&ana, &none));
        let search = RosterFilter {
            search: "LIMA".into(),
            ..Default::default()
        };
        assert!(search.matches(&ana, &none));
    }
}
