//! The budget as an SVG image: each campaign's plan against its cap (paid, committed,
//! estimated), and the waterfall from the approved budget through the recorded changes to
//! the plan. Amounts and the reasons of changes only when asked; otherwise shares of the cap.

use super::fonts::{FAMILIES, svg_text};
use super::palette::{self, ALERT, BLUE, INK, MUTED, SKY, hex};
use crate::i18n::{FluentValue, Lang, text, text_with};
use crate::model::{CampaignBudget, CampaignId, Money, Project, budget_report, changes_by_reason};
use std::fmt::Write;

/// From the approved budget to the plan: the baseline, the steps, the plan and the cap.
#[derive(Debug, Clone, PartialEq)]
pub struct Waterfall {
    /// The approved baseline.
    pub baseline: Money,
    /// The recorded changes: by reason (the five largest, the rest together) when reasons
    /// may be shown, else one step.
    pub steps: Vec<(Step, Money)>,
    /// The plan now.
    pub plan: Money,
    /// The caps added up.
    pub cap: Money,
}

/// One step of the waterfall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The changes recorded with this reason (as written, in any language).
    Reason(String),
    /// The changes beyond the five largest reasons.
    Other,
    /// Every recorded change, when reasons are not shown.
    Recorded,
}

/// The waterfall of `campaign` (all when `None`); `reasons` shows the recorded reasons.
pub fn waterfall(project: &Project, campaign: Option<&CampaignId>, reasons: bool) -> Waterfall {
    let budgets = budget_report(project, campaign);
    let mut w = Waterfall {
        baseline: Money::ZERO,
        steps: Vec::new(),
        plan: Money::ZERO,
        cap: Money::ZERO,
    };
    for b in &budgets {
        w.baseline += b.total.baseline;
        w.plan += b.total.current;
        w.cap += b.cap;
    }
    if reasons {
        let mut by: std::collections::BTreeMap<String, Money> = Default::default();
        for b in &budgets {
            for (reason, m) in changes_by_reason(project, &b.id) {
                *by.entry(reason).or_insert(Money::ZERO) += m;
            }
        }
        let mut all: Vec<(String, Money)> = by.into_iter().collect();
        all.sort_by_key(|(_, m)| std::cmp::Reverse(m.cents().saturating_abs()));
        let rest = all.iter().skip(5).fold(Money::ZERO, |a, (_, m)| a + *m);
        w.steps = all
            .into_iter()
            .take(5)
            .map(|(reason, m)| (Step::Reason(reason), m))
            .collect();
        if rest != Money::ZERO {
            w.steps.push((Step::Other, rest));
        }
    } else if w.plan != w.baseline {
        w.steps.push((
            Step::Recorded,
            Money::from_cents(w.plan.cents().saturating_sub(w.baseline.cents())),
        ));
    }
    w
}

/// One bar of the waterfall: its label, where it starts and ends (in cents), its colour,
/// and the words above it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// "Approved", a reason, "Plan".
    pub label: String,
    /// Where it starts (0 for the baseline and the plan).
    pub from: i64,
    /// Where it ends.
    pub to: i64,
    /// Its colour: the baseline, an increase, a saving, the plan.
    pub color: palette::Rgb,
    /// "+11.3 %" (a share of the cap) or "+7,700.00" (when amounts are shown).
    pub words: String,
}

/// A share of the cap, or an amount: "+11.3 %" or "+7,700.00".
fn words(value: Money, cap: Money, amounts: bool, signed: bool) -> String {
    let sign = if signed && value.cents() > 0 { "+" } else { "" };
    if amounts {
        format!("{sign}{}", value.grouped())
    } else if cap.cents() > 0 {
        format!(
            "{sign}{:.1} %",
            value.cents() as f64 * 100.0 / cap.cents() as f64
        )
    } else {
        String::new()
    }
}

impl Waterfall {
    /// The bars, as slides and images draw them: the approved baseline, each step from the
    /// level before, and the plan.
    pub fn bars(&self, amounts: bool) -> Vec<Bar> {
        self.bars_in(Lang::En, amounts)
    }

    /// [`Self::bars`] with their names in `lang` (reasons as recorded).
    pub fn bars_in(&self, lang: Lang, amounts: bool) -> Vec<Bar> {
        let bar = |label: &str, from: i64, to: i64, color, signed| Bar {
            label: label.to_string(),
            from,
            to,
            color,
            words: words(
                Money::from_cents(to.saturating_sub(from)),
                self.cap,
                amounts,
                signed,
            ),
        };
        let mut bars = vec![bar(
            &text(lang, "chart-bar-approved"),
            0,
            self.baseline.cents(),
            palette::BASELINE,
            false,
        )];
        let mut level = self.baseline.cents();
        for (reason, m) in &self.steps {
            let next = level.saturating_add(m.cents());
            let color = if m.cents() >= 0 {
                ALERT
            } else {
                palette::GREEN
            };
            let name = match reason {
                Step::Reason(reason) => reason.clone(),
                Step::Other => text(lang, "chart-bar-other"),
                Step::Recorded => text(lang, "chart-bar-recorded"),
            };
            bars.push(bar(&name, level, next, color, true));
            level = next;
        }
        bars.push(bar(
            &text(lang, "chart-bar-plan"),
            0,
            self.plan.cents(),
            BLUE,
            false,
        ));
        bars
    }

