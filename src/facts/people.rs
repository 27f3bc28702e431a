//! People as records: what one document says about each person it names —
//! age, role, home town, nationality, a gender cue and what happened to them
//! — read from the words around the person's mentions ("Jorge Medina, 44, of
//! Fresno,", "a Hayward man, John Smith", "Judge James Bodiford", "Smith was
//! arrested", "the dead were A, B and C").
//!
//! A record is keyed by the canonical name the actor stage gives every
//! mention of one person ("Judge James G. Bodiford" and "Bodiford" are one
//! record). Each record's role, home town, nationality and fate also become
//! facts (slots `role`, `hometown`, `nationality`, `fate`, subject the
//! canonical name), which the comparer sets against the other versions; the
//! age is the existing `age` fact.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

use super::readers::Raw;
use super::{Slot, Value};
use crate::analysis::Analysis;
use crate::model::{ActorKind, ActorMention, Span};
use crate::table;

/// One value of a person's record and the words that carry it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attr {
    pub value: String,
    pub span: Span,
}

/// What one document says about one person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Person {
    /// The canonical name (shared by every mention, across versions).
    pub name: String,
    /// Every way the document writes the name, in order of first use.
    pub forms: Vec<String>,
    /// The first mention.
    pub span: Span,
    pub mentions: usize,
    pub age: Option<f64>,
    pub roles: Vec<Attr>,
    pub hometown: Option<Attr>,
    pub nationality: Option<Attr>,
    /// "male" or "female", from a title (Mr, Ms), a kin or person noun
    /// (mother, son, a Hayward man) or the pronoun of the next sentence.
    pub gender: Option<&'static str>,
    /// What happened to them, in text order.
    pub fates: Vec<Attr>,
}

/// A role of `person_roles.tsv`.
#[derive(Clone, Debug)]
pub struct RoleEntry {
    pub role: String,
    pub broader: Option<String>,
    pub group: Option<String>,
}

/// The tables of this module, read once.
pub struct Lexicon {
    /// Written form (lower case) to role.
    pub roles: HashMap<String, RoleEntry>,
    /// Fate word to (fate, passive, rank).
    fates: HashMap<String, (String, bool, usize)>,
    clashes: Vec<(String, String)>,
    /// Nationality word (as written) to country.
    nationalities: HashMap<String, String>,
    /// State, province or territory form (as written) to (canonical, country).
    pub regions: HashMap<String, (String, String)>,
    /// Country names and aliases to the canonical name.
    pub countries: HashMap<String, String>,
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut roles = HashMap::new();
        for row in table::rows(include_str!("../../data/facts/person_roles.tsv")) {
            let [role, broader, group, rest @ ..] = row.as_slice() else {
                continue;
            };
            let opt = |s: &str| (s != "-").then(|| s.to_string());
            let e = RoleEntry {
                role: role.to_string(),
                broader: opt(broader),
                group: opt(group),
            };
            roles.insert(role.to_string(), e.clone());
            for f in rest.iter().flat_map(|r| r.split('|')) {
                roles.insert(f.trim().to_lowercase(), e.clone());
            }
        }
        let mut fates = HashMap::new();
        for (rank, row) in table::rows(include_str!("../../data/facts/fates.tsv")).enumerate() {
            if let [word, fate, how, ..] = row.as_slice() {
                fates.insert(
                    word.to_string(),
                    (fate.to_string(), *how == "passive", rank),
                );
            }
        }
        let clashes = table::rows(include_str!("../../data/facts/fate_clashes.tsv"))
            .filter_map(|r| match r.as_slice() {
                [a, b, ..] => Some((a.to_string(), b.to_string())),
                _ => None,
            })
            .collect();
        let mut nationalities = HashMap::new();
        let mut countries = HashMap::new();
        for row in table::rows(include_str!("../../data/actors/countries.tsv")) {
            let [name, kind, rest @ ..] = row.as_slice() else {
                continue;
            };
            if *kind != "country" {
                continue;
            }
            countries.insert(name.to_string(), name.to_string());
            for a in rest {
                if let Some(d) = a.strip_prefix("dem:") {
                    nationalities.insert(d.to_string(), name.to_string());
                } else if !a.starts_with("cap:") {
                    countries.insert(a.to_string(), name.to_string());
                }
            }
        }
        for row in table::rows(include_str!("../../data/facts/nationalities.tsv")) {
            if let [w, c, ..] = row.as_slice() {
                nationalities.insert(w.to_string(), c.to_string());
            }
        }
        let mut regions = HashMap::new();
        for row in table::rows(include_str!("../../data/actors/subdivisions.tsv")) {
            let [name, country, rest @ ..] = row.as_slice() else {
                continue;
            };
            let country = match *country {
                "US" => "United States",
                "CA" => "Canada",
                "AU" => "Australia",
                c => c,
            };
            for f in std::iter::once(name).chain(rest) {
                regions.insert(f.to_string(), (name.to_string(), country.to_string()));
            }
        }
        Lexicon {
            roles,
            fates,
            clashes,
            nationalities,
            regions,
            countries,
        }
    })
}

