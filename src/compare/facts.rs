//! Claims aligned across versions: the dates they give a fact, the actor
//! they say performed it, and facts some versions do not state at all.

use super::*;

impl Cx<'_> {
    /// Clusters claims across versions by their wording.
    pub(super) fn claim_clusters(&self) -> (Vec<(usize, usize)>, Vec<Vec<usize>>, Weights) {
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
        (refs, clusters, w)
    }

    pub(super) fn claim_findings(&self, out: &mut Vec<Finding>) {
        let (refs, clusters, weights) = self.claim_clusters();
        for cl in clusters {
            let members: Vec<(usize, usize)> = cl.iter().map(|&i| refs[i]).collect();
            if members.len() >= 2 {
                self.compare_dates(&members, &weights, out);
                self.compare_agents(&members, out);
                self.compare_events(&members, out);
                self.compare_places(&members, out);
            }
            self.event_omission(&members, out);
        }
    }

    /// Dates of aligned claims: each date of a later version joins the slot of
    /// an earlier version's date it is the same as, or compatible with.
    pub(super) fn compare_dates(
        &self,
        members: &[(usize, usize)],
        weights: &Weights,
        out: &mut Vec<Finding>,
    ) {
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
            // The weakest relation decides, each date set against the first and
            // the one before it (linear in the number of versions). A date that
            // is each version's own publication day ("on Tuesday" in Tuesday's
            // report, "Wednesday" in Wednesday's) tells when it was reported, not
            // when the fact happened, so such a pair is not compared.
            let own_day = |d: usize, t: usize| {
                self.an[d]
                    .doc
                    .date
                    .is_some_and(|dct| self.an[d].timexes[t].value == dct.to_string())
            };
            // Two dates that cannot both be true are a contradiction only when
            // the claims clearly tell a common event at the same precision;
            // otherwise they may date different things, and nothing is said.
            let comparable = |(d1, c1, t1): (usize, usize, usize),
                              (d2, c2, t2): (usize, usize, usize)| {
                let events = |d: usize, c: usize| -> BTreeSet<String> {
                    crate::claims::find_events(&self.an[d].doc.text, self.claim(d, c).span)
                        .map(|e| e.kind)
                        .collect()
                };
                let (e1, e2) = (events(d1, c1), events(d2, c2));
                // "began a strike" and "continued the strike" date different moments.
                let phase_differs = e1
                    .symmetric_difference(&e2)
                    .any(|e| PHASES.contains(&e.as_str()));
                !e1.is_disjoint(&e2)
                    && !phase_differs
                    && weights.similarity(&self.claim_tokens[d1][c1], &self.claim_tokens[d2][c2])
                        >= DATE_CLAIM_SIMILARITY
                    && precision(&self.an[d1].timexes[t1].value)
                        == precision(&self.an[d2].timexes[t2].value)
            };
            let mut kind = None;
            for k in 1..s.dates.len() {
                let (d2, c2, t2) = s.dates[k];
                for (d1, c1, t1) in [s.dates[0], s.dates[k - 1]] {
                    let relation = when::relate(key(d1, t1), key(d2, t2));
                    if relation == Some(Relation::Disjoint) && own_day(d1, t1) && own_day(d2, t2) {
                        continue;
                    }
                    if relation != Some(Relation::Same)
                        && relation != Some(Relation::Compatible)
                        && !comparable((d1, c1, t1), (d2, c2, t2))
                    {
                        continue;
                    }
                    // Days that differ are set against each other by the
                    // facts of one event (`slots`), not by similar sentences.
                    let k = match relation {
                        Some(Relation::Same) => Kind::Agreement,
                        Some(Relation::Compatible) => Kind::Compatible,
                        _ => continue,
                    };
                    kind = Some(kind.map_or(k, |x: Kind| x.min(k)));
                }
            }
            let Some(kind) = kind else { continue };
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

    /// Who performs a claim's event: the nearest named actor, or common agent
    /// noun ("the army", "rebels"), before the trigger with no clause boundary
    /// between them.
    pub(super) fn agent(&self, d: usize, c: usize) -> Option<Agent> {
        let a = &self.an[d];
        let claim = &a.claims[c];
        let trigger = claim.event.as_ref()?.trigger;
        // "Williams was arrested": the subject of a passive verb suffered the
        // act; it did not do it.
        let passive = |between: &str| {
            between
                .split_whitespace()
                .any(|w| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be"))
        };
        let clear = |between: &str| {
            !(passive(between)
                || between.contains([',', ';', '(', ':', '—', '“', '"'])
                || between.contains("'s ")
                || between.contains("’s ")
                || between.split_whitespace().count() > 6
                || between.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "that" | "which" | "who" | "whose" | "after" | "when" | "by" | "of" | "and"
                    )
                }))
        };
        let named = claim
            .actors
            .iter()
            .rev()
            .copied()
            .find(|&i| a.actors[i].span.end <= trigger.start)
            .filter(|&i| clear(&a.doc.text[a.actors[i].span.end..trigger.start]))
            .map(|i| Agent {
                span: a.actors[i].span,
                key: a.actors[i].canonical.clone(),
                side: None,
            });
        // A common noun within three words of the trigger.
        let head = &a.doc.text[claim.span.start..trigger.start];
        let words: Vec<(usize, &str)> = crate::claims::word_re()
            .find_iter(head)
            .map(|m| (claim.span.start + m.start(), m.as_str()))
            .collect();
        let noun = words
            .iter()
            .rev()
            .take(3)
            .enumerate()
            .find_map(|(k, &(at, w))| {
                let lower = w.to_lowercase();
                let two = words
                    .len()
                    .checked_sub(k + 2)
                    .map(|p| format!("{} {lower}", words[p].1.to_lowercase()));
                let (start, key) = match two.filter(|t| agent_nouns().contains_key(t.as_str())) {
                    Some(t) => (words[words.len() - k - 2].0, t),
                    None if agent_nouns().contains_key(lower.as_str()) => (at, lower),
                    None => return None,
                };
                let span = Span::new(start, at + w.len());
                clear(&a.doc.text[span.end..trigger.start]).then(|| Agent {
                    span,
                    side: agent_nouns().get(key.as_str()).copied(),
                    key: format!("~{}", align::stem(&key)),
                })
            });
        match (named, noun) {
            (Some(x), Some(y)) => Some(if y.span.start > x.span.start { y } else { x }),
            (x, y) => x.or(y),
        }
    }

    /// The same act ascribed to different actors.
    pub(super) fn compare_agents(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        let with_agent: Vec<(usize, usize, Agent)> = members
            .iter()
            .filter_map(|&(d, c)| self.agent(d, c).map(|g| (d, c, g)))
            .collect();
        let Some((d0, c0, g0)) = with_agent.first() else {
            return;
        };
        let (d0, c0) = (*d0, *c0);
        let kind0 = self.claim(d0, c0).event.as_ref().map(|e| e.kind.clone());
        // Does the claim name this agent anywhere (as actor or as a word)?
        let names = |d: usize, c: usize, g: &Agent| -> bool {
            let claim = self.claim(d, c);
            claim
                .actors
                .iter()
                .any(|&i| self.an[d].actors[i].canonical == g.key)
                || g.key.strip_prefix('~').is_some_and(|stem| {
                    crate::claims::word_re()
                        .find_iter(self.text(d, claim.span))
                        .any(|w| align::stem(w.as_str()) == stem)
                })
        };
        for (d, c, g) in &with_agent[1..] {
            let (d, c) = (*d, *c);
            let same_event = self.claim(d, c).event.as_ref().map(|e| e.kind.clone()) == kind0;
            if !same_event || g.key == g0.key || names(d, c, g0) || names(d0, c0, g) {
                continue;
            }
            // A name and a common noun may be the same actor ("Hamas" and
            // "the militants"); two nouns differ only when they stand for
            // different sides ("the army" and "rebels", not "police" and
            // "authorities"). Two named agents of one act are most often one party told two
            // ways (a person and their office, a surname and a full name, a
            // country and its navy): only agents known to stand on opposite
            // sides are held against each other.
            let distinct = matches!((g0.side, g.side), (Some(x), Some(y)) if x != y);
            if !distinct {
                continue;
            }
            if self.claim(d, c).modality == Modality::Denied
                || self.claim(d0, c0).modality == Modality::Denied
            {
                continue;
            }
            let trigger = self
                .claim(d0, c0)
                .event
                .as_ref()
                .map_or(g0.span, |e| e.trigger);
            out.push(Finding {
                kind: Kind::Contradiction,
                category: Category::Actor,
                topic: format!(
                    "who {}: {}",
                    self.text(d0, trigger),
                    self.claim_topic(d0, c0)
                ),
                cites: vec![Cite { doc: d0, claim: c0 }, Cite { doc: d, claim: c }],
                values: vec![(d0, g0.span), (d, g.span)],
                explanation: format!(
                    "{} says {} did it; {} says {}.",
                    self.name(d0),
                    self.text(d0, g0.span),
                    self.name(d),
                    self.text(d, g.span)
                ),
            });
            return;
        }
    }

    /// A claim with an event that some versions do not state at all. Figures
    /// and quotes are reported on their own, so claims holding them are left
    /// to those rules.
    pub(super) fn event_omission(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        if self.n() < 2 || members.len() >= self.n() {
            return;
        }
        let (d0, c0) = members[0];
        let claim = self.claim(d0, c0);
        if claim.event.is_none() {
            return;
        }
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
                    // Each version's own trigger; a claim without one is cited whole.
                    let claim = self.claim(d, c);
                    (
                        d,
                        claim
                            .event
                            .as_ref()
                            .map_or(claim.span, |e| self.clause_around(d, e.trigger)),
                    )
                })
                .collect(),
            explanation: format!(
                "Stated in {} only; {} not report it.",
                self.names(stating.iter().copied()),
                self.absent(&missing),
            ),
        });
    }

    /// The same fact told with events that exclude each other ("resigned" and
    /// "was dismissed"), from the table in `data/claims/exclusive.tsv`.
    fn compare_events(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        let (d0, c0) = members[0];
        let Some(e0) = &self.claim(d0, c0).event else {
            return;
        };
        for &(d, c) in &members[1..] {
            let Some(e) = &self.claim(d, c).event else {
                continue;
            };
            if !exclusive(&e0.kind, &e.kind) {
                continue;
            }
            out.push(Finding {
                kind: Kind::Contradiction,
                category: Category::Event,
                topic: format!("what happened: {}", self.claim_topic(d0, c0)),
                cites: vec![Cite { doc: d0, claim: c0 }, Cite { doc: d, claim: c }],
                values: vec![(d0, e0.trigger), (d, e.trigger)],
                explanation: format!(
                    "{} says “{}”, {} says “{}”: the two cannot describe the same act.",
                    self.name(d0),
                    self.text(d0, e0.trigger),
                    self.name(d),
                    self.text(d, e.trigger)
                ),
            });
            return;
        }
    }

    /// Places where a claim locates its fact, as (span, name): the place and
    /// country mentions that closely follow a locative preposition ("in Mandi
    /// district", "near Kullu", "in India's Himachal Pradesh state").
    fn locations(&self, d: usize, c: usize) -> Vec<(Span, String)> {
        let a = &self.an[d];
        let claim = &a.claims[c];
        let locative = |span: Span| {
            a.doc.text[claim.span.start..span.start]
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| crate::actors::is_locative(&w.to_lowercase()))
        };
        let mut out: Vec<(Span, String)> = claim
            .actors
            .iter()
            .map(|&i| &a.actors[i])
            .filter(|m| matches!(m.kind, ActorKind::Place | ActorKind::Country) && locative(m.span))
            // A place read as the place of an incident is weighed by
            // `places`, which knows which place holds which.
            .filter(|m| {
                !a.facts.facts.iter().any(|f| {
                    f.slot == crate::facts::Slot::Place
                        && f.span == m.span
                        && f.subject
                            .as_deref()
                            .is_some_and(|s| !s.starts_with(crate::facts::LOOSE))
                })
            })
            .map(|m| (m.span, m.canonical.clone()))
            .collect();
        out.sort_by_key(|(s, _)| *s);
        out
    }

    /// Does version `d` mention a place by this name anywhere? Besides its
    /// place mentions, its text: a name is a mention only where its position
    /// shows what it is, and "Kullu police said" does not, yet it tells that
    /// the version knows the place.
    fn mentions_place(&self, d: usize, name: &str) -> bool {
        self.an[d].actors.iter().any(|m| m.canonical == name)
            || crate::words::contains_word(&self.an[d].doc.text, name)
    }

    /// The same fact placed in different places: each version names a
    /// location the other never mentions anywhere.
    fn compare_places(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
        let (d0, c0) = members[0];
        let here = self.locations(d0, c0);
        if here.is_empty() {
            return;
        }
        for &(d, c) in &members[1..] {
            let there = self.locations(d, c);
            // A street and the neighbourhood around it are not two places.
            let only_here = here
                .iter()
                .filter(|(s, _)| !names_a_part(self.text(d0, *s)))
                .find(|(_, n)| !self.mentions_place(d, n));
            let only_there = there
                .iter()
                .filter(|(s, _)| !names_a_part(self.text(d, *s)))
                .find(|(_, n)| !self.mentions_place(d0, n));
            let (Some((s0, n0)), Some((s, n))) = (only_here, only_there) else {
                continue;
            };
            out.push(Finding {
                kind: Kind::Contradiction,
                category: Category::Place,
                topic: format!("where: {}", self.claim_topic(d0, c0)),
                cites: vec![Cite { doc: d0, claim: c0 }, Cite { doc: d, claim: c }],
                values: vec![(d0, *s0), (d, *s)],
                explanation: format!(
                    "{} places it in {n0}, {} in {n}; neither version mentions the other's place.",
                    self.name(d0),
                    self.name(d),
                ),
            });
            return;
        }
    }
}

