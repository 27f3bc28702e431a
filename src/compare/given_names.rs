//! A person's first name written two ways across versions ("Bryant Dalton",
//! "Brian Dalton"; "LaTonya Brown", "Latoya Brown"): one person, and a name
//! some version got wrong. The pairs found here also make one person of
//! the two names for the rest of the comparer (`people::PersonKeys`), so
//! that the person's age, fate and condition are set side by side.
//!
//! Two first names of one surname are one person's only when everything
//! else says so. Always: the two first names never in one version (a
//! version naming both tells of two people: a mother and a daughter, two
//! brothers); nothing on record telling them apart (two ages, two genders,
//! roles or fates that exclude each other); neither written as someone's
//! relative ("her sister Latoya": a family with names alike). The first
//! names must differ as names, not as writings of one: case ("Latonya",
//! "LaTonya"), vowels only ("Mohamed", "Muhammad"), one beginning the other
//! ("Chris", "Christopher"), a middle name the other version uses ("Tanya
//! Renee Wilson", "Renee Wilson"), a gendered ending ("Mario", "Maria": two
//! people) or pet forms of one name (`data/compare/given_name_forms.txt`:
//! "Bill", "Will") are never a contradiction. Then either
//! - the names are a letter or two apart with the same initial (a
//!   misspelling), or
//! - they are further apart, not opening alike (a short form: "Alexis",
//!   "Alexandros"), and the records say it is one person: the same age in
//!   both, and the same role or what happened to them told in both (the
//!   killed woman, 36), in a story where no version names two people of
//!   that surname. Without all of it they may be two people, and nothing is
//!   said.

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

/// A name read as (first name, middle names, surname), lower case; `None`
/// for a single word.
fn split(name: &str) -> Option<(String, Vec<String>, String)> {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [first, middle @ .., last] => Some((
            first.to_lowercase(),
            middle.iter().map(|w| w.to_lowercase()).collect(),
            last.to_lowercase(),
        )),
        _ => None,
    }
}

/// A word that may be a first name: letters only, not an initial, not a
/// title or role ("Commissioner Ramsey", "Mr. Hale").
fn given_name(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars().all(char::is_alphabetic)
        && !matches!(w, "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame")
        && crate::facts::people::lexicon().role(w).is_none()
}

/// What the record of one first name says across versions.
#[derive(Default)]
struct Seen {
    docs: BTreeSet<usize>,
    ages: BTreeSet<u32>,
    genders: BTreeSet<&'static str>,
    roles: BTreeSet<String>,
    fates: BTreeSet<String>,
    /// Middle names written with it ("Tanya Renee Wilson").
    middles: BTreeSet<String>,
}

impl Seen {
    fn add(&mut self, d: usize, p: &Person, middles: &[String]) {
        self.docs.insert(d);
        if let Some(age) = p.age {
            self.ages.insert(age as u32);
        }
        self.genders.extend(p.gender);
        self.roles.extend(p.roles.iter().map(|r| r.value.clone()));
        self.fates.extend(p.fates.iter().map(|f| f.value.clone()));
        self.middles.extend(middles.iter().cloned());
    }

    /// Whether the two records tell of two people.
    fn apart(&self, other: &Seen) -> bool {
        let clash = |slot: crate::facts::Slot, x: &BTreeSet<String>, y: &BTreeSet<String>| {
            x.iter().any(|a| {
                y.iter()
                    .any(|b| super::people::relate(slot, a, b) == Some(Rel::Contradiction))
            })
        };
        !self.docs.is_disjoint(&other.docs)
            || differ(&self.ages, &other.ages)
            || differ(&self.genders, &other.genders)
            || clash(crate::facts::Slot::Role, &self.roles, &other.roles)
            || clash(crate::facts::Slot::Fate, &self.fates, &other.fates)
    }

    /// Whether the two records say they are one person: the same age, and
    /// a role or a fate both tell.
    fn one_person(&self, other: &Seen) -> bool {
        !self.ages.is_disjoint(&other.ages)
            && (!self.roles.is_disjoint(&other.roles) || !self.fates.is_disjoint(&other.fates))
    }
}

/// Two sets of values of one kind, each given, with none in common.
fn differ<T: Ord>(x: &BTreeSet<T>, y: &BTreeSet<T>) -> bool {
    !x.is_empty() && !y.is_empty() && x.is_disjoint(y)
}

/// Two first names (lower case, different) that are writings of one name:
/// one beginning the other, the same letters but vowels, pet forms of one
/// name, or the same name with another ending for the other sex (two
/// people, which the caller keeps apart too).
fn forms_of_one(a: &str, b: &str) -> bool {
    let pets = pet_forms();
    a.starts_with(b)
        || b.starts_with(a)
        || pets.get(a).is_some_and(|g| pets.get(b) == Some(g))
        || spelling::skeleton(a) == spelling::skeleton(b)
        || spelling::gendered(a, b)
}

/// One person whose first name the versions write two (or more) ways.
pub(super) struct GivenVariant {
    /// The surname, lower case.
    pub(super) surname: String,
    /// The first names, lower case, the one most versions write first.
    pub(super) firsts: Vec<String>,
    /// Close spellings (a letter or two apart), not two names.
    pub(super) close: bool,
}

