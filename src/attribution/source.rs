//! Source phrases of one sentence: the noun phrase a reporting verb or
//! "according to" attributes the sentence to, its kind and canonical name.
//!
//! Three shapes are read, on comma-separated segments of the sentence:
//! - subject + verb: "A US official said ...", "..., the ministry stated."
//!   (time adverbials and auxiliaries may stand between: "The United States
//!   on Friday accused", "US intelligence has previously said");
//! - verb + subject after a comma or quote: "...,” said the official.";
//! - "according to" + phrase, anywhere.
//!
//! Also: a subject before appositives ("Smith, 45, said"; "A diplomat,
//! speaking on condition of anonymity, said"; "James Fallon, a New
//! Providence, N.J., consultant, says"), "issued a statement saying", "was
//! quoted as saying"; not passives ("was accused of") nor refusals ("denied
//! bail").
//!
//! A source phrase is a noun phrase and nothing more: a pronoun stands alone
//! ("doctors it says" -> "it"); an article after a verb starts a new phrase
//! ("a Web site lists the names"); the phrase never ends with "and" or a
//! preposition, never holds quoted words, and a phrase after an inverted
//! verb never opens with a preposition or a time word ("said over the
//! weekend") nor runs into an opening quotation mark ("said the deal remains
//! of “...”": a clause, whose subject is before the verb).
//!
//! "He" and "she" stand for the latest person who spoke (named or not: "the
//! spokeswoman"), unless a person was named since: then for the first person
//! named in the nearest sentence naming one.
//! Lowercase head nouns not in the lexicon still make a speaker ("the coach
//! said"); without actor mentions, a capitalized head is a person unless the
//! phrase holds an organization or government word, starts with "the" or is
//! an acronym ("Iran denied" alone reads as a person: actor kinds fix that).

use super::lexicon::{Head, Lexicon};
use super::marks::is_quote_char;
use super::tokens::Tok;
use crate::model::{ActorKind, ActorMention, Source, SourceKind, Span};

/// Longest source phrase, in tokens.
const MAX_NP: usize = 12;
/// How far back "the official" and pronouns look, in earlier sources.
const HISTORY: usize = 200;
/// How far back "he" and "she" look for a person named, in sentences.
const SALIENCE_SENTENCES: usize = 8;
/// A subject's verb is looked for this far into a segment.
const MAX_VERB_OFFSET: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pat {
    According,
    Inverted,
    Subject,
}

/// A source phrase found in a sentence.
#[derive(Clone, Debug)]
pub struct Cand {
    pub source: Source,
    /// The reporting cue: the verb, or "according to".
    pub verb: Span,
    pub pat: Pat,
    /// Spans whose modality cues belong to the source, not the claim.
    pub mute: Vec<Span>,
    /// How good a sentence source it is: 0 = only usable for a nearby quote;
    /// higher wins.
    pub rank: u8,
}

/// An earlier source, for "the official" and pronouns.
#[derive(Clone, Debug)]
pub struct Hist {
    pub lemma: String,
    pub kind: SourceKind,
    pub canonical: Option<String>,
    /// Where the source phrase ends.
    pub end: usize,
    /// One person, named or not ("Smith", "the spokeswoman"): what "he" or
    /// "she" may refer to.
    pub person: bool,
    /// Titles before a name in the phrase ("governor" in "Governor Kwabena
    /// Asante-Mensah").
    pub titles: Vec<String>,
}

pub struct Ctx<'a> {
    pub text: &'a str,
    pub lex: &'static Lexicon,
    /// Valid actor mentions, sorted by start.
    pub actors: Vec<&'a ActorMention>,
    /// Quote contents, sorted by start.
    pub quotes: Vec<Span>,
    /// The document's sentences, in order.
    pub sentences: &'a [Span],
}

