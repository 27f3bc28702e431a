//! Wording: how close two quotations are, and which words changed.
//!
//! Quotes are compared word by word (case and punctuation aside) with a
//! longest-common-subsequence alignment, bounded in length so that a runaway
//! quotation cannot make the comparison quadratic in the document.

use crate::claims::word_re;
use crate::model::Span;

/// Longest quotation (in words) compared word by word; longer ones are cut.
const MAX_WORDS: usize = 400;

/// A word of a quotation: its normalized form and where it is.
#[derive(Clone, Debug)]
pub struct Word {
    pub norm: String,
    pub span: Span,
}

pub fn words(text: &str, span: Span) -> Vec<Word> {
    let quoted = span.of(text);
    let mut out: Vec<Word> = Vec::new();
    for m in word_re().find_iter(quoted).take(MAX_WORDS) {
        let lower = m.as_str().to_lowercase().replace('’', "'");
        // "It ’ s" (a contraction split by the page's spacing) is "it's".
        if let Some(prev) = out.last_mut() {
            let gap = &quoted[prev.span.end - span.start..m.start()];
            if CLITICS.contains(&lower.as_str())
                && gap.contains(['\'', '’'])
                && gap.trim_matches([' ', '\'', '’']).is_empty()
            {
                // Keyed as the word written whole would be ("we'll").
                prev.norm = spelling_key(&format!("{}'{lower}", prev.norm));
                prev.span.end = span.start + m.end();
                continue;
            }
        }
        // "6:00 p.m." is "6 p.m.".
        if lower == "00"
            && out
                .last()
                .is_some_and(|w| w.norm.chars().all(|c| c.is_ascii_digit()))
        {
            continue;
        }
        out.push(Word {
            norm: spelling_key(&lower),
            span: Span::new(span.start + m.start(), span.start + m.end()),
        });
    }
    out
}

/// Endings of English contractions, written apart from their word.
const CLITICS: &[&str] = &["s", "t", "ll", "re", "ve", "d", "m"];

/// One form for British and American spellings of a word ("neighbourhood"
/// and "neighborhood", "organise" and "organize", "centre" and "center",
/// "travelled" and "traveled"), so that a quotation is not "reworded" by an
/// outlet's house style. Short words are left alone ("our" is not "or").
fn spelling_key(word: &str) -> String {
    if word.chars().count() <= 4 {
        return word.to_string();
    }
    let mut w = word
        .replace("our", "or")
        .replace('z', "s")
        .replace("ll", "l");
    if let Some(stem) = w.strip_suffix("tre") {
        w = format!("{stem}ter");
    }
    w
}

/// The two quotations differ only in how much of one utterance they quote:
/// the shorter's words all stand, in order, in the longer (words left out
/// of the middle: an elision, "is dangerous and" dropped), or the two overlap
/// and read the same where they overlap (one starts earlier, the other ends
/// later). Never when a left-out word is one that changes what the rest says
/// (`data/compare/quote_meaning_words.txt`: "not", "never").
pub fn differs_in_extent(a: &[Word], b: &[Word]) -> bool {
    let meaning = meaning_words();
    let pairs = lcs(a, b);
    let (Some(&(i0, j0)), Some(&(i1, j1))) = (pairs.first(), pairs.last()) else {
        return false;
    };
    if pairs.len() == a.len() && pairs.len() == b.len() {
        return false;
    }
    let left_out = |w: &[Word], matched: &dyn Fn(usize) -> bool| {
        w.iter()
            .enumerate()
            .any(|(k, x)| !matched(k) && meaning.contains(&x.norm))
    };
    let in_a = |k: usize| pairs.iter().any(|p| p.0 == k);
    let in_b = |k: usize| pairs.iter().any(|p| p.1 == k);
    if left_out(a, &in_a) || left_out(b, &in_b) {
        return false;
    }
    let elision = pairs.len() == a.len().min(b.len());
    // One run of the same words, each quotation going past it on at most
    // one side, and not on the same side as the other.
    let run = pairs.windows(2).all(|w| w[1] == (w[0].0 + 1, w[0].1 + 1));
    let overlap = run && (i0 == 0 || j0 == 0) && (i1 + 1 == a.len() || j1 + 1 == b.len());
    elision || overlap
}

