//! A CSV file read as a table: its text decoded, its delimiter and header row found.

use super::error::ImportError;
use super::values::CP1252_HIGH;
use crate::i18n::{Arg, Lang, Sep, Text};

/// The delimiters tried, in order of preference when they fit equally well.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How much of the start of a file is looked at to find the delimiter.
const SNIFF_BYTES: usize = 64 * 1024;

/// A spreadsheet read as a table of text cells, before any value is interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    /// Column names, with runs of white space (including line breaks inside a quoted
    /// header cell) made one space. Columns without a name are called `Column N`.
    pub headers: Vec<String>,
    /// The rows after the header, each exactly as wide as `headers` (short rows are
    /// padded with empty cells). Rows whose cells are all empty are left out.
    pub rows: Vec<Vec<String>>,
    /// The line of the file (from 1) where each row of `rows` begins, for messages.
    pub row_lines: Vec<usize>,
    /// The delimiter found: `,`, `;`, tab or `|`.
    pub delimiter: u8,
    /// The line of the file (from 1) the header row is on; title and blank lines before
    /// it are skipped.
    pub header_line: usize,
    /// Said to the user when the file was read in a way they should know about, e.g.
    /// "not UTF-8, read as Windows-1252"; `None` for plain UTF-8. English by `Display`,
    /// any language by `render`.
    pub notice: Option<Text>,
    /// Rows that may not have been read as meant, in words: a quote never closed, rows
    /// wider than the header, rows that look separated by another delimiter.
    pub warnings: Vec<Text>,
}

/// The most columns a spreadsheet of influencers may have; a wider row is refused (a
/// broken or hostile file, not a roster).
pub const MAX_COLUMNS: usize = 1_000;

impl CsvTable {
    /// The line of the file row `index` of `rows` begins on (0 when out of range).
    pub fn line_of(&self, index: usize) -> usize {
        self.row_lines.get(index).copied().unwrap_or(0)
    }

    /// The delimiter in words, for the import dialog ("comma", "semicolon", "tab", "|").
    pub fn delimiter_name(&self) -> &'static str {
        match self.delimiter {
            b',' => "comma",
            b';' => "semicolon",
            b'\t' => "tab",
            b'|' => "pipe (|)",
            _ => "other",
        }
    }

    /// [`CsvTable::notice`] in `lang`.
    pub fn notice_in(&self, lang: Lang) -> Option<String> {
        self.notice.as_ref().map(|n| n.render(lang))
    }

    /// [`CsvTable::warnings`] in `lang`.
    pub fn warnings_in(&self, lang: Lang) -> Vec<String> {
        self.warnings.iter().map(|w| w.render(lang)).collect()
    }
}

/// Decodes the bytes of a file as text: UTF-8 (a byte-order mark is dropped), UTF-16
/// with a byte-order mark, or — when the bytes are not UTF-8 — Windows-1252, which is what
/// spreadsheets on Windows write; the second value then says so.
fn decode(bytes: &[u8]) -> Result<(String, Option<Text>), ImportError> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::Workbook);
    }
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        let text = String::from_utf16_lossy(&units);
        let notice = text
            .contains('\u{fffd}')
            .then(|| Text::new("imp-table-utf16-damaged"));
        (text, notice)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok(utf16(true));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(utf16(false));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ImportError::Binary { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(error) => {
            let text: String = bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect();
            let good = &bytes[..error.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let notice = Text::new("imp-table-not-utf8").arg("line", line);
            Ok((text, Some(notice)))
        }
    }
}

/// One record with the line it begins on.
type Record = (usize, Vec<String>);

/// Line breaks in bytes as CSV counts them: CRLF, LF, and a lone CR.
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// Parses text into records with a delimiter; cells are kept as written.
fn records(text: &str, delimiter: u8) -> Vec<Record> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    // Lines are counted here: the reader's own count leaves out blank lines.
    let (mut line, mut counted_to) = (1usize, 0usize);
    // The text is valid UTF-8 and the reader is flexible, so reading stops only at the end.
    while let Ok(true) = reader.read_record(&mut record) {
        let start = record
            .position()
            .map_or(counted_to, |p| {
                usize::try_from(p.byte()).unwrap_or(counted_to)
            })
            .clamp(counted_to, text.len());
        // The reader's position may be before the blank lines it skipped.
        let start = start
            + text.as_bytes()[start..]
                .iter()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
        line += line_breaks(&text.as_bytes()[counted_to..start]);
        counted_to = start;
        out.push((line, record.iter().map(str::to_string).collect()));
    }
    out
}

