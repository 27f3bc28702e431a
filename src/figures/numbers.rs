//! The number itself: digits, number words ("two hundred") and vague
//! quantities ("dozens") read at a token, and the interval a qualifier rule
//! gives it.

use super::*;

fn is_year_token(t: &Tok) -> bool {
    t.lower.len() == 4
        && t.lower.bytes().all(|b| b.is_ascii_digit())
        && t.num().is_some_and(|v| (1000.0..=2099.0).contains(&v))
}

/// Digits ("2,037", "1.2 million", "40bn") or number words ("one hundred and
/// twenty", "eighty-five", "a dozen") starting at token `i`.
pub(super) fn number_at(toks: &[Tok], i: usize, lex: &Lexicon) -> Option<Core> {
    let t = toks.get(i)?;
    let mut core = Core {
        start: i,
        end: i + 1,
        value: 0.0,
        scale: 1.0,
        words: false,
        money_only: false,
        vague: None,
        year_like: false,
    };
    match t.kind {
        Kind::Num(v) => {
            core.value = v;
            core.year_like = is_year_token(t);
            if let Some(n) = toks.get(i + 1).filter(|n| n.is_word()) {
                let scale = match lex.numbers.get(&n.lower) {
                    Some(&(s, NumKind::Scale | NumKind::Hundred)) => Some(s),
                    _ if !n.glued => lex
                        .suffixes
                        .get(&n.lower)
                        .filter(|(_, money)| !money)
                        .map(|s| s.0),
                    _ => None,
                };
                if let Some(s) = scale {
                    core.value *= s;
                    core.scale = s;
                    core.end += 1;
                    core.year_like = false;
                }
            }
            Some(core)
        }
        Kind::Alnum => {
            if let Some(v) = tokens::parse_decimal_comma(&t.lower) {
                // "2,3 million": a decimal comma is trusted only before a scale
                // word, where "1,2" cannot be a list of two numbers
                let n = toks.get(i + 1).filter(|n| n.is_word())?;
                let &(s, NumKind::Scale) = lex.numbers.get(&n.lower)? else {
                    return None;
                };
                core.value = v * s;
                core.scale = s;
                core.end += 1;
                return Some(core);
            }
            let split = t
                .lower
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))?;
            let (digits, suffix) = t.lower.split_at(split);
            let v = tokens::parse_digits(digits)?;
            let &(s, money) = lex.suffixes.get(suffix)?;
            core.value = v * s;
            core.scale = s;
            core.money_only = money;
            Some(core)
        }
        Kind::Word => number_words(toks, i, lex),
        Kind::Punct => None,
    }
}