    /// The axis, in cents: from below the lowest level (so that the steps show) to the
    /// highest level or the cap.
    pub fn axis(&self, bars: &[Bar]) -> (f32, f32) {
        let highest = bars
            .iter()
            .map(|b| b.from.max(b.to))
            .chain([self.cap.cents()])
            .max()
            .unwrap_or(1)
            .max(1) as f32;
        let lowest = bars
            .iter()
            .skip(1)
            .take(bars.len().saturating_sub(2))
            .map(|b| b.from.min(b.to))
            .chain([self.baseline.cents(), self.plan.cents()])
            .min()
            .unwrap_or(0)
            .max(0) as f32;
        ((lowest * 0.8).min(highest * 0.9), highest)
    }

    /// "Cap 68,000.00 EUR" when amounts are shown, else "Cap (100 %)", in `lang`.
    pub fn cap_label_in(&self, lang: Lang, currency: &str, amounts: bool) -> String {
        if amounts {
            text_with(
                lang,
                "chart-cap-amount",
                &[
                    ("cap", self.cap.grouped().into()),
                    ("currency", currency.into()),
                ],
            )
        } else {
            text(lang, "chart-cap-share")
        }
    }
}

/// A percentage with one decimal: "100.4".
pub fn percent(part: Money, whole: Money) -> String {
    format!("{:.1}", part.cents() as f64 * 100.0 / whole.cents() as f64)
}

/// "68,289.70 EUR" when amounts are shown, else a share of the cap ("100.4 % of the cap").
fn amount(lang: Lang, m: Money, cap: Money, currency: &str, amounts: bool) -> String {
    if amounts {
        format!("{} {currency}", m.grouped())
    } else if cap.cents() > 0 {
        text_with(lang, "chart-of-cap", &[("pct", percent(m, cap).into())])
    } else {
        String::new()
    }
}

/// The words under a campaign's cap bar, and whether it is over its cap.
pub fn cap_words(b: &CampaignBudget, currency: &str, amounts: bool) -> (String, bool) {
    cap_words_in(Lang::En, b, currency, amounts)
}

/// [`cap_words`] in `lang`.
pub fn cap_words_in(
    lang: Lang,
    b: &CampaignBudget,
    currency: &str,
    amounts: bool,
) -> (String, bool) {
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| text_with(lang, id, args);
    if b.cap.cents() == 0 {
        let planned = amount(lang, b.total.current, b.cap, currency, true);
        return (
            say("chart-no-cap-planned", &[("planned", planned.into())]),
            false,
        );
    }
    let over = b.total.current.cents().saturating_sub(b.cap.cents());
    if over > 0 {
        let pct = percent(b.total.current, b.cap);
        let words = if amounts {
            say(
                "chart-over-cap-by",
                &[
                    ("over", Money::from_cents(over).grouped().into()),
                    ("currency", currency.into()),
                    ("pct", pct.into()),
                ],
            )
        } else {
            say("chart-over-cap", &[("pct", pct.into())])
        };
        return (words, true);
    }
    let words = say(
        "chart-planned-paid",
        &[
            (
                "planned",
                amount(lang, b.total.current, b.cap, currency, amounts).into(),
            ),
            (
                "paid",
                amount(lang, b.total.paid, b.cap, currency, amounts).into(),
            ),
        ],
    );
    (words, false)
}

/// The budget of `campaign` (all when `None`) as an SVG image `width` wide, the waterfall
/// `fall_h` high (260 for slides, 190 for a printed page): each campaign against its cap,
/// then the waterfall. Amounts and reasons only when `amounts`.
pub fn budget_svg(
    project: &Project,
    campaign: Option<&CampaignId>,
    amounts: bool,
    width: f32,
    fall_h: f32,
) -> String {
    budget_svg_in(Lang::En, project, campaign, amounts, width, fall_h)
}

