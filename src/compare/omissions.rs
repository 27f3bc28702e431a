//! Which omissions a reader looks for, and whom they concern.
//!
//! A fact one version gives and another leaves out matters when it is
//! something a reader checks a story for: a figure, a date, a quote, a
//! source, a place, a person named by name. The other rules report every
//! actor named by one version only and every act told by one version only;
//! on a story told by a dozen outlets that is hundreds of lines ("local
//! journalist", "Tehran University", "resumed · airport") that bury the
//! toll one outlet alone gives. This stage keeps:
//! - figures, dates, quotes, sources, places and list members, whatever
//!   they are about;
//! - a person only when named by name ("Frances Harrison", not "local
//!   journalist" or "Lawyer"), or named in full where some version gives
//!   them as a source ("said an eyewitness, Dana Ruiz," when the name was
//!   only read as "Dana"); never when every version that seems to leave
//!   them out names them in another form ("Lt. Gerry Scherlinck" /
//!   "Lieutenant Gerry Scherlinck": same family name, same given name);
//! - an age of a person named or described by a role ("the 30-year-old
//!   sergeant"), not of whoever the age reader could not tie to anyone;
//! - a distance from a named place ("about 30 miles south of Portland");
//! - an organization or group only when some version gives it as a source
//!   ("IRNA said", "according to AFP");
//! - an act told by some versions only when its sentence dates it, gives
//!   it on a named source's word, or tells it of a person most versions
//!   name (one the story is about): a reader misses "Felt was convicted in
//!   November 1980", not "the main hospital was having trouble".
//!
//! Whatever it is, an omission is kept only when one side is a clear
//! minority: a few versions alone give the fact (one outlet's detail), or a
//! few leave out what the others give. A name or a figure that half the
//! outlets give and half do not is how coverage varies, not a gap a reader
//! checks one version for; on a dozen versions those were a third of the
//! report. A run of capitalised words the name reader took for a person but
//! that ends as a street, a shop or an office does ("Tilden Ave", "Rite
//! Aid", `data/compare/not_person_ends.txt`) is not a person named.

use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap, HashSet};

use super::{Category, Finding, Kind};
use crate::analysis::Analysis;
use crate::model::{ActorKind, ActorMention, Span, TimexType};

/// Drops the omissions a reader does not look for (see the module doc).
/// `rank` is each version's place in version order: explanations name the
/// versions in that order, whatever the order of the input.
pub(super) fn keep_for_readers(an: &[Analysis], rank: &[usize], findings: &mut Vec<Finding>) {
    stated_elsewhere(an, rank, findings);
    acts_told_elsewhere(an, rank, findings);
    let index = Index::new(an);
    findings.retain(|f| {
        f.kind != Kind::Omission || (one_side_few(an.len(), f) && looked_for(an, &index, f))
    });
}

/// A figure's fact: its slot, its subject and its value.
type FactKey<'a> = (crate::facts::Slot, &'a str, &'a crate::facts::Value);

/// The key of the fact a version's value is, when that value is a fact
/// with a subject ("age of Zurana Horton", "number of children") or a toll.
fn fact_key(a: &Analysis, s: Span) -> Option<(FactKey<'_>, Span)> {
    let f = a.facts.facts.iter().find(|f| f.span == s)?;
    Some(((f.slot, subject_of(f)?, &f.value), f.sentence))
}

/// What a figure is told of: its subject, or none for a toll (the people
/// killed, wounded or arrested), which needs none.
fn subject_of(f: &crate::facts::Fact) -> Option<&str> {
    match (&f.subject, f.slot) {
        (Some(s), _) => Some(s.as_str()),
        (None, crate::facts::Slot::Casualty(_)) => Some(""),
        _ => None,
    }
}

