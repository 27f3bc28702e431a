//! The company where the story happened, named two ways: "TallGrass
//! Distribution Ltd." in some versions, "Tallgrass Distributors Ltd." in
//! others. One company cannot have both names, and a reader checking the
//! name needs to know that the versions differ.
//!
//! A company's name is read as its brand (every word but the last before the
//! legal form, spaces and case set aside: "Tall Grass" is "TallGrass"), the
//! word that ends it ("Distribution") and its legal form
//! (`data/compare/legal_forms.tsv`: "Ltd." and "Limited" are one). Two names
//! contradict only when both end in the same legal form, share the brand,
//! and end in two different words that are not one word written two ways
//! (a plural, capitals, vowels only), no version names both (a version that
//! names two companies of one brand and form tells of a group of companies,
//! and then the brand is not compared at all), and no version writes the
//! other's name in its text. A parent and its brand ("Marfin Investment
//! Group", "Marfin Egnatia Bank") end in different words after different
//! brands, a shorter name ("TallGrass") has no ending word of its own, and a
//! company with no legal form written is left alone: each says nothing
//! against the other.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use crate::actors::spelling;

use super::*;

/// Written legal form (lower case, no dot) to the form it is.
fn legal_forms() -> &'static HashMap<String, String> {
    static T: OnceLock<HashMap<String, String>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for r in crate::table::rows(include_str!("../../data/compare/legal_forms.tsv")) {
            if let [form, written] = r.as_slice() {
                for w in written.split_whitespace() {
                    m.insert(w.to_string(), form.to_string());
                }
            }
        }
        m
    })
}

/// A company name read as (brand, ending word, legal form), lower case, the
/// brand without spaces; `None` without a legal form or without a word of
/// its own besides the brand.
pub(super) fn parts(name: &str) -> Option<(String, String, String)> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .collect();
    let (last, rest) = words.split_last()?;
    let form = legal_forms().get(last)?;
    let (ending, brand) = rest.split_last()?;
    if brand.is_empty() || !rest.iter().all(|w| w.chars().all(char::is_alphanumeric)) {
        return None;
    }
    Some((brand.concat(), ending.clone(), form.clone()))
}

/// Two ending words that are one word written two ways: a plural, or the
/// same letters but for vowels.
fn one_word(a: &str, b: &str) -> bool {
    a == b
        || a.trim_end_matches('s') == b.trim_end_matches('s')
        || spelling::skeleton(a) == spelling::skeleton(b)
}

impl Cx<'_> {
    /// Companies of one brand and legal form named with two different ending
    /// words by two sets of versions: a name contradiction.
    pub(super) fn org_name_findings(&self, out: &mut Vec<Finding>) {
        // (brand, form) -> ending -> version -> first mention
        type Endings = BTreeMap<String, BTreeMap<usize, Span>>;
        let mut groups: BTreeMap<(String, String), Endings> = BTreeMap::new();
        for &d in self.order {
            for m in &self.an[d].actors {
                if m.kind != ActorKind::Organization {
                    continue;
                }
                let Some((brand, ending, form)) = parts(&m.canonical) else {
                    continue;
                };
                groups
                    .entry((brand, form))
                    .or_default()
                    .entry(ending)
                    .or_default()
                    .entry(d)
                    .or_insert(m.span);
            }
        }
        for ((brand, _), endings) in groups {
            if endings.len() < 2 {
                continue;
            }
            // One version naming two: a group of companies.
            let mut seen: BTreeSet<usize> = BTreeSet::new();
            if endings
                .values()
                .any(|per| per.keys().any(|&d| !seen.insert(d)))
            {
                continue;
            }
            let words: Vec<&String> = endings.keys().collect();
            let distinct = words
                .iter()
                .enumerate()
                .all(|(i, a)| words[i + 1..].iter().all(|b| !one_word(a, b)));
            if !distinct {
                continue;
            }
            // A version naming one company and writing the other's name
            // where the recognizer did not take it as one: it may name both.
            let named: BTreeSet<usize> = endings.values().flat_map(|p| p.keys().copied()).collect();
            let written_elsewhere = endings.iter().any(|(ending, per)| {
                named.iter().filter(|d| !per.contains_key(d)).any(|&d| {
                    let text = self.an[d].doc.text.to_lowercase().replace(' ', "");
                    text.contains(&format!("{brand}{ending}"))
                })
            });
            if written_elsewhere {
                continue;
            }
            self.push_org_name(out, &endings);
        }
    }

    fn push_org_name(
        &self,
        out: &mut Vec<Finding>,
        endings: &BTreeMap<String, BTreeMap<usize, Span>>,
    ) {
        let mut values: Vec<(usize, Span)> = Vec::new();
        let mut cites: Vec<Cite> = Vec::new();
        let mut told: Vec<String> = Vec::new();
        for per in endings.values() {
            let mut forms: BTreeSet<&str> = BTreeSet::new();
            for (&d, &s) in per {
                values.push((d, s));
                forms.insert(self.text(d, s));
                if let Some(claim) = self.claim_holding(d, s) {
                    cites.push(Cite { doc: d, claim });
                }
            }
            let forms: Vec<String> = forms.iter().map(|f| format!("“{f}”")).collect();
            told.push(format!(
                "{} ({})",
                forms.join(", "),
                self.names(per.keys().copied())
            ));
        }
        values.sort_by_key(|&(d, _)| self.rank[d]);
        let Some(&(d0, s0)) = values.first() else {
            return;
        };
        out.push(Finding {
            kind: Kind::Contradiction,
            category: Category::Actor,
            topic: format!("name of the company {}", self.text(d0, s0)),
            cites,
            values,
            explanation: format!(
                "{} cannot both be the company's name: one brand and legal form, two different words, and no version names both.",
                told.join(" and ")
            ),
        });
    }
}
