//! A creator's brief: what one creator needs from the project, as a document they can read
//! without Rapport (text for an email body, or a page that prints). It holds only their
//! own deliverables, dates, disclosure, tracking, fees and terms, and our point of
//! contact; nothing about anyone else.

use crate::checks::disclosure::{Verdict, accepted_examples, judge};
use crate::model::{
    Compensation, CostStatus, DeliverableStatus, InfluencerId, Jurisdiction, Money, Project,
    due_date,
};
use chrono::NaiveDate;

/// One deliverable as the creator sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefItem {
    /// Title.
    pub title: String,
    /// "Short video on TikTok".
    pub what: String,
    /// When we send (or sent) the brief.
    pub brief_sent: Option<NaiveDate>,
    /// When the draft is due.
    pub draft_due: Option<NaiveDate>,
    /// When it goes live.
    pub publish: Option<NaiveDate>,
    /// Where it stands.
    pub status: String,
    /// Revision rounds agreed.
    pub revisions: u32,
    /// The label to use ("#ad"), or the one we suggest when none is agreed yet.
    pub disclosure: String,
    /// True when `disclosure` is a suggestion (none agreed, or the agreed one is unclear).
    pub disclosure_suggested: bool,
    /// "Paid", "Gifted" or "Unpaid"; we ship the product first.
    pub compensation: String,
    /// We ship product to them before they can start.
    pub ships_product: bool,
}

/// One fee or cost line of theirs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefFee {
    /// What it is for.
    pub what: String,
    /// The amount in the project currency.
    pub amount: Money,
    /// Agreed, invoiced, paid…
    pub status: String,
    /// When it is due (invoice date + terms), or was paid.
    pub when: Option<String>,
}

/// A campaign as one creator sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefCampaign {
    /// Name.
    pub name: String,
    /// First and last day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// The campaign's brief.
    pub brief: String,
    /// Their tracking code, link and hashtag (empty when none).
    pub code: String,
    /// Tracked link.
    pub link: String,
    /// Hashtag.
    pub hashtag: String,
    /// Payment terms in days after their invoice.
    pub payment_days: u32,
    /// Their deliverables, by publish date.
    pub items: Vec<BriefItem>,
    /// Their fee lines: what is paid to them (fee, usage rights, bonus), not what we
    /// spend around them (shipping, production).
    pub fees: Vec<BriefFee>,
}

/// Everything one creator's brief says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brief {
    /// The creator's name.
    pub creator: String,
    /// Their main handle.
    pub handle: String,
    /// The brand.
    pub brand: String,
    /// Our point of contact.
    pub contact: String,
    /// The currency of every amount.
    pub currency: String,
    /// Whose disclosure rules apply.
    pub jurisdiction: Jurisdiction,
    /// The day it was made.
    pub made_on: NaiveDate,
    /// Their campaigns (with deliverables or a place in them), in the project's order.
    pub campaigns: Vec<BriefCampaign>,
}

/// The rule behind the disclosure label, in plain words.
pub fn disclosure_rule(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::Us => {
            "US rules (the FTC's Endorsement Guides): say that it is an ad in the post itself, \
             where nobody can miss it: at the start of the caption, on screen and said aloud in \
             a video, not hidden among other hashtags or behind \"more\". Use the platform's \
             paid-partnership tool as well where there is one."
        }
        Jurisdiction::Uk => {
            "UK rules (the CAP Code and the CMA): make it obvious that it is an ad before anyone \
             engages with it: put the label up front, at the start of the caption or on screen \
             in a video, not among other hashtags. Use the platform's paid-partnership tool as \
             well where there is one."
        }
    }
}

/// The wordings a regulator accepts, for the brief ("#ad", "Sponsored", …).
pub fn accepted_examples_of(jurisdiction: Jurisdiction) -> &'static str {
    accepted_examples(jurisdiction)
}

/// The label a brief suggests when none clear is agreed.
fn suggested_label(jurisdiction: Jurisdiction) -> &'static str {
    jurisdiction.clear_label()
}

