//! The regex engine under the date rules, built without literal prefilters,
//! and the gate automata ([`Set`]) that tell which of many patterns match a
//! sentence at all (the date rules; the states of `facts::states`).
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
use regex_automata::nfa::thompson::{self, pikevm};
use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::pool::Pool;
use regex_automata::{hybrid, Input, MatchKind, PatternSet};

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
///
/// Each part is a forward lazy DFA over its own NFA, the engine the meta
/// regex runs for this search, without what the meta regex also builds and
/// this search never uses (a reverse NFA and its automata, one-pass and
/// backtracking engines): that was half of compiling the set, itself a third
/// of the start-up of a run on one small article. Where the lazy DFA gives
/// up (it never has on news text) the PikeVM answers, as in the meta regex.
pub struct Set {
    parts: Vec<Part>,
}

/// One automaton with the index of its first pattern.
struct Part {
    first: usize,
    dfa: Option<hybrid::dfa::DFA>,
    vm: pikevm::PikeVM,
    caches: Pool<Caches, CachesFn>,
}

/// A thread's search state for one part.
struct Caches {
    dfa: Option<hybrid::dfa::Cache>,
    vm: pikevm::Cache,
}

type CachesFn = Box<dyn Fn() -> Caches + Send + Sync>;

impl Set {
    pub fn new<S: AsRef<str>>(
        patterns: &[S],
        per_part: usize,
        dfa_cache: usize,
    ) -> Result<Set, String> {
        let per_part = per_part.max(1);
        let mut parts = Vec::new();
        for (i, chunk) in patterns.chunks(per_part).enumerate() {
            // the NFA the meta regex would build, as `config` sets it
            let nfa = thompson::Compiler::new()
                .configure(
                    thompson::Config::new()
                        .utf8(true)
                        .nfa_size_limit(Some(10 << 20))
                        .shrink(false)
                        .which_captures(thompson::WhichCaptures::None),
                )
                .build_many(chunk)
                .map_err(|e| e.to_string())?;
            // the lazy DFA as the meta regex configures it (no prefilter)
            let dfa = hybrid::dfa::Builder::new()
                .configure(
                    hybrid::dfa::Config::new()
                        .match_kind(MatchKind::All)
                        .starts_for_each_pattern(true)
                        .unicode_word_boundary(true)
                        .cache_capacity(dfa_cache)
                        .skip_cache_capacity_check(false)
                        .minimum_cache_clear_count(Some(3))
                        .minimum_bytes_per_state(Some(10)),
                )
                .build_from_nfa(nfa.clone())
                .ok();
            let vm = pikevm::PikeVM::builder()
                .configure(pikevm::Config::new().match_kind(MatchKind::All))
                .build_from_nfa(nfa)
                .map_err(|e| e.to_string())?;
            let (d, v) = (dfa.clone(), vm.clone());
            let caches: CachesFn = Box::new(move || Caches {
                dfa: d.as_ref().map(|d| d.create_cache()),
                vm: v.create_cache(),
            });
            parts.push(Part {
                first: i * per_part,
                dfa,
                vm,
                caches: Pool::new(caches),
            });
        }
        Ok(Set { parts })
    }

    /// Whether every part has its lazy DFA (else the PikeVM answers alone:
    /// the same sets, far slower).
    #[cfg(test)]
    pub fn fast(&self) -> bool {
        self.parts.iter().all(|p| p.dfa.is_some())
    }

    /// The indices of the patterns that match somewhere in `hay`, in
    /// ascending order.
    pub fn which(&self, hay: &str) -> Vec<usize> {
        let input = Input::new(hay);
        let mut out = Vec::new();
        for part in &self.parts {
            let mut caches = part.caches.get();
            let caches = &mut *caches;
            let mut found = PatternSet::new(part.vm.pattern_len());
            let fast = match (&part.dfa, caches.dfa.as_mut()) {
                (Some(dfa), Some(cache)) => dfa
                    .try_which_overlapping_matches(cache, &input, &mut found)
                    .is_ok(),
                _ => false,
            };
            if !fast {
                found.clear();
                part.vm
                    .which_overlapping_matches(&mut caches.vm, &input, &mut found);
            }
            out.extend(found.iter().map(|p| part.first + p.as_usize()));
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
