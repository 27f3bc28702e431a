//! A relative's name spelt two ways: versions that name one relation
//! ("sister") with first names a letter or two apart ("Mahnefah",
//! "Mahnefeh"), no version writing both, name one person two ways — a
//! contradiction a reader should check. Names further apart may be two
//! relatives (two sisters) and are left alone.

use super::*;

/// Each name of one relation, with the versions that write it (and where,
/// first).
type Uses<'a> = BTreeMap<&'a str, Vec<(usize, Span)>>;

impl Cx<'_> {
    pub(super) fn kin_findings(&self, out: &mut Vec<Finding>) {
        // relation -> name -> (version, span) of its first use per version
        let mut by: BTreeMap<&str, Uses> = BTreeMap::new();
        for &d in self.order {
            for k in &self.an[d].facts.kin {
                let uses = by
                    .entry(k.relation.as_str())
                    .or_default()
                    .entry(k.name.as_str())
                    .or_default();
                if !uses.iter().any(|(e, _)| *e == d) {
                    uses.push((d, k.span));
                }
            }
        }
        for (relation, names) in by {
            let list: Vec<(&str, &Vec<(usize, Span)>)> =
                names.iter().map(|(n, u)| (*n, u)).collect();
            for (i, &(x, ux)) in list.iter().enumerate() {
                for &(y, uy) in &list[i + 1..] {
                    if !self.spelt_two_ways(x, y) {
                        continue;
                    }
                    let mut values: Vec<(usize, Span)> = ux.clone();
                    values.extend(uy.iter().copied());
                    let cites = values
                        .iter()
                        .filter_map(|&(d, s)| {
                            self.claim_holding(d, s).map(|claim| Cite { doc: d, claim })
                        })
                        .collect();
                    out.push(Finding {
                        kind: Kind::Contradiction,
                        category: Category::Actor,
                        topic: format!("name of the {relation}"),
                        cites,
                        values,
                        explanation: format!(
                            "“{x}” ({}) and “{y}” ({}) cannot both be the name of the {relation}: one name spelt two ways, a letter or two apart.",
                            self.names(ux.iter().map(|u| u.0)),
                            self.names(uy.iter().map(|u| u.0)),
                        ),
                    });
                }
            }
        }
    }

    /// Two first names a letter or two apart, with the same first letter and
    /// long enough that the likeness is no chance, that no version writes
    /// both of (one that does tells of two people).
    fn spelt_two_ways(&self, x: &str, y: &str) -> bool {
        let long = x.chars().count() >= 5 && y.chars().count() >= 5;
        if x == y || !long || x.chars().next() != y.chars().next() {
            return false;
        }
        if crate::actors::spelling::distance(x, y) > 2 {
            return false;
        }
        !self.an.iter().any(|a| {
            let words: BTreeSet<&str> = crate::claims::word_re()
                .find_iter(&a.doc.text)
                .map(|m| m.as_str())
                .collect();
            words.contains(x) && words.contains(y)
        })
    }
}