/// An omission of a figure told of one subject is the same fact in every
/// version that gives that subject the same value, whatever event instance
/// the linker tied it to ("a mother of 12" beside the 2011 shooting in one
/// version, beside the trial in another): "only A gives" would be false.
/// Those versions join the finding's stating side, and the findings the
/// same fact made under other instances are dropped, so that each fact is
/// one omission whose two sides are true.
fn stated_elsewhere(an: &[Analysis], rank: &[usize], findings: &mut Vec<Finding>) {
    // Each version's facts by slot, made at the first figure to look for:
    // looking through every fact of every version for each omission grew
    // with the square of the number of versions.
    let slots = OnceCell::new();
    let mut seen: Vec<(FactKey, BTreeSet<usize>)> = Vec::new();
    let mut keep = vec![true; findings.len()];
    for (i, f) in findings.iter_mut().enumerate() {
        if f.kind != Kind::Omission || !matches!(f.category, Category::Number | Category::Casualty)
        {
            continue;
        }
        let Some(&(d0, s0)) = f.values.first() else {
            continue;
        };
        let Some((key, _)) = fact_key(&an[d0], s0) else {
            continue;
        };
        let mut stating: BTreeSet<usize> = f.values.iter().map(|v| v.0).collect();
        let same_fact = |k: &FactKey| k.0 == key.0 && k.2 == key.2 && alike_subjects(k.1, key.1);
        if seen
            .iter()
            .any(|(k, docs)| same_fact(k) && docs.is_superset(&stating))
        {
            keep[i] = false;
            continue;
        }
        let mut added = false;
        let by_slot = slots.get_or_init(|| facts_by_slot(an));
        let mut found = None;
        for &(d, xi) in by_slot.get(&key.0).map_or(&[][..], Vec::as_slice) {
            if stating.contains(&d) || found == Some(d) {
                continue;
            }
            let (a, x) = (&an[d], &an[d].facts.facts[xi]);
            let same = &x.value == key.2 && subject_of(x).is_some_and(|s| alike_subjects(s, key.1));
            if same {
                found = Some(d);
                f.values.push((d, x.span));
                if let Some(c) = a.claims.iter().position(|c| c.span.contains(x.span)) {
                    f.cites.push(super::Cite { doc: d, claim: c });
                }
                stating.insert(d);
                added = true;
            }
        }
        if added {
            f.explanation = format!(
                "{} give this {}: “{}”; {}.",
                version_names(an, rank, &stating),
                f.topic,
                an[d0].doc.slice(s0),
                not_giving(an.len(), &stating)
            );
        }
        seen.push((key, stating));
    }
    let mut k = keep.into_iter();
    findings.retain(|_| k.next().unwrap_or(true));
}

/// Share of an act's words another version's sentence must hold, beside the
/// same act of the same person, to tell it in other words.
const ACT_WORDS_TOLD: f64 = 0.6;

