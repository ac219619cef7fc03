//! Whether a disclosure label is one the regulator accepts: the FTC's (US) or the
//! CAP/CMA's (UK) wording. Matching ignores case, surrounding spaces and the kind of dash.

use crate::model::Jurisdiction;

/// What a disclosure label amounts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No label at all.
    Missing,
    /// A label the regulator accepts.
    Clear,
    /// A label the regulator does not accept on its own (e.g. "#spon", "collab").
    Ambiguous,
}

const US_PHRASES: &[&str] = &[
    "ad",
    "#ad",
    "advertisement",
    "sponsored",
    "#sponsored",
    "paid partnership",
    "#paidpartnership",
];

const UK_PHRASES: &[&str] = &[
    "ad",
    "#ad",
    "advert",
    "advertising",
    "advertisement",
    "advertisement feature",
    "ad - gifted",
    "#ad - gifted",
];

/// The accepted wordings of a jurisdiction, for messages.
pub fn accepted_examples(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::Us => {
            "\"#ad\", \"Sponsored\", \"Paid partnership\", \"#BrandPartner\" or \"Thanks to Brand for the free product\""
        }
        Jurisdiction::Uk => {
            "\"Ad\", \"#ad\", \"Advert\", \"Advertisement feature\" or \"Ad – gifted\""
        }
    }
}

/// Lower case, single spaces, every dash a plain hyphen with spaces around it.
fn normalize(label: &str) -> String {
    let dashed: String = label
        .chars()
        .map(|c| match c {
            '–' | '—' | '‑' | '−' => '-',
            other => other,
        })
        .collect::<String>()
        .to_lowercase()
        .replace('-', " - ");
    dashed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The brand as one lower-case word without spaces, for `#BrandPartner`.
fn brand_word(brand: &str) -> String {
    brand
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Judges a label under a jurisdiction's rules; `brand` is the project's brand.
pub fn judge(label: &str, jurisdiction: Jurisdiction, brand: &str) -> Verdict {
    let label = normalize(label);
    if label.is_empty() {
        return Verdict::Missing;
    }
    let phrases = match jurisdiction {
        Jurisdiction::Us => US_PHRASES,
        Jurisdiction::Uk => UK_PHRASES,
    };
    if phrases.contains(&label.as_str()) {
        return Verdict::Clear;
    }
    // A clear phrase among other words or tags, e.g. "#ad #gifted" or "Ad: new serum".
    let words: Vec<&str> = label
        .split(|c: char| c.is_whitespace() || c == ':' || c == '|' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let clear_words: &[&str] = match jurisdiction {
        Jurisdiction::Us => &["#ad", "ad", "advertisement", "sponsored", "#sponsored"],
        Jurisdiction::Uk => &["#ad", "ad", "advert", "advertisement", "advertising"],
    };
    if words.iter().any(|w| clear_words.contains(w))
        || label.starts_with("paid partnership") && jurisdiction == Jurisdiction::Us
    {
        return Verdict::Clear;
    }
    if jurisdiction == Jurisdiction::Us {
        let word = brand_word(brand);
        if !word.is_empty() {
            let tags = [format!("#{word}partner"), format!("#{word}ambassador")];
            if words.iter().any(|w| tags.iter().any(|t| t == w)) {
                return Verdict::Clear;
            }
            if label.starts_with(&format!(
                "thanks to {} for the free product",
                normalize(brand)
            )) {
                return Verdict::Clear;
            }
        }
    }
    Verdict::Ambiguous
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn us_labels() {
        let us = |l: &str| judge(l, Jurisdiction::Us, "Lumen Skin");
        for clear in [
            "#ad",
            " AD ",
            "Sponsored",
            "#sponsored",
            "Paid partnership",
            "Paid partnership with Lumen Skin",
            "#ad #gifted",
            "#LumenSkinPartner",
            "#lumenskinambassador",
            "Thanks to Lumen Skin for the free product",
            "Advertisement",
        ] {
            assert_eq!(us(clear), Verdict::Clear, "{clear}");
        }
        for vague in [
            "sp",
            "spon",
            "#spon",
            "collab",
            "thanks",
            "ambassador",
            "gifted",
            "PR",
            "affiliate",
            "#BrandPartner",
            "#gifted",
        ] {
            assert_eq!(us(vague), Verdict::Ambiguous, "{vague}");
        }
        assert_eq!(us("   "), Verdict::Missing);
        assert_eq!(us(""), Verdict::Missing);
    }

    #[test]
    fn uk_labels() {
        let uk = |l: &str| judge(l, Jurisdiction::Uk, "Lumen Skin");
        for clear in [
            "Ad",
            "#ad",
            "Advert",
            "advertising",
            "Advertisement feature",
            "Ad – gifted",
            "ad - gifted",
            "AD—GIFTED",
        ] {
            assert_eq!(uk(clear), Verdict::Clear, "{clear}");
        }
        for vague in [
            "gifted",
            "Sponsored",
            "Paid partnership",
            "#spon",
            "collab",
            "PR",
            "#LumenSkinPartner",
        ] {
            assert_eq!(uk(vague), Verdict::Ambiguous, "{vague}");
        }
    }
}
