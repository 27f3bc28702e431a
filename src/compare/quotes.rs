//! Quotations aligned across versions by their words: the same words agree,
//! changed words inside quotation marks contradict.

use super::*;

impl Cx<'_> {
    pub(super) fn quote_findings(&self, out: &mut Vec<Finding>) {
        struct Cluster {
            members: Vec<(usize, usize)>, // (doc, quote)
            words: Vec<wording::Word>,
            speaker: Option<String>,
        }
        let mut clusters: Vec<Cluster> = Vec::new();
        for &d in self.order {
            let a = &self.an[d];
            for (qi, q) in a.quotes.iter().enumerate() {
                let words = wording::words(&a.doc.text, q.span);
                if words.len() < 4 {
                    continue;
                }
                let mut best: Option<(f64, usize)> = None;
                for (ci, c) in clusters.iter().enumerate() {
                    if c.members.iter().any(|m| m.0 == d) {
                        continue;
                    }
                    if let (Some(x), Some(y)) = (&c.speaker, &q.speaker) {
                        if x != y {
                            continue;
                        }
                    }
                    let s = wording::similarity(&c.words, &words);
                    if s >= QUOTE_THRESHOLD && best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, ci));
                    }
                }
                match best {
                    Some((_, ci)) => clusters[ci].members.push((d, qi)),
                    None => clusters.push(Cluster {
                        members: vec![(d, qi)],
                        words,
                        speaker: q.speaker.clone(),
                    }),
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
            let mut same_in = vec![d0];
            let mut ref_window: Option<Span> = None;
            for &(d, qi) in &c.members[1..] {
                let words = quote_words(d, qi);
                if wording::is_excerpt(ref_words, &words) {
                    // One version quotes part of what the other quotes: both true.
                    excerpt_in.push(d);
                } else if let Some((x, y)) = wording::changed(ref_words, &words) {
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
                    explanation: format!(
                        "{} quote{} only part of the words that {} quote{}; the words they share are the same.",
                        self.names(part.iter().copied()),
                        if part.len() == 1 { "s" } else { "" },
                        self.names(full.iter().copied()),
                        if full.len() == 1 { "s" } else { "" },
                    ),
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
            out.push(Finding {
                kind: Kind::Contradiction,
                category: Category::Quote,
                topic,
                cites,
                values,
                explanation: format!(
                    "The words inside the quotation marks differ: {}.{note}",
                    shown.join(" vs ")
                ),
            });
        }
    }

    /// In each version that has no member of a quote cluster, the sentence
    /// that repeats the quotation's words without quotation marks, if any.
    pub(super) fn unquoted(
        &self,
        members: &[(usize, usize)],
        ref_words: &[wording::Word],
    ) -> Vec<(usize, Span, Vec<wording::Word>)> {
        let mut found = Vec::new();
        for &d in self.order {
            if members.iter().any(|m| m.0 == d) {
                continue;
            }
            let doc = &self.an[d].doc;
            let best = doc
                .sentences
                .iter()
                .map(|&s| {
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