/// An act one version tells is told by another when that version has a
/// claim of the same kind of act ("died", "was killed": `kill`) of a person
/// both name by family name, whose sentence holds most of the words the act's
/// clause says: "Esther Williams has died" is in every version that reports
/// her death, whatever the sentence; "authorities had believed he was
/// paralyzed following a stroke", beside his escape, is only in the one
/// that gives the paralysis. Those versions join the stating side, so that
/// "not reported by" names only versions that leave the act out; an act
/// every version tells is no omission.
fn acts_told_elsewhere(an: &[Analysis], rank: &[usize], findings: &mut [Finding]) {
    let stop = super::align::stopwords();
    let words = |text: &str| -> BTreeSet<String> {
        crate::claims::word_re()
            .find_iter(text)
            .map(|w| super::align::stem(w.as_str()))
            .filter(|w| w.chars().count() >= 3 && !stop.contains(w.as_str()))
            .collect()
    };
    // Made at the first act to look for, and each claim's words when first
    // compared: looking through every claim of every version for each
    // omission grew with the square of the number of versions.
    let acts = OnceCell::new();
    let mut claim_words: HashMap<(usize, usize), BTreeSet<String>> = HashMap::new();
    for f in findings.iter_mut() {
        if f.kind != Kind::Omission || f.category != Category::Event {
            continue;
        }
        let (Some(c0), Some(&(d0, v0))) = (f.cites.first().copied(), f.values.first()) else {
            continue;
        };
        let a0 = &an[c0.doc];
        let claim = &a0.claims[c0.claim];
        let Some(kind) = claim.event.as_ref().map(|e| e.kind.as_str()) else {
            continue;
        };
        let people: BTreeSet<&str> = claim
            .actors
            .iter()
            .map(|&i| &a0.actors[i])
            .filter(|m| m.kind == ActorKind::Person && named(&m.canonical))
            .map(|m| surname(&m.canonical))
            .collect();
        if people.is_empty() {
            continue;
        }
        let said = words(an[d0].doc.slice(v0));
        let stating: BTreeSet<usize> = f.values.iter().map(|v| v.0).collect();
        // The claims of this kind of act of a person by one of these family
        // names, in version order and claim order within a version.
        let by_act = acts.get_or_init(|| acts_by_person(an));
        let mut told: Vec<(usize, usize)> = people
            .iter()
            .filter_map(|&p| by_act.get(&(kind, p)))
            .flatten()
            .copied()
            .filter(|(d, _)| !stating.contains(d))
            .collect();
        told.sort_unstable();
        told.dedup();
        let mut last = None;
        for (d, c) in told {
            if last == Some(d) {
                continue;
            }
            let there = claim_words
                .entry((d, c))
                .or_insert_with(|| words(an[d].doc.slice(an[d].claims[c].span)));
            let held = said.iter().filter(|w| there.contains(*w)).count();
            if held as f64 >= ACT_WORDS_TOLD * said.len() as f64 {
                f.values.push((d, an[d].claims[c].span));
                f.cites.push(super::Cite { doc: d, claim: c });
                last = Some(d);
            }
        }
        let now: BTreeSet<usize> = f.values.iter().map(|v| v.0).collect();
        if now.len() > stating.len() {
            f.explanation = format!(
                "Told in {} (in their own words where they differ); {}.",
                version_names(an, rank, &now),
                not_giving(an.len(), &now)
            );
        }
    }
}

/// Every fact of every version by its slot: `(version, fact)`, in version
/// and fact order.
fn facts_by_slot(an: &[Analysis]) -> HashMap<crate::facts::Slot, Vec<(usize, usize)>> {
    let mut out: HashMap<crate::facts::Slot, Vec<(usize, usize)>> = HashMap::new();
    for (d, a) in an.iter().enumerate() {
        for (xi, x) in a.facts.facts.iter().enumerate() {
            out.entry(x.slot).or_default().push((d, xi));
        }
    }
    out
}

/// The claims of each kind of act of a person, by the person's family name:
/// `(kind, surname)` to `(version, claim)`, in version and claim order.
fn acts_by_person(an: &[Analysis]) -> HashMap<(&str, &str), Vec<(usize, usize)>> {
    let mut out: HashMap<(&str, &str), Vec<(usize, usize)>> = HashMap::new();
    for (d, a) in an.iter().enumerate() {
        for (ci, c) in a.claims.iter().enumerate() {
            let Some(e) = c.event.as_ref() else {
                continue;
            };
            for &i in &c.actors {
                let m = &a.actors[i];
                if m.kind == ActorKind::Person {
                    let list = out
                        .entry((e.kind.as_str(), surname(&m.canonical)))
                        .or_default();
                    if list.last() != Some(&(d, ci)) {
                        list.push((d, ci));
                    }
                }
            }
        }
    }
    out
}

