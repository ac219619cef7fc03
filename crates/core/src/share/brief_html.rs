//! A creator's brief as one self-contained HTML page (no scripts, no outside resources)
//! that prints on one or two A4 or Letter pages.

use super::brief::{Brief, day, disclosure_rule};
use chrono::NaiveDate;

/// Text made safe inside HTML elements and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC',sans-serif;\
color:#1a1a1a;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.4;font-size:11pt}\
h1{font-size:18pt;margin:0 0 .2em}h2{font-size:13pt;margin:1.2em 0 .3em;border-bottom:1px solid #999}\
.meta{color:#444}table{border-collapse:collapse;width:100%;margin:.4em 0}\
th,td{text-align:left;vertical-align:top;padding:.25em .4em;border-bottom:1px solid #ccc;font-size:10pt}\
th{background:#eee}td.num{text-align:right;white-space:nowrap}.note{color:#444;font-size:9.5pt}\
.rule{border-left:4px solid #333;padding:.3em .7em;background:#f4f4f4}\
@page{size:auto;margin:15mm}@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}";

impl Brief {
    /// The brief as a self-contained HTML page.
    pub fn to_html(&self) -> String {
        let e = escape;
        let date = |d: Option<NaiveDate>| d.map_or_else(|| "to be agreed".to_string(), day);
        let mut h = String::new();
        h.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.push_str(&format!(
            "<title>{}</title><style>{STYLE}</style></head><body>\n",
            e(&self.title())
        ));
        h.push_str(&format!("<h1>{}</h1>\n", e(&self.title())));
        let handle = if self.handle.is_empty() {
            String::new()
        } else {
            format!(" ({})", e(&self.handle))
        };
        h.push_str(&format!(
            "<p class=\"meta\">For {}{handle} · made on {}</p>\n<p>Here is everything we have agreed with you, in one place. Tell us if anything is not right.</p>\n",
            e(&self.creator),
            day(self.made_on)
        ));
        for c in &self.campaigns {
            h.push_str(&format!(
                "<h2>{} <span class=\"meta\">{} – {}</span></h2>\n",
                e(&c.name),
                day(c.start),
                day(c.end)
            ));
            if !c.brief.trim().is_empty() {
                h.push_str(&format!("<p>{}</p>\n", e(c.brief.trim())));
            }
            if c.items.is_empty() {
                h.push_str("<p>No content is planned with you yet.</p>\n");
            } else {
                h.push_str("<table><tr><th>Content</th><th>Brief</th><th>Draft due</th><th>Publish</th><th>Label</th></tr>\n");
                for i in &c.items {
                    let mut about = format!(
                        "{} · {} · {} revision round{}",
                        e(&i.status),
                        e(&i.compensation),
                        i.revisions,
                        if i.revisions == 1 { "" } else { "s" }
                    );
                    if i.ships_product {
                        about.push_str(" · we send you the product first");
                    }
                    let note = self
                        .label_note(i)
                        .map(|n| format!("<br><span class=\"note\">{}</span>", e(&n)))
                        .unwrap_or_default();
                    h.push_str(&format!(
                        "<tr><td><b>{}</b><br>{}<br><span class=\"note\">{about}</span></td><td>{}</td><td>{}</td><td>{}</td><td><b>{}</b>{note}</td></tr>\n",
                        e(&i.title),
                        e(&i.what),
                        date(i.brief_sent),
                        date(i.draft_due),
                        date(i.publish),
                        e(&i.disclosure),
                    ));
                }
                h.push_str("</table>\n");
            }
            let tracking: Vec<String> = [
                ("Code", &c.code),
                ("Link", &c.link),
                ("Hashtag", &c.hashtag),
            ]
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{k}: <b>{}</b>", e(v.trim())))
            .collect();
            if !tracking.is_empty() {
                h.push_str(&format!("<p>Tracking — {}</p>\n", tracking.join(" · ")));
            }
            if !c.fees.is_empty() {
                h.push_str(&format!("<table><tr><th>Fee</th><th>Amount ({})</th><th>Status</th><th>When</th></tr>\n", e(&self.currency)));
                for f in &c.fees {
                    h.push_str(&format!(
                        "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
                        e(&f.what),
                        f.amount.grouped(),
                        e(&f.status),
                        e(f.when.as_deref().unwrap_or(""))
                    ));
                }
                h.push_str("</table>\n");
            }
            h.push_str(&format!(
                "<p>Payment: {} days after we receive your invoice.</p>\n",
                c.payment_days
            ));
        }
        h.push_str(&format!(
            "<h2>How to label the content</h2>\n<p class=\"rule\">{}<br>Clear labels: {}.</p>\n",
            e(disclosure_rule(self.jurisdiction)),
            e(super::brief::accepted_examples_of(self.jurisdiction))
        ));
        if !self.contact.trim().is_empty() {
            h.push_str(&format!(
                "<p>Your contact with us: <b>{}</b></p>\n",
                e(self.contact.trim())
            ));
        }
        h.push_str("</body></html>\n");
        h
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_names_is_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"co\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"
        );
    }
}
