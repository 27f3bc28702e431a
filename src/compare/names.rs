//! Named things: members of a list that a version leaves out, people and
//! organizations only some versions name, and one actor under several names.

use super::*;

use std::collections::HashSet;

use aho_corasick::AhoCorasick;

/// Versions named one by one in an omission's explanation; more are counted.
const FEW: usize = 3;

/// Where a set of words occurs as whole words, in every version: one
/// Aho-Corasick pass over each text for all the words at once.
struct WordIndex<'w> {
    ids: HashMap<&'w str, usize>,
    /// (version, word id) for every word found whole in the version.
    found: HashSet<(usize, usize)>,
}

impl<'w> WordIndex<'w> {
    fn new<T: AsRef<str>>(words: Vec<&'w str>, texts: impl Iterator<Item = T>) -> Self {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut patterns: Vec<&str> = Vec::new();
        for w in words {
            if !w.is_empty() && !ids.contains_key(w) {
                ids.insert(w, patterns.len());
                patterns.push(w);
            }
        }
        let mut found = HashSet::new();
        if !patterns.is_empty() {
            let ac = AhoCorasick::new(&patterns).expect("patterns of plain text");
            for (d, text) in texts.enumerate() {
                let text = text.as_ref();
                for m in ac.find_overlapping_iter(text) {
                    let id = m.pattern().as_usize();
                    if found.contains(&(d, id)) {
                        continue;
                    }
                    // The same test as `words::contains_word`: no letter or
                    // digit on either side.
                    let before = text[..m.start()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let after = text[m.end()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    if before && after {
                        found.insert((d, id));
                    }
                }
            }
        }
        WordIndex { ids, found }
    }

    /// Does version `d` hold `word` as a whole word?
    fn contains(&self, d: usize, word: &str) -> bool {
        self.ids
            .get(word)
            .is_some_and(|&id| self.found.contains(&(d, id)))
    }
}

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
        // the most members (at least two). The groups sharing a member are
        // found through an index of their first lists' members, not by
        // trying every group.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut group_docs: HashSet<(usize, usize)> = HashSet::new(); // (group, doc)
        let mut by_member: HashMap<&str, Vec<usize>> = HashMap::new();
        for (li, l) in lists.iter().enumerate() {
            let mine = canon(l);
            let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
            for m in &mine {
                for &gi in by_member.get(m).into_iter().flatten() {
                    *shared.entry(gi).or_default() += 1;
                }
            }
            let best = shared
                .into_iter()
                .filter(|&(gi, _)| !group_docs.contains(&(gi, l.doc)))
                .filter(|&(_, n)| n >= 2)
                .max_by_key(|&(gi, n)| (n, usize::MAX - gi));
            let gi = match best {
                Some((gi, _)) => {
                    groups[gi].push(li);
                    gi
                }
                None => {
                    for m in mine {
                        by_member.entry(m).or_default().push(groups.len());
                    }
                    groups.push(vec![li]);
                    groups.len() - 1
                }
            };
            group_docs.insert((gi, l.doc));
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
                let stating: BTreeSet<usize> = stated.iter().map(|s| s.0).collect();
                // Left out: the version's list lacks it and so does the rest of its sentence.
                let leaving: Vec<&List> = g
                    .iter()
                    .map(|&li| &lists[li])
                    .filter(|l| !stating.contains(&l.doc))
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
                    explanation: {
                        // The lists that leave it out are shown when few; past
                        // that, counted, so that the explanation grows with the
                        // versions that name the member, not with every version.
                        let shown: Vec<String> = leaving
                            .iter()
                            .take(FEW)
                            .map(|l| {
                                format!(
                                    "the list in {} (“{}”)",
                                    self.name(l.doc),
                                    self.text(l.doc, l.span)
                                )
                            })
                            .collect();
                        let more = match leaving.len().saturating_sub(FEW) {
                            0 => String::new(),
                            k => format!(" and the lists of {k} other versions"),
                        };
                        format!(
                            "{} left out of {}{more}: named in {}.",
                            name,
                            shown.join(", "),
                            self.names(stating.iter().copied())
                        )
                    },
                });
            }
        }
    }

    /// The last two words of a name, lower-cased: "coast guard" of
    /// "Hellenic Coast Guard".
    fn head_of(name: &str) -> String {
        let words: Vec<&str> = name.split_whitespace().collect();
        words[words.len().saturating_sub(2)..]
            .join(" ")
            .to_lowercase()
    }

    /// The names the versions show to be a person's, not only written like
    /// one ("San Diego" and "Wells Fargo" may be read as names): some version
    /// gives it a title or role, an age or a fate, or has it speak.
    ///
    /// Gathered in one pass over every version: asking each name of every
    /// version in turn made the comparison of many versions grow with the
    /// square of their number.
    fn evident_people(&self) -> HashSet<&str> {
        let mut out = HashSet::new();
        for a in self.an {
            out.extend(
                a.actors
                    .iter()
                    .filter(|m| m.role.is_some())
                    .map(|m| m.canonical.as_str()),
            );
            out.extend(
                a.facts
                    .people
                    .iter()
                    .filter(|p| p.age.is_some() || !p.roles.is_empty() || !p.fates.is_empty())
                    .map(|p| p.name.as_str()),
            );
            out.extend(a.quotes.iter().filter_map(|q| q.speaker.as_deref()));
            out.extend(
                a.attributions
                    .iter()
                    .filter_map(|t| t.source.as_ref()?.canonical.as_deref()),
            );
        }
        out
    }

    /// The ways a set of mentions write a name, each once, quoted.
    fn written_forms(&self, values: &[(usize, Span)]) -> String {
        let forms: BTreeSet<&str> = values.iter().map(|&(d, s)| self.text(d, s)).collect();
        forms
            .iter()
            .map(|f| format!("“{f}”"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The versions that do not state a fact, for an omission's explanation,
    /// with the verb's auxiliary: "002 does", "001, 002 do", or past a few,
    /// "the 1,997 other versions do". An explanation thus grows with the
    /// versions that state the fact, not with every version that does not.
    pub(super) fn absent(&self, missing: &[usize]) -> String {
        match missing.len() {
            1 => format!("{} does", self.names(missing.iter().copied())),
            n if n <= FEW => format!("{} do", self.names(missing.iter().copied())),
            n => format!("the {n} other versions do"),
        }
    }

    /// People and organizations named in some versions only, and actors that
    /// the versions name differently but resolve to one.
    pub(super) fn actor_findings(&self, out: &mut Vec<Finding>) {
        if self.n() < 2 {
            return;
        }
        // canonical -> per doc: first mention index; and every mention of it.
        let mut named: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
        let mut mentions: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        let mut kinds: HashMap<&str, ActorKind> = HashMap::new();
        // made at the first person named in some versions only
        let evident = std::cell::OnceCell::new();
        for &d in self.order {
            for (i, m) in self.an[d].actors.iter().enumerate() {
                named
                    .entry(m.canonical.as_str())
                    .or_default()
                    .entry(d)
                    .or_insert(i);
                mentions
                    .entry(m.canonical.as_str())
                    .or_default()
                    .push((d, i));
                kinds.entry(m.canonical.as_str()).or_insert(m.kind);
            }
        }
        // The claim holding a mention (the first that contains it), by binary
        // search over each version's claims (sentences, in text order and
        // apart) instead of a scan per name.
        let in_order: Vec<bool> = self
            .an
            .iter()
            .map(|a| {
                a.claims
                    .windows(2)
                    .all(|w| w[0].span.end <= w[1].span.start)
            })
            .collect();
        let claim_of = |d: usize, i: usize| -> Option<usize> {
            let s = self.an[d].actors[i].span;
            let claims = &self.an[d].claims;
            if !in_order[d] {
                return claims.iter().position(|c| c.span.contains(s));
            }
            let after = claims.partition_point(|c| c.span.start <= s.start);
            after.checked_sub(1).filter(|&c| claims[c].span.contains(s))
        };
        // Which names a version writes without naming the actor (a mention the
        // recognizer missed), found in one pass over each text for all names
        // rather than one pass per name.
        let omissible = |name: &str, per_doc: &BTreeMap<usize, usize>| {
            per_doc.len() < self.n()
                && matches!(
                    kinds[name],
                    ActorKind::Person | ActorKind::Organization | ActorKind::Group
                )
        };
        let mut forms: Vec<&str> = Vec::new();
        let mut heads: Vec<String> = Vec::new();
        for (&name, per_doc) in &named {
            if !omissible(name, per_doc) {
                continue;
            }
            for &(d, i) in &mentions[name] {
                forms.push(self.text(d, self.an[d].actors[i].span));
            }
            heads.push(Self::head_of(name));
        }
        let written_in = WordIndex::new(forms, self.an.iter().map(|a| a.doc.text.as_str()));
        let head_in = WordIndex::new(
            heads.iter().map(String::as_str).collect(),
            self.an.iter().map(|a| a.doc.text.to_lowercase()),
        );
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
            let missing: Vec<usize> = if omissible(name, &per_doc) {
                let written: BTreeSet<&str> = mentions[name]
                    .iter()
                    .map(|&(d, i)| self.text(d, self.an[d].actors[i].span))
                    .collect();
                let head = Self::head_of(name);
                (0..self.n())
                    .filter(|d| !per_doc.contains_key(d))
                    .filter(|&d| !written.iter().any(|w| written_in.contains(d, w)))
                    // "the coast guard" for "Hellenic Coast Guard": the head of a
                    // long organization name, in any case, names it too.
                    .filter(|&d| {
                        kind == ActorKind::Person
                            || name.split_whitespace().count() < 3
                            || !head_in.contains(d, &head)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            if !missing.is_empty()
                && per_doc.len() < self.n()
                && matches!(
                    kind,
                    ActorKind::Person | ActorKind::Organization | ActorKind::Group
                )
            {
                // The versions that do name a person agree on who they are
                // (a name and title written the same, or spelt two ways and
                // resolved to one), whatever the others leave out.
                if kind == ActorKind::Person
                    && per_doc.len() >= 2
                    && evident.get_or_init(|| self.evident_people()).contains(name)
                {
                    out.push(Finding {
                        kind: Kind::Agreement,
                        category: Category::Actor,
                        topic: format!("name of {name}"),
                        cites: cites.clone(),
                        values: values.clone(),
                        explanation: format!(
                            "{} name one person: {}.",
                            self.names(per_doc.keys().copied()),
                            self.written_forms(&values)
                        ),
                    });
                }
                out.push(Finding {
                    kind: Kind::Omission,
                    category: Category::Actor,
                    topic: format!("{name} ({})", crate::model::wire_name(&kind)),
                    cites,
                    values,
                    explanation: format!(
                        "{name} is named only in {}; {} not name them.",
                        self.names(per_doc.keys().copied()),
                        self.absent(&missing),
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
                for &(d, i) in &mentions[name] {
                    forms.insert(form(d, self.an[d].actors[i].span).to_string());
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
