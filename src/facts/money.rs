//! Money: the sums a version gives, read whole and tied to what they are the
//! value of.
//!
//! The figures stage reads the ordinary writings ("$5 million", "85 million
//! euros"); this reader mends what the ECB+ text does to them ("$2. 6m" and
//! "£910, 000" split by a stray space, "$137-million"), adds the writings the
//! figures stage cannot see (a letter for a sign: "R26 million", "e80
//! million"; a sum as a modifier: "a two-million-euro heist"), and gives each
//! sum its subject through a word table (`data/facts/money_words.tsv`):
//! jewels, loot and "stole" all make the value of the haul. A sum with no
//! subject word gets a loose subject: it may agree with another, never
//! contradict it. A conversion in brackets ("85 million euros ($108
//! million)") is the same sum in another currency: it is read as a fact in
//! its own currency, and the comparer never sets two currencies against each
//! other except to say they fit (`compare::money`).

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::readers::Raw;
use super::{Slot, Value, LOOSE};
use crate::analysis::Analysis;
use crate::model::{Bound, Interval, Span};
use crate::table;

/// The subject of a sum no subject word describes.
pub const UNKNOWN: &str = "~sum";

/// How a word before a sum bounds it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Bounding {
    /// "more than", "over": above the value.
    More,
    /// "about", "an estimated": a tenth either side.
    About,
    /// "nearly", "almost": up to a tenth below.
    Nearly,
}

struct Words {
    /// Letters written for a currency before a number with a scale word.
    letters: Vec<(String, String)>,
    /// Currency words after a number, lower case, to their code.
    names: HashMap<String, String>,
    /// A rough value of one unit in US dollars.
    rates: HashMap<String, f64>,
    scales: HashMap<String, f64>,
    subjects: HashMap<String, String>,
    qualifiers: Vec<(String, Bounding)>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            letters: Vec::new(),
            names: HashMap::new(),
            rates: HashMap::new(),
            scales: HashMap::new(),
            subjects: HashMap::new(),
            qualifiers: Vec::new(),
        };
        for row in table::rows(include_str!("../../data/facts/currencies.tsv")) {
            if let [kind, form, value, ..] = row.as_slice() {
                match *kind {
                    "letter" => w.letters.push((form.to_string(), value.to_string())),
                    "name" => {
                        w.names.insert(form.to_lowercase(), value.to_string());
                    }
                    "rate" => {
                        if let Ok(v) = value.parse() {
                            w.rates.insert(form.to_string(), v);
                        }
                    }
                    _ => {}
                }
            }
        }
        for row in table::rows(include_str!("../../data/facts/money_words.tsv")) {
            if let [kind, word, value, ..] = row.as_slice() {
                match *kind {
                    "scale" => {
                        if let Ok(v) = value.parse() {
                            w.scales.insert(word.to_lowercase(), v);
                        }
                    }
                    "subject" => {
                        w.subjects.insert(word.to_lowercase(), value.to_string());
                    }
                    "qualifier" => {
                        let b = match *value {
                            "more" => Bounding::More,
                            "nearly" => Bounding::Nearly,
                            _ => Bounding::About,
                        };
                        w.qualifiers.push((word.to_lowercase(), b));
                    }
                    _ => {}
                }
            }
        }
        // Longest first: "more than" before "than".
        w.qualifiers
            .sort_by_key(|(q, _)| std::cmp::Reverse(q.len()));
        w
    })
}

/// The rough value in US dollars of one unit of a currency, when it has one.
pub fn rate(code: &str) -> Option<f64> {
    words().rates.get(code).copied()
}

/// Mends, adds and gives subjects to the sums of a document's raw facts.
pub fn read(a: &Analysis, out: &mut Vec<Raw>) {
    let text = a.doc.text.as_str();
    for r in out.iter_mut().filter(|r| r.slot == Slot::Money) {
        mend(text, r);
        estimate(text, r);
    }
    for &s in &a.doc.sentences {
        unread(a, s, out);
    }
    // The pieces of a mended sum ("6 million" of "$2. 6 million") are no
    // facts of their own.
    let sums: Vec<Span> = out
        .iter()
        .filter(|r| r.slot == Slot::Money)
        .map(|r| r.span)
        .collect();
    out.retain(|r| r.slot == Slot::Money || !sums.iter().any(|s| s.overlaps(r.span)));
    for r in out.iter_mut().filter(|r| r.slot == Slot::Money) {
        r.sentence = bridged(a, r.sentence, r.span);
        r.subject = Some(subject(text, r.sentence, r.span).unwrap_or_else(|| UNKNOWN.into()));
    }
}

