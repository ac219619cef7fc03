//! The one-page summary (self-contained, client-safe unless asked, one or two A4 pages in
//! a real browser) and the charts as SVG and PNG.

use crate::support::{EXAMPLE, d};
use rapport_core::checks;
use rapport_core::export::chart::{budget_svg, png, timeline_svg};
use rapport_core::export::summary::{Paper, summary_html};
use rapport_core::model::Project;

fn example() -> Project {
    rapport_core::file::open(std::path::Path::new(EXAMPLE))
        .unwrap()
        .project
}

#[test]
fn the_summary_is_self_contained_and_leaves_fees_out_unless_asked() {
    let p = example();
    let today = d("2027-03-15");
    let findings = checks::run(&p, today);
    let spring = &p.campaigns[0].id;
    let page = summary_html(&p, Some(spring), today, &findings, false, None);
    assert!(page.starts_with("<!DOCTYPE html>"));
    for outside in ["<script", "<link", "src=", "@import", "url(http"] {
        assert!(!page.contains(outside), "{outside}");
    }
    for text in [
        "Spring Glow launch",
        "Needs a decision (1)",
        "YouTube Short cutdown",
        "aria-label=\"Timeline\"",
        "aria-label=\"Budget\"",
        "Open warnings",
        "@page",
    ] {
        assert!(page.contains(text), "{text}");
    }
    for amount in ["68,289.70", "68,000.00", "4,000.00"] {
        assert!(!page.contains(amount), "{amount} is in a client-safe page");
    }
    for i in &p.influencers {
        if !i.email.is_empty() {
            assert!(!page.contains(&i.email));
        }
    }
    let internal = summary_html(&p, Some(spring), today, &findings, true, None);
    assert!(internal.contains("68,289.70 planned of a 68,000.00 EUR cap"));
}

#[test]
fn a_title_that_fits_on_neither_side_of_its_bar_ends_in_an_ellipsis_and_keeps_its_flag_mark() {
    let p = example();
    let today = d("2027-03-15");
    let findings = checks::run(&p, today);
    let wide = timeline_svg(&p, None, today, &findings, &[], 4000.0, 26.0);
    assert!(!wide.contains('…'), "every title fits on a wide chart");
    assert!(wide.contains("disclosure-missing"));
    let narrow = timeline_svg(&p, None, today, &findings, &[], 520.0, 16.0);
    assert!(narrow.matches('…').count() >= 3, "long titles are cut");
    // "Stories: my festival kit ▲ disclosure-missing" does not fit; its mark stays.
    assert!(!narrow.contains("disclosure-missing"));
    assert!(narrow.contains("  ▲</tspan>"));
}

