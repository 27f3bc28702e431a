//! Revisions: one text saved at several moments. Collections hold the same
//! article (or the same wire copy) as it stood at different times: the
//! sentences are the same word for word, and a few values changed (a
//! magnitude 5.9 then 6.1, a toll "at least three" then "10"). Two values of
//! one fact told in such twin sentences are one sentence revised, not two
//! outlets' readings: the later copy's value updates the earlier one, for any
//! kind of value, up or down (a correction).
//!
//! What makes two versions copies of one text is measured, not guessed:
//! sentences are compared with every figure masked, and a twin must keep
//! [`MIN_WORDS`] words of its own. When the publication dates (or the days
//! the stories reach, [`Cx::version_order`]) tell which copy is later, two
//! twins in versions that share at least [`MIN_SHARED`] sentences make an
//! update. When they do not, only versions that are plainly one article —
//! the same headline or lead, and most sentences shared — are held to be
//! copies, and the changed value is a contradiction whose explanation says
//! the order is unknown; two outlets that merely carry one wire paragraph on
//! the same day are left to the ordinary rules.
//!
//! The earlier copy's value is the outlet's superseded account: it is taken
//! out of the comparison with the other versions, so a value is reported
//! under one kind only.

use std::cmp::Ordering;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::numbers::Rel;
use super::slots::Member;
use super::*;

/// Fewest words, besides figures, a sentence keeps for two copies of it to be
/// one sentence revised: shorter formulas ("The quake struck at 1353.") recur
/// in unrelated texts.
const MIN_WORDS: usize = 8;
/// Fewest words, besides figures, a headline or lead keeps to be compared at
/// all.
const MIN_LEAD_WORDS: usize = 4;
/// Fewest twin sentences two dated-apart versions share to be copies of one
/// text (the revised sentence and one more).
const MIN_SHARED: usize = 2;
/// Share of the shorter version's sentences the longer must carry word for
/// word (figures aside) for two versions of unknown order to be one article.
const SAME_TEXT_SHARE: f64 = 0.5;
/// Fewest sentences two versions of unknown order share to be one article:
/// a one-sentence brief in two outlets is one wire line, not one article.
const MIN_SAME_TEXT: usize = 3;

/// A sentence's words with figures masked: a hash of the sequence and how
/// many words are not masked.
#[derive(Clone, Debug)]
pub(super) struct Masked {
    key: u64,
    words: usize,
    /// Where each masked run of figures lies, in order.
    runs: Vec<Span>,
}

/// How two versions' values of one fact were revised.
struct Link {
    x: Member,
    y: Member,
    /// `Less`: x is the earlier copy; `None`: the order cannot be told.
    order: Option<Ordering>,
}