impl Ctx<'_> {
    pub fn in_quote(&self, s: Span) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= s.start);
        self.quotes.get(i).is_some_and(|q| q.contains(s))
    }

    /// Whether `s` shares a byte with the words of a quotation.
    fn touches_quote(&self, s: Span) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= s.start);
        self.quotes.get(i).is_some_and(|q| q.overlaps(s))
    }

    /// Whether the token `s` is a quotation mark that opens a quotation: the
    /// quotation's words begin after it with nothing but marks and spaces
    /// between.
    fn opens_quote(&self, s: Span) -> bool {
        let marks = |gap: &str| {
            gap.len() <= 8 && gap.chars().all(|c| c.is_whitespace() || is_quote_char(c))
        };
        let i = self.quotes.partition_point(|q| q.start < s.end);
        self.text.get(s.start..s.end).is_some_and(marks)
            && self
                .quotes
                .get(i)
                .is_some_and(|q| self.text.get(s.end..q.start).is_some_and(marks))
    }

    /// The words of the quotation that closes right before byte `pos`, with
    /// nothing but marks, spaces and its final punctuation between (`,”
    /// said`, `?'' asked`).
    fn quote_ending_before(&self, pos: usize) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.end <= pos);
        let q = *self.quotes.get(i.checked_sub(1)?)?;
        let gap = self.text.get(q.end..pos)?;
        let closing = gap.len() <= 8
            && gap.chars().any(is_quote_char)
            && gap.chars().all(|c| {
                c.is_whitespace() || is_quote_char(c) || matches!(c, ',' | '.' | '!' | '?')
            });
        closing.then_some(q)
    }

    /// The actor mention covering `s`, if any.
    fn actor_covering(&self, s: Span) -> Option<&ActorMention> {
        let i = self.actors.partition_point(|a| a.span.start <= s.start);
        self.actors[..i]
            .iter()
            .rev()
            .take(16)
            .find(|a| a.span.contains(s))
            .copied()
    }

    /// Actor mentions lying inside `s`, in order.
    fn actors_inside(&self, s: Span) -> impl Iterator<Item = &ActorMention> {
        let i = self.actors.partition_point(|a| a.span.start < s.start);
        self.actors[i..]
            .iter()
            .take_while(move |a| a.span.start < s.end)
            .filter(move |a| s.contains(a.span))
            .copied()
    }

    /// The person a "he" or "she" at `pos` most likely stands for among the
    /// people named before it: the first person named, outside quotations,
    /// in the nearest sentence that names one (the subject, usually: "But
    /// Kenneth Leon, an analyst, finds the proposal flawed. “...,” he
    /// asked."). A sentence that itself opens with "he" or "she" carries an
    /// earlier referent and is passed over.
    fn salient_person(&self, pos: usize) -> Option<&ActorMention> {
        let si = self.sentences.partition_point(|s| s.end <= pos);
        let lowest = si.saturating_sub(SALIENCE_SENTENCES);
        (lowest..=si).rev().find_map(|k| {
            let s = *self.sentences.get(k)?;
            let upto = if k == si { pos.min(s.end) } else { s.end };
            if k != si && self.opens_with_pronoun(s) {
                return None;
            }
            let i = self.actors.partition_point(|a| a.span.start < s.start);
            self.actors[i..]
                .iter()
                .take_while(|a| a.span.start < upto)
                .find(|a| {
                    a.kind == ActorKind::Person && a.span.end <= upto && !self.touches_quote(a.span)
                })
                .copied()
        })
    }

    /// Whether sentence `s` opens with "he" or "she" (after quotation marks).
    fn opens_with_pronoun(&self, s: Span) -> bool {
        s.of(self.text)
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| self.lex.pron_person.contains(&w.to_lowercase()))
    }
}

fn verbish(lex: &Lexicon, t: &Tok) -> bool {
    !t.cap
        && t.norm.len() > 4
        && (t.norm.ends_with("ed") || t.norm.ends_with("ing"))
        && !lex.np_adjectives.contains(&t.norm)
}

fn np_word(lex: &Lexicon, t: &Tok) -> bool {
    t.word && !lex.np_stop.contains(&t.norm) && !verbish(lex, t)
}

fn conj(t: &Tok) -> bool {
    matches!(t.norm.as_str(), "and" | "or" | "but" | "nor")
}

fn temporal(lex: &Lexicon, t: &Tok) -> bool {
    t.word && lex.temporal.contains(&t.norm)
}

