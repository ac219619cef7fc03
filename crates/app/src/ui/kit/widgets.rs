//! Small widgets every panel uses: labelled text fields, date pickers, severity badges.

use crate::ui::kit::lang::{tr, tr_with};
use chrono::NaiveDate;
use egui::{Color32, Response, RichText, Ui};
use rapport_core::checks::{Finding, Severity};

/// A text field tied to a visible label (so screen readers and tests can find it).
pub fn labelled_text(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label.id)
}

/// The search box above a table: a "Search:" label and a field with a hint.
pub fn search_box(ui: &mut Ui, text: &mut String, hint: &str) -> Response {
    let label = ui.label(tr(ui.ctx(), "tl-search"));
    ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(220.0),
    )
    .labelled_by(label.id)
}

/// A "Campaign" filter: all campaigns, or one.
pub fn campaign_filter(
    ui: &mut Ui,
    project: &rapport_core::model::Project,
    filter: &mut Option<rapport_core::model::CampaignId>,
) {
    let all = tr(ui.ctx(), "tl-all-campaigns");
    let selected = filter
        .as_ref()
        .and_then(|id| project.campaign(id))
        .map_or(all.as_str(), |c| c.name.as_str());
    let label = ui.label(tr(ui.ctx(), "tl-campaign"));
    egui::ComboBox::from_id_salt("campaign_filter")
        .selected_text(selected)
        .show_ui(ui, |ui| {
            ui.selectable_value(filter, None, all.as_str());
            for c in &project.campaigns {
                ui.selectable_value(filter, Some(c.id.clone()), &c.name);
            }
        })
        .response
        .labelled_by(label.id);
}

/// A multi-line text field tied to a visible label.
pub fn labelled_multiline(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A date field for an optional date (typed, or picked in a calendar), with a "clear"
/// button; "set…" when empty. Returns the new value when the user changed it. `name` is
/// what it is ("Publish"), `salt` makes it unique among visible fields; `fallback` is the
/// date "set…" gives.
pub fn date_edit(
    ui: &mut Ui,
    name: &str,
    salt: impl std::hash::Hash + std::fmt::Debug,
    value: Option<NaiveDate>,
    fallback: NaiveDate,
) -> Option<Option<NaiveDate>> {
    if value.is_none() {
        let (button, tip) = super::date_field::set_words(ui.ctx(), name);
        let set = ui.button(button).on_hover_text(&tip);
        set.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &tip));
        return set.clicked().then_some(Some(fallback));
    }
    ui.push_id(salt, |ui| {
        super::date_field::date_field_ui(ui, "date", name, value, fallback, true)
    })
    .inner
}

/// The colour of a severity.
pub fn severity_color(severity: Severity, dark: bool) -> Color32 {
    match (severity, dark) {
        (Severity::Error, _) => Color32::from_rgb(0xd6, 0x33, 0x2f),
        (Severity::Warning, true) => Color32::from_rgb(0xf0, 0xa3, 0x2b),
        (Severity::Warning, false) => Color32::from_rgb(0xb8, 0x6e, 0x00),
        (Severity::Notice, true) => Color32::from_rgb(0x6c, 0xa6, 0xe0),
        (Severity::Notice, false) => Color32::from_rgb(0x2d, 0x6c, 0xb0),
    }
}

/// The message naming a severity: "error", "warning", "notice".
pub fn severity_id(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "tl-severity-error",
        Severity::Warning => "tl-severity-warning",
        Severity::Notice => "tl-severity-notice",
    }
}

/// A compact badge for the findings of one row: the code of the worst one (and how many
/// more), coloured by severity, with every message and fix as a tooltip. Shows nothing when there are none.
pub fn findings_badge<'a>(ui: &mut Ui, findings: impl Iterator<Item = &'a Finding>) {
    let list: Vec<&Finding> = findings.collect();
    let Some(worst) = list.iter().map(|f| f.severity).max() else {
        return;
    };
    let color = severity_color(worst, ui.visuals().dark_mode);
    let first = list
        .iter()
        .find(|f| f.severity == worst)
        .map_or("", |f| f.code.as_str());
    let text = match list.len() {
        1 => format!("● {first}"),
        n => format!("● {first} +{}", n - 1),
    };
    ui.label(RichText::new(text).color(color))
        .on_hover_ui(|ui| {
            for f in &list {
                let severity = tr(ui.ctx(), severity_id(f.severity));
                ui.label(RichText::new(format!("{severity} · {}", f.code)).strong());
                ui.label(crate::ui::kit::lang::say(ui.ctx(), &f.message));
                ui.label(RichText::new(crate::ui::kit::lang::fix_line(ui.ctx(), &f.fix)).italics());
                ui.separator();
            }
        });
}

/// Which column a table is sorted by, and which way. `C` is the table's column enum; its
/// default is the column a table starts sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SortOrder<C> {
    /// The column.
    pub column: C,
    /// Reversed (descending) when true.
    pub descending: bool,
}

