//! Counts (followers, likes, reach) written for people, the same in the app, the slides,
//! the reports and the spreadsheets.

/// A count with thousands separators: `475800000` → `475,800,000`.
pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count shortened: 950, 12.3K, 4.5M, 1.2B.
pub fn short_count(count: u64) -> String {
    let value = count as f64;
    match count {
        0..=999 => count.to_string(),
        1_000..=999_999 => format!("{:.1}K", value / 1e3),
        1_000_000..=999_999_999 => format!("{:.1}M", value / 1e6),
        _ => format!("{:.1}B", value / 1e9),
    }
}
