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
}
