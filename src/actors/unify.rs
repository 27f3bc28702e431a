//! Cross-document unification: one canonical name and one kind per
//! real-world actor across all the articles of a run.

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
pub fn unify(docs: &[&Document], mentions: &mut [Vec<ActorMention>]) {
    let lex = lexicon();
    let personish = |k: ActorKind| {
        matches!(
            k,
            ActorKind::Person | ActorKind::Organization | ActorKind::Group
        )
    };
    // surface key -> canonical keys it was resolved to
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut persons: BTreeSet<String> = BTreeSet::new();
    let mut all_names: Vec<String> = Vec::new();
    for (d, ms) in docs.iter().zip(mentions.iter()) {
        for m in ms {
            all_names.push(m.canonical.clone());
            let ck = key(&m.canonical);
            if m.kind == ActorKind::Person && ck.split(' ').count() >= 2 {
                persons.insert(ck.clone());
            }
            if !personish(m.kind) {
                continue;
            }
            let sk = key(d.text.get(m.span.start..m.span.end).unwrap_or(""));
            if sk.is_empty() || sk == ck {
                continue;
            }
            let sw: Vec<&str> = sk.split(' ').collect();
            let cw: Vec<&str> = ck.split(' ').collect();
            if m.kind == ActorKind::Person && cw.ends_with(&sw) {
                // a short form: handled by the surname rule, which checks ambiguity run-wide
                continue;
            }
            edges.entry(sk).or_default().insert(ck);
        }
    }
    let index = suffix_index(persons.iter().map(String::as_str));
    let mut written: HashMap<String, usize> = HashMap::new();
    for n in &all_names {
        *written.entry(key(n)).or_default() += 1;
    }
    let spelled = spelling::groups(
        persons
            .iter()
            .map(|p| (p.as_str(), written.get(p).copied().unwrap_or(0))),
    );
    let reps = representatives(lex, all_names.iter().map(String::as_str));
    let resolve = |ck: &str, kind: ActorKind| -> String {
        let mut cur = ck.to_string();
        for _ in 0..4 {
            if let Some(t) = edges.get(&cur) {
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
    for ms in mentions.iter_mut() {
        for m in ms.iter_mut() {
            let ck = key(&m.canonical);
            let mut gk = if personish(m.kind) {
                resolve(&ck, m.kind)
            } else {
                ck
            };
            if m.kind == ActorKind::Person {
                if let Some(v) = spelled.get(&gk) {
                    gk = v.clone(); // "Zelenskiy" where another outlet writes "Zelenskyy"
                }
            }
            if let Some(r) = reps.get(&gk) {
                m.canonical = r.clone();
            }
        }
    }
    agree_on_kinds(mentions);
}

/// One actor, one kind. A name merged with another keeps the kind it was
/// guessed with in its own document ("MoH claimed" reads as a person until
/// the run learns MoH is the Ministry of Health): every mention of a
/// canonical name takes the kind most of its mentions have, where a person
/// counts only when nothing else was found, since person is the guess for
/// any unknown name that speaks. Ties go to the first kind in declaration
/// order, so the result does not depend on document order.
fn agree_on_kinds(mentions: &mut [Vec<ActorMention>]) {
    let mut counts: HashMap<&str, BTreeMap<ActorKind, usize>> = HashMap::new();
    for m in mentions.iter().flatten() {
        *counts
            .entry(m.canonical.as_str())
            .or_default()
            .entry(m.kind)
            .or_default() += 1;
    }
    let chosen: HashMap<String, ActorKind> = counts
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
    if chosen.is_empty() {
        return;
    }
    for m in mentions.iter_mut().flatten() {
        if let Some(&k) = chosen.get(&m.canonical) {
            m.kind = k;
        }
    }
}
