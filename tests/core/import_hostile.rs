//! Any bytes given to the importer are read or refused with a reason: never a crash.

use proptest::prelude::*;
use rapport_core::file::spreadsheet::values::{parse_count, parse_rate};
use rapport_core::file::{self, Field};
use rapport_core::model::{Platform, Project};

const MESSY: &[u8] = include_bytes!("../fixtures/import/messy_semicolon.csv");

/// Reads, previews and plans `bytes` with the proposed mapping and with every column
/// mapped to each field in turn; checks the lines it reports lie inside the file.
fn import_safely(bytes: &[u8]) {
    let Ok(table) = file::read_table(bytes) else {
        return;
    };
    // Lines end in LF, CRLF or a lone CR.
    let lines = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
        + 1;
    assert!(table.header_line >= 1 && table.header_line <= lines);
    assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
    // From the names, and from the names and values; with each field forced on every column.
    let mut mappings = vec![
        file::propose_mapping(&table.headers),
        file::spreadsheet::propose_mapping_for(&table),
    ];
    for field in Field::ALL {
        mappings.push(vec![*field; table.headers.len()]);
    }
    for mapping in mappings {
        file::preview(&table, &mapping, Platform::Instagram, 20);
        let plan = file::plan_import(&Project::new(), &table, &mapping, Platform::Instagram);
        let report = &plan.report;
        for (line, _, _) in &report.unreadable {
            assert!(*line > table.header_line && *line <= lines, "line {line}");
        }
        let _ = report.to_string();
        let mut project = Project::new();
        plan.edit.apply(&mut project);
        let text = file::roster_csv(&project).expect("exports");
        file::read_table(text.as_bytes()).expect("an export reads back");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes_never_crash(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        import_safely(&bytes);
    }

    #[test]
    fn cut_and_spliced_fixtures_never_crash(a in 0usize..MESSY.len(), b in 0usize..MESSY.len()) {
        let (from, to) = (a.min(b), a.max(b));
        import_safely(&MESSY[..to]);
        let mut spliced = MESSY[..from].to_vec();
        spliced.extend_from_slice(&MESSY[to..]);
        import_safely(&spliced);
    }

    #[test]
    fn cells_of_csv_characters_never_crash(
        text in "[0-9a-zA-Z.,;%@'\"| \t\r\n\u{a0}é한-]{0,60}"
    ) {
        let _ = parse_count(&text);
        let _ = parse_rate(&text);
        import_safely(format!("name,followers,engagement\n{text},{text},{text}\n").as_bytes());
    }
}
