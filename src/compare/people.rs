//! People across versions: which person records are one person, how two
//! values of a person's role, home town, nationality or fate relate, and
//! a surname spelt two ways for one person.
//!
//! One person is matched by name: "James G. Bodiford" and "James Bodiford"
//! (a middle initial or a middle name dropped) and "Bodiford" alone (when no other person of
//! the story has that surname) are one. Two values contradict only when both
//! cannot be true: "Oakland" and "California" are compatible (one holds the
//! other), "a cashier" and "an employee" too; "Oakland" and "Fresno" are not.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::facts::people::lexicon;
use crate::facts::Slot;

use super::numbers::Rel;
use super::*;

/// Words dropped from a name before matching: initials and suffixes.
fn is_dropped(w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    bare.chars().count() == 1 || matches!(bare, "Jr" | "Sr" | "II" | "III")
}

/// A name as its first and last names: without middle initials, middle
/// names and suffixes ("Bryant A. Dalton", "Tanya Renee Wilson", "Martin
/// Luther King Jr." are "Bryant Dalton", "Tanya Wilson", "Martin King").
/// Versions name one person in full or not; the given name and the surname
/// are what every version writes. Lowercase particles stay with the surname
/// ("Ludwig van Beethoven").
pub(super) fn base(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| i == 0 || !is_dropped(w))
        .map(|(_, w)| *w)
        .collect();
    let last = kept.len().saturating_sub(1);
    kept.iter()
        .enumerate()
        .filter(|&(i, w)| i == 0 || i == last || w.starts_with(char::is_lowercase))
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Which person each canonical name stands for across the versions, and the
/// pairs of names that are one person with the surname spelt two ways.
#[derive(Default)]
pub(super) struct PersonKeys {
    map: HashMap<String, String>,
    pub(super) variants: Vec<(String, String)>,
}

impl PersonKeys {
    /// The key of a person's canonical name (the name itself when nothing
    /// joins it to another).
    pub(super) fn key<'a>(&'a self, name: &'a str) -> &'a str {
        self.map.get(name).map_or(name, String::as_str)
    }

    pub(super) fn new(an: &[Analysis]) -> PersonKeys {
        let mut names: BTreeSet<&str> = BTreeSet::new();
        for a in an {
            names.extend(a.facts.people.iter().map(|p| p.name.as_str()));
        }
        let mut map: HashMap<String, String> = HashMap::new();
        let all_bases: BTreeSet<String> = names
            .iter()
            .map(|n| base(n))
            .filter(|b| b.contains(' '))
            .collect();
        // A first name written two ways for one person ("Brian Dalton",
        // "Bryant Dalton"): both names key to the form most versions write.
        let given = super::given_names::variants(an);
        let lower_parts = |b: &str| {
            let (f, l) = (b.split(' ').next()?, b.rsplit(' ').next()?);
            Some((f.to_lowercase(), l.to_lowercase()))
        };
        let full_key = |b: String| -> String {
            let Some((f, l)) = lower_parts(&b) else {
                return b;
            };
            let Some(v) = given
                .iter()
                .find(|v| v.surname == l && v.firsts[1..].contains(&f))
            else {
                return b;
            };
            all_bases
                .iter()
                .find(|x| lower_parts(x) == Some((v.firsts[0].clone(), l.clone())))
                .cloned()
                .unwrap_or(b)
        };
        let bases: BTreeSet<String> = all_bases.iter().cloned().map(&full_key).collect();
        for n in &names {
            let b = base(n);
            if b.contains(' ') {
                map.insert(n.to_string(), full_key(b));
                continue;
            }
            // A surname alone stands for the one full name that ends with it.
            let full: Vec<&String> = bases
                .iter()
                .filter(|f| f.rsplit(' ').next() == Some(b.as_str()))
                .collect();
            if let [one] = full.as_slice() {
                map.insert(n.to_string(), (*one).clone());
            }
        }
        let mut keys = PersonKeys {
            map,
            variants: Vec::new(),
        };
        keys.spelling_variants(an, &bases);
        keys
    }

