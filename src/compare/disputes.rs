//! Disputes within one version: a party denies what the version reports.
//!
//! The denied proposition is the clause the denial cue governs ("denied
//! plotting to assassinate the ambassador"); the disputed claim is the one
//! elsewhere in the version that covers most of that clause's content.

use super::*;
use crate::model::ActorMention;

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
                // Who denies: the source, or the actors named before the cue.
                let deniers: Vec<&ActorMention> = c
                    .actors
                    .iter()
                    .map(|&i| &a.actors[i])
                    .filter(|m| m.span.end <= cue.start && m.span.start >= c.span.start)
                    .collect();
                let denier = c
                    .source
                    .as_ref()
                    .map(|s| s.span)
                    .or_else(|| deniers.last().map(|m| m.span));
                // Name the denier when it stands just before the denial ("the
                // group denied ..."), so the value says who disputes what.
                if let Some(who) = denier {
                    let gap = a.doc.text.get(who.end..cue.start).unwrap_or(",");
                    if who.end <= cue.start
                        && !gap.contains([',', ';', '.'])
                        && gap.split_whitespace().count() <= 3
                    {
                        denial.start = who.start;
                    }
                }
                // The cue word itself ("denied") is not part of what is denied.
                let object = Span::new(cue.end.clamp(denial.start, denial.end), denial.end);
                let denied = align::tokens_in(a, object, &mut |k| self.vocab.get(k));
                let total: f64 = denied.iter().map(|&t| w.w(t)).sum();
                let covering = a
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
                    .filter(|&(cover, shared, _)| {
                        total > 0.0 && denied.len() >= 2 && cover >= COVERAGE && shared >= 2
                    })
                    // Best coverage; ties to the earlier claim (the lead states the charge).
                    .max_by(|x, y| x.0.total_cmp(&y.0).then(y.2.cmp(&x.2)))
                    .map(|(_, _, oi)| oi);
                let Some(oi) = covering.or_else(|| {
                    self.charge_denied(d, ci, Span::new(cue.start, object.end), &deniers)
                }) else {
                    continue;
                };
                let who = denier.map_or_else(|| "a party".into(), |s| self.text(d, s).to_string());
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

    /// The charge a denial (`denial`: its verb and what follows) points back
    /// to with a word like "the accusation" or "it" ("The group rejected the
    /// accusation"): the nearest claim before it, in the same version, that
    /// has an event and names one of the deniers.
    fn charge_denied(
        &self,
        d: usize,
        ci: usize,
        denial: Span,
        deniers: &[&ActorMention],
    ) -> Option<usize> {
        let a = &self.an[d];
        // the words after the denial verb ("rejected | the accusation")
        let said = self.text(d, denial).trim_start().to_lowercase();
        let said = said
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest.trim_start());
        let anaphoric = anaphors().iter().any(|p| {
            said.strip_prefix(p.as_str()).is_some_and(|rest| {
                if rest.starts_with(|ch: char| ch.is_alphanumeric()) {
                    return false;
                }
                // "denied it had received the request": a pronoun that opens a
                // clause of its own points back to nothing
                let next = rest.split_whitespace().next().unwrap_or("");
                p.contains(' ')
                    || !next.starts_with(|ch: char| ch.is_lowercase())
                    || AFTER_PRONOUN.contains(&next.trim_end_matches([',', '.', ';']))
            })
        });
        if !anaphoric || deniers.is_empty() {
            return None;
        }
        (ci.saturating_sub(LOOKBACK)..ci).rev().find(|&oi| {
            let o = &a.claims[oi];
            o.event.is_some()
                && o.modality != Modality::Negated
                && o.actors
                    .iter()
                    .any(|&i| deniers.iter().any(|m| m.canonical == a.actors[i].canonical))
        })
    }
}

/// Words that may follow a pronoun denied by reference ("denied it on
/// Wednesday", "denied it, saying ...") without making it a subject.
const AFTER_PRONOUN: &[&str] = &[
    "on",
    "in",
    "at",
    "and",
    "but",
    "again",
    "outright",
    "strongly",
    "flatly",
    "saying",
    "adding",
    "late",
    "earlier",
    "later",
    "yesterday",
    "today",
    "immediately",
    "publicly",
];

/// How many claims back a denial by reference may point.
const LOOKBACK: usize = 3;

fn anaphors() -> &'static Vec<String> {
    crate::table::word_list!(include_str!("../../data/claims/anaphors.txt"))
}
