//! The comparer: treats the analyzed documents as versions of one story,
//! aligns what they state, and reports findings — agreement, compatible,
//! update, contradiction, omission, disputed — each citing its claims and the
//! differing surface text in every version.
//!
//! When alignment is unsure it says nothing: a missed finding costs a reader
//! less than an invented contradiction.

pub mod align;
pub mod when;
pub mod wording;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::claims::Claim;
use crate::model::{
    ActorKind, Bound, Casualty, Figure, Interval, Modality, Qualifier, Span, TimexType,
};
use align::{Item, Vocab, Weights};
use when::Relation;

/// What a finding says about the versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Contradiction,
    Update,
    Disputed,
    Compatible,
    Omission,
    Agreement,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Agreement,
        Kind::Compatible,
        Kind::Update,
        Kind::Contradiction,
        Kind::Omission,
        Kind::Disputed,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Agreement => "agreement",
            Kind::Compatible => "compatible",
            Kind::Update => "update",
            Kind::Contradiction => "contradiction",
            Kind::Omission => "omission",
            Kind::Disputed => "disputed",
        }
    }
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Casualty,
    Number,
    Date,
    Quote,
    Attribution,
    Actor,
    Place,
    List,
    Event,
}

/// A claim of one version, cited by a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cite {
    pub doc: usize,
    pub claim: usize,
}

#[derive(Clone, Debug)]
pub struct Finding {
    pub kind: Kind,
    pub category: Category,
    pub topic: String,
    pub cites: Vec<Cite>,
    /// The differing value as written in each version that states it.
    pub values: Vec<(usize, Span)>,
    pub explanation: String,
}

/// The result of comparing versions.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// Document indices in version order: by publication date, then path.
    pub order: Vec<usize>,
    pub findings: Vec<Finding>,
}

/// How sure alignment must be before claims count as the same fact.
const CLAIM_THRESHOLD: f64 = 0.34;
/// Figures must count the same thing; their sentences may share fewer words.
const FIGURE_THRESHOLD: f64 = 0.2;
/// Share of words two quotations must have in common, in order.
const QUOTE_THRESHOLD: f64 = 0.45;
/// A sentence that repeats a quotation without quotation marks.
const UNQUOTED_THRESHOLD: f64 = 0.6;

/// Compares the analyzed versions of one story.
pub fn compare(an: &[Analysis]) -> Comparison {
    let mut order: Vec<usize> = (0..an.len()).collect();
    order.sort_by(|&a, &b| {
        (an[a].doc.date.is_none(), an[a].doc.date, &an[a].doc.path).cmp(&(
            an[b].doc.date.is_none(),
            an[b].doc.date,
            &an[b].doc.path,
        ))
    });
    let mut rank = vec![0; an.len()];
    for (r, &d) in order.iter().enumerate() {
        rank[d] = r;
    }
    let cx = Cx::new(an, &order, rank);
    let mut findings = Vec::new();
    cx.claim_findings(&mut findings);
    cx.figure_findings(&mut findings);
    cx.quote_findings(&mut findings);
    cx.list_findings(&mut findings);
    cx.actor_findings(&mut findings);
    cx.disputes(&mut findings);
    for f in &mut findings {
        f.cites.sort_by_key(|c| (cx.rank[c.doc], c.claim));
        f.cites.dedup();
        f.values.sort_by_key(|(d, s)| (cx.rank[*d], *s));
        f.values.dedup_by_key(|(d, _)| *d);
    }
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.kind,
                f.cites
                    .first()
                    .map(|c| (cx.rank[c.doc], cx.an[c.doc].claims[c.claim].span)),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.topic.cmp(&b.topic))
    });
    Comparison { order, findings }
}

/// Shared state of one comparison.
struct Cx<'a> {
    an: &'a [Analysis],
    order: &'a [usize],
    rank: Vec<usize>,
    /// `figure_claim[d][f]`: the claim holding figure `f` of document `d`.
    figure_claim: Vec<Vec<Option<usize>>>,
    quote_claim: Vec<Vec<Option<usize>>>,
    /// Alignment tokens of every claim, `claim_tokens[d][c]`.
    claim_tokens: Vec<Vec<Vec<align::Token>>>,
    /// What each figure counts, as a token: `figure_keys[d][f]`.
    figure_keys: Vec<Vec<Option<align::Token>>>,
}

