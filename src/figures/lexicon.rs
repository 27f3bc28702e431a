//! The figures extractor's word tables (data/figures/*.tsv), parsed once.
//!
//! Phrases are tokenized with the same tokenizer as the text, so "per cent",
//! "US$" and "a.m." match token sequences whatever their spacing.

use crate::table::rows;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::tokens::{tokenize, Tok};
use crate::model::{Bound, Casualty, Qualifier};

const QUALIFIERS: &str = include_str!("../../data/figures/qualifiers.tsv");
const VAGUE: &str = include_str!("../../data/figures/vague.tsv");
const NUMBERS: &str = include_str!("../../data/figures/numbers.tsv");
const UNITS: &str = include_str!("../../data/figures/units.tsv");
const CASUALTY: &str = include_str!("../../data/figures/casualty.tsv");
const WORDS: &str = include_str!("../../data/figures/words.tsv");
const PLURALS: &str = include_str!("../../data/figures/plurals.tsv");
const FRACTIONS: &str = include_str!("../../data/figures/fractions.tsv");
const SHARES: &str = include_str!("../../data/figures/shares.tsv");

/// Phrases indexed by their first and by their last token.
pub struct PhraseTable<T> {
    by_first: HashMap<String, Vec<Entry<T>>>,
    by_last: HashMap<String, Vec<Entry<T>>>,
}

struct Entry<T> {
    toks: Vec<String>,
    /// Written without spaces ("US$", "a.m."): its tokens must touch in the text too,
    /// so that "a $5 bill" is not Australian dollars.
    tight: bool,
    value: T,
}

impl<T> Entry<T> {
    fn matches(&self, toks: &[Tok], start: usize) -> bool {
        self.toks.iter().enumerate().all(|(k, w)| {
            toks.get(start + k)
                .is_some_and(|t| &t.lower == w && (k == 0 || !self.tight || t.glued))
        })
    }
}

