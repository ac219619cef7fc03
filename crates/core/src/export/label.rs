//! Where a bar's title goes on a timeline, the same in the app's slides and in chart images:
//! after the bar, else before it; where neither side holds the title with its flag, the flag
//! keeps only its mark (the list of findings says the rest) and a title still too long ends
//! in "…" on the wider side. Never over the names, never cut at the edge.

/// A bar's title as placed.
#[derive(Debug, Clone, PartialEq)]
pub struct BarLabel {
    /// The title, whole or ending in "…".
    pub title: String,
    /// The flag after the title: its mark and code, its mark only, or empty.
    pub flag: String,
    /// After the bar (else before it).
    pub after: bool,
    /// How wide title, gap and flag are together.
    pub width: f32,
}

/// The advance of `c` in ems, near enough to place a label where text cannot be measured:
/// wide for Chinese, Japanese and Korean, about half an em for the rest.
pub fn advance(c: char) -> f32 {
    match c as u32 {
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => {
            1.0
        }
        _ => 0.58,
    }
}

/// `text`'s estimated width at `font` px.
pub fn estimate(text: &str, font: f32) -> f32 {
    text.chars().map(advance).sum::<f32>() * font
}

/// Places `title` and its flag (`mark`, `code`) beside a bar with `room_after` and
/// `room_before` free, measuring text with `width_of` and leaving `gap` between title and
/// flag.
pub fn bar_label(
    title: &str,
    flag: Option<(&str, &str)>,
    room_after: f32,
    room_before: f32,
    gap: f32,
    width_of: impl Fn(&str) -> f32,
) -> BarLabel {
    let together = |title: &str, flag: &str| {
        width_of(title)
            + if flag.is_empty() {
                0.0
            } else {
                gap + width_of(flag)
            }
    };
    let long = flag.map_or(String::new(), |(mark, code)| format!("{mark} {code}"));
    let short = flag.map_or(String::new(), |(mark, _)| mark.to_string());
    let room = room_after.max(room_before);
    let (title, flag) = if together(title, &long) <= room {
        (title.to_string(), long)
    } else {
        let left = room - together("", &short);
        (fitted(title, left, &width_of), short)
    };
    let width = together(&title, &flag);
    BarLabel {
        after: width <= room_after || room_after >= room_before,
        title,
        flag,
        width,
    }
}

/// `title` as it fits in `room`: whole, or cut with "…" (at least one letter).
fn fitted(title: &str, room: f32, width_of: &impl Fn(&str) -> f32) -> String {
    if width_of(title) <= room {
        return title.to_string();
    }
    let chars: Vec<char> = title.chars().collect();
    // The longest start that fits with "…": binary search over the cut, as measuring is
    // the costly part.
    let cut = |n: usize| chars[..n].iter().collect::<String>() + "…";
    let (mut lo, mut hi) = (1, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if width_of(&cut(mid)) <= room {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    cut(lo.min(chars.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ten(text: &str) -> f32 {
        text.chars().count() as f32 * 10.0
    }

    #[test]
    fn a_label_goes_after_then_before_then_loses_the_code_then_is_cut() {
        let after = bar_label("Reel", Some(("●", "overdue")), 200.0, 0.0, 10.0, ten);
        assert_eq!(
            (after.title.as_str(), after.flag.as_str(), after.after),
            ("Reel", "● overdue", true)
        );
        assert_eq!(after.width, 40.0 + 10.0 + 90.0);
        let before = bar_label("Reel", Some(("●", "overdue")), 20.0, 200.0, 10.0, ten);
        assert!(!before.after);
        let short = bar_label("Reel", Some(("●", "overdue")), 70.0, 20.0, 10.0, ten);
        assert_eq!(
            (short.title.as_str(), short.flag.as_str(), short.after),
            ("Reel", "●", true)
        );
        let cut = bar_label("Long title here", Some(("▲", "x")), 30.0, 90.0, 10.0, ten);
        assert_eq!(
            (cut.title.as_str(), cut.flag.as_str(), cut.after),
            ("Long t…", "▲", false)
        );
        assert!(cut.width <= 90.0);
        let none = bar_label("Long title here", None, 0.0, -5.0, 10.0, ten);
        assert_eq!(none.title, "L…", "at least one letter");
    }
}
