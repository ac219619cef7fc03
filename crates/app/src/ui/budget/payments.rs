//! The Budget panel's payments: what is overdue (and by how many days), what falls due in
//! the next 30 days, and what was paid late, with "Paid today" on anything unpaid.

use crate::ui::budget::cost_editor::EditorAction;
use crate::ui::budget::cost_table::CostColumn;
use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use crate::ui::kit::memo::Memo;
use crate::ui::kit::view::View;
use egui::{Color32, RichText};
use egui_extras::{Column, TableBuilder};
use rapport_core::model::{
    CampaignId, CostLineId, CostStatus, DUE_SOON_DAYS, Money, Payment, PaymentState, Payments,
    edit_cost_line, payments,
};

rapport_core::labelled_enum! {
    /// Which list of payments is shown.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum PaymentList {
        /// Invoiced, unpaid and past due.
        #[default]
        Overdue => "Overdue",
        /// Due in the next 30 days.
        DueSoon => "Due in 30 days",
        /// Paid after the due date.
        PaidLate => "Paid late",
    }
}

/// The payments view's state between frames.
#[derive(Debug, Default)]
pub struct PaymentsView {
    /// The list shown.
    pub list: PaymentList,
    listed: Memo<(u64, Option<CampaignId>), Listed>,
}

/// The payments and each list's total, computed once per project version and campaign.
#[derive(Debug)]
struct Listed {
    payments: Payments,
    /// The totals of overdue, due soon and paid late.
    totals: [Money; 3],
}

