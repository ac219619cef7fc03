//! One influencer's profile, grouped the way a manager thinks: identity and handles,
//! audience, fit and vetting, money, the person, and the history. Edits a working copy and
//! commits it as one edit when a field is left.

mod audience;
mod fields;
pub mod history;

use crate::ui::kit::edits::{Draft, EditQueue};
use crate::ui::kit::lang::{self, tr, tr_with};
use crate::ui::kit::view::View;
use crate::ui::kit::widgets::{findings_badge, severity_color};
use egui::{CollapsingHeader, RichText};
use fields::{fit_ui, identity_ui, money_ui, person_ui};
use history::{ContactForm, history_ui};
use rapport_core::checks::{Code, Finding};
use rapport_core::i18n::{self, Lang};
use rapport_core::model::{CampaignId, ContactKind, Influencer, Record};

/// Where a finding's "Fix" button takes the manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixTarget {
    /// The "Our contact" field.
    OurContact,
    /// The vetting checklist.
    Vetting,
    /// The rate card.
    RateCard,
    /// The log-contact form, with this kind chosen.
    LogContact(ContactKind),
    /// The contract and tracking of one campaign participation.
    Participation(CampaignId),
}

/// The profile editor's state between frames.
#[derive(Debug, Default)]
pub struct ProfileEditor {
    draft: Option<Draft<Influencer>>,
    niches_text: String,
    posts_text: String,
    /// The field a "Fix" button asked to show, until it has been shown.
    pub target: Option<FixTarget>,
    /// The open "Log contact" form.
    pub contact_form: Option<ContactForm>,
    /// Where the influencer ranks to book again in each campaign, per project version and
    /// language.
    ranks: crate::ui::kit::memo::Memo<(u64, rapport_core::model::InfluencerId, Lang), Vec<String>>,
}

/// "Ranked 2 of 5 to book again in Spring (code redemptions per unit of cost)", for each
/// campaign where the influencer is ranked. One report per campaign they are in.
fn book_again(
    project: &rapport_core::model::Project,
    who: &rapport_core::model::InfluencerId,
    lang: Lang,
) -> Vec<String> {
    project
        .campaigns
        .iter()
        .filter(|c| c.participant(who).is_some())
        .filter_map(|c| {
            let r = rapport_core::model::results_report(project, Some(&c.id)).pop()?;
            let k = r.creators.iter().position(|cr| &cr.influencer == who)?;
            let rank = r.rank.get(k).copied().flatten()?;
            Some(i18n::text_with(
                lang,
                "inf-book-again",
                &[
                    ("rank", rank.into()),
                    ("total", r.ranking.len().into()),
                    ("campaign", c.name.as_str().into()),
                    ("kpi", r.leading.label_in(lang).to_lowercase().into()),
                ],
            ))
        })
        .collect()
}

