//! The actor gazetteer and cue-word tables, parsed once from `data/actors/`.
//!
//! Gazetteer files are TSV: `canonical<TAB>kind<TAB>alias<TAB>alias...`. An
//! alias written `dem:Iranian` is a demonym, `cap:Tehran` a capital standing
//! for the government. Kind `none` lists phrases that are never actors
//! ("Latin American"), so the longer match shadows the demonym inside it.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::text::{fold, key};
use crate::model::ActorKind;
use crate::table::rows;

/// A table of the lexicon. Its words are looked up at every token, and the
/// default SipHash was an eighth of the actor stage's time: FxHash (the
/// `rustc-hash` crate) costs a fraction. SipHash's defence against crafted
/// collisions is not needed here: the tables hold our own data, and input
/// words are only looked up, never inserted.
pub type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub type HashSet<K> = rustc_hash::FxHashSet<K>;

const GAZETTEER: &[&str] = &[
    include_str!("../../data/actors/countries.tsv"),
    include_str!("../../data/actors/organizations.tsv"),
    include_str!("../../data/actors/groups.tsv"),
    include_str!("../../data/actors/media.tsv"),
    include_str!("../../data/actors/companies.tsv"),
    include_str!("../../data/actors/places.tsv"),
];

const CORPORATE_SUFFIXES: &str = include_str!("../../data/actors/corporate_suffixes.txt");
const X_STATE_CUES: &str = include_str!("../../data/actors/x_state_cues.tsv");
const SUBDIVISIONS: &str = include_str!("../../data/actors/subdivisions.tsv");
const PLACE_SUFFIXES: &str = include_str!("../../data/actors/place_suffixes.txt");
const ORG_CUES: &str = include_str!("../../data/actors/org_cues.tsv");
const ORG_NOUNS: &str = include_str!("../../data/actors/org_nouns.tsv");

/// How a gazetteer alias names its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasKind {
    Name,
    Demonym,
    /// "the Israelis", "the Saudis": the state when definite.
    DemonymPlural,
    Capital,
    /// Never an actor.
    Block,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub canonical: String,
    pub kind: ActorKind,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    /// Index into [`Lexicon::entries`].
    pub entry: usize,
    pub alias: AliasKind,
    /// The alias as written in the data (a capital's own name, for places).
    pub written: String,
}

pub struct Lexicon {
    pub entries: Vec<Entry>,
    pub patterns: Vec<Pattern>,
    pub automaton: AhoCorasick,
    /// Key of every gazetteer canonical name.
    pub canonical_keys: HashMap<String, usize>,
    pub titles: Phrases,
    pub modifiers: HashSet<String>,
    pub state_heads: Phrases,
    /// Lowercase portfolio words -> canonical portfolio, longest first.
    pub portfolios: Vec<(Vec<String>, String)>,
    pub org_heads: HashSet<String>,
    pub speech_verbs: HashSet<String>,
    /// Lowercase particles inside a name ("Ministry of Health", "Ali bin
    /// Said"), case-sensitive.
    pub name_particles: HashSet<String>,
    /// Abbreviated titles and name parts whose dot stays inside a name
    /// ("Gen. Smith"), lowercase without the dot.
    pub title_abbreviations: HashSet<String>,
    pub stopwords: HashSet<String>,
    pub alias_cues: Phrases,
    pub locatives: HashSet<String>,
    /// Other prepositions: with the locatives, words whose object does not
    /// speak ("residents of Okoroba told").
    pub prepositions: HashSet<String>,
    /// Lowercase place-type words ("district") -> words that, right after
    /// one, make it part of a common noun instead ("town hall").
    pub place_heads: HashMap<String, HashSet<String>>,
    pub non_places: HashSet<String>,
    /// Nouns after which "of" names a place ("residents of", "north of").
    pub place_of: HashSet<String>,
    /// Words after which "in" says what they concern, not where ("a stake in").
    pub not_locative_after: HashSet<String>,
    pub adjective_endings: Vec<String>,
    /// Key of a federal state's name that also names a city, a capital or a
    /// country ("washington") -> the state's canonical name ("Washington State").
    pub federal_states: HashMap<String, String>,
    /// Last words of a company's name ("Inc", "AG", "plc", "Holdings").
    pub corporate_suffixes: HashSet<String>,
    /// Those of `corporate_suffixes` that leave a company what it is
    /// ("Reuters Holdings PLC" is Reuters; "Qatar Airways" is not Qatar).
    pub corporate_forms: HashSet<String>,
    /// Key of a state's, province's or territory's name or abbreviation
    /// ("ill" for "Ill.") -> the state, for "Springfield, Ill.".
    pub subdivisions: HashMap<String, Subdivision>,
    /// First words of those names, lowercase ("new", "n" of "N.Y."): most
    /// commas are followed by none of them.
    pub subdivision_starts: HashSet<String>,
    /// Words after or before "X State" that make it a university or its team
    /// (`x_state_cues.tsv`).
    pub school_after: Phrases,
    pub school_before: Phrases,
    /// Words after "X State" that make it the state ("the Florida State court").
    pub state_after: Phrases,
    /// A team's nickname -> the school it belongs to ("Buckeyes" -> "Ohio State").
    pub school_nicknames: Vec<(String, String)>,
    /// Last words of titles after which "at" names a post, a place ("a
    /// commander at Bakhmut").
    pub posted_titles: HashSet<String>,
    /// Words joined to a name by a hyphen that make it an adjective of place
    /// ("San Francisco-based").
    pub place_suffixes: HashSet<String>,
    /// Those of `place_suffixes` after which a capitalized name is what is
    /// based there, an organisation ("Atlanta-based BellSouth").
    pub org_place_suffixes: HashSet<String>,
    /// Lowercase words that make one word with a capitalized word after a
    /// hyphen ("anti-American", "ex-President"): any other word before such
    /// a hyphen is a dash typed without spaces.
    pub hyphen_prefixes: HashSet<String>,
    /// Words ending in a preposition after which a name is an organisation
    /// ("shares in", "an analyst at", "chief executive of").
    pub org_cues: Phrases,
    /// Those of `org_cues` after which only a company fits ("shares in"),
    /// unlike an employer that may be a site ("an engineer at").
    pub company_cues: HashSet<Vec<String>>,
    /// Nouns after a name's possessive that show it is an organisation
    /// ("Northvolt's chief executive").
    pub org_nouns: Phrases,
    /// Those of `org_nouns` that show it without the possessive too
    /// ("Northvolt employees"), not being verbs as well ("Smith shares").
    pub bare_org_nouns: HashSet<Vec<String>>,
    /// Capitalized words that make an unknown run a place, a thing or some
    /// other non-person actor.
    pub name_words: HashMap<String, NameClass>,
}