impl Lexicon {
    /// The rank of a fate (later = more final), for choosing one per version.
    pub fn fate_rank(&self, fate: &str) -> usize {
        self.fates
            .values()
            .filter(|(f, ..)| f == fate)
            .map(|&(_, _, r)| r)
            .max()
            .unwrap_or(0)
    }

    /// Two fates that cannot both be true of one person.
    pub fn clash(&self, a: &str, b: &str) -> bool {
        self.clashes
            .iter()
            .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
    }

    /// The role a written form names.
    pub fn role(&self, form: &str) -> Option<&RoleEntry> {
        self.roles
            .get(form.trim_end_matches('.'))
            .or_else(|| self.roles.get(form))
    }
}

/// Person nouns that tell a gender.
const GENDERED: &[(&str, &str)] = &[
    ("man", "male"),
    ("boy", "male"),
    ("father", "male"),
    ("son", "male"),
    ("husband", "male"),
    ("brother", "male"),
    ("grandfather", "male"),
    ("mr", "male"),
    ("woman", "female"),
    ("girl", "female"),
    ("mother", "female"),
    ("daughter", "female"),
    ("wife", "female"),
    ("sister", "female"),
    ("grandmother", "female"),
    ("mrs", "female"),
    ("ms", "female"),
    ("miss", "female"),
];

/// Nouns that, after a place name, make it a person's home ("a Hayward
/// man", "an Oakland resident") and, after "of", a place of origin ("a
/// native of Leeds").
const RESIDENT_NOUNS: &[&str] = &[
    "man", "woman", "boy", "girl", "resident", "native", "teen", "teenager", "couple", "youth",
];

/// Auxiliaries between a name and what happened to it ("was killed").
const AUX: &[&str] = &[
    "was", "were", "is", "are", "been", "has", "had", "have", "being", "got", "be",
];

/// Words that may stand between an auxiliary and the fate ("was shot and
/// killed", "was later found dead", "was critically injured").
const BETWEEN: &[&str] = &["shot", "and", "found", "also", "then", "later", "not"];

/// The person records of an analyzed document, in order of first mention.
/// `raw` holds the facts read so far (ages among them).
pub fn read(a: &Analysis, raw: &[Raw]) -> Vec<Person> {
    let text = &a.doc.text;
    let mut by_name: BTreeMap<&str, Person> = BTreeMap::new();
    // A "person" named by a role alone ("police officer", "Mayor") is no
    // one in particular: two of them are not one person.
    let persons: Vec<&ActorMention> = a
        .actors
        .iter()
        .filter(|m| m.kind == ActorKind::Person)
        .filter(|m| {
            m.canonical.starts_with(char::is_uppercase)
                && lexicon().role(&m.canonical.to_lowercase()).is_none()
        })
        .collect();
    for (k, m) in persons.iter().enumerate() {
        let p = by_name
            .entry(m.canonical.as_str())
            .or_insert_with(|| Person {
                name: m.canonical.clone(),
                forms: Vec::new(),
                span: m.span,
                mentions: 0,
                age: None,
                roles: Vec::new(),
                hometown: None,
                nationality: None,
                gender: None,
                fates: Vec::new(),
            });
        p.mentions += 1;
        let form = m.span.of(text).to_string();
        if !p.forms.contains(&form) {
            p.forms.push(form);
        }
        let Some(si) = a.doc.sentence_at(m.span.start) else {
            continue;
        };
        let s = a.doc.sentences[si];
        let next_start = persons
            .get(k + 1)
            .map_or(s.end, |n| n.span.start.min(s.end));
        read_before(a, s, m, p);
        read_after(a, s, m, next_start.max(m.span.end), p);
        read_title(text, m, p);
        if p.gender.is_none() {
            p.gender = pronoun_after(a, si, m, &persons);
        }
    }
    listed_dead(a, &persons, &mut by_name);
    let mut out: Vec<Person> = by_name.into_values().collect();
    for p in &mut out {
        p.age = raw
            .iter()
            .filter(|r| r.slot == Slot::Age && r.subject.as_deref() == Some(p.name.as_str()))
            .min_by_key(|r| r.span.start)
            .and_then(|r| match &r.value {
                Value::Number { interval, .. } => interval.low.value(),
                _ => None,
            });
    }
    out.sort_by_key(|p| p.span.start);
    out
}

