//! For `compare`: whether two stories found by [`super::cluster`] are
//! clearly different events, judged on the stories as wholes. The clustering
//! splits a folder of one event told by many outlets more often than a
//! reader would (one outlet's follow-up, another's profile of the victim); a
//! false split silently loses every finding between the parts, a missed one
//! is told on stderr. So `compare` keeps stories together unless the evidence
//! that they are different events is strong.
//!
//! The evidence, per story: its vocabulary (content words and the words of
//! its actors' names, each article counted once), the days its articles were
//! published, and the class of the main event its articles name (`quake`,
//! `fire` ...; `story` when none), and the actors (people, places,
//! organizations) its articles name. Two stories are apart when their
//! vocabularies barely meet, or when they meet only partly and their main
//! events also lie months apart or (meeting less) differ in class or each
//! story has a name of its own.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::vectors::{dot, words};
use super::Story;
use crate::analysis::Analysis;
use crate::model::ActorKind;

/// Below this cosine of their vocabularies, two stories are apart whatever
/// else they share. Chosen on the ECB+ folders (2026-12-07): no two parts of
/// one folder were below it, and 86 in 100 pairs of different topics were.
pub const FAR: f64 = 0.10;
/// Below this, main events months apart are enough.
pub const NEAR: f64 = 0.40;
/// Median publication days further apart than this are different events of
/// one kind (two quakes on one island, two fights of one boxer); one folder's
/// follow-ups a year later still share most of their words (cosine 0.6).
pub const DAYS: i64 = 180;
/// Below this, main events of different classes are enough.
pub const KIND_NEAR: f64 = 0.20;
/// Below this, each story having a name of its own is enough: a name most
/// of its articles give (at least two) and no article of the other gives,
/// on both sides (the Angels' offer and the Red Sox's, two quakes' towns and
/// governors). Chosen on the folders of topics 1-20 only (2026-12-07): 0.35
/// already split one single-story folder, 0.25 splits none.
pub const NAMES_NEAR: f64 = 0.25;
/// A name word weighs this many content words.
const NAME: f64 = 2.0;

/// What one story is about, as a whole.
#[derive(Default)]
pub struct Profile {
    /// Word id to the number of articles naming it (name words weigh more).
    counts: BTreeMap<u32, f64>,
    /// Unit vector of `counts`.
    vocab: Vec<(u32, f64)>,
    /// Publication days of its dated articles, sorted.
    days: Vec<NaiveDate>,
    /// Main-event class to the number of its articles naming it.
    kinds: BTreeMap<String, usize>,
    /// Actor names (people, places, organizations) to the number of its
    /// articles naming them.
    names: BTreeMap<String, usize>,
    /// Its number of articles.
    size: usize,
}

impl Profile {
    fn normalize(&mut self) {
        let norm = self.counts.values().map(|x| x * x).sum::<f64>().sqrt();
        self.vocab = self
            .counts
            .iter()
            .map(|(&t, &x)| (t, if norm > 0.0 { x / norm } else { 0.0 }))
            .collect();
    }

    /// Median publication day.
    fn day(&self) -> Option<NaiveDate> {
        self.days.get(self.days.len() / 2).copied()
    }

