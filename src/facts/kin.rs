//! Relatives named by their relation: "his sister Mahnefah", "Gray's
//! sister, Mahnefah Gray,", "her husband John" — the relation word
//! (`data/facts/kin.txt`) and the first name written right after it. The
//! comparer sets the names one relation gets in two versions side by side
//! (`compare::kin`): a relative's name spelt two ways is a contradiction.

use std::sync::OnceLock;

use regex::Regex;

use crate::analysis::Analysis;
use crate::model::Span;

/// A relative's first name after its relation word.
#[derive(Clone, Debug, PartialEq)]
pub struct KinName {
    /// The relation word, lower case ("sister").
    pub relation: String,
    /// The first name as written.
    pub name: String,
    /// Where the name is written.
    pub span: Span,
}

fn relations() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/kin.txt"))
}

/// Every relative's name the document writes after a relation word.
pub fn read(a: &Analysis) -> Vec<KinName> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // A name: a capital and small letters, never a sentence's next word
        // (no full stop between).
        Regex::new(r"\b(?P<rel>(?i:[a-z]+(?:-[a-z]+)?)),?[ \t]+(?P<name>[A-Z][a-z]{3,})\b").unwrap()
    });
    let text = &a.doc.text;
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        let (rel, name) = (c.name("rel").unwrap(), c.name("name").unwrap());
        let relation = rel.as_str().to_lowercase();
        if !relations().contains(&relation) {
            continue;
        }
        let span = Span::new(name.start(), name.end());
        // A day or month after the word ("his son Monday") is no name.
        if a.timexes.iter().any(|t| t.span.overlaps(span)) {
            continue;
        }
        out.push(KinName {
            relation,
            name: name.as_str().to_string(),
            span,
        });
    }
    out
}