/// The facts of a document's person records: the first role that can be
/// compared (one with a group), the home town, the nationality and the most
/// final fate.
pub fn facts(a: &Analysis, people: &[Person]) -> Vec<Raw> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut push = |slot: Slot, name: &str, at: &Attr| {
        let sentence = a
            .doc
            .sentence_at(at.span.start)
            .map_or(at.span, |i| a.doc.sentences[i]);
        out.push(Raw {
            span: at.span,
            sentence,
            slot,
            subject: Some(name.to_string()),
            value: Value::Text {
                text: at.value.clone(),
            },
            round: false,
            vague: false,
            exact: true,
            figure: None,
        });
    };
    for p in people {
        let grouped = p
            .roles
            .iter()
            .find(|r| lex.role(&r.value).is_some_and(|e| e.group.is_some()));
        if let Some(r) = grouped {
            push(Slot::Role, &p.name, r);
        }
        if let Some(h) = &p.hometown {
            push(Slot::Hometown, &p.name, h);
        }
        if let Some(n) = &p.nationality {
            push(Slot::Nationality, &p.name, n);
        }
        if let Some(f) = p.fates.iter().max_by_key(|f| lex.fate_rank(&f.value)) {
            push(Slot::Fate, &p.name, f);
        }
    }
    out
}

fn add_role(p: &mut Person, value: String, span: Span) {
    if !p.roles.iter().any(|r| r.value == value) {
        p.roles.push(Attr { value, span });
    }
}

/// A title the actor stage read before the name: a role ("Judge"), or an
/// honorific that tells a gender ("Mr.").
fn read_title(text: &str, m: &ActorMention, p: &mut Person) {
    let Some(title) = m.role.as_deref() else {
        return;
    };
    let key = title.to_lowercase();
    let key = key.trim_end_matches('.');
    if let Some(&(_, g)) = GENDERED.iter().find(|(w, _)| *w == key) {
        p.gender = p.gender.or(Some(g));
        return;
    }
    let last = key.rsplit(' ').next().unwrap_or(key);
    if let Some(e) = lexicon().role(key).or_else(|| lexicon().role(last)) {
        // The title is written right before the name (the actor stage keeps
        // it apart); where it is not found there, the name carries it.
        let before = text[..m.span.start].trim_end();
        let span = before
            .len()
            .checked_sub(title.len())
            .filter(|&s| before.is_char_boundary(s) && before[s..].eq_ignore_ascii_case(title))
            .map_or(m.span, |s| Span::new(s, before.len()));
        add_role(p, e.role.clone(), span);
    }
}

fn words_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[A-Za-z][A-Za-z'’.-]*").unwrap())
}

/// Roles, a nationality, a gender and a home town in the words right before
/// a name: "cashier Maria Lopez", "the French tourist Marie Dupont", "a
/// Hayward man, John Smith".
fn read_before(a: &Analysis, s: Span, m: &ActorMention, p: &mut Person) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:^|[\s(])(?:(?:a|an|the|The|A|An)\s+)?(?:\d{1,3}-year-old\s+)?(?P<w>(?:[A-Za-z'’.-]+\s+){0,3}[A-Za-z'’.-]+),?\s+$").unwrap()
    });
    let text = &a.doc.text;
    let from = super::near(text, s, m.span).start;
    let before = &text[from..m.span.start];
    // Only the words of the same clause: after the last comma unless the
    // comma closes "a Hayward man,".
    // "police arrested Smith", "killing Smith": the person is the object.
    if let Some(w) = words_re().find_iter(before).last() {
        let word = w.as_str().to_lowercase();
        let gap = &before[w.end()..];
        if let Some((fate, true, _)) = lexicon().fates.get(&word) {
            if gap.trim().is_empty() {
                p.fates.push(Attr {
                    value: fate.clone(),
                    span: Span::new(from + w.start(), from + w.end()),
                });
            }
        }
    }
    let Some(c) = re.captures(before) else { return };
    let w = c.name("w").unwrap();
    let base = from + w.start();
    let phrase = w.as_str();
    read_phrase(phrase, base, p, false);
}