/// The sentence of a sum, joined to the next where the ECB+ text broke a
/// number in two ("a $2. 6 million necklace" is cut after "$2."), so that
/// the subject word past the break is found.
fn bridged(a: &Analysis, sentence: Span, at: Span) -> Span {
    static BREAK: OnceLock<Regex> = OnceLock::new();
    let re = BREAK.get_or_init(|| Regex::new(r"\d\.\s*$").unwrap());
    let doc = &a.doc;
    let text = doc.text.as_str();
    let mut out = sentence;
    if let Some(i) = doc.sentence_at(at.end.saturating_sub(1)) {
        out = Span::new(
            out.start.min(doc.sentences[i].start),
            out.end.max(doc.sentences[i].end),
        );
    }
    if re.is_match(out.of(text))
        && text[out.end..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        if let Some(&next) = doc.sentences.iter().find(|s| s.start >= out.end) {
            out = Span::new(out.start, next.end);
        }
    }
    out
}

/// "an estimated $102 million": the value a source put on something is
/// that value, not a reporter's approximation of it; two outlets' estimates
/// of one haul are held against each other like any two sums.
fn estimate(text: &str, r: &mut Raw) {
    let written = r.span.of(text).to_lowercase();
    if !(written.starts_with("an estimated ") || written.starts_with("estimated ")) {
        return;
    }
    if let Value::Number { interval, .. } = &mut r.value {
        if let (Some(lo), Some(hi)) = (interval.low.value(), interval.high.value()) {
            // The figures stage reads "an estimated" as a tenth either side.
            *interval = Interval::exact((lo + hi) / 2.0);
            r.exact = true;
        }
    }
}

/// A scale word as a regex alternation, longest first.
fn scale_alternation() -> String {
    let mut s: Vec<&String> = words().scales.keys().collect();
    s.sort_by_key(|w| (std::cmp::Reverse(w.len()), w.to_string()));
    s.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// Extends a sum the figures stage cut short: "$2. 6 million" read as "$2",
/// "£910, 000" as "£910", "$137-million" as "$137".
fn mend(text: &str, r: &mut Raw) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let scales = scale_alternation();
        Regex::new(&format!(
            r"(?i)^(?:\.\s(?P<frac>\d{{1,2}})[\s-]?(?P<s1>{scales})|,\s(?P<thou>\d{{3}})|-(?P<s2>{scales}))\b"
        ))
        .unwrap()
    });
    let Value::Number { interval, .. } = &r.value else {
        return;
    };
    let Some(low) = interval.low.value().or(interval.high.value()) else {
        return;
    };
    // Only a bare number (no scale word of its own) was cut short.
    let written = r.span.of(text);
    if low <= 0.0 || written.chars().filter(char::is_ascii_digit).count() > 3 || low >= 1000.0 {
        return;
    }
    let whole: f64 = match written
        .rsplit(|c: char| !c.is_ascii_digit())
        .find(|w| !w.is_empty())
        .and_then(|w| w.parse().ok())
    {
        Some(v) => v,
        None => return,
    };
    let Some(c) = re.captures(&text[r.span.end..]) else {
        return;
    };
    let scale = |m: Option<regex::Match>| {
        m.and_then(|m| words().scales.get(&m.as_str().to_lowercase()).copied())
    };
    let value = if let Some(frac) = c.name("frac") {
        let Ok(v) = format!("{whole}.{}", frac.as_str()).parse::<f64>() else {
            return;
        };
        let Some(k) = scale(c.name("s1")) else { return };
        v * k
    } else if let Some(th) = c.name("thou") {
        whole * 1000.0 + th.as_str().parse::<f64>().unwrap_or(0.0)
    } else {
        let Some(k) = scale(c.name("s2")) else { return };
        whole * k
    };
    let k = value / whole;
    if let Value::Number { interval, .. } = &mut r.value {
        *interval = interval.times(k);
    }
    r.span = Span::new(r.span.start, r.span.end + c.get(0).unwrap().end());
    r.round = r.exact && mantissa_round(&c, whole, value);
}