#[test]
fn charts_are_svg_that_reads_back_and_png_of_twice_the_size() {
    let p = example();
    let today = d("2027-03-15");
    let findings = checks::run(&p, today);
    let timeline = timeline_svg(&p, None, today, &findings, &[], 1600.0, 26.0);
    let budget = budget_svg(&p, None, true, 1600.0, 260.0);
    let options = resvg::usvg::Options::default();
    for svg in [&timeline, &budget] {
        let tree = resvg::usvg::Tree::from_str(svg, &options).expect("valid SVG");
        assert_eq!(tree.size().width(), 1600.0);
    }
    let rows = p
        .deliverables
        .iter()
        .filter(|x| x.status != rapport_core::model::DeliverableStatus::Cancelled)
        .count();
    assert!(
        timeline.matches("<rect x=").count() >= rows,
        "a bar per deliverable"
    );
    let image = png(&budget, 2.0).unwrap();
    assert_eq!(&image[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes([image[16], image[17], image[18], image[19]]);
    assert_eq!(width, 3200);
}

#[test]
fn chart_images_draw_every_script_and_new_emoji_with_the_bundled_fonts_alone() {
    use rapport_core::export::fonts::{FAMILIES, svg_text};
    use rapport_core::export::image::options;
    for text in [
        "林小雨",
        "ليلى",
        "Алина",
        "🧴",
        "🫶",
        "🪩",
        "💄",
        "Kofi Mensah 🧴🫶",
    ] {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" font-family="{}"><text x="10" y="40" font-size="30">{}</text></svg>"#,
            FAMILIES,
            svg_text(text)
        );
        let tree = resvg::usvg::Tree::from_str(&svg, &options()).expect("valid SVG");
        let Some(resvg::usvg::Node::Text(drawn)) = tree.root().children().first() else {
            panic!("{text}: no text in {svg}");
        };
        let glyphs: Vec<_> = drawn
            .layouted()
            .iter()
            .flat_map(|span| &span.positioned_glyphs)
            .collect();
        assert!(!glyphs.is_empty(), "{text}");
        // Glyph 0 is the box a font draws for a character it does not have.
        assert!(glyphs.iter().all(|g| g.id.0 != 0), "{text}: {glyphs:?}");
    }
}

#[test]
fn the_summary_prints_on_one_or_two_pages_in_a_real_browser_with_its_text() {
    use rapport_core::export::browser::{chromium, headless, print_pdf};
    if chromium().is_none() {
        eprintln!(
            "SKIPPED: Chromium is not installed (bash .ci/setup installs it), so the summary was not printed"
        );
        return;
    }
    let p = example();
    let today = d("2027-03-15");
    let findings = checks::run(&p, today);
    let dir = tempfile::tempdir().unwrap();
    let mut campaigns: Vec<Option<&rapport_core::model::Campaign>> =
        p.campaigns.iter().map(Some).collect();
    campaigns.push(None);
    // The sheets in points (A4 is 595.3 × 841.9; browsers round it their way).
    for (paper, media) in [(Paper::A4, (595.3, 841.9)), (Paper::Letter, (612.0, 792.0))] {
        for (n, campaign) in campaigns.iter().enumerate() {
            let name = campaign.map_or("All campaigns", |c| c.name.as_str());
            let html = dir.path().join(format!("s{n}.html"));
            let page = summary_html(
                &p,
                campaign.map(|c| &c.id),
                today,
                &findings,
                false,
                Some(paper),
            );
            std::fs::write(&html, page).unwrap();
            let pdf = dir.path().join(format!("s{n}.pdf"));
            print_pdf(&html, &pdf).unwrap();
            let pages = crate::support::pdf_pages(&pdf);
            assert!(
                (1..=2).contains(&pages),
                "{name} on {paper:?}: {pages} pages"
            );
            let sheet = media_box(&pdf);
            assert!(
                (sheet.0 - media.0).abs() < 2.0 && (sheet.1 - media.1).abs() < 2.0,
                "{name} is on {sheet:?}, not {paper:?}"
            );
            // The browser read the page: its text is in the document it built.
            let dom =
                String::from_utf8_lossy(&headless(&html, &["--dump-dom".to_string()]).unwrap())
                    .into_owned();
            assert!(
                dom.contains(name) && dom.contains("Timeline") && dom.contains("Budget"),
                "{}",
                &dom[..dom.len().min(300)]
            );
        }
    }
}

/// The width and height of the first page of `pdf`, in points.
fn media_box(pdf: &std::path::Path) -> (f32, f32) {
    let bytes = String::from_utf8_lossy(&std::fs::read(pdf).unwrap()).into_owned();
    let at = bytes.find("/MediaBox [").expect("a MediaBox") + "/MediaBox [".len();
    let numbers: Vec<f32> = bytes[at..]
        .split(']')
        .next()
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    (numbers[2] - numbers[0], numbers[3] - numbers[1])
}

#[test]
fn the_summary_in_chinese_has_chinese_headings_dates_and_findings() {
    let p = example();
    let today = d("2027-03-15");
    let findings = checks::run(&p, today);
    let spring = &p.campaigns[0].id;
    let page = rapport_core::export::summary::summary_html_in(
        rapport_core::i18n::Lang::ZhCn,
        &p,
        Some(spring),
        today,
        &findings,
        false,
        None,
    );
    assert!(page.contains("<html lang=\"zh-CN\">"));
    for text in [
        "截至 2027年3月15日",
        "2027年3月1日 – 2027年4月30日",
        "<h2>时间线</h2>",
        "需要决定（1）",
        "短视频从发出合作简报到发布需要 14 天",
        "本页不含费用、报价、私人备注和联系方式。",
        // The charts' words.
        ">今天</text>",
        ">2027年3月</text>",
        "从批准的预算到当前计划（按占预算上限的比例）",
        ">已批准</text>",
    ] {
        assert!(page.contains(text), "{text} missing");
    }
    for english in [
        "as of",
        "Needs a decision",
        "Open warnings",
        "Budget:",
        "Timeline<",
    ] {
        assert!(!page.contains(english), "{english} is English");
    }
}
