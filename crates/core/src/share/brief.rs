//! A creator's brief: what one creator needs from the project, as a document they can read
//! without Rapport (text for an email body, or a page that prints). It holds only their
//! own deliverables, dates, disclosure, tracking, fees and terms, and our point of
//! contact; nothing about anyone else.

use crate::checks::disclosure::{Verdict, judge};
use crate::i18n::{FluentValue, Lang, long_date, text, text_with};
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
    /// The language it is written in: the creator's, when their profile names one of ours.
    pub lang: Lang,
    /// Their campaigns (with deliverables or a place in them), in the project's order.
    pub campaigns: Vec<BriefCampaign>,
}

/// The rule behind the disclosure label, in plain words.
pub fn disclosure_rule(lang: Lang, jurisdiction: Jurisdiction) -> String {
    text(
        lang,
        match jurisdiction {
            Jurisdiction::Us => "brief-rule-us",
            Jurisdiction::Uk => "brief-rule-uk",
        },
    )
}

/// The wordings a regulator accepts, for the brief ("#ad", "Sponsored", …).
pub fn accepted_examples_of(lang: Lang, jurisdiction: Jurisdiction) -> String {
    text(
        lang,
        match jurisdiction {
            Jurisdiction::Us => "disclosure-examples-us",
            Jurisdiction::Uk => "disclosure-examples-uk",
        },
    )
}

/// The label a brief suggests when none clear is agreed.
fn suggested_label(jurisdiction: Jurisdiction) -> &'static str {
    jurisdiction.clear_label()
}

impl Brief {
    /// The brief of one creator as of `today`, in their language when their profile names
    /// one of ours (else English), or `None` when the project has no such creator.
    pub fn of(project: &Project, creator: &InfluencerId, today: NaiveDate) -> Option<Brief> {
        let who = project.influencer(creator)?;
        let lang = Lang::of_person(&who.personal.language).unwrap_or_default();
        Brief::of_in(project, creator, today, lang)
    }

    /// The brief of one creator as of `today`, written in `lang`.
    pub fn of_in(
        project: &Project,
        creator: &InfluencerId,
        today: NaiveDate,
        lang: Lang,
    ) -> Option<Brief> {
        let who = project.influencer(creator)?;
        let say = |id: &str, args: &[(&str, FluentValue<'_>)]| text_with(lang, id, args);
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
                        what: say(
                            "brief-what",
                            &[
                                ("content", d.content.label_in(lang).into()),
                                ("platform", d.platform.label_in(lang).into()),
                            ],
                        ),
                        brief_sent: d.brief_sent,
                        draft_due: d.draft_due,
                        publish: d.publish,
                        status: d.status.label_in(lang),
                        revisions: d.revisions_agreed,
                        disclosure: if clear {
                            d.disclosure.trim().to_string()
                        } else {
                            suggested_label(jurisdiction).to_string()
                        },
                        disclosure_suggested: !clear,
                        compensation: text(
                            lang,
                            match d.compensation {
                                Compensation::Paid => "brief-paid",
                                Compensation::Gifted => "brief-gifted",
                                Compensation::Unpaid => "brief-unpaid",
                            },
                        ),
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
                        l.category.label_in(lang)
                    } else {
                        l.description.clone()
                    },
                    amount: l.amount,
                    status: l.status.label_in(lang),
                    when: match (
                        l.paid_date,
                        due_date(l, Some(campaign), settings.payment_terms_days),
                    ) {
                        (Some(paid), _) => Some(say(
                            "brief-paid-on",
                            &[("date", long_date(lang, paid).into())],
                        )),
                        (None, Some(due)) => Some(say(
                            "brief-due-on",
                            &[("date", long_date(lang, due.date).into())],
                        )),
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
            lang,
            campaigns,
        })
    }

    /// The message `id` in the brief's language.
    pub fn say(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        text_with(self.lang, id, args)
    }

    /// A date in the brief's language, with its year.
    pub fn day(&self, date: NaiveDate) -> String {
        long_date(self.lang, date)
    }

    /// A date, or "to be agreed".
    pub fn date_or_tba(&self, date: Option<NaiveDate>) -> String {
        date.map_or_else(|| self.say("brief-tba", &[]), |d| self.day(d))
    }

