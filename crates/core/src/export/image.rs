//! Chart images for slides: the timeline or the budget at slide size, written as SVG, or
//! as PNG through resvg with the bundled fonts. The command line and the app write them
//! the same way.

use crate::checks::Finding;
use crate::i18n::{Lang, Text};
use crate::model::{CampaignId, Project};
use chrono::NaiveDate;
use std::path::Path;

/// The charts there are images of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ChartKind {
    /// The timeline.
    Timeline,
    /// The budget.
    Budget,
}

impl ChartKind {
    /// The chart of `campaign` (all when `None`) as an SVG image 1600 wide, the size of a
    /// slide; amounts and hidden findings only when `confidential`.
    pub fn svg(
        self,
        project: &Project,
        campaign: Option<&CampaignId>,
        today: NaiveDate,
        findings: &[Finding],
        confidential: bool,
    ) -> String {
        self.svg_in(Lang::En, project, campaign, today, findings, confidential)
    }

    /// [`Self::svg`] with its words in `lang`.
    pub fn svg_in(
        self,
        lang: Lang,
        project: &Project,
        campaign: Option<&CampaignId>,
        today: NaiveDate,
        findings: &[Finding],
        confidential: bool,
    ) -> String {
        match self {
            ChartKind::Timeline => {
                let hidden = crate::share::hidden_unless(confidential);
                super::chart::timeline_svg_in(
                    lang, project, campaign, today, findings, &hidden, 1600.0, 26.0,
                )
            }
            ChartKind::Budget => {
                super::chart::budget_svg_in(lang, project, campaign, confidential, 1600.0, 260.0)
            }
        }
    }
}

/// Writes a chart to `path`: PNG at twice the size when the name ends in `.png`, else SVG.
pub fn write_chart(svg: &str, path: &Path) -> Result<(), String> {
    write_chart_in(Lang::En, svg, path)
}

/// [`write_chart`] with its error in `lang`.
pub fn write_chart_in(lang: Lang, svg: &str, path: &Path) -> Result<(), String> {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"))
    {
        let bytes = png(svg, 2.0).map_err(|e| e.render(lang))?;
        super::write_atomically(path, bytes, false).map_err(|e| e.message_in(lang))
    } else {
        super::write_atomically(path, svg, false).map_err(|e| e.message_in(lang))
    }
}

/// An SVG image as PNG, at `scale` (2.0 for slides), with the bundled fonts (and the
/// system's for anything else).
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, Text> {
    let mut options = options();
    options.fontdb_mut().load_system_fonts();
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| Text::new("exp-chart-unreadable").arg("cause", e.to_string()))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1))
        .ok_or_else(|| Text::new("exp-image-too-large"))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| Text::new("exp-png-not-encoded").arg("cause", e.to_string()))
}

/// How chart images are read: with the bundled fonts only (the system's are added for a
/// PNG, for scripts none of them has).
pub fn options() -> resvg::usvg::Options<'static> {
    let mut options = resvg::usvg::Options::default();
    let db = options.fontdb_mut();
    db.load_font_data(super::fonts::WIDE.to_vec());
    db.load_font_data(super::fonts::CJK.to_vec());
    db.load_font_data(super::fonts::EMOJI.to_vec());
    options
}

#[cfg(test)]
mod words_tests {
    use super::*;

    #[test]
    fn a_chart_that_cannot_be_written_says_why_in_the_language_asked() {
        let nowhere = Path::new("/no-such-folder-of-rapport/chart.svg");
        let zh = write_chart_in(Lang::ZhCn, "<svg/>", nowhere).unwrap_err();
        assert!(
            zh.starts_with("/no-such-folder-of-rapport/chart.svg：无法"),
            "{zh}"
        );
        let en = write_chart(nowhere.to_str().unwrap_or_default(), nowhere);
        assert!(en.unwrap_err().contains(": could not"));
        let broken = png("<svg", 1.0).unwrap_err();
        assert!(broken.render(Lang::ZhCn).starts_with("无法读回图表："));
        assert!(
            broken
                .en()
                .starts_with("the chart could not be read back: ")
        );
    }
}