/// A state, province or territory (`data/actors/subdivisions.tsv`).
#[derive(Clone, Debug)]
pub struct Subdivision {
    pub canonical: String,
    /// One of the United States'.
    pub us: bool,
    /// Written abbreviated ("Ill.", "N.Y."): it takes its final dot.
    pub abbreviation: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameClass {
    Place,
    Thing,
    Other,
    Adjective,
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn word_list(data: &str) -> HashSet<String> {
    lines(data).map(|l| l.trim().to_string()).collect()
}

/// Lowercase word sequences, longest first, indexed by their first and by
/// their last word: a lookup at a token tries only the phrases that can
/// match there, in list order.
pub struct Phrases {
    list: Vec<Vec<String>>,
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
}

impl Phrases {
    fn new(list: Vec<Vec<String>>) -> Self {
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, ph) in list.iter().enumerate() {
            if let (Some(first), Some(last)) = (ph.first(), ph.last()) {
                by_first.entry(first.clone()).or_default().push(i);
                by_last.entry(last.clone()).or_default().push(i);
            }
        }
        Phrases {
            list,
            by_first,
            by_last,
        }
    }

    fn pick<'a>(
        &'a self,
        index: &'a HashMap<String, Vec<usize>>,
        word: &str,
    ) -> impl Iterator<Item = &'a [String]> {
        index
            .get(word)
            .into_iter()
            .flatten()
            .map(|&i| self.list[i].as_slice())
    }

    /// The phrases whose first word is `word` (lowercase), longest first.
    pub fn starting_with<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a [String]> {
        self.pick(&self.by_first, word)
    }

    /// The phrases whose last word is `word` (lowercase), longest first.
    pub fn ending_with<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a [String]> {
        self.pick(&self.by_last, word)
    }
}

/// One phrase as lowercase words, dots dropped ("Gen." = "gen").
fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .to_lowercase()
        .replace('.', " ")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The phrases of a list whose second column is `mark`, as lowercase words.
fn marked_phrases(data: &str, mark: &str) -> HashSet<Vec<String>> {
    lines(data)
        .filter_map(|l| {
            let (phrase, m) = l.split_once('\t')?;
            (m.trim() == mark).then(|| phrase_words(phrase))
        })
        .collect()
}

/// Phrases (the first column of each line) as lowercase word sequences,
/// longest first.
fn phrase_list(data: &str) -> Phrases {
    longest_first(lines(data).map(|l| phrase_words(l.split('\t').next().unwrap_or(l))))
}

