//! The words of the roster table's cells (stages, platforms, "last contact"), looked up
//! once a frame in the frame's language.

use crate::ui::kit::lang::{self, tr};
use chrono::NaiveDate;
use rapport_core::i18n::{self, Lang};
use rapport_core::model::{Influencer, Platform, Stage};

/// The words of the roster's cells in the frame's language, looked up once a frame rather
/// than once a row.
pub(super) struct CellWords {
    pub(super) lang: Lang,
    pub(super) not_in_copy: String,
    pub(super) computed_tip: String,
    never: String,
    today: String,
    yesterday: String,
    stages: Vec<(Stage, String)>,
    platforms: Vec<(Platform, String)>,
    separator: String,
}

impl CellWords {
    pub(super) fn new(ctx: &egui::Context) -> Self {
        let lang = lang::get(ctx);
        let t = |id: &str| tr(ctx, id);
        CellWords {
            lang,
            not_in_copy: t("inf-roster-not-in-copy"),
            computed_tip: t("inf-roster-computed-tip"),
            never: t("inf-contact-never"),
            today: t("inf-contact-today"),
            yesterday: t("inf-contact-yesterday"),
            stages: Stage::ALL.iter().map(|s| (*s, s.label_in(lang))).collect(),
            platforms: Platform::ALL
                .iter()
                .map(|p| (*p, p.label_in(lang)))
                .collect(),
            separator: t("list-separator"),
        }
    }

    pub(super) fn stage(&self, stage: Stage) -> String {
        label_of(&self.stages, stage).to_string()
    }

    /// The platforms an influencer is on, as shown: "Instagram, TikTok" / "Instagram、TikTok".
    pub(super) fn platforms(&self, i: &Influencer) -> String {
        let names: Vec<&str> = i
            .handles
            .iter()
            .map(|h| label_of(&self.platforms, h.platform))
            .collect();
        names.join(&self.separator)
    }

    pub(super) fn last_contact(&self, i: &Influencer, today: NaiveDate) -> String {
        i.last_contact().map_or_else(
            || self.never.clone(),
            |d| match (today - d).num_days() {
                0 => self.today.clone(),
                1 => self.yesterday.clone(),
                days if days > 1 => {
                    i18n::text_with(self.lang, "inf-contact-days-ago", &[("days", days.into())])
                }
                _ => i18n::text_with(
                    self.lang,
                    "inf-contact-on",
                    &[("date", d.to_string().into())],
                ),
            },
        )
    }
}

/// `value`'s label in `labels` (every value of a closed list, labelled once a frame).
fn label_of<T: PartialEq>(labels: &[(T, String)], value: T) -> &str {
    labels
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, l)| l.as_str())
}
