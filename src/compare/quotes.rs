//! Quotations aligned across versions by their words: the same words agree,
//! changed words inside quotation marks contradict.

use super::*;

/// Smallest number of words (counted with repeats) two quotations of `a`
/// and `b` words must share to reach [`QUOTE_THRESHOLD`]:
/// 2·shared / (a + b) ≥ t.
fn min_shared(a: usize, b: usize) -> usize {
    (QUOTE_THRESHOLD * (a + b) as f64 / 2.0 - 1e-9)
        .ceil()
        .max(0.0) as usize
}

/// How many of a quotation's rarest words (of `n`) must be indexed so that
/// any quotation close enough to it shares one of them with its own prefix.
/// Close enough means shared ≥ t·n / (2 − t) whatever the other's length
/// (shared ≤ both lengths); the prefix is n − that + 1. Rounded so that it
/// is never too short.
fn prefix_len(n: usize) -> usize {
    let overlap = (QUOTE_THRESHOLD * n as f64 / (2.0 - QUOTE_THRESHOLD) - 1e-9).floor();
    let overlap = (overlap.max(1.0) as usize).min(n);
    n - overlap + 1
}

/// Can two quotations, as token sets sorted by id, reach the threshold?
/// Length first, then the words they share in any order (an upper bound of
/// the words they share in order).
fn may_reach(x: &[u32], y: &[u32]) -> bool {
    let need = min_shared(x.len(), y.len());
    if x.len().min(y.len()) < need {
        return false;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared >= need
}

/// Each quotation's words as tokens, a word's k-th repeat its own token (so
/// sets count repeats), ordered rarest first across all quotations.
struct Tokens {
    sets: Vec<Vec<u32>>,
    /// The same sets sorted by id, for counting shared tokens.
    by_id: Vec<Vec<u32>>,
}

impl Tokens {
    fn new(items: &[(usize, usize, Vec<wording::Word>)]) -> Tokens {
        let mut ids: HashMap<(&str, u32), u32> = HashMap::new();
        let mut freq: Vec<u32> = Vec::new();
        let mut sets: Vec<Vec<u32>> = Vec::with_capacity(items.len());
        for (_, _, words) in items {
            let mut seen: HashMap<&str, u32> = HashMap::new();
            let mut set = Vec::with_capacity(words.len());
            for w in words {
                let k = seen.entry(w.norm.as_str()).or_default();
                *k += 1;
                let next = ids.len() as u32;
                let id = *ids.entry((w.norm.as_str(), *k)).or_insert(next);
                if id as usize == freq.len() {
                    freq.push(0);
                }
                freq[id as usize] += 1;
                set.push(id);
            }
            sets.push(set);
        }
        let by_id = sets
            .iter()
            .map(|s| {
                let mut s = s.clone();
                s.sort_unstable();
                s
            })
            .collect();
        for set in &mut sets {
            set.sort_unstable_by_key(|&t| (freq[t as usize], t));
        }
        Tokens { sets, by_id }
    }
}

impl Cx<'_> {
    pub(super) fn quote_findings(&self, out: &mut Vec<Finding>) {
        struct Cluster {
            members: Vec<(usize, usize)>, // (doc, quote)
            words: Vec<wording::Word>,
            speaker: Option<String>,
            /// Who the first quotation is credited to, named or as written.
            who: Option<String>,
            /// The item (index into `tokens.sets`) of the first quotation.
            first: usize,
        }
        // Every quotation long enough to compare, in version order.
        let mut items: Vec<(usize, usize, Vec<wording::Word>)> = Vec::new();
        for &d in self.order {
            let a = &self.an[d];
            for (qi, q) in a.quotes.iter().enumerate() {
                let words = wording::words(&a.doc.text, q.span);
                if words.len() >= 4 {
                    items.push((d, qi, words));
                }
            }
        }
        let tokens = Tokens::new(&items);
        let mut clusters: Vec<Cluster> = Vec::new();
        // Candidate clusters come from an index of the rarest words of each
        // cluster's first quotation (prefix filtering): a quotation that
        // shares too few words with a cluster cannot reach the threshold, and
        // is never compared with it word by word. The index is keyed by each
        // word's rank in the cluster's set and the set's length, so that the
        // first word two quotations share, if it comes too late in either to
        // leave room for enough others, rules the pair out without a look at
        // it (positional filtering): common words, ranked last, then cost
        // nothing.
        let mut index: HashMap<u32, BTreeMap<(usize, usize), Vec<usize>>> = HashMap::new();
        let mut stamp: Vec<usize> = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        let t = QUOTE_THRESHOLD;
        for (k, (d, qi, words)) in items.into_iter().enumerate() {
            let q = &self.an[d].quotes[qi];
            let who = self.credited_to(d, qi);
            let mine = &tokens.sets[k];
            let n = mine.len();
            candidates.clear();
            for (i, tok) in mine[..prefix_len(n)].iter().enumerate() {
                let Some(postings) = index.get(tok) else {
                    continue;
                };
                // With this the first shared word, at most 1 + (n - i - 1)
                // are shared, which must be ≥ t(n + len)/2: len ≤ 2(n - i)/t - n.
                let hi = (2.0 * (n - i) as f64 / t - n as f64).ceil().max(0.0) as usize;
                for j in 0.. {
                    // And at most 1 + (len - j - 1): len ≥ (j + tn/2) / (1 - t/2).
                    let lo = ((j as f64 + t * n as f64 / 2.0) / (1.0 - t / 2.0)).floor() as usize;
                    let lo = lo.max(j + 1);
                    if lo > hi {
                        break;
                    }
                    for (&(_, len), cis) in postings.range((j, lo)..=(j, hi)) {
                        let bound = 1 + (n - i - 1).min(len - j - 1);
                        if bound < min_shared(n, len) {
                            continue;
                        }
                        for &ci in cis {
                            if stamp[ci] != k + 1 {
                                stamp[ci] = k + 1;
                                candidates.push(ci);
                            }
                        }
                    }
                }
            }
            candidates.sort_unstable();
            let mut best: Option<(f64, usize)> = None;
            for &ci in &candidates {
                let c = &clusters[ci];
                // Versions come in order: a cluster holds this version only
                // as its latest member.
                if c.members.last().is_some_and(|m| m.0 == d) {
                    continue;
                }
                if let (Some(x), Some(y)) = (&c.who, &who) {
                    // Two speakers' quotations are one only when one version
                    // relays word for word what the other quotes ("court
                    // sources said" the experts' finding): never a changed
                    // quotation, so never a misquotation of someone.
                    if !same_speaker(x, y) && !relayed_words(&c.words, &words) {
                        continue;
                    }
                }
                // Cheap bounds first: the words in common, in any order, bound
                // the words in common in order.
                if !may_reach(&tokens.by_id[c.first], &tokens.by_id[k]) {
                    continue;
                }
                let s = wording::similarity(&c.words, &words);
                if s >= QUOTE_THRESHOLD
                    && (same_norms(&c.words, &words) || shares_content(&c.words, &words))
                    && best.is_none_or(|(b, _)| s > b)
                {
                    best = Some((s, ci));
                }
            }
            match best {
                Some((_, ci)) => clusters[ci].members.push((d, qi)),
                None => {
                    let ci = clusters.len();
                    for (j, &tok) in mine[..prefix_len(n)].iter().enumerate() {
                        index
                            .entry(tok)
                            .or_default()
                            .entry((j, n))
                            .or_default()
                            .push(ci);
                    }
                    stamp.push(0);
                    clusters.push(Cluster {
                        members: vec![(d, qi)],
                        words,
                        speaker: q.speaker.clone(),
                        who,
                        first: k,
                    });
                }
            }
        }
        for c in clusters {
            let (d0, q0) = c.members[0];
            let ref_words = &c.words;
            if c.members.len() < 2 {
                continue;
            }
            let quote_words = |d: usize, qi: usize| {
                wording::words(&self.an[d].doc.text, self.an[d].quotes[qi].span)
            };
            let mut values = Vec::new();
            let mut changed_in = Vec::new();
            let mut excerpt_in = Vec::new();
            let mut trimmed = false;
            let mut same_in = vec![d0];
            let mut ref_window: Option<Span> = None;
            for &(d, qi) in &c.members[1..] {
                let words = quote_words(d, qi);
                if wording::is_excerpt(ref_words, &words) {
                    // One version quotes part of what the other quotes: both true.
                    excerpt_in.push(d);
                } else if wording::differs_in_extent(ref_words, &words) {
                    // Words left out, or another stretch of one utterance:
                    // both true as far as they go.
                    excerpt_in.push(d);
                    trimmed = true;
                } else if let Some((x, y)) = {
                    // Compared where both quote: a version that starts
                    // earlier or stops later has not changed the words.
                    let (ra, rb) = wording::overlap(ref_words, &words);
                    wording::changed(&ref_words[ra], &words[rb])
                } {
                    ref_window.get_or_insert(x);
                    values.push((d, y));
                    changed_in.push(d);
                } else {
                    same_in.push(d);
                }
            }
            let cites: Vec<Cite> = c
                .members
                .iter()
                .filter_map(|&(d, qi)| self.quote_claim[d][qi].map(|cl| Cite { doc: d, claim: cl }))
                .collect();
            let speaker = c.speaker.clone().unwrap_or_else(|| "unattributed".into());
            let head: String = ref_words
                .iter()
                .take(8)
                .map(|w| w.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let topic = format!("“{head}…” ({speaker})");
            if changed_in.is_empty() && !excerpt_in.is_empty() {
                // Whichever side is shorter is the excerpt: the reference
                // version may be the one quoting less.
                let lens: Vec<(usize, usize)> = c
                    .members
                    .iter()
                    .map(|&(d, qi)| (d, quote_words(d, qi).len()))
                    .collect();
                let full_len = lens.iter().map(|&(_, n)| n).max().unwrap_or(0);
                let (full, part): (Vec<_>, Vec<_>) =
                    lens.iter().partition(|&&(_, n)| n == full_len);
                let (full, part): (Vec<usize>, Vec<usize>) = (
                    full.into_iter().map(|&(d, _)| d).collect(),
                    part.into_iter().map(|&(d, _)| d).collect(),
                );
                out.push(Finding {
                    kind: Kind::Compatible,
                    category: Category::Quote,
                    topic,
                    cites,
                    values: c.members.iter().map(|&(d, qi)| (d, self.an[d].quotes[qi].span)).collect(),
                    explanation: if trimmed {
                        format!(
                            "The versions quote more or less of one utterance ({} the most): some leave words out or stop elsewhere; the words they share are the same.",
                            self.names(full.iter().copied()),
                        )
                    } else {
                        format!(
                            "{} quote{} only part of the words that {} quote{}; the words they share are the same.",
                            self.names(part.iter().copied()),
                            if part.len() == 1 { "s" } else { "" },
                            self.names(full.iter().copied()),
                            if full.len() == 1 { "s" } else { "" },
                        )
                    },
                });
                continue;
            }
            if changed_in.is_empty() {
                out.push(Finding {
                    kind: Kind::Agreement,
                    category: Category::Quote,
                    topic,
                    cites,
                    values: c
                        .members
                        .iter()
                        .map(|&(d, qi)| (d, self.an[d].quotes[qi].span))
                        .collect(),
                    explanation: format!(
                        "The quotation reads the same in {}.",
                        self.names(same_in)
                    ),
                });
                continue;
            }
            let rw = ref_window.unwrap_or(self.an[d0].quotes[q0].span);
            values.push((d0, rw));
            // Versions that agree with the first one show the same words.
            for &(d, qi) in &c.members[1..] {
                if same_in.contains(&d) {
                    let q = quote_words(d, qi);
                    if let Some(s) = find_words(&q, ref_words, rw) {
                        values.push((d, s));
                    }
                }
            }
            // Versions without the quotation may still carry its words unquoted;
            // looked for only when the wording is in dispute.
            let unquoted = self.unquoted(&c.members, ref_words);
            let mut note = String::new();
            for (d, s, w) in &unquoted {
                // Where the sentence changed the same words, show its wording;
                // otherwise find the quotation's words in it.
                let window = match wording::changed(ref_words, w) {
                    Some((x, y)) if x == rw => Some(y),
                    _ => find_words(w, ref_words, rw),
                };
                if let Some(win) = window.filter(|win| s.contains(*win)) {
                    values.push((*d, win));
                    note = format!(
                        " {} carries the words without quotation marks.",
                        self.name(*d)
                    );
                }
            }
            values.sort_by_key(|&(d, s)| (self.rank[d], s));
            let shown: Vec<String> = values
                .iter()
                .filter(|(d, _)| c.members.iter().any(|m| m.0 == *d))
                .map(|&(d, s)| format!("“{}” in {}", abbreviate(self.text(d, s), 70), self.name(d)))
                .collect();
            // Words that differ only by an editor's bracketed insertion
            // ("her (Tara Reid) and") or a hyphen ("cyber-criminals") are
            // the same quotation: compatible. Any other changed word is an
            // altered quotation.
            let ref_text = self.text(d0, rw);
            let attributed = c.members.iter().all(|&(d, qi)| {
                let q = &self.an[d].quotes[qi];
                q.speaker.is_some() || q.speaker_span.is_some()
            });
            let altered = values
                .iter()
                .any(|&(d, s)| d != d0 && !same_words(ref_text, self.text(d, s)));
            let (kind, lead) = if altered
                && c.members.iter().any(|&(d, qi)| self.crowd_words(d, qi))
            {
                (
                    Kind::Compatible,
                    "A crowd's chant or sign, not one speaker's words: reporters in the crowd write it differently",
                )
            } else if altered && !attributed {
                // Without a speaker, two quotations that share words may be
                // two remarks, or one written down by two reporters: never a
                // misquotation of someone.
                (
                    Kind::Compatible,
                    "No version names who said these words, so they may be two remarks or one written down differently",
                )
            } else if altered
                && !same_content(ref_text, &values, |d, s| self.text(d, s))
                && !whole_same_content(
                    c.members
                        .iter()
                        .map(|&(d, qi)| self.text(d, self.an[d].quotes[qi].span)),
                )
            {
                (
                    Kind::Contradiction,
                    "The words inside the quotation marks differ",
                )
            } else if altered {
                (
                    Kind::Compatible,
                    "The quotation differs only in small words (an article, a preposition, a pronoun) or in a word's ending",
                )
            } else {
                (
                    Kind::Compatible,
                    "The quotation differs only by a bracketed insertion, a hyphen or punctuation",
                )
            };
            out.push(Finding {
                kind,
                category: Category::Quote,
                topic,
                cites,
                values,
                explanation: format!("{lead}: {}.{note}", shown.join(" vs ")),
            });
        }
    }

    /// Who a quotation is credited to: the speaker's name, else the words
    /// of the credit as written when they name someone the actor stage did
    /// not resolve ("said Locke"), so that his words never join another
    /// speaker's as one quotation. A pronoun ("he said") names no one here.
    fn credited_to(&self, d: usize, qi: usize) -> Option<String> {
        let q = &self.an[d].quotes[qi];
        if q.speaker.is_some() {
            return q.speaker.clone();
        }
        let written = q.speaker_span?.of(&self.an[d].doc.text).trim();
        let named = written
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && !crate::facts::sources::stands_for_a_source_named_before(written);
        named.then(|| written.to_string())
    }

    /// The quotation is a crowd's (a chant, a slogan, a sign;
    /// `data/attribution/crowd_cues.txt`): a cue word stands right before its
    /// opening mark or right after its closing one, within its sentence.
    fn crowd_words(&self, d: usize, qi: usize) -> bool {
        const NEAR: usize = 40;
        let a = &self.an[d];
        let text = &a.doc.text;
        let q = a.quotes[qi].span;
        let sentence = a.doc.sentence_at(q.start).map_or(q, |i| a.doc.sentences[i]);
        let mut from = q.start.saturating_sub(NEAR).max(sentence.start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (q.end + NEAR).min(sentence.end.max(q.end));
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let cues = crowd_cues();
        [&text[from..q.start], &text[q.end..to]].iter().any(|side| {
            crate::claims::word_re()
                .find_iter(side)
                .any(|w| cues.contains(&w.as_str().to_lowercase()))
        })
    }

    /// In each version that has no member of a quote cluster, the sentence
    /// that repeats the quotation's words without quotation marks, if any.
    pub(super) fn unquoted(
        &self,
        members: &[(usize, usize)],
        ref_words: &[wording::Word],
    ) -> Vec<(usize, Span, Vec<wording::Word>)> {
        let mut found = Vec::new();
        let in_members: std::collections::HashSet<usize> = members.iter().map(|m| m.0).collect();
        let reference = wording::WordKeys::of(ref_words);
        for &d in self.order {
            if in_members.contains(&d) {
                continue;
            }
            let doc = &self.an[d].doc;
            let keys = self.sentence_keys(d);
            let best = doc
                .sentences
                .iter()
                .zip(keys)
                // Sentences too unlike to reach the threshold whatever their
                // order of words are not aligned word by word.
                .filter(|(_, k)| reference.may_reach(k, UNQUOTED_THRESHOLD))
                .map(|(&s, _)| {
                    let w = wording::words(&doc.text, s);
                    (wording::similarity(ref_words, &w), s, w)
                })
                .filter(|(sim, _, _)| *sim >= UNQUOTED_THRESHOLD)
                .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
            if let Some((_, s, w)) = best {
                found.push((d, s, w));
            }
        }
        found
    }
}

/// Two speakers that may be one person: the same name, or every word of the
/// shorter name within the longer ("Hastings" and "Lt. Gregg Hastings of the
/// Oregon State Police"). Only quotations close in wording are joined this
/// way, so a shared word is no risk of its own.
/// Two quotations are one utterance only if they share words that carry
/// something: "She was so nice." and "She was out cold." share half their
/// words, all of them small.
fn shares_content(a: &[wording::Word], b: &[wording::Word]) -> bool {
    let stop = super::align::stopwords();
    let mut left: HashMap<&str, usize> = HashMap::new();
    for w in a.iter().filter(|w| !stop.contains(w.norm.as_str())) {
        *left.entry(w.norm.as_str()).or_default() += 1;
    }
    let mut shared = 0;
    for w in b {
        if let Some(n) = left.get_mut(w.norm.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            shared += 1;
        }
    }
    shared >= 2
}

/// Fewest words a quotation relayed under another speaker's name must have:
/// a short phrase ("we will rebuild") is said by many.
const RELAYED_WORDS: usize = 6;

/// The same words, or one quotation a stretch of the other, long enough to
/// be one utterance whoever the versions credit with it.
fn relayed_words(a: &[wording::Word], b: &[wording::Word]) -> bool {
    a.len().min(b.len()) >= RELAYED_WORDS && (same_norms(a, b) || wording::is_excerpt(a, b))
}

/// Word for word the same quotation.
fn same_norms(a: &[wording::Word], b: &[wording::Word]) -> bool {
    a.iter().map(|w| &w.norm).eq(b.iter().map(|w| &w.norm))
}

fn same_speaker(x: &str, y: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 1)
            .map(str::to_lowercase)
            .collect()
    };
    let (wx, wy) = (words(x), words(y));
    let (short, long) = if wx.len() <= wy.len() {
        (wx, wy)
    } else {
        (wy, wx)
    };
    x == y || (!short.is_empty() && short.iter().all(|w| long.contains(w)))
}