/// Versions by file name without folder and extension, "a, b, c", in
/// version order.
fn version_names(an: &[Analysis], rank: &[usize], docs: &BTreeSet<usize>) -> String {
    let mut docs: Vec<usize> = docs.iter().copied().collect();
    docs.sort_by_key(|&d| rank[d]);
    docs.iter()
        .map(|&d| {
            let p = &an[d].doc.path;
            let base = p.rsplit(['/', '\\']).next().unwrap_or(p);
            base.rsplit_once('.').map_or(base, |(b, _)| b).to_string()
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "the 3 other versions do not": how many versions leave a fact out.
fn not_giving(n: usize, stating: &BTreeSet<usize>) -> String {
    match n.saturating_sub(stating.len()) {
        0 => "every version gives it".to_string(),
        1 => "one version does not".to_string(),
        k => format!("the {k} other versions do not"),
    }
}

/// Two subjects of one figure: the same words once what the parentheses
/// add is set aside ("pirates (escape)", "pirates"), or one person named by
/// a word both give ("Allen Kirkpatrick", "Allen Kirkpatrick-was" where the
/// name reader ran into the next word; "Mr. Tennant", "Tom Tennant").
fn alike_subjects(a: &str, b: &str) -> bool {
    let bare = |s: &str| s.split(" (").next().unwrap_or(s).trim().to_lowercase();
    if bare(a) == bare(b) {
        return true;
    }
    // Capitalised words of three letters or more, but abbreviated titles.
    let names = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| w.chars().count() >= 3 && !w.ends_with('.'))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(str::to_lowercase)
            .collect()
    };
    let (na, nb) = (names(a), names(b));
    na.last().is_some_and(|w| nb.contains(w)) || nb.last().is_some_and(|w| na.contains(w))
}

/// Is one side of an omission a clear minority: as many versions as a
/// quarter of them at most (one at least) give the fact, or leave it out?
fn one_side_few(n: usize, f: &Finding) -> bool {
    let stating: BTreeSet<usize> = f.values.iter().map(|v| v.0).collect();
    let few = (n / 4).max(1);
    let missing = n.saturating_sub(stating.len());
    missing > 0 && (stating.len() <= few || missing <= few)
}

/// Does a run the name reader took for a person end as a street, a shop or
/// an office does ("Tilden Ave", "Rite Aid", "Police Precinct")?
fn ends_as_no_person(canonical: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        crate::table::words(include_str!("../../data/compare/not_person_ends.txt"))
    });
    canonical
        .split_whitespace()
        .last()
        .is_some_and(|w| words.iter().any(|x| x == w))
}

/// What the rules ask of all versions at once, gathered in one pass over
/// them (each built on first use), so that judging each omission does not
/// scan every version again: the cost stays linear in the number of versions.
struct Index<'a> {
    an: &'a [Analysis],
    /// Family name → number of versions naming a person by it.
    surnames: OnceCell<HashMap<&'a str, usize>>,
    /// Names sources give (see [`SourceNames`]).
    sources: OnceCell<SourceNames<'a>>,
    /// Name key → the (version, canonical name) pairs of persons named so.
    name_forms: OnceCell<HashMap<NameKey, Vec<(usize, &'a str)>>>,
}

impl<'a> Index<'a> {
    fn new(an: &'a [Analysis]) -> Index<'a> {
        Index {
            an,
            surnames: OnceCell::new(),
            sources: OnceCell::new(),
            name_forms: OnceCell::new(),
        }
    }

    /// Every person's name in every version under its key (see `name_key`).
    fn name_forms(&self) -> &HashMap<NameKey, Vec<(usize, &'a str)>> {
        self.name_forms.get_or_init(|| {
            let mut forms: HashMap<NameKey, Vec<(usize, &str)>> = HashMap::new();
            for (d, a) in self.an.iter().enumerate() {
                for x in a.actors.iter().filter(|x| x.kind == ActorKind::Person) {
                    if let Some(k) = name_key(&x.canonical) {
                        forms.entry(k).or_default().push((d, x.canonical.as_str()));
                    }
                }
            }
            forms
        })
    }

    /// How many versions name a person with this family name.
    fn versions_naming(&self, surname_of: &str) -> usize {
        let counts = self.surnames.get_or_init(|| {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for a in self.an {
                let names: HashSet<&str> = a
                    .actors
                    .iter()
                    .filter(|x| x.kind == ActorKind::Person)
                    .map(|x| surname(&x.canonical))
                    .collect();
                for n in names {
                    *counts.entry(n).or_default() += 1;
                }
            }
            counts
        });
        counts.get(surname_of).copied().unwrap_or(0)
    }

    /// The names sources give, gathered in one walk over every claim's
    /// chain of sources (each built on first use).
    fn source_names(&self) -> &SourceNames<'a> {
        self.sources.get_or_init(|| {
            let mut names = SourceNames::default();
            for a in self.an {
                for c in &a.claims {
                    let mut s = c.source.as_ref();
                    while let Some(src) = s {
                        names.any.extend(src.canonical.as_deref());
                        // Actor mentions are in text order: those within the
                        // source's span start at or after its start.
                        let first = a.actors.partition_point(|m| m.span.start < src.span.start);
                        for m in a.actors[first..]
                            .iter()
                            .take_while(|m| m.span.start < src.span.end)
                            .filter(|m| src.span.contains(m.span))
                        {
                            names.any.insert(m.canonical.as_str());
                            // The source's words end with the name: "Dana
                            // Ruiz", not a title read as a person ("President
                            // and General Manager Billy King").
                            let rest = &a.doc.text[m.span.start..src.span.end];
                            let words = rest.split_whitespace().count();
                            if (2..=3).contains(&words)
                                && rest
                                    .split_whitespace()
                                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                            {
                                names.in_full.insert(m.canonical.as_str());
                            }
                        }
                        s = src.via.as_deref();
                    }
                }
            }
            names
        })
    }

