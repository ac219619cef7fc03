//! Entering a deliverable's results: its post address and a reading of what the platform
//! or a tracker reported on a date. Each reading is kept; the newest counts. One reading is
//! one undo step.

use crate::ui::kit::edits::EditQueue;
use crate::ui::kit::lang::{tr, tr_with};
use chrono::NaiveDate;
use egui::RichText;
use rapport_core::i18n::{Lang, text, text_with};
use rapport_core::model::results::{Measurement, latest};
use rapport_core::model::{Deliverable, DeliverableId, Edit, Money, Record};

/// The count fields of a reading, in the order shown: their names' message ids.
const COUNTS: [&str; 10] = [
    "res-count-impressions",
    "res-count-reach",
    "res-count-views",
    "res-count-likes",
    "res-count-comments",
    "res-count-shares",
    "res-count-saves",
    "res-count-clicks",
    "res-count-redemptions",
    "res-count-sales",
];

/// The names of the count fields in `lang`, in the order of [`COUNTS`].
fn count_names(lang: Lang) -> [String; 10] {
    COUNTS.map(|id| text(lang, id))
}

/// The form for one deliverable's next reading.
#[derive(Debug, Clone)]
pub struct ResultEntry {
    /// Whose results.
    pub deliverable: DeliverableId,
    /// When the figures were read.
    pub date: NaiveDate,
    /// The post's address.
    pub url: String,
    /// The counts as typed, in the order of [`COUNTS`]; empty is not reported.
    pub counts: [String; 10],
    /// Revenue as typed.
    pub revenue: String,
    /// What is wrong with what was typed.
    pub error: Option<String>,
}

impl ResultEntry {
    /// A form for `d`, read `today`, starting from its newest reading (to be updated).
    pub fn new(d: &Deliverable, today: NaiveDate) -> Self {
        let mut counts: [String; 10] = Default::default();
        let mut revenue = String::new();
        if let Some(m) = latest(&d.results) {
            for (slot, value) in counts.iter_mut().zip(values(m)) {
                *slot = value
                    .map(crate::ui::kit::widgets::grouped_count)
                    .unwrap_or_default();
            }
            revenue = m.revenue.map(|r| r.to_string()).unwrap_or_default();
        }
        ResultEntry {
            deliverable: d.id.clone(),
            date: today,
            url: d.post_url.clone(),
            counts,
            revenue,
            error: None,
        }
    }

    /// The reading typed, or what is wrong with it (in `lang`).
    pub fn reading(&self, lang: Lang) -> Result<Measurement, String> {
        let mut m = Measurement::on(self.date);
        let mut parsed = [None; 10];
        for ((slot, typed), id) in parsed.iter_mut().zip(&self.counts).zip(COUNTS) {
            *slot = rapport_core::file::spreadsheet::values::parse_count(typed).map_err(|_| {
                text_with(
                    lang,
                    "res-entry-not-a-number",
                    &[
                        ("name", text(lang, id).into()),
                        ("text", typed.trim().into()),
                    ],
                )
            })?;
        }
        let [
            impressions,
            reach,
            views,
            likes,
            comments,
            shares,
            saves,
            clicks,
            redemptions,
            sales,
        ] = parsed;
        m.impressions = impressions;
        m.reach = reach;
        m.views = views;
        m.likes = likes;
        m.comments = comments;
        m.shares = shares;
        m.saves = saves;
        m.clicks = clicks;
        m.redemptions = redemptions;
        m.sales = sales;
        let revenue = self.revenue.trim();
        if !revenue.is_empty() {
            m.revenue = Some(revenue.parse::<Money>().map_err(|e| {
                text_with(
                    lang,
                    "res-entry-revenue-error",
                    &[("error", e.message_in(lang).into())],
                )
            })?);
        }
        if m.is_empty() {
            return Err(text(lang, "res-entry-empty"));
        }
        Ok(m)
    }
}

fn values(m: &Measurement) -> [Option<u64>; 10] {
    [
        m.impressions,
        m.reach,
        m.views,
        m.likes,
        m.comments,
        m.shares,
        m.saves,
        m.clicks,
        m.redemptions,
        m.sales,
    ]
}

