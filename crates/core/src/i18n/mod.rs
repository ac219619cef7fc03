//! Rapport's words in English and Simplified Chinese, from Fluent files
//! (`crates/core/locales/{en,zh-CN}/*.ftl`, built into the program). A message missing in
//! Chinese falls back to English, and one missing in both to its id; a test checks that
//! both files have the same messages and that every one of them formats.

mod text;
mod words;

pub use text::{Arg, Sep, Text};
pub use words::{and_list, first_few, long_date, short_date};

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    ZhCn,
}

/// The Fluent files of one language: the shell's words (menus, commands, dialogs), the
/// findings' messages and fixes, and each panel's words.
macro_rules! files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/ui.ftl")),
            include_str!(concat!("../../locales/", $lang, "/checks.ftl")),
            include_str!(concat!("../../locales/", $lang, "/shell.ftl")),
            include_str!(concat!("../../locales/", $lang, "/influencers.ftl")),
            include_str!(concat!("../../locales/", $lang, "/timeline.ftl")),
            include_str!(concat!("../../locales/", $lang, "/budget.ftl")),
            include_str!(concat!("../../locales/", $lang, "/results.ftl")),
            include_str!(concat!("../../locales/", $lang, "/sharing.ftl")),
            include_str!(concat!("../../locales/", $lang, "/brief.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../locales/", $lang, "/import.ftl")),
        ]
    };
}

/// How many Fluent files each language has.
const FILES: usize = 12;

/// The Fluent files of each language, in the order of [`Lang::ALL`].
const SOURCES: [[&str; FILES]; 2] = [files!("en"), files!("zh-CN")];

impl Lang {
    /// Every language, English first.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::ZhCn];

