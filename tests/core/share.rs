//! Sharing: what a client copy leaves out (searched for in its bytes), what it says about
//! itself, the checks it silences, its campaign totals, and a creator's brief.

use crate::support::{EXAMPLE, d};
use rapport_core::checks::{self, Code};
use rapport_core::file;
use rapport_core::model::{CostCategory, CostStatus, Money, Project, ShareKind};
use rapport_core::share::{self, Brief, ShareOptions, preview, share_copy};

fn example() -> Project {
    file::open(std::path::Path::new(EXAMPLE)).unwrap().project
}

const CLIENT: ShareOptions = ShareOptions {
    kind: ShareKind::Client,
    amounts: false,
};
const CLIENT_AMOUNTS: ShareOptions = ShareOptions {
    kind: ShareKind::Client,
    amounts: true,
};
const TEAM: ShareOptions = ShareOptions {
    kind: ShareKind::Team,
    amounts: false,
};

/// Every text of the example that is ours alone, with what it is.
/// Amounts (rates, internal lines) only when the copy has no per-line amounts: with them,
/// another line may rightly have the same amount.
fn secrets(p: &Project, with_amounts: bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    // Texts as the file writes them: backslashes and quotes escaped.
    fn text(out: &mut Vec<(String, String)>, what: &str, text: &str) {
        if text.trim().len() > 3 {
            let written = text
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\'', "\\'");
            out.push((what.to_string(), written));
        }
    }
    let mut add = |what: &str, t: &str| text(&mut out, what, t);
    let amount = |m: Money| format!("\"{m}\"");
    let mut amounts: Vec<(String, String)> = Vec::new();
    for i in &p.influencers {
        add("note", &i.notes);
        add("email", &i.email);
        add("background", &i.personal.background);
        add("shared interests", &i.personal.shared_interests);
        add("preferred contact", &i.personal.preferred_contact);
        for post in &i.personal.posts_loved {
            add("post loved", post);
        }
        for c in &i.contacts {
            add("contact summary", &c.summary);
        }
        if with_amounts {
            for r in &i.rate_card {
                amounts.push(("rate".into(), amount(r.amount)));
            }
        }
    }
    for l in &p.cost_lines {
        for c in &l.changes {
            add("reason", &c.reason);
        }
        if matches!(
            l.category,
            CostCategory::AgencyFee | CostCategory::Contingency
        ) {
            add("internal line", &l.description);
            if with_amounts {
                amounts.push(("internal amount".into(), amount(l.amount)));
            }
        }
    }
    out.extend(amounts);
    out
}