impl<C: Copy + PartialEq> SortOrder<C> {
    /// A header cell that sorts by its column when clicked (again to reverse); returns the
    /// header, for a context menu.
    pub fn header_ui(&mut self, ui: &mut Ui, column: C, title: &str) -> Response {
        // The arrow first, so that a narrow column cuts the title, never the arrow.
        let arrow = match (self.column == column, self.descending) {
            (true, false) => "⏶ ",
            (true, true) => "⏷ ",
            (false, _) => "",
        };
        let button = egui::Button::new(RichText::new(format!("{arrow}{title}")).strong())
            .frame(false)
            .truncate();
        let tip = tr_with(ui.ctx(), "tl-sort-by", &[("title", title.into())]);
        let response = ui.add(button).on_hover_text(tip);
        if response.clicked() {
            if self.column == column {
                self.descending = !self.descending;
            } else {
                *self = SortOrder {
                    column,
                    descending: false,
                };
            }
        }
        response
    }

    /// Applies the direction to an ascending comparison.
    pub fn apply(&self, ordering: std::cmp::Ordering) -> std::cmp::Ordering {
        if self.descending {
            ordering.reverse()
        } else {
            ordering
        }
    }
}

pub use rapport_core::counts::{group_thousands as grouped_count, short_count};

pub use super::keys::{escape_closes, remember_esc_owner, row_keys_ui};

/// A count editor (followers, likes): shows `1,800,000 followers`, takes `1800000`,
/// `1,800,000`, `1.8M` or `383.1K` typed, and `unknown` for 0 when `zero_is_unknown`.
pub fn count_edit(ui: &mut Ui, value: &mut u64, noun: &str, zero_is_unknown: bool) -> Response {
    let noun_owned = noun.to_string();
    let suffix = format!(" {noun}");
    // "unknown followers" / "粉丝未知", and "unknown" / "未知" typed, in either language.
    let unknown = tr_with(ui.ctx(), "tl-count-unknown", &[("noun", noun.into())]);
    let shown_unknown = unknown.clone();
    let word = tr(ui.ctx(), "tl-unknown");
    ui.add(
        egui::DragValue::new(value)
            .speed(100.0)
            .custom_formatter(move |n, _| {
                if n == 0.0 && zero_is_unknown {
                    shown_unknown.clone()
                } else {
                    format!("{} {noun_owned}", grouped_count(n.max(0.0) as u64))
                }
            })
            .custom_parser(move |text| {
                let whole = text.trim();
                let text = whole.trim_end_matches(suffix.trim()).trim();
                if whole == unknown || text.eq_ignore_ascii_case("unknown") || text == word {
                    return Some(0.0);
                }
                rapport_core::file::spreadsheet::values::parse_count(text)
                    .ok()
                    .flatten()
                    .map(|n| n as f64)
            }),
    )
}

/// A combo box over a closed list, without a visible label (put one beside it): each
/// option shown as `label` writes it (in the frame's language: `|v| v.label_in(lang)`),
/// `name` its accessible name and tooltip, and `id` (the English name, unique within the
/// enclosing `ui`) keeping it the same box in every language. True when the value changed.
pub fn enum_combo_in<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: &str,
    name: &str,
    value: &mut T,
    all: &[T],
    label: impl Fn(T) -> String,
) -> bool {
    let mut changed = false;
    egui::ComboBox::from_id_salt(id)
        .selected_text(label(*value))
        .show_ui(ui, |ui| {
            for option in all {
                changed |= ui
                    .selectable_value(value, *option, label(*option))
                    .changed();
            }
        })
        .response
        .on_hover_text(name);
    changed
}

