//! SVG images as PNG, through resvg, with the bundled fonts.

/// An SVG image as PNG, at `scale` (2.0 for slides), with the bundled fonts (and the
/// system's for anything else).
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    {
        let db = options.fontdb_mut();
        db.load_font_data(super::fonts::WIDE.to_vec());
        db.load_font_data(super::fonts::CJK.to_vec());
        db.load_system_fonts();
    }
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