/// The phrases of a list whose second column is `mark`, longest first.
fn phrase_list_marked(data: &'static str, mark: &str) -> Phrases {
    longest_first(
        rows(data)
            .filter(|r| r.get(1) == Some(&mark))
            .map(|r| phrase_words(r[0])),
    )
}

fn longest_first(phrases: impl Iterator<Item = Vec<String>>) -> Phrases {
    let mut v: Vec<Vec<String>> = phrases.filter(|w| !w.is_empty()).collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    Phrases::new(v)
}

/// Every written form of `subdivisions.tsv` by key, and the first words of
/// the forms. A state named like a city, a capital or a country takes its
/// name from `federal_states` ("Washington" and "Wash." are "Washington
/// State").
fn subdivisions(
    federal_states: &HashMap<String, String>,
) -> (HashMap<String, Subdivision>, HashSet<String>) {
    let mut out = HashMap::default();
    let mut starts = HashSet::default();
    for r in rows(SUBDIVISIONS) {
        let (Some(&name), Some(&country)) = (r.first(), r.get(1)) else {
            continue;
        };
        let canonical = federal_states
            .get(&key(name))
            .cloned()
            .unwrap_or_else(|| name.to_string());
        for &form in std::iter::once(&name).chain(&r[2..]) {
            starts.extend(form.split([' ', '.']).next().map(str::to_lowercase));
            let abbreviation = form.ends_with('.');
            out.insert(
                key(form),
                Subdivision {
                    canonical: canonical.clone(),
                    us: country == "US",
                    abbreviation,
                },
            );
        }
    }
    (out, starts)
}

fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "person" => ActorKind::Person,
        "organization" => ActorKind::Organization,
        "country" => ActorKind::Country,
        "place" => ActorKind::Place,
        "group" => ActorKind::Group,
        "other" => ActorKind::Other,
        _ => return None,
    })
}