    /// Its code: `en`, `zh-CN` (what `--lang` and the preferences take).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// Its name in itself: English, 简体中文.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhCn => "简体中文",
        }
    }

    /// The language of a code (`en`, `zh-CN`, any case), if it is one of ours.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language for a system locale (`zh-CN`, `zh_CN.UTF-8`, `zh-Hans-SG`, `en-GB`):
    /// Simplified Chinese for Chinese written in simplified characters (mainland China,
    /// Singapore, or no region), English for everything else.
    pub fn from_locale(locale: &str) -> Lang {
        let tag = locale
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-")
            .to_ascii_lowercase();
        let mut parts = tag.split('-');
        if parts.next() != Some("zh") {
            return Lang::En;
        }
        let rest: Vec<&str> = parts.collect();
        let traditional = rest
            .iter()
            .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
        let simplified = rest.iter().any(|p| matches!(*p, "hans" | "cn" | "sg"));
        if simplified || !traditional {
            Lang::ZhCn
        } else {
            Lang::En
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::ZhCn => 1,
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The bundles, built once. A file that does not parse keeps what did parse (the test
/// fails on it).
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let make = |lang: Lang| {
            let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No invisible isolation marks around arguments: fonts draw them as boxes.
            bundle.set_use_isolating(false);
            for source in SOURCES[lang.index()] {
                let resource = match FluentResource::try_new(source.to_string()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                let _ = bundle.add_resource(resource);
            }
            bundle
        };
        [make(Lang::En), make(Lang::ZhCn)]
    })
}

/// The message `id` in `lang`, with `args` (`$name` in the file).
pub fn text_with(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in [&bundles()[lang.index()], &bundles()[0]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// True when English (and so every language, with its fallback) has the message `id`.
pub fn has(id: &str) -> bool {
    bundles()[0].has_message(id)
}

/// A closed list's label in `lang`: the message `id` when the language is not English and
/// has it, else the English label `en`.
pub fn term(lang: Lang, id: &str, en: &str) -> String {
    if lang != Lang::En && bundles()[lang.index()].has_message(id) {
        text(lang, id)
    } else {
        en.to_string()
    }
}

/// The message `id` in `lang`.
pub fn text(lang: Lang, id: &str) -> String {
    text_with(lang, id, &[])
}

/// The ids of every message of `lang`'s file, in file order.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for source in SOURCES[lang.index()] {
        let Ok(resource) = FluentResource::try_new(source.to_string()) else {
            continue;
        };
        ids.extend(resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        }));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Formats `id` in `lang` with every variable it refers to set (found by formatting it
    /// with none: each missing one is an error naming it), first to 1 and then to 2, so
    /// both plural forms are tried; returns the second and any other error.
    fn format_with_its_arguments(lang: Lang, id: &str) -> (String, Vec<String>) {
        let bundle = &bundles()[lang.index()];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return (String::new(), vec![format!("no message {id}")]);
        };
        let mut errors = Vec::new();
        let _ = bundle.format_pattern(pattern, None, &mut errors);
        let names: Vec<String> = errors
            .iter()
            .filter_map(|e| match e {
                fluent_bundle::FluentError::ResolverError(
                    fluent_bundle::resolver::ResolverError::Reference(
                        fluent_bundle::resolver::errors::ReferenceKind::Variable { id },
                    ),
                ) => Some(id.clone()),
                _ => None,
            })
            .collect();
        let mut words = String::new();
        let mut left = Vec::new();
        for n in [1, 2] {
            let mut args = FluentArgs::new();
            for name in &names {
                args.set(name.clone(), FluentValue::from(n));
            }
            let mut errors = Vec::new();
            words = bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
            left.extend(errors.iter().map(|e| format!("{e:?}")));
        }
        (words, left)
    }

    #[test]
    fn no_message_is_in_two_files() {
        for lang in Lang::ALL.iter().copied() {
            let mut ids = message_ids(lang);
            let all = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), all, "{}: an id is in two files", lang.code());
        }
    }

    #[test]
    fn both_files_parse_and_have_the_same_messages() {
        for (i, sources) in SOURCES.iter().enumerate() {
            for source in sources {
                if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                    panic!("{} does not parse: {errors:?}", Lang::ALL[i].code());
                }
            }
        }
        // The labels of closed lists (`term-…`) are in the code in English, and only
        // other languages have them in their files.
        let en = message_ids(Lang::En);
        let zh: Vec<String> = message_ids(Lang::ZhCn)
            .into_iter()
            .filter(|id| !id.starts_with("term-"))
            .collect();
        assert!(en.len() > 50);
        let missing: Vec<&String> = en.iter().filter(|id| !zh.contains(id)).collect();
        let extra: Vec<&String> = zh.iter().filter(|id| !en.contains(id)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "missing {missing:?}, extra {extra:?}"
        );
    }

    #[test]
    fn every_message_formats_and_chinese_is_chinese() {
        for lang in Lang::ALL.iter().copied() {
            for id in message_ids(lang) {
                let (words, errors) = format_with_its_arguments(lang, &id);
                assert!(errors.is_empty(), "{id} ({}): {errors:?}", lang.code());
                assert!(!words.contains('{'), "{id}: {words}");
                // Chinese characters or Chinese punctuation (the list separator is "、"),
                // unless the English has no words either (`{ $date } { $title }`).
                let english = format_with_its_arguments(Lang::En, &id).0;
                let has_words = english.chars().any(char::is_alphabetic);
                if lang == Lang::ZhCn && has_words {
                    assert!(
                        words.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)
                            || ('\u{3000}'..='\u{303f}').contains(&c)
                            || ('\u{ff00}'..='\u{ffef}').contains(&c)),
                        "{id} is not translated: {words}"
                    );
                }
            }
        }
        assert_eq!(text(Lang::ZhCn, "cmd-Open"), "打开…");
        assert_eq!(
            text_with(
                Lang::En,
                "language-system",
                &[("language", "English".into())]
            ),
            "Follow the system (English)"
        );
        assert_eq!(text(Lang::ZhCn, "no-such-message"), "no-such-message");
    }

    #[test]
    fn system_locales_choose_simplified_chinese_or_english() {
        for (locale, lang) in [
            ("zh-CN", Lang::ZhCn),
            ("zh_CN.UTF-8", Lang::ZhCn),
            ("zh-Hans-SG", Lang::ZhCn),
            ("zh", Lang::ZhCn),
            ("zh-TW", Lang::En),
            ("zh-Hant-HK", Lang::En),
            ("en-GB", Lang::En),
            ("fr_FR.UTF-8", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(locale), lang, "{locale}");
        }
        assert_eq!(Lang::from_code("ZH-cn"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_code("de"), None);
    }
}