/// Number of non-empty cells of a record.
fn filled(cells: &[String]) -> usize {
    cells.iter().filter(|c| !c.trim().is_empty()).count()
}

/// The most common width among records with at least two cells, and how many have it.
fn modal_width(records: &[Record]) -> (usize, usize) {
    let mut counts: std::collections::BTreeMap<usize, usize> = Default::default();
    for (_, cells) in records.iter().filter(|(_, c)| filled(c) > 0) {
        if cells.len() >= 2 {
            *counts.entry(cells.len()).or_default() += 1;
        }
    }
    // Most records first, then the wider table.
    counts
        .into_iter()
        .max_by_key(|&(width, count)| (count, width))
        .unwrap_or((0, 0))
}

/// The delimiter that splits the start of the text into the most cells in rows of equal
/// width.
fn sniff_delimiter(text: &str) -> u8 {
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let head = match head.rfind('\n') {
        Some(cut) if end < text.len() => &head[..cut],
        _ => head,
    };
    // The most cells in rows of one width: a quoted cell holding other delimiters and line
    // breaks (a name pasted with its formatting) cannot outvote a wide header and its row.
    let mut best = (b',', 0usize, 0usize);
    for delimiter in DELIMITERS {
        let (width, count) = modal_width(&records(head, delimiter));
        let cells = width * count;
        if (cells, count) > (best.1, best.2) {
            best = (delimiter, cells, count);
        }
    }
    best.0
}

/// A header cell with its white space made single spaces.
fn clean_header(cell: &str) -> String {
    cell.trim_start_matches('\u{feff}')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads the bytes of a CSV file as a table: decodes the text (see [`CsvTable::notice`]),
/// finds the delimiter (comma, semicolon, tab or pipe) and the header row, which may come
/// after title and blank lines. CRLF and LF line ends, quoted cells with line breaks and
/// rows shorter or longer than the header are all read.
pub fn read_table(bytes: &[u8]) -> Result<CsvTable, ImportError> {
    let (text, notice) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let delimiter = sniff_delimiter(&text);
    let all: Vec<Record> = records(&text, delimiter)
        .into_iter()
        .filter(|(_, cells)| filled(cells) > 0)
        .collect();
    if let Some((line, cells)) = all.iter().find(|(_, cells)| cells.len() > MAX_COLUMNS) {
        return Err(ImportError::TooManyColumns {
            line: *line,
            count: cells.len(),
        });
    }
    let (width, _) = modal_width(&all);
    // A header names at least half of the columns (title lines name one or two); a
    // one-column list (say, only handles) has its header on its first line.
    let needed = if width < 2 {
        1
    } else {
        2.max(width.div_ceil(2))
    };
    let header_at = all
        .iter()
        .position(|(_, cells)| filled(cells) >= needed)
        .ok_or(ImportError::NoHeader)?;
    let (header_line, header_cells) = &all[header_at];
    let body = &all[header_at + 1..];
    let widest_row = body
        .iter()
        .map(|(_, cells)| {
            cells
                .iter()
                .rposition(|c| !c.trim().is_empty())
                .map_or(0, |i| i + 1)
        })
        .max()
        .unwrap_or(0);
    let named = header_cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |i| i + 1);
    let columns = named.max(widest_row);
    let headers: Vec<String> = (0..columns)
        .map(|i| {
            let name = header_cells
                .get(i)
                .map(|c| clean_header(c))
                .unwrap_or_default();
            if name.is_empty() {
                format!("Column {}", i + 1)
            } else {
                name
            }
        })
        .collect();
    let mut rows = Vec::with_capacity(body.len());
    let mut row_lines = Vec::with_capacity(body.len());
    for (line, cells) in body {
        let mut row: Vec<String> = cells.iter().take(columns).cloned().collect();
        row.resize(columns, String::new());
        rows.push(row);
        row_lines.push(*line);
    }
    let warnings = warnings(&text, delimiter, named, body);
    Ok(CsvTable {
        headers,
        rows,
        row_lines,
        delimiter,
        header_line: *header_line,
        notice,
        warnings,
    })
}

