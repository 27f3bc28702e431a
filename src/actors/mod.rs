//! Actors: who is named in an article, and one canonical name per real-world
//! actor across all the articles of a run.
//!
//! Recognition combines a gazetteer (countries with demonyms and capitals,
//! international bodies, armed groups, media, companies, places:
//! `data/actors/*.tsv`, matched by one Aho-Corasick automaton over
//! diacritic-folded text) with rules for names the gazetteer lacks:
//! - a title or role before capitalized words makes a person ("Prime Minister
//!   Anthony Albanese", "spokesperson Oren Marmorstein", "an officer named
//!   X"), as does a role in an appositive after them ("X, the Saudi crown
//!   prince,"). The role goes to `role`; the span covers the name only;
//! - capitalized words headed by Ministry/Agency/Council/Court/Party/Corps/
//!   Force... make an organization; "the Iranian health ministry" and
//!   "Israel's foreign ministry" become `Ministry of Health (Iran)`-style names
//!   whose span runs from the state word to "ministry" (the state is then not
//!   a mention of its own); "Mexico's foreign relations and security
//!   ministries" gives two mentions with the same span;
//! - two to four unknown capitalized name words make a person, unless a word
//!   marks a place ("Street"), a law or event ("Act", "Summit": no mention) or
//!   another kind of body ("International": kind `other`); a single word
//!   only when it is the surname of a person named in full, an acronym the
//!   text defined, or a speaker ("Smith said");
//! - a role with no name ("a federal judge", "Japan's Finance Minister") is a
//!   person whose canonical name is the role (with its state when written);
//! - capitalized words before a place-type word ("Mandi district", "the
//!   Kherson region") are that place; the span takes the type word, the
//!   canonical name does not, so "in Nueva Vizcaya" names the same place;
//! - unknown capitalized words right after a locative preposition ("near
//!   Varna", "in Himachal Pradesh"), after "the town of", or listed with
//!   such a place ("in Abancay and Cusco") are a place, unless the lexicon
//!   knows them as something else (a month, a body, a language) or the
//!   document names them as a person;
//! - a name is an organisation where only one fits: after words that take
//!   one ("shares in", "an analyst at": `org_cues.tsv`), with a company's
//!   legal form ("Siemens AG", "Barclays plc": `corporate_suffixes.txt`), or
//!   before its possessive and a noun only companies have ("Northvolt's chief
//!   executive": `org_nouns.tsv`). A company cue holds for every mention of
//!   the name in the document, "in Northvolt" included. A name that also
//!   follows "in" and elsewhere speaks ("Northvolt said") or is an employer
//!   that may be a site ("an engineer at X") gets kind `other`: the text
//!   leaves it open, and a wrong place would feed false location conflicts.
//!   A known company with a legal form or a holding's word ("Reuters
//!   Holdings PLC", "Microsoft Corp") keeps its gazetteer name;
//! - where a role is held ("a commander at Bakhmut", "an official at
//!   Kryvyi Rih") is never a person: a place after a military title
//!   (`posted_titles.txt`), else the company or place the document shows it
//!   to be, else kind `other`;
//! - a name joined to "-based", "-born"... (`place_suffixes.txt`) is a place
//!   ("San Francisco-based"), and the name after it one of its own: an
//!   organisation after "-based" ("Atlanta-based BellSouth");
//! - a federal state named like a city, a capital or a country
//!   (`federal_states.tsv`), written with "state" or after "the state of"
//!   ("Washington state", "New York State", "the State of Mexico"), is the
//!   state under its own canonical name, never the US government, New York
//!   City or Mexico; "Washington" alone keeps its reading. So is a state,
//!   province or territory after a city and a comma ("Spokane, Washington",
//!   "Springfield, Ill.": `subdivisions.tsv`), and the city is a place;
//! - "X State" is a university or its team where the words around say so
//!   ("Ohio State beat Michigan", "the Buckeyes": `x_state_cues.tsv`), under
//!   the name "X State University"; a US state's name before "State" with no
//!   such word gets kind `other`.
//!
//! A demonym is an actor (standing for its state) only when followed by a
//! state-agent noun ("Iranian officials", "Israeli intelligence", "British
//! forces"); otherwise ("Iranian presence", "Lebanese militant group") it is a
//! modifier and yields nothing. A plural demonym is the state after "the"
//! ("the Israelis said"). A capital stands for its government ("Tehran
//! denied") except after a locative preposition ("a bombing in Tehran"), where
//! it is a place. Title Case lines (headlines) only yield gazetteer names and
//! words the body names in full.
//!
//! Canonical names: the gazetteer's when it has one; otherwise, among the
//! spellings of one name (same key: folded, lowercased, no dots), the one with
//! most diacritics, then the longest, then the lexicographically smallest;
//! a form all in capitals (a dateline's "CAPE TOWN") only when there is no
//! other.
//! Within a document, short forms join the one full name ending with them and
//! stay apart when several do ("Kim" with Andy Kim and Lucy Kim).
//!
//! By job: `tokens` and `context` (the tokens of a chunk and the word tests
//! on them), `scan`, `runs`, `unknown` and `roles` (candidate finding),
//! `resolve` (names within a document), `unify` (names across documents);
//! `lexicon`, `text` and `spelling` hold the data tables and text helpers.

