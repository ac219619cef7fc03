//! The History part of a profile: the contact log (newest first) with "Log contact", and
//! every campaign the influencer is in, with the contract, tracking, deliverables and fees.

use crate::ui::influencers::profile::FixTarget;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::view::View;
use crate::ui::kit::widgets::{buffered_text, enum_combo};
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
    ui.horizontal(|ui| {
        ui.label(RichText::new("Contact log").strong());
        if form.is_none()
            && ui
                .button("📝 Log contact")
                .on_hover_text("Record a call, email, DM, meeting, gift or thank-you")
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
        ui.label(RichText::new("No contact recorded yet.").weak());
    } else {
        ui.label(
            RichText::new(format!(
                "{} contacts, {thanks} thank-you notes",
                value.contacts.len()
            ))
            .weak(),
        );
    }
    let mut remove = None;
    for (index, contact) in value.contacts.iter().enumerate().rev().take(30) {
        ui.horizontal_wrapped(|ui| {
            let kind = RichText::new(contact.kind.label());
            let kind = if contact.kind == ContactKind::ThankYou {
                kind.strong()
            } else {
                kind
            };
            ui.label(contact.date.to_string());
            ui.label(kind);
            ui.label(&contact.summary);
            if ui
                .small_button("×")
                .on_hover_text("Remove this entry")
                .clicked()
            {
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
    ui.label(RichText::new("Campaigns").strong());
    let mut any = false;
    for campaign in &view.project.campaigns {
        if let Some(participant) = campaign.participant(&value.id) {
            any = true;
            let focus = target == Some(&FixTarget::Participation(campaign.id.clone()));
            participation_ui(ui, view, campaign, participant, focus, edits);
        }
    }
    if !any {
        ui.label(RichText::new("Not in any campaign yet.").weak());
    }
    commit
}

/// Returns (added, cancelled).
fn contact_form_ui(ui: &mut egui::Ui, form: &mut ContactForm, focus: bool) -> (bool, bool) {
    let mut add = false;
    let mut cancel = false;
    let frame = egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label("Kind");
            enum_combo(ui, "Contact kind", &mut form.kind, ContactKind::ALL);
            ui.label("on");
            if let Some(Some(date)) = crate::ui::kit::date_field::date_field_ui(
                ui,
                "Contact date",
                Some(form.date),
                form.date,
                false,
            ) {
                form.date = date;
            }
        });
        let label = ui.label("What was said or sent");
        let summary = ui
            .add(
                egui::TextEdit::singleline(&mut form.summary)
                    .hint_text("e.g. Asked how the marathon training is going")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if focus {
            summary.request_focus();
        }
        let enter = summary.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            add = ui.button("Add to log").clicked() || enter;
            cancel = ui.button("Cancel").clicked();
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
    // A campaign without a name (a hand-edited file) still needs a header one can name.
    let title = if campaign.name.trim().is_empty() {
        "(campaign without a name)"
    } else {
        campaign.name.as_str()
    };
    let header = egui::CollapsingHeader::new(title)
        .id_salt(("participation", &campaign.id))
        .open(focus.then_some(true))
        .show(ui, |ui| {
            let mut changed = participant.clone();
            let k = &mut changed.contract;
            ui.label(RichText::new("Contract").strong());
            let mut signed = k.signed.is_some();
            if ui.checkbox(&mut signed, "Signed").changed() {
                k.signed = signed.then_some(view.today);
            }
            if let Some(date) = k.signed {
                ui.label(RichText::new(format!("on {date}")).weak());
            }
            ui.horizontal_wrapped(|ui| {
                ui.label("Covers:");
                for (flag, name) in [
                    (&mut k.deliverables, "deliverables"),
                    (&mut k.compensation, "compensation"),
                    (&mut k.disclosure, "disclosure"),
                    (&mut k.usage_rights, "usage rights"),
                    (&mut k.exclusivity, "exclusivity"),
                    (&mut k.payment_terms, "payment terms"),
                ] {
                    ui.checkbox(flag, name);
                }
            });
            ui.label(RichText::new("Tracking").strong());
            let t = &mut changed.tracking;
            for (value, name) in [
                (&mut t.code, "Code"),
                (&mut t.link, "Tracked link"),
                (&mut t.hashtag, "Hashtag"),
            ] {
                ui.horizontal(|ui| {
                    if let Some(new) =
                        buffered_text(ui, &format!("{name} ({})", campaign.name), value)
                    {
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
                edits.push("Edit participation", Edit::Put(Record::Campaign(updated)));
            }
            ui.label(RichText::new("Deliverables").strong());
            for d in project
                .deliverables
                .iter()
                .filter(|d| d.campaign == campaign.id && d.influencer == participant.influencer)
            {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .link(&d.title)
                        .on_hover_text("Show it in the Timeline")
                        .clicked()
                    {
                        edits.go_to(d.id.any());
                    }
                    ui.label(format!(
                        "{} · publish {}",
                        d.content.label(),
                        d.publish.map_or("not set".to_string(), |p| p.to_string())
                    ));
                    let status = RichText::new(d.status.label());
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
            ui.label(format!(
                "Costs: {} {currency} planned, {} paid, in {} lines",
                planned.grouped(),
                paid.grouped(),
                lines.len()
            ));
        });
    if focus {
        header.header_response.scroll_to_me(Some(egui::Align::Min));
    }
}
