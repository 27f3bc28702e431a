//! Disputes within one version: a party denies what the version reports.

use super::*;

impl Cx<'_> {
    /// Within one version, a party denies what the version reports elsewhere.
    pub(super) fn disputes(&self, out: &mut Vec<Finding>) {
        for &d in self.order {
            let a = &self.an[d];
            let w = {
                let items: Vec<Item> = self.claim_tokens[d]
                    .iter()
                    .map(|t| Item {
                        doc: d,
                        tokens: t.clone(),
                    })
                    .collect();
                Weights::new(&items)
            };
            for (ci, c) in a.claims.iter().enumerate() {
                if c.modality != Modality::Denied {
                    continue;
                }
                let mine = &self.claim_tokens[d][ci];
                let best = a
                    .claims
                    .iter()
                    .enumerate()
                    .filter(|(oi, o)| {
                        *oi != ci && !matches!(o.modality, Modality::Denied | Modality::Negated)
                    })
                    .map(|(oi, _)| (w.similarity(mine, &self.claim_tokens[d][oi]), oi))
                    .filter(|&(s, _)| s >= 0.15)
                    .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)));
                let Some((_, oi)) = best else { continue };
                let cue = a
                    .attributions
                    .iter()
                    .find(|at| at.sentence == c.span)
                    .and_then(|at| at.cue)
                    .unwrap_or(c.span);
                let denial = self.clause_from(d, cue);
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