/// [`budget_svg`] with its words in `lang`.
pub fn budget_svg_in(
    lang: Lang,
    project: &Project,
    campaign: Option<&CampaignId>,
    amounts: bool,
    width: f32,
    fall_h: f32,
) -> String {
    let budgets = budget_report(project, campaign);
    let bars_h = budgets.len() as f32 * 44.0;
    let height = bars_h + 40.0 + fall_h + 40.0;
    let currency = &project.info.currency;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FAMILIES}" role="img" aria-label="{}"><rect width="100%" height="100%" fill="white"/>"#,
        svg_text(&text(lang, "report-budget"))
    );
    let names_w = 200.0;
    let bar_w = width - names_w - 16.0;
    for (n, b) in budgets.iter().enumerate() {
        let y = n as f32 * 44.0 + 6.0;
        let scale = b.cap.cents().max(b.total.current.cents()).max(1) as f32;
        let w = |m: Money| (m.cents().max(0) as f32 / scale * bar_w).min(bar_w);
        let _ = write!(
            s,
            r#"<text x="4" y="{}" font-size="13" fill="{}">{}</text>"#,
            y + 14.0,
            hex(INK),
            svg_text(&b.name)
        );
        let committed = Money::from_cents(b.total.committed.cents().max(b.total.paid.cents()));
        for (value, color) in [
            (b.total.current, SKY),
            (committed, BLUE),
            (b.total.paid, INK),
        ] {
            let _ = write!(
                s,
                r#"<rect x="{names_w}" y="{y}" width="{:.1}" height="18" fill="{}"/>"#,
                w(value),
                hex(color)
            );
        }
        if b.cap.cents() > 0 {
            let cx = names_w + w(b.cap);
            let _ = write!(
                s,
                r#"<line x1="{cx:.1}" y1="{}" x2="{cx:.1}" y2="{}" stroke="{}" stroke-width="3"/>"#,
                y - 3.0,
                y + 21.0,
                hex(ALERT)
            );
        }
        let (words, over) = cap_words_in(lang, b, &project.info.currency, amounts);
        let color = if over { ALERT } else { MUTED };
        let _ = write!(
            s,
            r#"<text x="{names_w}" y="{}" font-size="11" fill="{}">{}</text>"#,
            y + 32.0,
            hex(color),
            svg_text(&words)
        );
    }
    // The waterfall.
    let w = waterfall(project, campaign, amounts);
    let top = bars_h + 40.0;
    let heading = if amounts {
        text_with(
            lang,
            "chart-waterfall-amounts",
            &[("currency", currency.as_str().into())],
        )
    } else {
        text(lang, "chart-waterfall-shares")
    };
    let _ = write!(
        s,
        r#"<text x="4" y="{}" font-size="14" fill="{}">{}</text>"#,
        top - 12.0,
        hex(INK),
        svg_text(&heading)
    );
    let bars = w.bars_in(lang, amounts);
    let (floor, highest) = w.axis(&bars);
    let area_top = top + 24.0;
    let area_h = fall_h - 60.0;
    let yv = |c: i64| {
        area_top + area_h - ((c as f32 - floor) / (highest - floor)).clamp(0.0, 1.05) * area_h
    };
    let slot = (width - 40.0) / bars.len() as f32;
    for (i, bar) in bars.iter().enumerate() {
        let cx = 20.0 + slot * (i as f32 + 0.5);
        let (y1, y2) = (yv(bar.from.max(bar.to)), yv(bar.from.min(bar.to)));
        let _ = write!(
            s,
            r#"<rect x="{:.1}" y="{y1:.1}" width="{:.1}" height="{:.1}" fill="{}"/>"#,
            cx - slot * 0.3,
            slot * 0.6,
            (y2 - y1).max(1.0),
            hex(bar.color)
        );
        let _ = write!(
            s,
            r#"<text x="{cx:.1}" y="{:.1}" font-size="12" text-anchor="middle" fill="{}">{}</text>"#,
            y1 - 4.0,
            hex(INK),
            svg_text(&bar.words)
        );
        let short: String = bar.label.chars().take((slot / 7.0) as usize).collect();
        let _ = write!(
            s,
            r#"<text x="{cx:.1}" y="{:.1}" font-size="12" text-anchor="middle" fill="{}">{}</text>"#,
            area_top + area_h + 16.0,
            hex(INK),
            svg_text(&short)
        );
    }
    if w.cap.cents() > 0 {
        let cy = yv(w.cap.cents());
        let label = svg_text(&w.cap_label_in(lang, &project.info.currency, amounts));
        let _ = write!(
            s,
            r#"<line x1="20" y1="{cy:.1}" x2="{}" y2="{cy:.1}" stroke="{}" stroke-width="2"/><text x="{}" y="{:.1}" font-size="12" text-anchor="end" fill="{}">{}</text>"#,
            width - 20.0,
            hex(ALERT),
            width - 20.0,
            cy - 4.0,
            hex(ALERT),
            label
        );
    }
    let ly = height - 10.0;
    let mut lx = names_w;
    for (color, id) in [
        (INK, "chart-legend-paid"),
        (BLUE, "chart-legend-committed"),
        (SKY, "chart-legend-estimated"),
        (ALERT, "chart-legend-cap"),
    ] {
        let label = svg_text(&text(lang, id));
        let _ = write!(
            s,
            r#"<rect x="{lx}" y="{}" width="16" height="11" fill="{}"/><text x="{}" y="{ly}" font-size="12" fill="{}">{label}</text>"#,
            ly - 10.0,
            hex(color),
            lx + 21.0,
            hex(INK)
        );
        lx += 40.0 + label.chars().count() as f32 * if lang == Lang::En { 7.0 } else { 12.5 };
    }
    s.push_str("</svg>");
    s
}