/// A filter menu beside its label `name`: "all", or one of the options.
pub fn option_combo<'a, T: Clone + PartialEq + 'a>(
    ui: &mut Ui,
    salt: &str,
    name: &str,
    all: &str,
    value: &mut Option<T>,
    options: impl Iterator<Item = (&'a T, &'a str)> + Clone,
) {
    // Options are borrowed: a long list (every influencer with a cost line) is neither
    // cloned nor collected each frame; only a clicked option is cloned.
    let selected = value
        .as_ref()
        .and_then(|v| options.clone().find(|(o, _)| *o == v))
        .map_or(all, |(_, text)| text);
    let label = ui.label(name);
    let mut chosen = None;
    // The id comes from `salt`: the name changes with the language.
    egui::ComboBox::from_id_salt(salt)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            if ui.selectable_label(value.is_none(), all).clicked() {
                chosen = Some(None);
            }
            for (option, text) in options {
                if ui
                    .selectable_label(value.as_ref() == Some(option), text)
                    .clicked()
                {
                    chosen = Some(Some(option.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
    if let Some(choice) = chosen {
        *value = choice;
    }
}

/// A text field for an exact amount of money tied to a label. While it has focus the typed
/// text is kept as typed; when it is left, the amount is parsed and written to `value`
/// (returns true), or the field shows what is wrong and `value` stays as it was.
pub fn money_edit(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut rapport_core::model::Money,
) -> bool {
    let id = ui.make_persistent_id(("money", salt));
    let label = ui.label(label);
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| value.to_string());
    let response = ui
        .add(egui::TextEdit::singleline(&mut text).desired_width(90.0))
        .labelled_by(label.id);
    let mut changed = false;
    if response.lost_focus() {
        match text.parse::<rapport_core::model::Money>() {
            Ok(money) => {
                changed = money != *value;
                *value = money;
                ui.data_mut(|d| d.remove::<String>(id));
            }
            Err(error) => {
                ui.data_mut(|d| d.insert_temp(id, text));
                let words = error.message_in(super::lang::get(ui.ctx()));
                ui.colored_label(ui.visuals().error_fg_color, words);
            }
        }
    } else if response.has_focus() || ui.data(|d| d.get_temp::<String>(id)).is_some() {
        ui.data_mut(|d| d.insert_temp(id, text));
    }
    changed
}

/// A link that opens in the browser only when clicked, only for http and https, and shows
/// the address first (on hover). Anything else is shown as plain text.
pub fn safe_link(ui: &mut Ui, text: &str, url: &str) {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        if ui
            .link(text)
            .on_hover_text(tr_with(ui.ctx(), "tl-opens-url", &[("url", url.into())]))
            .clicked()
        {
            ui.ctx().open_url(egui::OpenUrl::new_tab(url));
        }
    } else if !url.is_empty() {
        ui.label(RichText::new(url).weak())
            .on_hover_text(tr(ui.ctx(), "tl-not-web-address"));
    }
}

/// Small horizontal bars for shares in percent (audience countries, age bands).
pub fn share_bars(ui: &mut Ui, shares: &[(String, f32)], color: Color32) {
    let width = 160.0;
    for (label, percent) in shares {
        ui.horizontal(|ui| {
            ui.add_sized([70.0, 16.0], egui::Label::new(label).truncate());
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(width, 12.0), egui::Sense::hover());
            let filled = rect.width() * (percent.clamp(0.0, 100.0) / 100.0);
            ui.painter()
                .rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
            ui.painter().rect_filled(
                egui::Rect::from_min_size(rect.min, egui::vec2(filled, rect.height())),
                2.0,
                color,
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::accesskit::Role::ProgressIndicator,
                    true,
                    format!("{label}: {percent:.0}%"),
                )
            });
            ui.label(format!("{percent:.0}%"));
        });
    }
}

/// A text field for a value the form does not own (e.g. a field of a record that is only
/// read this frame), tied to a label. The text typed is kept while the field has focus;
/// the new value is returned when the field is left with a change.
pub fn buffered_text(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    current: &str,
) -> Option<String> {
    let id = ui.make_persistent_id(("buffered", salt));
    let label = ui.label(label);
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_string());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(ui.available_width().clamp(180.0, 420.0)),
        )
        .labelled_by(label.id);
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(id));
        return (text != current).then_some(text);
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    }
    None
}

/// A close button (×) at the right of a panel's title row, with `what` it closes in its
/// tooltip and accessible name. Returns true when clicked.
pub fn close_button_ui(ui: &mut Ui, what: &str) -> bool {
    let what = [("what", what.into())];
    let button = ui
        .small_button("×")
        .on_hover_text(tr_with(ui.ctx(), "tl-close-esc", &what));
    let name = tr_with(ui.ctx(), "tl-close", &what);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    button.clicked()
}

/// A column heading over numbers: right-aligned, as the numbers are.
pub fn heading_right_ui(ui: &mut Ui, text: &str) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.strong(text);
    });
}

/// A table's area that scrolls sideways when the window is too narrow for its columns,
/// with a solid scroll bar at the bottom of the view, so that no column is out of reach.
pub fn sideways_ui<R>(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    egui::ScrollArea::horizontal()
        .id_salt(id)
        .auto_shrink(false)
        .show(ui, add)
        .inner
}

/// A question that must be answered before anything else: `heading`, what `body` says,
/// then `yes` and Cancel (Esc cancels too). Returns `Some(true)` for yes, `Some(false)`
/// for cancel, `None` while it waits.
pub fn confirm_ui(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    yes: &str,
    body: impl FnOnce(&mut Ui),
) -> Option<bool> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(heading);
        body(ui);
        ui.horizontal(|ui| {
            if ui.button(yes).clicked() {
                answer = Some(true);
            }
            if ui.button(tr(ctx, "tl-cancel")).clicked() {
                answer = Some(false);
            }
        });
    });
    if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        answer = Some(false);
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_shortened() {
        assert_eq!(short_count(950), "950");
        assert_eq!(short_count(12_345), "12.3K");
        assert_eq!(short_count(4_500_000), "4.5M");
        assert_eq!(short_count(475_800_000), "475.8M");
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped_count(0), "0");
        assert_eq!(grouped_count(999), "999");
        assert_eq!(grouped_count(1_000), "1,000");
        assert_eq!(grouped_count(1_800_000), "1,800,000");
        assert_eq!(grouped_count(475_800_000), "475,800,000");
    }
}
