//! `labelled_enum!`: the one way a closed list is declared, in the core and in the app.

/// Declares a closed list: an enum of plain values, each with a plain-language label. It
/// gets `ALL` (every value in the order declared: the one source of the list, for menus,
/// filters and tests), `label()` and `Display` (the label). Derives and docs are the
/// caller's; the enum must be `Copy`.
///
/// ```
/// rapport_core::labelled_enum! {
///     /// A size.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum Size {
///         /// Small.
///         Small => "Small",
///         /// Large.
///         Large => "Large",
///     }
/// }
/// assert_eq!(Size::ALL, &[Size::Small, Size::Large]);
/// assert_eq!(Size::Large.to_string(), "Large");
/// ```
#[macro_export]
macro_rules! labelled_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident => $label:expr),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// A plain-language name for menus, tables and messages.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }

            /// The id of the label's message in the `.ftl` files, such as
            /// `term-CostCategory-Shipping`.
            pub fn term_id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!("term-", stringify!($name), "-", stringify!($variant))),+
                }
            }

            /// The label in `lang` (the English label when the language has none).
            pub fn label_in(self, lang: $crate::i18n::Lang) -> ::std::string::String {
                $crate::i18n::term(lang, self.term_id(), self.label())
            }

            /// The label as an argument of a message.
            pub fn term(self) -> $crate::i18n::Arg {
                $crate::i18n::Arg::term(self.term_id(), self.label())
            }

            /// The label as an argument in lower case inside an English sentence.
            pub fn lower_term(self) -> $crate::i18n::Arg {
                $crate::i18n::Arg::lower_term(self.term_id(), self.label())
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}