/// The form and the readings so far. Returns true when it is to close.
pub fn entry_ui(
    ui: &mut egui::Ui,
    form: &mut ResultEntry,
    d: &Deliverable,
    currency: &str,
    edits: &mut EditQueue,
) -> bool {
    let mut close = false;
    let lang = crate::ui::kit::lang::get(ui.ctx());
    ui.horizontal(|ui| {
        ui.heading(tr(ui.ctx(), "res-entry-heading"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let what = tr(ui.ctx(), "res-entry-close-what");
            close = crate::ui::kit::widgets::close_button_ui(ui, &what);
        });
    });
    ui.label(RichText::new(&d.title).strong());
    if d.status != rapport_core::model::DeliverableStatus::Published {
        ui.label(RichText::new(tr(ui.ctx(), "res-entry-not-published")).weak());
    }
    let not_reported = tr(ui.ctx(), "res-entry-not-reported");
    egui::Grid::new("result_entry")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            let label = ui.label(tr(ui.ctx(), "res-entry-post-address"));
            ui.add(
                egui::TextEdit::singleline(&mut form.url)
                    .desired_width(220.0)
                    .hint_text("https://…"),
            )
            .labelled_by(label.id);
            ui.end_row();
            let measured_on = tr(ui.ctx(), "res-entry-measured-on");
            ui.label(&measured_on);
            if let Some(Some(date)) = crate::ui::kit::date_field::date_field_ui(
                ui,
                "measured-on",
                &measured_on,
                Some(form.date),
                form.date,
                false,
            ) {
                form.date = date;
            }
            ui.end_row();
            for (typed, name) in form.counts.iter_mut().zip(count_names(lang)) {
                let label = ui.label(name);
                ui.add(
                    egui::TextEdit::singleline(typed)
                        .desired_width(120.0)
                        .hint_text(&not_reported),
                )
                .labelled_by(label.id);
                ui.end_row();
            }
            let revenue = tr_with(
                ui.ctx(),
                "res-entry-revenue",
                &[("currency", currency.into())],
            );
            let label = ui.label(revenue);
            ui.add(
                egui::TextEdit::singleline(&mut form.revenue)
                    .desired_width(120.0)
                    .hint_text(&not_reported),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    if let Some(error) = &form.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    if ui
        .button(tr(ui.ctx(), "res-entry-add"))
        .on_hover_text(tr(ui.ctx(), "res-entry-add-tip"))
        .clicked()
    {
        match form.reading(lang) {
            Ok(reading) => {
                let mut changed = d.clone();
                changed.post_url = form.url.trim().to_string();
                changed.results.push(reading);
                changed.results.sort_by_key(|m| m.date);
                edits.push(
                    tr_with(
                        ui.ctx(),
                        "res-undo-add",
                        &[("title", d.title.as_str().into())],
                    ),
                    Edit::Put(Record::Deliverable(changed)),
                );
                form.error = None;
            }
            Err(error) => form.error = Some(error),
        }
    }
    ui.separator();
    readings_ui(ui, d, edits);
    close
}

/// A reading's figures in words in `lang`: "1,240,000 impressions · 905,000 reach · … ·
/// revenue 39,680.00" / "曝光 1,240,000 · 触达 905,000 · … · 销售额 39,680.00".
pub fn reading_words_in(lang: Lang, m: &Measurement) -> String {
    let figure = |id: &str, value: String| {
        let name = text(lang, id).to_lowercase();
        text_with(
            lang,
            "res-reading-figure",
            &[("name", name.into()), ("value", value.into())],
        )
    };
    let parts: Vec<String> = COUNTS
        .iter()
        .zip(values(m))
        .filter_map(|(id, v)| v.map(|n| figure(id, crate::ui::kit::widgets::grouped_count(n))))
        .chain(m.revenue.map(|r| {
            text_with(
                lang,
                "res-reading-revenue",
                &[("value", r.grouped().into())],
            )
        }))
        .collect();
    parts.join(" · ")
}

/// The readings so far, newest first, each removable.
fn readings_ui(ui: &mut egui::Ui, d: &Deliverable, edits: &mut EditQueue) {
    if d.results.is_empty() {
        ui.label(RichText::new(tr(ui.ctx(), "res-readings-none")).weak());
        return;
    }
    let lang = crate::ui::kit::lang::get(ui.ctx());
    ui.label(RichText::new(tr(ui.ctx(), "res-readings")).strong());
    let remove_tip = tr(ui.ctx(), "res-reading-remove-tip");
    let mut remove = None;
    for (i, m) in d.results.iter().enumerate().rev() {
        ui.horizontal_wrapped(|ui| {
            ui.label(m.date.to_string());
            ui.label(RichText::new(reading_words_in(lang, m)).weak());
            if ui.small_button("×").on_hover_text(&remove_tip).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        let mut changed = d.clone();
        changed.results.remove(i);
        edits.push(
            tr_with(
                ui.ctx(),
                "res-undo-remove",
                &[("title", d.title.as_str().into())],
            ),
            Edit::Put(Record::Deliverable(changed)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_core::model::{CampaignId, ContentType, InfluencerId};

    #[test]
    fn a_reading_is_typed_as_people_write_numbers_and_nothing_is_refused() {
        let d = Deliverable::new(
            CampaignId::new(),
            InfluencerId::new(),
            "Reel",
            ContentType::ShortVideo,
        );
        let mut form = ResultEntry::new(&d, "2027-04-02".parse().unwrap());
        assert_eq!(
            form.reading(Lang::En),
            Err("Enter at least one figure.".to_string())
        );
        form.counts[0] = "1.2M".into();
        form.counts[3] = "48,300".into();
        form.revenue = "3,264.50".into();
        let m = form.reading(Lang::En).unwrap();
        assert_eq!(m.impressions, Some(1_200_000));
        assert_eq!(m.likes, Some(48_300));
        assert_eq!(m.revenue, Some(Money::from_cents(326_450)));
        assert_eq!(m.reach, None, "empty is not reported, not zero");
        form.counts[7] = "many".into();
        assert_eq!(
            form.reading(Lang::En),
            Err("Clicks: \"many\" is not a number".to_string())
        );
        assert_eq!(
            form.reading(Lang::ZhCn),
            Err("点击：“many”不是数字".to_string())
        );
    }
}