impl<T: Clone> PhraseTable<T> {
    fn new(entries: Vec<(String, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<Entry<T>>> = HashMap::new();
        let mut by_last: HashMap<String, Vec<Entry<T>>> = HashMap::new();
        for (phrase, value) in entries {
            let toks: Vec<String> = tokenize(&phrase.to_lowercase(), 0)
                .into_iter()
                .map(|t| t.lower)
                .collect();
            let (Some(first), Some(last)) = (toks.first().cloned(), toks.last().cloned()) else {
                continue;
            };
            let tight = !phrase.contains(' ');
            let e = |toks: Vec<String>, value: T| Entry { toks, tight, value };
            by_first
                .entry(first)
                .or_default()
                .push(e(toks.clone(), value.clone()));
            by_last.entry(last).or_default().push(e(toks, value));
        }
        for list in by_first.values_mut().chain(by_last.values_mut()) {
            list.sort_by_key(|e| std::cmp::Reverse(e.toks.len()));
        }
        PhraseTable { by_first, by_last }
    }

    /// Longest phrase starting at token `i`: its value and token count.
    pub fn at(&self, toks: &[Tok], i: usize) -> Option<(T, usize)> {
        let first = toks.get(i)?;
        self.by_first
            .get(&first.lower)?
            .iter()
            .find(|e| e.matches(toks, i))
            .map(|e| (e.value.clone(), e.toks.len()))
    }

    /// Longest phrase ending just before token `end`: its value and token count.
    pub fn ending(&self, toks: &[Tok], end: usize) -> Option<(T, usize)> {
        let last = toks.get(end.checked_sub(1)?)?;
        self.by_last
            .get(&last.lower)?
            .iter()
            .find(|e| e.toks.len() <= end && e.matches(toks, end - e.toks.len()))
            .map(|e| (e.value.clone(), e.toks.len()))
    }
}

/// One end of a qualifier's interval rule, as a rational multiple of the value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum End {
    Unbounded,
    /// `(num / den) * value`, inclusive or not.
    Scaled {
        num: f64,
        den: f64,
        inclusive: bool,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct QualRule {
    pub qualifier: Qualifier,
    pub low: End,
    pub high: End,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum VagueKind {
    Det,
    Plural,
    ScaleOnly,
}

#[derive(Clone, Copy, Debug)]
pub struct Vague {
    pub low: f64,
    pub high: f64,
    pub kind: VagueKind,
    /// Only a quantity when "of" (or, for determiners, a scale word) follows.
    pub needs_of: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumKind {
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale,
    Dozen,
}

/// A word for a share of a whole, when the whole has no number of its own.
#[derive(Clone, Copy, Debug)]
pub enum ShareWord {
    /// "two-thirds": a share of 1; `takes_the` when "of" may be left out
    /// ("half the homes").
    Fraction { share: f64, takes_the: bool },
    /// "most": only bounds, in percent.
    Bounds {
        qualifier: Qualifier,
        low: Bound,
        high: Bound,
    },
}

pub struct Lexicon {
    pub pre_qual: PhraseTable<QualRule>,
    pub post_qual: PhraseTable<QualRule>,
    pub vague: PhraseTable<Vague>,
    pub numbers: HashMap<String, (f64, NumKind)>,
    /// Scale suffixes glued to digits; the flag marks money-only ones ("m", "k").
    pub suffixes: HashMap<String, (f64, bool)>,
    pub pre_unit: PhraseTable<String>,
    pub post_unit: PhraseTable<String>,
    pub post_cue: PhraseTable<Casualty>,
    pub pre_cue: PhraseTable<Casualty>,
    pub noun_cue: HashMap<String, Casualty>,
    pub toll_cue: PhraseTable<Casualty>,
    /// Shares of a whole ("half", "two-thirds") that can head "... of the N".
    pub fractions: PhraseTable<f64>,
    /// The fractions again, and the words that bound a share ("most"), for
    /// shares of a whole that has no number ("half of the homes").
    pub share_words: PhraseTable<ShareWord>,
    /// Clock-time markers after a number ("a.m.", "GMT").
    pub time_of_day: PhraseTable<()>,
    /// Words before a fraction that make it a named part or its complement
    /// ("the first half", "all but a third"), not a share.
    pub share_block: PhraseTable<()>,
    classes: HashMap<String, Vec<String>>,
    pub plural_of: HashMap<String, String>,
    pub plurals: HashSet<String>,
    /// Finds any number word or vague quantity word: a sentence with neither these
    /// nor a digit has no figure and is not tokenized at all.
    /// `None` only if the automaton could not be built; then nothing is skipped.
    pub prefilter: Option<aho_corasick::AhoCorasick>,
}

impl Lexicon {
    /// True when `word` (lowercase) is listed under `class` in words.tsv.
    pub fn is(&self, word: &str, class: &str) -> bool {
        self.classes
            .get(word)
            .is_some_and(|c| c.iter().any(|x| x == class))
    }
}

fn parse_end(s: &str, low: bool) -> End {
    if s == "-" {
        return End::Unbounded;
    }
    let (inclusive, body) = if low {
        (s.starts_with('['), s.get(1..).unwrap_or(""))
    } else {
        (
            s.ends_with(']'),
            s.get(..s.len().saturating_sub(1)).unwrap_or(""),
        )
    };
    let factor = body.trim_end_matches('v');
    let (num, den) = if factor.is_empty() {
        (1.0, 1.0)
    } else {
        // "0.9" -> 9/10, kept as a fraction so that 0.9 * 100 is exactly 90.
        let decimals = factor.split_once('.').map_or(0, |(_, f)| f.len());
        let den = 10f64.powi(decimals as i32);
        (factor.replace('.', "").parse::<f64>().unwrap_or(1.0), den)
    };
    End::Scaled {
        num,
        den,
        inclusive,
    }
}

/// "(50", "[0" as a low bound; "100]", "50)" as a high one.
fn percent_bound(s: &str, low: bool) -> Option<Bound> {
    let (inclusive, body) = if low {
        (s.starts_with('['), s.get(1..)?)
    } else {
        (s.ends_with(']'), s.get(..s.len().checked_sub(1)?)?)
    };
    let v: f64 = body.parse().ok()?;
    Some(if inclusive {
        Bound::Inclusive(v)
    } else {
        Bound::Exclusive(v)
    })
}

fn share_words() -> Vec<(String, ShareWord)> {
    let fractions = rows(FRACTIONS).filter_map(|r| match r[..] {
        [phrase, share, ref rest @ ..] => Some((
            phrase.to_string(),
            ShareWord::Fraction {
                share: share.parse().ok()?,
                takes_the: rest.first() == Some(&"the"),
            },
        )),
        _ => None,
    });
    let bounds = rows(SHARES).filter_map(|r| match r[..] {
        [phrase, q, low, high, ..] => Some((
            phrase.to_string(),
            ShareWord::Bounds {
                qualifier: qualifier(q),
                low: percent_bound(low, true)?,
                high: percent_bound(high, false)?,
            },
        )),
        _ => None,
    });
    fractions.chain(bounds).collect()
}

fn qualifier(s: &str) -> Qualifier {
    match s {
        "at_least" => Qualifier::AtLeast,
        "more_than" => Qualifier::MoreThan,
        "at_most" => Qualifier::AtMost,
        "less_than" => Qualifier::LessThan,
        "about" => Qualifier::About,
        "range" => Qualifier::Range,
        "vague" => Qualifier::Vague,
        _ => Qualifier::Exact,
    }
}

fn casualty(s: &str) -> Option<Casualty> {
    Some(match s {
        "killed" => Casualty::Killed,
        "wounded" => Casualty::Wounded,
        "missing" => Casualty::Missing,
        "arrested" => Casualty::Arrested,
        "displaced" => Casualty::Displaced,
        "rescued" => Casualty::Rescued,
        "casualties" => Casualty::Casualties,
        _ => return None,
    })
}

fn build() -> Lexicon {
    let mut pre_q = Vec::new();
    let mut post_q = Vec::new();
    for r in rows(QUALIFIERS) {
        if let [phrase, pos, q, low, high, ..] = r[..] {
            let rule = QualRule {
                qualifier: qualifier(q),
                low: parse_end(low, true),
                high: parse_end(high, false),
            };
            if pos == "post" {
                post_q.push((phrase.to_string(), rule));
            } else {
                pre_q.push((phrase.to_string(), rule));
            }
        }
    }
    let vague = rows(VAGUE)
        .filter_map(|r| match r[..] {
            [phrase, lo, hi, kind, ..] => Some((
                phrase.to_string(),
                Vague {
                    low: lo.parse().ok()?,
                    high: hi.parse().ok()?,
                    kind: match kind {
                        "det" | "det-of" => VagueKind::Det,
                        "scale-only" => VagueKind::ScaleOnly,
                        _ => VagueKind::Plural,
                    },
                    needs_of: kind.ends_with("-of"),
                },
            )),
            _ => None,
        })
        .collect();
    let mut numbers = HashMap::new();
    let mut suffixes = HashMap::new();
    for r in rows(NUMBERS) {
        if let [w, v, kind, ..] = r[..] {
            let Ok(v) = v.parse::<f64>() else { continue };
            let k = match kind {
                "unit" => NumKind::Unit,
                "teen" => NumKind::Teen,
                "ten" => NumKind::Ten,
                "hundred" => NumKind::Hundred,
                "scale" => NumKind::Scale,
                "dozen" => NumKind::Dozen,
                "suffix" => {
                    suffixes.insert(w.to_string(), (v, false));
                    continue;
                }
                "money-suffix" => {
                    suffixes.insert(w.to_string(), (v, true));
                    continue;
                }
                _ => continue,
            };
            numbers.insert(w.to_string(), (v, k));
        }
    }
    let mut pre_unit = Vec::new();
    let mut post_unit = Vec::new();
    for r in rows(UNITS) {
        if let [form, unit, pos, ..] = r[..] {
            if pos == "pre" {
                pre_unit.push((form.to_string(), unit.to_string()));
            } else {
                post_unit.push((form.to_string(), unit.to_string()));
            }
        }
    }
    let (mut post, mut pre, mut toll) = (Vec::new(), Vec::new(), Vec::new());
    let mut noun_cue = HashMap::new();
    for r in rows(CASUALTY) {
        if let [phrase, cat, role, ..] = r[..] {
            let Some(c) = casualty(cat) else { continue };
            match role {
                "post" => post.push((phrase.to_string(), c)),
                "pre" => pre.push((phrase.to_string(), c)),
                "toll" => toll.push((phrase.to_string(), c)),
                _ => {
                    noun_cue.insert(phrase.to_string(), c);
                }
            }
        }
    }
    let mut classes: HashMap<String, Vec<String>> = HashMap::new();
    for r in rows(WORDS) {
        if let [w, class, ..] = r[..] {
            classes
                .entry(w.to_lowercase())
                .or_default()
                .push(class.to_string());
        }
    }
    let phrases_of = |class: &str| {
        PhraseTable::new(
            classes
                .iter()
                .filter(|(_, c)| c.iter().any(|c| c == class))
                .map(|(w, _)| (w.clone(), ()))
                .collect(),
        )
    };
    let time_of_day = phrases_of("timeofday");
    let share_block = phrases_of("share_block");
    let mut plural_of = HashMap::new();
    let mut plurals = HashSet::new();
    for r in rows(PLURALS) {
        if let [s, p, ..] = r[..] {
            plural_of.insert(s.to_string(), p.to_string());
            plurals.insert(p.to_string());
        }
    }
    let mut needles: Vec<String> = numbers.keys().cloned().collect();
    needles.extend(
        rows(VAGUE)
            .filter_map(|r| r.first().and_then(|p| p.split(' ').next_back()))
            .map(str::to_string),
    );
    // A share's longest word is the one worth looking for ("thirds", "majority";
    // "almost", not "all").
    let share_phrases = share_words();
    needles.extend(
        share_phrases
            .iter()
            .filter_map(|(p, _)| p.split(' ').max_by_key(|w| w.len()).map(str::to_string)),
    );
    let prefilter = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&needles)
        .ok();
    Lexicon {
        prefilter,
        pre_qual: PhraseTable::new(pre_q),
        post_qual: PhraseTable::new(post_q),
        vague: PhraseTable::new(vague),
        numbers,
        suffixes,
        pre_unit: PhraseTable::new(pre_unit),
        post_unit: PhraseTable::new(post_unit),
        post_cue: PhraseTable::new(post),
        pre_cue: PhraseTable::new(pre),
        noun_cue,
        toll_cue: PhraseTable::new(toll),
        fractions: PhraseTable::new(
            rows(FRACTIONS)
                .filter_map(|r| match r[..] {
                    [phrase, share, ..] => Some((phrase.to_string(), share.parse().ok()?)),
                    _ => None,
                })
                .collect(),
        ),
        share_words: PhraseTable::new(share_phrases),
        time_of_day,
        share_block,
        classes,
        plural_of,
        plurals,
    }
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_its_columns() {
        for (name, table, cols) in [
            ("qualifiers", QUALIFIERS, 5),
            ("vague", VAGUE, 4),
            ("numbers", NUMBERS, 3),
            ("units", UNITS, 3),
            ("casualty", CASUALTY, 3),
            ("words", WORDS, 2),
            ("plurals", PLURALS, 2),
            ("shares", SHARES, 4),
        ] {
            for r in rows(table) {
                assert_eq!(r.len(), cols, "{name}: {r:?}");
                assert!(r.iter().all(|c| !c.is_empty()), "{name}: {r:?}");
            }
        }
        let l = lexicon();
        assert!(l.prefilter.is_some());
        for r in rows(CASUALTY) {
            assert!(casualty(r[1]).is_some(), "{r:?}");
        }
        for r in rows(FRACTIONS) {
            assert!(matches!(r[..], [_, _] | [_, _, "the"]), "fractions: {r:?}");
            assert!(
                r[1].parse::<f64>().is_ok_and(|v| v > 0.0 && v < 1.0),
                "{r:?}"
            );
        }
        assert_eq!(
            share_words().len(),
            rows(FRACTIONS).count() + rows(SHARES).count()
        );
    }

    #[test]
    fn tables_load() {
        let l = lexicon();
        let t = tokenize("15 per cent", 0);
        assert_eq!(l.post_unit.at(&t, 1).map(|x| x.1), Some(2));
        let t = tokenize("killed at least", 0);
        let (r, n) = l.pre_qual.ending(&t, 3).unwrap();
        assert_eq!((r.qualifier, n), (Qualifier::AtLeast, 2));
        assert!(l.is("were", "aux") && l.is("june", "month"));
        assert_eq!(
            parse_end("[0.9v", true),
            End::Scaled {
                num: 9.0,
                den: 10.0,
                inclusive: true
            }
        );
        assert_eq!(
            parse_end("v)", false),
            End::Scaled {
                num: 1.0,
                den: 1.0,
                inclusive: false
            }
        );
    }
}