pub(super) fn number_words(toks: &[Tok], i: usize, lex: &Lexicon) -> Option<Core> {
    let word = |j: usize| {
        toks.get(j)
            .filter(|t| t.is_word())
            .and_then(|t| lex.numbers.get(&t.lower))
            .copied()
    };
    let mut j = i;
    let (mut total, mut cur) = (0.0f64, 0.0f64);
    let mut last: Option<NumKind> = None;
    if toks.get(i)?.is("a")
        && matches!(
            word(i + 1),
            Some((_, NumKind::Hundred | NumKind::Scale | NumKind::Dozen))
        )
    {
        cur = 1.0;
        last = Some(NumKind::Unit);
        j += 1;
    }
    while let Some((v, k)) = word(j) {
        match k {
            NumKind::Unit | NumKind::Teen => {
                if matches!(last, Some(NumKind::Unit | NumKind::Teen)) {
                    break;
                }
                cur += v;
            }
            NumKind::Ten => {
                if matches!(last, Some(NumKind::Unit | NumKind::Teen | NumKind::Ten)) {
                    break;
                }
                cur += v;
            }
            // Multipliers need something to multiply: "hundred" alone is not a number.
            NumKind::Hundred | NumKind::Dozen => {
                if last.is_none() || last == Some(k) {
                    break;
                }
                cur = cur.max(1.0) * v;
            }
            NumKind::Scale => {
                if last.is_none() {
                    break;
                }
                total += cur.max(1.0) * v;
                cur = 0.0;
            }
        }
        last = Some(k);
        j += 1;
        let glued_hyphen = toks.get(j).is_some_and(|t| t.is("-") && t.glued)
            && toks.get(j + 1).is_some_and(|t| t.glued);
        // "eighty-five", "one hundred and twenty": step over the connector.
        let hyphenated =
            glued_hyphen && k == NumKind::Ten && matches!(word(j + 1), Some((_, NumKind::Unit)));
        let and = toks.get(j).is_some_and(|t| t.is("and"))
            && matches!(k, NumKind::Hundred | NumKind::Scale)
            && matches!(
                word(j + 1),
                Some((_, NumKind::Unit | NumKind::Teen | NumKind::Ten))
            );
        if hyphenated || and {
            j += 1;
        }
    }
    last?;
    // A connector consumed at the end ("hundred and" + non-number) is given back.
    while j > i && toks.get(j - 1).is_some_and(|t| t.is("and") || t.is("-")) {
        j -= 1;
    }
    Some(Core {
        start: i,
        end: j,
        value: total + cur,
        scale: 1.0,
        words: true,
        money_only: false,
        vague: None,
        year_like: false,
    })
}

/// "dozens", "hundreds of thousands", "several hundred", "a handful".
pub(super) fn vague_at(toks: &[Tok], i: usize, lex: &Lexicon) -> Option<Core> {
    let (vg, n) = lex.vague.at(toks, i)?;
    let mut j = i + n;
    let (mut lo, mut hi) = (vg.low, vg.high);
    let is_of = |j: usize| toks.get(j).is_some_and(|t| t.is("of"));
    match vg.kind {
        VagueKind::Det => {
            let mut scaled = false;
            while let Some(&(s, k)) = toks.get(j).and_then(|t| lex.numbers.get(&t.lower)) {
                if !matches!(k, NumKind::Hundred | NumKind::Scale | NumKind::Dozen) {
                    break;
                }
                lo *= s;
                hi *= s;
                j += 1;
                scaled = true;
            }
            if vg.needs_of && !scaled && !is_of(j) {
                return None;
            }
        }
        VagueKind::Plural | VagueKind::ScaleOnly => {
            // "hundreds of thousands": the plural scale word multiplies.
            let scale = toks
                .get(j + 1)
                .filter(|_| is_of(j))
                .and_then(|t| t.lower.strip_suffix('s'))
                .and_then(|w| lex.numbers.get(w))
                .filter(|(_, k)| matches!(k, NumKind::Scale | NumKind::Hundred));
            if let Some(&(s, _)) = scale {
                lo *= s;
                hi = (hi + 1.0) * s - 1.0;
                j += 2;
            } else if vg.kind == VagueKind::ScaleOnly || (vg.needs_of && !is_of(j)) {
                return None;
            }
        }
    }
    Some(Core {
        start: i,
        end: j,
        value: lo,
        scale: 1.0,
        words: true,
        money_only: false,
        vague: Some((lo, hi)),
        year_like: false,
    })
}

fn scaled(e: End, v: f64) -> Bound {
    match e {
        End::Unbounded => Bound::Unbounded,
        End::Scaled {
            num,
            den,
            inclusive,
        } => {
            let x = v * num / den;
            if inclusive {
                Bound::Inclusive(x)
            } else {
                Bound::Exclusive(x)
            }
        }
    }
}

pub(super) fn apply(rule: &QualRule, v: f64) -> Interval {
    Interval {
        low: scaled(rule.low, v),
        high: scaled(rule.high, v),
    }
}

pub(super) fn is_dash(t: &Tok) -> bool {
    matches!(t.lower.as_str(), "-" | "–" | "—")
}
