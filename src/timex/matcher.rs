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
//!
//! Two rewrites make patterns cheaper to build. [`unfold_word_classes`]
//! keeps case-insensitivity from folding `\w`, which is closed under case
//! folding anyway (the same pattern, built at a fraction of the cost). A
//! gate ([`Set::gate`]) is built from wider patterns (large Unicode classes
//! as their ASCII part and any non-ASCII character), which match wherever
//! the originals do and more.

use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, pikevm};
use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::pool::Pool;
use regex_automata::{hybrid, Input, MatchKind, PatternSet};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

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

/// The patterns parsed, each passed through `then`.
fn parsed<S: AsRef<str>>(patterns: &[S], then: impl Fn(Hir) -> Hir) -> Result<Vec<Hir>, String> {
    patterns
        .iter()
        .map(|p| {
            regex_syntax::parse(p.as_ref())
                .map(&then)
                .map_err(|e| e.to_string())
        })
        .collect()
}

impl Set {
    pub fn new<S: AsRef<str>>(
        patterns: &[S],
        per_part: usize,
        dfa_cache: usize,
    ) -> Result<Set, String> {
        Set::from_hirs(&parsed(patterns, |h| h)?, per_part, dfa_cache)
    }

    /// A gate: a set that may report a pattern with no match in a haystack
    /// (never one without), for a caller that searches each reported
    /// pattern in full anyway. Each Unicode class of more than a few
    /// non-ASCII ranges (`\p{Lu}`, `\s`, `\d`) is read as its ASCII part and
    /// any non-ASCII character: a few automaton states instead of hundreds.
    /// Callgrind on the states' gate (40 patterns): 95 M instructions to
    /// build before this and [`unfold_word_classes`], 48 M after.
    pub fn gate<S: AsRef<str>>(
        patterns: &[S],
        per_part: usize,
        dfa_cache: usize,
    ) -> Result<Set, String> {
        Set::from_hirs(&parsed(patterns, widen)?, per_part, dfa_cache)
    }

    fn from_hirs(hirs: &[Hir], per_part: usize, dfa_cache: usize) -> Result<Set, String> {
        let per_part = per_part.max(1);
        let mut parts = Vec::new();
        for (i, chunk) in hirs.chunks(per_part).enumerate() {
            // the NFA the meta regex would build, as `config` sets it
            let nfa = thompson::Compiler::new()
                .configure(
                    thompson::Config::new()
                        .utf8(true)
                        .nfa_size_limit(Some(10 << 20))
                        .shrink(false)
                        .which_captures(thompson::WhichCaptures::None),
                )
                .build_many_from_hir(chunk)
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

/// Non-ASCII ranges a class may have and stay as it is in a gate: `[’']`,
/// `[^.;]` (one range past ASCII) stay, `\s` (eight) and `\p{Lu}` go.
const GATE_RANGES: usize = 4;

/// `hir` with every class of more than [`GATE_RANGES`] non-ASCII ranges
/// replaced by its ASCII part and all of non-ASCII: a superset of it.
fn widen(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(c)) => {
            let past_ascii = c.ranges().iter().filter(|r| r.end() > '\x7f').count();
            if past_ascii <= GATE_RANGES {
                return Hir::class(Class::Unicode(c));
            }
            let mut ranges: Vec<ClassUnicodeRange> = c
                .ranges()
                .iter()
                .filter(|r| r.start() <= '\x7f')
                .map(|r| ClassUnicodeRange::new(r.start(), r.end().min('\x7f')))
                .collect();
            ranges.push(ClassUnicodeRange::new('\u{80}', '\u{10FFFF}'));
            Hir::class(Class::Unicode(ClassUnicode::new(ranges)))
        }
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(widen(*r.sub));
            Hir::repetition(r)
        }
        HirKind::Capture(mut c) => {
            c.sub = Box::new(widen(*c.sub));
            Hir::capture(c)
        }
        HirKind::Concat(v) => Hir::concat(v.into_iter().map(widen).collect()),
        HirKind::Alternation(v) => Hir::alternation(v.into_iter().map(widen).collect()),
        kind @ (HirKind::Empty
        | HirKind::Literal(_)
        | HirKind::Class(Class::Bytes(_))
        | HirKind::Look(_)) => rebuild(kind),
    }
}

/// A leaf of a HIR back as a HIR.
fn rebuild(kind: HirKind) -> Hir {
    match kind {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
        _ => unreachable!("only leaves are rebuilt"),
    }
}

/// `pattern` with each `\w`, and each bracketed class made only of `\w`,
/// `\d`, `\s` and characters that are not letters (`[\w-]`, `[\w.]`), set
/// out of case-insensitivity as `(?-i:...)`.
///
/// Under `(?i)` the parser folds every class to its other cases, one code
/// point at a time: for `\w` (about 140,000 of them) that was most of the
/// cost of parsing the states' patterns. These classes are closed under
/// case folding (a test checks it), so the pattern matches exactly what it
/// did.
pub fn unfold_word_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(ch) = rest.chars().next() {
        match ch {
            '\\' => {
                let esc = escape_at(rest);
                if esc == "\\w" {
                    out.push_str("(?-i:\\w)");
                } else {
                    out.push_str(esc);
                }
                rest = &rest[esc.len()..];
            }
            '[' => {
                let class = class_at(rest);
                if closed_class(class) {
                    out.push_str("(?-i:");
                    out.push_str(class);
                    out.push(')');
                } else {
                    out.push_str(class);
                }
                rest = &rest[class.len()..];
            }
            _ => {
                out.push(ch);
                rest = &rest[ch.len_utf8()..];
            }
        }
    }
    out
}