impl ProfileEditor {
    /// Draws the profile of `influencer`; edits go into `edits`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        influencer: &Influencer,
        edits: &mut EditQueue,
    ) {
        let fresh = match &mut self.draft {
            Some(draft) if draft.value.id == influencer.id => draft.sync(influencer),
            slot => {
                *slot = Some(Draft::new(influencer));
                self.contact_form = None;
                true
            }
        };
        if fresh {
            self.niches_text = influencer.niches.join(", ");
            self.posts_text = influencer.personal.posts_loved.join("\n");
        }
        let Some(draft) = self.draft.as_mut() else {
            return;
        };
        let mut commit = false;
        let ctx = ui.ctx().clone();
        let lang = lang::get(&ctx);
        let t = |id: &str| tr(&ctx, id);
        // The record's id is for support and hand-edited files: in the name's tooltip only.
        let no_name = t("inf-no-name");
        ui.heading(if draft.value.name.trim().is_empty() {
            no_name.as_str()
        } else {
            draft.value.name.as_str()
        })
        .on_hover_text(tr_with(
            &ctx,
            "inf-record-id",
            &[("id", influencer.id.as_str().into())],
        ));
        ui.horizontal(|ui| {
            findings_badge(ui, view.findings.about(&influencer.id));
        });
        findings_ui(
            ui,
            view.findings.about(&influencer.id),
            &mut self.target,
            edits,
        );
        if let Some(FixTarget::LogContact(kind)) = self.target.clone() {
            self.contact_form = Some(ContactForm::new(kind, view.today));
        }
        let target = self.target.take();
        let value = &mut draft.value;
        // A client copy has no contact details, rates, personal side or contact log:
        // hide them rather than show empty fields.
        let client = view
            .project
            .info
            .shared
            .as_ref()
            .is_some_and(|s| s.kind == rapport_core::model::ShareKind::Client);

        let open = |wanted: &[FixTarget]| {
            target
                .as_ref()
                .is_some_and(|t| wanted.contains(t))
                .then_some(true)
        };
        CollapsingHeader::new(t("inf-section-identity"))
            .id_salt("Identity & handles")
            .default_open(true)
            .open(open(&[FixTarget::OurContact]))
            .show(ui, |ui| {
                commit |= identity_ui(ui, value, target.as_ref(), client);
            });
        CollapsingHeader::new(t("inf-section-audience"))
            .id_salt("Audience")
            .show(ui, |ui| commit |= audience::audience_ui(ui, value));
        CollapsingHeader::new(t("inf-section-fit"))
            .id_salt("Fit & vetting")
            .open(open(&[FixTarget::Vetting]))
            .show(ui, |ui| {
                commit |= fit_ui(
                    ui,
                    value,
                    &mut self.niches_text,
                    target.as_ref() == Some(&FixTarget::Vetting),
                );
            });
        if client {
            ui.label(RichText::new(t("inf-client-copy-note")).weak());
        } else {
            CollapsingHeader::new(t("inf-section-money"))
                .id_salt("Money")
                .open(open(&[FixTarget::RateCard]))
                .show(ui, |ui| {
                    commit |= money_ui(
                        ui,
                        value,
                        &view.project.info.currency,
                        target.as_ref() == Some(&FixTarget::RateCard),
                    );
                });
            CollapsingHeader::new(t("inf-section-person"))
                .id_salt("The person")
                .show(ui, |ui| {
                    commit |= person_ui(ui, value, &mut self.posts_text)
                });
        }
        let ranks = self
            .ranks
            .get((view.revision, influencer.id.clone(), lang), || {
                book_again(view.project, &influencer.id, lang)
            });
        for line in ranks {
            ui.label(RichText::new(line).strong())
                .on_hover_text(t("inf-book-again-tip"));
        }
        let history_open = matches!(
            target,
            Some(FixTarget::Participation(_)) | Some(FixTarget::LogContact(_))
        );
        CollapsingHeader::new(t("inf-section-history"))
            .id_salt("History")
            .default_open(true)
            .open(history_open.then_some(true))
            .show(ui, |ui| {
                commit |= history_ui(
                    ui,
                    view,
                    value,
                    (!client).then_some(&mut self.contact_form),
                    target.as_ref(),
                    edits,
                );
            });

        if commit && let Some(changed) = draft.take_change() {
            let label = t(if changed.name != influencer.name {
                "inf-rename-edit"
            } else if changed.contacts.len() > influencer.contacts.len() {
                "inf-log-contact-edit"
            } else {
                "inf-edit-edit"
            });
            edits.push(
                label,
                rapport_core::model::Edit::Put(Record::Influencer(changed)),
            );
        }
    }
}

/// The influencer's findings, each with its fix and a button that goes to the field.
fn findings_ui<'a>(
    ui: &mut egui::Ui,
    findings: impl Iterator<Item = &'a Finding>,
    target: &mut Option<FixTarget>,
    edits: &mut EditQueue,
) {
    let dark = ui.visuals().dark_mode;
    let ctx = ui.ctx().clone();
    let t = |id: &str| tr(&ctx, id);
    for f in findings {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(f.code.as_str())
                        .color(severity_color(f.severity, dark))
                        .strong(),
                );
                ui.label(lang::say(ui.ctx(), &f.message));
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(lang::fix_line(ui.ctx(), &f.fix)).italics());
                if f.code == Code::PlanChangeNotTold {
                    if ui
                        .small_button(t("inf-draft-update"))
                        .on_hover_text(t("inf-draft-update-tip"))
                        .clicked()
                        && let Some(id) =
                            f.subject.iter().find(|id| id.as_str().starts_with("inf-"))
                    {
                        edits.draft_update(id.cast());
                    }
                } else if ui
                    .small_button(t("inf-go-to-field"))
                    .on_hover_text(t("inf-go-to-field-tip"))
                    .clicked()
                {
                    match fix_target(f) {
                        Some(t) => *target = Some(t),
                        None => {
                            if let Some(id) = f
                                .subject
                                .iter()
                                .find(|id| !id.as_str().starts_with("inf-"))
                                .or(f.subject.first())
                            {
                                edits.go_to(id.clone());
                            }
                        }
                    }
                }
            });
        });
    }
}

/// The profile field a finding is fixed in, or `None` when it is fixed elsewhere (a
/// deliverable in the Timeline, a fee in the Budget).
fn fix_target(f: &Finding) -> Option<FixTarget> {
    match f.code {
        Code::NoOwner => Some(FixTarget::OurContact),
        Code::VettingIncomplete => Some(FixTarget::Vetting),
        Code::NoRecentContact => Some(FixTarget::LogContact(ContactKind::Call)),
        Code::ThanksMissing => Some(FixTarget::LogContact(ContactKind::ThankYou)),
        Code::ContractIncomplete | Code::TrackingMissing => f
            .subject
            .get(1)
            .map(|id| FixTarget::Participation(id.cast())),
        _ => None,
    }
}