impl Cx<'_> {
    /// Every sentence of version `d` with its figures masked, made once.
    pub(super) fn masked(&self, d: usize) -> &[Masked] {
        self.masked_sentences[d].get_or_init(|| {
            let a = &self.an[d];
            let text = &a.doc.text;
            a.doc
                .sentences
                .iter()
                .map(|&s| {
                    let mut h = DefaultHasher::new();
                    let mut words = 0;
                    let mut last_masked = false;
                    let mut runs: Vec<Span> = Vec::new();
                    for w in wording::words(text, s) {
                        let figure = a.figures.iter().any(|f| f.span.overlaps(w.span))
                            || w.norm.chars().any(|c| c.is_ascii_digit())
                            || crate::figures::word_value(&w.norm).is_some()
                            || crate::timex::ordinal_value(&w.norm).is_some();
                        if figure {
                            match runs.last_mut() {
                                Some(r) if last_masked => r.end = w.span.end,
                                _ => {
                                    "#".hash(&mut h);
                                    runs.push(w.span);
                                }
                            }
                        } else {
                            w.norm.hash(&mut h);
                            words += 1;
                        }
                        last_masked = figure;
                    }
                    Masked {
                        key: h.finish(),
                        words,
                        runs,
                    }
                })
                .collect()
        })
    }

    /// The masked sentence holding a fact, and which of its masked runs
    /// the fact's value lies in.
    fn masked_at(&self, m: Member) -> Option<(&Masked, usize)> {
        let a = &self.an[m.0];
        let span = self.fact(m).span;
        let i = a.doc.sentence_at(self.fact(m).sentence.start)?;
        let masked = self.masked(m.0).get(i)?;
        let run = masked.runs.iter().position(|r| r.overlaps(span))?;
        Some((masked, run))
    }

    /// The two facts sit in one sentence copied, figures aside, long enough
    /// to be no formula, at the same place in it ("scored 14 points ... had
    /// 11 points" holds two values, and the 14 of one copy is not the 11 of
    /// the other).
    fn twins(&self, x: Member, y: Member) -> bool {
        match (self.masked_at(x), self.masked_at(y)) {
            (Some((a, i)), Some((b, j))) => a.key == b.key && i == j && a.words >= MIN_WORDS,
            _ => false,
        }
    }

    /// How many sentences of the shorter version the other carries word for
    /// word (figures aside), and how many it has that count.
    fn shared_sentences(&self, p: usize, q: usize) -> (usize, usize) {
        let keys = |d: usize| -> &BTreeSet<u64> {
            self.masked_keys[d].get_or_init(|| {
                self.masked(d)
                    .iter()
                    .filter(|m| m.words >= MIN_WORDS)
                    .map(|m| m.key)
                    .collect()
            })
        };
        let (kp, kq) = (keys(p), keys(q));
        (kp.intersection(kq).count(), kp.len().min(kq.len()))
    }

    /// The headline and lead (the first two sentences) of one version match
    /// one of the other's, figures aside.
    fn same_lead(&self, p: usize, q: usize) -> bool {
        let lead = |d: usize| -> Vec<u64> {
            self.masked(d)
                .iter()
                .take(2)
                .filter(|m| m.words >= MIN_LEAD_WORDS)
                .map(|m| m.key)
                .collect()
        };
        let lq = lead(q);
        lead(p).iter().any(|k| lq.contains(k))
    }

    /// Whether two versions' twin values are a revision, and in which order.
    fn link(&self, x: Member, y: Member) -> Option<Link> {
        if x.0 == y.0 || !self.twins(x, y) {
            return None;
        }
        match self.relate_facts(x, y, false) {
            Some(Rel::Compatible | Rel::Contradiction | Rel::Update) => {}
            _ => return None,
        }
        let (shared, of) = self.shared_sentences(x.0, y.0);
        match self.version_order(x.0, y.0) {
            Some(o) if shared >= MIN_SHARED => Some(Link {
                x,
                y,
                order: Some(o),
            }),
            Some(_) => None,
            None => (self.same_lead(x.0, y.0)
                && of > 0
                && shared >= MIN_SAME_TEXT
                && shared as f64 >= SAME_TEXT_SHARE * of as f64)
                .then_some(Link { x, y, order: None }),
        }
    }

    /// Reports the values of a group that later copies of one text revised
    /// (an update, or a contradiction when the order cannot be told) and
    /// returns the versions whose value is now told by such a finding: the
    /// earlier copy of an ordered pair, both copies of an unordered one.
    pub(super) fn revisions(
        &self,
        members: &[Member],
        label: &str,
        topic: &str,
        category: Category,
        out: &mut Vec<Finding>,
    ) -> BTreeSet<usize> {
        let mut taken = BTreeSet::new();
        let docs: BTreeSet<usize> = members.iter().map(|m| m.0).collect();
        if docs.len() < 2 {
            return taken;
        }
        let mut links: Vec<Link> = Vec::new();
        // The pairs of versions already linked: one link a pair.
        let mut linked: std::collections::HashSet<(usize, usize)> = Default::default();
        for (i, &x) in members.iter().enumerate() {
            for &y in &members[i + 1..] {
                if y.0 == x.0 || linked.contains(&(x.0, y.0)) {
                    continue;
                }
                if let Some(l) = self.link(x, y) {
                    linked.insert((x.0, y.0));
                    links.push(l);
                }
            }
        }
        // Chains of copies (day one, day two, day three) make one finding.
        let mut comps: Vec<Vec<usize>> = Vec::new();
        for l in &links {
            let (p, q) = (l.x.0, l.y.0);
            let ip = comps.iter().position(|c| c.contains(&p));
            let iq = comps.iter().position(|c| c.contains(&q));
            match (ip, iq) {
                (Some(a), Some(b)) if a != b => {
                    let moved = comps.remove(a.max(b));
                    comps[a.min(b)].extend(moved);
                }
                (Some(_), Some(_)) => {}
                (Some(a), None) => comps[a].push(q),
                (None, Some(b)) => comps[b].push(p),
                (None, None) => comps.push(vec![p, q]),
            }
        }
        for comp in comps {
            let in_comp: Vec<&Link> = links.iter().filter(|l| comp.contains(&l.x.0)).collect();
            // Each copy's value: the one its twin sentence holds.
            let mut vals: Vec<Member> = Vec::new();
            for l in &in_comp {
                for m in [l.x, l.y] {
                    if !vals.iter().any(|v| v.0 == m.0) {
                        vals.push(m);
                    }
                }
            }
            let ordered = in_comp.iter().all(|l| l.order.is_some());
            let when = |d: usize| {
                self.own_date(d)
                    .map(|t| format!(", {t}"))
                    .unwrap_or_default()
            };
            let shown = |m: Member| {
                format!(
                    "“{}” ({}{})",
                    self.text(m.0, self.fact(m).span),
                    self.name(m.0),
                    when(m.0)
                )
            };
            let sentence = {
                let m = in_comp[0].y;
                abbreviate(self.text(m.0, self.fact(m).sentence), 90)
            };
            let (kind, explanation) = if ordered {
                vals.sort_by(|&a, &b| {
                    self.version_order(a.0, b.0)
                        .unwrap_or(Ordering::Equal)
                        .then(self.rank[a.0].cmp(&self.rank[b.0]))
                });
                let steps: Vec<String> = vals.iter().map(|&m| shown(m)).collect();
                for &m in &vals[..vals.len() - 1] {
                    taken.insert(m.0);
                }
                (
                    Kind::Update,
                    format!(
                        "The {label} was revised between copies of one text: {}. The later copy repeats the sentence (“{sentence}”) word for word but for this value.",
                        steps.join(" → ")
                    ),
                )
            } else {
                vals.sort_by_key(|m| self.rank[m.0]);
                let steps: Vec<String> = vals.iter().map(|&m| shown(m)).collect();
                taken.extend(vals.iter().map(|m| m.0));
                (
                    Kind::Contradiction,
                    format!(
                        "{} cannot all be true of the same {label}: the versions are copies of one article (same headline or lead, most sentences word for word) that differ in this value (“{sentence}”), and which copy is the later cannot be told, so the order of the change is unknown.",
                        steps.join(" and ")
                    ),
                )
            };
            out.push(Finding {
                kind,
                category,
                topic: topic.to_string(),
                cites: vals
                    .iter()
                    .filter_map(|&m| self.claim_at(m).map(|c| Cite { doc: m.0, claim: c }))
                    .collect(),
                values: vals.iter().map(|&m| (m.0, self.fact(m).span)).collect(),
                explanation,
            });
        }
        taken
    }
}
