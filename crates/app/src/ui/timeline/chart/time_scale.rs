//! The mapping between calendar days and horizontal pixels on the timeline chart.

use chrono::{Datelike, Duration, NaiveDate};

/// How dates map to x: `origin` is at `left`, each day is `px_per_day` wide. A date covers
/// `[x(date), x(date) + px_per_day)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// The date at the left edge.
    pub origin: NaiveDate,
    /// The screen x of the left edge.
    pub left: f32,
    /// Width of one day in points.
    pub px_per_day: f32,
}

/// The zoom levels, in points per day: from a quarter at a glance to single days.
pub const ZOOMS: [f32; 8] = [2.0, 4.0, 8.0, 14.0, 22.0, 32.0, 48.0, 72.0];

impl TimeScale {
    /// The x where a date begins.
    pub fn x(&self, date: NaiveDate) -> f32 {
        self.left + (date - self.origin).num_days() as f32 * self.px_per_day
    }

    /// The date under an x position (whole days: the day whose span holds x).
    pub fn date_at(&self, x: f32) -> NaiveDate {
        let days = ((x - self.left) / self.px_per_day).floor() as i64;
        self.origin
            .checked_add_signed(Duration::days(days))
            .unwrap_or(self.origin)
    }

    /// Whole days a horizontal drag of `dx` points moves by (rounded to the nearest day).
    pub fn days_in(&self, dx: f32) -> i64 {
        (dx / self.px_per_day).round() as i64
    }

    /// The next zoom level in (`steps` > 0) or out (< 0), keeping the date under `anchor_x`
    /// where it is.
    pub fn zoomed(&self, steps: i32, anchor_x: f32) -> TimeScale {
        let current = ZOOMS
            .iter()
            .position(|z| *z >= self.px_per_day)
            .unwrap_or(ZOOMS.len() - 1) as i32;
        let next = (current + steps).clamp(0, ZOOMS.len() as i32 - 1) as usize;
        self.with_zoom(ZOOMS[next], anchor_x)
    }

    /// This scale at `px_per_day`, keeping the moment under `anchor_x` where it is.
    pub fn with_zoom(&self, px_per_day: f32, anchor_x: f32) -> TimeScale {
        let days_at_anchor = (anchor_x - self.left) / self.px_per_day;
        let new_offset = days_at_anchor * px_per_day;
        let shift_days = ((anchor_x - self.left - new_offset) / px_per_day).round() as i64;
        TimeScale {
            origin: self
                .origin
                .checked_sub_signed(Duration::days(shift_days))
                .unwrap_or(self.origin),
            left: self.left,
            px_per_day,
        }
    }

    /// A scale showing `from..=to` across `width` points, at the largest zoom that fits.
    pub fn fit(from: NaiveDate, to: NaiveDate, left: f32, width: f32) -> TimeScale {
        let days = ((to - from).num_days() + 3).max(7) as f32;
        let px_per_day = ZOOMS
            .iter()
            .rev()
            .copied()
            .find(|z| z * days <= width)
            .unwrap_or(ZOOMS[0]);
        TimeScale {
            origin: from.pred_opt().unwrap_or(from),
            left,
            px_per_day,
        }
    }

    /// Shifts the view by `dx` points (dragging the background right shows earlier days).
    pub fn panned(&self, dx: f32) -> TimeScale {
        let days = -(dx / self.px_per_day).round() as i64;
        TimeScale {
            origin: self
                .origin
                .checked_add_signed(Duration::days(days))
                .unwrap_or(self.origin),
            ..*self
        }
    }

    /// How ticks are labelled at this zoom.
    pub fn unit(&self) -> TickUnit {
        match self.px_per_day {
            z if z >= 22.0 => TickUnit::Day,
            z if z >= 8.0 => TickUnit::Week,
            _ => TickUnit::Month,
        }
    }
}

/// The step of the axis ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickUnit {
    /// Every day, numbered.
    Day,
    /// Every Monday.
    Week,
    /// The first of every month.
    Month,
}

impl TickUnit {
    /// True when `date` gets a tick.
    pub fn ticks(self, date: NaiveDate) -> bool {
        match self {
            TickUnit::Day => true,
            TickUnit::Week => date.weekday() == chrono::Weekday::Mon,
            TickUnit::Month => date.day() == 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_and_pixels_round_trip_at_every_zoom() {
        for zoom in ZOOMS {
            let scale = TimeScale {
                origin: d("2027-03-01"),
                left: 100.0,
                px_per_day: zoom,
            };
            for offset in [-40i64, -1, 0, 1, 13, 400] {
                let date = d("2027-03-01") + Duration::days(offset);
                let x = scale.x(date);
                assert_eq!(x, 100.0 + offset as f32 * zoom);
                assert_eq!(scale.date_at(x), date, "start of the day at {zoom}");
                assert_eq!(
                    scale.date_at(x + zoom * 0.99),
                    date,
                    "end of the day at {zoom}"
                );
                assert_eq!(scale.date_at(x + zoom), date + Duration::days(1));
            }
            assert_eq!(scale.days_in(zoom * 3.0), 3);
            assert_eq!(
                scale.days_in(zoom * 2.6),
                3,
                "snaps to the nearest whole day"
            );
            assert_eq!(scale.days_in(-zoom * 1.4), -1);
        }
    }

    #[test]
    fn zooming_keeps_the_anchor_date_in_place() {
        let scale = TimeScale {
            origin: d("2027-03-01"),
            left: 0.0,
            px_per_day: 14.0,
        };
        let anchor = scale.x(d("2027-03-20")) + 1.0;
        let zoomed = scale.zoomed(1, anchor);
        assert_eq!(zoomed.px_per_day, 22.0);
        assert_eq!(zoomed.date_at(anchor), d("2027-03-20"));
        let out = scale.zoomed(-2, anchor);
        assert_eq!(out.px_per_day, 4.0);
        assert!((out.date_at(anchor) - d("2027-03-20")).num_days().abs() <= 1);
        assert_eq!(scale.zoomed(99, anchor).px_per_day, 72.0);
        assert_eq!(scale.zoomed(-99, anchor).px_per_day, 2.0);
    }

    #[test]
    fn fit_shows_the_whole_range() {
        let scale = TimeScale::fit(d("2027-03-01"), d("2027-05-31"), 0.0, 1000.0);
        assert!(scale.x(d("2027-05-31")) + scale.px_per_day <= 1000.0);
        assert!(scale.x(d("2027-03-01")) >= 0.0);
        assert_eq!(scale.px_per_day, 8.0);
    }

    #[test]
    fn panning_moves_by_whole_days() {
        let scale = TimeScale {
            origin: d("2027-03-10"),
            left: 0.0,
            px_per_day: 10.0,
        };
        assert_eq!(scale.panned(30.0).origin, d("2027-03-07"));
        assert_eq!(scale.panned(-30.0).origin, d("2027-03-13"));
    }
}