impl<'a> Cx<'a> {
    fn new(an: &'a [Analysis], order: &'a [usize], rank: Vec<usize>) -> Cx<'a> {
        let mut vocab = Vocab::default();
        let claim_tokens = an
            .iter()
            .map(|a| {
                a.claims
                    .iter()
                    .map(|c| align::claim_tokens(a, c, &mut vocab))
                    .collect()
            })
            .collect();
        let figure_keys = an
            .iter()
            .map(|a| {
                a.figures
                    .iter()
                    .map(|f| Self::figure_key(f).map(|k| vocab.id(&k)))
                    .collect()
            })
            .collect();
        let owner = |len: usize, a: &Analysis, pick: fn(&Claim) -> &Vec<usize>| {
            let mut v = vec![None; len];
            for (ci, c) in a.claims.iter().enumerate() {
                for &i in pick(c) {
                    v[i].get_or_insert(ci);
                }
            }
            v
        };
        Cx {
            figure_claim: an
                .iter()
                .map(|a| owner(a.figures.len(), a, |c| &c.figures))
                .collect(),
            quote_claim: an
                .iter()
                .map(|a| owner(a.quotes.len(), a, |c| &c.quotes))
                .collect(),
            an,
            order,
            rank,
            claim_tokens,
            figure_keys,
        }
    }

    fn n(&self) -> usize {
        self.an.len()
    }

    /// A short name for a version in explanations: its file name without folder.
    fn name(&self, d: usize) -> String {
        let p = &self.an[d].doc.path;
        let base = p.rsplit(['/', '\\']).next().unwrap_or(p);
        base.strip_suffix(".txt")
            .or_else(|| base.strip_suffix(".md"))
            .unwrap_or(base)
            .to_string()
    }

    fn names(&self, docs: impl IntoIterator<Item = usize>) -> String {
        let mut v: Vec<usize> = docs.into_iter().collect();
        v.sort_by_key(|&d| self.rank[d]);
        v.dedup();
        v.iter()
            .map(|&d| self.name(d))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn text(&self, d: usize, s: Span) -> &str {
        self.an[d].doc.slice(s)
    }

    fn claim(&self, d: usize, c: usize) -> &Claim {
        &self.an[d].claims[c]
    }

    /// "event · actor, actor": what a claim is about, in a few words.
    fn claim_topic(&self, d: usize, c: usize) -> String {
        let a = &self.an[d];
        let claim = &a.claims[c];
        let mut parts = Vec::new();
        if let Some(e) = &claim.event {
            parts.push(a.doc.slice(e.trigger).to_lowercase());
        }
        let mut names: Vec<&str> = Vec::new();
        for &i in &claim.actors {
            let n = a.actors[i].canonical.as_str();
            if !names.contains(&n) && names.len() < 3 {
                names.push(n);
            }
        }
        if !names.is_empty() {
            parts.push(names.join(", "));
        }
        if parts.is_empty() {
            let t = a.doc.slice(claim.span);
            parts.push(t.chars().take(60).collect());
        }
        parts.join(" · ")
    }

    /// Clusters claims across versions by their wording.
    fn claim_clusters(&self) -> (Vec<(usize, usize)>, Vec<Vec<usize>>) {
        let mut refs = Vec::new();
        let mut items = Vec::new();
        for &d in self.order {
            for (c, tokens) in self.claim_tokens[d].iter().enumerate() {
                refs.push((d, c));
                items.push(Item {
                    doc: d,
                    tokens: tokens.clone(),
                });
            }
        }
        let w = Weights::new(&items);
        let clusters = align::cluster(&items, &w, CLAIM_THRESHOLD, |_, _| true);
        (refs, clusters)
    }

    fn claim_findings(&self, out: &mut Vec<Finding>) {
        let (refs, clusters) = self.claim_clusters();
        for cl in clusters {
            let members: Vec<(usize, usize)> = cl.iter().map(|&i| refs[i]).collect();
            if members.len() >= 2 {
                self.compare_dates(&members, out);
                self.compare_agents(&members, out);
            }
            self.event_omission(&members, out);
        }
    }

    /// Dates of aligned claims: each date of a later version joins the slot of
    /// an earlier version's date it is the same as, or compatible with.
    fn compare_dates(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        struct Slot {
            dates: Vec<(usize, usize, usize)>, // (doc, claim, timex)
        }
        let mut slots: Vec<Slot> = Vec::new();
        let key = |d: usize, t: usize| {
            let x = &self.an[d].timexes[t];
            (x.value.as_str(), x.modifier)
        };
        for &(d, c) in members {
            let dates: Vec<usize> = self
                .claim(d, c)
                .timexes
                .iter()
                .copied()
                .filter(|&t| {
                    let x = &self.an[d].timexes[t];
                    matches!(x.timex_type, TimexType::Date | TimexType::Time)
                        && when::days(&x.value, x.modifier).is_some()
                })
                .collect();
            let mut unplaced = Vec::new();
            for t in dates {
                let mut best: Option<(Relation, usize)> = None;
                for (si, s) in slots.iter().enumerate() {
                    if s.dates.iter().any(|&(sd, _, _)| sd == d) {
                        continue;
                    }
                    let (od, _, ot) = s.dates[0];
                    match when::relate(key(od, ot), key(d, t)) {
                        Some(Relation::Same) => {
                            best = Some((Relation::Same, si));
                            break;
                        }
                        Some(Relation::Compatible) if best.is_none() => {
                            best = Some((Relation::Compatible, si))
                        }
                        _ => {}
                    }
                }
                match best {
                    Some((_, si)) => slots[si].dates.push((d, c, t)),
                    None => unplaced.push(t),
                }
            }
            // A single unplaced date facing a single slot this version has not
            // filled is the same role, differently dated.
            let open: Vec<usize> = (0..slots.len())
                .filter(|&si| !slots[si].dates.iter().any(|&(sd, _, _)| sd == d))
                .collect();
            if unplaced.len() == 1 && open.len() == 1 && !slots.is_empty() {
                slots[open[0]].dates.push((d, c, unplaced[0]));
            } else {
                for t in unplaced {
                    slots.push(Slot {
                        dates: vec![(d, c, t)],
                    });
                }
            }
        }
        for s in slots {
            if s.dates.len() < 2 {
                continue;
            }
            // The weakest relation between any two of the slot's dates decides.
            let mut kind = Kind::Agreement;
            for (i, &(d1, _, t1)) in s.dates.iter().enumerate() {
                for &(d2, _, t2) in &s.dates[i + 1..] {
                    kind = kind.min(match when::relate(key(d1, t1), key(d2, t2)) {
                        Some(Relation::Same) => Kind::Agreement,
                        Some(Relation::Compatible) => Kind::Compatible,
                        _ => Kind::Contradiction,
                    });
                }
            }
            let (d0, c0, _) = s.dates[0];
            let shown: Vec<String> = s
                .dates
                .iter()
                .map(|&(d, _, t)| {
                    let x = &self.an[d].timexes[t];
                    let m = x.modifier.map(|m| format!(" {m}")).unwrap_or_default();
                    format!(
                        "“{}” ({}{}) in {}",
                        self.text(d, x.span),
                        x.value,
                        m,
                        self.name(d)
                    )
                })
                .collect();
            let explanation = match kind {
                Kind::Agreement => format!("Same date: {}.", shown.join(", ")),
                Kind::Compatible => format!(
                    "The dates differ in precision but can both be true: {}.",
                    shown.join("; ")
                ),
                _ => format!(
                    "The versions date the same fact differently: {}.",
                    shown.join("; ")
                ),
            };
            out.push(Finding {
                kind,
                category: Category::Date,
                topic: format!("date of: {}", self.claim_topic(d0, c0)),
                cites: s
                    .dates
                    .iter()
                    .map(|&(d, c, _)| Cite { doc: d, claim: c })
                    .collect(),
                values: s
                    .dates
                    .iter()
                    .map(|&(d, _, t)| (d, self.an[d].timexes[t].span))
                    .collect(),
                explanation,
            });
        }
    }

    /// The actor that performs a claim's event: the nearest actor before the
    /// trigger, with no clause boundary between them.
    fn agent(&self, d: usize, c: usize) -> Option<usize> {
        let a = &self.an[d];
        let claim = &a.claims[c];
        let trigger = claim.event.as_ref()?.trigger;
        let i = claim
            .actors
            .iter()
            .rev()
            .copied()
            .find(|&i| a.actors[i].span.end <= trigger.start)?;
        let between = &a.doc.text[a.actors[i].span.end..trigger.start];
        let boundary = between.contains([',', ';', '(', ':', '—', '“', '"'])
            || between.split_whitespace().count() > 6
            || between.split_whitespace().any(|w| {
                matches!(
                    w,
                    "that" | "which" | "who" | "whose" | "after" | "when" | "by"
                )
            });
        (!boundary && !between.contains("'s ") && !between.contains("’s ")).then_some(i)
    }

    /// The same act ascribed to different actors.
    fn compare_agents(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        let with_agent: Vec<(usize, usize, usize)> = members
            .iter()
            .filter_map(|&(d, c)| self.agent(d, c).map(|i| (d, c, i)))
            .collect();
        let Some(&(d0, c0, i0)) = with_agent.first() else {
            return;
        };
        let kind0 = self.claim(d0, c0).event.as_ref().map(|e| e.kind.clone());
        let canon = |d: usize, i: usize| self.an[d].actors[i].canonical.as_str();
        let names_in = |d: usize, c: usize| -> BTreeSet<&str> {
            self.claim(d, c)
                .actors
                .iter()
                .map(|&i| self.an[d].actors[i].canonical.as_str())
                .collect()
        };
        for &(d, c, i) in &with_agent[1..] {
            let same_event = self.claim(d, c).event.as_ref().map(|e| e.kind.clone()) == kind0;
            if !same_event || canon(d, i) == canon(d0, i0) {
                continue;
            }
            // Only when neither version names the other's actor anywhere in the claim.
            if names_in(d, c).contains(canon(d0, i0)) || names_in(d0, c0).contains(canon(d, i)) {
                continue;
            }
            if self.claim(d, c).modality == Modality::Denied
                || self.claim(d0, c0).modality == Modality::Denied
            {
                continue;
            }
            out.push(Finding {
                kind: Kind::Contradiction,
                category: Category::Actor,
                topic: format!(
                    "who {}: {}",
                    self.text(d0, self.claim(d0, c0).event.as_ref().unwrap().trigger),
                    self.claim_topic(d0, c0)
                ),
                cites: vec![Cite { doc: d0, claim: c0 }, Cite { doc: d, claim: c }],
                values: vec![
                    (d0, self.an[d0].actors[i0].span),
                    (d, self.an[d].actors[i].span),
                ],
                explanation: format!(
                    "{} says {} did it; {} says {}.",
                    self.name(d0),
                    canon(d0, i0),
                    self.name(d),
                    canon(d, i)
                ),
            });
            return;
        }
    }

    /// A claim with an event that some versions do not state at all. Figures
    /// and quotes are reported on their own, so claims holding them are left
    /// to those rules.
    fn event_omission(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        if self.n() < 2 || members.len() >= self.n() {
            return;
        }
        let (d0, c0) = members[0];
        let claim = self.claim(d0, c0);
        let Some(event) = &claim.event else { return };
        if !claim.figures.is_empty() || !claim.quotes.is_empty() || claim.actors.is_empty() {
            return;
        }
        let stating: BTreeSet<usize> = members.iter().map(|m| m.0).collect();
        let missing: Vec<usize> = (0..self.n()).filter(|d| !stating.contains(d)).collect();
        out.push(Finding {
            kind: Kind::Omission,
            category: Category::Event,
            topic: self.claim_topic(d0, c0),
            cites: members
                .iter()
                .map(|&(d, c)| Cite { doc: d, claim: c })
                .collect(),
            values: members
                .iter()
                .map(|&(d, c)| {
                    (
                        d,
                        self.claim(d, c)
                            .event
                            .as_ref()
                            .map_or(event.trigger, |e| e.trigger),
                    )
                })
                .map(|(d, t)| (d, self.clause_around(d, t)))
                .collect(),
            explanation: format!(
                "Stated in {} only; {} {} not report it.",
                self.names(stating.iter().copied()),
                self.names(missing.iter().copied()),
                if missing.len() == 1 { "does" } else { "do" }
            ),
        });
    }

    /// The clause around a word: up to the nearest comma, semicolon or
    /// sentence edge on each side.
    fn clause_around(&self, d: usize, at: Span) -> Span {
        let doc = &self.an[d].doc;
        let Some(si) = doc.sentence_at(at.start) else {
            return at;
        };
        let s = doc.sentences[si];
        let text = &doc.text;
        let start = text[s.start..at.start]
            .rfind([',', ';', '—'])
            .map_or(s.start, |i| s.start + i + 1);
        let end = text[at.end..s.end]
            .find([',', ';', '—'])
            .map_or(s.end, |i| at.end + i);
        let raw = &text[start..end];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim().trim_end_matches('.');
        Span::new(start + lead, start + lead + trimmed.len())
    }

    /// What a figure counts, for alignment: the casualty category, or the
    /// counted noun's last word, or the unit.
    fn figure_key(f: &Figure) -> Option<String> {
        if let Some(c) = f.category {
            return Some(format!("casualty:{}", c.as_str()));
        }
        if let Some(counts) = &f.counts {
            let head = counts.split_whitespace().last()?;
            return Some(format!("count:{}", align::stem(head)));
        }
        f.unit.as_ref().map(|u| format!("unit:{u}"))
    }

    fn figure_findings(&self, out: &mut Vec<Finding>) {
        let mut refs: Vec<(usize, usize, align::Token)> = Vec::new();
        let mut items = Vec::new();
        for &d in self.order {
            for fi in 0..self.an[d].figures.len() {
                let (Some(key), Some(c)) = (self.figure_keys[d][fi], self.figure_claim[d][fi])
                else {
                    continue;
                };
                let mut tokens: Vec<align::Token> = self.claim_tokens[d][c].clone();
                tokens.push(key);
                tokens.sort_unstable();
                tokens.dedup();
                refs.push((d, fi, key));
                items.push(Item { doc: d, tokens });
            }
        }
        let w = Weights::new(&items);
        let clusters = align::cluster(&items, &w, FIGURE_THRESHOLD, |a, b| refs[a].2 == refs[b].2);
        for cl in clusters {
            let members: Vec<(usize, usize)> = cl.iter().map(|&i| (refs[i].0, refs[i].1)).collect();
            self.compare_figures(&members, out);
        }
    }

    fn figure_label(f: &Figure) -> String {
        let counts = f
            .counts
            .clone()
            .or_else(|| f.unit.clone())
            .unwrap_or_else(|| "value".into());
        match f.category {
            Some(c) => format!("{counts} {}", c.as_str()),
            None => counts,
        }
    }

    fn compare_figures(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        let fig = |d: usize, fi: usize| &self.an[d].figures[fi];
        let cite = |d: usize, fi: usize| Cite {
            doc: d,
            claim: self.figure_claim[d][fi].unwrap_or(0),
        };
        let (d0, f0) = members[0];
        let label = Self::figure_label(fig(d0, f0));
        let category = if fig(d0, f0).category.is_some() {
            Category::Casualty
        } else {
            Category::Number
        };
        let topic = format!(
            "{label}: {}",
            self.claim_topic(d0, self.figure_claim[d0][f0].unwrap_or(0))
        );
        let shown = |d: usize, fi: usize| {
            format!("“{}” in {}", self.text(d, fig(d, fi).span), self.name(d))
        };
        let values: Vec<(usize, Span)> = members
            .iter()
            .map(|&(d, fi)| (d, fig(d, fi).span))
            .collect();
        let cites: Vec<Cite> = members.iter().map(|&(d, fi)| cite(d, fi)).collect();

        if members.len() >= 2 {
            let same = members.iter().all(|&(d, fi)| {
                let (a, b) = (fig(d, fi), fig(d0, f0));
                a.interval == b.interval && a.qualifier == b.qualifier
            });
            let all_meet = members.iter().enumerate().all(|(i, &(d1, f1))| {
                members[i + 1..]
                    .iter()
                    .all(|&(d2, f2)| fig(d1, f1).interval.intersects(&fig(d2, f2).interval))
            });
            let (kind, explanation) = if same {
                let sources = self.figure_sources(members);
                if sources.len() >= 2 {
                    (
                        Kind::Contradiction,
                        format!(
                            "The same figure ({}) is attributed to different sources: {}.",
                            self.text(d0, fig(d0, f0).span),
                            sources.join("; ")
                        ),
                    )
                } else {
                    (
                        Kind::Agreement,
                        format!(
                            "{} agree: {} {}.",
                            self.names(members.iter().map(|m| m.0)),
                            self.text(d0, fig(d0, f0).span),
                            label
                        ),
                    )
                }
            } else if all_meet {
                let spans: Vec<String> = members
                    .iter()
                    .map(|&(d, fi)| {
                        format!(
                            "{} allows {}",
                            shown(d, fi),
                            interval_text(&fig(d, fi).interval)
                        )
                    })
                    .collect();
                let sources = self.figure_sources(members);
                let by = if sources.len() >= 2 {
                    format!(" They come from different sources: {}.", sources.join("; "))
                } else {
                    String::new()
                };
                (
                    Kind::Compatible,
                    format!("{}: both can be true, but the figures differ — check which is current.{by}", spans.join("; ")),
                )
            } else if let Some(expl) = self.rising_count(members) {
                (Kind::Update, expl)
            } else {
                let spans: Vec<String> = members.iter().map(|&(d, fi)| shown(d, fi)).collect();
                (
                    Kind::Contradiction,
                    format!(
                        "{} cannot all be true for the same count ({label}).",
                        spans.join(" and ")
                    ),
                )
            };
            let category =
                if kind == Kind::Contradiction && self.figure_sources(members).len() >= 2 && same {
                    Category::Attribution
                } else {
                    category
                };
            out.push(Finding {
                kind,
                category,
                topic: topic.clone(),
                cites: cites.clone(),
                values: values.clone(),
                explanation,
            });
        }
        if self.n() >= 2 && members.len() < self.n() {
            let stating: BTreeSet<usize> = members.iter().map(|m| m.0).collect();
            let missing: Vec<usize> = (0..self.n()).filter(|d| !stating.contains(d)).collect();
            out.push(Finding {
                kind: Kind::Omission,
                category,
                topic,
                cites,
                values,
                explanation: format!(
                    "Only {} {} this figure ({}); {} {} not.",
                    self.names(stating.iter().copied()),
                    if stating.len() == 1 { "gives" } else { "give" },
                    self.text(d0, fig(d0, f0).span),
                    self.names(missing.iter().copied()),
                    if missing.len() == 1 { "does" } else { "do" }
                ),
            });
        }
    }

    /// Distinct sources given for the figures' claims, as "who (version)".
    fn figure_sources(&self, members: &[(usize, usize)]) -> Vec<String> {
        let mut by: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut unsourced = false;
        for &(d, fi) in members {
            let c = self.figure_claim[d][fi].unwrap_or(0);
            match self.an[d].claims.get(c).and_then(|c| c.source.as_ref()) {
                Some(s) => {
                    let who = s
                        .canonical
                        .clone()
                        .unwrap_or_else(|| self.text(d, s.span).to_lowercase());
                    by.entry(who).or_default().push(d);
                }
                None => unsourced = true,
            }
        }
        if unsourced && by.len() < 2 {
            return Vec::new();
        }
        by.into_iter()
            .map(|(who, ds)| format!("{who} ({})", self.names(ds)))
            .collect()
    }

    /// An ongoing count that rises from version to version, in date order.
    fn rising_count(&self, members: &[(usize, usize)]) -> Option<String> {
        let fig = |d: usize, fi: usize| &self.an[d].figures[fi];
        let f0 = fig(members[0].0, members[0].1);
        let ongoing = f0.category.is_some_and(|c| {
            matches!(
                c,
                Casualty::Killed
                    | Casualty::Wounded
                    | Casualty::Missing
                    | Casualty::Arrested
                    | Casualty::Displaced
                    | Casualty::Rescued
            )
        });
        if !ongoing {
            return None;
        }
        let mut dated: Vec<(chrono::NaiveDate, usize, usize)> = Vec::new();
        for &(d, fi) in members {
            dated.push((self.an[d].doc.date?, d, fi));
        }
        dated.sort_by_key(|&(date, d, _)| (date, self.rank[d]));
        let low = |f: &Figure| f.interval.low.value().unwrap_or(f.value);
        for w in dated.windows(2) {
            let ((da, a, fa), (db, b, fb)) = (w[0], w[1]);
            let (x, y) = (fig(a, fa), fig(b, fb));
            if x.interval.intersects(&y.interval) {
                continue;
            }
            // Disjoint and not later-and-higher: not an update.
            if db <= da || low(y) < low(x) {
                return None;
            }
        }
        let steps: Vec<String> = dated
            .iter()
            .map(|&(date, d, fi)| {
                format!(
                    "“{}” ({}, {date})",
                    self.text(d, fig(d, fi).span),
                    self.name(d)
                )
            })
            .collect();
        Some(format!(
            "The count rises as the story develops: {}. Later versions revise an ongoing toll.",
            steps.join(" → ")
        ))
    }

    fn quote_findings(&self, out: &mut Vec<Finding>) {
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
            let mut same_in = vec![d0];
            let mut ref_window: Option<Span> = None;
            for &(d, qi) in &c.members[1..] {
                if let Some((x, y)) = wording::changed(ref_words, &quote_words(d, qi)) {
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
            let topic = format!("quote ({speaker}): “{head}…”");
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
                    if let Some(s) = find_words(&q, &self.an[d0].doc.text, ref_words, rw) {
                        values.push((d, s));
                    }
                }
            }
            // Versions without the quotation may still carry its words unquoted;
            // looked for only when the wording is in dispute.
            let unquoted = self.unquoted(&c.members, ref_words);
            let mut note = String::new();
            for (d, s, w) in &unquoted {
                let window = match wording::changed(ref_words, w) {
                    Some((x, _)) if x == rw => wording::changed(ref_words, w).map(|(_, y)| y),
                    _ => find_words(w, &self.an[d0].doc.text, ref_words, rw),
                };
                if let Some(win) = window.filter(|win| s.contains(*win)) {
                    values.push((*d, win));
                    note = format!(
                        " {} carries the words without quotation marks.",
                        self.name(*d)
                    );
                }
            }
            let shown: Vec<String> = values
                .iter()
                .filter(|(d, _)| c.members.iter().any(|m| m.0 == *d))
                .map(|&(d, s)| format!("“{}” in {}", self.text(d, s), self.name(d)))
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
    fn unquoted(
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

    /// Lists of three or more named places or actors, aligned across versions
    /// by their shared members; a member one version leaves out is an omission.
    fn list_findings(&self, out: &mut Vec<Finding>) {
        if self.n() < 2 {
            return;
        }
        struct List {
            doc: usize,
            claim: usize,
            span: Span,
            members: Vec<usize>, // actor indices
        }
        let mut lists = Vec::new();
        for &d in self.order {
            let a = &self.an[d];
            for (ci, c) in a.claims.iter().enumerate() {
                let mut run: Vec<usize> = Vec::new();
                let mut flush = |run: &mut Vec<usize>| {
                    if run.len() >= 3 {
                        let span = Span::new(
                            a.actors[run[0]].span.start,
                            a.actors[*run.last().unwrap()].span.end,
                        );
                        lists.push(List {
                            doc: d,
                            claim: ci,
                            span,
                            members: std::mem::take(run),
                        });
                    }
                    run.clear();
                };
                for &i in &c.actors {
                    if let Some(&p) = run.last() {
                        let gap = a.doc.text[a.actors[p].span.end..a.actors[i].span.start].trim();
                        if !matches!(gap, "," | "and" | ", and" | "or" | ", or" | "&") {
                            flush(&mut run);
                        }
                    }
                    run.push(i);
                }
                flush(&mut run);
            }
        }
        let canon = |l: &List| -> BTreeSet<&str> {
            l.members
                .iter()
                .map(|&i| self.an[l.doc].actors[i].canonical.as_str())
                .collect()
        };
        // Group lists across versions: join the group whose first list shares
        // the most members (at least two).
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (li, l) in lists.iter().enumerate() {
            let mine = canon(l);
            let best = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| !g.iter().any(|&x| lists[x].doc == l.doc))
                .map(|(gi, g)| (canon(&lists[g[0]]).intersection(&mine).count(), gi))
                .filter(|&(shared, _)| shared >= 2)
                .max_by_key(|&(shared, gi)| (shared, usize::MAX - gi));
            match best {
                Some((_, gi)) => groups[gi].push(li),
                None => groups.push(vec![li]),
            }
        }
        for g in groups.iter().filter(|g| g.len() >= 2) {
            // Every member named by some list of the group.
            let mut members: BTreeMap<&str, Vec<(usize, usize, usize)>> = BTreeMap::new();
            for &li in g {
                let l = &lists[li];
                for &i in &l.members {
                    members
                        .entry(self.an[l.doc].actors[i].canonical.as_str())
                        .or_default()
                        .push((l.doc, l.claim, i));
                }
            }
            for (name, stated) in members {
                // Left out: the version's list lacks it and so does the rest of its sentence.
                let leaving: Vec<&List> = g
                    .iter()
                    .map(|&li| &lists[li])
                    .filter(|l| !stated.iter().any(|s| s.0 == l.doc))
                    .filter(|l| {
                        let c = &self.an[l.doc].claims[l.claim];
                        !c.actors
                            .iter()
                            .any(|&i| self.an[l.doc].actors[i].canonical == name)
                    })
                    .collect();
                if leaving.is_empty() {
                    continue;
                }
                let first = &lists[g[0]];
                out.push(Finding {
                    kind: Kind::Omission,
                    category: Category::List,
                    topic: format!("list: {}", self.text(first.doc, first.span)),
                    cites: stated
                        .iter()
                        .map(|&(d, c, _)| Cite { doc: d, claim: c })
                        .chain(leaving.iter().map(|l| Cite {
                            doc: l.doc,
                            claim: l.claim,
                        }))
                        .collect(),
                    values: stated
                        .iter()
                        .map(|&(d, _, i)| (d, self.an[d].actors[i].span))
                        .collect(),
                    explanation: format!(
                        "{} left out of {}: {}.",
                        name,
                        leaving
                            .iter()
                            .map(|l| format!(
                                "the list in {} (“{}”)",
                                self.name(l.doc),
                                self.text(l.doc, l.span)
                            ))
                            .collect::<Vec<_>>()
                            .join(", "),
                        format_args!("named in {}", self.names(stated.iter().map(|s| s.0)))
                    ),
                });
            }
        }
    }

    /// People and organizations named in some versions only, and actors that
    /// the versions name differently but resolve to one.
    fn actor_findings(&self, out: &mut Vec<Finding>) {
        if self.n() < 2 {
            return;
        }
        // canonical -> per doc: first mention index
        let mut named: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
        let mut kinds: HashMap<&str, ActorKind> = HashMap::new();
        for &d in self.order {
            for (i, m) in self.an[d].actors.iter().enumerate() {
                named
                    .entry(m.canonical.as_str())
                    .or_default()
                    .entry(d)
                    .or_insert(i);
                kinds.entry(m.canonical.as_str()).or_insert(m.kind);
            }
        }
        let claim_of = |d: usize, i: usize| -> Option<usize> {
            let s = self.an[d].actors[i].span;
            self.an[d].claims.iter().position(|c| c.span.contains(s))
        };
        for (name, per_doc) in named {
            let kind = kinds[name];
            let cites: Vec<Cite> = per_doc
                .iter()
                .filter_map(|(&d, &i)| claim_of(d, i).map(|c| Cite { doc: d, claim: c }))
                .collect();
            let values: Vec<(usize, Span)> = per_doc
                .iter()
                .map(|(&d, &i)| (d, self.an[d].actors[i].span))
                .collect();
            if per_doc.len() < self.n()
                && matches!(
                    kind,
                    ActorKind::Person | ActorKind::Organization | ActorKind::Group
                )
            {
                let missing: Vec<usize> =
                    (0..self.n()).filter(|d| !per_doc.contains_key(d)).collect();
                out.push(Finding {
                    kind: Kind::Omission,
                    category: Category::Actor,
                    topic: format!(
                        "{name} ({})",
                        serde_json::to_value(kind)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default()
                    ),
                    cites,
                    values,
                    explanation: format!(
                        "{name} is named only in {}; {} {} not name them.",
                        self.names(per_doc.keys().copied()),
                        self.names(missing.iter().copied()),
                        if missing.len() == 1 { "does" } else { "do" }
                    ),
                });
            } else if per_doc.len() >= 2 {
                // All the surface forms each version uses, to show the aliases resolved.
                let mut forms: BTreeSet<String> = BTreeSet::new();
                for &d in per_doc.keys() {
                    for m in self.an[d].actors.iter().filter(|m| m.canonical == name) {
                        forms.insert(self.text(d, m.span).to_string());
                    }
                }
                let firsts: BTreeSet<&str> = values.iter().map(|&(d, s)| self.text(d, s)).collect();
                if forms.len() >= 2 && (firsts.len() >= 2 || forms.len() >= 3) {
                    out.push(Finding {
                        kind: Kind::Agreement,
                        category: Category::Actor,
                        topic: name.to_string(),
                        cites,
                        values,
                        explanation: format!(
                            "Named differently but one actor: {}.",
                            forms
                                .iter()
                                .map(|f| format!("“{f}”"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    });
                }
            }
        }
    }

    /// Within one version, a party denies what the version reports elsewhere.
    fn disputes(&self, out: &mut Vec<Finding>) {
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

    /// From a word to the end of its clause.
    fn clause_from(&self, d: usize, at: Span) -> Span {
        let c = self.clause_around(d, at);
        Span::new(at.start.max(c.start).min(c.end), c.end)
    }
}

/// Finds, in `words`, the words that `ref_window` covers in `reference`.
fn find_words(
    words: &[wording::Word],
    ref_text: &str,
    reference: &[wording::Word],
    ref_window: Span,
) -> Option<Span> {
    let wanted: Vec<&str> = reference
        .iter()
        .filter(|w| ref_window.contains(w.span))
        .map(|w| w.norm.as_str())
        .collect();
    let _ = ref_text;
    if wanted.is_empty() {
        return None;
    }
    words
        .windows(wanted.len())
        .find(|win| {
            win.iter()
                .map(|w| w.norm.as_str())
                .eq(wanted.iter().copied())
        })
        .map(|win| Span::new(win[0].span.start, win[win.len() - 1].span.end))
}

fn abbreviate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// "[657, ∞)", "(1000, ∞)", "[150, 200]".
pub fn interval_text(i: &Interval) -> String {
    let num = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    let lo = match i.low {
        Bound::Unbounded => "(−∞".to_string(),
        Bound::Inclusive(v) => format!("[{}", num(v)),
        Bound::Exclusive(v) => format!("({}", num(v)),
    };
    let hi = match i.high {
        Bound::Unbounded => "∞)".to_string(),
        Bound::Inclusive(v) => format!("{}]", num(v)),
        Bound::Exclusive(v) => format!("{})", num(v)),
    };
    format!("{lo}, {hi}")
}

/// Qualifier words for explanations.
pub fn qualifier_text(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exactly",
        Qualifier::AtLeast => "at least",
        Qualifier::MoreThan => "more than",
        Qualifier::AtMost => "at most",
        Qualifier::LessThan => "less than",
        Qualifier::About => "about",
        Qualifier::Range => "between",
        Qualifier::Vague => "vaguely",
    }
}
