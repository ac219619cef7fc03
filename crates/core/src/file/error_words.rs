//! A file error in the interface's language: the same facts as its English `Display`
//! (the file, the place, what went wrong), with the words from the `.ftl` files. The
//! operating system's own reason and the reader's description of a syntax error stay as
//! they are given.

use super::FileError;
use crate::i18n::{FluentValue, Lang, first_few, text, text_with};

/// The message id of an action the file code reports, or `None` for another.
fn action_id(action: &str) -> Option<&'static str> {
    Some(match action {
        "could not read the file" => "file-could-not-read",
        "could not compress the file" => "file-could-not-compress",
        "could not write a temporary file beside it" => "file-could-not-write-temporary",
        "could not keep a backup of the previous version" => "file-could-not-keep-backup",
        "could not replace the file" => "file-could-not-replace",
        "the saved file cannot be found" => "file-saved-not-found",
        "the project has no file yet; use Save As" => "file-no-file-yet",
        "the file was opened read-only; use Save As to keep a copy" => "file-read-only",
        "could not write the file" => "file-could-not-write",
        "could not put the file in place" => "file-could-not-put-in-place",
        "a kept copy needs a plain id" => "file-kept-copy-id",
        "could not create the folder of shared copies" => "file-could-not-create-folder",
        _ => return None,
    })
}

impl FileError {
    /// The error in `lang` (`Display` is this in English).
    pub fn message_in(&self, lang: Lang) -> String {
        let say = |id: &str, args: &[(&str, FluentValue<'_>)]| text_with(lang, id, args);
        let path = |p: &std::path::Path| FluentValue::from(p.display().to_string());
        match self {
            FileError::Io {
                path: p,
                action,
                source,
            } if lang == Lang::En => format!("{}: {action}: {source}", p.display()),
            FileError::Io {
                path: p,
                action,
                source,
            } => say(
                "file-error-io",
                &[
                    ("path", path(p)),
                    (
                        "action",
                        action_id(action)
                            .map_or_else(|| (*action).to_string(), |id| text(lang, id))
                            .into(),
                    ),
                    ("source", source.to_string().into()),
                ],
            ),
            FileError::Syntax {
                path: p,
                line,
                column,
                words,
                ..
            } => say(
                "file-error-syntax",
                &[
                    ("path", path(p)),
                    ("line", (*line).into()),
                    ("column", (*column).into()),
                    ("cause", words.render(lang).into()),
                ],
            ),
            FileError::NotAProject { path: p } => {
                say("file-error-not-a-project", &[("path", path(p))])
            }
            FileError::TooNew {
                path: p,
                found,
                supported,
            } => say(
                "file-error-too-new",
                &[
                    ("path", path(p)),
                    ("found", (*found).into()),
                    ("supported", (*supported).into()),
                ],
            ),
            FileError::ChangedOnDisk { path: p } => {
                say("file-error-changed-on-disk", &[("path", path(p))])
            }
            FileError::WouldDrop { path: p, fields } => say(
                "file-error-would-drop",
                &[
                    ("path", path(p)),
                    ("fields", first_few(lang, fields, 5).into()),
                ],
            ),
            FileError::Encode(cause) => {
                say("file-error-encode", &[("cause", cause.as_str().into())])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn every_kind_of_error_reads_in_chinese_and_english_is_its_display() {
        let path = PathBuf::from("a.rapport.ron");
        let errors = [
            FileError::Io {
                path: path.clone(),
                action: "could not read the file",
                source: std::io::Error::other("denied"),
            },
            FileError::syntax(
                &path,
                4,
                7,
                crate::i18n::Text::new("imp-syntax-other").arg("error", "x"),
            ),
            FileError::NotAProject { path: path.clone() },
            FileError::TooNew {
                path: path.clone(),
                found: 9,
                supported: 1,
            },
            FileError::ChangedOnDisk { path: path.clone() },
            FileError::WouldDrop {
                path: path.clone(),
                fields: (0..7).map(|i| format!("f{i}")).collect(),
            },
            FileError::Encode("y".into()),
        ];
        for e in &errors {
            assert_eq!(e.message_in(Lang::En), e.to_string());
            let zh = e.message_in(Lang::ZhCn);
            assert!(zh.starts_with("a.rapport.ron") || zh.contains('y'), "{zh}");
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
        }
        assert_eq!(
            errors[1].message_in(Lang::ZhCn),
            "a.rapport.ron：第 4 行第 7 列：格式错误：x"
        );
        let cut = FileError::syntax(&path, 2, 1, crate::i18n::Text::new("imp-syntax-cut-off"));
        assert_eq!(
            cut.to_string(),
            "a.rapport.ron: line 2, column 1: the file ends too early: something opened with ( or [ or a quote is never closed (was the file cut off?)"
        );
        assert_eq!(
            cut.message_in(Lang::ZhCn),
            "a.rapport.ron：第 2 行第 1 列：文件提前结束：有用 ( 、[ 或引号开始的内容没有闭合（文件是否被截断了？）"
        );
        assert_eq!(
            errors[0].message_in(Lang::ZhCn),
            "a.rapport.ron：无法读取文件：denied"
        );
        assert!(
            errors[5]
                .message_in(Lang::ZhCn)
                .contains("f0、f1、f2、f3、f4等，另有 2 项")
        );
        assert!(action_id("the saved file cannot be found").is_some());
    }
}