    /// The class of the main event most of its articles name, when one
    /// other than `story` leads.
    fn kind(&self) -> Option<&str> {
        let mut v: Vec<(&str, usize)> = self.kinds.iter().map(|(k, &n)| (k.as_str(), n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.first().map(|k| k.0).filter(|&k| k != "story")
    }
}

/// Evidence between two stories.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub cosine: f64,
    pub days: Option<i64>,
    pub kinds_differ: bool,
    /// Each story has a name most of its articles give and none of the
    /// other's does.
    pub own_names: bool,
}

impl Evidence {
    /// Different events beyond reasonable doubt.
    pub fn apart(&self) -> bool {
        self.cosine < FAR
            || (self.cosine < NEAR && self.days.is_some_and(|d| d > DAYS))
            || (self.cosine < KIND_NEAR && self.kinds_differ)
            || (self.cosine < NAMES_NEAR && self.own_names)
    }
}

/// The profiles of `stories`, word ids numbered in story order.
pub fn profiles(an: &[Analysis], stories: &[Story]) -> Vec<Profile> {
    let stop = super::vectors::stopwords();
    let mut ids: HashMap<String, u32> = HashMap::new();
    stories
        .iter()
        .map(|s| {
            let mut p = Profile::default();
            for &d in &s.docs {
                let a = &an[d];
                // Each article counts a word once: one long article does not
                // outweigh the rest of its story.
                let mut own: BTreeMap<String, f64> = BTreeMap::new();
                for w in words(a.doc.slice(a.doc.body)) {
                    let w = w.to_lowercase();
                    if w.chars().count() >= 3 && !stop.contains(w.as_str()) {
                        own.entry(w).or_insert(1.0);
                    }
                }
                for m in &a.actors {
                    if matches!(m.kind, ActorKind::Other) {
                        continue;
                    }
                    for w in words(&m.canonical) {
                        let w = w.to_lowercase();
                        if w.chars().count() >= 3 && !stop.contains(w.as_str()) {
                            own.insert(w, NAME);
                        }
                    }
                }
                for (w, x) in own {
                    let next = ids.len() as u32;
                    let id = *ids.entry(w).or_insert(next);
                    *p.counts.entry(id).or_default() += x;
                }
                p.size += 1;
                let own_names: std::collections::BTreeSet<&str> = a
                    .actors
                    .iter()
                    .filter(|m| !matches!(m.kind, ActorKind::Other))
                    .map(|m| m.canonical.as_str())
                    .collect();
                for n in own_names {
                    *p.names.entry(n.to_string()).or_default() += 1;
                }
                if let Some(e) = a.facts.events.iter().find(|e| e.main) {
                    *p.kinds.entry(e.kind.clone()).or_default() += 1;
                }
                p.days.extend(a.doc.date);
            }
            p.days.sort_unstable();
            p.normalize();
            p
        })
        .collect()
}

/// The evidence between two profiles.
pub fn evidence(a: &Profile, b: &Profile) -> Evidence {
    let days = match (a.day(), b.day()) {
        (Some(x), Some(y)) => Some((x - y).num_days().abs()),
        _ => None,
    };
    let kinds_differ = matches!((a.kind(), b.kind()), (Some(x), Some(y)) if x != y);
    Evidence {
        cosine: dot(&a.vocab, &b.vocab).0,
        days,
        kinds_differ,
        own_names: owns(&a.names, a.size, &b.names) && owns(&b.names, b.size, &a.names),
    }
}

/// Whether `mine` holds a key given by most of its `size` articles (at
/// least two) that `theirs` never gives.
fn owns(mine: &BTreeMap<String, usize>, size: usize, theirs: &BTreeMap<String, usize>) -> bool {
    let least = size.div_ceil(2).max(2);
    mine.iter()
        .any(|(k, &n)| n >= least && !theirs.contains_key(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(cosine: f64, days: Option<i64>, kinds_differ: bool) -> Evidence {
        Evidence {
            cosine,
            days,
            kinds_differ,
            own_names: false,
        }
    }

    fn names(v: &[(&str, usize)]) -> BTreeMap<String, usize> {
        v.iter().map(|&(k, n)| (k.to_string(), n)).collect()
    }

    #[test]
    fn a_name_of_its_own_is_one_most_articles_give_and_the_other_never() {
        let angels = names(&[("Teixeira", 4), ("Angels", 3), ("Tony Reagins", 1)]);
        let red_sox = names(&[("Teixeira", 3), ("Red Sox", 3), ("Angels", 1)]);
        // "Red Sox": three of three, never in the other story.
        assert!(owns(&red_sox, 3, &angels));
        // "Angels" is named once by the other story; "Tony Reagins" by one
        // article of four only.
        assert!(!owns(&angels, 4, &red_sox));
        // One article is no story's habit.
        assert!(!owns(&names(&[("Qeshm", 1)]), 1, &angels));
    }

    #[test]
    fn apart_needs_strong_evidence() {
        // Vocabularies that barely meet.
        assert!(ev(0.05, None, false).apart());
        // Partly shared words: apart only with months between them or,
        // sharing less, another class of event.
        assert!(!ev(0.3, None, false).apart());
        assert!(!ev(0.3, Some(30), true).apart());
        assert!(ev(0.3, Some(400), false).apart());
        assert!(ev(0.15, None, true).apart());
        // Each with a name of its own: apart only when sharing little.
        let mut e = ev(0.2, None, false);
        e.own_names = true;
        assert!(e.apart());
        e.cosine = 0.3;
        assert!(!e.apart());
        // Much shared: one story even a year apart.
        assert!(!ev(0.6, Some(600), true).apart());
    }
}
