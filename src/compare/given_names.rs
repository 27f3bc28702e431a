//! A person's first name spelt two ways across versions ("Bryant Dalton",
//! "Brian Dalton"; "LaTonya Brown", "Latoya Brown"): one person, and a name
//! some version got wrong.
//!
//! Two first names are one person's only when everything else says so: the
//! same surname, which names one person in every version that writes it (a
//! version naming two people of that surname tells of a family, not a
//! misspelling); the two first names never in one version; nothing on record
//! telling them apart (two ages, two genders, roles that exclude each
//! other). The first names must differ as names, not as spellings of one:
//! case ("Latonya", "LaTonya"), vowels only ("Mohamed", "Muhammad"), one
//! beginning the other ("Chris", "Christopher"), a gendered ending ("Mario",
//! "Maria": two people) or pet forms of one name
//! (`data/compare/given_name_forms.txt`: "Bill", "Will") are never a
//! contradiction. Close spellings only: a letter or two apart, with the same
//! initial; names further apart may be two people.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use crate::actors::spelling;
use crate::facts::people::Person;

use super::numbers::Rel;
use super::*;

/// Letters a first name needs before its spelling is compared ("Ann" and
/// "Anna" are too short to tell a misspelling from another name).
const MIN_LEN: usize = 4;

/// Edits between two first names of one person, at most.
const EDITS: usize = 2;

/// Each pet form (lower case) to its group's number.
fn pet_forms() -> &'static BTreeMap<String, usize> {
    static T: OnceLock<BTreeMap<String, usize>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = BTreeMap::new();
        let rows = crate::table::rows(include_str!("../../data/compare/given_name_forms.txt"));
        for (i, r) in rows.enumerate() {
            for w in r.concat().split_whitespace() {
                m.insert(w.to_lowercase(), i);
            }
        }
        m
    })
}

/// Whether two first names (lower case, different) are two names a letter or
/// two apart, not two writings of one name.
pub(super) fn misspelt(a: &str, b: &str) -> bool {
    if a == b || a.chars().count() < MIN_LEN || b.chars().count() < MIN_LEN {
        return false;
    }
    if !a.chars().all(char::is_alphabetic) || !b.chars().all(char::is_alphabetic) {
        return false;
    }
    if a.chars().next() != b.chars().next() || a.starts_with(b) || b.starts_with(a) {
        return false;
    }
    let pets = pet_forms();
    if pets.get(a).is_some_and(|g| pets.get(b) == Some(g)) {
        return false;
    }
    spelling::skeleton(a) != spelling::skeleton(b)
        && !spelling::gendered(a, b)
        && spelling::distance(a, b) <= EDITS
}

/// A name read as (first name, surname), both lower case, with middle names
/// and initials set aside; `None` for a single word.
fn split(name: &str) -> Option<(String, String)> {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [first, .., last] => Some((first.to_lowercase(), last.to_lowercase())),
        _ => None,
    }
}

/// What the record of one first name says across versions.
#[derive(Default)]
struct Seen {
    docs: BTreeSet<usize>,
    ages: BTreeSet<u32>,
    genders: BTreeSet<&'static str>,
    roles: BTreeSet<String>,
}

impl Seen {
    fn add(&mut self, d: usize, p: &Person) {
        self.docs.insert(d);
        if let Some(age) = p.age {
            self.ages.insert(age as u32);
        }
        self.genders.extend(p.gender);
        self.roles.extend(p.roles.iter().map(|r| r.value.clone()));
    }

    /// Whether the two records tell of two people.
    fn apart(&self, other: &Seen) -> bool {
        let roles_clash = self.roles.iter().any(|a| {
            other.roles.iter().any(|b| {
                super::people::relate(crate::facts::Slot::Role, a, b) == Some(Rel::Contradiction)
            })
        });
        !self.docs.is_disjoint(&other.docs)
            || differ(&self.ages, &other.ages)
            || differ(&self.genders, &other.genders)
            || roles_clash
    }
}

/// Two sets of values of one kind, each given, with none in common.
fn differ<T: Ord>(x: &BTreeSet<T>, y: &BTreeSet<T>) -> bool {
    !x.is_empty() && !y.is_empty() && x.is_disjoint(y)
}

impl Cx<'_> {
    /// One person whose first name the versions spell two ways: a name
    /// contradiction, citing every version's writing of it.
    pub(super) fn given_name_findings(&self, out: &mut Vec<Finding>) {
        // surname -> first name -> record; and the surnames some version
        // gives to two people.
        let mut by_surname: BTreeMap<String, BTreeMap<String, Seen>> = BTreeMap::new();
        let mut family: BTreeSet<String> = BTreeSet::new();
        for &d in self.order {
            let mut here: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for p in &self.an[d].facts.people {
                let Some((first, last)) = split(&p.name) else {
                    continue;
                };
                here.entry(last.clone()).or_default().insert(first.clone());
                by_surname
                    .entry(last)
                    .or_default()
                    .entry(first)
                    .or_default()
                    .add(d, p);
            }
            for (last, firsts) in here {
                // "Kimani Gray" and "Mahnefah Gray": a family; a first name
                // and its fuller form ("Chris", "Christopher") are one.
                let list: Vec<&String> = firsts.iter().collect();
                let two = list.iter().enumerate().any(|(i, a)| {
                    list[i + 1..]
                        .iter()
                        .any(|b| !a.starts_with(b.as_str()) && !b.starts_with(a.as_str()))
                });
                if two {
                    family.insert(last);
                }
            }
        }
        for (last, firsts) in &by_surname {
            if family.contains(last) || firsts.len() != 2 {
                continue;
            }
            let mut it = firsts.iter();
            let (Some((a, sa)), Some((b, sb))) = (it.next(), it.next()) else {
                continue;
            };
            if !misspelt(a, b) || sa.apart(sb) {
                continue;
            }
            self.push_given_name(out, last, [a, b]);
        }
    }

    fn push_given_name(&self, out: &mut Vec<Finding>, last: &str, firsts: [&String; 2]) {
        let mut values: Vec<(usize, Span)> = Vec::new();
        let mut cites: Vec<Cite> = Vec::new();
        let mut written: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for &d in self.order {
            let a = &self.an[d];
            let Some(p) =
                a.facts.people.iter().find(|p| {
                    split(&p.name).is_some_and(|(f, l)| l == last && firsts.contains(&&f))
                })
            else {
                continue;
            };
            values.push((d, p.span));
            if let Some(claim) = self.claim_holding(d, p.span) {
                cites.push(Cite { doc: d, claim });
            }
            written
                .entry(a.doc.slice(p.span).to_string())
                .or_default()
                .push(d);
        }
        let told: Vec<String> = written
            .iter()
            .map(|(n, ds)| format!("“{n}” ({})", self.names(ds.iter().copied())))
            .collect();
        let Some(&(d0, s0)) = values.first() else {
            return;
        };
        out.push(Finding {
            kind: Kind::Contradiction,
            category: Category::Actor,
            topic: format!("first name of {}", self.text(d0, s0)),
            cites,
            values,
            explanation: format!(
                "{} cannot both be the name of this person: the only person of that surname in every version, first names a letter or two apart, never both in one version, and nothing on record telling two people apart.",
                told.join(" and ")
            ),
        });
    }
}