    /// Does some version give this actor as the source of a statement? A
    /// source names an actor by its canonical name or by an actor mention
    /// within the source's words.
    fn is_source(&self, canonical: &str) -> bool {
        self.source_names().any.contains(canonical)
    }

    /// Is a person known by one word here given as a source by a fuller name
    /// ("said an eyewitness, Dana Ruiz" where the recognizer kept "Dana")?
    fn named_as_source(&self, canonical: &str) -> bool {
        self.source_names().in_full.contains(canonical)
    }
}

/// Names that sources give.
#[derive(Default)]
struct SourceNames<'a> {
    /// Every actor some source names, by its canonical name or a mention
    /// within the source's words.
    any: HashSet<&'a str>,
    /// Mentions that end a source's words as a name of two or three
    /// capitalised words.
    in_full: HashSet<&'a str>,
}

fn looked_for(an: &[Analysis], index: &Index, f: &Finding) -> bool {
    match f.category {
        Category::Actor => {
            let Some(m) = f.values.iter().find_map(|&(d, s)| mention_at(&an[d], s)) else {
                return true;
            };
            match m.kind {
                ActorKind::Person => {
                    (named(&m.canonical) || index.named_as_source(&m.canonical))
                        && !ends_as_no_person(&m.canonical)
                        && !named_otherwise(index, f, &m.canonical)
                }
                ActorKind::Country | ActorKind::Place => true,
                _ => index.is_source(&m.canonical),
            }
        }
        Category::Event => f.cites.iter().any(|c| {
            let a = &an[c.doc];
            let claim = &a.claims[c.claim];
            let dated = claim
                .timexes
                .iter()
                .any(|&t| a.timexes[t].timex_type != TimexType::Duration);
            let sourced = claim.source.as_ref().is_some_and(|s| s.canonical.is_some());
            // A person most versions name, one the story is about: what some
            // versions alone say of them is news (a person few versions name
            // is reported as named by those only).
            let central = claim.actors.iter().any(|&i| {
                let m = &a.actors[i];
                m.kind == ActorKind::Person
                    && named(&m.canonical)
                    && 2 * index.versions_naming(surname(&m.canonical)) > an.len()
            });
            dated || sourced || central
        }),
        _ => true,
    }
}

fn mention_at(a: &Analysis, s: crate::model::Span) -> Option<&ActorMention> {
    a.actors.iter().find(|m| m.span == s)
}

/// A person written by name: two words at least that start with a capital
/// ("Frances Harrison", "Azm Al-Homoud"), not a description ("local
/// journalist") or a title alone ("Lawyer").
fn named(canonical: &str) -> bool {
    canonical
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count()
        >= 2
}

/// A person's family name: the last word of the name but a generational
/// suffix ("Arcade Joseph Comeaux Jr" and "Arcade Joseph Comeaux" are one
/// person however the versions' names were resolved).
fn surname(canonical: &str) -> &str {
    const SUFFIXES: [&str; 6] = ["Jr", "Jr.", "Sr", "Sr.", "II", "III"];
    canonical
        .split_whitespace()
        .rev()
        .find(|w| !SUFFIXES.contains(w))
        .unwrap_or(canonical)
        .trim_end_matches(',')
}

