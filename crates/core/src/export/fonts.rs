//! The fonts Rapport bundles, so that names in every script show the same in the app, in
//! chart images and on any machine: DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew,
//! symbols; Bitstream Vera licence), WenQuanYi Micro Hei (Chinese, Japanese, Korean;
//! Apache-2.0) and Noto Emoji (monochrome emoji up to Unicode 15; SIL OFL 1.1). See
//! `assets/fonts/LICENSES.md`.

/// WenQuanYi Micro Hei.
pub const CJK: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/wqy-microhei.ttc"
));

/// DejaVu Sans.
pub const WIDE: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/DejaVuSans.ttf"
));

/// Noto Emoji, monochrome: the emoji that names and titles carry (🧴, 🫶, 🪩 …) that egui's
/// own emoji font, which stops at Unicode 10, draws as a box.
pub const EMOJI: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/NotoEmoji-Regular.ttf"
));

/// The font families a chart asks for, in order: the bundled ones (all a PNG uses), then
/// the CJK fonts of Windows, macOS and Linux desktops for a chart in a browser.
pub const FAMILIES: &str = "'DejaVu Sans', 'WenQuanYi Micro Hei', 'Noto Emoji', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans CJK KR', sans-serif";
