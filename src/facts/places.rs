//! Place facts: where an event happened ("in Qeshm", "at a Waitrose store in
//! Banbury", "off the coast of Somalia", "struck southern Iran").
//!
//! A place is read from the place and country mentions the actor stage found,
//! where a word of `data/facts/place_cues.tsv` stands at most a few words
//! before it and the stretch of the sentence before it (back to a comma)
//! names an incident or an act: the incident's class is the fact's subject,
//! as for a date. A place after a background word ("lives in", "taken to a
//! hospital in", `data/facts/place_background.txt`) is never the event's.
//!
//! The value is the place's canonical name with the larger places the text
//! puts it in ([`Value::Place`]'s `within`): the names written after it with a
//! comma ("Banbury, Oxfordshire", "Beverly Hills, Calif."), a possessive
//! before it ("Iran's Hormozgan province"), and the same from anywhere else
//! in the document, so that the comparer can tell that "in Banbury" and "in
//! Oxfordshire" are both true.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use super::lexicon::lexicon;
use super::readers::Raw;
use super::{Slot, Value, LOOSE};
use crate::analysis::Analysis;
use crate::model::{ActorKind, ActorMention, Span};

/// How many words may stand between a cue and its place ("in the southern
/// Iranian island of Qeshm").
const GAP: usize = 6;

/// How firmly a cue puts its place at the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Firmness {
    /// The event's own place.
    At,
    /// A place near the event's: it may fit another, never contradict it.
    Near,
}

struct Lexicon {
    cues: HashMap<String, Firmness>,
    background: BTreeSet<String>,
}

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon {
        cues: crate::table::rows(include_str!("../../data/facts/place_cues.tsv"))
            .filter_map(|row| {
                let firmness = match *row.get(1)? {
                    "near" => Firmness::Near,
                    _ => Firmness::At,
                };
                Some((row.first()?.to_string(), firmness))
            })
            .collect(),
        background: crate::table::words(include_str!("../../data/facts/place_background.txt"))
            .into_iter()
            .collect(),
    })
}

/// The level of a place as written (`country`, `region`, `settlement`,
/// `island`, `part` — a street, a neighbourhood —, or `?` for a bare name):
/// two places are set against each other only at one level.
pub fn level(canonical: &str, written: &str, country: bool) -> &'static str {
    static REGIONS: OnceLock<BTreeSet<String>> = OnceLock::new();
    static PARTS: OnceLock<Vec<String>> = OnceLock::new();
    if country {
        return "country";
    }
    let parts =
        PARTS.get_or_init(|| crate::table::words(include_str!("../../data/claims/sub_places.txt")));
    let lower = written.to_lowercase();
    if parts.iter().any(|w| crate::words::contains_word(&lower, w)) {
        return "part";
    }
    let heads = heads();
    // States and provinces written after a city, and broad regions ("Middle
    // East", "Gulf"), are regions whatever their spelling.
    let regions = REGIONS.get_or_init(|| {
        let mut set = BTreeSet::new();
        for text in [
            include_str!("../../data/actors/subdivisions.tsv"),
            include_str!("../../data/actors/places.tsv"),
        ] {
            for row in crate::table::rows(text) {
                if let Some(name) = row.first() {
                    set.insert(name.to_lowercase());
                }
            }
        }
        set
    });
    if regions.contains(&lower) || regions.contains(&canonical.to_lowercase()) {
        return "region";
    }
    // "Qeshm island", "the island of Qeshm".
    let last = lower.rsplit(' ').next();
    let first = lower
        .trim_start_matches("the ")
        .split_once(" of ")
        .map(|(h, _)| h);
    last.and_then(|h| heads.get(h))
        .or_else(|| first.and_then(|h| heads.get(h)))
        .copied()
        .unwrap_or("?")
}

/// The key two spellings of one place share: its name without its type word
/// ("Qeshm Island", "the Island of Qeshm" and "Qeshm"), in lower case.
pub fn key(name: &str) -> String {
    let lower = crate::actors::without_place_head(name).to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    match lower.split_once(" of ") {
        Some((head, rest)) if heads().contains_key(head) => rest.to_string(),
        _ => lower.to_string(),
    }
}

