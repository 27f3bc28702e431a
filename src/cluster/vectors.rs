//! The terms of each article and their TF-IDF vectors.

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::analysis::Analysis;
use crate::model::TimexType;

/// What a term is: its weight depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A content word, lower case.
    Word,
    /// An actor's canonical name, lower case.
    Name,
    /// The year of an absolute date ("2013").
    Year,
    /// Its month ("2013-05").
    Month,
    /// The value of a figure ("5.6", "23").
    Figure,
    /// A fact about the article's main event: its slot, subject and value
    /// ("magnitude 5.6", "injured 5").
    Fact,
}

/// Multipliers of each kind of term.
#[derive(Clone, Copy, Debug)]
pub struct Weights {
    pub word: f64,
    pub name: f64,
    pub year: f64,
    pub month: f64,
    pub figure: f64,
    pub fact: f64,
}

impl Weights {
    fn of(&self, k: Kind) -> f64 {
        match k {
            Kind::Word => self.word,
            Kind::Name => self.name,
            Kind::Year => self.year,
            Kind::Month => self.month,
            Kind::Figure => self.figure,
            Kind::Fact => self.fact,
        }
    }
}

/// Every document's terms as `(term id, count)`, sorted by id; ids are given
/// in document order, so they do not depend on the thread count.
pub struct Terms {
    pub docs: Vec<Vec<(u32, u32)>>,
    pub kinds: Vec<Kind>,
}

/// A sparse unit vector: `(term id, weight)` sorted by id.
pub type Vector = Vec<(u32, f64)>;

impl Terms {
    pub fn build(an: &[&Analysis]) -> Terms {
        let raw: Vec<Vec<((Kind, String), u32)>> = an.par_iter().map(|a| features(a)).collect();
        let mut ids: HashMap<(Kind, String), u32> = HashMap::new();
        let mut kinds = Vec::new();
        let docs = raw
            .into_iter()
            .map(|feats| {
                let mut v: Vec<(u32, u32)> = feats
                    .into_iter()
                    .map(|(key, n)| {
                        let next = kinds.len() as u32;
                        let kind = key.0;
                        let id = *ids.entry(key).or_insert_with(|| {
                            kinds.push(kind);
                            next
                        });
                        (id, n)
                    })
                    .collect();
                v.sort_unstable();
                v
            })
            .collect();
        Terms { docs, kinds }
    }

    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.docs.len()
    }
}

/// Unit TF-IDF vectors of `members` (document numbers), frequencies counted
/// among them; a term only one member has is left out (it links nothing).
/// The inverse document frequency is `ln((n + 1) / df)`, so that a term all
/// `n` members share keeps a little weight: two versions of one story, given
/// alone, are still alike. Also returns each term's document frequency.
pub fn vectors(
    terms: &Terms,
    members: &[usize],
    weights: &Weights,
) -> (Vec<Vector>, HashMap<u32, u32>) {
    let mut df: HashMap<u32, u32> = HashMap::new();
    for &d in members {
        for &(t, _) in &terms.docs[d] {
            *df.entry(t).or_default() += 1;
        }
    }
    let n = members.len() as f64;
    let vecs = members
        .iter()
        .map(|&d| {
            let mut v: Vector = terms.docs[d]
                .iter()
                .filter_map(|&(t, c)| {
                    let f = *df.get(&t)? as f64;
                    if f < 2.0 {
                        return None;
                    }
                    let idf = ((n + 1.0) / f).ln();
                    let w = (1.0 + (c as f64).ln()) * idf * weights.of(terms.kinds[t as usize]);
                    (w > 0.0).then_some((t, w))
                })
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                for (_, w) in &mut v {
                    *w /= norm;
                }
            }
            v
        })
        .collect();
    (vecs, df)
}

/// Cosine of two unit vectors, and how many terms they share.
pub fn dot(a: &Vector, b: &Vector) -> (f64, usize) {
    let (mut i, mut j, mut s, mut shared) = (0, 0, 0.0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (s, shared)
}

pub fn stopwords() -> &'static std::collections::HashSet<&'static str> {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../data/cluster/stopwords.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

/// An article's terms with their counts, in a fixed order.
fn features(a: &Analysis) -> Vec<((Kind, String), u32)> {
    let mut counts: HashMap<(Kind, String), u32> = HashMap::new();
    let stop = stopwords();
    let body = a.doc.slice(a.doc.body);
    for w in words(body) {
        let w = w.to_lowercase();
        if w.chars().count() < 3 || stop.contains(w.as_str()) {
            continue;
        }
        *counts.entry((Kind::Word, w)).or_default() += 1;
    }
    for m in &a.actors {
        *counts
            .entry((Kind::Name, m.canonical.to_lowercase()))
            .or_default() += 1;
    }
    for t in &a.timexes {
        if !matches!(t.timex_type, TimexType::Date | TimexType::Time) {
            continue;
        }
        let v = t.value.as_bytes();
        if v.len() >= 4 && v[..4].iter().all(u8::is_ascii_digit) {
            *counts
                .entry((Kind::Year, t.value[..4].to_string()))
                .or_default() += 1;
            if v.len() >= 7 && v[4] == b'-' && v[5..7].iter().all(u8::is_ascii_digit) {
                *counts
                    .entry((Kind::Month, t.value[..7].to_string()))
                    .or_default() += 1;
            }
        }
    }
    for f in &a.figures {
        let v = if f.value.fract() == 0.0 && f.value.abs() < 9.0e15 {
            format!("{}", f.value as i64)
        } else {
            format!("{}", f.value)
        };
        *counts.entry((Kind::Figure, v)).or_default() += 1;
    }
    // Facts of the main event as they stand ("magnitude 5.6"): versions of
    // one event share them, another event of the same kind and place seldom
    // has the same values.
    for f in &a.facts.facts {
        let main = a.facts.events.get(f.event).is_some_and(|e| e.main);
        if !main || f.status != crate::facts::Status::Current {
            continue;
        }
        let key = serde_json::to_string(&(&f.slot, &f.subject, &f.value)).unwrap_or_default();
        *counts.entry((Kind::Fact, key)).or_default() += 1;
    }
    let mut out: Vec<((Kind, String), u32)> = counts.into_iter().collect();
    out.sort_unstable();
    out
}

/// Words: a letter, then letters, apostrophes and hyphens; ends trimmed of
/// apostrophes and hyphens.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation_and_keep_inner_hyphens() {
        let w: Vec<&str> = words("A 5.6-magnitude quake hit Qeshm's coast -- 'near' x").collect();
        assert_eq!(
            w,
            vec![
                "A",
                "magnitude",
                "quake",
                "hit",
                "Qeshm's",
                "coast",
                "near",
                "x"
            ]
        );
    }

    #[test]
    fn dot_of_sparse_vectors() {
        let a = vec![(1, 0.6), (3, 0.8)];
        let b = vec![(0, 1.0), (3, 0.5)];
        let (s, shared) = dot(&a, &b);
        assert!((s - 0.4).abs() < 1e-12);
        assert_eq!(shared, 1);
    }
}
