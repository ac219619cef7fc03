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

/// The fonts asked for emoji: the bundled one, then the colour emoji of desktops.
pub const EMOJI_FAMILIES: &str =
    "'Noto Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', sans-serif";

/// `text` made safe inside an SVG `<text>`, each run of emoji in a `<tspan>` of its own that
/// asks for the emoji fonts. resvg falls back to another font for a whole run only when both
/// shape to as many glyphs, which a ligature breaks: without the span, the emoji in
/// "Kofi 🧴" ("fi" is one glyph in DejaVu Sans) would be drawn as boxes.
pub fn svg_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if !run.is_empty() {
            out.push_str(&format!(
                r#"<tspan font-family="{EMOJI_FAMILIES}">{}</tspan>"#,
                crate::share::escape(run)
            ));
            run.clear();
        }
    };
    for c in text.chars() {
        // Joiners and presentation selectors stay with the emoji they join.
        let joins = !run.is_empty() && matches!(c, '\u{200D}' | '\u{FE0F}' | '\u{20E3}');
        if is_emoji(c) || joins {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push_str(&crate::share::escape(c.encode_utf8(&mut [0; 4])));
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Whether `c` is in the emoji planes (pictographs, emoticons, transport, supplemental
/// symbols, flags' regional indicators), which no other bundled font has.
fn is_emoji(c: char) -> bool {
    ('\u{1F000}'..='\u{1FAFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_runs_get_a_span_of_their_own_and_the_rest_is_escaped() {
        assert_eq!(svg_text("A & B"), "A &amp; B");
        let spanned = svg_text("Kofi 🧴🫶 <x>");
        assert_eq!(
            spanned,
            format!(r#"Kofi <tspan font-family="{EMOJI_FAMILIES}">🧴🫶</tspan> &lt;x&gt;"#)
        );
        // A family joined by zero-width joiners is one run.
        assert_eq!(svg_text("👩\u{200D}👧").matches("<tspan").count(), 1);
        // A joiner on its own is not an emoji.
        assert_eq!(svg_text("a\u{200D}b"), "a\u{200D}b");
    }
}
