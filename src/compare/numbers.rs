//! Figures aligned across versions by what they count: agreement, compatible
//! intervals, a rising toll (update), disjoint values (contradiction), a
//! figure only some versions give (omission).

use super::*;

impl Cx<'_> {
    /// What a figure counts, for alignment: the casualty category, or the
    /// counted noun's last word, or the unit.
    pub(super) fn figure_key(f: &Figure) -> Option<String> {
        if let Some(c) = f.category {
            return Some(format!("casualty:{}", c.as_str()));
        }
        if let Some(counts) = &f.counts {
            let head = counts.split_whitespace().last()?;
            return Some(format!("count:{}", align::stem(head)));
        }
        f.unit.as_ref().map(|u| format!("unit:{u}"))
    }

    pub(super) fn figure_findings(&self, out: &mut Vec<Finding>) {
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
        let clusters = self.pair_residual_counts(clusters, &refs, &items);
        for cl in clusters {
            let members: Vec<(usize, usize)> = cl.iter().map(|&i| (refs[i].0, refs[i].1)).collect();
            self.compare_figures(&members, out);
        }
    }

    /// Casualty counts that found no partner by wording: when two versions
    /// each have exactly one unmatched count of the same kind, about the same
    /// year and a shared actor, they report the same toll in other words (or a
    /// different toll for it) and are set side by side rather than each called
    /// an omission. Anything less certain is left unpaired.
    fn pair_residual_counts(
        &self,
        mut clusters: Vec<Vec<usize>>,
        refs: &[(usize, usize, align::Token)],
        items: &[Item],
    ) -> Vec<Vec<usize>> {
        const MAX_RESIDUALS: usize = 64;
        let casualty = |c: &Vec<usize>| self.vocab.name(refs[c[0]].2).starts_with("casualty:");
        let residual: Vec<usize> = (0..clusters.len())
            .filter(|&c| casualty(&clusters[c]) && clusters[c].len() < self.n())
            .take(MAX_RESIDUALS + 1)
            .collect();
        if residual.len() > MAX_RESIDUALS {
            return clusters;
        }
        let docs =
            |c: usize| -> BTreeSet<usize> { clusters[c].iter().map(|&i| items[i].doc).collect() };
        let context = |c: usize, mark: char| -> BTreeSet<align::Token> {
            clusters[c]
                .iter()
                .flat_map(|&i| items[i].tokens.iter().copied())
                .filter(|&t| self.vocab.name(t).starts_with(mark))
                .collect()
        };
        let related = |x: usize, y: usize| {
            refs[clusters[x][0]].2 == refs[clusters[y][0]].2
                && docs(x).is_disjoint(&docs(y))
                && !context(x, '#').is_disjoint(&context(y, '#'))
                && !context(x, '@').is_disjoint(&context(y, '@'))
        };
        let partners: Vec<Vec<usize>> = residual
            .iter()
            .map(|&x| {
                residual
                    .iter()
                    .copied()
                    .filter(|&y| y != x && related(x, y))
                    .collect()
            })
            .collect();
        let mut merged = Vec::new();
        for (k, &x) in residual.iter().enumerate() {
            if let [y] = partners[k][..] {
                let ky = residual.iter().position(|&r| r == y).unwrap_or(k);
                if x < y && partners[ky] == [x] {
                    merged.push((x, y));
                }
            }
        }
        for &(x, y) in &merged {
            let moved = std::mem::take(&mut clusters[y]);
            clusters[x].extend(moved);
            clusters[x].sort_unstable();
        }
        clusters.retain(|c| !c.is_empty());
        clusters
    }

    pub(super) fn figure_label(f: &Figure) -> String {
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

    pub(super) fn compare_figures(&self, members: &[(usize, usize)], out: &mut Vec<Finding>) {
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
    pub(super) fn figure_sources(&self, members: &[(usize, usize)]) -> Vec<String> {
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
    pub(super) fn rising_count(&self, members: &[(usize, usize)]) -> Option<String> {
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
}
