//! Chart images for slides: the timeline or the budget at slide size, written as SVG, or
//! as PNG through resvg with the bundled fonts. The command line and the app write them
//! the same way.

use crate::checks::Finding;
use crate::i18n::Lang;
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
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"))
    {
        let bytes = png(svg, 2.0)?;
        super::write_atomically(path, bytes, false).map_err(|e| e.to_string())
    } else {
        super::write_atomically(path, svg, false).map_err(|e| e.to_string())
    }
}

/// An SVG image as PNG, at `scale` (2.0 for slides), with the bundled fonts (and the
/// system's for anything else).
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let mut options = options();
    options.fontdb_mut().load_system_fonts();
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the chart could not be read back: {e}"))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1))
        .ok_or("the image is too large to draw")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("could not encode the PNG: {e}"))
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