/// A mended sum allows rounding when its written digits end in a zero
/// ("£910, 000" no, "$140-million" yes).
fn mantissa_round(c: &regex::Captures, whole: f64, value: f64) -> bool {
    if c.name("frac").is_some() {
        return false;
    }
    if c.name("thou").is_some() {
        return value % 10.0 == 0.0 && value >= 10.0;
    }
    whole >= 10.0 && whole % 10.0 == 0.0
}

/// Sums the figures stage does not read: "R26 million", "e80 million",
/// "p74million"; "a two-million-euro heist".
fn unread(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static LETTER: OnceLock<Regex> = OnceLock::new();
    static MODIFIER: OnceLock<Regex> = OnceLock::new();
    let w = words();
    let letter = LETTER.get_or_init(|| {
        let letters: Vec<String> = w.letters.iter().map(|(l, _)| regex::escape(l)).collect();
        Regex::new(&format!(
            r"(?:^|[^\w$])(?P<cur>{})(?P<n>\d+(?:\.\d+)?)\s?(?i:(?P<s>{}))\b",
            letters.join("|"),
            scale_alternation()
        ))
        .unwrap()
    });
    let modifier = MODIFIER.get_or_init(|| {
        let mut names: Vec<&String> = w.names.keys().collect();
        names.sort_by_key(|n| (std::cmp::Reverse(n.len()), n.to_string()));
        let names: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
        Regex::new(&format!(
            r"(?i)\b(?P<n>\d+(?:\.\d+)?|[a-z]+)-(?P<s>million|billion|trillion)-(?P<cur>{})\b",
            names.join("|")
        ))
        .unwrap()
    });
    let text = a.doc.text.as_str();
    let st = s.of(text);
    let mut found: Vec<(Span, f64, String)> = Vec::new();
    for c in letter.captures_iter(st) {
        let cur = c.name("cur").unwrap().as_str();
        let Some((_, code)) = w.letters.iter().find(|(l, _)| l == cur) else {
            continue;
        };
        let (Ok(n), Some(k)) = (c["n"].parse::<f64>(), w.scales.get(&c["s"].to_lowercase())) else {
            continue;
        };
        let (from, to) = (c.name("cur").unwrap().start(), c.get(0).unwrap().end());
        found.push((Span::new(s.start + from, s.start + to), n * k, code.clone()));
    }
    for c in modifier.captures_iter(st) {
        let n = &c["n"].to_lowercase();
        let n = crate::figures::word_value(n).or_else(|| n.parse().ok());
        let (Some(n), Some(k), Some(code)) = (
            n,
            w.scales.get(&c["s"].to_lowercase()),
            w.names.get(&c["cur"].to_lowercase()),
        ) else {
            continue;
        };
        let m = c.get(0).unwrap();
        found.push((
            Span::new(s.start + m.start(), s.start + m.end()),
            n * k,
            code.clone(),
        ));
    }
    // "85 million euros (74 million pounds)": a currency word in brackets
    // right after a sum names a conversion, whatever the word means
    // elsewhere ("pounds" of weight).
    static BRACKET: OnceLock<Regex> = OnceLock::new();
    let bracket = BRACKET.get_or_init(|| {
        let mut names: Vec<&String> = w.names.keys().collect();
        names.sort_by_key(|n| (std::cmp::Reverse(n.len()), n.to_string()));
        let names: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
        Regex::new(&format!(
            r"(?i)^\s*\(\s*(?P<n>\d+(?:\.\d+)?)\s?(?P<s>{})?\s+(?P<cur>{})\s*[);]",
            scale_alternation(),
            names.join("|")
        ))
        .unwrap()
    });
    let sums: Vec<Span> = out
        .iter()
        .filter(|r| r.slot == Slot::Money && s.contains(r.span))
        .map(|r| r.span)
        .chain(found.iter().map(|f| f.0))
        .collect();
    for sum in sums {
        let Some(c) = bracket.captures(&text[sum.end..s.end]) else {
            continue;
        };
        let k = c.name("s").map_or(Some(1.0), |m| {
            w.scales.get(&m.as_str().to_lowercase()).copied()
        });
        let (Ok(n), Some(k), Some(code)) = (
            c["n"].parse::<f64>(),
            k,
            w.names.get(&c["cur"].to_lowercase()),
        ) else {
            continue;
        };
        let (n_at, cur_end) = (c.name("n").unwrap().start(), c.name("cur").unwrap().end());
        found.push((
            Span::new(sum.end + n_at, sum.end + cur_end),
            n * k,
            code.clone(),
        ));
    }
    for (span, v, code) in found {
        if out
            .iter()
            .any(|r| r.slot == Slot::Money && r.span.overlaps(span))
        {
            continue;
        }
        let before = &text[s.start..span.start];
        let bound = qualifier_before(before);
        let mantissa = v / 10f64.powi(v.log10().floor() as i32 - 1);
        let interval = match bound {
            None => Interval::exact(v),
            Some(Bounding::More) => Interval {
                low: Bound::Exclusive(v),
                high: Bound::Unbounded,
            },
            Some(Bounding::About) => Interval {
                low: Bound::Inclusive(v * 0.9),
                high: Bound::Inclusive(v * 1.1),
            },
            Some(Bounding::Nearly) => Interval {
                low: Bound::Inclusive(v * 0.9),
                high: Bound::Inclusive(v),
            },
        };
        out.push(Raw {
            span,
            sentence: s,
            slot: Slot::Money,
            subject: None,
            value: Value::Number {
                interval,
                unit: Some(code),
            },
            round: bound.is_none() && (mantissa.round() as i64) % 10 == 0,
            vague: false,
            exact: bound.is_none(),
            figure: None,
        });
    }
}

