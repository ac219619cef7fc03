//! Rapport's words in English and Simplified Chinese, from Fluent files
//! (`crates/core/locales/{en,zh-CN}/*.ftl`, built into the program). A message missing in
//! Chinese falls back to English, and one missing in both to its id; a test checks that
//! both files have the same messages and that every one of them formats.

mod words;

pub use words::{and_list, short_date};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
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

/// The Fluent text of each language, in the order of [`Lang::ALL`].
const SOURCES: [&str; 2] = [
    include_str!("../../locales/en/ui.ftl"),
    include_str!("../../locales/zh-CN/ui.ftl"),
];

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
            let resource = match FluentResource::try_new(SOURCES[lang.index()].to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
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

/// The message `id` in `lang`.
pub fn text(lang: Lang, id: &str) -> String {
    text_with(lang, id, &[])
}

/// The ids of every message of `lang`'s file, in file order.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let Ok(resource) = FluentResource::try_new(SOURCES[lang.index()].to_string()) else {
        return Vec::new();
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_parse_and_have_the_same_messages() {
        for (i, source) in SOURCES.iter().enumerate() {
            assert!(
                FluentResource::try_new(source.to_string()).is_ok(),
                "{} does not parse",
                Lang::ALL[i].code()
            );
        }
        let en = message_ids(Lang::En);
        let zh = message_ids(Lang::ZhCn);
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
        // Every argument any message takes.
        let args: Vec<(&str, FluentValue<'_>)> = [
            "language",
            "name",
            "campaigns",
            "brand",
            "what",
            "title",
            "from",
            "to",
            "rest",
            "last",
            "day",
            "month",
            "year",
        ]
        .into_iter()
        .map(|name| (name, FluentValue::from("x")))
        .chain([("count", FluentValue::from(2))])
        .collect();
        for id in message_ids(Lang::En) {
            let en = text_with(Lang::En, &id, &args);
            let zh = text_with(Lang::ZhCn, &id, &args);
            assert!(!en.contains('{') && !zh.contains('{'), "{id}: {en} / {zh}");
            // Chinese characters or Chinese punctuation (the list separator is "、").
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)
                    || ('\u{3000}'..='\u{303f}').contains(&c)),
                "{id} is not translated: {zh}"
            );
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