/// Event type pairs that exclude each other.
/// Does a place's wording name a part of a town ("East Fifth Avenue", "the
/// Mount Pleasant neighbourhood"; `data/claims/sub_places.txt`)?
fn names_a_part(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let words =
        WORDS.get_or_init(|| crate::table::words(include_str!("../../data/claims/sub_places.txt")));
    let lower = text.to_lowercase();
    words.iter().any(|w| crate::words::contains_word(&lower, w))
}

fn exclusive(a: &str, b: &str) -> bool {
    static PAIRS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        crate::table::rows(include_str!("../../data/claims/exclusive.tsv"))
            .filter_map(|row| Some((row.first()?.to_string(), row.get(1)?.to_string())))
            .collect()
    });
    pairs
        .iter()
        .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
}

/// Who performed an event, as found before its trigger.
pub(super) struct Agent {
    span: Span,
    /// A canonical actor name, or `~` and the stem of a common agent noun.
    key: String,
    /// For a common noun, the side it stands for ("state", "armed group").
    side: Option<&'static str>,
}

/// Common nouns that name an agent, with their side, from `data/claims/agents.txt`.
fn agent_nouns() -> &'static BTreeMap<&'static str, &'static str> {
    static MAP: std::sync::OnceLock<BTreeMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        crate::table::rows(include_str!("../../data/claims/agents.txt"))
            .filter_map(|row| Some((*row.first()?, *row.get(1)?)))
            .collect()
    })
}

/// Event types that say which moment of an event is meant (its start, its
/// continuation, its end): two claims in different phases date different
/// moments of one event.
const PHASES: &[&str] = &["begin", "continue", "end"];

/// How similar two claims must be for their dates to contradict.
const DATE_CLAIM_SIMILARITY: f64 = 0.3;

/// The precision of a TIMEX3 date value: day, month, year or other.
fn precision(value: &str) -> &'static str {
    let date = value.split('T').next().unwrap_or(value);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match date.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] if digits(y) && digits(m) && digits(d) => "day",
        [y, m] if digits(y) && digits(m) => "month",
        [y] if y.len() == 4 && digits(y) => "year",
        _ => "other",
    }
}