/// Place-type words and the level they give (`data/facts/place_levels.tsv`).
fn heads() -> &'static HashMap<String, &'static str> {
    static HEADS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    HEADS.get_or_init(|| {
        crate::table::rows(include_str!("../../data/facts/place_levels.tsv"))
            .filter_map(|row| Some((row.first()?.to_string(), *row.get(1)?)))
            .collect()
    })
}

/// Every place fact of a document.
pub fn read(a: &Analysis, out: &mut Vec<Raw>) {
    let places: Vec<&ActorMention> = a
        .actors
        .iter()
        .filter(|m| matches!(m.kind, ActorKind::Place | ActorKind::Country))
        .collect();
    let within = containment(a, &places);
    for (i, m) in places.iter().enumerate() {
        // The second of "Banbury, Oxfordshire" is the first's setting, not a
        // place of its own.
        if i > 0 && follows_with_comma(a, places[i - 1], m) {
            continue;
        }
        if let Some(raw) = place_fact(a, m, &within) {
            out.push(raw);
        }
    }
}

/// Does `m` stand right after `before` and a comma ("Banbury, Oxfordshire")
/// or a possessive ("Iran's Hormozgan province")?
fn follows_with_comma(a: &Analysis, before: &ActorMention, m: &ActorMention) -> bool {
    before.span.end <= m.span.start
        && matches!(
            a.doc.text[before.span.end..m.span.start].trim(),
            "," | "'s" | "’s"
        )
}

/// The larger places the document puts each place in, by canonical name.
fn containment(a: &Analysis, places: &[&ActorMention]) -> BTreeMap<String, BTreeSet<String>> {
    let text = &a.doc.text;
    let mut within: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (i, pair) in places.windows(2).enumerate() {
        let (x, y) = (pair[0], pair[1]);
        if x.span.end > y.span.start || x.canonical == y.canonical {
            continue;
        }
        let between = text[x.span.end..y.span.start].trim();
        let after = text[y.span.end..].trim_start();
        // "Banbury, Bicester and Oxford" is a list, not a town in a county.
        let listed = after.starts_with("and ")
            || after.starts_with("or ")
            || places
                .get(i + 2)
                .is_some_and(|z| text[y.span.end..z.span.start].trim() == ",");
        match between {
            "," if !listed && x.kind != ActorKind::Country => {
                within
                    .entry(x.canonical.clone())
                    .or_default()
                    .insert(y.canonical.clone());
            }
            "'s" | "’s" if x.kind == ActorKind::Country || y.kind != ActorKind::Country => {
                within
                    .entry(y.canonical.clone())
                    .or_default()
                    .insert(x.canonical.clone());
            }
            _ => {}
        }
    }
    within
}

