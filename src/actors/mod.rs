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

mod lexicon;
mod spelling;
mod text;

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

/// Lowercase particles that may sit inside a name ("Ministry of Health",
/// "Ali bin Said", "Vincent van Gogh").
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "del", "della", "da", "di", "dos", "das", "du", "van", "von", "der", "den",
    "bin", "ibn", "al", "el", "es", "la", "le", "y",
];

/// Abbreviated titles whose dot stays inside a name ("Gen. Smith").
const ABBREVIATIONS: &[&str] = &[
    "gen", "lt", "maj", "brig", "col", "capt", "adm", "sen", "rep", "gov", "mr", "mrs", "ms", "dr",
    "prof", "st", "sgt", "cpl", "jr", "sr", "pres",
];

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

/// Tokens of one chunk, with gazetteer matches merged into single tokens.
fn merged_tokens(lex: &Lexicon, text: &str, s: usize, e: usize) -> Vec<T> {
    let raw = split_place_adjectives(lex, text, tokenize(text, s, e));
    let Some(chunk) = text.get(s..e) else {
        return Vec::new();
    };
    // ASCII folds to itself: no copy and no offset map needed.
    let folded = (!chunk.is_ascii()).then(|| fold_with_map(chunk));
    let haystack = folded.as_ref().map_or(chunk, |(f, _)| f.as_str());
    let original = |at: usize| match &folded {
        Some((_, map)) => map.get(at).copied(),
        None => Some(at),
    };
    let mut matches: Vec<(usize, usize, usize)> = Vec::new();
    for m in lex.automaton.find_iter(haystack) {
        let (Some(a), Some(b)) = (original(m.start()), original(m.end())) else {
            continue;
        };
        let (a, b) = (a + s, b + s);
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        if b <= a || word(prev_char(text, a)) || word(next_char(text, b)) {
            continue;
        }
        matches.push((a, b, m.pattern().as_usize()));
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut mi = 0;
    let mut i = 0;
    while i < raw.len() {
        let t = raw[i];
        while mi < matches.len() && matches[mi].0 < t.start {
            mi += 1;
        }
        if let Some(&(a, b, p)) = matches.get(mi) {
            if a == t.start && t.kind == TokKind::Word {
                let mut j = i;
                while j < raw.len() && raw[j].end < b && raw[j].kind != TokKind::Break {
                    j += 1;
                }
                if j < raw.len() && raw[j].end == b {
                    out.push(T {
                        start: a,
                        end: b,
                        kind: TokKind::Word,
                        gaz: Some(p),
                    });
                    i = j + 1;
                    mi += 1;
                    continue;
                }
            }
        }
        out.push(T {
            start: t.start,
            end: t.end,
            kind: t.kind,
            gaz: None,
        });
        i += 1;
    }
    out
}

/// The hyphens that join a word to the one before it.
const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// "San Francisco-based" as "San Francisco", "-", "based": a name joined to
/// a word of `place_suffixes.txt` is an adjective of place, so the name is
/// matched and read on its own, and the run of capitalized words ends there
/// ("Atlanta-based BellSouth" is two names).
fn split_place_adjectives(lex: &Lexicon, text: &str, raw: Vec<Tok>) -> Vec<Tok> {
    // Asked of every word: most are out at their first byte.
    let split_at = |t: &Tok| -> Option<usize> {
        let w = text.get(t.start..t.end)?;
        let lead = *w.as_bytes().first()?;
        if t.kind != TokKind::Word
            || (lead.is_ascii() && !lead.is_ascii_uppercase())
            || !w.starts_with(char::is_uppercase)
            || !w.bytes().any(|b| b == b'-' || b >= 0x80)
        {
            return None;
        }
        let h = w.rfind(HYPHENS).filter(|&h| h > 0)?;
        let suffix = w.get(h..)?.trim_start_matches(HYPHENS);
        lex.place_suffixes.contains(suffix).then_some(t.start + h)
    };
    if !raw.iter().any(|t| split_at(t).is_some()) {
        return raw;
    }
    let mut out = Vec::with_capacity(raw.len() + 2);
    for t in raw {
        match split_at(&t) {
            Some(h) => {
                let dash = h + next_char(text, h).map_or(1, char::len_utf8);
                out.push(Tok { end: h, ..t });
                out.push(Tok {
                    start: h,
                    end: dash,
                    kind: TokKind::Punct,
                });
                out.push(Tok { start: dash, ..t });
            }
            None => out.push(t),
        }
    }
    out
}

/// "al-Sharif", "el-Sisi", "bin-Laden": a lowercase particle joined to a
/// capitalized name.
fn particle_name(w: &str) -> bool {
    // Asked of every lowercase word: most are out at their first letter.
    if !matches!(w.as_bytes().first(), Some(b'a' | b'b' | b'e' | b'i')) {
        return false;
    }
    match w.split_once('-') {
        Some((p, rest)) => {
            matches!(
                p,
                "al" | "el"
                    | "ad"
                    | "ar"
                    | "as"
                    | "ash"
                    | "at"
                    | "az"
                    | "bin"
                    | "ibn"
                    | "abu"
                    | "abd"
            ) && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
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

impl StateName {
    fn push(self, cx: &Ctx, found: &mut Found, ranges: &mut Vec<(usize, usize, usize)>) {
        let span = cx.span(self.first, self.last);
        let cand = mention_cand(span, self.canonical, ActorKind::Place);
        push(found, ranges, self.first, self.end, cand);
    }
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

impl Ctx<'_> {
    fn s(&self, i: usize) -> &str {
        self.ts
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }
    fn is_word(&self, i: usize) -> bool {
        self.ts.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }
    fn lower(&self, i: usize) -> &str {
        self.lowers.get(i).map_or("", |l| l.as_ref())
    }
    fn gaz(&self, i: usize) -> Option<usize> {
        self.ts.get(i).and_then(|t| t.gaz)
    }
    fn is_cap(&self, i: usize) -> bool {
        self.is_word(i)
            && (self.gaz(i).is_some()
                || self.s(i).chars().next().is_some_and(char::is_uppercase)
                || particle_name(self.s(i)))
    }

    fn is_num(&self, i: usize) -> bool {
        self.is_word(i) && self.s(i).chars().all(|c| c.is_ascii_digit())
    }
    fn is_connector(&self, i: usize) -> bool {
        self.is_word(i) && self.gaz(i).is_none() && CONNECTORS.contains(&self.s(i))
    }
    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.ts.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.s(i) == p
    }
    fn is_stop(&self, i: usize) -> bool {
        self.gaz(i).is_none() && self.lex.stopwords.contains(self.s(i))
    }
    /// A word that can be part of a person's name.
    fn name_like(&self, i: usize) -> bool {
        if self.is_connector(i) {
            return true;
        }
        let w = self.s(i);
        if self.is_initial(i) && self.is_punct(i + 1, ".") {
            return true;
        }
        self.is_word(i)
            && self.gaz(i).is_none()
            && !self.lex.stopwords.contains(w)
            && self.lex.name_words.get(w) != Some(&NameClass::Adjective)
            && (w.chars().next().is_some_and(char::is_uppercase) || particle_name(w))
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
    }
    /// A single capital letter: an initial ("John F. Kennedy", "J.D. Vance").
    fn is_initial(&self, i: usize) -> bool {
        let w = self.s(i);
        self.is_word(i)
            && self.gaz(i).is_none()
            && w.chars().count() == 1
            && w.chars().all(|c| c.is_uppercase())
    }
    /// Is token `i` at the start of a sentence (or of the text)?
    fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            j -= 1;
            let t = self.ts[j];
            match t.kind {
                TokKind::Break => return true,
                TokKind::Word | TokKind::Poss => return false,
                TokKind::Punct => {
                    let p = self.s(j);
                    if matches!(p, "." | "!" | "?" | ":" | ";") {
                        return true;
                    }
                    if !matches!(
                        p,
                        "\"" | "\u{201C}"
                            | "\u{2018}"
                            | "'"
                            | "("
                            | "["
                            | "-"
                            | "\u{2014}"
                            | "\u{2013}"
                    ) {
                        return false;
                    }
                }
            }
        }
        true
    }
    /// Previous index, skipping abbreviation dots.
    fn prev(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        if self.is_punct(j, ".") {
            // only the dot of an abbreviation ("Gen."), never a sentence end
            let w = j.checked_sub(1)?;
            return ABBREVIATIONS.contains(&self.lower(w)).then_some(w);
        }
        Some(j)
    }
    /// Start index of the longest lowercase-insensitive phrase from `phrases`
    /// that ends at token `end`.
    fn phrase_ending_at(&self, phrases: &Phrases, end: usize) -> Option<usize> {
        phrases
            .ending_with(self.lower(end))
            .find_map(|ph| self.ends_with_phrase(ph, end))
    }
    /// End index (exclusive) of the longest phrase from `phrases` starting at `start`.
    fn phrase_starting_at(&self, phrases: &Phrases, start: usize) -> Option<usize> {
        phrases
            .starting_with(self.lower(start))
            .find_map(|ph| self.starts_with_phrase(ph, start))
    }
    /// Start index of the phrase `ph` if it ends at token `end`.
    fn ends_with_phrase(&self, ph: &[String], end: usize) -> Option<usize> {
        let mut j = end;
        for (n, w) in ph.iter().rev().enumerate() {
            if !self.is_word(j) || self.gaz(j).is_some() || self.lower(j) != w {
                return None;
            }
            if n + 1 < ph.len() {
                j = self.prev(j)?;
            }
        }
        Some(j)
    }
    /// End index (exclusive) of the phrase `ph` if it starts at token `start`.
    fn starts_with_phrase(&self, ph: &[String], start: usize) -> Option<usize> {
        let mut j = start;
        for w in ph {
            if !self.is_word(j) || self.gaz(j).is_some() || self.lower(j) != w {
                return None;
            }
            j += 1;
            while self.is_punct(j, ".") && ph.len() > 1 {
                j += 1;
            }
        }
        Some(j)
    }
    /// Extends a role leftwards over modifiers and title words ("former
    /// national security adviser").
    fn extend_role(&self, mut start: usize, floor: usize, lowercase_only: bool) -> usize {
        for _ in 0..4 {
            let Some(p) = self.prev(start) else { break };
            if p < floor || !self.is_word(p) || self.gaz(p).is_some() {
                break;
            }
            if lowercase_only && !self.s(p).chars().next().is_some_and(char::is_lowercase) {
                break;
            }
            let l = self.lower(p);
            if self.lex.modifiers.contains(l)
                || self.phrase_ending_at(&self.lex.titles, p).is_some()
            {
                start = p;
            } else {
                break;
            }
        }
        start
    }
    /// Token `i` is a lowercase place-type word ending the name before it
    /// ("Mandi district"), and not the start of a common noun ("town hall").
    fn place_head(&self, i: usize) -> bool {
        let w = self.s(i);
        if !self.is_word(i) || self.gaz(i).is_some() || !w.starts_with(char::is_lowercase) {
            return false;
        }
        self.lex
            .place_heads
            .get(w)
            .is_some_and(|not_before| !(self.is_word(i + 1) && not_before.contains(self.s(i + 1))))
    }
    /// Token `a` is where a place is named: right after a locative
    /// preposition ("in", "near") or after a place type or a noun of
    /// `place_of.txt` and "of" ("the town of Bweremana", "residents of
    /// Okoroba"). After a role, "at" names where someone works, not
    /// where ("an official at X"); after what one holds in a company, "in"
    /// names the company ("shares in X").
    fn after_locative(&self, a: usize) -> bool {
        let Some(p) = a.checked_sub(1) else {
            return false;
        };
        let l = self.lower(p);
        if !self.is_word(p) || self.gaz(p).is_some() {
            return false;
        }
        if l == "of" {
            return p.checked_sub(1).is_some_and(|q| {
                self.is_word(q)
                    && (self.lex.place_heads.contains_key(self.s(q))
                        || self.lex.place_of.contains(self.lower(q)))
            });
        }
        let before = p.checked_sub(1);
        self.lex.locatives.contains(l)
            && !(l == "at"
                && before.is_some_and(|q| self.phrase_ending_at(&self.lex.titles, q).is_some()))
            && !(l == "in"
                && before.is_some_and(|q| self.lex.not_locative_after.contains(self.lower(q))))
            && self.org_governed(a).is_none()
    }
    /// Token `a` comes right after words that take an organisation: "shares
    /// in", "an analyst at", "the chief executive of". True when only a
    /// company fits ("shares in"), false for an employer that may be a site
    /// ("an engineer at").
    fn org_governed(&self, a: usize) -> Option<bool> {
        let p = a.checked_sub(1)?;
        let cue_before = |p: usize| {
            let start = self.phrase_ending_at(&self.lex.org_cues, p)?;
            let cue: Vec<String> = (start..=p)
                .filter(|&x| self.is_word(x))
                .map(|x| self.lower(x).to_string())
                .collect();
            Some(self.lex.company_cues.contains(&cue))
        };
        if !self.place_suffix(p) {
            return cue_before(p);
        }
        // "Atlanta-based BellSouth" is based there: an organisation, as is
        // Acme in "an executive at San Francisco-based Acme", where the cue
        // goes past the adjective of place to the name it describes.
        if self.lex.org_place_suffixes.contains(self.s(p)) {
            return Some(true);
        }
        let mut r = p - 1; // the hyphen
        while r > 0 && self.is_cap(r - 1) {
            r -= 1;
        }
        cue_before(r.checked_sub(1)?)
    }
    /// What follows a name ending before token `b` shows an organisation: its
    /// possessive and a noun only companies have ("Northvolt's chief
    /// executive", "Glencore's shareholders"), or such a noun that is no verb
    /// right after it ("Northvolt employees").
    fn org_noun_after(&self, b: usize) -> bool {
        let poss = self.ts.get(b).is_some_and(|t| t.kind == TokKind::Poss);
        let j = if poss { b + 1 } else { b };
        let Some(e) = self.phrase_starting_at(&self.lex.org_nouns, j) else {
            return false;
        };
        poss || {
            let noun: Vec<String> = (j..e).map(|x| self.lower(x).to_string()).collect();
            self.lex.bare_org_nouns.contains(&noun)
        }
    }
    /// A company's legal form or sector word in lower case right after a name
    /// ("Barclays plc"): capitalized ones ("Acme Corp") are inside the name.
    fn lowercase_corporate_suffix(&self, b: usize) -> bool {
        self.is_word(b)
            && self.gaz(b).is_none()
            && self.s(b).starts_with(char::is_lowercase)
            && self.lex.corporate_suffixes.contains(self.s(b))
    }
    /// The name in tokens `[x, y)` of a run ending at `b` is a federal state
    /// that shares it with a city, a capital or a country
    /// (`data/actors/federal_states.tsv`), written so that the state is meant:
    /// "Washington state", "New York State", "the state of Washington", "the
    /// State of Mexico". Not "a state of Mexico" (one of its states), "a
    /// Mexico state visit" (see place_heads.tsv), "the state of Mexico's
    /// economy" (its condition).
    fn federal_state(&self, x: usize, y: usize, b: usize) -> Option<StateName> {
        let after = if y < b {
            self.s(y) == "State" && self.gaz(y).is_none()
        } else {
            y == b && self.lower(y) == "state" && self.place_head(y)
        };
        let before = (!after)
            .then(|| {
                let of = x.checked_sub(1)?;
                let st = of.checked_sub(1)?;
                if self.lower(of) != "of" || self.lower(st) != "state" || self.gaz(st).is_some() {
                    return None;
                }
                let det = st.checked_sub(1).map_or("", |d| self.lower(d));
                let poss = self.ts.get(y).is_some_and(|t| t.kind == TokKind::Poss);
                let named = self.s(st) == "State" && !matches!(det, "a" | "an");
                (named || (det == "the" && !poss)).then_some(st)
            })
            .flatten();
        if !after && before.is_none() {
            return None;
        }
        let canonical = self.lex.federal_states.get(&key(&self.text_of(x, y - 1)))?;
        let (first, last, end) = match before {
            Some(st) => (st, y - 1, y),
            None => (x, y, y + 1),
        };
        Some(StateName {
            first,
            last,
            end,
            canonical: canonical.clone(),
        })
    }
    /// Token `i` is a word of `place_suffixes.txt` joined by a hyphen to the
    /// word before it ("based" in "San Francisco-based").
    fn place_suffix(&self, i: usize) -> bool {
        let joined = |x: usize, y: usize| match (self.ts.get(x), self.ts.get(y)) {
            (Some(l), Some(r)) => l.end == r.start,
            _ => false,
        };
        // asked after every run: the hyphen first, the table last
        i >= 2
            && self.s(i - 1).starts_with(HYPHENS)
            && joined(i - 2, i - 1)
            && joined(i - 1, i)
            && self.is_word(i)
            && self.lex.place_suffixes.contains(self.s(i))
    }

    /// The name ending before token `b` is an adjective of place: "San
    /// Francisco-based", "a Gaza-born doctor".
    fn place_adjective(&self, b: usize) -> bool {
        self.place_suffix(b + 1)
    }

    /// A city, a comma at token `comma` and the city's state: "Spokane,
    /// Washington", "Springfield, Ill.", "Vancouver, British Columbia"
    /// (`data/actors/subdivisions.tsv`). The state must end the phrase
    /// (punctuation, a line break or a lowercase word follows: "a Spokane,
    /// Washington, man"), so that a name going on ("Hutchison, Texas
    /// Republican") or owning something ("Smith, Washington's envoy") is not
    /// read as one. A state's name that the gazetteer knows as something
    /// else, the capital Washington or the country Georgia, is the state only
    /// in the surest form: after a city the gazetteer does not know as a
    /// capital or a country, inside a sentence, and followed by punctuation,
    /// so that "Ankara, Washington and Moscow", "Tbilisi, Georgia" or
    /// "Meanwhile, Washington said" keep their reading.
    fn city_state(&self, comma: usize) -> Option<StateName> {
        if !self.is_punct(comma, ",") {
            return None;
        }
        let city = comma.checked_sub(1)?;
        let first = comma + 1;
        if !self.is_cap(first)
            || !self.is_cap(city)
            || self.is_stop(city)
            || !self
                .lex
                .subdivision_starts
                .contains(self.lower(first).split(' ').next().unwrap_or(""))
        {
            return None;
        }
        // The longest written form of a state from `first`.
        let mut found = None;
        let mut j = first;
        while j < first + 6 && (self.is_word(j) || self.is_punct(j, ".")) {
            if self.is_word(j) {
                if let Some(sd) = self.lex.subdivisions.get(&key(&self.text_of(first, j))) {
                    found = Some((j, sd));
                }
            }
            j += 1;
        }
        let (mut last, sd) = found?;
        // a gazetteer name of another kind: the capital Washington, the
        // country Georgia (not the demonym in "British Columbia")
        let other_reading = last == first
            && self.gaz(first).is_some()
            && !self.gazetteer_kind(first, ActorKind::Place);
        if sd.abbreviation && self.is_punct(last + 1, ".") {
            last += 1; // the abbreviation's dot, which may also end the sentence
        }
        let next = last + 1;
        let punct_after = match self.ts.get(next) {
            None => true,
            Some(t) => {
                t.kind == TokKind::Break
                    || (t.kind == TokKind::Punct
                        && !self.s(next).starts_with(HYPHENS)
                        && self.s(next) != "&")
            }
        };
        let ends = (sd.abbreviation && self.is_punct(last, "."))
            || punct_after
            || (self.is_word(next) && self.s(next).starts_with(char::is_lowercase));
        let city_ok = match self.gaz(city) {
            Some(p) => {
                self.gazetteer_kind(city, ActorKind::Place)
                    || (!other_reading && self.lex.patterns[p].alias == AliasKind::Capital)
            }
            // a dateline's "AMHERST, N.Y." too
            None => {
                (self.name_like(city) || self.all_caps(city))
                    && !self.lex.org_heads.contains(self.s(city))
                    && !self.lex.corporate_suffixes.contains(self.s(city))
            }
        };
        let sure =
            !other_reading || (punct_after && !self.sentence_initial(capitalized_from(self, city)));
        (ends && city_ok && sure).then(|| StateName {
            first,
            last,
            end: last + 1,
            canonical: sd.canonical.clone(),
        })
    }

    /// Token `i` is a word of three or more letters, all capitals ("AMHERST").
    fn all_caps(&self, i: usize) -> bool {
        let w = self.s(i);
        self.is_word(i)
            && self.gaz(i).is_none()
            && w.chars().count() >= 3
            && w.chars().all(|c| c.is_uppercase() || c == '-')
    }

    /// Token `i` is a gazetteer entry of this kind, written by its name.
    fn gazetteer_kind(&self, i: usize, kind: ActorKind) -> bool {
        self.gaz(i).is_some_and(|p| {
            let pat = &self.lex.patterns[p];
            pat.alias == AliasKind::Name && self.lex.entries[pat.entry].kind == kind
        })
    }

    /// Token `a` follows "at" after a role ("a commander at X", "an official
    /// at X"): where the holder serves or works, a place or an organisation.
    /// The kind to give the name when nothing else tells: a place after a
    /// title of `posted_titles.txt`, `other` after the rest.
    fn workplace(&self, a: usize) -> Option<ActorKind> {
        let at = a.checked_sub(1)?;
        let role = at.checked_sub(1)?;
        if self.lower(at) != "at" || !self.is_word(at) || self.gaz(at).is_some() {
            return None;
        }
        self.phrase_ending_at(&self.lex.titles, role)?;
        Some(if self.lex.posted_titles.contains(self.lower(role)) {
            ActorKind::Place
        } else {
            ActorKind::Other
        })
    }

    /// The words around "X State" in tokens `[a, b)` show a university or
    /// its team: "Ohio State beat Michigan", "Ohio State's coach", "played
    /// at Ohio State" (`data/actors/x_state_cues.tsv`).
    fn school_cue(&self, a: usize, b: usize) -> bool {
        let after = if self.ts.get(b).is_some_and(|t| t.kind == TokKind::Poss) {
            b + 1
        } else {
            b
        };
        let before = a.checked_sub(1).and_then(|p| {
            if self.is_punct(p, ".") {
                p.checked_sub(1) // "vs."
            } else {
                Some(p)
            }
        });
        self.phrase_starting_at(&self.lex.school_after, after)
            .is_some()
            || before.is_some_and(|p| self.phrase_ending_at(&self.lex.school_before, p).is_some())
    }

    /// Tokens `[a, b)` are a later member of a list whose first member is a
    /// place after a locative preposition ("in Abancay and Cusco", "in Varna,
    /// Ruse or Burgas", "in Kennebunkport, Maine."). A name that goes on with
    /// a verb or a place of its own ("in Amman, and Craig Forman in Cairo")
    /// is not a member.
    fn in_place_list(&self, a: usize, b: usize) -> bool {
        let ends_member = match self.ts.get(b) {
            None => true,
            Some(t) => {
                t.kind == TokKind::Break
                    || (t.kind == TokKind::Punct
                        && matches!(self.s(b), "," | "." | ";" | ":" | ")"))
                    || matches!(self.lower(b), "and" | "or")
            }
        };
        if !ends_member {
            return false;
        }
        let mut a = a;
        for _ in 0..8 {
            let Some(p) = a.checked_sub(1) else {
                return false;
            };
            if !(matches!(self.lower(p), "and" | "or") || self.is_punct(p, ",")) {
                return false;
            }
            let mut q = p;
            if q > 0 && self.is_punct(q - 1, ",") {
                q -= 1; // "Varna, Ruse, and Burgas"
            }
            let mut r = q;
            while r > 0 && q - r < MAX_RUN && self.is_cap(r - 1) {
                r -= 1;
            }
            if r == q {
                return false;
            }
            if self.after_locative(r) {
                return self.could_be_place(r);
            }
            a = r;
        }
        false
    }
    /// Token `i` is a gazetteer place or country, by its name or its capital.
    fn gazetteer_place(&self, i: usize) -> bool {
        self.gaz(i).is_some_and(|p| {
            let pat = &self.lex.patterns[p];
            matches!(pat.alias, AliasKind::Name | AliasKind::Capital)
                && matches!(
                    self.lex.entries[pat.entry].kind,
                    ActorKind::Country | ActorKind::Place
                )
        })
    }
    /// Token `i` may start a place name: a gazetteer place or country, or a
    /// word known as nothing else ("in Spanish, Jesus, ..." lists no places).
    fn could_be_place(&self, i: usize) -> bool {
        match self.gaz(i) {
            Some(_) => self.gazetteer_place(i),
            None => {
                let w = self.s(i);
                self.name_like(i)
                    && !self.lex.non_places.contains(w)
                    && !self.lex.org_heads.contains(w)
                    && self
                        .lex
                        .name_words
                        .get(w)
                        .is_none_or(|c| *c == NameClass::Place)
            }
        }
    }
    /// Capitalized words `[a, b)` before a place-type word at `b` name a place
    /// of that type. Not when they describe it instead: after "a" ("a Kenyan
    /// village"), when the place is named after "of" ("the Ligurian town of
    /// Borgo Vallino"; but "the Donetsk region of Ukraine"), or as an
    /// adjective ("the Crimean peninsula").
    fn named_with_head(&self, a: usize, b: usize) -> bool {
        if !self.place_head(b) {
            return false;
        }
        let indefinite = a
            .checked_sub(1)
            .is_some_and(|p| matches!(self.lower(p), "a" | "an"));
        let named_after = self.lower(b + 1) == "of"
            && self.is_cap(b + 2)
            && !self.gaz(b + 2).is_some_and(|p| {
                self.lex.entries[self.lex.patterns[p].entry].kind == ActorKind::Country
            });
        let adjective = b == a + 1
            && self
                .lex
                .adjective_endings
                .iter()
                .any(|e| self.s(a).ends_with(e.as_str()));
        !indefinite && !named_after && !adjective
    }
    /// A place starts at token `i`: a gazetteer place or country, or
    /// capitalized words before a place-type word ("Mandi district").
    fn place_at(&self, i: usize) -> bool {
        if self.gaz(i).is_some() {
            return self.gazetteer_place(i);
        }
        let mut j = i;
        while j < i + MAX_RUN && self.is_cap(j) && self.gaz(j).is_none() {
            j += 1;
        }
        j > i && self.named_with_head(i, j)
    }
    fn span(&self, a: usize, b_incl: usize) -> Span {
        match (self.ts.get(a), self.ts.get(b_incl)) {
            (Some(x), Some(y)) if x.start <= y.end => Span::new(x.start, y.end),
            _ => Span::default(),
        }
    }
    fn text_of(&self, a: usize, b_incl: usize) -> String {
        let sp = self.span(a, b_incl);
        self.text
            .get(sp.start..sp.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn role(&self, a: usize, b_incl: usize) -> Option<String> {
        let r = self.text_of(a, b_incl);
        (!r.is_empty()).then_some(r)
    }
}

fn scan_chunk(lex: &Lexicon, text: &str, s: usize, e: usize, title: bool, found: &mut Found) {
    let ts = merged_tokens(lex, text, s, e);
    let lowers = ts
        .iter()
        .map(|t| {
            let w = text.get(t.start..t.end).unwrap_or("");
            if w.bytes()
                .all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b.is_ascii())
            {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .collect();
    let mut cx = Ctx {
        lex,
        text,
        ts,
        lowers,
        headline: false,
    };
    cx.headline = title_case(&cx, 4, 9, 10) || (title && title_case(&cx, 2, 2, 3));
    let n = cx.ts.len();
    let mut used = vec![false; n];
    // token ranges of this chunk's candidates, for acronym and alias cues
    let mut ranges: Vec<(usize, usize, usize)> = Vec::new();
    let first = found.cands.len();
    let pfirst = found.pending.len();

    government_bodies(&cx, &mut used, found, &mut ranges);

    let mut i = 0;
    while i < n {
        if used[i] || !cx.is_cap(i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i + 1;
        loop {
            // No name is longer than this; the cap keeps each run's work bounded.
            if j - i >= MAX_RUN {
                break;
            }
            if j < n && !used[j] && cx.ts[j].kind == TokKind::Word && (cx.is_cap(j) || cx.is_num(j))
            {
                last = j;
                j += 1;
            } else if cx.is_punct(j, ".")
                && (ABBREVIATIONS.contains(&cx.lower(last)) || cx.is_initial(last))
                && cx.is_cap(j + 1)
                && !used[j + 1]
            {
                j += 1;
            } else if cx.is_connector(j) && !used[j] {
                let mut k = j + 1;
                if cx.lower(k) == "the" {
                    k += 1;
                }
                if k < n && !used[k] && cx.is_cap(k) && !cx.is_stop(k) {
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        chain(&cx, i, last + 1, found, &mut ranges);
        for u in used.iter_mut().take(last + 1).skip(i) {
            *u = true;
        }
        i = last + 1;
    }

    generic_roles(&cx, &used, found);
    definitions(&cx, found, &ranges, first, pfirst);
    appositive_roles(&cx, found, &ranges);
}

/// A line in Title Case: at least `num/den` of its `min` or more longer
/// words (four letters or more) start with a capital.
fn title_case(cx: &Ctx, min: usize, num: usize, den: usize) -> bool {
    let mut long = 0;
    let mut caps = 0;
    for (i, t) in cx.ts.iter().enumerate() {
        if t.kind != TokKind::Word || t.gaz.is_some() {
            continue;
        }
        let w = cx.s(i);
        if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) {
            long += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    long >= min && caps * den >= long * num
}

/// "the Iranian health ministry", "Israel's foreign ministry", "Mexico's foreign
/// relations and security ministries", "Ministry of Foreign Affairs",
/// "Tehran's embassy", "the Iranian mission".
fn government_bodies(
    cx: &Ctx,
    used: &mut [bool],
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let n = cx.ts.len();
    for h in 0..n {
        let head = cx.lower(h);
        let body = match head {
            "ministry" | "ministries" => "ministry",
            "embassy" => "Embassy",
            "mission" => "Mission",
            _ => continue,
        };
        if used[h] {
            continue;
        }
        let mut ports: Vec<String> = Vec::new();
        let mut first = h;
        let mut end = h;
        if body == "ministry" {
            // "Ministry of (the) Foreign Affairs"
            let mut k = h + 1;
            if cx.lower(k) == "of" {
                k += 1;
                if cx.lower(k) == "the" {
                    k += 1;
                }
                if let Some((e, p)) = portfolio_at(cx, k) {
                    ports.push(p);
                    end = e - 1;
                }
            }
            // "... foreign relations and security ministries"
            let mut j = h;
            while let Some(p) = j.checked_sub(1) {
                let matched = cx.lex.portfolios.iter().find_map(|(ws, canon)| {
                    cx.ends_with_phrase(ws, p).map(|st| (st, canon.clone()))
                });
                let Some((st, c)) = matched else { break };
                if used[st..=p].iter().any(|&u| u) {
                    break;
                }
                ports.push(c);
                first = st;
                // coordination: "foreign relations and security ministries"
                match st.checked_sub(1) {
                    Some(q) if cx.lower(q) == "and" || cx.is_punct(q, ",") => j = q,
                    _ => break,
                }
            }
            ports.reverse();
            ports.dedup();
            if ports.is_empty() {
                continue;
            }
        }
        // The state it belongs to: a demonym, a country or capital with a possessive.
        let mut country: Option<String> = None;
        if let Some(p) = first.checked_sub(1) {
            let (idx, poss) = if cx.ts[p].kind == TokKind::Poss {
                (p.checked_sub(1), true)
            } else {
                (Some(p), false)
            };
            if let Some(ci) = idx {
                if let Some(pi) = cx.gaz(ci) {
                    let pat = &cx.lex.patterns[pi];
                    let entry = &cx.lex.entries[pat.entry];
                    let ok = match pat.alias {
                        AliasKind::Demonym => !poss,
                        AliasKind::Name | AliasKind::Capital => {
                            // "Israel's foreign ministry", "the Gaza health ministry"
                            (poss || pat.alias == AliasKind::Name)
                                && matches!(entry.kind, ActorKind::Country | ActorKind::Place)
                        }
                        AliasKind::Block | AliasKind::DemonymPlural => false,
                    };
                    if ok && !used[ci] {
                        country = Some(entry.canonical.clone());
                        first = ci;
                    }
                }
            }
        }
        let names: Vec<String> = if body == "ministry" {
            ports
                .iter()
                .map(|p| match &country {
                    Some(c) => format!("Ministry of {p} ({c})"),
                    None => format!("Ministry of {p}"),
                })
                .collect()
        } else {
            match &country {
                Some(c) => vec![format!("{body} of {c}")],
                None => continue,
            }
        };
        for name in names {
            ranges.push((first, end + 1, found.cands.len()));
            found.cands.push(Cand {
                span: cx.span(first, end),
                canonical: name,
                kind: ActorKind::Organization,
                role: None,
                gazetteer: false,
                generic: false,
            });
        }
        for u in used.iter_mut().take(end + 1).skip(first) {
            *u = true;
        }
    }
}

/// A run that is only a title ("Finance Minister") is a role without a name;
/// its canonical name carries the state it belongs to when the text says
/// ("Japan's Finance Minister", "Israeli Prime Minister").
fn title_alone(
    cx: &Ctx,
    a: usize,
    b: usize,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) -> bool {
    if cx.headline || cx.phrase_starting_at(&cx.lex.titles, a) != Some(b) {
        return false;
    }
    let name = cx.text_of(a, b - 1);
    let state = state_before(cx, a).or_else(|| {
        let pat = &cx.lex.patterns[cx.gaz(a.checked_sub(1)?)?];
        let entry = &cx.lex.entries[pat.entry];
        (entry.kind == ActorKind::Country && pat.alias != AliasKind::Block)
            .then(|| entry.canonical.clone())
    });
    let canonical = match state {
        Some(c) => format!("{name} ({c})"),
        None => name.clone(),
    };
    push(
        found,
        ranges,
        a,
        b,
        Cand {
            span: cx.span(a, b - 1),
            canonical,
            kind: ActorKind::Person,
            role: Some(name),
            gazetteer: false,
            generic: true,
        },
    );
    true
}

/// The country a phrase starting at `first` belongs to, from a possessive
/// ("Japan's", "Tehran's") right before it.
fn state_before(cx: &Ctx, first: usize) -> Option<String> {
    let p = first.checked_sub(1)?;
    if cx.ts.get(p)?.kind != TokKind::Poss {
        return None;
    }
    let pat = &cx.lex.patterns[cx.gaz(p.checked_sub(1)?)?];
    let entry = &cx.lex.entries[pat.entry];
    (matches!(pat.alias, AliasKind::Name | AliasKind::Capital) && entry.kind == ActorKind::Country)
        .then(|| entry.canonical.clone())
}

fn portfolio_at(cx: &Ctx, k: usize) -> Option<(usize, String)> {
    for (ws, canon) in &cx.lex.portfolios {
        if let Some(e) = cx.starts_with_phrase(ws, k) {
            return Some((e, canon.clone()));
        }
    }
    None
}

fn push(found: &mut Found, ranges: &mut Vec<(usize, usize, usize)>, a: usize, b: usize, c: Cand) {
    ranges.push((a, b, found.cands.len()));
    found.cands.push(c);
}

/// "Ohio State" read as the university or its team: one actor with "Ohio
/// State University", and never the same name as the state ("Washington
/// State").
fn school(span: Span, name: &str) -> Cand {
    mention_cand(span, format!("{name} University"), ActorKind::Organization)
}

/// Tokens `[a, b)` name a place for where they are written, unless the
/// document shows the name to be a person's or a company's.
fn located_place(
    cx: &Ctx,
    a: usize,
    b: usize,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    found.located.push(found.cands.len());
    let cand = mention_cand(cx.span(a, b - 1), cx.text_of(a, b - 1), ActorKind::Place);
    push(found, ranges, a, b, cand);
}

/// First token of the capitalized name that ends at token `last` (its
/// words back to a stopword or a lowercase word).
fn capitalized_from(cx: &Ctx, last: usize) -> usize {
    let mut r = last;
    while r > 0 && cx.is_cap(r - 1) && !cx.is_stop(r - 1) {
        r -= 1;
    }
    r
}

/// Classifies one run of capitalized words `[a, b)`.
fn chain(cx: &Ctx, a: usize, b: usize, found: &mut Found, ranges: &mut Vec<(usize, usize, usize)>) {
    let a = name_start(cx, a, b);
    if a >= b {
        return;
    }
    let lex = cx.lex;
    // "Spokane, Washington": the state of the city before the comma.
    if let Some(st) = a
        .checked_sub(1)
        .and_then(|comma| cx.city_state(comma))
        .filter(|st| st.first == a)
    {
        let rest = st.end;
        found.city_states.push(CityState {
            city: key(&cx.text_of(capitalized_from(cx, a - 2), a - 2)),
            state: found.cands.len(),
            plain: cx.gaz(a).filter(|_| st.last == a).and_then(|p| {
                let pat = &lex.patterns[p];
                let entry = &lex.entries[pat.entry];
                (pat.alias != AliasKind::Demonym).then(|| (entry.canonical.clone(), entry.kind))
            }),
        });
        st.push(cx, found, ranges);
        if rest < b {
            chain(cx, rest, b, found, ranges);
        }
        return;
    }
    if cx.place_adjective(b) {
        // "Ninoska Perez of the Miami-based foundation": the name before "of
        // the" is not part of the place.
        let start = capitalized_from(cx, b - 1);
        if start >= a + 2 && cx.lower(start - 1) == "the" && cx.is_connector(start - 2) {
            chain(cx, a, start - 2, found, ranges);
            chain(cx, start, b, found, ranges);
            return;
        }
    }
    // "Miami Beach, Fla.", "Salt Lake City-based": a place named with a
    // known name is one place.
    let known_inside = b > a + 1 && (a..b).any(|x| cx.gazetteer_place(x));
    if known_inside
        && (cx.city_state(b).is_some() || cx.place_adjective(b))
        && (a..b).all(|x| cx.gazetteer_place(x) || cx.name_like(x))
    {
        located_place(cx, a, b, found, ranges);
        return;
    }
    // "Supporters of the National Council ...", "Critics of Nicolás Maduro": a
    // sentence-initial common noun linked by "of" is not part of the name.
    if cx.sentence_initial(a)
        && matches!(cx.s(a + 1), "of" | "for")
        && cx.gaz(a).is_none()
        && !lex.org_heads.contains(cx.s(a))
        && cx.phrase_starting_at(&lex.titles, a).is_none()
    {
        let mut x = a + 1;
        while x < b && (cx.is_connector(x) || cx.lower(x) == "the") {
            x += 1;
        }
        return chain(cx, x, b, found, ranges);
    }
    // A title inside the run: "Prime Minister Anthony Albanese".
    let mut k = b - 1;
    while k > a {
        // A name may start with a word the gazetteer knows as a place
        // ("Defense Minister Israel Katz") when an unknown name word follows.
        let place_first =
            cx.gazetteer_place(k) && k + 1 < b && cx.name_like(k + 1) && !cx.is_connector(k + 1);
        let rest_ok = (place_first || (cx.name_like(k) && !cx.is_connector(k)))
            && (k + 1..b).all(|x| cx.name_like(x) || cx.is_punct(x, "."))
            && !lex.org_heads.contains(cx.s(b - 1));
        if rest_ok {
            if let Some(p) = cx.prev(k) {
                if p >= a {
                    if let Some(ts) = cx.phrase_ending_at(&lex.titles, p) {
                        if ts >= a {
                            let rs = cx.extend_role(ts, a, false);
                            let rs = if rs == a {
                                cx.extend_role(rs, 0, true)
                            } else {
                                rs
                            };
                            let role = cx.role(rs, k - 1);
                            person(cx, k, b, role, found, ranges);
                            if rs > a {
                                chain(cx, a, rs.min(ts), found, ranges);
                            }
                            return;
                        }
                    }
                }
            }
        }
        k -= 1;
    }
    // "the Senate", "the Parliament": a body named by its head word alone.
    if b == a + 1
        && cx.gaz(a).is_none()
        && lex.org_heads.contains(cx.s(a))
        && a.checked_sub(1).is_some_and(|q| cx.lower(q) == "the")
        && !cx.headline
    {
        let name = cx.s(a).to_string();
        let canonical = match state_before(cx, a) {
            Some(c) => format!("{name} ({c})"),
            None => name,
        };
        push(
            found,
            ranges,
            a,
            b,
            Cand {
                span: cx.span(a, a),
                canonical,
                kind: ActorKind::Organization,
                role: None,
                gazetteer: false,
                generic: true,
            },
        );
        return;
    }
    // A title alone: "Japan's Finance Minister said", "the Prime Minister".
    if title_alone(cx, a, b, found, ranges) {
        return;
    }
    let has_gaz = (a..b).any(|x| cx.gaz(x).is_some());
    // A role before the run: "spokesperson Oren Marmorstein", "an officer named X".
    if !has_gaz && (a..b).all(|x| cx.name_like(x) || cx.is_punct(x, ".")) {
        let mut p = a.checked_sub(1);
        if let Some(q) = p {
            if NAMING.contains(&cx.lower(q)) || cx.is_punct(q, ",") {
                p = q.checked_sub(1);
            }
        }
        if let Some(p) = p {
            if cx.s(p).chars().next().is_some_and(char::is_lowercase)
                && !ADJECTIVE_TITLES.contains(&cx.s(p))
            {
                if let Some(ts) = cx.phrase_ending_at(&lex.titles, p) {
                    let rs = cx.extend_role(ts, 0, true);
                    let role = cx.role(rs, p);
                    person(cx, a, b, role, found, ranges);
                    return;
                }
            }
        }
    }
    // Organization by its head word: "Supreme National Security Council", "Unit 8200".
    // The head may be followed by a complement: "National Council of Resistance of Iran".
    let last = b - 1;
    // A gazetteer body inside a longer name ("Supreme" + "National Security
    // Council") heads a different organization.
    let is_head = |x: usize| {
        let last_word = cx.s(x).rsplit(' ').next().unwrap_or("");
        (lex.org_heads.contains(last_word) || lex.corporate_suffixes.contains(last_word))
            && (cx.gaz(x).is_none()
                || (a..x).any(|y| cx.gaz(y).is_none() && !cx.is_connector(y))
                    && cx.gaz(x).is_some_and(|p| {
                        lex.entries[lex.patterns[p].entry].kind == ActorKind::Organization
                    }))
    };
    // "Reuters Holdings PLC", "Microsoft Corp": a known company with its
    // legal form is still that company, under its gazetteer name.
    if let Some(p) = cx.gaz(a).filter(|_| b > a + 1) {
        let pat = &lex.patterns[p];
        let entry = &lex.entries[pat.entry];
        let forms = (a + 1..b).all(|x| {
            cx.is_punct(x, ".")
                || (cx.is_word(x) && cx.gaz(x).is_none() && lex.corporate_forms.contains(cx.s(x)))
        });
        if forms && pat.alias == AliasKind::Name && entry.kind == ActorKind::Organization {
            let last = if cx.lowercase_corporate_suffix(b) && lex.corporate_forms.contains(cx.s(b))
            {
                b
            } else {
                b - 1
            };
            let cand = Cand {
                span: cx.span(a, last),
                canonical: entry.canonical.clone(),
                kind: entry.kind,
                role: None,
                gazetteer: true,
                generic: false,
            };
            push(found, ranges, a, last + 1, cand);
            return;
        }
    }
    // "X State": a university or its team where the words around say so
    // ("Ohio State beat Michigan"); a US state's name before "State" with
    // no such word is left open ("Ohio State" alone). Other names keep the
    // rules below ("Washington State", "Kano State", "Borno State").
    if b >= a + 2 && cx.s(b - 1) == "State" && cx.gaz(b - 1).is_none() && !cx.headline {
        let name = cx.text_of(a, b - 1);
        let place = key(&cx.text_of(a, b - 2));
        let us_state = lex
            .subdivisions
            .get(&place)
            .is_some_and(|sd| sd.us && !sd.abbreviation)
            && !lex.federal_states.contains_key(&place);
        let span = cx.span(a, b - 1);
        if cx.school_cue(a, b) {
            push(found, ranges, a, b, school(span, &name));
            return;
        }
        found.schools.push((span, name.clone()));
        if let Some(sd) = lex.subdivisions.get(&place).filter(|_| us_state) {
            // "the Florida State court" is the state's
            let cand = if cx.phrase_starting_at(&lex.state_after, b).is_some() {
                mention_cand(span, sd.canonical.clone(), ActorKind::Place)
            } else {
                mention_cand(span, name, ActorKind::Other)
            };
            push(found, ranges, a, b, cand);
            return;
        }
    }
    let head_at = (a..b)
        .filter(|&x| is_head(x))
        .find(|&x| x + 1 == b || (x + 2 == b && cx.is_num(x + 1)) || cx.is_connector(x + 1));
    if head_at.is_some() && b - a >= 2 {
        // "Northvolt AB": the bare "Northvolt" elsewhere is the company too.
        if lex.corporate_suffixes.contains(cx.s(last)) {
            found.org_keys.push(key(&cx.text_of(a, last - 1)));
        }
        push(
            found,
            ranges,
            a,
            b,
            Cand {
                span: cx.span(a, last),
                canonical: cx.text_of(a, last),
                kind: ActorKind::Organization,
                role: None,
                gazetteer: false,
                generic: false,
            },
        );
        return;
    }
    // Otherwise: gazetteer names, and runs of unknown words between them.
    let mut x = a;
    while x < b {
        let mut y = x;
        while y < b && cx.gaz(y).is_none() {
            y += 1;
        }
        // "the State of Mexico": the words before the name belong to it.
        let state = cx
            .gaz(y)
            .filter(|&p| {
                y < b && matches!(lex.patterns[p].alias, AliasKind::Name | AliasKind::Capital)
            })
            .and_then(|_| cx.federal_state(y, y + 1, b));
        let upto = state.as_ref().map_or(y, |st| st.first.max(x));
        if upto > x {
            unknown(cx, x, upto, found, ranges);
        }
        if let Some(st) = state {
            x = st.end;
            st.push(cx, found, ranges);
        } else if let Some(p) = cx.gaz(y).filter(|_| y < b) {
            gazetteer(cx, y, p, y + 1 < b && cx.is_cap(y + 1), found, ranges);
            x = y + 1;
        } else {
            x = y;
        }
    }
}

fn gazetteer(
    cx: &Ctx,
    i: usize,
    p: usize,
    before_name: bool,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let lex = cx.lex;
    let Some(pat) = lex.patterns.get(p) else {
        return;
    };
    let entry = &lex.entries[pat.entry];
    let (canonical, kind) = match pat.alias {
        AliasKind::Block => return,
        AliasKind::Name => (entry.canonical.clone(), entry.kind),
        AliasKind::Capital => {
            // "in Paris", "Paris, Texas", "a Paris-based firm": the city
            let locative = i
                .checked_sub(1)
                .is_some_and(|q| lex.locatives.contains(cx.lower(q)))
                || cx.city_state(i + 1).is_some()
                || cx.place_adjective(i + 1);
            if locative {
                (pat.written.clone(), ActorKind::Place)
            } else {
                (entry.canonical.clone(), entry.kind)
            }
        }
        AliasKind::Demonym => {
            if before_name || !demonym_is_actor(cx, i) {
                return;
            }
            (entry.canonical.clone(), entry.kind)
        }
        AliasKind::DemonymPlural => {
            // "the Israelis said" is the state; "Iranians protested" the people
            if i.checked_sub(1).is_none_or(|q| cx.lower(q) != "the") {
                return;
            }
            (entry.canonical.clone(), entry.kind)
        }
    };
    push(
        found,
        ranges,
        i,
        i + 1,
        Cand {
            span: cx.span(i, i),
            canonical,
            kind,
            role: None,
            gazetteer: true,
            generic: false,
        },
    );
}

/// A demonym stands for its state when a state-agent noun follows, possibly
/// after a few lowercase words ("Israeli security and intelligence community").
fn demonym_is_actor(cx: &Ctx, i: usize) -> bool {
    for j in i + 1..i + 5 {
        if cx.phrase_starting_at(&cx.lex.state_heads, j).is_some() {
            return true;
        }
        let w = cx.s(j);
        let lowercase_word = cx.is_word(j) && w.chars().next().is_some_and(char::is_lowercase);
        if !lowercase_word && !cx.is_punct(j, ",") {
            return false;
        }
    }
    false
}

fn person(
    cx: &Ctx,
    a: usize,
    b: usize,
    role: Option<String>,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let mut b = b;
    while b > a && (cx.is_connector(b - 1) || !cx.is_word(b - 1)) {
        b -= 1;
    }
    if b <= a {
        return;
    }
    push(
        found,
        ranges,
        a,
        b,
        Cand {
            span: cx.span(a, b - 1),
            canonical: cx.text_of(a, b - 1),
            kind: ActorKind::Person,
            role,
            gazetteer: false,
            generic: false,
        },
    );
}

/// The first token of `a..b` that can begin a name: past stopwords,
/// connectors and punctuation.
fn name_start(cx: &Ctx, mut a: usize, b: usize) -> usize {
    while a < b && (cx.is_stop(a) || cx.is_connector(a) || !cx.is_word(a)) {
        a += 1;
    }
    a
}

/// A run of capitalized words the gazetteer does not know.
fn unknown(
    cx: &Ctx,
    a: usize,
    b: usize,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let a = name_start(cx, a, b);
    if a >= b {
        return;
    }
    let words = (a..b)
        .filter(|&x| cx.is_word(x) && !cx.is_connector(x))
        .count();
    if cx.headline {
        // Title Case makes every word look like a name: only words that the
        // rest of the text names in full can be trusted here.
        for x in a..b {
            if cx.is_word(x) && !cx.is_connector(x) && !cx.is_stop(x) {
                found.pending.push(Pending {
                    span: cx.span(x, x),
                    speaker: false,
                    locative: false,
                    mid_sentence: false,
                    org: false,
                    workplace: None,
                });
            }
        }
        return;
    }
    if title_alone(cx, a, b, found, ranges) {
        return;
    }
    let run_end = b;
    // Past a title on its own: a title or a dot ending the run ("... A Gen.")
    // names no one and is not part of a name.
    let mut b = b;
    while b > a {
        if cx.is_punct(b - 1, ".") {
            b -= 1;
        } else if let Some(t) = cx
            .phrase_ending_at(&cx.lex.titles, b - 1)
            .filter(|&t| t >= a)
        {
            b = t;
        } else {
            break;
        }
    }
    if a >= b {
        return;
    }
    let lex = cx.lex;
    let adjective = |x: usize| lex.name_words.get(cx.s(x)) == Some(&NameClass::Adjective);
    if (a..b).all(|x| !cx.is_word(x) || cx.is_connector(x) || adjective(x)) {
        return;
    }
    // "Atlanta-based", "a Gaza-born doctor": a place, whatever cue comes
    // before it ("an executive at San Francisco-based Acme").
    if b == run_end && cx.place_adjective(b) {
        located_place(cx, a, b, found, ranges);
        return;
    }
    // "Kano State", "Kano state", "the state of Kano": a state named like its
    // capital has a name of its own, never merged with the city.
    let state = if b - a >= 2 && cx.s(b - 1) == "State" {
        cx.federal_state(a, b - 1, b)
    } else if b == run_end {
        cx.federal_state(a, b, b)
    } else {
        None
    };
    if let Some(st) = state {
        st.push(cx, found, ranges);
        return;
    }
    // "Barclays plc": a company, and so is the bare "Barclays" elsewhere.
    if b == run_end && cx.lowercase_corporate_suffix(b) {
        found.org_keys.push(key(&cx.text_of(a, b - 1)));
        let cand = mention_cand(cx.span(a, b), cx.text_of(a, b), ActorKind::Organization);
        push(found, ranges, a, b + 1, cand);
        return;
    }
    // Where only an organisation fits: "shares in X", "an analyst at X",
    // "X's chief executive". A bare noun after a sentence's first word may
    // follow a common noun ("Airline employees"), so there it needs the
    // possessive.
    let poss_after = cx.ts.get(b).is_some_and(|t| t.kind == TokKind::Poss);
    let cue = cx.org_governed(a);
    let company = cue == Some(true)
        || (b == run_end
            && cx.org_noun_after(b)
            && (poss_after || words >= 2 || !cx.sentence_initial(a)));
    let org = company || cue.is_some();
    if org {
        let keys = if company {
            &mut found.org_keys
        } else {
            &mut found.employer_keys
        };
        keys.push(key(&cx.text_of(a, b - 1)));
    }
    // "Mandi district", "the Kherson region": a name with its place type. The
    // type word is part of the mention but not of the name, so that "in
    // Nueva Vizcaya" and "in Nueva Vizcaya province" name one place, as
    // "Gaza City" and "Gaza" do in the gazetteer.
    if b == run_end
        && cx.named_with_head(a, b)
        && !(a..b).any(|x| lex.name_words.get(cx.s(x)) == Some(&NameClass::Thing))
    {
        let name = cx.span(a, b - 1);
        if words == 1 && cx.sentence_initial(a) {
            found.initial_places.push((cx.span(a, b), name));
        } else {
            let canonical = cx.text_of(a, b - 1);
            found.headed_names.push(key(&canonical));
            push(
                found,
                ranges,
                a,
                b + 1,
                mention_cand(cx.span(a, b), canonical, ActorKind::Place),
            );
        }
        return;
    }
    if words >= 2 {
        let class_of = |x: usize| {
            lex.name_words.get(cx.s(x)).copied().map(|c| {
                if c == NameClass::Adjective {
                    NameClass::Other
                } else {
                    c
                }
            })
        };
        let last = (a..b).rev().find(|&x| cx.is_word(x)).unwrap_or(a);
        // A capitalized place type ending the name: "Kano State",
        // "Zaporizhzhia Oblast", "Mekong Delta" (its lowercase form is a
        // place head; those in name_words.tsv already have their class).
        let place_type = |x: usize| {
            lex.place_heads
                .contains_key(cx.lower(x))
                .then_some(NameClass::Place)
                .filter(|_| cx.s(x).starts_with(char::is_uppercase))
        };
        let class = class_of(last)
            .or_else(|| (a..b).find_map(class_of))
            .or_else(|| {
                (a..b)
                    .any(|x| matches!(cx.s(x), "of" | "for"))
                    .then_some(NameClass::Other)
            })
            .or_else(|| place_type(last));
        let class = match class {
            None if words > 4 => Some(NameClass::Other),
            c => c,
        };
        if let Some(class) = class {
            let kind = match class {
                NameClass::Thing => return,
                NameClass::Place => ActorKind::Place,
                NameClass::Other | NameClass::Adjective if org => ActorKind::Organization,
                NameClass::Other | NameClass::Adjective => ActorKind::Other,
            };
            push(
                found,
                ranges,
                a,
                b,
                Cand {
                    span: cx.span(a, b - 1),
                    canonical: cx.text_of(a, b - 1),
                    kind,
                    role: None,
                    gazetteer: false,
                    generic: false,
                },
            );
            return;
        }
    }
    // A lone unknown word at a sentence start before "said" is as often a
    // common noun ("Witnesses said") as a surname, so it needs more evidence.
    let w = cx.s(a);
    let plural_like = w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e));
    // The object of a preposition does not speak: "residents of Okoroba
    // told", "a spokesman for Acme said", "fighting in Bakhmut continued".
    let object = a.checked_sub(1).is_some_and(|p| {
        cx.is_word(p)
            && (cx.lex.locatives.contains(cx.lower(p)) || cx.lex.prepositions.contains(cx.lower(p)))
    });
    let speaker = cx.lex.speech_verbs.contains(cx.lower(b))
        && !object
        && !(cx.sentence_initial(a) && plural_like);
    // A name the lexicon does not know, right after "in", "near"...: a place,
    // unless a possessive makes it the owner of something that is not one
    // ("in Donald Trump's cabinet", but "in Himachal Pradesh's Mandi district").
    // Only a whole name: not "New" of "in New Mexico" or "Standard" of "in
    // Standard & Poor's".
    // "Spokane, Washington", "AMHERST, N.Y.": a city
    let city = b == run_end && cx.city_state(b).is_some();
    let located = (cx.after_locative(a) || cx.in_place_list(a, b) || city)
        && !cx.is_cap(b)
        && !cx.is_punct(b, "&")
        && (b >= cx.ts.len()
            || cx.ts[b].kind != TokKind::Poss
            || (b == run_end && cx.place_at(b + 1)));
    // "a commander at Chasiv Yar", "an official at Kryvyi Rih": where the
    // role is held, never a person; not "an aide at Smith's office".
    let workplace = cx
        .workplace(a)
        .filter(|_| !org && cx.ts.get(b).is_none_or(|t| t.kind != TokKind::Poss));
    if words >= 2 && org {
        let cand = mention_cand(
            cx.span(a, b - 1),
            cx.text_of(a, b - 1),
            ActorKind::Organization,
        );
        push(found, ranges, a, b, cand);
    } else if let Some(kind) = workplace.filter(|_| words >= 2) {
        found.workplaces.push(found.cands.len());
        let cand = mention_cand(cx.span(a, b - 1), cx.text_of(a, b - 1), kind);
        push(found, ranges, a, b, cand);
    } else if words >= 2 && (city || (a..b).all(|x| cx.name_like(x) || cx.is_punct(x, "."))) {
        if located {
            located_place(cx, a, b, found, ranges);
        } else {
            person(cx, a, b, None, found, ranges);
        }
    } else if words == 1 && b == a + 1 && !cx.lex.org_heads.contains(w) {
        found.pending.push(Pending {
            span: cx.span(a, a),
            speaker,
            locative: located && (city || cx.could_be_place(a)),
            mid_sentence: !cx.sentence_initial(a),
            org,
            workplace,
        });
    }
}

/// "a federal judge", "the senior official": a role with no name, kept as a
/// person whose canonical name is the role (at least one modifier required, so
/// that a bare "the official" is not merged with every other one).
fn generic_roles(cx: &Ctx, used: &[bool], found: &mut Found) {
    let n = cx.ts.len();
    for d in 0..n {
        if !DETERMINERS.contains(&cx.lower(d)) {
            continue;
        }
        let mut j = d + 1;
        let mut mods = 0;
        while j < n && mods < 3 && !used[j] && cx.lex.modifiers.contains(cx.s(j)) {
            if let Some(e) = cx.phrase_starting_at(&cx.lex.titles, j) {
                if mods > 0
                    && !cx.is_cap(e)
                    && !cx.lex.modifiers.contains(cx.s(e))
                    && cx.prev(e).is_some_and(|p| !used[p])
                {
                    break;
                }
            }
            mods += 1;
            j += 1;
        }
        if mods == 0 || j >= n || used[j] {
            continue;
        }
        let Some(e) = cx.phrase_starting_at(&cx.lex.titles, j) else {
            continue;
        };
        if e <= j
            || cx.is_cap(e)
            || (j..e).any(|x| used[x])
            || cx.s(j).chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        let name = cx.text_of(d + 1, e - 1);
        found.cands.push(Cand {
            span: cx.span(d + 1, e - 1),
            canonical: name.clone(),
            kind: ActorKind::Person,
            role: Some(name),
            gazetteer: false,
            generic: true,
        });
    }
}

/// A role in an appositive after a name: "Mohammed bin Salman, the Saudi
/// crown prince, ...", "Josep Borrell, the EU's foreign policy chief."
fn appositive_roles(cx: &Ctx, found: &mut Found, ranges: &[(usize, usize, usize)]) {
    for &(_, b, ci) in ranges {
        let c = &found.cands[ci];
        if c.kind != ActorKind::Person || c.generic || c.role.is_some() {
            continue;
        }
        if !cx.is_punct(b, ",") || !DETERMINERS.contains(&cx.lower(b + 1)) {
            continue;
        }
        let start = b + 2;
        for e in start..start + 6 {
            let Some(t) = cx.ts.get(e) else { break };
            if t.kind == TokKind::Punct || t.kind == TokKind::Break {
                break;
            }
            let ends = match cx.ts.get(e + 1) {
                None => true,
                Some(n) => {
                    n.kind == TokKind::Break
                        || (n.kind == TokKind::Punct
                            && matches!(cx.s(e + 1), "," | "." | ")" | ";" | "\u{2014}"))
                }
            };
            if ends {
                if cx.phrase_ending_at(&cx.lex.titles, e).is_some() {
                    found.cands[ci].role = cx.role(start, e);
                }
                break;
            }
        }
    }
}

/// Acronyms defined in the text ("Islamic Revolutionary Guard Corps (IRGC)")
/// and stated aliases ("X, who also goes by the name Y", "X, also known as Y").
/// Only this chunk's candidates (from `first`) and pending words (from
/// `pfirst`) are searched, which keeps the work per chunk bounded.
fn definitions(
    cx: &Ctx,
    found: &mut Found,
    ranges: &[(usize, usize, usize)],
    first: usize,
    pfirst: usize,
) {
    for &(_, b, ci) in ranges {
        let c = &found.cands[ci];
        if c.generic || matches!(c.kind, ActorKind::Place) {
            continue;
        }
        // "(IRGC)"
        if cx.is_punct(b, "(") && cx.is_punct(b + 2, ")") && cx.is_word(b + 1) {
            let acr = cx.s(b + 1);
            let caps = acr.chars().filter(|c| c.is_uppercase()).count();
            if caps >= 2
                && acr.chars().all(|c| c.is_alphanumeric() || c == '-')
                && acr.chars().next().is_some_and(char::is_uppercase)
            {
                found.aliases.push((key(acr), ci));
                let sp = cx.span(b + 1, b + 1);
                if !found.cands[first..].iter().any(|c| c.span == sp) {
                    let c = &found.cands[ci];
                    let cand = Cand {
                        span: sp,
                        canonical: c.canonical.clone(),
                        kind: c.kind,
                        role: None,
                        gazetteer: c.gazetteer,
                        generic: false,
                    };
                    found.cands.push(cand);
                }
            }
        }
        // ", also known as Y"
        let mut q = b;
        if cx.is_punct(q, ",") || cx.is_punct(q, "(") {
            q += 1;
        }
        if let Some(e) = cx.phrase_starting_at(&cx.lex.alias_cues, q) {
            let Some(t) = cx.ts.get(e) else { continue };
            if let Some(y) = found.cands[first..]
                .iter()
                .position(|c| c.span.start == t.start)
                .map(|y| y + first)
            {
                let yk = key(&found.cands[y].canonical);
                found.aliases.push((yk, ci));
            } else if let Some(pd) = found.pending[pfirst..]
                .iter()
                .find(|p| p.span.start == t.start)
            {
                found
                    .aliases
                    .push((key(&cx.text[pd.span.start..pd.span.end]), ci));
            }
        }
    }
}

/// Short forms of full names: for every proper word suffix of a full name
/// (up to four words: "Albanese", "Kranz Neiger"), the full names ending with
/// it, by key. Lookups then cost one hash probe, whatever the text.
fn suffix_index<'a>(
    names: impl Iterator<Item = &'a str>,
) -> HashMap<String, BTreeMap<String, String>> {
    let mut index: HashMap<String, BTreeMap<String, String>> = HashMap::new();
    for name in names {
        let k = key(name);
        let words: Vec<&str> = k.split(' ').collect();
        for len in 1..words.len().min(5) {
            let suffix = words[words.len() - len..].join(" ");
            let slot = index.entry(suffix).or_default();
            // several spellings of one name: keep the smallest, deterministically
            match slot.get(&k) {
                Some(old) if old.as_str() <= name => {}
                _ => {
                    slot.insert(k.clone(), name.to_string());
                }
            }
        }
    }
    index
}

/// Settles canonical names within one document.
fn resolve_document(lex: &Lexicon, text: &str, found: Found) -> Vec<ActorMention> {
    let Found {
        mut cands,
        pending,
        aliases,
        located,
        initial_places,
        headed_names,
        org_keys,
        employer_keys,
        workplaces,
        schools,
        city_states,
    } = found;
    let surface_key = |sp: Span| key(text.get(sp.start..sp.end).unwrap_or(""));
    // What the document's other mentions of a name show it to be. A name
    // written where only a company fits ("shares in Northvolt", "Northvolt's
    // chief executive") is the company wherever it is written. One written
    // as an employer ("an engineer at X") or that speaks ("X said") and also
    // stands after "in" or "at" may be a company, a site, a person or a
    // town: its kind stays open (`other`) rather than guessed.
    let orgs: HashSet<String> = org_keys.into_iter().collect();
    let employers: HashSet<String> = employer_keys.into_iter().collect();
    let speakers: HashSet<String> = pending
        .iter()
        .filter(|p| p.speaker)
        .map(|p| surface_key(p.span))
        .collect();
    let placed: HashSet<String> = pending
        .iter()
        .filter(|p| p.locative)
        .map(|p| surface_key(p.span))
        .chain(
            located
                .iter()
                .filter_map(|&i| Some(key(&cands.get(i)?.canonical))),
        )
        .collect();
    // A name read as a place for its position that the document names as a
    // person elsewhere, in full or by surname ("in Switzerland, Homira
    // Atimadi, ... Ms. Atimadi says"), is the person.
    let people: HashSet<String> = cands
        .iter()
        .filter(|c| c.kind == ActorKind::Person && !c.generic)
        .map(|c| key(&c.canonical))
        .collect();
    for i in located {
        if let Some(c) = cands.get_mut(i) {
            let k = key(&c.canonical);
            let surname = k.rsplit(' ').next().unwrap_or("");
            if people.contains(&k) || people.contains(surname) {
                c.kind = ActorKind::Person;
            } else if orgs.contains(&k) {
                c.kind = ActorKind::Organization;
            } else if speakers.contains(&k) || employers.contains(&k) {
                c.kind = ActorKind::Other;
            }
        }
    }
    // A state read after a name that the document shows to be a company, a
    // speaker or a person is not that name's state ("Jayark, New York,
    // distributes...": the company and its city).
    for cs in city_states {
        let not_a_city = orgs.contains(&cs.city)
            || speakers.contains(&cs.city)
            || employers.contains(&cs.city)
            || people.contains(&cs.city);
        if let (true, Some((canonical, kind)), Some(c)) =
            (not_a_city, cs.plain, cands.get_mut(cs.state))
        {
            c.canonical = canonical;
            c.kind = kind;
        }
    }
    // Where a role is held ("an official at Kryvyi Rih") is the company the
    // document shows elsewhere, or the place it puts things in.
    let workplace_kind = |k: &str, kind: ActorKind| {
        if orgs.contains(k) {
            ActorKind::Organization
        } else if placed.contains(k) {
            ActorKind::Place
        } else {
            kind
        }
    };
    for i in workplaces {
        if let Some(c) = cands.get_mut(i) {
            c.kind = workplace_kind(&key(&c.canonical), c.kind);
        }
    }
    // "X State" with a team's nickname in the text ("the Buckeyes") is the
    // university's team.
    for (span, name) in schools {
        let k = key(&name);
        let team = lex
            .school_nicknames
            .iter()
            .any(|(nick, school)| key(school) == k && crate::words::contains_word(text, nick));
        if team {
            for c in cands.iter_mut().filter(|c| c.span == span) {
                *c = school(span, &name);
            }
        }
    }
    // A sentence-initial word is capitalized whatever it is; the same word
    // capitalized mid-sentence shows it is a name.
    let proper: HashSet<String> = pending
        .iter()
        .filter(|p| p.mid_sentence)
        .map(|p| key(text.get(p.span.start..p.span.end).unwrap_or("")))
        .chain(headed_names)
        .collect();
    for (whole, name) in initial_places {
        let name = text.get(name.start..name.end).unwrap_or("");
        if proper.contains(&key(name)) {
            cands.push(mention_cand(whole, name.to_string(), ActorKind::Place));
        }
    }
    // alias key -> canonical (first definition in text order wins within a document)
    let mut alias_map: HashMap<String, (String, ActorKind)> = HashMap::new();
    for (k, ci) in &aliases {
        if let Some(c) = cands.get(*ci) {
            if key(&c.canonical) != *k {
                alias_map
                    .entry(k.clone())
                    .or_insert_with(|| (c.canonical.clone(), c.kind));
            }
        }
    }
    // Full names of persons, for surnames and short forms.
    let full: BTreeSet<String> = cands
        .iter()
        .filter(|c| {
            c.kind == ActorKind::Person && !c.generic && !alias_map.contains_key(&key(&c.canonical))
        })
        .map(|c| c.canonical.clone())
        .filter(|c| c.split_whitespace().count() >= 2)
        .collect();
    let index = suffix_index(full.iter().map(String::as_str));
    // First names of people named in full: "into Elian" is the boy Elian
    // Gonzalez, not a place.
    let first_names: HashSet<String> = full
        .iter()
        .filter_map(|f| f.split_whitespace().next())
        .map(key)
        .collect();
    // The one full name a short form stands for: Ok(None) when there is none,
    // Err(()) when several people share it.
    let longer = |name: &str| -> Result<Option<&String>, ()> {
        match index.get(&key(name)) {
            None => Ok(None),
            Some(m) if m.len() == 1 => Ok(m.values().next()),
            Some(_) => Err(()),
        }
    };
    // An alias defined for a short form ("Mr. Biden (JRB)") stands for the
    // full name the short form resolves to, like the short form itself.
    let alias_map: HashMap<String, (String, ActorKind)> = alias_map
        .into_iter()
        .map(|(k, (canon, kind))| match longer(&canon) {
            Ok(Some(f)) if kind == ActorKind::Person => (k, (f.clone(), kind)),
            _ => (k, (canon, kind)),
        })
        .collect();
    for c in cands.iter_mut() {
        let k = key(&c.canonical);
        if let Some((canon, kind)) = alias_map.get(&k) {
            c.canonical = canon.clone();
            c.kind = *kind;
        } else if c.kind == ActorKind::Person && !c.generic {
            if let Ok(Some(f)) = longer(&c.canonical) {
                c.canonical = f.clone();
            }
        }
    }
    // A defined alias is already a candidate where it is defined: the same
    // words must not be read a second time as a pending short form.
    let taken: HashSet<Span> = cands.iter().map(|c| c.span).collect();
    for p in pending {
        if taken.contains(&p.span) {
            continue;
        }
        let surface = text.get(p.span.start..p.span.end).unwrap_or("");
        let k = key(surface);
        if let Some((canon, kind)) = alias_map.get(&k) {
            cands.push(mention_cand(p.span, canon.clone(), *kind));
            continue;
        }
        if let Some(kind) = p.workplace {
            cands.push(mention_cand(
                p.span,
                surface.to_string(),
                workplace_kind(&k, kind),
            ));
            continue;
        }
        // Where an organisation fits, even a surname names one ("jobs at
        // Ford" in a story that names Henry Ford).
        if p.org {
            let kind = if placed.contains(&k) && !orgs.contains(&k) {
                ActorKind::Other
            } else {
                ActorKind::Organization
            };
            cands.push(mention_cand(p.span, surface.to_string(), kind));
            continue;
        }
        match longer(surface) {
            Ok(None) if orgs.contains(&k) => {
                cands.push(mention_cand(
                    p.span,
                    surface.to_string(),
                    ActorKind::Organization,
                ));
            }
            Ok(None) if p.locative && !first_names.contains(&k) => {
                let kind = if speakers.contains(&k) || employers.contains(&k) {
                    ActorKind::Other
                } else {
                    ActorKind::Place
                };
                cands.push(mention_cand(p.span, surface.to_string(), kind));
            }
            Ok(None) if p.speaker && !lex.stopwords.contains(surface) => {
                let kind = if placed.contains(&k) {
                    ActorKind::Other
                } else if employers.contains(&k) {
                    ActorKind::Organization
                } else {
                    ActorKind::Person
                };
                cands.push(mention_cand(p.span, surface.to_string(), kind));
            }
            Ok(None) => {}
            Ok(Some(f)) => cands.push(mention_cand(p.span, f.clone(), ActorKind::Person)),
            // Several people share the name: leave it unmerged.
            Err(()) => cands.push(mention_cand(p.span, surface.to_string(), ActorKind::Person)),
        }
    }
    // Spelling variants of one name ("Nicolas" / "Nicolás") share one form.
    let reps = representatives(lex, cands.iter().map(|c| c.canonical.as_str()));
    let mut out: Vec<ActorMention> = cands
        .into_iter()
        .filter(|c| !c.span.is_empty())
        .map(|c| ActorMention {
            span: c.span,
            canonical: reps.get(&key(&c.canonical)).cloned().unwrap_or(c.canonical),
            kind: c.kind,
            role: c.role,
        })
        .collect();
    out.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.canonical).cmp(&(b.span.start, b.span.end, &b.canonical))
    });
    out.dedup_by(|a, b| a.span == b.span && a.canonical == b.canonical);
    out
}

fn mention_cand(span: Span, canonical: String, kind: ActorKind) -> Cand {
    Cand {
        span,
        canonical,
        kind,
        role: None,
        gazetteer: false,
        generic: false,
    }
}

/// For every name key, the form to print: the gazetteer's canonical name if it
/// has one, else a form not all in capitals (a dateline's "CAPE TOWN" is no
/// spelling of its own), then the one with most diacritics, then the
/// longest, then the lexicographically smallest — independent of input order.
fn representatives<'a>(
    lex: &Lexicon,
    names: impl Iterator<Item = &'a str>,
) -> HashMap<String, String> {
    let mut reps: HashMap<String, String> = HashMap::new();
    for n in names {
        let k = key(n);
        if let Some(&e) = lex.canonical_keys.get(&k) {
            reps.insert(k, lex.entries[e].canonical.clone());
            continue;
        }
        let better = match reps.get(&k) {
            None => true,
            Some(old) => {
                if lex.canonical_keys.contains_key(&k) {
                    false
                } else {
                    spelling_rank(n) > spelling_rank(old)
                }
            }
        };
        if better {
            reps.insert(k, n.to_string());
        }
    }
    reps
}

/// How good a spelling of a name is, best greatest (see [`representatives`]).
fn spelling_rank(n: &str) -> (bool, usize, usize, std::cmp::Reverse<&str>) {
    let cased = n.chars().any(char::is_lowercase);
    (cased, diacritics(n), n.len(), std::cmp::Reverse(n))
}

/// Makes canonical names agree across the documents of one run.
/// `mentions[i]` belongs to `docs[i]`.
///
/// Equivalences learned in one document carry over to the others: a surface
/// form resolved to a different name (a defined acronym, a stated alias, a
/// short form) maps that form everywhere, unless the run resolves it to two
/// different names; a bare surname or short name joins the one full name in
/// the run that ends with it, and stays apart when several do.
pub fn unify(docs: &[&Document], mentions: &mut [Vec<ActorMention>]) {
    let lex = lexicon();
    let personish = |k: ActorKind| {
        matches!(
            k,
            ActorKind::Person | ActorKind::Organization | ActorKind::Group
        )
    };
    // surface key -> canonical keys it was resolved to
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut persons: BTreeSet<String> = BTreeSet::new();
    let mut all_names: Vec<String> = Vec::new();
    for (d, ms) in docs.iter().zip(mentions.iter()) {
        for m in ms {
            all_names.push(m.canonical.clone());
            let ck = key(&m.canonical);
            if m.kind == ActorKind::Person && ck.split(' ').count() >= 2 {
                persons.insert(ck.clone());
            }
            if !personish(m.kind) {
                continue;
            }
            let sk = key(d.text.get(m.span.start..m.span.end).unwrap_or(""));
            if sk.is_empty() || sk == ck {
                continue;
            }
            let sw: Vec<&str> = sk.split(' ').collect();
            let cw: Vec<&str> = ck.split(' ').collect();
            if m.kind == ActorKind::Person && cw.ends_with(&sw) {
                // a short form: handled by the surname rule, which checks ambiguity run-wide
                continue;
            }
            edges.entry(sk).or_default().insert(ck);
        }
    }
    let index = suffix_index(persons.iter().map(String::as_str));
    let mut written: HashMap<String, usize> = HashMap::new();
    for n in &all_names {
        *written.entry(key(n)).or_default() += 1;
    }
    let spelled = spelling::groups(
        persons
            .iter()
            .map(|p| (p.as_str(), written.get(p).copied().unwrap_or(0))),
    );
    let reps = representatives(lex, all_names.iter().map(String::as_str));
    let resolve = |ck: &str, kind: ActorKind| -> String {
        let mut cur = ck.to_string();
        for _ in 0..4 {
            if let Some(t) = edges.get(&cur) {
                if t.len() == 1 {
                    if let Some(n) = t.iter().next() {
                        if *n != cur {
                            cur = n.clone();
                            continue;
                        }
                    }
                }
            }
            break;
        }
        if kind == ActorKind::Person {
            if let Some(m) = index.get(&cur) {
                if m.len() == 1 {
                    if let Some(full) = m.keys().next() {
                        cur = full.clone();
                    }
                }
            }
        }
        cur
    };
    for ms in mentions.iter_mut() {
        for m in ms.iter_mut() {
            let ck = key(&m.canonical);
            let mut gk = if personish(m.kind) {
                resolve(&ck, m.kind)
            } else {
                ck
            };
            if m.kind == ActorKind::Person {
                if let Some(v) = spelled.get(&gk) {
                    gk = v.clone(); // "Zelenskiy" where another outlet writes "Zelenskyy"
                }
            }
            if let Some(r) = reps.get(&gk) {
                m.canonical = r.clone();
            }
        }
    }
    agree_on_kinds(mentions);
}

/// One actor, one kind. A name merged with another keeps the kind it was
/// guessed with in its own document ("MoH claimed" reads as a person until
/// the run learns MoH is the Ministry of Health): every mention of a
/// canonical name takes the kind most of its mentions have, where a person
/// counts only when nothing else was found, since person is the guess for
/// any unknown name that speaks. Ties go to the first kind in declaration
/// order, so the result does not depend on document order.
fn agree_on_kinds(mentions: &mut [Vec<ActorMention>]) {
    let mut counts: HashMap<&str, BTreeMap<ActorKind, usize>> = HashMap::new();
    for m in mentions.iter().flatten() {
        *counts
            .entry(m.canonical.as_str())
            .or_default()
            .entry(m.kind)
            .or_default() += 1;
    }
    let chosen: HashMap<String, ActorKind> = counts
        .into_iter()
        .filter(|(_, k)| k.len() > 1)
        .map(|(name, k)| {
            let best = k
                .iter()
                .filter(|(kind, _)| **kind != ActorKind::Person)
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map_or(ActorKind::Person, |(kind, _)| *kind);
            (name.to_string(), best)
        })
        .collect();
    if chosen.is_empty() {
        return;
    }
    for m in mentions.iter_mut().flatten() {
        if let Some(&k) = chosen.get(&m.canonical) {
            m.kind = k;
        }
    }
}