#[test]
fn no_private_text_of_the_original_is_anywhere_in_a_client_copy() {
    let original = example();
    let all = secrets(&original, true);
    assert!(
        all.len() > 150,
        "the example has private texts to look for: {}",
        all.len()
    );
    for (options, with_rates) in [(CLIENT, true), (CLIENT_AMOUNTS, false)] {
        let copy = share_copy(&original, options, d("2027-03-15"), true).copy;
        let plain = file::to_text(&copy).unwrap();
        let packed = file::read::pack(plain.as_bytes()).unwrap();
        let unpacked = String::from_utf8(file::read::unpack(packed, u64::MAX).unwrap()).unwrap();
        for text in [&plain, &unpacked] {
            for (what, secret) in secrets(&original, with_rates) {
                assert!(
                    !text.contains(&secret),
                    "{what} {secret:?} is in the client copy ({options:?})"
                );
            }
        }
    }
    // A team copy is the whole project: everything is there.
    let team = file::to_text(&share_copy(&original, TEAM, d("2027-03-15"), true).copy).unwrap();
    let missing: Vec<_> = all
        .iter()
        .filter(|(_, s)| !team.contains(s.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "the search finds every text in a team copy: {missing:?}"
    );
}

#[test]
fn the_preview_counts_what_a_client_copy_leaves_out() {
    let p = example();
    let counted: Vec<(&str, usize)> = preview(&p, CLIENT)
        .iter()
        .map(|l| (l.what, l.count))
        .collect();
    let internal = p
        .cost_lines
        .iter()
        .filter(|l| {
            matches!(
                l.category,
                CostCategory::AgencyFee | CostCategory::Contingency
            )
        })
        .count();
    assert_eq!(
        counted,
        vec![
            (
                "Private notes",
                p.influencers.iter().filter(|i| !i.notes.is_empty()).count()
            ),
            ("Personal details", 18),
            (
                "Contact details",
                p.influencers.iter().filter(|i| !i.email.is_empty()).count()
            ),
            (
                "Contact log entries",
                p.influencers.iter().map(|i| i.contacts.len()).sum()
            ),
            (
                "Rate cards",
                p.influencers
                    .iter()
                    .filter(|i| !i.rate_card.is_empty())
                    .count()
            ),
            ("Agency fee and internal cost lines", internal),
            ("Reasons recorded for cost changes", 17),
            (
                "Per-line amounts (campaign totals instead)",
                p.cost_lines.len() - internal
            ),
        ]
    );
    assert_eq!(counted[0].1, 12);
    assert_eq!(counted[3].1, 57);
    assert_eq!(counted[5].1, 4);
    let with_amounts: Vec<&str> = preview(&p, CLIENT_AMOUNTS).iter().map(|l| l.what).collect();
    assert_eq!(
        with_amounts.len(),
        7,
        "per-line amounts stay: {with_amounts:?}"
    );
    assert!(preview(&p, TEAM).is_empty());
}

#[test]
fn a_client_copy_is_a_valid_file_that_says_what_it_is_and_shows_no_false_findings() {
    let original = example();
    let today = d("2027-03-15");
    let shared = share_copy(&original, CLIENT, today, true);
    let text = file::to_text(&shared.copy).unwrap();
    let back = file::from_text(&text, std::path::Path::new("copy.rapport.ron")).unwrap();
    assert_eq!(back, shared.copy);
    let about = back.info.shared.clone().unwrap();
    assert_eq!(
        (about.kind, about.from.as_str(), about.on, about.amounts),
        (ShareKind::Client, original.info.name.as_str(), today, false)
    );
    assert_eq!(about.base.as_deref(), Some(shared.base_id.as_str()));
    let head = &text[..text.find("influencers:").unwrap()];
    assert!(
        head.contains("shared: Some((\n   kind: Client,"),
        "the file says it: {head}"
    );
    assert_eq!(
        share::banner(&back).unwrap(),
        "Client copy of Lumen Skin: Spring/Summer 2027, made on 15 Mar 2027 — fees, rates, private notes and contact details are not in this file (campaign totals only)"
    );
    assert_eq!(share::banner(&original), None);

    let silenced = share::silenced(back.info.shared.as_ref());
    assert_eq!(
        silenced,
        vec![
            Code::OverCap,
            Code::Unreconciled,
            Code::CostChangeNotTold,
            Code::CostChangeUnexplained,
            Code::PaymentOverdue,
            Code::FeeBelowRate,
            Code::MissingCost,
            Code::NoRecentContact,
            Code::ThanksMissing
        ]
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>()
    );
    let before = checks::run(&original, today);
    let after = checks::run(&back, today);
    assert!(after.iter().all(|f| !silenced.contains(&f.code)));
    // Every finding of the copy is one of the original's: nothing false appears.
    let key = |f: &checks::Finding| (f.code, f.subject.clone(), f.message.en());
    let originals: Vec<_> = before.iter().map(key).collect();
    for f in &after {
        assert!(
            originals.contains(&key(f)),
            "a finding the original does not have: {f:?}"
        );
    }
    // …and every finding about what is still there stays.
    let kept: Vec<_> = before
        .iter()
        .filter(|f| !silenced.contains(&f.code))
        .map(key)
        .collect();
    let lost: Vec<_> = kept
        .iter()
        .filter(|k| !after.iter().any(|f| key(f) == **k))
        .collect();
    assert!(
        lost.is_empty(),
        "findings about what is still there are lost: {lost:?}"
    );
    assert_eq!(after.len(), kept.len());
}

#[test]
fn campaign_totals_keep_what_is_paid_committed_and_estimated_per_campaign() {
    let original = example();
    let copy = share_copy(&original, CLIENT, d("2027-03-15"), true).copy;
    for campaign in &original.campaigns {
        let sum = |p: &Project, pick: &dyn Fn(CostStatus) -> bool, internal: bool| -> Money {
            p.cost_lines
                .iter()
                .filter(|l| l.campaign == campaign.id && pick(l.status))
                .filter(|l| {
                    internal
                        || !matches!(
                            l.category,
                            CostCategory::AgencyFee | CostCategory::Contingency
                        )
                })
                .fold(Money::ZERO, |a, l| a + l.amount)
        };
        let paid = |s: CostStatus| s == CostStatus::Paid;
        let committed = |s: CostStatus| matches!(s, CostStatus::Committed | CostStatus::Invoiced);
        let estimated = |s: CostStatus| s == CostStatus::Estimated;
        assert_eq!(
            sum(&copy, &paid, true),
            sum(&original, &paid, false),
            "{}",
            campaign.name
        );
        assert_eq!(
            sum(&copy, &committed, true),
            sum(&original, &committed, false)
        );
        assert_eq!(
            sum(&copy, &estimated, true),
            sum(&original, &estimated, false)
        );
        let lines = copy
            .cost_lines
            .iter()
            .filter(|l| l.campaign == campaign.id)
            .count();
        assert!((1..=3).contains(&lines), "{lines} total lines");
    }
    assert!(copy.cost_lines.iter().all(|l| {
        l.id.as_str().starts_with(share::policy::TOTAL_LINE_PREFIX) && l.influencer.is_none()
    }));
}

#[test]
fn a_team_copy_is_the_whole_project_with_where_it_came_from() {
    let original = example();
    let mut copy = share_copy(&original, TEAM, d("2027-03-15"), true).copy;
    assert_eq!(
        copy.info.shared.as_ref().map(|s| s.kind),
        Some(ShareKind::Team)
    );
    assert!(copy.info.revision.is_some());
    copy.info.shared = None;
    copy.info.revision = original.info.revision.clone();
    assert_eq!(copy, original);
}

#[test]
fn a_creators_brief_holds_their_work_and_nothing_about_anyone_else() {
    let p = example();
    let ana = p
        .influencers
        .iter()
        .find(|i| i.name == "Ana Luísa Lima")
        .unwrap();
    let brief = Brief::of(&p, &ana.id, d("2027-03-15")).unwrap();
    let theirs = p
        .deliverables
        .iter()
        .filter(|x| {
            x.influencer == ana.id && x.status != rapport_core::model::DeliverableStatus::Cancelled
        })
        .count();
    assert_eq!(
        brief.campaigns.iter().map(|c| c.items.len()).sum::<usize>(),
        theirs
    );
    assert_eq!(theirs, 6);
    let first = &brief.campaigns[0];
    assert_eq!((first.code.as_str(), first.payment_days), ("ANA15", 30));
    assert_eq!(
        first
            .fees
            .iter()
            .map(|f| f.amount.to_string())
            .collect::<Vec<_>>(),
        vec!["4000.00", "600.00", "500.00"],
        "her pay, not the shipping we pay for"
    );
    for text in [brief.to_text(), brief.to_html()] {
        assert!(
            text.contains("Glow Serum unboxing reel")
                && text.contains("4 Mar 2027")
                && text.contains("#LumenGlow")
        );
        assert!(text.contains("FTC"), "the rule behind the label");
        for other in p.influencers.iter().filter(|i| i.id != ana.id) {
            assert!(
                !text.contains(&other.name),
                "{} is in Ana's brief",
                other.name
            );
            if !other.email.is_empty() {
                assert!(!text.contains(&other.email));
            }
            if let Some(h) = other.handles.first() {
                assert!(!text.contains(&format!("@{}", h.handle)));
            }
        }
        for (what, secret) in secrets(&p, false) {
            assert!(!text.contains(&secret), "{what} {secret:?} is in the brief");
        }
        for d in p.deliverables.iter().filter(|x| x.influencer != ana.id) {
            assert!(
                !text.contains(&d.title)
                    || p.deliverables
                        .iter()
                        .any(|m| m.influencer == ana.id && m.title.contains(&d.title)),
                "{} is someone else's",
                d.title
            );
        }
    }
    let html = brief.to_html();
    assert!(
        html.starts_with("<!DOCTYPE html>")
            && html.contains("@page")
            && !html.contains("<script")
            && !html.contains("http-equiv")
    );
    assert!(
        !html.contains("src=") && !html.contains("<link"),
        "self-contained"
    );
}

#[test]
fn every_save_stamps_a_revision_after_the_one_before_and_edits_never_change_it() {
    use rapport_core::document::Document;
    use rapport_core::model::Edit;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.rapport.ron");
    file::save(&example(), &path, None).unwrap();
    let mut doc = Document::open(&path).unwrap();
    assert_eq!(doc.project.info.revision, None, "opening changes nothing");
    doc.save().unwrap();
    let first = doc.project.info.revision.clone().unwrap();
    assert_eq!(first.parent, None);
    let mut info = doc.project.info.clone();
    info.name = "Renamed".into();
    info.revision = None;
    doc.apply("Rename", Edit::SetInfo(info));
    assert_eq!(
        doc.project.info.revision.as_ref(),
        Some(&first),
        "an edit keeps where the file came from"
    );
    doc.save().unwrap();
    let second = doc.project.info.revision.clone().unwrap();
    assert_eq!(second.parent.as_deref(), Some(first.id.as_str()));
    assert_ne!(second.id, first.id);
    assert_eq!(
        file::open(&path).unwrap().project.info.revision,
        Some(second.clone()),
        "in the file"
    );
    doc.undo();
    assert_eq!(
        doc.project.info.revision,
        Some(second),
        "undo does not rewind it"
    );
    assert_eq!(doc.project.info.name, example().info.name);
}

#[test]
fn the_readme_table_lists_every_omission_of_a_client_copy() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let rows: Vec<&str> = readme
        .lines()
        .filter(|l| l.trim_start().starts_with("| "))
        .collect();
    for omission in share::policy::CLIENT {
        let row = rows
            .iter()
            .find(|r| r.contains(&format!("| {}", omission.what)))
            .unwrap_or_else(|| panic!("no README row for {}", omission.what));
        assert!(row.contains(omission.fields), "{row}");
        for code in omission.silences {
            assert!(
                row.contains(&format!("`{}`", code.as_str())),
                "{row} lacks {code:?}"
            );
        }
    }
}