/// The apposition after a name ("Jorge Medina, 44, of Fresno,", "Maria
/// Lopez, a cashier at the store,", "Leo (6)") and what happened to the
/// person ("was arrested", "died").
fn read_after(a: &Analysis, s: Span, m: &ActorMention, until: usize, p: &mut Person) {
    static CHUNK: OnceLock<Regex> = OnceLock::new();
    let chunk =
        CHUNK.get_or_init(|| Regex::new(r"^,\s+(?P<c>[^,;()]{1,80}?)\s*(?:,|;|\.$|$)").unwrap());
    let text = &a.doc.text;
    let end = super::near(text, s, m.span).end.min(until.max(m.span.end));
    let mut at = m.span.end;
    // Up to two chunks of apposition: an age, then a description.
    for _ in 0..3 {
        let rest = &text[at..end];
        if let Some(b) = rest.strip_prefix(" (") {
            // "Leo (6)": the age reader has it; skip the bracket.
            if let Some(close) = b.find(')') {
                at += 2 + close + 1;
                continue;
            }
        }
        let Some(c) = chunk.captures(rest) else { break };
        let ch = c.name("c").unwrap();
        let body = ch.as_str();
        let is_age = body.chars().all(|c| c.is_ascii_digit());
        if !is_age {
            let first = body.split_whitespace().next().unwrap_or("");
            // A clause ("who was hurt", "said") is no apposition.
            let verb = AUX.contains(&first) || lexicon().fates.contains_key(first);
            if verb || matches!(first, "who" | "whose" | "which" | "said" | "says" | "told") {
                read_fate_after(text, at + ch.start(), end, p);
                return;
            }
            if first.starts_with(char::is_uppercase)
                && !matches!(first, "A" | "An" | "The")
                && !body.contains(" of ")
            {
                // "Smith, Jones and Brown": a list of names, not a description.
                break;
            }
            let had_home = p.hometown.is_some();
            read_phrase(body, at + ch.start(), p, true);
            if !had_home {
                // "of Hayward, Calif.,": the state after the town is part of it.
                if let Some((state, len)) = p
                    .hometown
                    .as_ref()
                    .and_then(|_| state_after(&rest[ch.end()..]))
                {
                    let h = p.hometown.as_mut().unwrap();
                    h.value = format!("{}, {state}", h.value);
                    let start = at + ch.end();
                    h.span = Span::new(h.span.start, start + len);
                    at = start + len;
                    continue_after_state(text, &mut at, end);
                    continue;
                }
            }
        }
        at += ch.end();
        // Past the comma that closes the chunk.
        let closing = text[at..end]
            .find(',')
            .filter(|&i| text[at..at + i].trim().is_empty());
        match closing {
            // The chunk pattern starts at the comma.
            Some(i) => at += i,
            None => break,
        }
    }
    read_fate_after(text, at.min(end), end, p);
}

/// A state or country written right after a town and a comma (", Calif.",
/// ", England"): its canonical name and the bytes it takes from `rest`.
fn state_after(rest: &str) -> Option<(String, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^,\s+(?P<s>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)\s*(?:,|;|\.|$)").unwrap()
    });
    let c = re.captures(rest)?;
    let m = c.name("s").unwrap();
    let written = m.as_str();
    let lex = lexicon();
    // "Calif." keeps its dot; a sentence's final dot does not belong to "Texas".
    let name = [written, written.trim_end_matches('.')]
        .into_iter()
        .find_map(|w| {
            lex.regions
                .get(w)
                .map(|(c, _)| c.clone())
                .or_else(|| lex.countries.get(w).cloned())
        })?;
    Some((name, m.end()))
}

/// Moves `at` to the comma after a state read by [`state_after`], so that
/// the next chunk of apposition is read (when none follows, `at` stays and
/// the words after the state are read for a fate).
fn continue_after_state(text: &str, at: &mut usize, end: usize) {
    let rest = &text[*at..end];
    if let Some(i) = rest.find(',').filter(|&i| rest[..i].trim().is_empty()) {
        *at += i;
    }
}

