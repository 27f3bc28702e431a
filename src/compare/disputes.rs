//! Disputes within one version: a party denies what the version reports.
//!
//! The denied proposition is the clause the denial cue governs ("denied
//! plotting to assassinate the ambassador"); the disputed claim is the one
//! elsewhere in the version that covers most of that clause's content.

use super::*;

/// Share of the denied clause's weighted content another claim must cover.
const COVERAGE: f64 = 0.6;

impl Cx<'_> {
    pub(super) fn disputes(&self, out: &mut Vec<Finding>) {
        for &d in self.order {
            let a = &self.an[d];
            if !a.claims.iter().any(|c| c.modality == Modality::Denied) {
                continue;
            }
            let items: Vec<Item> = self.claim_tokens[d]
                .iter()
                .map(|t| Item {
                    doc: d,
                    tokens: t.clone(),
                })
                .collect();
            let w = Weights::new(&items);
            for (ci, c) in a.claims.iter().enumerate() {
                if c.modality != Modality::Denied {
                    continue;
                }
                let cue = a
                    .attributions
                    .iter()
                    .find(|at| at.sentence == c.span)
                    .and_then(|at| at.cue)
                    .unwrap_or(c.span);
                let mut denial = self.clause_from(d, cue);
                // Name the denier when it stands just before the denial ("the
                // group denied ..."), so the value says who disputes what.
                if let Some(src) = &c.source {
                    let gap = a.doc.text.get(src.span.end..cue.start).unwrap_or(",");
                    if src.span.end <= cue.start
                        && !gap.contains([',', ';', '.'])
                        && gap.split_whitespace().count() <= 3
                    {
                        denial.start = src.span.start;
                    }
                }
                // The cue word itself ("denied") is not part of what is denied.
                let object = Span::new(cue.end.clamp(denial.start, denial.end), denial.end);
                let denied = align::tokens_in(a, object, &mut |k| self.vocab.get(k));
                let total: f64 = denied.iter().map(|&t| w.w(t)).sum();
                if denied.len() < 2 || total == 0.0 {
                    continue;
                }
                let best = a
                    .claims
                    .iter()
                    .enumerate()
                    .filter(|(oi, o)| {
                        // A denied claim may still carry the charge ("accused X of
                        // the attack, but X denied it"), so only negations are out.
                        *oi != ci && o.event.is_some() && o.modality != Modality::Negated
                    })
                    .map(|(oi, _)| {
                        let other = &self.claim_tokens[d][oi];
                        let shared = denied
                            .iter()
                            .filter(|t| other.binary_search(t).is_ok())
                            .count();
                        (w.dot(&denied, other) / total, shared, oi)
                    })
                    .filter(|&(cover, shared, _)| cover >= COVERAGE && shared >= 2)
                    // Best coverage; ties to the earlier claim (the lead states the charge).
                    .max_by(|x, y| x.0.total_cmp(&y.0).then(y.2.cmp(&x.2)));
                let Some((_, _, oi)) = best else { continue };
                let who = c
                    .source
                    .as_ref()
                    .map(|s| self.text(d, s.span).to_string())
                    .unwrap_or_else(|| "a party".into());
                out.push(Finding {
                    kind: Kind::Disputed,
                    category: Category::Event,
                    topic: self.claim_topic(d, oi),
                    cites: vec![Cite { doc: d, claim: oi }, Cite { doc: d, claim: ci }],
                    values: vec![(d, denial)],
                    explanation: format!(
                        "{} reports “{}” and also that {} denies it: “{}”.",
                        self.name(d),
                        abbreviate(self.text(d, a.claims[oi].span), 90),
                        who,
                        self.text(d, denial)
                    ),
                });
            }
        }
    }
}
