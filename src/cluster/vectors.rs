//! The terms of each article and their TF-IDF vectors.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::Datelike;

use rayon::prelude::*;

use crate::analysis::Analysis;
use crate::model::{Span, TimexType};

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
    /// A content word of the lead (the title and the first words of the
    /// body), lower case.
    LeadWord,
    /// An actor's canonical name named in the lead, lower case.
    LeadName,
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
    pub lead_word: f64,
    pub lead_name: f64,
    /// Added to the similarity of two articles already alike (an edge)
    /// whose publication days are at most [`SAME_DAYS`] apart.
    pub same_days: f64,
    /// Least average similarity for an article the clustering left alone
    /// to join the group it is most alike; 0 leaves it alone.
    pub alone: f64,
}

/// Publication days at most this far apart count as the same days: the
/// versions of one event appear within a day or two of each other.
pub const SAME_DAYS: i32 = 2;

impl Weights {
    fn of(&self, k: Kind) -> f64 {
        match k {
            Kind::Word => self.word,
            Kind::Name => self.name,
            Kind::Year => self.year,
            Kind::Month => self.month,
            Kind::Figure => self.figure,
            Kind::Fact => self.fact,
            Kind::LeadWord => self.lead_word,
            Kind::LeadName => self.lead_name,
        }
    }
}

/// Every document's terms as `(term id, count)`, sorted by id; ids are given
/// in document order, so they do not depend on the thread count.
pub struct Terms {
    pub docs: Vec<Vec<(u32, u32)>>,
    pub kinds: Vec<Kind>,
    /// Each document's publication day (days from the common era), when
    /// known.
    pub days: Vec<Option<i32>>,
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
        let days = an
            .iter()
            .map(|a| a.doc.date.map(|d| d.num_days_from_ce()))
            .collect();
        Terms { docs, kinds, days }
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

/// Whether documents `a` and `b` were published on the same days (both
/// dated, at most [`SAME_DAYS`] apart).
pub fn same_days(terms: &Terms, a: usize, b: usize) -> bool {
    matches!((terms.days[a], terms.days[b]), (Some(x), Some(y)) if (x - y).abs() <= SAME_DAYS)
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
    // The lead again, as terms of its own: news tells its main event in the
    // title and first sentence and an earlier event of the same kind (last
    // year's quake, the rival offer) further down, as background.
    let lead = lead(a);
    for w in lead.iter().flat_map(|&s| words(a.doc.slice(s))) {
        let w = w.to_lowercase();
        if w.chars().count() < 3 || stop.contains(w.as_str()) {
            continue;
        }
        *counts.entry((Kind::LeadWord, w)).or_default() += 1;
    }
    for m in &a.actors {
        if lead
            .iter()
            .any(|s| s.start <= m.span.start && m.span.start < s.end)
        {
            *counts
                .entry((Kind::LeadName, m.canonical.to_lowercase()))
                .or_default() += 1;
        }
    }
    let mut out: Vec<((Kind, String), u32)> = counts.into_iter().collect();
    out.sort_unstable();
    out
}

/// How many words of the body, after the title and dateline, are its lead.
const LEAD_WORDS: usize = 40;
/// A paragraph shorter than this (in bytes) at the top is a byline, a
/// dateline or a kicker, not the lead.
const LEAD_MIN_PARAGRAPH: usize = 40;

/// The lead of an article: its title, and the first [`LEAD_WORDS`] words of
/// its body from the first paragraph of some length after the title and the
/// dateline.
fn lead(a: &Analysis) -> Vec<Span> {
    let doc = &a.doc;
    let mut out: Vec<Span> = doc.title.into_iter().collect();
    let after = doc
        .title
        .iter()
        .chain(doc.dateline.iter())
        .map(|s| s.end)
        .fold(doc.body.start, usize::max);
    let Some(first) = doc
        .paragraphs
        .iter()
        .find(|p| p.start >= after && doc.slice(**p).trim().len() >= LEAD_MIN_PARAGRAPH)
    else {
        return out;
    };
    let text = &doc.text[first.start..doc.body.end];
    let mut end = text.len();
    for (n, (i, w)) in text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .enumerate()
    {
        if n + 1 == LEAD_WORDS {
            end = i + w.len();
            break;
        }
    }
    out.push(Span::new(first.start, first.start + end));
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

    fn analyzed(text: &str) -> Analysis {
        let doc = crate::document::Document::parse("a.txt", text.as_bytes(), None).unwrap();
        crate::analysis::analyze(vec![doc]).remove(0)
    }

    fn lead_words(a: &Analysis) -> Vec<String> {
        features(a)
            .into_iter()
            .filter(|((k, _), _)| *k == Kind::LeadWord)
            .map(|((_, w), _)| w)
            .collect()
    }

    #[test]
    fn the_lead_is_the_title_and_the_first_words_after_the_dateline() {
        let a = analyzed(
            "Quake shakes Qeshm island\n\nMarch 4, 2025\n\n\
             A strong earthquake shook the island of Qeshm on Monday morning, damaging \
             houses in three villages near the port and injuring dozens of residents, \
             officials of the provincial crisis management office said, adding that \
             rescue teams had reached every village by the afternoon.\n\n\
             The island was struck by a deadlier quake in 2005, which killed thirteen.\n",
        );
        let lead = lead_words(&a);
        // The title and the opening sentence are the lead ...
        assert!(lead.contains(&"shakes".to_string()), "{lead:?}");
        assert!(lead.contains(&"villages".to_string()), "{lead:?}");
        // ... the background further down is not.
        assert!(!lead.contains(&"deadlier".to_string()), "{lead:?}");
        assert!(!lead.contains(&"thirteen".to_string()), "{lead:?}");
    }

    #[test]
    fn the_lead_stops_after_its_word_count() {
        let filler = vec!["filler"; LEAD_WORDS + 10].join(" ");
        let text = format!("Opening {filler} tailword ends here.\n");
        let lead = lead_words(&analyzed(&text));
        assert!(lead.contains(&"opening".to_string()), "{lead:?}");
        assert!(lead.contains(&"filler".to_string()), "{lead:?}");
        assert!(!lead.contains(&"tailword".to_string()), "{lead:?}");
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