/// Roles, nationality, gender and home town in a descriptive phrase;
/// `apposition`: the phrase stands after the name between commas (so "of
/// Fresno" opening it is a home town). Before a name, the phrase must end
/// with its head noun ("the French tourist", "a Hayward man"): "the judge
/// told" describes no one.
fn read_phrase(phrase: &str, base: usize, p: &mut Person, apposition: bool) {
    let lex = lexicon();
    let words: Vec<(usize, &str)> = words_re()
        .find_iter(phrase)
        .map(|m| (m.start(), m.as_str()))
        .collect();
    let lower: Vec<String> = words.iter().map(|(_, w)| w.to_lowercase()).collect();
    // The head: the first role (longest form of up to three words), person
    // noun or nationality noun ("a Briton").
    let role_len = |i: usize| {
        (1..=3)
            .rev()
            .find(|&n| i + n <= words.len() && lex.role(&lower[i..i + n].join(" ")).is_some())
    };
    let is_noun = |k: usize| {
        RESIDENT_NOUNS.contains(&lower[k].as_str())
            || GENDERED.iter().any(|(w, _)| *w == lower[k])
            || lex.nationalities.contains_key(words[k].1)
                && words[k].1.starts_with(char::is_uppercase)
                && words.get(k + 1).is_none_or(|(_, n)| {
                    n.starts_with(char::is_lowercase)
                        && role_len(k + 1).is_none()
                        && !RESIDENT_NOUNS.contains(&n.to_lowercase().as_str())
                })
    };
    let head = (0..words.len()).find_map(|k| {
        role_len(k)
            .map(|n| (k, n))
            .or_else(|| is_noun(k).then_some((k, 1)))
    });
    // Without a head, an apposition may still be "of Fresno".
    let (head, len) = match head {
        Some(h) => h,
        None if apposition => (0, 0),
        None => return,
    };
    let head_end = head + len;
    if !apposition && head_end != words.len() {
        return;
    }
    if let Some(e) = (len > 0)
        .then(|| lex.role(&lower[head..head_end].join(" ")))
        .flatten()
    {
        let start = base + words[head].0;
        let end = base + words[head_end - 1].0 + words[head_end - 1].1.len();
        add_role(p, e.role.clone(), Span::new(start, end));
    }
    for (k, (off, w)) in words[..head_end].iter().enumerate() {
        let span = Span::new(base + off, base + off + w.len());
        if let Some(country) = lex.nationalities.get(*w) {
            // A capitalized nationality word describing the person ("a
            // Briton", "the French tourist").
            if w.starts_with(char::is_uppercase) && p.nationality.is_none() {
                p.nationality = Some(Attr {
                    value: country.clone(),
                    span,
                });
            }
        }
        if let Some(&(_, g)) = GENDERED.iter().find(|(x, _)| *x == lower[k]) {
            p.gender = p.gender.or(Some(g));
        }
    }
    if p.hometown.is_some() {
        return;
    }
    // "of Fresno" opening an apposition, "from Leeds" after the head, "a
    // native of Leeds"; "a Hayward man".
    for (k, (off, w)) in words.iter().enumerate() {
        let opens = k == 0 && apposition && lower[k] == "of";
        let after_resident =
            k > 0 && lower[k] == "of" && RESIDENT_NOUNS.contains(&lower[k - 1].as_str());
        if lower[k] == "from" && k >= head_end || opens || after_resident {
            if let Some(h) = place_at(phrase, off + w.len(), base) {
                p.hometown = Some(h);
                return;
            }
        }
    }
    if len > 0 && RESIDENT_NOUNS.contains(&lower[head].as_str()) {
        // The capitalized words right before the noun, not a nationality.
        let mut j = head;
        while j > 0
            && words[j - 1].1.starts_with(char::is_uppercase)
            && !matches!(words[j - 1].1, "A" | "An" | "The")
            && !lex.nationalities.contains_key(words[j - 1].1)
        {
            j -= 1;
        }
        if j < head {
            let (s, e) = (words[j].0, words[head - 1].0 + words[head - 1].1.len());
            p.hometown = Some(Attr {
                value: canonical_place(&phrase[s..e]),
                span: Span::new(base + s, base + e),
            });
        }
    }
}