/// A date as "12 Apr 2027".
pub fn day(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

impl Brief {
    /// The brief of one creator as of `today`, or `None` when the project has no such
    /// creator.
    pub fn of(project: &Project, creator: &InfluencerId, today: NaiveDate) -> Option<Brief> {
        let who = project.influencer(creator)?;
        let settings = &project.info.settings;
        let jurisdiction = settings.jurisdiction;
        let mut campaigns = Vec::new();
        for campaign in &project.campaigns {
            let mut items: Vec<BriefItem> = project
                .deliverables
                .iter()
                .filter(|d| &d.influencer == creator && d.campaign == campaign.id)
                .filter(|d| d.status != DeliverableStatus::Cancelled)
                .map(|d| {
                    let verdict = judge(&d.disclosure, jurisdiction, &project.info.brand);
                    let clear = verdict == Verdict::Clear;
                    BriefItem {
                        title: d.title.clone(),
                        what: format!("{} on {}", d.content.label(), d.platform.label()),
                        brief_sent: d.brief_sent,
                        draft_due: d.draft_due,
                        publish: d.publish,
                        status: d.status.label().to_string(),
                        revisions: d.revisions_agreed,
                        disclosure: if clear {
                            d.disclosure.trim().to_string()
                        } else {
                            suggested_label(jurisdiction).to_string()
                        },
                        disclosure_suggested: !clear,
                        compensation: match d.compensation {
                            Compensation::Paid => "Paid".into(),
                            Compensation::Gifted => "Gifted product".into(),
                            Compensation::Unpaid => "Unpaid".into(),
                        },
                        ships_product: d.ships_product,
                    }
                })
                .collect();
            items.sort_by_key(|i| (i.publish.is_none(), i.publish));
            let participant = campaign.participant(creator);
            if items.is_empty() && participant.is_none() {
                continue;
            }
            let payment_days = participant
                .and_then(|p| p.contract.payment_terms_days)
                .unwrap_or(settings.payment_terms_days);
            let fees = project
                .cost_lines
                .iter()
                .filter(|l| l.campaign == campaign.id && l.influencer.as_ref() == Some(creator))
                .filter(|l| l.category.is_creator_pay())
                .filter(|l| l.status != CostStatus::Cancelled)
                .map(|l| BriefFee {
                    what: if l.description.trim().is_empty() {
                        l.category.label().to_string()
                    } else {
                        l.description.clone()
                    },
                    amount: l.amount,
                    status: l.status.label().to_string(),
                    when: match (
                        l.paid_date,
                        due_date(l, Some(campaign), settings.payment_terms_days),
                    ) {
                        (Some(paid), _) => Some(format!("paid {}", day(paid))),
                        (None, Some(due)) => Some(format!("due {}", day(due.date))),
                        (None, None) => None,
                    },
                })
                .collect();
            let tracking = participant.map(|p| p.tracking.clone()).unwrap_or_default();
            campaigns.push(BriefCampaign {
                name: campaign.name.clone(),
                start: campaign.start,
                end: campaign.end,
                brief: campaign.brief.clone(),
                code: tracking.code,
                link: tracking.link,
                hashtag: tracking.hashtag,
                payment_days,
                items,
                fees,
            });
        }
        let contact = if who.owner.trim().is_empty() {
            project.info.owner.clone()
        } else {
            who.owner.clone()
        };
        Some(Brief {
            creator: who.name.clone(),
            handle: who.main_handle(),
            brand: project.info.brand.clone(),
            contact,
            currency: project.info.currency.clone(),
            jurisdiction,
            made_on: today,
            campaigns,
        })
    }

    /// The title: "Brief for Ana Lima — Lumen Skin".
    pub fn title(&self) -> String {
        if self.brand.trim().is_empty() {
            format!("Brief for {}", self.creator)
        } else {
            format!("Brief for {} — {}", self.creator, self.brand)
        }
    }

    /// Why a label is suggested rather than agreed, or nothing.
    pub fn label_note(&self, item: &BriefItem) -> Option<String> {
        item.disclosure_suggested.then(|| {
            "suggested: no clear label is agreed yet (see how to label the content below)"
                .to_string()
        })
    }

    /// The brief as plain text for an email body.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        line(self.title());
        line(String::new());
        line(format!("Hi {},", self.creator));
        line(String::new());
        line("Here is everything we have agreed with you, in one place. Tell us if anything is not right.".into());
        for c in &self.campaigns {
            line(String::new());
            line(format!(
                "== {} ({} – {}) ==",
                c.name,
                day(c.start),
                day(c.end)
            ));
            if !c.brief.trim().is_empty() {
                line(String::new());
                line(c.brief.trim().to_string());
            }
            line(String::new());
            if c.items.is_empty() {
                line("No content is planned with you yet.".into());
            }
            for (n, i) in c.items.iter().enumerate() {
                line(format!("{}. {} — {}", n + 1, i.title, i.what));
                let date = |d: Option<NaiveDate>| d.map_or_else(|| "to be agreed".to_string(), day);
                line(format!(
                    "   Brief: {} · Draft due: {} · Publish: {}",
                    date(i.brief_sent),
                    date(i.draft_due),
                    date(i.publish)
                ));
                line(format!(
                    "   Status: {} · Revision rounds: {} · {}",
                    i.status, i.revisions, i.compensation
                ));
                if i.ships_product {
                    line("   We send you the product before you start.".into());
                }
                let note = self
                    .label_note(i)
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default();
                line(format!("   Disclosure label: {}{note}", i.disclosure));
            }
            let tracking: Vec<String> = [
                ("Code", &c.code),
                ("Link", &c.link),
                ("Hashtag", &c.hashtag),
            ]
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{k}: {}", v.trim()))
            .collect();
            if !tracking.is_empty() {
                line(String::new());
                line(format!("Tracking — {}", tracking.join(" · ")));
            }
            if !c.fees.is_empty() {
                line(String::new());
                line("Fees:".into());
                for f in &c.fees {
                    let when = f
                        .when
                        .as_ref()
                        .map(|w| format!(", {w}"))
                        .unwrap_or_default();
                    line(format!(
                        "   {}: {} {} ({}{when})",
                        f.what,
                        f.amount.grouped(),
                        self.currency,
                        f.status.to_lowercase()
                    ));
                }
            }
            line(format!(
                "Payment: {} days after we receive your invoice.",
                c.payment_days
            ));
        }
        line(String::new());
        line("How to label the content:".into());
        line(disclosure_rule(self.jurisdiction).to_string());
        line(format!(
            "Clear labels: {}.",
            accepted_examples(self.jurisdiction)
        ));
        line(String::new());
        if !self.contact.trim().is_empty() {
            line(format!("Your contact with us: {}", self.contact.trim()));
        }
        line(format!("Made on {}.", day(self.made_on)));
        out
    }
}