impl PaymentsView {
    /// Draws the payments of `campaign` (or of every campaign).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View<'_>,
        campaign: Option<&CampaignId>,
        selected: Option<&CostLineId>,
        edits: &mut EditQueue,
    ) -> EditorAction {
        let project = view.project;
        let key = (view.revision, campaign.cloned());
        let Listed {
            payments: all,
            totals,
        } = self.listed.get(key, || {
            let computed = payments(project, view.today, campaign, DUE_SOON_DAYS);
            let sum = |list: &[Payment]| {
                list.iter()
                    .filter_map(|p| project.cost_lines.get(p.line))
                    .map(|l| l.amount)
                    .fold(Money::ZERO, Money::saturating_add)
            };
            let totals = [
                sum(&computed.overdue),
                sum(&computed.due_soon),
                sum(&computed.paid_late),
            ];
            Listed {
                payments: computed,
                totals,
            }
        });
        let currency = project.info.currency.as_str();
        let ctx = ui.ctx().clone();
        let lang = crate::ui::kit::lang::get(&ctx);
        ui.horizontal_wrapped(|ui| {
            for ((&list, payments), total) in PaymentList::ALL
                .iter()
                .zip([&all.overdue, &all.due_soon, &all.paid_late])
                .zip(totals)
            {
                let text = tr_with(
                    &ctx,
                    "bud-pay-tab",
                    &[
                        ("name", list.label_in(lang).into()),
                        ("count", payments.len().into()),
                        ("total", total.grouped().into()),
                        ("currency", currency.into()),
                    ],
                );
                let text =
                    if list == PaymentList::Overdue && !payments.is_empty() && self.list != list {
                        RichText::new(text).color(Color32::from_rgb(0xd6, 0x33, 0x2f))
                    } else {
                        RichText::new(text)
                    };
                ui.selectable_value(&mut self.list, list, text);
            }
        });
        let (rows, empty, about) = match self.list {
            PaymentList::Overdue => (
                &all.overdue,
                "bud-pay-none-overdue",
                "bud-pay-about-overdue",
            ),
            PaymentList::DueSoon => (&all.due_soon, "bud-pay-none-due", "bud-pay-about-due"),
            PaymentList::PaidLate => (&all.paid_late, "bud-pay-none-late", "bud-pay-about-late"),
        };
        ui.label(RichText::new(tr(&ctx, about)).weak());
        if rows.is_empty() {
            ui.add_space(12.0);
            ui.label(tr(&ctx, empty));
            return EditorAction::None;
        }
        // The words every row has, looked up once.
        let categories: Vec<String> = rapport_core::model::CostCategory::ALL
            .iter()
            .map(|c| c.label_in(lang))
            .collect();
        let paid_today = tr(&ctx, "bud-paid-today");
        let undo_paid = tr(&ctx, "bud-undo-mark-paid");
        let unpaid = self.list != PaymentList::PaidLate;
        let mut action = EditorAction::None;
        ui.style_mut().interaction.selectable_labels = false;
        TableBuilder::new(ui)
            .id_salt(("payments", self.list as u8))
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .resizable(true)
            .sense(crate::ui::kit::table_access::CELL_SENSE)
            .column(Column::initial(150.0).clip(true))
            .column(Column::initial(130.0).clip(true))
            .column(Column::initial(190.0).clip(true))
            .column(Column::initial(100.0))
            .columns(Column::initial(90.0), 2)
            .column(Column::initial(130.0))
            .column(Column::remainder().at_least(90.0))
            .header(24.0, |mut header| {
                let paid = if unpaid {
                    String::new()
                } else {
                    CostColumn::PaidOn.label_in(lang)
                };
                for title in [
                    CostColumn::Influencer.label_in(lang),
                    CostColumn::Campaign.label_in(lang),
                    tr(&ctx, "bud-pay-col-cost"),
                    CostColumn::Amount.label_in(lang),
                    CostColumn::Invoiced.label_in(lang),
                    CostColumn::Due.label_in(lang),
                    tr(&ctx, "bud-pay-col-standing"),
                    paid,
                ] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(24.0, rows.len(), |mut row| {
                    let Some((payment, line)) = rows
                        .get(row.index())
                        .and_then(|p| project.cost_lines.get(p.line).map(|l| (p, l)))
                    else {
                        return;
                    };
                    row.set_selected(selected == Some(&line.id));
                    let who = line
                        .influencer
                        .as_ref()
                        .and_then(|id| view.index.influencer(project, id))
                        .map_or("—", |i| i.name.as_str());
                    row.col(|ui| {
                        ui.label(who);
                    });
                    row.col(|ui| {
                        ui.label(view.index.campaign_name(project, &line.campaign));
                    });
                    row.col(|ui| {
                        let category = rapport_core::model::CostCategory::ALL
                            .iter()
                            .position(|c| *c == line.category)
                            .and_then(|i| categories.get(i))
                            .map_or("", String::as_str);
                        let label = if line.description.trim().is_empty() {
                            category.to_string()
                        } else {
                            format!("{category} · {}", line.description)
                        };
                        ui.label(label);
                    });
                    row.col(|ui| {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.monospace(line.amount.grouped());
                        });
                    });
                    row.col(|ui| {
                        ui.label(line.invoice_date.map_or(String::new(), |d| d.to_string()));
                    });
                    row.col(|ui| {
                        let text = RichText::new(payment.due.date.to_string());
                        let response = ui.label(match payment.due.derived_from_terms {
                            Some(_) => text.italics(),
                            None => text,
                        });
                        if let Some(days) = payment.due.derived_from_terms {
                            response.on_hover_ui(|ui| {
                                let tip = tr_with(
                                    ui.ctx(),
                                    "bud-due-from-terms",
                                    &[("days", days.into())],
                                );
                                ui.label(tip);
                            });
                        }
                    });
                    row.col(|ui| {
                        let text = RichText::new(state_text(ui.ctx(), payment.state));
                        ui.label(match payment.state {
                            PaymentState::Overdue(_) | PaymentState::PaidLate(_) => {
                                text.color(Color32::from_rgb(0xd6, 0x33, 0x2f))
                            }
                            PaymentState::DueIn(_) => text,
                        });
                    });
                    row.col(|ui| {
                        if unpaid {
                            let button = ui.small_button(paid_today.as_str()).on_hover_ui(|ui| {
                                let tip = tr_with(
                                    ui.ctx(),
                                    "bud-paid-today-tip",
                                    &[("who", who.into()), ("date", view.today.to_string().into())],
                                );
                                ui.label(tip);
                            });
                            button.widget_info(|| {
                                let name = tr_with(
                                    &ctx,
                                    "bud-paid-today-name",
                                    &[
                                        ("who", who.into()),
                                        ("amount", line.amount.grouped().into()),
                                    ],
                                );
                                egui::WidgetInfo::labeled(egui::Role::Button, true, name)
                            });
                            if button.clicked() {
                                let mut paid = line.clone();
                                paid.status = CostStatus::Paid;
                                paid.paid_date = Some(view.today);
                                edits.push(
                                    undo_paid.clone(),
                                    edit_cost_line(project, paid, &Default::default(), view.today),
                                );
                            }
                        } else {
                            ui.label(line.paid_date.map_or(String::new(), |d| d.to_string()));
                        }
                    });
                    if row.response().clicked() {
                        action = EditorAction::Select(line.id.clone());
                    }
                });
            });
        crate::ui::kit::table_access::name_width_handles(
            ui,
            ("payments", self.list as u8),
            &crate::ui::budget::BudgetView::Payments.label_in(lang),
        );
        action
    }
}

/// Where a payment stands, in the frame's language: "3 days overdue", "due today",
/// "due in 1 day", "paid 12 days late".
fn state_text(ctx: &egui::Context, state: PaymentState) -> String {
    let (id, days) = match state {
        PaymentState::Overdue(n) => ("bud-days-overdue", n),
        PaymentState::DueIn(0) => return tr(ctx, "bud-pay-due-today"),
        PaymentState::DueIn(n) => ("bud-pay-due-in", n),
        PaymentState::PaidLate(n) => ("bud-pay-paid-late", n),
    };
    tr_with(ctx, id, &[("days", days.into())])
}