#[test]
fn the_busiest_creators_briefs_print_on_one_or_two_pages_in_a_real_browser() {
    if rapport_core::export::browser::chromium().is_none() {
        eprintln!(
            "SKIPPED: Chromium is not installed (bash .ci/setup installs it), so the brief was not printed"
        );
        return;
    };
    let p = example();
    let dir = tempfile::tempdir().unwrap();
    let mut busiest: Vec<_> = p
        .influencers
        .iter()
        .map(|i| {
            (
                p.deliverables
                    .iter()
                    .filter(|d| d.influencer == i.id)
                    .count(),
                i,
            )
        })
        .collect();
    busiest.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    for (n, who) in busiest.into_iter().take(2) {
        let html = dir.path().join(format!("{}.html", who.id));
        let pdf = dir.path().join(format!("{}.pdf", who.id));
        std::fs::write(
            &html,
            Brief::of(&p, &who.id, d("2027-03-15")).unwrap().to_html(),
        )
        .unwrap();
        rapport_core::export::browser::print_pdf(&html, &pdf).unwrap();
        let pages = crate::support::pdf_pages(&pdf);
        assert!(
            (1..=2).contains(&pages),
            "{} ({n} deliverables): {pages} pages",
            who.name
        );
    }
}

#[test]
fn a_copy_of_a_saved_project_names_its_revision_as_the_version_it_was_made_from() {
    let mut p = example();
    assert!(
        share_copy(&p, TEAM, d("2027-03-15"), true)
            .base_id
            .starts_with("rev-"),
        "a new id without a revision"
    );
    p.info.revision = Some(rapport_core::model::Revision {
        id: "rev-saved001".into(),
        parent: None,
    });
    let saved = share_copy(&p, TEAM, d("2027-03-15"), true);
    assert_eq!(saved.base_id, "rev-saved001");
    assert_eq!(
        saved
            .copy
            .info
            .revision
            .as_ref()
            .and_then(|r| r.parent.as_deref()),
        Some("rev-saved001")
    );
    let edited = share_copy(&p, TEAM, d("2027-03-15"), false);
    assert_ne!(
        edited.base_id, "rev-saved001",
        "unsaved changes are another version"
    );
}