/// Words that mark a crowd's quotation (`data/attribution/crowd_cues.txt`).
fn crowd_cues() -> &'static Vec<String> {
    crate::table::word_list!(include_str!("../../data/attribution/crowd_cues.txt"))
}

/// A quotation's words without those too common to carry a fact
/// (`data/claims/stopwords.txt`), a negation or other meaning word kept.
/// Each is taken by its stem: a word's ending ("I just wanted to" / "I
/// just want to", "victim" / "victims") is how a reporter heard or wrote it
/// down, not another word.
fn content_words(s: &str) -> Vec<String> {
    words(s)
        .into_iter()
        .filter(|w| {
            !super::align::stopwords().contains(w.as_str()) || wording::meaning_words().contains(w)
        })
        .map(|w| super::align::stem(&w))
        .collect()
}

/// Every wording says the same content words as `reference`: what differs
/// is only words too common to carry a fact (`data/claims/stopwords.txt`:
/// "in the regulation" / "in this regulation", "at Tyler" / "with Tyler"),
/// never a negation ("not", "never").
fn same_content<'t>(
    reference: &str,
    values: &[(usize, Span)],
    text: impl Fn(usize, Span) -> &'t str,
) -> bool {
    let r = content_words(reference);
    values.iter().all(|&(d, s)| content_words(text(d, s)) == r)
}

