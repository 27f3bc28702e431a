//! Alignment: deciding which items (claims, figures, quotes) in different
//! versions report the same fact.
//!
//! Items become bags of content tokens — stemmed words with synonyms folded
//! (`data/claims/synonyms.tsv`), canonical actor names (places by the words
//! of their name), years, numbers — and
//! are clustered greedily, version by version, against an index from token to
//! cluster. An item is compared only with clusters it shares a token with, so
//! the work grows with the number of items times the number of facts that
//! share their words, not with the square of the number of versions.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::analysis::Analysis;
use crate::claims::{word_re, Claim};
use crate::model::{ActorKind, ActorMention, Span};

/// Interned token.
pub type Token = u32;

/// Maps token strings to small integers.
#[derive(Default, Debug)]
pub struct Vocab {
    ids: HashMap<String, Token>,
    names: Vec<String>,
}

impl Vocab {
    /// The id of a token already seen.
    pub fn get(&self, s: &str) -> Option<Token> {
        self.ids.get(s).copied()
    }

    pub fn id(&mut self, s: &str) -> Token {
        if let Some(&t) = self.ids.get(s) {
            return t;
        }
        let t = self.names.len() as Token;
        self.ids.insert(s.to_string(), t);
        self.names.push(s.to_string());
        t
    }

    /// The string of a token.
    pub fn name(&self, t: Token) -> &str {
        self.names.get(t as usize).map_or("", |s| s.as_str())
    }
}

/// Words too common to say whether two claims report the same fact.
pub(super) fn stopwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        crate::table::rows(include_str!("../../data/claims/stopwords.txt"))
            .flat_map(|row| row.into_iter().flat_map(str::split_whitespace))
            .collect()
    })
}

/// Stem to concept, from the synonym table.
fn synonyms() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| concepts(include_str!("../../data/claims/synonyms.tsv")))
}

/// A table of one concept per line, its first word naming it: every word's
/// stem mapped to the first word's.
pub fn concepts(table: &'static str) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for row in crate::table::rows(table) {
        let mut words = row.iter().flat_map(|c| c.split_whitespace());
        let Some(head) = words.next() else { continue };
        let head = stem(head);
        for w in words {
            map.insert(stem(w), head.clone());
        }
    }
    map
}

/// A light English stemmer: enough to make "plotted", "plots" and "plotting"
/// one token. Over-stemming costs little here: tokens are only compared.
pub fn stem(word: &str) -> String {
    let mut w: String = word.to_lowercase().replace('’', "'");
    for suffix in ["'s", "'"] {
        if let Some(s) = w.strip_suffix(suffix) {
            w = s.to_string();
        }
    }
    let len = w.chars().count();
    let strip = |w: &str, suf: &str, min: usize| -> Option<String> {
        (w.ends_with(suf) && len >= min).then(|| w[..w.len() - suf.len()].to_string())
    };
    if let Some(s) = strip(&w, "ies", 5) {
        w = s + "y";
    } else if let Some(s) = strip(&w, "ing", 6).or_else(|| strip(&w, "ed", 5)) {
        w = s;
    } else if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
    } else if let Some(s) = strip(&w, "es", 5).filter(|s| s.ends_with(['s', 'x', 'z', 'h'])) {
        w = s;
    } else if let Some(s) = strip(&w, "s", 4) {
        w = s;
    }
    if w.chars().count() > 4 && w.ends_with('e') {
        w.pop();
    }
    // "plott" (from "plotted") is "plot".
    let b = w.as_bytes();
    if b.len() > 3
        && b[b.len() - 1] == b[b.len() - 2]
        && !matches!(b[b.len() - 1], b'l' | b's' | b'z')
    {
        w.pop();
    }
    w
}

/// The concept a word stands for in alignment, or None for a stopword.
pub fn concept(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if stopwords().contains(lower.as_str()) {
        return None;
    }
    let digits: String = lower.chars().filter(|c| *c != ',').collect();
    if digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Some(digits);
    }
    let s = stem(&lower);
    if s.chars().count() < 2 {
        return None;
    }
    Some(synonyms().get(&s).cloned().unwrap_or(s))
}

