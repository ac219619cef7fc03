//! Text from a project written to a terminal. A name may hold a newline or a terminal
//! escape sequence (a hand-edited or hostile file): written as is, it would forge a line
//! of output or drive the terminal. [`Plain`] writes such characters as visible escapes.

use std::fmt;

/// Text shown with its control characters escaped (`\n`, `\u{1b}`); everything else,
/// in any script, as it is.
pub struct Plain<'a>(pub &'a str);

impl fmt::Display for Plain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.0.chars().any(char::is_control) {
            return f.pad(self.0);
        }
        let escaped: String = self
            .0
            .chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect();
        f.pad(&escaped)
    }
}

/// How many terminal columns `text` takes: two for a wide character (Chinese, Japanese,
/// Korean, full-width forms), one for any other.
pub fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let wide = matches!(
                c as u32,
                0x1100..=0x115F
                    | 0x2E80..=0x303E
                    | 0x3041..=0x33FF
                    | 0x3400..=0x4DBF
                    | 0x4E00..=0x9FFF
                    | 0xA000..=0xA4CF
                    | 0xAC00..=0xD7A3
                    | 0xF900..=0xFAFF
                    | 0xFE30..=0xFE4F
                    | 0xFF00..=0xFF60
                    | 0xFFE0..=0xFFE6
                    | 0x20000..=0x3FFFD
            );
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// `text` with spaces before it to fill `width` terminal columns (see [`columns`]).
pub fn pad_start(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(columns(text))))
}

/// `text` with spaces after it to fill `width` terminal columns (see [`columns`]).
pub fn pad_end(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(columns(text))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(Plain("Ana Lima").to_string(), "Ana Lima");
        assert_eq!(Plain("Zoë 林").to_string(), "Zoë 林");
        assert_eq!(
            Plain("Ana\nerror  forged").to_string(),
            "Ana\\nerror  forged"
        );
        assert_eq!(Plain("\u{1b}[31mred").to_string(), "\\u{1b}[31mred");
        assert_eq!(format!("{:<6}|", Plain("a\tb")), "a\\tb  |");
    }

    #[test]
    fn chinese_takes_two_columns_a_character() {
        assert_eq!(columns("PAID"), 4);
        assert_eq!(columns("已付款"), 6);
        assert_eq!(pad_start("已付款", 8), "  已付款");
        assert_eq!(pad_start("PAID", 6), "  PAID");
        assert_eq!(pad_end("触达", 6), "触达  ");
        assert_eq!(pad_end("Reach", 3), "Reach");
    }
}
