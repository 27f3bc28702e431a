//! The regex engine under the date rules, built without literal prefilters.
//!
//! The rules are large case-insensitive alternations (month, weekday and
//! number words). Building them through the `regex` crate extracts literal
//! prefixes from every branch for a prefilter; for these patterns that
//! extraction cost more than half of the start-up of a whole run (about
//! 0.25 G instructions of 0.54 G for one small article) and buys nothing: the
//! rule set already tells which rules can match a sentence, and a sentence is
//! short. So the rules are built on `regex-automata`'s meta engine directly,
//! with the same settings as `regex::RegexBuilder` except the prefilter
//! (matches are identical: a prefilter only skips ahead, it never decides).

use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures as Groups;
use regex_automata::{Input, MatchKind, PatternSet};

/// Sizes as `regex::RegexBuilder` sets them, the lazy DFA's room as asked.
fn config(dfa_cache: usize) -> meta::Config {
    meta::Config::new()
        .nfa_size_limit(Some(10 << 20))
        .hybrid_cache_capacity(dfa_cache)
        .utf8_empty(true)
        .auto_prefilter(false)
}

/// One pattern, leftmost-first like `regex::Regex`.
pub fn compile(pattern: &str, dfa_cache: usize) -> Result<Regex, String> {
    meta::Builder::new()
        .configure(config(dfa_cache).match_kind(MatchKind::LeftmostFirst))
        .build(pattern)
        .map_err(|e| e.to_string())
}

/// Many patterns, in automata of a few patterns each, that report which of
/// them match, like `regex::RegexSet`.
pub struct Set {
    /// each automaton with the index of its first pattern
    parts: Vec<(usize, Regex)>,
}

impl Set {
    pub fn new<S: AsRef<str>>(
        patterns: &[S],
        per_part: usize,
        dfa_cache: usize,
    ) -> Result<Set, String> {
        let mut parts = Vec::new();
        for (i, chunk) in patterns.chunks(per_part.max(1)).enumerate() {
            let re = meta::Builder::new()
                .configure(
                    config(dfa_cache)
                        .match_kind(MatchKind::All)
                        .which_captures(regex_automata::nfa::thompson::WhichCaptures::None),
                )
                .build_many(chunk)
                .map_err(|e| e.to_string())?;
            parts.push((i * per_part.max(1), re));
        }
        Ok(Set { parts })
    }

    /// The indices of the patterns that match somewhere in `hay`, in
    /// ascending order.
    pub fn which(&self, hay: &str) -> Vec<usize> {
        let input = Input::new(hay);
        let mut out = Vec::new();
        for (first, re) in &self.parts {
            let mut found = PatternSet::new(re.pattern_len());
            re.which_overlapping_matches(&input, &mut found);
            out.extend(found.iter().map(|p| first + p.as_usize()));
        }
        out
    }
}

/// The groups of one match, read as `regex::Captures` reads them.
pub struct Captures<'h> {
    hay: &'h str,
    groups: Groups,
}

/// One matched group: its text and offsets in the haystack.
#[derive(Clone, Copy)]
pub struct Group<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

impl<'h> Captures<'h> {
    fn group(&self, span: Option<regex_automata::Span>) -> Option<Group<'h>> {
        span.map(|s| Group {
            hay: self.hay,
            start: s.start,
            end: s.end,
        })
    }
    /// Group `i` (0: the whole match).
    pub fn get(&self, i: usize) -> Option<Group<'h>> {
        self.group(self.groups.get_group(i))
    }
    /// The group called `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Group<'h>> {
        self.group(self.groups.get_group_by_name(name))
    }
}

/// Every successive non-overlapping match of `re` in `hay`, with its groups.
pub fn captures_iter<'r, 'h>(re: &'r Regex, hay: &'h str) -> impl Iterator<Item = Captures<'h>> + 'r
where
    'h: 'r,
{
    re.captures_iter(hay)
        .map(move |groups| Captures { hay, groups })
}