/// The place named from byte `from` of `phrase` on: capitalized words, and
/// a state or country after a comma ("Hayward, Calif."). Within a chunk the
/// state is cut off by the chunk's comma, so only the city is read here.
fn place_at(phrase: &str, from: usize, base: usize) -> Option<Attr> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^\s+(?:the\s+)?(?P<p>[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3})")
            .unwrap()
    });
    let c = re.captures(&phrase[from..])?;
    let pm = c.name("p").unwrap();
    let name = pm.as_str().trim_end_matches('.');
    let start = base + from + pm.start();
    Some(Attr {
        value: canonical_place(name),
        span: Span::new(start, start + name.len()),
    })
}

/// A place as compared: a state's or country's written forms ("Calif.",
/// "U.K.") under their canonical names.
pub fn canonical_place(name: &str) -> String {
    let lex = lexicon();
    let name = name.trim();
    lex.regions
        .get(name)
        .map(|(c, _)| c.clone())
        .or_else(|| lex.countries.get(name).cloned())
        .unwrap_or_else(|| name.to_string())
}

/// What happened to the person, read after the name (and its apposition):
/// "was arrested", "died", "was shot and killed".
fn read_fate_after(text: &str, from: usize, to: usize, p: &mut Person) {
    let lex = lexicon();
    let rest = &text[from..to.max(from)];
    let mut aux = false;
    static PLAIN: OnceLock<Regex> = OnceLock::new();
    let plain = PLAIN.get_or_init(|| Regex::new(r"[A-Za-z]+").unwrap());
    for (n, m) in plain.find_iter(rest).enumerate() {
        let w = m.as_str().to_lowercase();
        if n == 0 && matches!(w.as_str(), "who" | "whose") {
            continue;
        }
        if AUX.contains(&w.as_str()) {
            aux = true;
            continue;
        }
        if let Some((fate, passive, _)) = lex.fates.get(&w) {
            // "is survived by his wife": an intransitive fate takes no agent.
            let by = rest[m.end()..].trim_start().starts_with("by ");
            // A passive fate needs its auxiliary ("was arrested"); an
            // intransitive one must not be followed by an agent.
            let reads = if *passive { aux } else { !by };
            if reads {
                let span = Span::new(from + m.start(), from + m.end());
                p.fates.push(Attr {
                    value: fate.clone(),
                    span,
                });
            }
            return;
        }
        if !(aux && (BETWEEN.contains(&w.as_str()) || w.ends_with("ly"))) {
            return;
        }
    }
}

/// "the dead were A, B and C", "The victims have been identified as A and
/// B": every person named after the cue is dead (or, for "victims", a
/// victim).
fn listed_dead(a: &Analysis, persons: &[&ActorMention], by_name: &mut BTreeMap<&str, Person>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?P<cue>dead|deceased|killed|victims?)\s+(?:were|was|are|is|included?|have\s+been\s+identified\s+as|were\s+identified\s+as|identified\s+as)\b").unwrap()
    });
    let text = &a.doc.text;
    for &s in &a.doc.sentences {
        let Some(c) = re.captures(s.of(text)) else {
            continue;
        };
        let cue = c.name("cue").unwrap().as_str().to_lowercase();
        let after = s.start + c.get(0).unwrap().end();
        for m in persons
            .iter()
            .filter(|m| m.span.start >= after && s.contains(m.span))
        {
            let Some(p) = by_name.get_mut(m.canonical.as_str()) else {
                continue;
            };
            if cue.starts_with("victim") {
                add_role(p, "victim".into(), m.span);
            } else if !p.fates.iter().any(|f| f.value == "dead") {
                p.fates.push(Attr {
                    value: "dead".into(),
                    span: m.span,
                });
            }
        }
    }
}

/// "He"/"She" opening the sentence after the only person named in a
/// sentence: the person's gender.
fn pronoun_after(
    a: &Analysis,
    si: usize,
    m: &ActorMention,
    persons: &[&ActorMention],
) -> Option<&'static str> {
    let s = a.doc.sentences[si];
    let others = persons
        .iter()
        .filter(|x| s.contains(x.span) && x.canonical != m.canonical)
        .count();
    if others > 0 {
        return None;
    }
    let next = a.doc.sentences.get(si + 1)?;
    let first = next.of(&a.doc.text).split_whitespace().next()?;
    match first {
        "He" => Some("male"),
        "She" => Some("female"),
        _ => None,
    }
}