/// The escape at the start of `s` (`\` and the character after it).
fn escape_at(s: &str) -> &str {
    let next = s[1..].chars().next().map_or(0, char::len_utf8);
    &s[..1 + next]
}

/// The bracketed class at the start of `s`, nested classes included (a `]`
/// first in a class, after `[` or `[^`, is a character of it).
fn class_at(s: &str) -> &str {
    let mut depth = 0;
    let mut i = 0;
    let mut first = true;
    while i < s.len() {
        let rest = &s[i..];
        let ch = rest.chars().next().unwrap_or('\0');
        match ch {
            '\\' => {
                i += escape_at(rest).len();
                first = false;
                continue;
            }
            '[' => {
                depth += 1;
                first = true;
                i += 1;
                if s[i..].starts_with('^') {
                    i += 1;
                }
                continue;
            }
            ']' if !first => {
                depth -= 1;
                if depth == 0 {
                    return &s[..i + 1];
                }
            }
            _ => {}
        }
        first = false;
        i += ch.len_utf8();
    }
    s
}

/// Whether a bracketed class holds `\w` and otherwise only `\d`, `\s`,
/// escaped punctuation and ASCII characters that are not letters: a class
/// case folding leaves as it is.
fn closed_class(class: &str) -> bool {
    let Some(inner) = class
        .strip_prefix('[')
        .and_then(|c| c.strip_suffix(']'))
        .map(|c| c.strip_prefix('^').unwrap_or(c))
    else {
        return false;
    };
    let mut word = false;
    let mut rest = inner;
    while let Some(ch) = rest.chars().next() {
        if ch == '\\' {
            let esc = escape_at(rest);
            match esc {
                "\\w" => word = true,
                "\\d" | "\\s" => {}
                _ if esc.len() == 2 && esc.as_bytes()[1].is_ascii_punctuation() => {}
                _ => return false,
            }
            rest = &rest[esc.len()..];
        } else {
            // `[` would open a nested class, `&&`, `--` and `~~` set operations
            if !ch.is_ascii() || ch.is_ascii_alphabetic() || "[&~".contains(ch) {
                return false;
            }
            rest = &rest[1..];
        }
    }
    word
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes `unfold_word_classes` sets out of case-insensitivity are
    /// those case folding leaves as they are: the pattern is the same.
    #[test]
    fn unfolding_word_classes_keeps_the_pattern() {
        for p in [
            r"(?i)\w",
            r"(?i)[\w-]+\s+of",
            r"(?i)(?:[\w.]+\s+){1,4}?as",
            r"(?i)[^\w\s]",
            r"(?i)[\w'’]",
            r"(?i)[\w\d,.-]",
            r"(?i)\\w[]\w]",
            r"(?i)\bunnamed\s+(?:[\w-]+\s+)?(?-i:\p{Lu})",
        ] {
            let unfolded = unfold_word_classes(p);
            assert_eq!(
                regex_syntax::parse(&unfolded).unwrap(),
                regex_syntax::parse(p).unwrap(),
                "{p} -> {unfolded}"
            );
        }
        // what it rewrites, and what it leaves (a class with a letter)
        assert_eq!(
            unfold_word_classes(r"(?i)a\w[\w-]"),
            r"(?i)a(?-i:\w)(?-i:[\w-])"
        );
        assert_eq!(
            unfold_word_classes(r"(?i)[\wé][a-z\w]"),
            r"(?i)[\wé][a-z\w]"
        );
        assert_eq!(unfold_word_classes(r"\\w[]\w]"), r"\\w(?-i:[]\w])");
    }

    /// A gate reports every pattern that matches, even where its wide
    /// classes let it report more.
    #[test]
    fn a_gate_finds_what_its_patterns_find() {
        let patterns = [
            r"(?i)named\s+\w+\s+as\s+(?-i:\p{Lu})",
            r"(?i)\d{1,3}-year-old",
            r"(?i)at\s+large",
            r"(?i)appeared\s+in\s+(?:[\w-]+\s+){0,3}court",
        ];
        let gate = Set::gate(&patterns, 2, 1 << 20).unwrap();
        let full = Set::new(&patterns, 2, 1 << 20).unwrap();
        for hay in [
            "Police named him as Émile Zola.",
            "The ٣٥-year-old and the 35-year-old",
            "He is still at\u{a0}large.",
            "She appeared in Zürich district court.",
            "nothing here",
            "named them as ordinary",
        ] {
            let (g, f) = (gate.which(hay), full.which(hay));
            assert!(f.iter().all(|i| g.contains(i)), "{hay}: {g:?} / {f:?}");
        }
        // wide: any non-ASCII character stands for a capital
        assert_eq!(gate.which("named him as ßmith"), vec![0]);
        assert!(full.which("named him as ßmith").is_empty());
    }
}