#[test]
fn a_creators_brief_is_in_their_language_and_can_be_asked_for_in_the_other() {
    let p = example();
    let xiaoyu = p.influencers.iter().find(|i| i.name == "林小雨").unwrap();
    // "Mandarin (English by email is fine)": Chinese first.
    let brief = Brief::of(&p, &xiaoyu.id, d("2027-03-15")).unwrap();
    assert_eq!(brief.lang, rapport_core::i18n::Lang::ZhCn);
    let text = brief.to_text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "林小雨的合作简报 — Lumen Skin");
    assert_eq!(lines[2], "林小雨，你好！");
    for expected in [
        "   合作简报：",
        "付款：收到你的发票后 ",
        "如何标注广告：",
        "制作于 2027年3月15日。",
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(expected)),
            "no line starting {expected:?} in\n{text}"
        );
    }
    // No English words of the brief's own are left (names, titles and labels are data).
    for english in [
        "Brief:",
        "Status:",
        "Payment:",
        "Made on",
        "to be agreed",
        "Fees:",
    ] {
        assert!(!text.contains(english), "{english:?} in\n{text}");
    }
    let html = brief.to_html();
    assert!(html.contains("<html lang=\"zh-CN\">"));
    assert!(html.contains("<th>初稿截止</th>"));
    // The same brief in English when asked for, and Ana's (Portuguese) in English.
    let english = Brief::of_in(
        &p,
        &xiaoyu.id,
        d("2027-03-15"),
        rapport_core::i18n::Lang::En,
    )
    .unwrap()
    .to_text();
    assert!(english.starts_with("Brief for 林小雨 — Lumen Skin\n\nHi 林小雨,"));
    let ana = p
        .influencers
        .iter()
        .find(|i| i.name == "Ana Luísa Lima")
        .unwrap();
    let brief = Brief::of(&p, &ana.id, d("2027-03-15")).unwrap();
    assert_eq!(brief.lang, rapport_core::i18n::Lang::En);
}