    /// The title: "Brief for Ana Lima — Lumen Skin".
    pub fn title(&self) -> String {
        if self.brand.trim().is_empty() {
            self.say("brief-title", &[("creator", self.creator.as_str().into())])
        } else {
            self.say(
                "brief-title-brand",
                &[
                    ("creator", self.creator.as_str().into()),
                    ("brand", self.brand.as_str().into()),
                ],
            )
        }
    }

    /// Why a label is suggested rather than agreed, or nothing.
    pub fn label_note(&self, item: &BriefItem) -> Option<String> {
        item.disclosure_suggested
            .then(|| self.say("brief-label-note", &[]))
    }

    /// The tracking of a campaign as "Code: X · Link: Y", or nothing.
    pub fn tracking(&self, c: &BriefCampaign, value: impl Fn(&str) -> String) -> Option<String> {
        let parts: Vec<String> = [
            ("brief-code", &c.code),
            ("brief-link", &c.link),
            ("brief-hashtag", &c.hashtag),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(id, v)| format!("{}{}", self.say(id, &[]), value(v.trim())))
        .collect();
        (!parts.is_empty())
            .then(|| self.say("brief-tracking", &[("items", parts.join(" · ").into())]))
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
        line(self.say("brief-hi", &[("name", self.creator.as_str().into())]));
        line(String::new());
        line(self.say("brief-intro", &[]));
        for c in &self.campaigns {
            line(String::new());
            line(format!(
                "== {} ({} – {}) ==",
                c.name,
                self.day(c.start),
                self.day(c.end)
            ));
            if !c.brief.trim().is_empty() {
                line(String::new());
                line(c.brief.trim().to_string());
            }
            line(String::new());
            if c.items.is_empty() {
                line(self.say("brief-no-content", &[]));
            }
            for (n, i) in c.items.iter().enumerate() {
                line(format!("{}. {} — {}", n + 1, i.title, i.what));
                line(format!(
                    "   {}",
                    self.say(
                        "brief-dates",
                        &[
                            ("brief", self.date_or_tba(i.brief_sent).into()),
                            ("draft", self.date_or_tba(i.draft_due).into()),
                            ("publish", self.date_or_tba(i.publish).into()),
                        ]
                    )
                ));
                line(format!(
                    "   {}",
                    self.say(
                        "brief-status-line",
                        &[
                            ("status", i.status.as_str().into()),
                            ("rounds", i.revisions.into()),
                            ("compensation", i.compensation.as_str().into()),
                        ]
                    )
                ));
                if i.ships_product {
                    line(format!("   {}", self.say("brief-ships", &[])));
                }
                let label = match self.label_note(i) {
                    Some(note) => self.say(
                        "brief-label-noted",
                        &[
                            ("label", i.disclosure.as_str().into()),
                            ("note", note.into()),
                        ],
                    ),
                    None => self.say("brief-label", &[("label", i.disclosure.as_str().into())]),
                };
                line(format!("   {label}"));
            }
            if let Some(tracking) = self.tracking(c, str::to_string) {
                line(String::new());
                line(tracking);
            }
            if !c.fees.is_empty() {
                line(String::new());
                line(self.say("brief-fees", &[]));
                for f in &c.fees {
                    let status = match self.lang {
                        Lang::En => f.status.to_lowercase(),
                        _ => f.status.clone(),
                    };
                    let about = match &f.when {
                        Some(when) => self.say(
                            "brief-fee-about-when",
                            &[("status", status.into()), ("when", when.as_str().into())],
                        ),
                        None => status,
                    };
                    let fee = self.say(
                        "brief-fee-line",
                        &[
                            ("what", f.what.as_str().into()),
                            ("amount", f.amount.grouped().into()),
                            ("currency", self.currency.as_str().into()),
                            ("about", about.into()),
                        ],
                    );
                    line(format!("   {fee}"));
                }
            }
            line(self.say("brief-payment", &[("days", c.payment_days.into())]));
        }
        line(String::new());
        line(self.say("brief-how-to-label", &[]));
        line(disclosure_rule(self.lang, self.jurisdiction));
        line(self.say(
            "brief-clear-labels",
            &[(
                "examples",
                accepted_examples_of(self.lang, self.jurisdiction).into(),
            )],
        ));
        line(String::new());
        if !self.contact.trim().is_empty() {
            line(self.say("brief-contact", &[("contact", self.contact.trim().into())]));
        }
        line(self.say("brief-made-on", &[("date", self.day(self.made_on).into())]));
        out
    }
}