/// Steps back from a verb over auxiliaries, adverbs and a time adverbial.
fn skip_back(lex: &Lexicon, toks: &[Tok], mut j: usize) -> usize {
    for _ in 0..6 {
        let Some(t) = j.checked_sub(1).and_then(|k| toks.get(k)) else {
            break;
        };
        if t.word && !t.cap && (lex.aux.contains(&t.norm) || t.norm.ends_with("ly")) {
            j -= 1;
            continue;
        }
        let mut k = j;
        let mut real = false;
        while k > 0 && j - k < 12 {
            let t = &toks[k - 1];
            let timeish = t.is(',') || t.digit() || lex.temporal_preps.contains(&t.norm);
            if temporal(lex, t) {
                real = true;
            } else if !timeish {
                break;
            }
            k -= 1;
        }
        // the chunk must open with a word ("on Friday, November 7,"), not a comma
        while k < j && toks[k].is(',') {
            k += 1;
        }
        if real && k < j {
            j = k;
            continue;
        }
        break;
    }
    j
}

/// Whether the phrase after an inverted verb is its subject: "said the
/// official on Friday", not "said the ministry would act" nor "said he was".
///
/// A subject opens with no preposition or time word ("said over the
/// weekend", "said Thursday from her home"), and a verb whose segment runs
/// into an opening quotation mark introduces the quotation with a clause of
/// its own ("..., said the deal remains of “substantial benefit”"): the
/// subject is the one before the verb.
fn inverted_subject(ctx: &Ctx, toks: &[Tok], (a, b): (usize, usize), seg_end: usize) -> bool {
    let lex = ctx.lex;
    let first = &toks[a].norm;
    let adverbial = lex.prepositions.contains(first)
        || lex.temporal.contains(first)
        || lex.temporal_preps.contains(first);
    let into_quote = toks.get(seg_end).is_some_and(|t| ctx.opens_quote(t.span));
    if adverbial || into_quote {
        return false;
    }
    // right after a quotation that opens the sentence the verb is inverted
    // whatever follows its subject ("“...,” says one official involved in
    // the talks"); after a quoted phrase inside the sentence it may not be
    // ("The newspaper, quoting “secret reports,” said Syria had ...")
    let opening = toks.iter().find(|t| t.word).map(|t| t.span.start);
    let after_quote = a > 0
        && ctx
            .quote_ending_before(toks[a - 1].span.start)
            .zip(opening)
            .is_some_and(|(q, first)| q.start <= first);
    let ends = match toks.get(b).filter(|_| b < seg_end) {
        None => true,
        Some(t) => {
            !t.word
                || lex.np_preps.contains(&t.norm)
                || lex.intro.contains(&t.norm)
                || matches!(t.norm.as_str(), "who" | "whose" | "which")
        }
    };
    let pronoun = b - a == 1 && lex.pronoun(&toks[a].norm);
    (ends || after_quote) && !pronoun
}

/// A form of "be" right before the verb (adverbs aside): a passive.
fn passive(toks: &[Tok], seg_start: usize, verb: usize) -> bool {
    let mut i = verb;
    while i > seg_start && toks[i - 1].word && toks[i - 1].norm.ends_with("ly") {
        i -= 1;
    }
    i > seg_start
        && matches!(
            toks[i - 1].norm.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "get" | "got"
        )
}

/// Whether an article at token `i` opens a noun phrase of its own: it follows
/// a lowercase word that is neither a preposition nor a conjunction, so that
/// word ends the phrase before it ("a Web site lists the names": "lists" is
/// a verb, and "the names" is not part of the subject). Inside a name the
/// article stays ("Janet Holmes a Court").
fn opens_phrase(lex: &Lexicon, toks: &[Tok], i: usize) -> bool {
    let article = |t: &Tok| lex.definite.contains(&t.norm) || lex.indefinite.contains(&t.norm);
    i > 0
        && article(&toks[i])
        && toks[i - 1].word
        && !toks[i - 1].cap
        && !lex.prepositions.contains(&toks[i - 1].norm)
        && !conj(&toks[i - 1])
}

/// The noun phrase ending just before token `end`: `(start, end)`.
///
/// A pronoun right before `end` is the whole phrase ("doctors it says"); the
/// phrase never reaches back over another pronoun, nor over a verb before an
/// article, and never ends with a conjunction or a preposition.
fn np_back(lex: &Lexicon, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    let last = &toks[end.checked_sub(1)?];
    if last.word && lex.pronoun(&last.norm) {
        return Some((end - 1, end));
    }
    // "Granma compared ... and said", "100 pages of reports": the subject is
    // further back, or the "verb" is a noun
    if conj(last) || lex.prepositions.contains(&last.norm) {
        return None;
    }
    let mut j = end;
    while j > 0 && end - j < MAX_NP && np_word(lex, &toks[j - 1]) && !lex.pronoun(&toks[j - 1].norm)
    {
        j -= 1;
        if opens_phrase(lex, toks, j) {
            break;
        }
    }
    let mut start = j;
    while start < end && conj(&toks[start]) {
        start += 1;
    }
    // "On Friday the official": an introductory phrase is not the subject
    if start < end && lex.intro.contains(&toks[start].norm) {
        let det = (start + 1..end).rev().find(|&i| {
            lex.definite.contains(&toks[i].norm) || lex.indefinite.contains(&toks[i].norm)
        })?;
        start = det;
    }
    let content = (start..end).any(|i| !lex.determiners.contains(&toks[i].norm));
    (start < end && content).then_some((start, end))
}