mod lexicon;
pub(crate) mod spelling;
mod text;

mod context;
mod resolve;
mod roles;
mod runs;
mod scan;
mod tokens;
mod unify;
mod unknown;

use resolve::{mention_cand, resolve_document, suffix_index};
use roles::{appositive_roles, definitions, generic_roles};
use runs::{chain, name_start, person};
use scan::{capitalized_from, located_place, push, scan_chunk, school, state_before, title_alone};
use tokens::{merged_tokens, particle_name, HYPHENS};
use unify::representatives;
pub use unify::{unify, NameTable, Names};
use unknown::unknown;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::document::Document;
use crate::model::{ActorKind, ActorMention, Span};
use lexicon::{lexicon, AliasKind, Lexicon, NameClass, Phrases};
use text::{diacritics, fold_with_map, key, tokenize, Tok, TokKind};

pub use text::key as name_key;

/// Is this lowercase word a preposition that puts what follows at a place
/// ("in", "near", "off")? From `data/actors/locatives.txt`.
/// Is `word` (lower case) a verb of saying (`data/actors/speech_verbs.txt`)?
pub fn is_speech_verb(word: &str) -> bool {
    lexicon::lexicon().speech_verbs.contains(word)
}

pub fn is_locative(word: &str) -> bool {
    lexicon().locatives.contains(word)
}

/// `name` without a trailing place-type word ("Aurora province" -> "Aurora"):
/// the same place written with and without its type.
pub fn without_place_head(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((rest, head)) if lexicon().place_heads.contains_key(&head.to_lowercase()) => rest,
        _ => name,
    }
}

/// Longest stretch of text analysed at once; longer paragraphs are cut at a
/// space so that memory stays bounded on pathological input.
const CHUNK: usize = 64 * 1024;

/// Most tokens in one run of capitalized words.
const MAX_RUN: usize = 14;

/// Words between a role and the name it introduces ("an officer named X").
const NAMING: &[&str] = &["named", "called", "identified as"];

const DETERMINERS: &[&str] = &["a", "an", "the"];

/// Ranks that are also everyday adjectives: lowercase, they introduce no name
/// ("a major Jewish community").
const ADJECTIVE_TITLES: &[&str] = &["major", "general"];

/// A gazetteer entry or rule result before canonical names are settled.
#[derive(Clone, Debug)]
struct Cand {
    span: Span,
    canonical: String,
    kind: ActorKind,
    role: Option<String>,
    /// From the gazetteer (its canonical name is final).
    gazetteer: bool,
    /// A role without a name ("a federal judge").
    generic: bool,
}

/// A lone capitalized word that is an actor only if the rest of the text says
/// so (a surname, an acronym the text defined, a speaker), or else a place
/// when a locative preposition comes before it ("near Varna").
#[derive(Clone, Debug)]
struct Pending {
    span: Span,
    speaker: bool,
    locative: bool,
    /// Capitalized inside a sentence of the body: a proper name, whatever it
    /// names (see [`Found::initial_places`]).
    mid_sentence: bool,
    /// Written where an organisation fits ("shares in X", "an analyst at X",
    /// "X's chief executive").
    org: bool,
    /// Written where someone with a role serves or works ("a commander at
    /// X", "an official at X"): a place or an organisation, never a person.
    /// The kind to give it when the document shows neither.
    workplace: Option<ActorKind>,
}

