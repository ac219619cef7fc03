//! A date field: type the date (`2027-04-12`, `12 Apr`, `12/04` in the order of the user's
//! locale), or pick it in a calendar that marks today and has plain previous / next month
//! buttons. A date that cannot be read is outlined in red and left as it was.

use chrono::{Datelike, NaiveDate};
use egui::{RichText, Stroke, Ui};
use rapport_core::i18n::{self, Lang};
use rapport_core::model::typed_date::{DayOrder, parse_typed_date};
use std::sync::Arc;

/// Where the app keeps the day it checks as of, for the calendar to mark (set each frame).
pub fn set_today(ctx: &egui::Context, today: NaiveDate) {
    ctx.data_mut(|d| d.insert_temp(today_key(), today));
}

fn today_key() -> egui::Id {
    egui::Id::unique("rapport_today")
}

/// The day order of the user's locale (`LC_ALL`, `LC_TIME`, then `LANG`), read once.
pub fn locale_order() -> DayOrder {
    static ORDER: std::sync::OnceLock<DayOrder> = std::sync::OnceLock::new();
    *ORDER.get_or_init(|| {
        ["LC_ALL", "LC_TIME", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .map_or(DayOrder::DayFirst, |l| DayOrder::of_locale(&l))
    })
}

/// How a date is written in the field.
fn shown(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Where a field's name goes in the [`Words`] written with a name.
const NAME: &str = "\u{E000}";

/// The words of the date fields in one language, written once (a table shows hundreds of
/// date fields each frame); those with a field's name have [`NAME`] in its place.
struct Words {
    hint: String,
    tip: String,
    pick: String,
    calendar: String,
    clear: String,
    set: String,
    set_tip: String,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let order = match locale_order() {
            DayOrder::DayFirst => "day",
            DayOrder::MonthFirst => "month",
        };
        let named = |id: &str| i18n::text_with(lang, id, &[("name", NAME.into())]);
        Words {
            hint: i18n::text(lang, "tl-date-hint"),
            tip: i18n::text_with(
                lang,
                "tl-date-tip",
                &[("name", NAME.into()), ("order", order.into())],
            ),
            pick: named("tl-date-pick"),
            calendar: named("tl-date-calendar"),
            clear: named("tl-date-clear"),
            set: i18n::text(lang, "tl-date-set"),
            set_tip: named("tl-date-set-tip"),
        }
    }

    /// The words of this frame's language.
    fn of(ctx: &egui::Context) -> Arc<Words> {
        let lang = crate::ui::kit::lang::get(ctx);
        let id = egui::Id::unique(("rapport_date_words", lang));
        if let Some(words) = ctx.data(|d| d.get_temp::<Arc<Words>>(id)) {
            return words;
        }
        let words = Arc::new(Words::new(lang));
        ctx.data_mut(|d| d.insert_temp(id, words.clone()));
        words
    }
}

/// `template` (one of the [`Words`]) with `name` in its place.
fn fill(template: &str, name: &str) -> String {
    template.replace(NAME, name)
}

/// The button of an empty date field and its tooltip: "set…", "Set Publish".
pub(super) fn set_words(ctx: &egui::Context, name: &str) -> (String, String) {
    let words = Words::of(ctx);
    (words.set.clone(), fill(&words.set_tip, name))
}

/// A month as the calendar and the chart name it: "March 2027" / "2027年3月" (`name` is
/// chrono's format of the month: `%B` or `%b`; `year` as it is to be written).
pub fn month_year(lang: Lang, day: NaiveDate, name: &str, year: &str) -> String {
    i18n::text_with(
        lang,
        "tl-month-year",
        &[
            ("name", day.format(name).to_string().into()),
            ("month", day.month().to_string().into()),
            ("year", year.into()),
        ],
    )
}

/// A day written in full: "12 April 2027" / "2027年4月12日".
fn full_date(lang: Lang, day: NaiveDate) -> String {
    i18n::text_with(
        lang,
        "tl-date-full",
        &[
            ("day", day.day().to_string().into()),
            ("name", day.format("%B").to_string().into()),
            ("month", day.month().to_string().into()),
            ("year", day.year().to_string().into()),
        ],
    )
}

/// A date field named `name` (its accessible name and tooltip) for an optional date.
/// Returns the new value when the user changed it: `Some(None)` when cleared (only when
/// `clearable`). `fallback` is the month the calendar opens on when the field is empty.
pub fn date_field_ui(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    value: Option<NaiveDate>,
    fallback: NaiveDate,
    clearable: bool,
) -> Option<Option<NaiveDate>> {
    // The id comes from `salt`, not from the name, which changes with the language.
    let id = ui.make_persistent_id(("date_field", salt));
    let today = ui
        .data(|d| d.get_temp::<NaiveDate>(today_key()))
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut changed = None;
    // While the field has focus its text is what is typed; otherwise the date itself.
    let typing: Option<String> = ui.data(|d| d.get_temp(id));
    let mut text = typing
        .clone()
        .unwrap_or_else(|| value.map(shown).unwrap_or_default());
    let order = locale_order();
    let reference = value.unwrap_or(fallback);
    let readable = |t: &str| t.trim().is_empty() || parse_typed_date(t, reference, order).is_some();
    let words = Words::of(ui.ctx());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(id.with("text"))
                .desired_width(92.0)
                .hint_text(&words.hint),
        )
        .on_hover_text(fill(&words.tip, name));
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(
            ui.is_enabled(),
            value.map(shown).unwrap_or_default(),
            &text,
            &words.hint,
        );
        info.label = Some(name.to_string());
        info
    });
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    }
    if !readable(&text) {
        ui.painter().rect_stroke(
            response.rect.expand(1.0),
            2.0,
            Stroke::new(1.5, ui.visuals().error_fg_color),
            egui::StrokeKind::Outside,
        );
    }
    let entered = response.lost_focus()
        || (response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
    if entered && typing.is_some() {
        let typed = text.trim();
        if typed.is_empty() {
            if clearable && value.is_some() {
                changed = Some(None);
            }
        } else if let Some(date) = parse_typed_date(typed, reference, order)
            .filter(|d| rapport_core::model::sane::is_sane(*d))
            && Some(date) != value
        {
            changed = Some(Some(date));
        }
        ui.data_mut(|d| d.remove::<String>(id));
    }
    // The calendar, as a helper.
    let button = ui.small_button("▾").on_hover_text(fill(&words.pick, name));
    button.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, fill(&words.calendar, name))
    });
    egui::Popup::from_toggle_button_response(&button)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            if let Some(picked) = calendar_ui(ui, id.with("month"), value, reference, today) {
                if Some(picked) != value {
                    changed = Some(Some(picked));
                }
                egui::Popup::close_all(ui.ctx());
            }
        });
    if clearable
        && value.is_some()
        && ui
            .small_button("×")
            .on_hover_text(fill(&words.clear, name))
            .clicked()
    {
        changed = Some(None);
    }
    changed
}

