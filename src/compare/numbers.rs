//! Figures aligned across versions by what they count: agreement, compatible
//! intervals, a rising toll (update), disjoint values (contradiction), a
//! figure only some versions give (omission).

use chrono::Datelike;

use crate::model::Casualty;

use super::*;

/// How two figures of one count relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Rel {
    Same,
    Compatible,
    Update,
    Contradiction,
}

impl Cx<'_> {
    /// What a figure counts, for alignment: the casualty category, or the
    /// counted noun's last word, or the unit.
    pub(super) fn figure_key(f: &Figure) -> Option<String> {
        if f.is_share() {
            return shares::key(f);
        }
        if let Some(c) = f.category {
            return Some(format!("casualty:{}", c.as_str()));
        }
        if let Some(counts) = &f.counts {
            // "crew members", "staff members": a generic head is keyed on the
            // word before it, so that "85 crew members" meets "85 crew".
            let words: Vec<&str> = counts.split_whitespace().collect();
            let head = match words.as_slice() {
                [.., modifier, last] if GENERIC_HEADS.contains(&last.to_lowercase().as_str()) => {
                    modifier
                }
                [.., last] => last,
                [] => return None,
            };
            return Some(format!("count:{}", align::stem(head)));
        }
        f.unit.as_ref().map(|u| format!("unit:{u}"))
    }

    pub(super) fn figure_findings(&self, out: &mut Vec<Finding>) {
        let mut refs: Vec<(usize, usize, align::Token)> = Vec::new();
        let mut items = Vec::new();
        for &d in self.order {
            for fi in 0..self.an[d].figures.len() {
                // Counts and measures are compared as facts (`slots`);
                // shares of a whole with no number, and lengths of time
                // (with their rates and units, `durations`), still by the
                // sentences that hold them.
                if !self.an[d].figures[fi].is_share() && self.stretches[d][fi].is_none() {
                    continue;
                }
                let (Some(key), Some(c)) = (self.figure_keys[d][fi], self.figure_claim[d][fi])
                else {
                    continue;
                };
                // A later mention of the same count with the same value restates
                // it ("twelve people were hurt ... the twelve injured").
                let restated = (0..fi).any(|e| {
                    self.figure_claim[d][e].is_some()
                        && self.figure_keys[d][e] == Some(key)
                        && self
                            .comparable((d, e), (d, fi))
                            .is_some_and(|(earlier, this)| earlier == this)
                });
                if restated {
                    continue;
                }
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
        let (clusters, paired) = self.pair_residual_counts(clusters, &refs, &items, &w);
        let (clusters, paired) = self.split_rates(clusters, paired, &refs);
        for (cl, vouched) in clusters.iter().zip(paired) {
            let members: Vec<(usize, usize)> = cl.iter().map(|&i| (refs[i].0, refs[i].1)).collect();
            self.compare_figures(&members, &w, vouched, out);
        }
    }

    /// Counts that found no partner by wording: when two versions each have
    /// an unmatched count of the same thing — with values that can both be
    /// true, or for a casualty count about the same year and, where both name
    /// actors, a shared one — they report the same figure in other words (or a
    /// different toll for it) and are set side by side rather than each called
    /// an omission. Each pairs with its most similar candidate, only when the
    /// choice is mutual and not a tie; rounds repeat until nothing pairs, so
    /// that a third version can join a pair. Returns the clusters and, for
    /// each, whether it was formed here.
    fn pair_residual_counts(
        &self,
        mut clusters: Vec<Vec<usize>>,
        refs: &[(usize, usize, align::Token)],
        items: &[Item],
        weights: &Weights,
    ) -> (Vec<Vec<usize>>, Vec<bool>) {
        const MAX_RESIDUALS: usize = 64;
        let mut paired = vec![false; clusters.len()];
        let casualty = |key: align::Token| self.vocab.name(key).starts_with("casualty:");
        loop {
            let residual: Vec<usize> = (0..clusters.len())
                .filter(|&c| !clusters[c].is_empty() && clusters[c].len() < self.n())
                .take(MAX_RESIDUALS + 1)
                .collect();
            if residual.len() > MAX_RESIDUALS {
                break;
            }
            let cl = &clusters;
            let docs =
                |c: usize| -> BTreeSet<usize> { cl[c].iter().map(|&i| items[i].doc).collect() };
            let context = |c: usize, mark: char| -> BTreeSet<&str> {
                cl[c]
                    .iter()
                    .flat_map(|&i| items[i].tokens.iter().copied())
                    .map(|t| self.vocab.name(t))
                    .filter(|name| name.starts_with(mark))
                    .collect()
            };
            // A count told with no year is about the year it was published in.
            let years = |c: usize| -> BTreeSet<String> {
                let explicit = context(c, '#');
                if !explicit.is_empty() {
                    return explicit.into_iter().map(str::to_string).collect();
                }
                cl[c]
                    .iter()
                    .filter_map(|&i| self.an[items[i].doc].doc.date)
                    .map(|d| format!("#{}", d.year()))
                    .collect()
            };
            let first = |c: usize| refs[cl[c][0]];
            let related = |x: usize, y: usize| {
                let (ax, ay) = (context(x, '@'), context(y, '@'));
                let values_fit = self
                    .comparable((first(x).0, first(x).1), (first(y).0, first(y).1))
                    .is_some_and(|(vx, vy)| vx.intersects(&vy));
                docs(x).is_disjoint(&docs(y))
                    && ((first(x).2 == first(y).2
                        && (values_fit
                            || casualty(first(x).2)
                                && !years(x).is_disjoint(&years(y))
                                && (ax.is_empty() || ay.is_empty() || !ax.is_disjoint(&ay))))
                        || (values_fit && self.people_alike(first(x).2, first(y).2)))
            };
            let similarity = |x: usize, y: usize| -> f64 {
                cl[x]
                    .iter()
                    .take(3)
                    .flat_map(|&i| cl[y].iter().take(3).map(move |&j| (i, j)))
                    .map(|(i, j)| weights.similarity(&items[i].tokens, &items[j].tokens))
                    .fold(0.0, f64::max)
            };
            let best: BTreeMap<usize, usize> = residual
                .iter()
                .filter_map(|&x| {
                    let mut scored: Vec<(f64, usize)> = residual
                        .iter()
                        .copied()
                        .filter(|&y| y != x && related(x, y))
                        .map(|y| (similarity(x, y), y))
                        .collect();
                    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                    match scored.as_slice() {
                        [] => None,
                        [(_, y)] => Some((x, *y)),
                        [(s1, y), (s2, _), ..] => (s1 > s2).then_some((x, *y)),
                    }
                })
                .collect();
            let merged: Vec<(usize, usize)> = best
                .iter()
                .filter(|&(&x, &y)| x < y && best.get(&y) == Some(&x))
                .map(|(&x, &y)| (x, y))
                .collect();
            if merged.is_empty() {
                break;
            }
            for (x, y) in merged {
                let moved = std::mem::take(&mut clusters[y]);
                clusters[x].extend(moved);
                clusters[x].sort_unstable();
                paired[x] = true;
            }
        }
        let kept: Vec<(Vec<usize>, bool)> = clusters
            .into_iter()
            .zip(paired)
            .filter(|(c, _)| !c.is_empty())
            .collect();
        kept.into_iter().unzip()
    }

    /// "people" counted in one version, a noun for people in the other
    /// ("400 people on board" / "400 passengers"): maybe the same count.
    fn people_alike(&self, a: align::Token, b: align::Token) -> bool {
        let (Some(x), Some(y)) = (
            self.vocab.name(a).strip_prefix("count:"),
            self.vocab.name(b).strip_prefix("count:"),
        ) else {
            return false;
        };
        let p = people_nouns();
        (p.generic.contains(x) && p.specific.contains(y))
            || (p.generic.contains(y) && p.specific.contains(x))
    }

    pub(super) fn figure_label(f: &Figure) -> String {
        if f.is_share() {
            return shares::label(f);
        }
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

    /// Two figures count the same thing when their sentences align well, or
    /// when each is its version's only figure of that kind.
    fn same_count(&self, a: (usize, usize), b: (usize, usize), weights: &Weights) -> bool {
        let only = |(d, fi): (usize, usize)| {
            let key = self.figure_keys[d][fi];
            self.figure_keys[d].iter().filter(|k| **k == key).count() == 1
        };
        let tokens =
            |(d, fi): (usize, usize)| self.figure_claim[d][fi].map(|c| &self.claim_tokens[d][c]);
        let aligned = match (tokens(a), tokens(b)) {
            (Some(x), Some(y)) => weights.similarity(x, y) >= SAME_COUNT_SIMILARITY,
            _ => false,
        };
        aligned || only(a) && only(b)
    }

    /// How two figures of one count relate. A casualty count is ongoing: a
    /// later version that gives a higher figure updates it.
    /// `None` when they cannot be set side by side: two lengths of time the
    /// duration rules do not relate (a contract's and a sentence's).
    fn relate_figures(&self, a: (usize, usize), b: (usize, usize)) -> Option<Rel> {
        if self.both_lengths(a, b) {
            return self.relate_durations(a, b);
        }
        Some(self.relate_figures_as_numbers(a, b))
    }

    fn relate_figures_as_numbers(&self, a: (usize, usize), b: (usize, usize)) -> Rel {
        let (x, y) = (&self.an[a.0].figures[a.1], &self.an[b.0].figures[b.1]);
        if x.interval == y.interval && x.qualifier == y.qualifier {
            return Rel::Same;
        }
        let level = |f: &Figure| f.interval.low.value().unwrap_or(f.value);
        if x.category.is_some() {
            if let (Some(da), Some(db)) = (self.an[a.0].doc.date, self.an[b.0].doc.date) {
                let (early, late) = if da <= db { (x, y) } else { (y, x) };
                // The missing are found and the displaced go home: those counts
                // may fall. A toll of the dead or hurt only rises.
                let may_fall = matches!(x.category, Some(Casualty::Missing | Casualty::Displaced));
                if da != db
                    && (level(late) > level(early) || may_fall && level(late) != level(early))
                {
                    return Rel::Update;
                }
            }
        }
        if x.interval.intersects(&y.interval) {
            Rel::Compatible
        } else {
            Rel::Contradiction
        }
    }

    pub(super) fn compare_figures(
        &self,
        members: &[(usize, usize)],
        weights: &Weights,
        vouched: bool,
        out: &mut Vec<Finding>,
    ) {
        let fig = |m: (usize, usize)| &self.an[m.0].figures[m.1];
        let claim_of = |m: (usize, usize)| self.figure_claim[m.0][m.1].unwrap_or(0);
        let m0 = members[0];
        let label = self
            .duration_label(m0)
            .unwrap_or_else(|| Self::figure_label(fig(m0)));
        let category = if fig(m0).category.is_some() {
            Category::Casualty
        } else {
            Category::Number
        };
        let topic = format!("{label}: {}", self.claim_topic(m0.0, claim_of(m0)));
        let finding =
            |kind: Kind, category: Category, ms: &[(usize, usize)], explanation: String| Finding {
                kind,
                category,
                topic: topic.clone(),
                cites: ms
                    .iter()
                    .map(|&m| Cite {
                        doc: m.0,
                        claim: claim_of(m),
                    })
                    .collect(),
                values: ms.iter().map(|&m| (m.0, self.figure_wording(m))).collect(),
                explanation,
            };
        let shown = |m: (usize, usize)| {
            format!(
                "“{}” in {}",
                self.text(m.0, self.figure_wording(m)),
                self.name(m.0)
            )
        };

        if members.len() >= 2 {
            // Each member against the first and against the one before it:
            // linear in the number of versions, and every member is placed.
            let mut pairs: BTreeMap<Rel, BTreeSet<(usize, usize)>> = BTreeMap::new();
            for k in 1..members.len() {
                for prev in [members[0], members[k - 1]] {
                    let Some(rel) = self.relate_figures(prev, members[k]) else {
                        continue;
                    };
                    // Differing counts are set against each other only when they
                    // clearly count the same thing; otherwise not comparable.
                    if matches!(rel, Rel::Update | Rel::Contradiction)
                        && !vouched
                        && !self.same_count(prev, members[k], weights)
                    {
                        continue;
                    }
                    let set = pairs.entry(rel).or_default();
                    set.insert(prev);
                    set.insert(members[k]);
                }
            }
            if pairs.is_empty() {
                // Differing values not clearly of one count were set aside
                // above: nothing says they agree, so each is told on its own.
                for &m in members {
                    self.compare_figures(&[m], weights, vouched, out);
                }
                return;
            }
            let in_order = |set: &BTreeSet<(usize, usize)>| -> Vec<(usize, usize)> {
                let mut v: Vec<_> = set.iter().copied().collect();
                v.sort_by_key(|m| (self.an[m.0].doc.date, self.rank[m.0]));
                v
            };
            if pairs.keys().all(|r| *r == Rel::Same) {
                let names = self.names(members.iter().map(|m| m.0));
                let text = self.text(m0.0, self.figure_wording(m0));
                let explanation = self
                    .duration_text(Kind::Agreement, members)
                    .unwrap_or_else(|| format!("{names} agree: {text} ({label})."));
                out.push(finding(Kind::Agreement, category, members, explanation));
            }
            if let Some(set) = pairs.get(&Rel::Contradiction) {
                let ms = in_order(set);
                let list: Vec<String> = ms.iter().map(|&m| shown(m)).collect();
                let explanation =
                    self.duration_text(Kind::Contradiction, &ms)
                        .unwrap_or_else(|| {
                            format!(
                                "{} cannot all be true for the same count ({label}).",
                                list.join(" and ")
                            )
                        });
                out.push(finding(Kind::Contradiction, category, &ms, explanation));
            }
            if let Some(set) = pairs.get(&Rel::Update) {
                let ms = in_order(set);
                let steps: Vec<String> = ms
                    .iter()
                    .map(|&m| {
                        let date = self.an[m.0]
                            .doc
                            .date
                            .map(|d| format!(", {d}"))
                            .unwrap_or_default();
                        format!(
                            "“{}” ({}{date})",
                            self.text(m.0, self.figure_wording(m)),
                            self.name(m.0)
                        )
                    })
                    .collect();
                let explanation = match self.duration_label(ms[0]) {
                    Some(_) => format!("The length grows as the story develops: {}; a later version counts the time that has passed since.", steps.join(" → ")),
                    None => format!("The count rises as the story develops: {}; a later version revises an ongoing toll.", steps.join(" → ")),
                };
                out.push(finding(Kind::Update, category, &ms, explanation));
            }
            if let Some(set) = pairs.get(&Rel::Compatible) {
                let ms = in_order(set);
                let explanation = self
                    .duration_text(Kind::Compatible, &ms)
                    .unwrap_or_else(|| format!(
                    "{} can all be true, but they are different figures — check which count is current and who gives it.",
                    self.figures_with_sources(&ms)
                ));
                out.push(finding(Kind::Compatible, category, &ms, explanation));
            }
            // The same figure credited to sources that have nothing in common.
            // The same figure credited to sources that have nothing in common;
            // only claims that report it on someone's word are compared.
            let same = pairs.keys().all(|r| *r == Rel::Same);
            let reported: Vec<(usize, usize)> = members
                .iter()
                .copied()
                .filter(|&m| self.an[m.0].claims[claim_of(m)].modality == Modality::Reported)
                .collect();
            // Only for tolls: an offer's length or a sum said by a club, its
            // agent and a newspaper is one figure told by all three.
            let sources = if same && category == Category::Casualty {
                self.differing_sources(&reported)
            } else {
                Vec::new()
            };
            if !sources.is_empty() {
                let sourced: Vec<(usize, usize)> = reported
                    .iter()
                    .copied()
                    .filter(|&m| self.an[m.0].claims[claim_of(m)].source.is_some())
                    .collect();
                let mut f = finding(
                    Kind::Contradiction,
                    Category::Attribution,
                    &sourced,
                    format!(
                        "The versions credit this figure ({label}) to different sources: {}.",
                        sources.join("; ")
                    ),
                );
                f.values = sourced
                    .iter()
                    .filter_map(|&m| {
                        self.an[m.0].claims[claim_of(m)]
                            .source
                            .as_ref()
                            .map(|s| (m.0, s.span))
                    })
                    .collect();
                out.push(f);
            }
        }
        if self.n() >= 2 && members.len() < self.n() {
            let stating: BTreeSet<usize> = members.iter().map(|m| m.0).collect();
            let missing: Vec<usize> = (0..self.n()).filter(|d| !stating.contains(d)).collect();
            let explanation = format!(
                "Only {} {} this figure ({}); {} not.",
                self.names(stating.iter().copied()),
                if stating.len() == 1 { "gives" } else { "give" },
                self.text(m0.0, self.figure_wording(m0)),
                self.absent(&missing),
            );
            out.push(finding(Kind::Omission, category, members, explanation));
        }
    }

    /// Sources of the members' claims that share no word with each other
    /// ("police" and "hospital officials"), as "who (versions)". Sources that
    /// share a word ("the coast guard", "Hellenic Coast Guard") count as one.
    pub(super) fn differing_sources(&self, members: &[(usize, usize)]) -> Vec<String> {
        let mut groups: Vec<(BTreeSet<String>, String, Vec<usize>)> = Vec::new();
        for &(d, fi) in members {
            let c = self.figure_claim[d][fi].unwrap_or(0);
            let Some(s) = self.an[d].claims.get(c).and_then(|c| c.source.as_ref()) else {
                continue;
            };
            let text = self.text(d, s.span);
            // "their union", "he": who that is cannot be compared.
            let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
            if matches!(
                first.as_str(),
                "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their" | "we" | "our"
            ) {
                continue;
            }
            let mut words: BTreeSet<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter_map(align::concept)
                .collect();
            if let Some(canon) = &s.canonical {
                words.extend(
                    canon
                        .split(|c: char| !c.is_alphanumeric())
                        .filter_map(align::concept),
                );
            }
            match groups.iter_mut().find(|g| !g.0.is_disjoint(&words)) {
                Some(g) => {
                    g.0.extend(words);
                    g.2.push(d);
                }
                None => groups.push((
                    words,
                    s.canonical.clone().unwrap_or_else(|| text.to_string()),
                    vec![d],
                )),
            }
        }
        if groups.len() < 2 {
            return Vec::new();
        }
        groups
            .into_iter()
            .map(|(_, who, ds)| format!("{who} ({})", self.names(ds)))
            .collect()
    }

    /// "“more than 1,000” (000, 001; unattributed) and “at least 657” (002;
    /// according to HRANA)": each distinct wording with its interval, the
    /// versions that give it and who they credit.
    fn figures_with_sources(&self, ms: &[(usize, usize)]) -> String {
        let mut groups: Vec<(String, Vec<usize>, BTreeSet<String>, String)> = Vec::new();
        for &(d, fi) in ms {
            let f = &self.an[d].figures[fi];
            let text = self.text(d, f.span).to_string();
            let who = self.figure_claim[d][fi]
                .and_then(|c| self.an[d].claims[c].source.as_ref())
                .map(|s| {
                    s.canonical
                        .clone()
                        .unwrap_or_else(|| self.text(d, s.span).to_string())
                });
            let key = text.to_lowercase();
            let slot = match groups.iter().position(|g| g.0.to_lowercase() == key) {
                Some(i) => i,
                None => {
                    groups.push((
                        text,
                        Vec::new(),
                        BTreeSet::new(),
                        interval_text(&f.interval),
                    ));
                    groups.len() - 1
                }
            };
            groups[slot].1.push(d);
            groups[slot].2.insert(who.map_or_else(
                || "unattributed".to_string(),
                |w| format!("according to {w}"),
            ));
        }
        let parts: Vec<String> = groups
            .into_iter()
            .map(|(text, ds, who, interval)| {
                let who: Vec<String> = who.into_iter().collect();
                format!(
                    "“{text}” {interval} ({}; {})",
                    self.names(ds),
                    who.join(", ")
                )
            })
            .collect();
        match parts.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => parts.join(""),
        }
    }
}

/// How similar the sentences of two differing figures must be for the
/// figures to be set against each other (when neither is its version's only
/// figure of that kind).
const SAME_COUNT_SIMILARITY: f64 = 0.3;

/// Stemmed nouns for people from `data/claims/people.txt`: the generic ones
/// ("people") and the specific ones ("passengers").
struct PeopleNouns {
    generic: BTreeSet<String>,
    specific: BTreeSet<String>,
}

fn people_nouns() -> &'static PeopleNouns {
    static P: std::sync::OnceLock<PeopleNouns> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut p = PeopleNouns {
            generic: BTreeSet::new(),
            specific: BTreeSet::new(),
        };
        for w in crate::table::words(include_str!("../../data/claims/people.txt")) {
            match w.strip_prefix('*') {
                Some(g) => p.generic.insert(align::stem(g)),
                None => p.specific.insert(align::stem(&w)),
            };
        }
        p
    })
}

/// Count nouns that say little on their own: the word before them names what
/// is counted ("crew members", "family members").
const GENERIC_HEADS: &[&str] = &["members", "member", "personnel", "individuals"];
