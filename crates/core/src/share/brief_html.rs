//! A creator's brief as one self-contained HTML page (no scripts, no outside resources)
//! that prints on one or two A4 or Letter pages.

use super::brief::{Brief, accepted_examples_of, disclosure_rule};

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
        let date = |d| e(&self.date_or_tba(d));
        let mut h = String::new();
        h.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">",
            self.lang.code()
        ));
        h.push_str(&format!(
            "<title>{}</title><style>{STYLE}</style></head><body>\n",
            e(&self.title())
        ));
        h.push_str(&format!("<h1>{}</h1>\n", e(&self.title())));
        let handle = if self.handle.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.handle)
        };
        h.push_str(&format!(
            "<p class=\"meta\">{}</p>\n<p>{}</p>\n",
            e(&self.say(
                "brief-for",
                &[
                    ("creator", self.creator.as_str().into()),
                    ("handle", handle.into()),
                    ("date", self.day(self.made_on).into()),
                ]
            )),
            e(&self.say("brief-intro", &[]))
        ));
        for c in &self.campaigns {
            h.push_str(&format!(
                "<h2>{} <span class=\"meta\">{} – {}</span></h2>\n",
                e(&c.name),
                e(&self.day(c.start)),
                e(&self.day(c.end))
            ));
            if !c.brief.trim().is_empty() {
                h.push_str(&format!("<p>{}</p>\n", e(c.brief.trim())));
            }
            if c.items.is_empty() {
                h.push_str(&format!(
                    "<p>{}</p>\n",
                    e(&self.say("brief-no-content", &[]))
                ));
            } else {
                let th = |id: &str| e(&self.say(id, &[]));
                h.push_str(&format!(
                    "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                    th("brief-col-content"),
                    th("brief-col-brief"),
                    th("brief-col-draft"),
                    th("brief-col-publish"),
                    th("brief-col-label")
                ));
                for i in &c.items {
                    let mut about = self.say(
                        "brief-about",
                        &[
                            ("status", i.status.as_str().into()),
                            ("compensation", i.compensation.as_str().into()),
                            ("rounds", i.revisions.into()),
                        ],
                    );
                    if i.ships_product {
                        about.push_str(" · ");
                        about.push_str(&self.say("brief-ships-short", &[]));
                    }
                    let note = self
                        .label_note(i)
                        .map(|n| format!("<br><span class=\"note\">{}</span>", e(&n)))
                        .unwrap_or_default();
                    h.push_str(&format!(
                        "<tr><td><b>{}</b><br>{}<br><span class=\"note\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td><b>{}</b>{note}</td></tr>\n",
                        e(&i.title),
                        e(&i.what),
                        e(&about),
                        date(i.brief_sent),
                        date(i.draft_due),
                        date(i.publish),
                        e(&i.disclosure),
                    ));
                }
                h.push_str("</table>\n");
            }
            if let Some(tracking) = self.tracking(c, |v| format!("<b>{}</b>", e(v))) {
                h.push_str(&format!("<p>{tracking}</p>\n"));
            }
            if !c.fees.is_empty() {
                let th =
                    |id: &str| e(&self.say(id, &[("currency", self.currency.as_str().into())]));
                h.push_str(&format!(
                    "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                    th("brief-col-fee"),
                    th("brief-col-amount"),
                    th("brief-col-status"),
                    th("brief-col-when")
                ));
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
                "<p>{}</p>\n",
                e(&self.say("brief-payment", &[("days", c.payment_days.into())]))
            ));
        }
        h.push_str(&format!(
            "<h2>{}</h2>\n<p class=\"rule\">{}<br>{}</p>\n",
            e(&self.say("brief-how-to-label-heading", &[])),
            e(&disclosure_rule(self.lang, self.jurisdiction)),
            e(&self.say(
                "brief-clear-labels",
                &[(
                    "examples",
                    accepted_examples_of(self.lang, self.jurisdiction).into()
                )]
            ))
        ));
        if !self.contact.trim().is_empty() {
            h.push_str(&format!(
                "<p>{}</p>\n",
                self.say(
                    "brief-contact",
                    &[(
                        "contact",
                        format!("<b>{}</b>", e(self.contact.trim())).into()
                    )]
                )
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
