//! Findings with an index by subject, so that a table row can find its own findings
//! without scanning them all.

use super::finding::{Finding, Severity};
use crate::fast::HashMap;
use crate::model::Id;

/// All findings of a project, and which of them point at each id.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    list: Vec<Finding>,
    by_subject: HashMap<Id, Vec<usize>>,
}

impl Findings {
    /// Indexes a list of findings.
    pub fn new(list: Vec<Finding>) -> Self {
        let mut by_subject: HashMap<Id, Vec<usize>> = HashMap::default();
        for (index, finding) in list.iter().enumerate() {
            for id in &finding.subject {
                by_subject.entry(id.clone()).or_default().push(index);
            }
        }
        Findings { list, by_subject }
    }

    /// Every finding, errors first.
    pub fn all(&self) -> &[Finding] {
        &self.list
    }

    /// The findings that point at an id.
    pub fn about<'a, K>(&'a self, id: &Id<K>) -> impl Iterator<Item = &'a Finding> + 'a {
        self.by_subject
            .get(id.as_str())
            .into_iter()
            .flatten()
            .filter_map(|&i| self.list.get(i))
    }

    /// How many findings point at an id.
    pub fn count<K>(&self, id: &Id<K>) -> usize {
        self.by_subject.get(id.as_str()).map_or(0, Vec::len)
    }

    /// The worst severity among the findings that point at an id.
    pub fn worst<K>(&self, id: &Id<K>) -> Option<Severity> {
        self.about(id).map(|f| f.severity).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Code;
    use crate::model::AnyId;

    fn finding(severity: Severity, ids: &[&str]) -> Finding {
        Finding {
            code: Code::Overdue,
            severity,
            subject: ids.iter().map(|s| Id::from(*s)).collect(),
            message: crate::i18n::Text::empty(),
            fix: crate::i18n::Text::empty(),
        }
    }

    #[test]
    fn finds_by_any_subject() {
        let findings = Findings::new(vec![
            finding(Severity::Warning, &["dlv-1", "inf-1"]),
            finding(Severity::Error, &["dlv-2", "inf-1"]),
        ]);
        assert_eq!(findings.count(&AnyId::from("inf-1")), 2);
        assert_eq!(findings.count(&AnyId::from("dlv-1")), 1);
        assert_eq!(findings.count(&AnyId::from("nobody")), 0);
        assert_eq!(findings.worst(&AnyId::from("inf-1")), Some(Severity::Error));
        assert_eq!(
            findings.worst(&AnyId::from("dlv-1")),
            Some(Severity::Warning)
        );
    }
}
