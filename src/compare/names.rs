//! Named things: members of a list that a version leaves out, people and
//! organizations only some versions name, and one actor under several names.

use super::*;

impl Cx<'_> {
    /// Lists of three or more named places or actors, aligned across versions
    /// by their shared members; a member one version leaves out is an omission.
    pub(super) fn list_findings(&self, out: &mut Vec<Finding>) {
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
                        // A mention inside the previous one ("Mexico" in "Mexico's
                        // ministries") is not a further list member.
                        if a.actors[i].span.start < a.actors[p].span.end {
                            continue;
                        }
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
    pub(super) fn actor_findings(&self, out: &mut Vec<Finding>) {
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
            // A version that does not name the actor as such may still carry the
            // name in its text (a mention the recognizer missed): not an omission.
            let written: BTreeSet<&str> = per_doc
                .iter()
                .flat_map(|(&d, _)| {
                    self.an[d]
                        .actors
                        .iter()
                        .filter(|m| m.canonical == name)
                        .map(move |m| self.text(d, m.span))
                })
                .collect();
            let missing: Vec<usize> = (0..self.n())
                .filter(|d| !per_doc.contains_key(d))
                .filter(|&d| {
                    !written
                        .iter()
                        .any(|w| crate::words::contains_word(&self.an[d].doc.text, w))
                })
                // "the coast guard" for "Hellenic Coast Guard": the head of a
                // long organization name, in any case, names it too.
                .filter(|&d| {
                    let words: Vec<&str> = name.split_whitespace().collect();
                    let head = words[words.len().saturating_sub(2)..]
                        .join(" ")
                        .to_lowercase();
                    kind == ActorKind::Person
                        || words.len() < 3
                        || !crate::words::contains_word(&self.an[d].doc.text.to_lowercase(), &head)
                })
                .collect();
            if !missing.is_empty()
                && per_doc.len() < self.n()
                && matches!(
                    kind,
                    ActorKind::Person | ActorKind::Organization | ActorKind::Group
                )
            {
                out.push(Finding {
                    kind: Kind::Omission,
                    category: Category::Actor,
                    topic: format!("{name} ({})", crate::model::wire_name(&kind)),
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
                // A place with and without its type ("Aurora province", "Aurora")
                // is one spelling: saying so would only add noise.
                let form = |d: usize, s: Span| {
                    let t = self.text(d, s);
                    if kind == ActorKind::Place {
                        crate::actors::without_place_head(t)
                    } else {
                        t
                    }
                };
                let mut forms: BTreeSet<String> = BTreeSet::new();
                for &d in per_doc.keys() {
                    for m in self.an[d].actors.iter().filter(|m| m.canonical == name) {
                        forms.insert(form(d, m.span).to_string());
                    }
                }
                let firsts: BTreeSet<&str> = values.iter().map(|&(d, s)| form(d, s)).collect();
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
}
