//! The one-page summary (self-contained, client-safe unless asked, one or two A4 pages in
//! a real browser) and the charts as SVG and PNG.

use crate::support::{EXAMPLE, d};
use rapport_core::checks;
use rapport_core::export::chart::{budget_svg, png, timeline_svg};
use rapport_core::export::summary::summary_html;
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
    let page = summary_html(&p, Some(spring), today, &findings, false);
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
    let internal = summary_html(&p, Some(spring), today, &findings, true);
    assert!(internal.contains("68,289.70 planned of a 68,000.00 EUR cap"));
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
    for (n, campaign) in p.campaigns.iter().enumerate() {
        let html = dir.path().join(format!("s{n}.html"));
        std::fs::write(
            &html,
            summary_html(&p, Some(&campaign.id), today, &findings, false),
        )
        .unwrap();
        let pdf = dir.path().join(format!("s{n}.pdf"));
        print_pdf(&html, &pdf).unwrap();
        let pages = crate::support::pdf_pages(&pdf);
        assert!((1..=2).contains(&pages), "{}: {pages} pages", campaign.name);
        // The browser read the page: its text is in the document it built.
        let dom = String::from_utf8_lossy(&headless(&html, &["--dump-dom".to_string()]).unwrap())
            .into_owned();
        assert!(
            dom.contains(&campaign.name) && dom.contains("Timeline") && dom.contains("Budget"),
            "{}",
            &dom[..dom.len().min(300)]
        );
    }
}