/// The noun phrase starting at token `i`, before `lim`: `(start, end)`. It
/// stops before a pronoun or an article that opens a new phrase.
fn np_forward(lex: &Lexicon, toks: &[Tok], i: usize, lim: usize) -> Option<(usize, usize)> {
    let mut j = i;
    while j < lim
        && j - i < MAX_NP
        && np_word(lex, &toks[j])
        && !(j > i && (lex.pronoun(&toks[j].norm) || opens_phrase(lex, toks, j)))
    {
        j += 1;
    }
    while j > i && {
        let t = &toks[j - 1];
        lex.np_preps.contains(&t.norm) || lex.determiners.contains(&t.norm) || conj(t)
    } {
        j -= 1;
    }
    (j > i).then_some((i, j))
}

/// The head of a phrase: the noun before its first preposition, else its last word.
/// An adjective before the preposition gives way to the last known noun
/// before it ("people familiar with the matter" -> people).
fn head(lex: &Lexicon, toks: &[Tok], a: usize, b: usize) -> usize {
    for i in a + 1..b {
        if lex.np_preps.contains(&toks[i].norm) && !lex.determiners.contains(&toks[i - 1].norm) {
            if lex.head(&toks[i - 1].norm).is_none() {
                if let Some(n) = (a..i - 1)
                    .rev()
                    .find(|&n| lex.head(&toks[n].norm).is_some())
                {
                    return n;
                }
            }
            return i - 1;
        }
    }
    b - 1
}

