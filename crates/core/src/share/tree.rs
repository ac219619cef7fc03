//! Walking two or three versions of a record as trees of fields: which lists are matched
//! element by element (participants by influencer, handles by platform, rates by content
//! type), which are append-only histories (contacts, recorded cost changes, measured results), and how a
//! value reads for people.

use serde_json::{Map, Value};

/// How a list field is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRule {
    /// Elements are records with a key field: matched by it.
    Keyed(&'static str),
    /// An append-only history: the union of entries, in date order.
    History,
    /// A value as a whole.
    Atomic,
}

/// The rule for a list field, by its name.
pub fn rule(field: &str) -> ListRule {
    match field {
        "participants" => ListRule::Keyed("influencer"),
        "handles" => ListRule::Keyed("platform"),
        "rate_card" => ListRule::Keyed("content"),
        "contacts" | "changes" | "results" => ListRule::History,
        _ => ListRule::Atomic,
    }
}

/// A keyed list as (key, element) pairs, or `None` when an element has no key or two
/// share one (then the list is compared as a whole).
pub fn keyed<'a>(list: &'a [Value], key: &str) -> Option<Vec<(String, &'a Value)>> {
    let mut out = Vec::with_capacity(list.len());
    let mut seen = crate::fast::HashSet::default();
    for element in list {
        let k = render(element.get(key)?);
        if !seen.insert(k.clone()) {
            return None;
        }
        out.push((k, element));
    }
    Some(out)
}

/// `path` followed by a field name.
pub fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `path` followed by a keyed element: `participants[inf-2k4m6p8q]`.
pub fn element(path: &str, key: &str) -> String {
    format!("{path}[{key}]")
}

/// The keys of two objects: the first's in order, then the second's new ones.
pub fn union_keys<'a>(a: &'a Map<String, Value>, b: &'a Map<String, Value>) -> Vec<&'a String> {
    let mut keys: Vec<&String> = a.keys().collect();
    keys.extend(b.keys().filter(|k| !a.contains_key(*k)));
    keys
}

/// The keys of two keyed lists: the first's in order, then the second's new ones.
pub fn union_elements<'a>(
    a: &'a [(String, &'a Value)],
    b: &'a [(String, &'a Value)],
) -> Vec<&'a String> {
    let mut keys: Vec<&String> = a.iter().map(|(k, _)| k).collect();
    keys.extend(
        b.iter()
            .map(|(k, _)| k)
            .filter(|k| !a.iter().any(|(x, _)| x == *k)),
    );
    keys
}

/// The element with a key.
pub fn find<'a>(list: &[(String, &'a Value)], key: &str) -> Option<&'a Value> {
    list.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
}

/// A value for people: text as it is, numbers, yes/no, lists of plain values joined with
/// commas, anything else as compact JSON; nothing (`null`) as an empty text.
pub fn render(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => {
            items.iter().map(render).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

/// One place where two versions of a record differ, with what the common version had.
#[derive(Debug, Clone, PartialEq)]
pub struct Leaf {
    /// The field's path in the record (`contract.signed`, `participants[inf-…].tracking.code`);
    /// empty for the whole record.
    pub path: String,
    /// The common version's value, when known.
    pub base: Option<Value>,
    /// One side's value (absent: `None`).
    pub mine: Option<Value>,
    /// The other side's value.
    pub theirs: Option<Value>,
}

/// Every place where `mine` and `theirs` differ under `path` (a field named `field`),
/// down to plain values, keyed elements and history entries.
pub fn leaves(
    path: &str,
    field: &str,
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    out: &mut Vec<Leaf>,
) {
    if mine == theirs {
        return;
    }
    match (mine, theirs) {
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            for key in union_keys(m, t) {
                leaves(
                    &child(path, key),
                    key,
                    base.and_then(|b| b.get(key)),
                    m.get(key),
                    t.get(key),
                    out,
                );
            }
            return;
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) => match rule(field) {
            ListRule::Keyed(key) => {
                let b = match base {
                    Some(Value::Array(b)) => keyed(b, key),
                    _ => Some(Vec::new()),
                };
                if let (Some(m), Some(t), Some(b)) = (keyed(m, key), keyed(t, key), b) {
                    for k in union_elements(&m, &t) {
                        leaves(
                            &element(path, k),
                            "",
                            find(&b, k),
                            find(&m, k),
                            find(&t, k),
                            out,
                        );
                    }
                    return;
                }
            }
            ListRule::History => {
                for entry in t.iter().filter(|e| !m.contains(e)) {
                    out.push(Leaf {
                        path: path.to_string(),
                        base: None,
                        mine: None,
                        theirs: Some(entry.clone()),
                    });
                }
                for entry in m.iter().filter(|e| !t.contains(e)) {
                    out.push(Leaf {
                        path: path.to_string(),
                        base: None,
                        mine: Some(entry.clone()),
                        theirs: None,
                    });
                }
                return;
            }
            ListRule::Atomic => {}
        },
        _ => {}
    }
    out.push(Leaf {
        path: path.to_string(),
        base: base.cloned(),
        mine: mine.cloned(),
        theirs: theirs.cloned(),
    });
}