    /// Two full names with the same first name, surnames a letter or two
    /// apart, never both in one version, and an age or role they share: one
    /// person whose surname the versions spell two ways.
    fn spelling_variants(&mut self, an: &[Analysis], bases: &BTreeSet<String>) {
        // key -> (versions, ages, roles)
        type Seen = (BTreeSet<usize>, BTreeSet<u32>, BTreeSet<String>);
        let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
        for (d, a) in an.iter().enumerate() {
            for p in &a.facts.people {
                let k = self.key(&p.name).to_string();
                let e = seen.entry(k).or_default();
                e.0.insert(d);
                if let Some(age) = p.age {
                    e.1.insert(age as u32);
                }
                e.2.extend(p.roles.iter().map(|r| r.value.clone()));
            }
        }
        let list: Vec<&String> = bases.iter().collect();
        for (i, x) in list.iter().enumerate() {
            for y in &list[i + 1..] {
                let (Some(sx), Some(sy)) = (seen.get(*x), seen.get(*y)) else {
                    continue;
                };
                let (wx, wy): (Vec<&str>, Vec<&str>) =
                    (x.split(' ').collect(), y.split(' ').collect());
                let close = wx.len() == wy.len()
                    && wx[..wx.len() - 1] == wy[..wy.len() - 1]
                    && near_spelling(wx[wx.len() - 1], wy[wy.len() - 1]);
                let apart = sx.0.is_disjoint(&sy.0);
                let shared = !sx.1.is_disjoint(&sy.1) || !sx.2.is_disjoint(&sy.2);
                if close && apart && shared {
                    self.variants.push(((*x).clone(), (*y).clone()));
                }
            }
        }
        for (x, y) in &self.variants {
            for v in self.map.values_mut() {
                if v == y {
                    *v = x.clone();
                }
            }
            self.map.insert(y.clone(), x.clone());
        }
    }
}

/// Two surnames a letter or two apart ("Medina", "Medino"), long enough that
/// the likeness is no chance.
fn near_spelling(a: &str, b: &str) -> bool {
    if a == b || a.chars().count() < 4 || b.chars().count() < 4 {
        return false;
    }
    crate::actors::spelling::distance(a, b) <= 2
}

/// How two text values of one person's record relate; `None` when they say
/// nothing about each other (a judge may also be a father).
pub(super) fn relate(slot: Slot, a: &str, b: &str) -> Option<Rel> {
    if a == b {
        return Some(Rel::Same);
    }
    match slot {
        Slot::Role => relate_roles(a, b),
        Slot::Hometown => Some(relate_places(a, b)),
        // Countries under their canonical names.
        Slot::Nationality => Some(Rel::Contradiction),
        Slot::Condition => Some(super::conditions::relate(a, b)),
        Slot::Fate => Some(if lexicon().clash(a, b) {
            Rel::Contradiction
        } else {
            // Hurt then dead, arrested then charged: stages of one story.
            Rel::Compatible
        }),
        _ => None,
    }
}

/// The roles a role is a kind of, itself first ("cashier", "employee").
fn chain(role: &str) -> Vec<String> {
    let lex = lexicon();
    let mut out = vec![role.to_string()];
    while let Some(up) = lex
        .role(out.last().unwrap())
        .and_then(|e| e.broader.clone())
    {
        if out.contains(&up) || out.len() > 4 {
            break;
        }
        out.push(up);
    }
    out
}

fn relate_roles(a: &str, b: &str) -> Option<Rel> {
    let lex = lexicon();
    let (ca, cb) = (chain(a), chain(b));
    if ca.iter().any(|r| r == b) || cb.iter().any(|r| r == a) {
        return Some(Rel::Compatible);
    }
    let group = |r: &str| lex.role(r).and_then(|e| e.group.clone());
    match (group(a), group(b)) {
        (Some(x), Some(y)) if x == y => Some(Rel::Contradiction),
        _ => None,
    }
}

/// How far a place reaches.
#[derive(Clone, Debug, PartialEq)]
enum Level {
    /// A country, by canonical name.
    Country(String),
    /// A state or province, with its country.
    Region(String, String),
    /// A county, district or island: it may hold a town of the other value.
    Area,
    Town,
}