fn build() -> Lexicon {
    let mut entries = Vec::new();
    // Folded alias -> pattern; an alias claimed by two different entries is
    // ambiguous ("RSF") and dropped rather than guessed.
    let mut by_alias: HashMap<String, Option<Pattern>> = HashMap::default();
    let mut canonical_keys = HashMap::default();
    for data in GAZETTEER {
        for line in lines(data) {
            let mut cols = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
            let (Some(canonical), Some(kind)) = (cols.next(), cols.next()) else {
                continue;
            };
            let block = kind == "none";
            let kind = parse_kind(kind).unwrap_or(ActorKind::Other);
            let entry = entries.len();
            entries.push(Entry {
                canonical: canonical.to_string(),
                kind,
            });
            let mut plurals: Vec<String> = Vec::new();
            let mut aliases: Vec<(AliasKind, &str)> = Vec::new();
            if !block {
                canonical_keys.insert(key(canonical), entry);
                aliases.push((AliasKind::Name, canonical));
            }
            for c in cols {
                let (ak, text) = if block {
                    (AliasKind::Block, c)
                } else if let Some(t) = c.strip_prefix("dem:") {
                    // plural noun of a demonym in -an/-i ("Iranians", "Israelis")
                    if t.ends_with("an") || t.ends_with('i') {
                        plurals.push(format!("{t}s"));
                    }
                    (AliasKind::Demonym, t)
                } else if let Some(t) = c.strip_prefix("cap:") {
                    (AliasKind::Capital, t)
                } else {
                    (AliasKind::Name, c)
                };
                aliases.push((ak, text));
            }
            for p in &plurals {
                aliases.push((AliasKind::DemonymPlural, p.as_str()));
            }
            for (ak, text) in aliases {
                // A leading article is not part of the span ("the Pentagon",
                // "The Kremlin"): match the name without it.
                let text = text
                    .strip_prefix("The ")
                    .or_else(|| text.strip_prefix("the "))
                    .unwrap_or(text);
                let folded = fold(text);
                let p = Pattern {
                    entry,
                    alias: ak,
                    written: text.to_string(),
                };
                match by_alias.get(&folded) {
                    None => {
                        by_alias.insert(folded, Some(p));
                    }
                    Some(Some(old)) if entries[old.entry].canonical != canonical => {
                        by_alias.insert(folded, None);
                    }
                    _ => {}
                }
            }
        }
    }
    let mut alias_list: Vec<(String, Pattern)> = by_alias
        .into_iter()
        .filter_map(|(a, p)| p.map(|p| (a, p)))
        .collect();
    alias_list.sort_by(|a, b| a.0.cmp(&b.0));
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(alias_list.iter().map(|(a, _)| a.as_str()))
        .expect("gazetteer automaton builds");
    let patterns = alias_list.into_iter().map(|(_, p)| p).collect();

    let mut portfolios: Vec<(Vec<String>, String)> =
        lines(include_str!("../../data/actors/portfolios.tsv"))
            .filter_map(|l| {
                let (w, c) = l.split_once('\t')?;
                Some((
                    w.split_whitespace().map(|s| s.to_lowercase()).collect(),
                    c.trim().to_string(),
                ))
            })
            .collect();
    portfolios.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    let federal_states: HashMap<String, String> =
        lines(include_str!("../../data/actors/federal_states.tsv"))
            .filter_map(|l| {
                let (name, canonical) = l.split_once('\t')?;
                Some((key(name.trim()), canonical.trim().to_string()))
            })
            .collect();
    let (subdivisions, subdivision_starts) = subdivisions(&federal_states);

    Lexicon {
        entries,
        patterns,
        automaton,
        canonical_keys,
        titles: phrase_list(include_str!("../../data/actors/titles.txt")),
        modifiers: word_list(include_str!("../../data/actors/modifiers.txt")),
        state_heads: phrase_list(include_str!("../../data/actors/state_heads.txt")),
        portfolios,
        org_heads: word_list(include_str!("../../data/actors/org_heads.txt")),
        speech_verbs: word_list(include_str!("../../data/actors/speech_verbs.txt")),
        name_particles: word_list(include_str!("../../data/actors/name_particles.txt")),
        title_abbreviations: word_list(include_str!("../../data/actors/title_abbreviations.txt")),
        stopwords: word_list(include_str!("../../data/actors/stopwords.txt")),
        alias_cues: phrase_list(include_str!("../../data/actors/alias_cues.txt")),
        locatives: word_list(include_str!("../../data/actors/locatives.txt")),
        prepositions: word_list(include_str!("../../data/actors/prepositions.txt")),
        place_heads: lines(include_str!("../../data/actors/place_heads.tsv"))
            .map(|l| {
                let (head, after) = l.split_once('\t').unwrap_or((l, ""));
                (
                    head.trim().to_string(),
                    after.split_whitespace().map(str::to_string).collect(),
                )
            })
            .collect(),
        non_places: word_list(include_str!("../../data/actors/non_places.txt")),
        place_of: word_list(include_str!("../../data/actors/place_of.txt")),
        not_locative_after: word_list(include_str!("../../data/actors/not_locative_after.txt")),
        adjective_endings: word_list(include_str!("../../data/actors/adjective_endings.txt"))
            .into_iter()
            .collect(),
        federal_states,
        corporate_suffixes: rows(CORPORATE_SUFFIXES).map(|r| r[0].to_string()).collect(),
        corporate_forms: rows(CORPORATE_SUFFIXES)
            .filter(|r| r.get(1) == Some(&"form"))
            .map(|r| r[0].to_string())
            .collect(),
        subdivisions,
        subdivision_starts,
        school_after: phrase_list_marked(X_STATE_CUES, "after"),
        school_before: phrase_list_marked(X_STATE_CUES, "before"),
        state_after: phrase_list_marked(X_STATE_CUES, "state"),
        school_nicknames: rows(X_STATE_CUES)
            .filter(|r| r.get(1) == Some(&"nickname"))
            .filter_map(|r| Some((r[0].to_string(), r.get(2)?.to_string())))
            .collect(),
        posted_titles: word_list(include_str!("../../data/actors/posted_titles.txt")),
        place_suffixes: rows(PLACE_SUFFIXES).map(|r| r[0].to_string()).collect(),
        org_place_suffixes: rows(PLACE_SUFFIXES)
            .filter(|r| r.get(1) == Some(&"org"))
            .map(|r| r[0].to_string())
            .collect(),
        hyphen_prefixes: word_list(include_str!("../../data/actors/hyphen_prefixes.txt")),
        org_cues: phrase_list(ORG_CUES),
        company_cues: marked_phrases(ORG_CUES, "company"),
        org_nouns: phrase_list(ORG_NOUNS),
        bare_org_nouns: marked_phrases(ORG_NOUNS, "bare"),
        name_words: lines(include_str!("../../data/actors/name_words.tsv"))
            .filter_map(|l| {
                let (w, c) = l.split_once('\t')?;
                let c = match c.trim() {
                    "place" => NameClass::Place,
                    "thing" => NameClass::Thing,
                    "adj" => NameClass::Adjective,
                    _ => NameClass::Other,
                };
                Some((w.trim().to_string(), c))
            })
            .collect(),
    }
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}
