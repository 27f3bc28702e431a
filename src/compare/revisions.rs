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
use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};
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
            let figures = Spans::new(a.figures.iter().map(|f| f.span));
            a.doc
                .sentences
                .iter()
                .map(|&s| {
                    let mut h = DefaultHasher::new();
                    let mut words = 0;
                    let mut last_masked = false;
                    let mut runs: Vec<Span> = Vec::new();
                    for w in wording::words(text, s) {
                        let figure = figures.overlap(w.span)
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

    /// The keys of version `d`'s masked sentences long enough to count.
    fn long_keys(&self, d: usize) -> &BTreeSet<u64> {
        self.masked_keys[d].get_or_init(|| {
            self.masked(d)
                .iter()
                .filter(|m| m.words >= MIN_WORDS)
                .map(|m| m.key)
                .collect()
        })
    }

    /// The keys of version `d`'s headline and lead (the first two
    /// sentences) long enough to be compared.
    fn lead_keys(&self, d: usize) -> Vec<u64> {
        self.masked(d)
            .iter()
            .take(2)
            .filter(|m| m.words >= MIN_LEAD_WORDS)
            .map(|m| m.key)
            .collect()
    }

    /// Whether two versions' values, told in twin sentences (one bucket of
    /// [`Self::links`]), are a revision, and in which order. `texts` answers
    /// for the two versions' sentences.
    fn link(&self, x: Member, y: Member, texts: &mut Texts) -> Option<Link> {
        if x.0 == y.0 || same_value(self.fact(x), self.fact(y)) {
            // the same value is no revision (`relate_facts`: the same)
            return None;
        }
        match self.relate_facts(x, y, false) {
            Some(Rel::Compatible | Rel::Contradiction | Rel::Update) => {}
            _ => return None,
        }
        let (shared, of) = texts.shared(self, x.0, y.0);
        match self.version_order(x.0, y.0) {
            Some(o) if shared >= MIN_SHARED => Some(Link {
                x,
                y,
                order: Some(o),
            }),
            Some(_) => None,
            None => (texts.same_lead(self, x.0, y.0)
                && of > 0
                && shared >= MIN_SAME_TEXT
                && shared as f64 >= SAME_TEXT_SHARE * of as f64)
                .then_some(Link { x, y, order: None }),
        }
    }

    /// Every revision link among the members of a group, at most one per
    /// pair of versions, in the order a scan of all pairs (each member with
    /// those after it) meets them.
    ///
    /// Only two facts at one place of one masked sentence can be twins, so
    /// the members are indexed by that key and each is tried against the
    /// later members of its own bucket: the same links, in the same order,
    /// as trying every pair, without the pairs of unrelated sentences (a
    /// group of thousands of versions held millions of them).
    fn links(&self, members: &[Member]) -> Vec<Link> {
        let mut buckets: HashMap<(u64, usize), Vec<usize>> = HashMap::new();
        let mut place: Vec<Option<((u64, usize), usize)>> = vec![None; members.len()];
        for (i, &m) in members.iter().enumerate() {
            let Some((masked, run)) = self.masked_at(m) else {
                continue;
            };
            if masked.words < MIN_WORDS {
                continue;
            }
            let bucket = buckets.entry((masked.key, run)).or_default();
            place[i] = Some(((masked.key, run), bucket.len()));
            bucket.push(i);
        }
        let mut texts = Texts::default();
        let mut links: Vec<Link> = Vec::new();
        // The pairs of versions already linked: one link a pair.
        let mut linked: FxHashSet<(usize, usize)> = FxHashSet::default();
        for (i, &x) in members.iter().enumerate() {
            let Some((key, at)) = place[i] else { continue };
            // members are indexed in order, so the later ones of the bucket
            // follow this one, in order
            for &j in &buckets[&key][at + 1..] {
                let y = members[j];
                if y.0 == x.0 || linked.contains(&(x.0, y.0)) {
                    continue;
                }
                // twins: one bucket, a sentence of MIN_WORDS words or more
                if let Some(l) = self.link(x, y, &mut texts) {
                    linked.insert((x.0, y.0));
                    links.push(l);
                }
            }
        }
        links
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
        let links = self.links(members);
        // Chains of copies (day one, day two, day three) make one finding:
        // the versions joined by links, each chain in the order of its first
        // link, with its links in their order.
        let mut chains = Chains::default();
        for l in &links {
            chains.join(l.x.0, l.y.0);
        }
        let mut comps: Vec<Vec<&Link>> = Vec::new();
        let mut comp_of_root: HashMap<usize, usize> = HashMap::new();
        for l in &links {
            let root = chains.root(l.x.0);
            let c = *comp_of_root.entry(root).or_insert_with(|| {
                comps.push(Vec::new());
                comps.len() - 1
            });
            comps[c].push(l);
        }
        for in_comp in comps {
            // Each copy's value: the one its twin sentence holds.
            let mut vals: Vec<Member> = Vec::new();
            let mut seen: HashSet<usize> = HashSet::new();
            for l in &in_comp {
                for m in [l.x, l.y] {
                    if seen.insert(m.0) {
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

/// Versions joined by links (union-find): which chain of copies each is in.
#[derive(Default)]
struct Chains {
    parent: HashMap<usize, usize>,
}

impl Chains {
    fn root(&mut self, d: usize) -> usize {
        let mut r = d;
        while let Some(&p) = self.parent.get(&r) {
            if p == r {
                break;
            }
            r = p;
        }
        // halve the paths walked, so that later look-ups are short
        let mut c = d;
        while c != r {
            let next = self.parent[&c];
            self.parent.insert(c, r);
            c = next;
        }
        r
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        self.parent.entry(ra).or_insert(ra);
        if ra != rb {
            self.parent.insert(rb, ra);
        }
    }
}

/// Two values of one fact written alike: `relate_facts` holds them the same,
/// and a version that repeats its value revised nothing. Sums of money are
/// related by their wording, so they are never taken as alike here.
fn same_value(x: &crate::facts::Fact, y: &crate::facts::Fact) -> bool {
    use crate::facts::{Slot, Value};
    if x.slot == Slot::Money {
        return false;
    }
    match (&x.value, &y.value) {
        (
            Value::Number {
                interval: ix,
                unit: ux,
            },
            Value::Number {
                interval: iy,
                unit: uy,
            },
        ) => ux == uy && ix == iy,
        (Value::Timex { value: a }, Value::Timex { value: b }) => a == b,
        _ => false,
    }
}

/// What two versions' texts share, asked for many pairs of copies in one
/// group: versions are known by their sentences (copies of one text have
/// the same masked sentences), and each answer is worked out once per pair
/// of texts, not once per pair of versions.
#[derive(Default)]
struct Texts {
    /// Each version's long-sentence keys and lead keys, by an id per
    /// distinct set.
    ids: FxHashMap<usize, (usize, usize)>,
    bodies: FxHashMap<Vec<u64>, usize>,
    leads: FxHashMap<Vec<u64>, usize>,
    lead_of: Vec<Vec<u64>>,
    shared: FxHashMap<(usize, usize), (usize, usize)>,
    same_lead: FxHashMap<(usize, usize), bool>,
}

impl Texts {
    fn ids(&mut self, cx: &Cx, d: usize) -> (usize, usize) {
        if let Some(&ids) = self.ids.get(&d) {
            return ids;
        }
        let body: Vec<u64> = cx.long_keys(d).iter().copied().collect();
        let n = self.bodies.len();
        let b = *self.bodies.entry(body).or_insert(n);
        let lead = cx.lead_keys(d);
        let n = self.leads.len();
        let l = *self.leads.entry(lead.clone()).or_insert(n);
        if l == self.lead_of.len() {
            self.lead_of.push(lead);
        }
        self.ids.insert(d, (b, l));
        (b, l)
    }

    /// How many sentences of the shorter version the other carries word for
    /// word (figures aside), and how many it has that count.
    fn shared(&mut self, cx: &Cx, p: usize, q: usize) -> (usize, usize) {
        let (bp, bq) = (self.ids(cx, p).0, self.ids(cx, q).0);
        *self.shared.entry((bp, bq)).or_insert_with(|| {
            let (kp, kq) = (cx.long_keys(p), cx.long_keys(q));
            (kp.intersection(kq).count(), kp.len().min(kq.len()))
        })
    }

    /// The headline and lead of one version match one of the other's,
    /// figures aside.
    fn same_lead(&mut self, cx: &Cx, p: usize, q: usize) -> bool {
        let (lp, lq) = (self.ids(cx, p).1, self.ids(cx, q).1);
        let (a, b) = (&self.lead_of[lp], &self.lead_of[lq]);
        *self
            .same_lead
            .entry((lp, lq))
            .or_insert_with(|| a.iter().any(|k| b.contains(k)))
    }
}

/// Spans sorted by start, to ask whether any overlaps a word without
/// scanning them all (a 50 KB article holds hundreds of figures).
struct Spans {
    starts: Vec<usize>,
    /// The furthest end among the spans up to each one.
    reach: Vec<usize>,
}

impl Spans {
    fn new(spans: impl Iterator<Item = Span>) -> Spans {
        let mut v: Vec<Span> = spans.collect();
        v.sort_by_key(|s| s.start);
        let mut furthest = 0;
        let reach = v
            .iter()
            .map(|s| {
                furthest = furthest.max(s.end);
                furthest
            })
            .collect();
        Spans {
            starts: v.iter().map(|s| s.start).collect(),
            reach,
        }
    }

    /// Whether a span overlaps `w` (`Span::overlaps`): one that starts
    /// before `w` ends and ends after `w` starts.
    fn overlap(&self, w: Span) -> bool {
        let before = self.starts.partition_point(|&s| s < w.end);
        before > 0 && self.reach[before - 1] > w.start
    }
}