#[derive(Clone, Copy, Debug)]
struct T {
    start: usize,
    end: usize,
    kind: TokKind,
    /// Gazetteer pattern covering this (merged) token.
    gaz: Option<usize>,
}

/// Per-document state built while scanning chunks.
#[derive(Default)]
struct Found {
    cands: Vec<Cand>,
    pending: Vec<Pending>,
    /// key(alias) -> index of the candidate it names (acronyms, stated aliases).
    aliases: Vec<(String, usize)>,
    /// Candidates that are places only because a locative preposition comes
    /// before them ("in Himachal Pradesh"): the document may still show that
    /// the name is a person's.
    located: Vec<usize>,
    /// (whole, name): a sentence-initial word before a place-type word
    /// ("Kullu district police said", but also "Local district officials
    /// said"): a place only if the text capitalizes the word mid-sentence too.
    initial_places: Vec<(Span, Span)>,
    /// Keys of the names of places found by their type word mid-sentence
    /// ("kullu" for "in Kullu district"), evidence for `initial_places`.
    headed_names: Vec<String>,
    /// Keys of names the document shows to be companies ("northvolt" for
    /// "Northvolt AB", "shares in Northvolt" or "Northvolt's chief
    /// executive"): their mentions after "in" or "at" are the company, not a
    /// place.
    org_keys: Vec<String>,
    /// Keys of names written as someone's employer ("an engineer at X"),
    /// which may also be a site.
    employer_keys: Vec<String>,
    /// Candidates written where someone with a role serves or works ("an
    /// official at Kryvyi Rih"): the document's other mentions say whether
    /// they are a place or a company.
    workplaces: Vec<usize>,
    /// "X State" written without a cue to what it is (span, name): the
    /// university's team when the document also uses its nickname ("the
    /// Buckeyes").
    schools: Vec<(Span, String)>,
    /// States read after a city and a comma ("Spokane, Washington").
    city_states: Vec<CityState>,
}

/// A state read after a city and a comma, which the document may undo: in
/// "Jayark, New York, distributes..." the name before the comma is a
/// company, and "New York" the city.
struct CityState {
    /// Key of the name before the comma.
    city: String,
    /// Index of the state's candidate.
    state: usize,
    /// The state's name read on its own, if the gazetteer has it ("New
    /// York", the city; "Washington", the government).
    plain: Option<(String, ActorKind)>,
}

/// Actor mentions of one document, with canonical names resolved within it,
/// in text order.
pub fn find(doc: &Document) -> Vec<ActorMention> {
    let lex = lexicon();
    let mut found = Found::default();
    let mut regions: Vec<Span> = Vec::new();
    if doc.paragraphs.is_empty() {
        regions.push(doc.body);
    } else {
        regions.extend(doc.paragraphs.iter().copied());
    }
    for r in regions {
        for (s, e) in chunks(&doc.text, r) {
            scan_chunk(lex, &doc.text, s, e, doc.title == Some(r), &mut found);
        }
    }
    resolve_document(lex, &doc.text, found)
}

/// Cuts a region into pieces of at most [`CHUNK`] bytes, at whitespace when possible.
fn chunks(text: &str, r: Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = r.start.min(text.len());
    let end = r.end.min(text.len());
    while s < end {
        let mut e = (s + CHUNK).min(end);
        while e < end && !text.is_char_boundary(e) {
            e += 1;
        }
        if e < end {
            if let Some(ws) = text.get(s..e).and_then(|p| p.rfind(char::is_whitespace)) {
                if ws > 0 {
                    e = s + ws;
                }
            }
        }
        out.push((s, e));
        s = e;
    }
    out
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

/// A federal state written with "state" ("Washington state", "the state of
/// Washington"), as token indices.
struct StateName {
    first: usize,
    /// Last token of the mention (inclusive).
    last: usize,
    /// First token after all the words it uses.
    end: usize,
    canonical: String,
}

/// Read-only view of one chunk's tokens with the helpers every rule needs.
struct Ctx<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    ts: Vec<T>,
    /// Each token lowercased, computed once: rules compare lowercase words
    /// at every token.
    lowers: Vec<Cow<'a, str>>,
    /// A Title Case line (a headline): capitals say nothing about names.
    headline: bool,
}