/// Content tokens of a claim: concepts of its words outside actor names, the
/// canonical names of its actors, the years of its dates.
pub fn claim_tokens(a: &Analysis, c: &Claim, vocab: &mut Vocab) -> Vec<Token> {
    tokens_in(a, c.span, &mut |k| Some(vocab.id(k)))
}

/// Content tokens of any span of a document; `intern` maps a token string to
/// its id (or drops it).
pub fn tokens_in(
    a: &Analysis,
    span: Span,
    intern: &mut dyn FnMut(&str) -> Option<Token>,
) -> Vec<Token> {
    let text = &a.doc.text;
    let first = a.actors.partition_point(|m| m.span.start < span.start);
    let actors: Vec<&ActorMention> = a.actors[first..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .filter(|m| span.contains(m.span))
        .collect();
    let mut out = Vec::new();
    for m in word_re().find_iter(span.of(text)) {
        let at = span.start + m.start();
        if actors.iter().any(|s| s.span.start <= at && at < s.span.end) {
            continue;
        }
        if let Some(t) = concept(m.as_str()).and_then(|k| intern(&k)) {
            out.push(t);
        }
    }
    for m in &actors {
        if m.kind == ActorKind::Place {
            // A place is recognized only where its position shows it ("in
            // Madeira", not "to Porto and Madeira"): its name aligns as the
            // words it is written with, whether recognized or not.
            for w in word_re().find_iter(&m.canonical) {
                out.extend(concept(w.as_str()).and_then(|k| intern(&k)));
            }
        } else {
            out.extend(intern(&format!("@{}", m.canonical)));
        }
    }
    let first = a.timexes.partition_point(|t| t.span.start < span.start);
    for t in a.timexes[first..]
        .iter()
        .take_while(|t| t.span.start < span.end)
    {
        let v = &t.value;
        if v.len() >= 4 && v[..4].bytes().all(|b| b.is_ascii_digit()) {
            out.extend(intern(&format!("#{}", &v[..4])));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Something to align: which version it comes from and its tokens.
#[derive(Clone, Debug)]
pub struct Item {
    pub doc: usize,
    pub tokens: Vec<Token>,
}

/// Token weights: rare tokens say more about which fact a claim states.
pub struct Weights {
    /// Indexed by token; tokens past the end weigh 1.
    idf: Vec<f64>,
}

impl Weights {
    pub fn new(items: &[Item]) -> Weights {
        let size = items
            .iter()
            .flat_map(|it| it.tokens.iter())
            .max()
            .map_or(0, |&t| t as usize + 1);
        let mut df = vec![0usize; size];
        for it in items {
            for &t in &it.tokens {
                df[t as usize] += 1;
            }
        }
        let n = items.len() as f64;
        let idf = df
            .into_iter()
            .map(|d| (1.0 + (n + 1.0) / (d as f64).max(1.0)).ln())
            .collect();
        Weights { idf }
    }

    /// Every token counts the same: for comparing whole documents, where
    /// frequencies over a handful of versions say little.
    pub fn uniform() -> Weights {
        Weights { idf: Vec::new() }
    }

    pub fn w(&self, t: Token) -> f64 {
        self.idf.get(t as usize).copied().unwrap_or(1.0)
    }

    /// Length of a token set under the weights.
    pub fn norm(&self, tokens: &[Token]) -> f64 {
        tokens
            .iter()
            .map(|&t| self.w(t) * self.w(t))
            .sum::<f64>()
            .sqrt()
    }

    /// Weighted overlap of two sorted token sets.
    pub fn dot(&self, a: &[Token], b: &[Token]) -> f64 {
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += self.w(a[i]) * self.w(a[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }

    /// Cosine similarity of two sorted token sets under the weights.
    pub fn similarity(&self, a: &[Token], b: &[Token]) -> f64 {
        let n = self.norm(a) * self.norm(b);
        if n == 0.0 {
            0.0
        } else {
            self.dot(a, b) / n
        }
    }
}

/// Cosine similarity of items `a` and `b`, their norms computed beforehand.
fn cosine(weights: &Weights, items: &[Item], norms: &[f64], a: usize, b: usize) -> f64 {
    let n = norms[a] * norms[b];
    if n == 0.0 {
        0.0
    } else {
        weights.dot(&items[a].tokens, &items[b].tokens) / n
    }
}

/// How many first members of a cluster stand for it in comparisons.
const REPRESENTATIVES: usize = 3;
/// Tokens shared by more clusters than this are not used to find candidates.
const MAX_POSTING: usize = 64;

/// Clusters items so that each cluster holds at most one item per version.
///
/// Items are visited in the given order (versions in version order); each
/// joins the most similar cluster that has no item of its version yet and
/// whose first member it is `compatible` with, if the similarity reaches
/// `threshold`, and starts a new cluster otherwise. A cluster is compared
/// through its first few members, which keeps the cost per item bounded.
pub fn cluster(
    items: &[Item],
    weights: &Weights,
    threshold: f64,
    compatible: impl Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut docs_in: Vec<HashSet<usize>> = Vec::new();
    let mut index: HashMap<Token, Vec<usize>> = HashMap::new();
    let norms: Vec<f64> = items.iter().map(|it| weights.norm(&it.tokens)).collect();
    // The smallest norm among each cluster's representatives, and per
    // cluster the weight an item shares with it at most (reset per item).
    let mut rep_norm: Vec<f64> = Vec::new();
    let mut shared: Vec<f64> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        // Tokens shared by very many clusters say little about which one an
        // item belongs to; skipping them keeps the candidate list short.
        let mut candidates: Vec<usize> = Vec::new();
        // What the skipped tokens may add to the overlap with any cluster.
        let mut common = 0.0;
        for &t in &it.tokens {
            let Some(list) = index.get(&t) else { continue };
            let w2 = weights.w(t) * weights.w(t);
            if list.len() > MAX_POSTING {
                common += w2;
                continue;
            }
            for &c in list {
                candidates.push(c);
                shared[c] += w2;
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(f64, usize)> = None;
        for &c in &candidates {
            if docs_in[c].contains(&it.doc) {
                continue;
            }
            let members = &clusters[c];
            // Compatibility is a property of the cluster (figures counting one
            // thing), so its first member stands for all.
            if !compatible(members[0], i) {
                continue;
            }
            // A representative shares with the item only tokens the index
            // lists for the cluster, or skipped ones: a bound on the score
            // that can only over-estimate (the margin covers rounding), so a
            // cluster below the threshold or the best so far is passed over
            // without computing its cosines. Most candidates share one word.
            let bound_norm = rep_norm[c] * norms[i];
            if bound_norm > 0.0 {
                let bound = (shared[c] + common) * (1.0 + 1e-9) / bound_norm;
                if bound < threshold || best.is_some_and(|(s, _)| bound < s) {
                    continue;
                }
            }
            let score = members
                .iter()
                .take(REPRESENTATIVES)
                .map(|&m| cosine(weights, items, &norms, m, i))
                .fold(0.0, f64::max);
            if score >= threshold && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, c));
            }
        }
        for &c in &candidates {
            shared[c] = 0.0;
        }
        let c = match best {
            Some((_, c)) => c,
            None => {
                clusters.push(Vec::new());
                docs_in.push(HashSet::new());
                rep_norm.push(f64::INFINITY);
                shared.push(0.0);
                clusters.len() - 1
            }
        };
        if clusters[c].len() < REPRESENTATIVES {
            for &t in &it.tokens {
                let list = index.entry(t).or_default();
                if list.last() != Some(&c) {
                    list.push(c);
                }
            }
            rep_norm[c] = rep_norm[c].min(norms[i]);
        }
        clusters[c].push(i);
        docs_in[c].insert(it.doc);
    }
    merge(
        clusters,
        docs_in,
        items,
        &norms,
        weights,
        threshold,
        &compatible,
    )
}

/// Second pass: the greedy pass depends on order (a second version may miss
/// the first and start a cluster that a third version then joins), so
/// clusters with no version in common are merged when their first members
/// are similar enough.
fn merge(
    mut clusters: Vec<Vec<usize>>,
    mut docs_in: Vec<HashSet<usize>>,
    items: &[Item],
    norms: &[f64],
    weights: &Weights,
    threshold: f64,
    compatible: &impl Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut index: HashMap<Token, Vec<usize>> = HashMap::new();
    for (c, members) in clusters.iter().enumerate() {
        for &m in members.iter().take(REPRESENTATIVES) {
            for &t in &items[m].tokens {
                let list = index.entry(t).or_default();
                if list.last() != Some(&c) {
                    list.push(c);
                }
            }
        }
    }
    let sim = |a: usize, b: usize| cosine(weights, items, norms, a, b);
    let mut gone = vec![false; clusters.len()];
    for c in 0..clusters.len() {
        if gone[c] {
            continue;
        }
        let reps: Vec<usize> = clusters[c].iter().take(REPRESENTATIVES).copied().collect();
        let mut candidates: Vec<usize> = reps
            .iter()
            .flat_map(|&m| items[m].tokens.iter())
            .filter_map(|t| index.get(t))
            .filter(|list| list.len() <= MAX_POSTING)
            .flatten()
            .copied()
            .filter(|&o| o > c && !gone[o])
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(f64, usize)> = None;
        for o in candidates {
            if !compatible(clusters[c][0], clusters[o][0]) || !docs_in[c].is_disjoint(&docs_in[o]) {
                continue;
            }
            let score = reps
                .iter()
                .flat_map(|&a| {
                    clusters[o]
                        .iter()
                        .take(REPRESENTATIVES)
                        .map(move |&b| (a, b))
                })
                .map(|(a, b)| sim(a, b))
                .fold(0.0, f64::max);
            if score >= threshold && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, o));
            }
        }
        if let Some((_, o)) = best {
            let moved = std::mem::take(&mut clusters[o]);
            let docs = std::mem::take(&mut docs_in[o]);
            clusters[c].extend(moved);
            clusters[c].sort_unstable();
            docs_in[c].extend(docs);
            gone[o] = true;
        }
    }
    clusters
        .into_iter()
        .zip(gone)
        .filter(|(_, g)| !g)
        .map(|(c, _)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stemming_joins_inflections() {
        for group in [
            ["plotted", "plots", "plotting"],
            ["attacks", "attacked", "attack"],
            ["injuries", "injury", "injury"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.iter().all(|s| s == &stems[0]),
                "{group:?} -> {stems:?}"
            );
        }
        assert_ne!(stem("plan"), stem("plot"));
    }

    #[test]
    fn synonyms_and_spelling_variants_share_a_concept() {
        assert_eq!(concept("foiled"), concept("thwarted"));
        assert_eq!(concept("centre"), concept("center"));
        assert_eq!(concept("1,000"), Some("1000".into()));
        assert_eq!(concept("the"), None);
    }

    fn items(v: &mut Vocab, docs: &[(usize, &str)]) -> Vec<Item> {
        docs.iter()
            .map(|(d, s)| {
                let mut tokens: Vec<Token> = s
                    .split_whitespace()
                    .filter_map(concept)
                    .map(|c| v.id(&c))
                    .collect();
                tokens.sort_unstable();
                tokens.dedup();
                Item { doc: *d, tokens }
            })
            .collect()
    }

    #[test]
    fn paraphrases_cluster_and_other_facts_do_not() {
        let mut v = Vocab::default();
        let its = items(
            &mut v,
            &[
                (0, "police arrested forty protesters outside parliament"),
                (0, "the storm flooded the harbour district"),
                (
                    1,
                    "forty protesters were arrested by police outside parliament",
                ),
                (1, "a bridge collapsed near the harbour"),
                (2, "outside parliament police detained forty protesters"),
            ],
        );
        let w = Weights::new(&its);
        let cl = cluster(&its, &w, 0.3, |_, _| true);
        let with_first = cl.iter().find(|c| c.contains(&0)).unwrap();
        assert!(with_first.contains(&2) && with_first.contains(&4), "{cl:?}");
        let with_storm = cl.iter().find(|c| c.contains(&1)).unwrap();
        assert!(!with_storm.contains(&3), "{cl:?}");
    }

    #[test]
    fn a_cluster_holds_one_item_per_version() {
        let mut v = Vocab::default();
        let its = items(
            &mut v,
            &[
                (0, "rebels seized the airport"),
                (0, "rebels seized the airport again"),
            ],
        );
        let w = Weights::new(&its);
        assert_eq!(cluster(&its, &w, 0.1, |_, _| true).len(), 2);
    }
}