fn level(place: &str) -> Level {
    let lex = lexicon();
    if let Some((name, country)) = lex.regions.get(place) {
        return Level::Region(name.clone(), country.clone());
    }
    if let Some(c) = lex.countries.get(place) {
        return Level::Country(c.clone());
    }
    // An area may hold a town of the other value; a street is an address
    // within some town.
    const AREAS: &[&str] = &[
        "County",
        "Province",
        "District",
        "Region",
        "State",
        "Island",
        "Valley",
        "Area",
        "Parish",
        "Borough",
        "Shire",
        "Township",
        "Street",
        "Road",
        "Avenue",
        "Lane",
        "Drive",
        "Close",
        "Way",
        "Place",
        "Court",
        "Crescent",
        "Terrace",
        "Boulevard",
        "St",
        "Rd",
        "Ave",
    ];
    if place.rsplit(' ').next().is_some_and(|w| AREAS.contains(&w)) {
        return Level::Area;
    }
    Level::Town
}

/// Two home towns: the same place, one inside the other, or two places.
fn relate_places(a: &str, b: &str) -> Rel {
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.split(", ").collect(), b.split(", ").collect());
    if pa.iter().any(|x| pb.contains(x)) {
        return Rel::Compatible;
    }
    // "Macomb County's Bruce Township" holds "Bruce Township".
    let within = |x: &str, y: &str| {
        y.match_indices(x).any(|(i, _)| {
            let (before, after) = (&y[..i], &y[i + x.len()..]);
            !before.ends_with(char::is_alphanumeric) && !after.starts_with(char::is_alphanumeric)
        })
    };
    if within(a, b) || within(b, a) {
        return Rel::Compatible;
    }
    let region_of = |parts: &[&str]| {
        parts.iter().skip(1).find_map(|p| match level(p) {
            Level::Region(r, _) => Some(r),
            _ => None,
        })
    };
    match (level(pa[0]), level(pb[0])) {
        (Level::Town, Level::Town)
        | (Level::Country(_), Level::Country(_))
        | (Level::Region(..), Level::Region(..)) => Rel::Contradiction,
        (Level::Region(_, c), Level::Country(k)) | (Level::Country(k), Level::Region(_, c)) => {
            if c == k {
                Rel::Compatible
            } else {
                Rel::Contradiction
            }
        }
        (Level::Town, Level::Region(r, _)) => match region_of(&pa) {
            Some(own) if own != r => Rel::Contradiction,
            _ => Rel::Compatible,
        },
        (Level::Region(r, _), Level::Town) => match region_of(&pb) {
            Some(own) if own != r => Rel::Contradiction,
            _ => Rel::Compatible,
        },
        _ => Rel::Compatible,
    }
}

impl Cx<'_> {
    /// One person whose surname the versions spell two ways: a name
    /// contradiction.
    pub(super) fn people_findings(&self, out: &mut Vec<Finding>) {
        let keys = PersonKeys::new(self.an);
        for (x, y) in &keys.variants {
            let mut values: Vec<(usize, Span)> = Vec::new();
            let mut cites: Vec<Cite> = Vec::new();
            let mut written: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            for &d in self.order {
                let a = &self.an[d];
                let Some(p) = a
                    .facts
                    .people
                    .iter()
                    .find(|p| base(&p.name) == *x || base(&p.name) == *y)
                else {
                    continue;
                };
                values.push((d, p.span));
                if let Some(claim) = self.claim_holding(d, p.span) {
                    cites.push(Cite { doc: d, claim });
                }
                written.entry(base(&p.name)).or_default().push(d);
            }
            let told: Vec<String> = written
                .iter()
                .map(|(n, ds)| format!("“{n}” ({})", self.names(ds.iter().copied())))
                .collect();
            out.push(Finding {
                kind: Kind::Contradiction,
                category: Category::Actor,
                topic: format!("name of {x}"),
                cites,
                values,
                explanation: format!(
                    "{} cannot both be the name of this person: the same first name, a surname a letter or two apart, and the same age or role.",
                    told.join(" and ")
                ),
            });
        }
    }
}
