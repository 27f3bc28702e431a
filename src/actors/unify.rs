//! Cross-document unification: one canonical name and one kind per
//! real-world actor across all the articles of a run, in two steps: a compact
//! table learnt from every document's mentions ([`Names`]), then applied to
//! each document ([`NameTable`]), so a run need not hold every document at
//! once.

use super::*;

/// For every name key, the form to print: the gazetteer's canonical name if it
/// has one, else a form not all in capitals (a dateline's "CAPE TOWN" is no
/// spelling of its own), then the one with most diacritics, then the
/// longest, then the lexicographically smallest — independent of input order.
pub(super) fn representatives<'a>(
    lex: &Lexicon,
    names: impl Iterator<Item = &'a str>,
) -> HashMap<String, String> {
    let mut reps: HashMap<String, String> = HashMap::new();
    for n in names {
        let k = key(n);
        if let Some(&e) = lex.canonical_keys.get(&k) {
            reps.insert(k, lex.entries[e].canonical.clone());
            continue;
        }
        let better = match reps.get(&k) {
            None => true,
            Some(old) => {
                if lex.canonical_keys.contains_key(&k) {
                    false
                } else {
                    spelling_rank(n) > spelling_rank(old)
                }
            }
        };
        if better {
            reps.insert(k, n.to_string());
        }
    }
    reps
}

/// How good a spelling of a name is, best greatest (see [`representatives`]).
fn spelling_rank(n: &str) -> (bool, usize, usize, std::cmp::Reverse<&str>) {
    let cased = n.chars().any(char::is_lowercase);
    (cased, diacritics(n), n.len(), std::cmp::Reverse(n))
}

/// Makes canonical names agree across the documents of one run.
/// `mentions[i]` belongs to `docs[i]`.
///
/// Equivalences learned in one document carry over to the others: a surface
/// form resolved to a different name (a defined acronym, a stated alias, a
/// short form) maps that form everywhere, unless the run resolves it to two
/// different names; a bare surname or short name joins the one full name in
/// the run that ends with it, and stays apart when several do.
///
/// The same as learning every document into one [`Names`] and applying its
/// [`NameTable`] to each: a caller that cannot hold every document's
/// mentions at once (a streaming `extract`) does the two steps itself.
pub fn unify(docs: &[&Document], mentions: &mut [Vec<ActorMention>]) {
    let mut names = Names::default();
    for (d, ms) in docs.iter().zip(mentions.iter()) {
        names.learn(d, ms);
    }
    let table = names.table();
    for ms in mentions.iter_mut() {
        table.apply(ms);
    }
}

/// Kinds that take names learnt in other documents (aliases, surnames).
fn personish(k: ActorKind) -> bool {
    matches!(
        k,
        ActorKind::Person | ActorKind::Organization | ActorKind::Group
    )
}

/// What unification needs to know of a run's actor mentions, learnt one
/// document at a time: distinct names with their counts, and the surface
/// forms resolved to another name. Its size grows with the distinct names of
/// the run, not with its text. Learning is order-free: documents learnt (or
/// merged) in any order give the same table.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// Canonical name as found in its document -> kind -> mentions.
    counts: BTreeMap<String, BTreeMap<ActorKind, usize>>,
    /// Surface key -> canonical keys it was resolved to.
    edges: BTreeMap<String, BTreeSet<String>>,
}

impl Names {
    /// Learns one document's mentions (as [`super::find`] gives them).
    pub fn learn(&mut self, doc: &Document, mentions: &[ActorMention]) {
        for m in mentions {
            *self
                .counts
                .entry(m.canonical.clone())
                .or_default()
                .entry(m.kind)
                .or_default() += 1;
            if !personish(m.kind) {
                continue;
            }
            let ck = key(&m.canonical);
            let sk = key(doc.text.get(m.span.start..m.span.end).unwrap_or(""));
            if sk.is_empty() || sk == ck {
                continue;
            }
            let sw: Vec<&str> = sk.split(' ').collect();
            let cw: Vec<&str> = ck.split(' ').collect();
            if m.kind == ActorKind::Person && cw.ends_with(&sw) {
                // a short form: handled by the surname rule, which checks ambiguity run-wide
                continue;
            }
            self.edges.entry(sk).or_default().insert(ck);
        }
    }

    /// Adds what another learner learnt.
    pub fn merge(&mut self, other: Names) {
        for (name, kinds) in other.counts {
            let mine = self.counts.entry(name).or_default();
            for (kind, n) in kinds {
                *mine.entry(kind).or_default() += n;
            }
        }
        for (sk, cks) in other.edges {
            self.edges.entry(sk).or_default().extend(cks);
        }
    }