/// The place fact of mention `m`, if a cue puts it at an event.
fn place_fact(
    a: &Analysis,
    m: &ActorMention,
    within: &BTreeMap<String, BTreeSet<String>>,
) -> Option<Raw> {
    let text = &a.doc.text;
    let sentence = a
        .doc
        .sentence_at(m.span.start)
        .map(|i| a.doc.sentences[i])?;
    let stretch = super::stretch(text, sentence, m.span);
    // A possessive country before the place ("Iran's Hormozgan province")
    // belongs to the place: the cue stands before the country.
    let lead_in = text[stretch.start..m.span.start]
        .trim_end()
        .strip_suffix("'s")
        .or_else(|| {
            text[stretch.start..m.span.start]
                .trim_end()
                .strip_suffix("’s")
        })
        .map(|s| {
            let cut = s
                .rfind(' ')
                .map_or(stretch.start, |i| stretch.start + i + 1);
            Span::new(stretch.start, cut)
        })
        .unwrap_or(Span::new(stretch.start, m.span.start));
    let words: Vec<(Span, String)> = crate::claims::word_re()
        .find_iter(lead_in.of(text))
        .map(|w| {
            (
                Span::new(lead_in.start + w.start(), lead_in.start + w.end()),
                w.as_str().to_lowercase(),
            )
        })
        .collect();
    let lx = lex();
    let (cue_at, firmness) = words
        .iter()
        .enumerate()
        .rev()
        .take(GAP + 1)
        .find_map(|(i, (_, w))| lx.cues.get(w).map(|f| (i, *f)))?;
    // "a hospital in Oxford": a place of a person's, or of a transfer, told
    // before its cue, is not where the event happened.
    if words[..cue_at]
        .iter()
        .any(|(_, w)| lx.background.contains(w))
    {
        return None;
    }
    let subject = event_of(a, Span::new(stretch.start, words[cue_at].0.start))?;
    let mut larger: BTreeSet<String> = within.get(&m.canonical).cloned().unwrap_or_default();
    // One step further: a town in a county in a country.
    for w in larger.clone() {
        if let Some(up) = within.get(&w) {
            larger.extend(up.iter().cloned());
        }
    }
    larger.remove(&m.canonical);
    Some(Raw {
        span: m.span,
        sentence,
        slot: Slot::Place,
        subject: Some(subject),
        value: Value::Place {
            name: m.canonical.clone(),
            level: level(&m.canonical, m.span.of(text), m.kind == ActorKind::Country).to_string(),
            within: larger.into_iter().collect(),
        },
        round: false,
        vague: firmness == Firmness::Near,
        exact: firmness == Firmness::At,
        figure: None,
    })
}

/// The incident or act the words before a place tell of: an incident's class
/// (`shooting`, `quake`), or `~` and an act's type ("escaped" -> `~escape`),
/// a loose subject along which places may agree but never contradict (two
/// arrests in one story may be in two towns).
fn event_of(a: &Analysis, before: Span) -> Option<String> {
    let lex = lexicon();
    let text = &a.doc.text;
    let ws: Vec<String> = crate::claims::word_re()
        .find_iter(before.of(text))
        .map(|w| w.as_str().to_lowercase())
        .collect();
    let incident = (0..ws.len())
        .rev()
        .find_map(|i| lex.incident_at(&ws, i).cloned());
    if incident.is_some() {
        return incident;
    }
    crate::claims::find_events(text, before)
        .last()
        .map(|e| format!("{LOOSE}{}", e.kind))
}

/// Is the floor at `at` a person's own place, not the event's: the speaker's
/// ("We're on the third floor, barricaded in") or where someone works or
/// lives ("who works on the 10th floor"), by a word of
/// `data/facts/own_place.txt` or of the background words before it in its
/// stretch? An incident or an act named before the floor ("I was shot on
/// the second floor") keeps it at the event; one after it ("I was on the
/// fourth floor when the gunman came in") tells where the witness was.
pub(super) fn own_floor(a: &Analysis, sentence: Span, at: Span) -> bool {
    static OWN: OnceLock<BTreeSet<String>> = OnceLock::new();
    let own = OWN.get_or_init(|| {
        crate::table::words(include_str!("../../data/facts/own_place.txt"))
            .into_iter()
            .collect()
    });
    let text = &a.doc.text;
    let stretch = super::stretch(text, sentence, at);
    let before = Span::new(stretch.start, at.start.max(stretch.start));
    let owned = crate::claims::word_re()
        .find_iter(before.of(text))
        .map(|w| w.as_str().to_lowercase())
        .any(|w| own.contains(&w) || lex().background.contains(&w));
    owned && event_of(a, before).is_none()
}

/// The noun written right before a distance that it locates ("a motorist
/// 50 miles north", `data/facts/located_nouns.txt`), past a qualifier.
pub(super) fn located_noun(before: &str) -> Option<String> {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    let words = WORDS
        .get_or_init(|| crate::table::words(include_str!("../../data/facts/located_nouns.txt")));
    let last = before.split_whitespace().rev().find(|w| {
        !matches!(
            *w,
            "about" | "some" | "roughly" | "nearly" | "around" | "almost"
        )
    })?;
    let lower = last.to_lowercase();
    words.contains(&lower).then_some(lower)
}
