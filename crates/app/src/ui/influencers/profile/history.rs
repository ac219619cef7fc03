//! The History part of a profile: the contact log (newest first) with "Log contact", and
//! every campaign the influencer is in, with the contract, tracking, deliverables and fees.

use crate::ui::influencers::profile::FixTarget;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{self, tr, tr_with};
use crate::ui::kit::view::View;
use crate::ui::kit::widgets::{buffered_text, enum_combo_in};
use chrono::NaiveDate;
use egui::RichText;
use rapport_core::model::{
    Campaign, Contact, ContactKind, CostStatus, DeliverableStatus, Edit, Influencer, Money,
    Participant, Record,
};

/// The "Log contact" form: kind, date (today unless changed) and what was said.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactForm {
    /// How.
    pub kind: ContactKind,
    /// When.
    pub date: NaiveDate,
    /// What was said or sent.
    pub summary: String,
    /// Not drawn yet: the first frame brings it into view and gives its text the keyboard.
    fresh: bool,
}

impl ContactForm {
    /// A form for a contact of `kind` today.
    pub fn new(kind: ContactKind, today: NaiveDate) -> Self {
        ContactForm {
            kind,
            date: today,
            summary: String::new(),
            fresh: true,
        }
    }
}

/// The contact log with its form; returns true when `value` changed.
fn contact_log_ui(
    ui: &mut egui::Ui,
    view: View<'_>,
    value: &mut Influencer,
    form: &mut Option<ContactForm>,
    target: Option<&FixTarget>,
) -> bool {
    let mut commit = false;
    let ctx = ui.ctx().clone();
    let t = |id: &str| tr(&ctx, id);
    ui.horizontal(|ui| {
        ui.label(RichText::new(t("inf-contact-log")).strong());
        if form.is_none()
            && ui
                .button(t("inf-log-contact"))
                .on_hover_text(t("inf-log-contact-tip"))
                .clicked()
        {
            *form = Some(ContactForm::new(ContactKind::Call, view.today));
        }
    });
    if let Some(open) = form {
        let opened = std::mem::take(&mut open.fresh);
        let (add, cancel) = contact_form_ui(
            ui,
            open,
            opened || matches!(target, Some(FixTarget::LogContact(_))),
        );
        if add {
            value.contacts.push(Contact {
                date: open.date,
                kind: open.kind,
                summary: open.summary.trim().to_string(),
            });
            value.contacts.sort_by_key(|c| c.date);
            commit = true;
        }
        if add || cancel {
            *form = None;
        }
    }
    let thanks = value
        .contacts
        .iter()
        .filter(|c| c.kind == ContactKind::ThankYou)
        .count();
    if value.contacts.is_empty() {
        ui.label(RichText::new(t("inf-no-contacts")).weak());
    } else {
        let count = tr_with(
            &ctx,
            "inf-contact-count",
            &[
                ("contacts", value.contacts.len().into()),
                ("thanks", thanks.into()),
            ],
        );
        ui.label(RichText::new(count).weak());
    }
    let mut remove = None;
    let lang = lang::get(&ctx);
    let kinds: Vec<(ContactKind, String)> = ContactKind::ALL
        .iter()
        .map(|k| (*k, k.label_in(lang)))
        .collect();
    let remove_tip = t("inf-remove-entry");
    for (index, contact) in value.contacts.iter().enumerate().rev().take(30) {
        ui.horizontal_wrapped(|ui| {
            let kind = kinds
                .iter()
                .find(|(k, _)| *k == contact.kind)
                .map_or(contact.kind.label(), |(_, l)| l.as_str());
            let kind = RichText::new(kind);
            let kind = if contact.kind == ContactKind::ThankYou {
                kind.strong()
            } else {
                kind
            };
            ui.label(contact.date.to_string());
            ui.label(kind);
            ui.label(&contact.summary);
            if ui.small_button("×").on_hover_text(&remove_tip).clicked() {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        value.contacts.remove(index);
        commit = true;
    }
    commit
}

/// Draws the history; contacts edit `value` (returns true to commit it), participations
/// edit their campaign through `edits`. Without a contact form (`None`: a client copy, which
/// has no contact log) only the campaigns are shown.
pub fn history_ui(
    ui: &mut egui::Ui,
    view: View<'_>,
    value: &mut Influencer,
    form: Option<&mut Option<ContactForm>>,
    target: Option<&FixTarget>,
    edits: &mut EditQueue,
) -> bool {
    let mut commit = false;
    if let Some(form) = form {
        commit |= contact_log_ui(ui, view, value, form, target);
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr(ui.ctx(), "inf-campaigns")).strong());
    let mut any = false;
    for campaign in &view.project.campaigns {
        if let Some(participant) = campaign.participant(&value.id) {
            any = true;
            let focus = target == Some(&FixTarget::Participation(campaign.id.clone()));
            participation_ui(ui, view, campaign, participant, focus, edits);
        }
    }
    if !any {
        ui.label(RichText::new(tr(ui.ctx(), "inf-no-campaigns")).weak());
    }
    commit
}

/// Returns (added, cancelled).
fn contact_form_ui(ui: &mut egui::Ui, form: &mut ContactForm, focus: bool) -> (bool, bool) {
    let mut add = false;
    let mut cancel = false;
    let ctx = ui.ctx().clone();
    let lang = lang::get(&ctx);
    let t = |id: &str| tr(&ctx, id);
    let frame = egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(t("inf-kind"));
            let (name, all) = (t("inf-contact-kind"), ContactKind::ALL);
            enum_combo_in(ui, "Contact kind", &name, &mut form.kind, all, |k| {
                k.label_in(lang)
            });
            ui.label(t("inf-on"));
            if let Some(Some(date)) = crate::ui::kit::date_field::date_field_ui(
                ui,
                "contact-date",
                &t("inf-contact-date"),
                Some(form.date),
                form.date,
                false,
            ) {
                form.date = date;
            }
        });
        let label = ui.label(t("inf-said"));
        let summary = ui
            .add(
                egui::TextEdit::singleline(&mut form.summary)
                    .hint_text(t("inf-said-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if focus {
            summary.request_focus();
        }
        let enter = summary.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            add = ui.button(t("inf-add-to-log")).clicked() || enter;
            cancel = ui.button(t("inf-cancel")).clicked();
        });
    });
    // Just opened (or asked for by a finding), the whole form comes into view, its buttons
    // too, and its text takes the keyboard.
    if focus {
        ui.scroll_to_rect(frame.response.rect, None);
    }
    (add, cancel)
}

