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

use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap, HashSet};

use super::{Category, Finding, Kind};
use crate::analysis::Analysis;
use crate::model::{ActorKind, ActorMention, TimexType};

/// Drops the omissions a reader does not look for (see the module doc).
pub(super) fn keep_for_readers(an: &[Analysis], findings: &mut Vec<Finding>) {
    let index = Index::new(an);
    findings.retain(|f| f.kind != Kind::Omission || looked_for(an, &index, f));
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
    let given = words.get(at.checked_sub(1)?)?;
    let suffix = words[at + 1..]
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase();
    Some((given.to_lowercase(), last.to_lowercase(), suffix))
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