/// Whether an anonymity phrase occurs in tokens `a..b`; returns its span.
fn anonymity(lex: &Lexicon, text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Span> {
    let b = b.min(toks.len());
    for i in a..b {
        for p in &lex.anonymity {
            if let Some(e) = super::modality::match_at(p, &toks[..b], text, i) {
                let last = toks.get(e.saturating_sub(1))?;
                return Some(Span::new(toks[i].span.start, last.span.end));
            }
        }
    }
    None
}

/// A normalized name for an anonymous source: determiners dropped, actor
/// names replaced by their canonical form, lexicon words lowercased
/// ("A US official" -> "US official").
fn normalized(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> String {
    let lex = ctx.lex;
    let mut i = a;
    // "some of their supporters" -> "their supporters"
    while i + 1 < b && (lex.determiners.contains(&toks[i].norm) || toks[i].norm == "of") {
        i += 1;
    }
    let mut words: Vec<String> = Vec::new();
    while i < b {
        let t = &toks[i];
        if let Some(actor) = ctx.actor_covering(t.span) {
            words.push(actor.canonical.clone());
            while i < b && actor.span.contains(toks[i].span) {
                i += 1;
            }
            continue;
        }
        // a capital is the sentence's, not the name's, only on a first common noun
        if !t.cap || (words.is_empty() && lex.head(&t.norm).is_some()) {
            words.push(t.norm.clone());
        } else {
            words.push(t.span.of(ctx.text).to_string());
        }
        i += 1;
    }
    words.join(" ")
}

/// Kind, canonical name and head lemma of the phrase `a..b`, with `ext_end`
/// the end of the clause that may mark it anonymous.
fn classify(
    ctx: &Ctx,
    toks: &[Tok],
    a: usize,
    b: usize,
    ext_end: usize,
    history: &[Hist],
) -> Option<(SourceKind, Option<String>, String)> {
    let lex = ctx.lex;
    let h = head(lex, toks, a, b);
    let ht = &toks[h];
    let lemma = lex.lemma(&ht.norm);
    let class = lex.head(&ht.norm);
    let core = Span::new(toks[a].span.start, toks[b - 1].span.end);
    let head_actor = ctx.actor_covering(ht.span);

    let media = class == Some(Head::Media)
        || toks[a..b]
            .iter()
            .any(|t| t.cap && ctx.lex.media_names.contains(&t.norm));
    if media {
        return Some((
            SourceKind::Media,
            head_actor.map(|x| x.canonical.clone()),
            lemma,
        ));
    }
    if class == Some(Head::Document) {
        return Some((
            SourceKind::Document,
            head_actor.map(|x| x.canonical.clone()),
            lemma,
        ));
    }
    let gov_word = toks[a..b]
        .iter()
        .any(|t| lex.head(&t.norm) == Some(Head::Government));
    if let Some(actor) = head_actor {
        let kind = match actor.kind {
            ActorKind::Person => SourceKind::Person,
            ActorKind::Country | ActorKind::Place => SourceKind::Government,
            _ if gov_word => SourceKind::Government,
            _ => SourceKind::Organization,
        };
        return Some((kind, Some(actor.canonical.clone()), lemma));
    }

    // pronouns: the latest fitting source
    if b - a == 1 {
        if lex.pron_person.contains(&ht.norm) {
            // the latest person who spoke, unless someone was named since
            let spoke = history.iter().rev().take(HISTORY).find(|x| x.person);
            let canonical = match (spoke, ctx.salient_person(ht.span.start)) {
                (Some(x), Some(p)) if p.span.start > x.end => Some(p.canonical.clone()),
                (Some(x), _) => x.canonical.clone(),
                (None, p) => p.map(|p| p.canonical.clone()),
            };
            return Some((SourceKind::Person, canonical, lemma));
        }
        if lex.pron_thing.contains(&ht.norm) {
            let x = history.iter().rev().take(HISTORY).find(|x| {
                matches!(
                    x.kind,
                    SourceKind::Organization
                        | SourceKind::Government
                        | SourceKind::Media
                        | SourceKind::Document
                )
            });
            return Some(match x {
                Some(x) => (x.kind, x.canonical.clone(), x.lemma.clone()),
                None => (SourceKind::Organization, None, lemma),
            });
        }
        if lex.pron_plural.contains(&ht.norm) {
            return Some(match history.last() {
                Some(x) => (x.kind, x.canonical.clone(), x.lemma.clone()),
                None => (SourceKind::Anonymous, None, lemma),
            });
        }
    }

    // "the official", "the ministry": the latest source with that head, or
    // with that title before its name ("Governor Kwabena Asante-Mensah told
    // ... The governor said")
    let bare_definite = lex.definite.contains(&toks[a].norm)
        && b - a <= 4
        && h == b - 1
        && toks[a + 1..b].iter().all(|t| !t.cap);
    if bare_definite && class.is_some() {
        if let Some(x) = history
            .iter()
            .rev()
            .take(HISTORY)
            .find(|x| x.lemma == lemma || x.titles.contains(&lemma))
        {
            return Some((x.kind, x.canonical.clone(), lemma));
        }
    }

    let anonymous = anonymity(lex, ctx.text, toks, a, ext_end).is_some();
    let plural = ht.norm != lemma;
    let indefinite = lex.indefinite.contains(&toks[a].norm);
    let kind = match class {
        _ if anonymous => SourceKind::Anonymous,
        Some(Head::Anonymous) => SourceKind::Anonymous,
        Some(Head::Role) if indefinite || plural => SourceKind::Anonymous,
        Some(Head::Role) => SourceKind::Person,
        Some(Head::Government) => SourceKind::Government,
        Some(Head::Organization) => SourceKind::Organization,
        _ if ht.cap => {
            // "Foreign Ministry spokesperson Oren Marmorstein": a title, then a name
            let titled = (a..h)
                .rev()
                .find(|&i| lex.head(&toks[i].norm) == Some(Head::Role))
                .is_some_and(|r| toks[r + 1..=h].iter().all(|t| t.cap));
            if titled {
                SourceKind::Person
            } else if gov_word {
                SourceKind::Government
            } else if toks[a..b]
                .iter()
                .any(|t| lex.head(&t.norm) == Some(Head::Organization))
                || lex.definite.contains(&toks[a].norm)
                || ht.acronym(ctx.text)
            {
                SourceKind::Organization
            } else {
                SourceKind::Person
            }
        }
        // an unlisted noun as the subject of a reporting verb is a speaker
        // ("the coach said", "two men said")
        _ if indefinite || plural => SourceKind::Anonymous,
        _ => SourceKind::Person,
    };
    let canonical = match kind {
        SourceKind::Anonymous => Some(normalized(ctx, toks, a, b)),
        SourceKind::Government => ctx.actors_inside(core).next().map(|x| x.canonical.clone()),
        // an organization is named by an organization inside its phrase,
        // not by a place, country or person ("the regional hospital in
        // Abancay" is not Abancay, "the Iranian company" not Iran)
        SourceKind::Organization => ctx
            .actors_inside(core)
            .find(|x| {
                matches!(
                    x.kind,
                    ActorKind::Organization | ActorKind::Group | ActorKind::Other
                )
            })
            .map(|x| x.canonical.clone()),
        _ => None,
    };
    Some((kind, canonical, lemma))
}

/// The subject of a verb that opens its segment after appositives: "Its
/// chairman, Luis Gomez, told" (the name is the source), "A senior diplomat,
/// speaking on condition of anonymity, said" (the subject is; the appositive
/// marks it anonymous), "James Fallon, a New Providence, N.J., marketing
/// consultant, says" (the first phrase of the chain, not "N.J.").
///
/// The subject is the earliest segment, at most four before the verb's
/// segment `k`, that is a noun phrase of its own and is followed by short
/// segments up to the verb, each after a comma (or a quotation mark inside
/// the chain).
fn appositive(
    lex: &Lexicon,
    toks: &[Tok],
    segs: &[(usize, usize)],
    k: usize,
) -> Option<(usize, usize)> {
    let comma_after = |g: usize| toks.get(segs[g].1).is_some_and(|t| t.is(','));
    // an appositive may quote a name ("speaking on ABC's “This Week,” said")
    let mark_after = |g: usize| {
        toks.get(segs[g].1)
            .is_some_and(|t| !t.word && t.norm.starts_with(is_quote_char))
    };
    (k.saturating_sub(4)..k.saturating_sub(1)).find_map(|g| {
        let mut subj = segs[g];
        let chain = comma_after(g)
            && comma_after(k - 1)
            && (g + 1..k - 1).all(|i| comma_after(i) || mark_after(i))
            && segs[g + 1..k].iter().all(|&(s, e)| e - s <= MAX_NP);
        if !chain {
            return None;
        }
        // "And President Bush yesterday, asked whether ..., replied"
        while subj.1 > subj.0 + 1 && temporal(lex, &toks[subj.1 - 1]) {
            subj.1 -= 1;
        }
        let (a, b) = np_back(lex, toks, subj.1)?;
        let opener = &toks[subj.0].norm;
        if b != subj.1 || (a > subj.0 && !lex.intro.contains(opener) && !conj(&toks[subj.0])) {
            return None;
        }
        // "Similarly, the Hungarian foreign minister, ..., said": an
        // introductory word is no subject; nor is a participle clause
        // ("Speaking on the ABC program, the ambassador, ..., asserted"),
        // whose capital only says that it opens the sentence
        let adverb = lex.intro.contains(opener)
            || lex.aux.contains(opener)
            || (b - a == 1 && opener.ends_with("ly"));
        let participle = (opener.ends_with("ing") || opener.ends_with("ed"))
            && b - a > 1
            && (lex.prepositions.contains(&toks[a + 1].norm)
                || lex.determiners.contains(&toks[a + 1].norm));
        if a == subj.0 && (adverb || participle) {
            return None;
        }
        let app = segs[g + 1];
        let name = toks[app.0..app.1].iter().all(|t| t.cap);
        Some(if name { app } else { (a, b) })
    })
}

/// Whether token `i` is half of a TeX-style closing mark `''`: two
/// apostrophes side by side. A lone `'` (the plural possessive "the
/// ministers' aides") joins words; the pair closes a quotation like ”.
fn tex_close(toks: &[Tok], i: usize) -> bool {
    let apostrophe = |k: usize| toks.get(k).is_some_and(|t| !t.word && t.norm == "'");
    let touching = |a: usize, b: usize| toks[a].span.end == toks[b].span.start;
    apostrophe(i)
        && ((apostrophe(i + 1) && touching(i, i + 1))
            || (i > 0 && apostrophe(i - 1) && touching(i - 1, i)))
}

/// Segments of a sentence between punctuation (commas, quotation marks ...):
/// `(start, end)` token ranges.
fn segments(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let joins = matches!(t.norm.as_str(), "'" | "&" | "/") && !tex_close(toks, i);
        if !t.word && !joins {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

fn seg_of(segs: &[(usize, usize)], tok: usize) -> usize {
    segs.partition_point(|&(_, e)| e <= tok)
}

/// An introductory segment ("In October 2024", "However"): may precede the subject.
fn intro_seg(lex: &Lexicon, toks: &[Tok], seg: (usize, usize)) -> bool {
    seg.1 - seg.0 <= 3 || lex.intro.contains(&toks[seg.0].norm)
}

/// Source phrases of one sentence, classified, with `history` updated.
///
/// `skip` holds phrases whose verb is no reporting verb ("denied bail").
pub fn candidates(ctx: &Ctx, toks: &[Tok], skip: &[Span], history: &mut Vec<Hist>) -> Vec<Cand> {
    let lex = ctx.lex;
    let segs = segments(toks);
    let n = segs.len();
    let mut out = Vec::new();
    for (k, &(s, e)) in segs.iter().enumerate() {
        // "according to X"
        let lim = e.min(s + MAX_VERB_OFFSET);
        if let Some(i) = (s..lim).find(|&i| {
            toks[i].norm == "according" && toks.get(i + 1).is_some_and(|t| t.norm == "to")
        }) {
            if let Some((a, b)) = np_forward(lex, toks, i + 2, e) {
                let verb = Span::new(toks[i].span.start, toks[i + 1].span.end);
                if let Some(c) = build(ctx, toks, (a, b), e, verb, Pat::According, 3, history) {
                    out.push(c);
                }
            }
            continue;
        }
        // "..., said X"
        if k > 0 && lex.verbs.get(&toks[s].norm).is_some_and(|v| v.inverted) {
            let rank = if k == n - 1 { 4 } else { 2 };
            let found = np_forward(lex, toks, s + 1, e)
                .filter(|&np| inverted_subject(ctx, toks, np, e))
                .and_then(|np| build(ctx, toks, np, e, toks[s].span, Pat::Inverted, rank, history));
            if let Some(c) = found {
                out.push(c);
                continue;
            }
        }
        // "X said", the first reporting verb of the segment; a verb that
        // opens a phrase of anonymity ("who asked not to be named") reports
        // nothing.
        let Some(vi) = (s..e.min(s + MAX_VERB_OFFSET)).find(|&i| {
            toks[i].word
                && !toks[i].cap
                && lex.verbs.contains_key(&toks[i].norm)
                && anonymity(lex, ctx.text, toks, i, (i + 6).min(toks.len()))
                    .is_none_or(|m| m.start != toks[i].span.start)
        }) else {
            continue;
        };
        let Some(verb) = lex.verbs.get(&toks[vi].norm) else {
            continue;
        };
        let statement = || {
            toks[vi + 1..e.min(vi + 7)]
                .iter()
                .any(|t| lex.statement_nouns.contains(&t.norm))
        };
        if verb.statement_only && !statement() {
            continue;
        }
        let quoted_as = passive(toks, s, vi) && toks.get(vi + 1).is_some_and(|t| t.norm == "as");
        if verb.passive_as != quoted_as {
            continue;
        }
        if (passive(toks, s, vi) && !quoted_as) || skip.iter().any(|x| x.contains(toks[vi].span)) {
            // "was accused of", "were denied entry", "is said to": the subject
            // is not the one speaking
            continue;
        }
        let j = skip_back(lex, toks, vi);
        // "An official who declined to be named said": the subject stands
        // before a relative clause that makes it anonymous.
        let relative = (j.saturating_sub(8).max(s)..j)
            .rev()
            .find(|&w| toks[w].norm == "who")
            .filter(|&w| w > s && anonymity(lex, ctx.text, toks, w, j).is_some());
        let np = if let Some(w) = relative {
            np_back(lex, toks, w)
        } else if j == s && k >= 2 {
            appositive(lex, toks, &segs, k)
        } else {
            np_back(lex, toks, j)
        };
        let Some((a, b)) = np else {
            continue;
        };
        let ks = seg_of(&segs, a);
        let Some(&seg_np) = segs.get(ks) else {
            continue;
        };
        // only an introductory phrase or a conjunction may precede the subject
        // in its segment ("and the ministry said"); an article and participles
        // belong to it ("a fit-looking Farkas said", "outraged monarchist
        // delegate David Mitchell said")
        let mut a = a;
        if a > seg_np.0 && !lex.intro.contains(&toks[seg_np.0].norm) && !conj(&toks[seg_np.0]) {
            let modifiers = toks[seg_np.0..a]
                .iter()
                .all(|t| lex.determiners.contains(&t.norm) || verbish(lex, t));
            if !modifiers {
                continue;
            }
            a = seg_np.0;
        }
        let initial = segs[..ks].iter().all(|&g| intro_seg(lex, toks, g));
        let after_verb = e - vi - 1;
        // "..., after the relatives said they would appeal": a reporting
        // clause inside a subordinate clause attributes only that clause
        let subordinate = a > 0 && lex.subordinators.contains(&toks[a - 1].norm);
        let rank = if subordinate {
            0
        } else if k == n - 1 && ks > 0 {
            4
        } else if ks > 0 && k < n - 1 && after_verb <= 4 {
            2
        } else if initial {
            1
        } else {
            0
        };
        if let Some(c) = build(
            ctx,
            toks,
            (a, b),
            e,
            toks[vi].span,
            Pat::Subject,
            rank,
            history,
        ) {
            if verb.document_only && c.source.kind != SourceKind::Document {
                history.pop();
                continue;
            }
            out.push(c);
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn build(
    ctx: &Ctx,
    toks: &[Tok],
    (a, b): (usize, usize),
    seg_end: usize,
    verb: Span,
    pat: Pat,
    rank: u8,
    history: &mut Vec<Hist>,
) -> Option<Cand> {
    let mut span = Span::new(toks[a].span.start, toks[b - 1].span.end);
    // the words of a quotation are never their own speaker ("“This is a guy
    // who is impulsive, and ...,” says one official": not "impulsive")
    if ctx.in_quote(verb) || ctx.touches_quote(span) {
        return None;
    }
    let (kind, canonical, lemma) = classify(ctx, toks, a, b, seg_end, history)?;
    let mut mute = Vec::new();
    let marker = anonymity(ctx.lex, ctx.text, toks, a, seg_end);
    if let Some(m) = marker {
        mute.push(m);
        // "officials speaking on condition of anonymity": the phrase keeps it
        if pat != Pat::Subject && m.start >= span.end {
            span.end = m.end;
        }
    }
    mute.push(span);
    let h = head(ctx.lex, toks, a, b);
    let person = match kind {
        SourceKind::Person => true,
        // "the spokeswoman", not "officials"
        SourceKind::Anonymous => {
            let norm = &toks[h].norm;
            super::lexicon::singular(norm) == *norm
                && matches!(ctx.lex.head(norm), Some(Head::Anonymous | Head::Role))
        }
        _ => false,
    };
    // a person's titles before the name, for "the governor" later
    let titles = if kind == SourceKind::Person {
        toks[a..h]
            .iter()
            .filter(|t| ctx.lex.head(&t.norm) == Some(Head::Role))
            .map(|t| ctx.lex.lemma(&t.norm))
            .collect()
    } else {
        Vec::new()
    };
    history.push(Hist {
        lemma,
        kind,
        canonical: canonical.clone(),
        end: span.end,
        person,
        titles,
    });
    Some(Cand {
        source: Source {
            span,
            canonical,
            kind,
            via: None,
        },
        verb,
        pat,
        mute,
        rank,
    })
}

/// The sentence's source among its candidates, with a relaying source as
/// `via`: "According to NBC News, the health ministry states ..." has the
/// ministry as source, via NBC News.
///
/// A reporting clause beside an "according to" phrase is the nearer source of
/// the claim, so it wins and the "according to" source relays it.
pub fn choose(cands: &[Cand]) -> Option<&Cand> {
    cands
        .iter()
        .filter(|c| c.rank > 0 && c.pat != Pat::According)
        .max_by_key(|c| c.rank)
        .or_else(|| cands.iter().find(|c| c.pat == Pat::According))
}

pub fn relay(cands: &[Cand], chosen: &Cand) -> Option<Source> {
    if chosen.pat == Pat::According {
        return None;
    }
    cands
        .iter()
        .find(|c| c.pat == Pat::According && c.source.span != chosen.source.span)
        .map(|c| c.source.clone())
}