    /// The name and kind every (name, kind) learnt takes in the run.
    pub fn table(&self) -> NameTable {
        let lex = lexicon();
        let mut persons: BTreeSet<String> = BTreeSet::new();
        let mut written: HashMap<String, usize> = HashMap::new();
        for (name, kinds) in &self.counts {
            let ck = key(name);
            if kinds.contains_key(&ActorKind::Person) && ck.split(' ').count() >= 2 {
                persons.insert(ck.clone());
            }
            *written.entry(ck).or_default() += kinds.values().sum::<usize>();
        }
        let index = suffix_index(persons.iter().map(String::as_str));
        let spelled = spelling::groups(
            persons
                .iter()
                .map(|p| (p.as_str(), written.get(p).copied().unwrap_or(0))),
        );
        let reps = representatives(lex, self.counts.keys().map(String::as_str));
        let resolve = |ck: &str, kind: ActorKind| -> String {
            let mut cur = ck.to_string();
            for _ in 0..4 {
                if let Some(t) = self.edges.get(&cur) {
                    if t.len() == 1 {
                        if let Some(n) = t.iter().next() {
                            if *n != cur {
                                cur = n.clone();
                                continue;
                            }
                        }
                    }
                }
                break;
            }
            if kind == ActorKind::Person {
                if let Some(m) = index.get(&cur) {
                    if m.len() == 1 {
                        if let Some(full) = m.keys().next() {
                            cur = full.clone();
                        }
                    }
                }
            }
            cur
        };
        let mut names: HashMap<String, Vec<(ActorKind, String, ActorKind)>> = HashMap::new();
        for (name, kinds) in &self.counts {
            for &kind in kinds.keys() {
                let ck = key(name);
                let mut gk = if personish(kind) {
                    resolve(&ck, kind)
                } else {
                    ck
                };
                if kind == ActorKind::Person {
                    if let Some(v) = spelled.get(&gk) {
                        gk = v.clone(); // "Zelenskiy" where another outlet writes "Zelenskyy"
                    }
                }
                let canonical = reps.get(&gk).unwrap_or(name).clone();
                names
                    .entry(name.clone())
                    .or_default()
                    .push((kind, canonical, kind));
            }
        }
        agree_on_kinds(&self.counts, &mut names);
        NameTable { names }
    }
}

/// How the run names each (name, kind) a document found: built by
/// [`Names::table`], applied to each document's mentions in turn.
#[derive(Clone, Debug, Default)]
pub struct NameTable {
    /// Name as found -> (kind as found, name and kind in the run).
    names: HashMap<String, Vec<(ActorKind, String, ActorKind)>>,
}

impl NameTable {
    /// Gives a document's mentions their run-wide names and kinds. A
    /// mention the table never learnt keeps its own.
    pub fn apply(&self, mentions: &mut [ActorMention]) {
        for m in mentions {
            let Some(forms) = self.names.get(&m.canonical) else {
                continue;
            };
            if let Some((_, name, kind)) = forms.iter().find(|(k, _, _)| *k == m.kind) {
                m.canonical.clone_from(name);
                m.kind = *kind;
            }
        }
    }
}

/// One actor, one kind. A name merged with another keeps the kind it was
/// guessed with in its own document ("MoH claimed" reads as a person until
/// the run learns MoH is the Ministry of Health): every mention of a
/// canonical name takes the kind most of its mentions have, where a person
/// counts only when nothing else was found, since person is the guess for
/// any unknown name that speaks. Ties go to the first kind in declaration
/// order, so the result does not depend on document order.
///
/// `counts` are the mentions of each (name, kind) as found, `names` their
/// run-wide names so far, whose kinds this settles.
fn agree_on_kinds(
    counts: &BTreeMap<String, BTreeMap<ActorKind, usize>>,
    names: &mut HashMap<String, Vec<(ActorKind, String, ActorKind)>>,
) {
    let mut by_name: HashMap<&str, BTreeMap<ActorKind, usize>> = HashMap::new();
    for (name, kinds) in counts {
        for (kind, canonical, _) in &names[name] {
            *by_name
                .entry(canonical.as_str())
                .or_default()
                .entry(*kind)
                .or_default() += kinds[kind];
        }
    }
    let chosen: HashMap<String, ActorKind> = by_name
        .into_iter()
        .filter(|(_, k)| k.len() > 1)
        .map(|(name, k)| {
            let best = k
                .iter()
                .filter(|(kind, _)| **kind != ActorKind::Person)
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map_or(ActorKind::Person, |(kind, _)| *kind);
            (name.to_string(), best)
        })
        .collect();
    for (_, canonical, kind) in names.values_mut().flatten() {
        if let Some(&k) = chosen.get(canonical.as_str()) {
            *kind = k;
        }
    }
}