/// A month of days to click, Monday first: today ringed, the chosen day filled. Returns
/// the day clicked.
fn calendar_ui(
    ui: &mut Ui,
    month_id: egui::Id,
    value: Option<NaiveDate>,
    reference: NaiveDate,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let first = |d: NaiveDate| d.with_day(1).unwrap_or(d);
    let mut month: NaiveDate = ui
        .data(|d| d.get_temp(month_id))
        .unwrap_or_else(|| first(reference));
    let mut picked = None;
    let lang = crate::ui::kit::lang::get(ui.ctx());
    ui.horizontal(|ui| {
        let named = |response: egui::Response, id: &str| {
            let name = i18n::text(lang, id);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            response.on_hover_text(name).clicked()
        };
        if named(ui.button("◀"), "tl-previous-month") {
            month = month
                .checked_sub_months(chrono::Months::new(1))
                .unwrap_or(month);
        }
        let year = month.year().to_string();
        ui.label(RichText::new(month_year(lang, month, "%B", &year)).strong());
        if named(ui.button("▶"), "tl-next-month") {
            month = month
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(month);
        }
        if ui
            .button(i18n::text(lang, "tl-today-button"))
            .on_hover_text(full_date(lang, today))
            .clicked()
        {
            picked = Some(today);
        }
    });
    egui::Grid::new(month_id.with("grid"))
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            // Monday first: "Mo Tu We Th Fr Sa Su" / "一 二 三 四 五 六 日".
            for name in i18n::text(lang, "tl-weekdays").split_whitespace() {
                ui.label(RichText::new(name).weak());
            }
            ui.end_row();
            let lead = month.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut column = lead;
            for day in month.iter_days().take_while(|d| d.month() == month.month()) {
                // Weekends are marked by their column (Sa, Su), in the normal ink.
                let text = RichText::new(day.day().to_string());
                let mut button = egui::Button::new(text)
                    .min_size(egui::vec2(28.0, 24.0))
                    .selected(Some(day) == value);
                if day == today {
                    button = button.stroke(Stroke::new(1.5, ui.visuals().selection.stroke.color));
                }
                let response = ui.add(button);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, full_date(lang, day))
                });
                if response.clicked() {
                    picked = Some(day);
                }
                column += 1;
                if column == 7 {
                    column = 0;
                    ui.end_row();
                }
            }
        });
    ui.data_mut(|d| d.insert_temp(month_id, month));
    picked
}