/// The qualifier that ends the words before a sum ("more than", "an
/// estimated"), if any.
fn qualifier_before(before: &str) -> Option<Bounding> {
    let lower = before.trim_end().to_lowercase();
    words()
        .qualifiers
        .iter()
        .find(|(q, _)| {
            lower.ends_with(q.as_str())
                && !lower[..lower.len() - q.len()].ends_with(|c: char| c.is_alphanumeric())
        })
        .map(|&(_, b)| b)
}

/// What a sum is the value of: the subject word nearest it in its stretch
/// of the sentence (between commas), at most [`SUBJECT_REACH`] words away.
fn subject(text: &str, sentence: Span, at: Span) -> Option<String> {
    let at = with_brackets(text, sentence, at);
    let seg = super::stretch(text, sentence, at);
    let w = words();
    let before = crate::claims::word_re()
        .find_iter(&text[seg.start..at.start])
        .map(|m| m.as_str().to_lowercase())
        .collect::<Vec<_>>();
    let after = crate::claims::word_re()
        .find_iter(&text[at.end..seg.end])
        .map(|m| m.as_str().to_lowercase())
        .collect::<Vec<_>>();
    let near_before = before
        .iter()
        .rev()
        .take(SUBJECT_REACH)
        .enumerate()
        .find_map(|(i, x)| w.subjects.get(x).map(|s| (i, s)));
    let near_after = after
        .iter()
        .take(SUBJECT_REACH)
        .enumerate()
        .find_map(|(i, x)| w.subjects.get(x).map(|s| (i, s)));
    match (near_before, near_after) {
        (Some((i, a)), Some((j, b))) => Some(if j < i { b } else { a }.clone()),
        (x, y) => x.or(y).map(|(_, s)| s.clone()),
    }
}

/// A sum with the brackets around it or right after it: "(£1. 7m; $2. 6m)"
/// is a conversion of the sum before it and shares its subject, across the
/// semicolon that would otherwise cut the stretch.
fn with_brackets(text: &str, sentence: Span, at: Span) -> Span {
    let before = &text[sentence.start..at.start];
    let start = match (before.rfind('('), before.rfind(')')) {
        (Some(o), c) if c.is_none_or(|c| c < o) => sentence.start + o,
        _ => at.start,
    };
    let rest = &text[at.end..sentence.end.max(at.end)];
    let open_after = rest.trim_start().starts_with('(');
    let end = if start < at.start || open_after {
        rest.find(')').map_or(at.end, |c| at.end + c + 1)
    } else {
        at.end
    };
    Span::new(start, end)
}

/// How many words from a sum its subject word may stand.
const SUBJECT_REACH: usize = 10;

/// Is the subject a sum with no subject word (compared loosely)?
pub fn is_unknown(subject: &str) -> bool {
    subject.starts_with(LOOSE)
}