/// The age of someone a reader can place: a person named by name, or one
/// described by a role of `person_roles.tsv` ("sergeant", "cashier").
pub(super) fn age_of_someone(subject: Option<&str>) -> bool {
    subject.is_some_and(|s| {
        s.chars().next().is_some_and(char::is_uppercase)
            || crate::facts::people::lexicon()
                .roles
                .contains_key(&s.to_lowercase())
    })
}

/// A distance from a named place (the reader checks where it happened); a
/// distance whose reference is loose or unknown is left out.
pub(super) fn distance_from_place(subject: Option<&str>) -> bool {
    subject.is_some_and(|s| s.chars().next().is_some_and(char::is_uppercase))
}

/// A person's name as one key for the forms a title changes: given name,
/// family name and generational suffix, lowercased. The suffix is part of
/// the key: "Mark Felt Jr" is the son of "W. Mark Felt Sr", not another form
/// of his name.
type NameKey = (String, String, String);

fn name_key(c: &str) -> Option<NameKey> {
    let words: Vec<&str> = c.split_whitespace().collect();
    let last = surname(c);
    let at = words
        .iter()
        .rposition(|w| w.trim_end_matches(',') == last)?;
    // The given name is the word before the family name but a middle
    // initial ("Raymond W. Kelly" / "Raymond Kelly").
    let given = words[..at].iter().rev().find(|w| !initial(w))?;
    let suffix = words[at + 1..]
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase();
    Some((given.to_lowercase(), last.to_lowercase(), suffix))
}

/// A middle initial: one letter, with or without its point ("W.", "D").
fn initial(w: &str) -> bool {
    let letters = w.trim_end_matches('.');
    letters.chars().count() == 1 && letters.chars().all(char::is_uppercase)
}

/// Does every version that seems to leave this person out name them in
/// another form: the same family name after the same given name, a title
/// before them or not ("Undersheriff James Gage" / "James Gage")?
fn named_otherwise(index: &Index, f: &Finding, canonical: &str) -> bool {
    let Some(k) = name_key(canonical) else {
        return false;
    };
    let Some(forms) = index.name_forms().get(&k) else {
        return false;
    };
    let other: BTreeSet<usize> = forms
        .iter()
        .filter(|(_, c)| *c != canonical)
        .map(|&(d, _)| d)
        .collect();
    let stating: BTreeSet<usize> = f.values.iter().map(|v| v.0).collect();
    let mut missing = (0..index.an.len())
        .filter(|d| !stating.contains(d))
        .peekable();
    missing.peek().is_some() && missing.all(|d| other.contains(&d))
}

/// The versions (document indices, in `order`) that state an omitted fact
/// and those that leave it out.
pub fn stating_and_missing(order: &[usize], f: &Finding) -> (Vec<usize>, Vec<usize>) {
    let stating: BTreeSet<usize> = f.values.iter().map(|v| v.0).collect();
    order.iter().copied().partition(|d| stating.contains(d))
}

/// Whom an omission concerns, for grouping a report: the versions that
/// leave it out when they are the fewer (`Missing`: "what 002 leaves out
/// that the others give"), else those that give it (`Only`: "only 000
/// gives").
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Concerns {
    Missing(Vec<usize>),
    Only(Vec<usize>),
}

/// [`Concerns`] of an omission among the versions in `order`.
pub fn concerns(order: &[usize], f: &Finding) -> Concerns {
    let (stating, missing) = stating_and_missing(order, f);
    if missing.len() <= stating.len() {
        Concerns::Missing(missing)
    } else {
        Concerns::Only(stating)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_named_by_two_capitalized_words() {
        assert!(named("Frances Harrison"));
        assert!(named("Azm Al-Homoud"));
        assert!(named("Heidar Alishvandi"));
        assert!(!named("local journalist"));
        assert!(!named("Lawyer"));
        assert!(!named("the spokesman"));
    }

    #[test]
    fn a_surname_leaves_out_a_generational_suffix() {
        assert_eq!(surname("Arcade Joseph Comeaux Jr"), "Comeaux");
        assert_eq!(surname("Arcade Joseph Comeaux"), "Comeaux");
        assert_eq!(surname("Heidar Alishvandi"), "Alishvandi");
    }
}
