//! The project file: round trips, byte-identical saves, safe saving, and clear errors
//! with line and column for broken files.

use crate::support::EXAMPLE;
use rapport_core::file::{self, FileError};
use rapport_core::model::{CostCategory, CostLine, Edit, Id, Influencer, Money, Project, Record};
use std::fs;
use std::path::{Path, PathBuf};

fn example() -> Project {
    file::open(Path::new(EXAMPLE))
        .expect("the example opens")
        .project
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

#[test]
fn example_saves_and_loads_back_equal() {
    let project = example();
    let dir = temp();
    let path = dir.path().join("copy.rapport.ron");
    file::save(&project, &path, None).expect("saves");
    let again = file::open(&path).expect("reopens").project;
    assert_eq!(again, project);
}

#[test]
fn saving_an_unchanged_project_twice_is_byte_identical() {
    let project = example();
    let dir = temp();
    let a = dir.path().join("a.rapport.ron");
    let b = dir.path().join("b.rapport.ron");
    file::save(&project, &a, None).expect("saves a");
    let reopened = file::open(&a).expect("opens a").project;
    file::save(&reopened, &b, None).expect("saves b");
    assert_eq!(fs::read(&a).expect("a"), fs::read(&b).expect("b"));
}

#[test]
fn the_file_begins_with_format_and_version_and_writes_money_as_decimals() {
    let mut project = Project::new();
    let mut line = CostLine::new(
        Id::from("cmp-1"),
        CostCategory::CreatorFee,
        "1350".parse().expect("money"),
    );
    line.id = Id::from("cst-1");
    Edit::Put(Record::CostLine(line)).apply(&mut project);
    let text = file::to_text(&project).expect("writes");
    let body: Vec<&str> = text.lines().filter(|l| !l.starts_with("//")).collect();
    assert_eq!(body[0], "(");
    assert_eq!(body[1].trim(), "format: \"rapport\",");
    assert_eq!(body[2].trim(), "version: 1,");
    assert!(text.contains("amount: \"1350.00\""), "{text}");
    assert!(!text.contains("1350.0,"), "no floating point money");
}

#[test]
fn saving_keeps_the_previous_version_as_a_backup() {
    let dir = temp();
    let path = dir.path().join("p.rapport.ron");
    let mut project = Project::new();
    project.info.name = "First".into();
    file::save(&project, &path, None).expect("first save");
    project.info.name = "Second".into();
    file::save(&project, &path, None).expect("second save");
    let backup = fs::read_to_string(file::backup_path(&path)).expect("backup exists");
    assert!(backup.contains("\"First\""));
    assert!(
        fs::read_to_string(&path)
            .expect("file")
            .contains("\"Second\"")
    );
    let leftovers: Vec<PathBuf> = fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_silently() {
    let dir = temp();
    let path = dir.path().join("p.rapport.ron");
    let stamp = file::save(&Project::new(), &path, None).expect("save");
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&path, "// a colleague's version\n").expect("someone else writes");
    let result = file::save(&Project::new(), &path, Some(stamp));
    assert!(
        matches!(result, Err(FileError::ChangedOnDisk { .. })),
        "{result:?}"
    );
    assert_eq!(
        fs::read_to_string(&path).expect("file"),
        "// a colleague's version\n"
    );
}

/// Opens `text` as a file and returns the error.
fn open_error(text: &[u8]) -> FileError {
    let dir = temp();
    let path = dir.path().join("broken.rapport.ron");
    fs::write(&path, text).expect("write");
    let error = file::open(&path).expect_err("must not open");
    assert_eq!(
        fs::read(&path).expect("still there"),
        text,
        "the file is never changed"
    );
    error
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let error = open_error(b"(\n format: \"rapport\",\n version: 1,\n info: (name: \"X\",,),\n)\n");
    assert_eq!(error.position(), Some((4, 19)), "{error}");
    let text = error.to_string();
    assert!(
        text.contains("broken.rapport.ron: line 4, column 19"),
        "{text}"
    );
}

#[test]
fn a_wrong_value_names_its_place_and_cause() {
    let text = "(\n format: \"rapport\",\n version: 1,\n info: (name: \"X\"),\n cost_lines: [\n  (id: \"c\", campaign: \"k\", category: CreatorFee, amount: \"12.345\", status: Paid),\n ],\n)\n";
    let error = open_error(text.as_bytes());
    let (line, _) = error.position().expect("a position");
    assert_eq!(line, 6, "{error}");
    assert!(
        error.to_string().contains("more than two decimals"),
        "{error}"
    );

    let text = "(\n format: \"rapport\",\n version: 1,\n info: (name: \"X\"),\n influencers: [(id: \"i\", name: \"A\", stage: Famous)],\n)\n";
    let error = open_error(text.as_bytes());
    assert_eq!(error.position().map(|p| p.0), Some(5), "{error}");
    assert!(
        error
            .to_string()
            .contains("\"Famous\" is not one of the allowed values"),
        "{error}"
    );
}

#[test]
fn an_unclosed_file_says_it_ends_too_early() {
    let error = open_error(b"(\n format: \"rapport\",\n version: 1,\n info: (name: \"X\"");
    assert!(error.to_string().contains("ends too early"), "{error}");
}

#[test]
fn other_files_are_refused_in_plain_words() {
    assert!(matches!(
        open_error(b"(format: \"spreadsheet\", version: 1)"),
        FileError::NotAProject { .. }
    ));
    assert!(matches!(open_error(b""), FileError::Syntax { .. }));
    let error = open_error(b"name,handle\nAna,@ana\n");
    assert!(error.position().is_some(), "{error}");
}

#[test]
fn invalid_utf8_is_located() {
    let error =
        open_error(b"(\n format: \"rapport\",\n version: 1,\n info: (name: \"\xff\"),\n)\n");
    assert_eq!(error.position(), Some((4, 16)), "{error}");
}

#[test]
fn a_newer_version_is_refused_and_never_overwritten() {
    let newer = b"(\n format: \"rapport\",\n version: 7,\n info: (name: \"From the future\"),\n)\n";
    let error = open_error(newer);
    assert!(
        matches!(
            error,
            FileError::TooNew {
                found: 7,
                supported: 1,
                ..
            }
        ),
        "{error}"
    );
    assert!(error.to_string().contains("newer Rapport"));

    let dir = temp();
    let path = dir.path().join("future.rapport.ron");
    fs::write(&path, newer).expect("write");
    let result = file::save(&Project::new(), &path, None);
    assert!(
        matches!(result, Err(FileError::TooNew { .. })),
        "{result:?}"
    );
    assert_eq!(fs::read(&path).expect("file"), newer);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = temp();
    let path = dir.path().join("bom.rapport.ron");
    let text = format!("\u{feff}{}", file::to_text(&Project::new()).expect("text"));
    fs::write(&path, text).expect("write");
    assert_eq!(file::open(&path).expect("opens").project, Project::new());
}

#[test]
fn names_in_any_script_survive_a_round_trip() {
    let mut project = Project::new();
    for name in [
        "林小雨",
        "Алина Морозова",
        "김지수",
        "نور الهدى",
        "Zoë 🌸",
        "𠜎 outside the BMP",
    ] {
        Edit::Put(Record::Influencer(Influencer::new(name))).apply(&mut project);
    }
    let text = file::to_text(&project).expect("text");
    assert!(
        text.contains("林小雨") && text.contains("Алина"),
        "written as readable text"
    );
    let back = file::from_text(&text, Path::new("names.rapport.ron")).expect("reads");
    assert_eq!(back, project);
}

#[test]
fn money_is_exact_in_files() {
    let sums: Money = ["0.10", "0.20", "1350.05"]
        .iter()
        .map(|s| s.parse::<Money>().expect("money"))
        .sum();
    assert_eq!(sums.to_string(), "1350.35");
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions_and_its_link() {
    use std::os::unix::fs::PermissionsExt;
    let project = example();
    let dir = temp();
    let real = dir.path().join("real.rapport.ron");
    file::save(&project, &real, None).expect("saves");
    fs::set_permissions(&real, fs::Permissions::from_mode(0o600)).expect("chmod");
    let link = dir.path().join("link.rapport.ron");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let mut changed = project.clone();
    changed.info.name = "Changed through the link".into();
    file::save(&changed, &link, None).expect("saves through the link");
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(file::open(&real).expect("opens").project, changed);
    let mode = fs::metadata(&real).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "private stays private");
    assert!(
        file::backup_path(&real).exists(),
        "the backup is beside the target"
    );
}

#[test]
fn a_save_removes_what_an_interrupted_save_left_but_not_a_running_one() {
    let project = example();
    let dir = temp();
    let path = dir.path().join("p.rapport.ron");
    // Process ids above the kernel's limit (2^22) never run.
    let dead = dir.path().join("p.rapport.ron.tmp-4194305");
    let unrelated = dir.path().join("other.rapport.ron.tmp-4194305");
    fs::write(&dead, "half a file").expect("write");
    fs::write(&unrelated, "someone else's").expect("write");
    // A save in progress in another running process (here a child that just waits).
    let mut other = std::process::Command::new("sleep").arg("30").spawn().ok();
    let busy = other
        .as_ref()
        .map(|child| dir.path().join(format!("p.rapport.ron.tmp-{}", child.id())));
    if let Some(busy) = &busy {
        fs::write(busy, "being written").expect("write");
    }
    file::save(&project, &path, None).expect("saves");
    assert!(!dead.exists(), "a dead save's leftover is removed");
    assert!(
        unrelated.exists(),
        "another file's temporary file is not touched"
    );
    if let Some(busy) = &busy {
        assert!(busy.exists(), "a running save's file is left alone");
    }
    if let Some(child) = other.as_mut() {
        let _ = child.kill();
        let _ = child.wait();
    }
    assert_eq!(file::open(&path).expect("opens").project, project);
}

/// The example with an unknown field in its first influencer and one at the top.
fn with_unknown_fields() -> String {
    let example = fs::read_to_string(EXAMPLE).expect("example");
    let at = example.find("   name: \"").expect("an influencer name");
    let mut text = format!(
        "{}   tiktok_shop: \"ana-shop\",\n{}",
        &example[..at],
        &example[at..]
    );
    let top = text.find("\n info: (").expect("info");
    text.insert_str(top, "\n workspace: \"Agency cloud\",");
    text
}

#[test]
fn fields_this_version_does_not_know_are_listed_and_never_dropped_without_consent() {
    let dir = temp();
    let path = dir.path().join("newer.rapport.ron");
    let text = with_unknown_fields();
    fs::write(&path, &text).expect("write");
    let opened = file::open(&path).expect("opens");
    assert_eq!(opened.unknown, ["workspace", "influencers.0.tiktok_shop"]);
    let mut doc = rapport_core::document::Document::open(&path).expect("opens");
    let mut renamed = doc.project.influencers[0].clone();
    renamed.name.push('!');
    doc.apply("Rename", Edit::Put(Record::Influencer(renamed)));
    match doc.save() {
        Err(FileError::WouldDrop { fields, .. }) => {
            assert_eq!(fields, ["workspace", "influencers.0.tiktok_shop"]);
        }
        other => panic!("{other:?}"),
    }
    let copy = dir.path().join("copy.rapport.ron");
    assert!(matches!(
        doc.save_to(&copy),
        Err(FileError::WouldDrop { .. })
    ));
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        text,
        "the file is untouched"
    );
    assert!(!copy.exists());
    doc.drop_unknown = true;
    doc.save().expect("saves once agreed");
    assert!(file::open(&path).expect("opens").unknown.is_empty());
    assert!(doc.unknown_fields.is_empty());
}