/// The stretch of each quotation the other also quotes: from the first
/// shared word to the last, past words only one of them quotes at an edge
/// (one starts earlier or ends later). Words each has of its own at one
/// edge are a change, and stay in.
pub fn overlap(a: &[Word], b: &[Word]) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let pairs = lcs(a, b);
    let (Some(&(i0, j0)), Some(&(i1, j1))) = (pairs.first(), pairs.last()) else {
        return (0..a.len(), 0..b.len());
    };
    let (sa, sb) = if i0 == 0 || j0 == 0 { (i0, j0) } else { (0, 0) };
    let (ea, eb) = if i1 + 1 == a.len() || j1 + 1 == b.len() {
        (i1 + 1, j1 + 1)
    } else {
        (a.len(), b.len())
    };
    (sa..ea, sb..eb)
}

/// Pairs of indices `(i, j)` with `a[i] == b[j]` on a longest common subsequence.
fn lcs(a: &[Word], b: &[Word]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u16; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i * (m + 1) + j] = if a[i].norm == b[j].norm {
                t[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                t[(i + 1) * (m + 1) + j].max(t[i * (m + 1) + j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i].norm == b[j].norm {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// Share of words the two quotations have in common, in order (0 to 1).
pub fn similarity(a: &[Word], b: &[Word]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * lcs(a, b).len() as f64 / (a.len() + b.len()) as f64
}

/// Words as hashes of their normalized forms: enough to bound
/// [`similarity`] from above without aligning word by word, so that the
/// sentences of many versions can be passed over cheaply.
pub struct WordKeys {
    /// Distinct keys, sorted.
    distinct: Vec<u64>,
    len: usize,
}

impl WordKeys {
    pub fn of(words: &[Word]) -> WordKeys {
        let mut distinct = keys(words);
        distinct.sort_unstable();
        distinct.dedup();
        WordKeys {
            distinct,
            len: words.len(),
        }
    }

    /// Whether words with keys `other` may be `threshold` similar to these:
    /// a common subsequence holds at most the other's words found among
    /// these (two forms sharing a key only loosen the bound), and at most
    /// all the words of the shorter.
    pub fn may_reach(&self, other: &[u64], threshold: f64) -> bool {
        if self.len == 0 || other.is_empty() {
            return 0.0 >= threshold;
        }
        let shared = other
            .iter()
            .filter(|k| self.distinct.binary_search(k).is_ok())
            .count();
        let bound = shared.min(self.len).min(other.len());
        2.0 * bound as f64 / (self.len + other.len()) as f64 >= threshold
    }
}

/// The key of each word, in order.
pub fn keys(words: &[Word]) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    words
        .iter()
        .map(|w| {
            let mut h = std::hash::DefaultHasher::new();
            w.norm.hash(&mut h);
            h.finish()
        })
        .collect()
}

/// True when the shorter quotation's words all appear, in order and as one
/// run, in the longer: an excerpt, not a rewording.
pub fn is_excerpt(a: &[Word], b: &[Word]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && short.len() < long.len()
        && long
            .windows(short.len())
            .any(|w| w.iter().zip(short).all(|(x, y)| x.norm == y.norm))
}

/// The stretch of each quotation from its first to its last changed word, or
/// None when the words are the same.
pub fn changed(a: &[Word], b: &[Word]) -> Option<(Span, Span)> {
    let pairs = lcs(a, b);
    if pairs.len() == a.len() && pairs.len() == b.len() {
        return None;
    }
    // Leading and trailing runs that match in place are unchanged.
    let mut lead = 0;
    while lead < pairs.len() && pairs[lead] == (lead, lead) {
        lead += 1;
    }
    let mut trail = 0;
    while trail < pairs.len() - lead {
        let (i, j) = pairs[pairs.len() - 1 - trail];
        if a.len() - 1 - i != trail || b.len() - 1 - j != trail {
            break;
        }
        trail += 1;
    }
    // A change of a word or two is shown with its neighbours, so that a
    // reader sees it in place ("from army positions", not "army").
    let short =
        a.len().saturating_sub(lead + trail) <= 2 && b.len().saturating_sub(lead + trail) <= 2;
    let (lead, trail) = if short {
        (lead.saturating_sub(1), trail.saturating_sub(1))
    } else {
        (lead, trail)
    };
    let window = |w: &[Word]| -> Span {
        let (s, e) = (
            lead.min(w.len()),
            w.len().saturating_sub(trail).max(lead.min(w.len())),
        );
        if s < e {
            Span::new(w[s].span.start, w[e - 1].span.end)
        } else {
            // Nothing left on this side: a pure insertion on the other; point at the seam.
            let at = if s < w.len() {
                w[s].span.start
            } else {
                w.last().map_or(0, |x| x.span.end)
            };
            Span::new(at, at)
        }
    };
    Some((window(a), window(b)))
}

/// Words that change what the rest of a quotation says
/// (`data/compare/quote_meaning_words.txt`: "not", "never").
pub fn meaning_words() -> &'static Vec<String> {
    static MEANING: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    MEANING.get_or_init(|| {
        crate::table::words(include_str!("../../data/compare/quote_meaning_words.txt"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<Word> {
        words(s, Span::new(0, s.len()))
    }

    #[test]
    fn the_key_bound_passes_over_only_sentences_that_cannot_reach_the_threshold() {
        let quote = w("We will rebuild the school before winter comes");
        let keys = WordKeys::of(&quote);
        // Reworded but close: the bound lets it through to the alignment.
        let close = w("we will rebuild this school before the winter");
        assert!(similarity(&quote, &close) >= 0.6);
        assert!(keys.may_reach(&wording_keys(&close), 0.6));
        // Few shared words: passed over, and the alignment agrees.
        let far = w("The council met on Tuesday to discuss the budget for roads");
        assert!(similarity(&quote, &far) < 0.6);
        assert!(!keys.may_reach(&wording_keys(&far), 0.6));
        // The same words in another order: the bound cannot tell, so it lets
        // the sentence through and the alignment decides.
        let shuffled = w("comes winter before school the rebuild will we");
        assert!(keys.may_reach(&wording_keys(&shuffled), 0.6));
        assert!(similarity(&quote, &shuffled) < 0.6);
    }

    fn wording_keys(words: &[Word]) -> Vec<u64> {
        keys(words)
    }

    #[test]
    fn a_swapped_word_is_located() {
        let a = "The plot was contained and does not pose a current threat";
        let b = "The plot was contained and does not pose an ongoing threat";
        let (x, y) = changed(&w(a), &w(b)).unwrap();
        assert_eq!(x.of(a), "pose a current threat");
        assert_eq!(y.of(b), "pose an ongoing threat");
        assert!(similarity(&w(a), &w(b)) > 0.8);
    }

    #[test]
    fn case_and_punctuation_do_not_count() {
        assert_eq!(
            changed(
                &w("We will rebuild, together."),
                &w("we will rebuild together")
            ),
            None
        );
    }

    #[test]
    fn a_dropped_clause_is_the_change() {
        let a = "Talks will resume in weeks, not months, the envoy said";
        let b = "Talks will resume in weeks, the envoy said";
        let (x, y) = changed(&w(a), &w(b)).unwrap();
        assert_eq!(x.of(a), "weeks, not months, the");
        assert_eq!(y.of(b), "weeks, the");
    }

    #[test]
    fn a_shorter_run_of_the_same_words_is_an_excerpt() {
        let full = w("We will rebuild every school, and we will do it before winter.");
        assert!(is_excerpt(&full, &w("we will do it before winter")));
        assert!(is_excerpt(&w("We will rebuild every school"), &full));
        assert!(!is_excerpt(&full, &w("we will do it before spring")));
        assert!(!is_excerpt(&full, &full));
    }

    #[test]
    fn unrelated_quotes_are_far_apart() {
        assert!(
            similarity(
                &w("We have no comment at this time"),
                &w("The dam will hold through the winter")
            ) < 0.2
        );
    }
}