/// Whole quotations that say the same content words in the same order:
/// "and a dozen other people" / "and there were another dozen other people"
/// differ in small words only, however the differing stretch was cut out
/// of each (a diff that shows "a" against "there were another" is nothing a
/// reader can use).
fn whole_same_content<'t>(mut quotes: impl Iterator<Item = &'t str>) -> bool {
    let Some(first) = quotes.next().map(content_words) else {
        return false;
    };
    quotes.all(|q| content_words(q) == first)
}

/// Two wordings say the same words once an editor's bracketed insertions
/// are dropped, hyphens read as spaces and apostrophes (with the spaces a
/// page may put around them, "We ’ ll") as nothing.
fn same_words(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

/// An ordinal's number: "eleventh" (the date tagger's table) or "11th".
fn ordinal(w: &str) -> Option<u32> {
    if let Some(n) = crate::timex::ordinal_value(w) {
        return Some(n);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    (!digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th"))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The words of a wording as `same_words` compares them.
fn words(s: &str) -> Vec<String> {
    let mut plain = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    static CONTRACTIONS: std::sync::OnceLock<HashMap<String, String>> = std::sync::OnceLock::new();
    let contractions = CONTRACTIONS.get_or_init(|| {
        crate::table::rows(include_str!("../../data/compare/contractions.tsv"))
            .filter_map(|r| Some((r.first()?.to_string(), r.get(1)?.to_string())))
            .collect()
    });
    // "We ’ ll": an apostrophe with a space on both sides joins its word
    // to the one before, as "We’ll" is written.
    let mut joined = String::with_capacity(plain.len());
    let mut chars = plain.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '\'' | '’') {
            if joined.ends_with(' ') && chars.peek() == Some(&' ') {
                while joined.ends_with(' ') {
                    joined.pop();
                }
                while chars.peek() == Some(&' ') {
                    chars.next();
                }
            }
            joined.push('\'');
        } else {
            joined.push(c);
        }
    }
    static VARIANTS: std::sync::OnceLock<HashMap<String, String>> = std::sync::OnceLock::new();
    let variants = VARIANTS.get_or_init(|| {
        crate::table::rows(include_str!("../../data/compare/spelling_variants.tsv"))
            .filter_map(|r| Some((r.first()?.to_string(), r.get(1)?.to_string())))
            .collect()
    });
    let mut out = Vec::new();
    for w in joined
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        // "I'm" is "I am"; any other apostrophe ("population's",
        // "populations'") is dropped.
        // "aren't" is "are not", "won't" "will not"; an ordinal is its
        // number however written ("11th hour" / "eleventh-hour").
        if let Some(head) = w.strip_suffix("n't") {
            let head = contractions
                .get(&format!("{head}n't"))
                .map_or(head, |s| s.as_str());
            out.push(head.to_string());
            out.push("not".to_string());
            continue;
        }
        if let Some(n) = ordinal(&w) {
            out.push(format!("#{n}"));
            continue;
        }
        match w.split_once('\'') {
            Some((head, tail)) if contractions.contains_key(tail) => {
                out.push(head.to_string());
                out.push(contractions[tail].clone());
            }
            _ => out.push(w.replace('\'', "")),
        }
    }
    // "okay" is "ok": one word, two spellings.
    for w in &mut out {
        if let Some(v) = variants.get(w.as_str()) {
            *w = v.clone();
        }
    }
    out.retain(|w| !w.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filters never drop a pair that reaches the threshold: for every
    /// such pair, the first shared token lies in both prefixes, passes the
    /// positional bound, and the shared-token bound holds.
    #[test]
    fn filters_keep_every_pair_that_reaches_the_threshold() {
        let vocab = [
            "a", "the", "we", "will", "bridge", "rebuild", "spring", "not", "of",
        ];
        let mut seed: u64 = 7;
        let mut next = |m: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            (seed >> 33) as usize % m
        };
        let mut items = Vec::new();
        for _ in 0..300 {
            let n = 4 + next(9);
            let text: String = (0..n)
                .map(|_| vocab[next(vocab.len())])
                .collect::<Vec<_>>()
                .join(" ");
            let words = wording::words(&text, Span::new(0, text.len()));
            items.push((0, 0, words));
        }
        let tokens = Tokens::new(&items);
        let mut close = 0;
        for x in 0..items.len() {
            for y in 0..x {
                if wording::similarity(&items[x].2, &items[y].2) < QUOTE_THRESHOLD {
                    continue;
                }
                close += 1;
                assert!(may_reach(&tokens.by_id[x], &tokens.by_id[y]));
                let (a, b) = (&tokens.sets[x], &tokens.sets[y]);
                let (pa, pb) = (&a[..prefix_len(a.len())], &b[..prefix_len(b.len())]);
                let first = pa
                    .iter()
                    .enumerate()
                    .find_map(|(i, t)| pb.iter().position(|u| u == t).map(|j| (i, j)));
                let (i, j) = first.expect("prefixes share a token");
                let bound = 1 + (a.len() - i - 1).min(b.len() - j - 1);
                assert!(bound >= min_shared(a.len(), b.len()));
            }
        }
        assert!(close > 50, "too few close pairs to mean anything: {close}");
    }

    #[test]
    fn only_insertions_and_hyphens_leave_a_quotation_the_same() {
        // the same quotation
        assert!(super::same_words(
            "by cyber-criminals and",
            "by cyber criminals and"
        ));
        assert!(super::same_words("her and", "her (Tara Reid) and"));
        assert!(super::same_words("told [the] police", "told police"));
        assert!(super::same_words("we’ll go", "we'll go"));
        assert!(super::same_words("We ’ ll continue", "we'll continue"));
        assert!(super::same_words("the crowd's anger", "the crowds' anger"));
        assert!(super::same_words("and I'm sorry", "and I am sorry"));
        // altered
        assert!(!super::same_words("a current threat", "an ongoing threat"));
        assert!(!super::same_words("sad time for", "sad day for"));
        assert!(!super::same_words("we will not stop", "we will stop"));
    }
}