/// One campaign the influencer is in: contract, tracking, deliverables and fees.
fn participation_ui(
    ui: &mut egui::Ui,
    view: View<'_>,
    campaign: &Campaign,
    participant: &Participant,
    focus: bool,
    edits: &mut EditQueue,
) {
    let project = view.project;
    let currency = &project.info.currency;
    let ctx = ui.ctx().clone();
    let lang = lang::get(&ctx);
    let t = |id: &str| tr(&ctx, id);
    // A campaign without a name (a hand-edited file) still needs a header one can name.
    let title = if campaign.name.trim().is_empty() {
        t("inf-unnamed-campaign")
    } else {
        campaign.name.clone()
    };
    let header = egui::CollapsingHeader::new(title)
        .id_salt(("participation", &campaign.id))
        .open(focus.then_some(true))
        .show(ui, |ui| {
            let mut changed = participant.clone();
            let k = &mut changed.contract;
            ui.label(RichText::new(t("inf-contract")).strong());
            let mut signed = k.signed.is_some();
            if ui.checkbox(&mut signed, t("inf-signed")).changed() {
                k.signed = signed.then_some(view.today);
            }
            if let Some(date) = k.signed {
                let on = tr_with(&ctx, "inf-signed-on", &[("date", date.to_string().into())]);
                ui.label(RichText::new(on).weak());
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(t("inf-covers"));
                for (flag, name) in [
                    (&mut k.deliverables, "inf-covers-deliverables"),
                    (&mut k.compensation, "inf-covers-compensation"),
                    (&mut k.disclosure, "inf-covers-disclosure"),
                    (&mut k.usage_rights, "inf-covers-usage-rights"),
                    (&mut k.exclusivity, "inf-covers-exclusivity"),
                    (&mut k.payment_terms, "inf-covers-payment-terms"),
                ] {
                    ui.checkbox(flag, t(name));
                }
            });
            ui.label(RichText::new(t("inf-tracking")).strong());
            let tracking = &mut changed.tracking;
            for (value, name) in [
                (&mut tracking.code, "inf-tracking-code"),
                (&mut tracking.link, "inf-tracking-link"),
                (&mut tracking.hashtag, "inf-tracking-hashtag"),
            ] {
                let label = tr_with(
                    &ctx,
                    "inf-tracking-field",
                    &[
                        ("field", t(name).into()),
                        ("campaign", campaign.name.as_str().into()),
                    ],
                );
                ui.horizontal(|ui| {
                    if let Some(new) = buffered_text(ui, (name, &campaign.id), &label, value) {
                        *value = new;
                    }
                });
            }
            if &changed != participant {
                let mut updated = campaign.clone();
                if let Some(slot) = updated
                    .participants
                    .iter_mut()
                    .find(|p| p.influencer == participant.influencer)
                {
                    *slot = changed;
                }
                edits.push(
                    t("inf-participation-edit"),
                    Edit::Put(Record::Campaign(updated)),
                );
            }
            ui.label(RichText::new(t("inf-deliverables")).strong());
            for d in project
                .deliverables
                .iter()
                .filter(|d| d.campaign == campaign.id && d.influencer == participant.influencer)
            {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .link(&d.title)
                        .on_hover_text(t("inf-show-in-timeline"))
                        .clicked()
                    {
                        edits.go_to(d.id.any());
                    }
                    let date = d
                        .publish
                        .map_or_else(|| t("inf-not-set"), |p| p.to_string());
                    ui.label(tr_with(
                        &ctx,
                        "inf-deliverable-line",
                        &[
                            ("content", d.content.label_in(lang).into()),
                            ("date", date.into()),
                        ],
                    ));
                    let status = RichText::new(d.status.label_in(lang));
                    ui.label(if d.status == DeliverableStatus::Cancelled {
                        status.strikethrough().weak()
                    } else {
                        status
                    });
                });
            }
            let lines: Vec<_> = project
                .cost_lines
                .iter()
                .filter(|l| {
                    l.campaign == campaign.id
                        && l.influencer.as_ref() == Some(&participant.influencer)
                })
                .collect();
            let planned: Money = lines.iter().map(|l| l.planned()).sum();
            let paid: Money = lines
                .iter()
                .filter(|l| l.status == CostStatus::Paid)
                .map(|l| l.amount)
                .sum();
            ui.label(tr_with(
                &ctx,
                "inf-costs",
                &[
                    ("planned", planned.grouped().into()),
                    ("currency", currency.as_str().into()),
                    ("paid", paid.grouped().into()),
                    ("lines", lines.len().into()),
                ],
            ));
        });
    if focus {
        header.header_response.scroll_to_me(Some(egui::Align::Min));
    }
}