/// "line 4", "lines 4 and 9" or "lines 4, 9, 12 (and 3 more)" for the first few of
/// `lines`.
fn some_lines(lines: &[usize]) -> Text {
    let shown: Vec<Arg> = lines.iter().take(3).map(|l| Arg::from(*l)).collect();
    let more = lines.len().saturating_sub(3);
    let list = match shown.as_slice() {
        [one] => Text::new("imp-lines-one").arg("a", one.clone()),
        [a, b] => Text::new("imp-lines-two")
            .arg("a", a.clone())
            .arg("b", b.clone()),
        _ => Text::new("imp-lines-many").arg("list", Arg::Join(shown, Sep::Comma)),
    };
    if more > 0 {
        Text::new("imp-lines-more")
            .arg("lines", list)
            .arg("more", more)
    } else {
        list
    }
}

/// What the user should know about rows that may not have been read as meant.
fn warnings(text: &str, delimiter: u8, named: usize, body: &[Record]) -> Vec<Text> {
    let mut out = Vec::new();
    // Quotes come in pairs ("" inside a quoted cell is two): an odd count leaves one open,
    // and the reader takes everything after it, line breaks included, as one cell.
    if text.matches('"').count() % 2 == 1 {
        let from = body
            .iter()
            .rev()
            .find(|(_, cells)| cells.iter().any(|c| c.contains('\n')));
        out.push(match from {
            Some((line, _)) => Text::new("imp-table-open-quote-at").arg("line", *line),
            None => Text::new("imp-table-open-quote"),
        });
    }
    let wider: Vec<usize> = body
        .iter()
        .filter(|(_, cells)| {
            cells
                .iter()
                .rposition(|c| !c.trim().is_empty())
                .is_some_and(|last| last >= named)
        })
        .map(|(line, _)| *line)
        .collect();
    if !wider.is_empty() && named > 0 {
        out.push(
            Text::new("imp-table-wider")
                .arg("count", wider.len())
                .arg("lines", some_lines(&wider)),
        );
    }
    let others: Vec<u8> = DELIMITERS
        .iter()
        .copied()
        .filter(|d| *d != delimiter)
        .collect();
    let one_cell: Vec<usize> = body
        .iter()
        .filter(|(_, cells)| {
            named >= 2
                && cells.iter().filter(|c| !c.trim().is_empty()).count() == 1
                && cells
                    .first()
                    .is_some_and(|c| others.iter().any(|d| c.as_bytes().contains(d)))
        })
        .map(|(line, _)| *line)
        .collect();
    if !one_cell.is_empty() {
        out.push(
            Text::new("imp-table-one-cell")
                .arg("count", one_cell.len())
                .arg("lines", some_lines(&one_cell)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_quotes_wide_rows_and_other_delimiters_are_warned_about() {
        let unclosed =
            "Name,Handle,Platform\n\"Ana,@ana,Instagram\nBo,@bo,TikTok\nCy,@cy,YouTube\n";
        let table = read_table(unclosed.as_bytes()).expect("reads");
        assert_eq!(table.rows.len(), 1);
        assert_eq!(
            table.warnings_in(Lang::En),
            [
                "A quote (\") is never closed (the row on line 2): the rest of the file after it was read as one cell. Check that row in the spreadsheet."
            ]
        );
        let mixed =
            "Name,Handle,Platform\nAna,@ana,Instagram\nBo;@bo;TikTok\nCy,@cy,YouTube,extra,more\n";
        let table = read_table(mixed.as_bytes()).expect("reads");
        assert_eq!(
            table.warnings_in(Lang::En),
            [
                "1 row has more cells than the header names (line 4): the extra cells are in columns without a name.",
                "1 row has everything in one cell, separated by another character than the header (line 3): were they exported differently?"
            ]
        );
        let clean = "Name,Handle\n\"Ana \"\"AL\"\" Lima\",@ana\n";
        assert_eq!(
            read_table(clean.as_bytes()).map(|t| t.warnings).ok(),
            Some(vec![])
        );
    }

    #[test]
    fn warnings_read_in_chinese() {
        let wide = "Name,Handle\nAna,@ana,x\nBo,@bo,y\nCy,@cy,z\nDi,@di,w\n";
        let table = read_table(wide.as_bytes()).expect("reads");
        assert_eq!(
            table.warnings_in(Lang::En),
            [
                "4 rows have more cells than the header names (lines 2, 3, 4 (and 1 more)): the extra cells are in columns without a name."
            ]
        );
        assert_eq!(
            table.warnings_in(Lang::ZhCn),
            [
                "4 行的单元格比表头的列名多（第 2、3、4 行（另有 1 行））：多出的单元格位于没有名称的列中。"
            ]
        );
        let two = read_table(b"Name,Handle\nAna,@ana,x\nBo,@bo,y\n").expect("reads");
        assert_eq!(
            two.warnings_in(Lang::ZhCn),
            ["2 行的单元格比表头的列名多（第 2 行和第 3 行）：多出的单元格位于没有名称的列中。"]
        );
    }

    #[test]
    fn a_row_of_too_many_columns_is_refused() {
        let wide = format!("{}\n", vec!["c"; MAX_COLUMNS + 1].join(","));
        assert_eq!(
            read_table(wide.as_bytes()).err().map(|e| e.to_string()),
            Some("line 1 has 1001 columns; a spreadsheet of influencers has at most 1000".into())
        );
    }

    #[test]
    fn finds_delimiter_and_header_after_a_title() {
        let text = "Influencers, Q3\n\nname;handle;followers\nAna;@ana;1,2k\nBo;bo;3\n";
        let table = read_table(text.as_bytes()).expect("reads");
        assert_eq!(table.delimiter, b';');
        assert_eq!(table.header_line, 3);
        assert_eq!(table.headers, ["name", "handle", "followers"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.row_lines, [4, 5]);
    }

    #[test]
    fn lines_end_in_lf_crlf_or_a_lone_cr() {
        let table =
            read_table(b"name,handle\rAna,ana\r\n\r\nBo,bo\nCy,\"c\ny\"\rDi,di").expect("reads");
        assert_eq!(table.header_line, 1);
        assert_eq!(table.row_lines, [2, 4, 5, 7]);
    }

    #[test]
    fn tab_and_pipe_files() {
        let tab = read_table(b"name\thandle\nAna\tana\n").expect("tab");
        assert_eq!(tab.delimiter, b'\t');
        let pipe = read_table(b"name|handle|followers\nAna|ana|3k\n").expect("pipe");
        assert_eq!(pipe.delimiter, b'|');
        assert_eq!(pipe.rows, [["Ana", "ana", "3k"]]);
    }

    #[test]
    fn non_utf8_is_read_as_windows_1252_and_said() {
        let table = read_table(b"name,country\nJos\xe9,C\xf4te d'Ivoire\n").expect("reads");
        assert_eq!(table.rows[0], ["José", "Côte d'Ivoire"]);
        assert!(
            table
                .notice
                .is_some_and(|n| n.en().contains("Windows-1252"))
        );
    }

    #[test]
    fn refuses_workbooks_binary_and_empty_files() {
        assert_eq!(read_table(b"PK\x03\x04rest"), Err(ImportError::Workbook));
        assert_eq!(read_table(b" \r\n"), Err(ImportError::Empty));
        assert!(matches!(
            read_table(b"a,b\0"),
            Err(ImportError::Binary { .. })
        ));
        assert_eq!(read_table(b",,,\nx,,,\n"), Err(ImportError::NoHeader));
        let list = read_table(b"handle\r\n@ana\r\n433\r\n").expect("one column");
        assert_eq!(list.headers, ["handle"]);
        assert_eq!(list.rows, [["@ana"], ["433"]]);
    }
}