/// Every person whose first name the versions write two ways.
pub(super) fn variants(an: &[Analysis]) -> Vec<GivenVariant> {
    // surname -> first name -> record; the surnames some version gives to
    // two people; first names written after a relation word.
    let mut by_surname: BTreeMap<String, BTreeMap<String, Seen>> = BTreeMap::new();
    let mut family: BTreeSet<String> = BTreeSet::new();
    let mut relatives: BTreeSet<String> = BTreeSet::new();
    for (d, a) in an.iter().enumerate() {
        relatives.extend(a.facts.kin.iter().map(|k| k.name.to_lowercase()));
        let mut here: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for p in &a.facts.people {
            let Some((first, middles, last)) = split(&p.name) else {
                continue;
            };
            if !given_name(&first) {
                continue;
            }
            here.entry(last.clone()).or_default().insert(first.clone());
            by_surname
                .entry(last)
                .or_default()
                .entry(first)
                .or_default()
                .add(d, p, &middles);
        }
        for (last, firsts) in here {
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
    let mut out = Vec::new();
    for (last, firsts) in &by_surname {
        let list: Vec<(&String, &Seen)> = firsts.iter().collect();
        // Pairs that are one person, grouped: "Brian", "Bryan" and "Bryant"
        // of one man make one finding.
        let mut groups: Vec<(BTreeSet<usize>, bool)> = Vec::new();
        for i in 0..list.len() {
            for j in i + 1..list.len() {
                let ((a, sa), (b, sb)) = (list[i], list[j]);
                if forms_of_one(a, b)
                    || sa.middles.contains(b)
                    || sb.middles.contains(a)
                    || relatives.contains(a)
                    || relatives.contains(b)
                    || sa.apart(sb)
                {
                    continue;
                }
                let close = misspelt(a, b);
                if !close && (family.contains(last) || stem(a, b) || !sa.one_person(sb)) {
                    continue;
                }
                let joined: Vec<usize> = groups
                    .iter()
                    .enumerate()
                    .filter(|(_, (g, _))| g.contains(&i) || g.contains(&j))
                    .map(|(k, _)| k)
                    .collect();
                let mut g: BTreeSet<usize> = [i, j].into();
                let mut all_close = close;
                for &k in joined.iter().rev() {
                    let (old, c) = groups.remove(k);
                    g.extend(old);
                    all_close &= c;
                }
                groups.push((g, all_close));
            }
        }
        for (g, close) in groups {
            // The same person must not be two people anywhere: a group whose
            // names are written together in some version is left alone.
            let members: Vec<usize> = g.into_iter().collect();
            let together = members.iter().enumerate().any(|(x, &i)| {
                members[x + 1..]
                    .iter()
                    .any(|&j| !list[i].1.docs.is_disjoint(&list[j].1.docs))
            });
            if together {
                continue;
            }
            let mut firsts: Vec<String> = members.iter().map(|&i| list[i].0.clone()).collect();
            firsts.sort_by_key(|f| std::cmp::Reverse(firsts_weight(&list, f)));
            out.push(GivenVariant {
                surname: last.clone(),
                firsts,
                close,
            });
        }
    }
    out
}

/// Letters two first names must open with alike to be, when further apart
/// than a misspelling, a short form and a full form of one name.
const STEM: usize = 4;

/// Two first names that open alike ("Alexis", "Alexandros"; "Danny",
/// "Daniela"): a short form and its full name, which outlets use for one
/// person without a misspelling.
fn stem(a: &str, b: &str) -> bool {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= STEM
}

/// How many versions write a first name (for choosing the one kept).
fn firsts_weight(list: &[(&String, &Seen)], f: &str) -> usize {
    list.iter()
        .find(|(n, _)| n.as_str() == f)
        .map_or(0, |(_, s)| s.docs.len())
}

impl Cx<'_> {
    /// One person whose first name the versions write two ways: a name
    /// contradiction, citing every version's writing of it.
    pub(super) fn given_name_findings(&self, out: &mut Vec<Finding>) {
        for v in variants(self.an) {
            self.push_given_name(out, &v);
        }
    }

    fn push_given_name(&self, out: &mut Vec<Finding>, v: &GivenVariant) {
        let mut values: Vec<(usize, Span)> = Vec::new();
        let mut cites: Vec<Cite> = Vec::new();
        let mut written: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for &d in self.order {
            let a = &self.an[d];
            let Some(p) = a.facts.people.iter().find(|p| {
                split(&p.name).is_some_and(|(f, _, l)| l == v.surname && v.firsts.contains(&f))
            }) else {
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
        let why = if v.close {
            "the same surname, first names a letter or two apart, never both in one version, and nothing on record telling two people apart"
        } else {
            "the same surname, the same age and the same role or fate told of both, never both in one version, no version naming two people of that surname, and nothing on record telling two people apart"
        };
        out.push(Finding {
            kind: Kind::Contradiction,
            category: Category::Actor,
            topic: format!("first name of {}", self.text(d0, s0)),
            cites,
            values,
            explanation: format!(
                "{} cannot both be the name of this person: {why}.",
                told.join(" and ")
            ),
        });
    }
}