#[test]
fn importing_into_a_file_with_unknown_fields_leaves_it_as_it_is() {
    let dir = temp();
    let path = dir.path().join("newer.rapport.ron");
    let text = with_unknown_fields();
    fs::write(&path, &text).expect("write");
    let csv = dir.path().join("new.csv");
    fs::write(
        &csv,
        "Name,Handle,Platform\nNew Person,@newperson,Instagram\n",
    )
    .expect("write");
    let output = crate::support::rapport(&[
        "import",
        csv.to_str().expect("utf-8"),
        "--into",
        path.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let err = crate::support::stderr(&output);
    assert!(
        err.contains("the file has fields this version of Rapport does not know (workspace, influencers.0.tiktok_shop); saving would drop them"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), text);
}

#[test]
fn a_syntax_error_reads_in_chinese_and_its_english_is_unchanged() {
    use rapport_core::i18n::Lang;
    let text = "(\n format: \"rapport\",\n version: 1,\n info: (name: \"X\"),\n influencers: [(id: \"i\", name: \"A\", stage: Famous)],\n)\n";
    let error = open_error(text.as_bytes());
    assert_eq!(error.message_in(Lang::En), error.to_string());
    let zh = error.message_in(Lang::ZhCn);
    assert!(zh.contains("broken.rapport.ron：第 5 行第"), "{zh}");
    assert!(zh.contains("：“Famous”不是允许的值（"), "{zh}");
    assert!(zh.ends_with("Paused、DoNotContact）"), "{zh}");
    let cut = open_error(b"(\n format: \"rapport\",\n version: 1,\n info: (name: \"X\"");
    assert!(
        cut.message_in(Lang::ZhCn)
            .contains("文件提前结束：有用 ( 、[ 或引号开始的内容没有闭合（文件是否被截断了？）"),
        "{cut}"
    );
}
