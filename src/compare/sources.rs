//! Who states a fact, compared: where versions give one fact the same value,
//! the sources they credit it to ([`crate::facts::sources::Credit`]).
//!
//! - the same source (or one named within the other's name: "police" and
//!   "Thames Valley Police") is an agreement;
//! - two anonymous sources, however described, are compatible: nothing tells
//!   they are two people;
//! - a source anonymous in an earlier version and named in a later one is an
//!   update: the attribution was upgraded;
//! - two different named sources of one value are compatible: each may have
//!   said it. Casualty figures credited to unrelated sources are left to
//!   `source_conflict` (`slots`), which reports them as an attribution
//!   conflict.

use crate::facts::sources::Credit;
use crate::facts::{Fact, Scope, Slot, Status, Value};
use crate::model::SourceKind;

use super::numbers::Rel;
use super::*;

/// A fact of one version: (doc, fact).
type Member = (usize, usize);

impl Cx<'_> {
    pub(super) fn source_findings(&self, out: &mut Vec<Finding>) {
        // (link, slot, subject, value): one fact with one value.
        let mut groups: BTreeMap<(String, Slot, Option<String>, String), Vec<Member>> =
            BTreeMap::new();
        for &d in self.order {
            let a = &self.an[d];
            let title = a.doc.title;
            for (i, f) in a.facts.facts.iter().enumerate() {
                if f.credit.is_none()
                    || f.status != Status::Current
                    || f.scope != Scope::Whole
                    || f.vague
                    || title.is_some_and(|t| t.contains(f.span))
                {
                    continue;
                }
                let link = self.link_of(d, f).to_string();
                groups
                    .entry((link, f.slot, f.subject.clone(), value_key(&f.value)))
                    .or_default()
                    .push((d, i));
            }
        }
        for ((_, slot, subject, _), members) in groups {
            if subject
                .as_deref()
                .is_some_and(|s| s.starts_with(crate::facts::LOOSE))
            {
                continue;
            }
            // One credited telling per version: its first.
            let mut reps: Vec<Member> = Vec::new();
            for m in members {
                if reps.iter().all(|r| r.0 != m.0) {
                    reps.push(m);
                }
            }
            if reps.len() >= 2 {
                self.compare_credits(slot, subject.as_deref(), &reps, out);
            }
        }
    }

    fn credited(&self, m: Member) -> (&Fact, &Credit) {
        let f = &self.an[m.0].facts.facts[m.1];
        (
            f,
            f.credit.as_ref().expect("only credited facts are grouped"),
        )
    }

    fn compare_credits(
        &self,
        slot: Slot,
        subject: Option<&str>,
        reps: &[Member],
        out: &mut Vec<Finding>,
    ) {
        // How two tellings relate depends only on their credits (kind and
        // name) and on their versions' own dates: tellings alike in these are
        // related once, as a class, so that a fact told by a thousand
        // versions is not a million comparisons.
        let mut classes: Vec<Vec<usize>> = Vec::new();
        let mut class_of: HashMap<_, usize> = HashMap::new();
        for (i, &m) in reps.iter().enumerate() {
            let (_, c) = self.credited(m);
            let key = (c.kind, c.name.as_str(), self.own_date(m.0));
            let k = *class_of.entry(key).or_insert_with(|| {
                classes.push(Vec::new());
                classes.len() - 1
            });
            classes[k].push(i);
        }
        let mut by_rel: BTreeMap<Rel, BTreeSet<usize>> = BTreeMap::new();
        for (k, a) in classes.iter().enumerate() {
            for b in &classes[k..] {
                // Within a class, a pair needs two tellings.
                let (x, y) = match (std::ptr::eq(a, b), a.get(1)) {
                    (true, Some(&y)) => (a[0], y),
                    (true, None) => continue,
                    (false, _) => (a[0], b[0]),
                };
                let Some(r) = self.relate_credits(slot, reps[x], reps[y]) else {
                    continue;
                };
                let set = by_rel.entry(r).or_default();
                set.extend(a.iter().chain(b.iter()).copied());
            }
        }
        let (f0, _) = self.credited(reps[0]);
        let what = match subject {
            Some(s) => format!("{} ({s})", slot.as_str()),
            None => slot.as_str().to_string(),
        };
        let value = self.text(reps[0].0, f0.span).to_string();
        let topic = format!("source of {what}: {value}");
        let shown = |m: Member| {
            let (f, c) = self.credited(m);
            let anon = if c.anonymous() { "anonymous " } else { "" };
            format!(
                "{anon}“{}” ({})",
                f.source.map_or(c.name.as_str(), |s| self.text(m.0, s)),
                self.name(m.0)
            )
        };
        for (rel, set) in by_rel {
            let mut ms: Vec<Member> = set.iter().map(|&i| reps[i]).collect();
            ms.sort_by_key(|m| (self.an[m.0].doc.date, self.rank[m.0]));
            let listed: Vec<String> = ms.iter().map(|&m| shown(m)).collect();
            let (kind, explanation) = match rel {
                Rel::Same => (
                    Kind::Agreement,
                    format!(
                        "{} credit “{value}” ({what}) to the same source: {}.",
                        self.names(ms.iter().map(|m| m.0)),
                        listed.join(", ")
                    ),
                ),
                Rel::Update => (
                    Kind::Update,
                    format!(
                        "The source of “{value}” ({what}) is named as the story develops: {}.",
                        listed.join(" → ")
                    ),
                ),
                _ => (
                    Kind::Compatible,
                    format!(
                        "The versions credit “{value}” ({what}) to different sources that may all have said it: {}.",
                        listed.join("; ")
                    ),
                ),
            };
            out.push(Finding {
                kind,
                category: Category::Attribution,
                topic: topic.clone(),
                cites: ms
                    .iter()
                    .filter_map(|&m| self.credit_claim(m).map(|c| Cite { doc: m.0, claim: c }))
                    .collect(),
                values: ms
                    .iter()
                    .filter_map(|&m| self.credited(m).0.source.map(|s| (m.0, s)))
                    .collect(),
                explanation,
            });
        }
    }

    /// How the sources of one fact with one value relate (`None` where
    /// another rule speaks: unrelated sources of a toll).
    fn relate_credits(&self, slot: Slot, x: Member, y: Member) -> Option<Rel> {
        let ((_, cx), (_, cy)) = (self.credited(x), self.credited(y));
        if same_source(cx, cy) {
            return Some(Rel::Same);
        }
        match (cx.anonymous(), cy.anonymous()) {
            (true, true) => Some(Rel::Compatible),
            (true, false) | (false, true) => {
                let (anon, named) = if cx.anonymous() { (x, y) } else { (y, x) };
                let insider = self.credited(anon).1.insider();
                match (self.own_date(anon.0), self.own_date(named.0)) {
                    (Some(a), Some(n)) if a < n && insider => Some(Rel::Update),
                    _ => Some(Rel::Compatible),
                }
            }
            (false, false) => {
                let relayed =
                    |c: &Credit| matches!(c.kind, SourceKind::Media | SourceKind::Document);
                if matches!(slot, Slot::Casualty(_)) && !relayed(cx) && !relayed(cy) {
                    return None;
                }
                Some(Rel::Compatible)
            }
        }
    }

    fn credit_claim(&self, m: Member) -> Option<usize> {
        self.claim_holding(m.0, self.credited(m).0.span)
    }
}

/// One source under two names: the same name, or every word of one within
/// the other's ("police" and "Thames Valley Police"). Two anonymous sources
/// are never known to be one.
fn same_source(a: &Credit, b: &Credit) -> bool {
    if a.anonymous() || b.anonymous() {
        return false;
    }
    let words = |c: &Credit| -> BTreeSet<String> {
        crate::claims::word_re()
            .find_iter(&c.name)
            .map(|w| w.as_str().to_lowercase())
            .filter(|w| !matches!(w.as_str(), "the" | "of" | "a" | "an"))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    !wa.is_empty() && !wb.is_empty() && (wa.is_subset(&wb) || wb.is_subset(&wa))
}

/// A fact's value as a key: values with one key are one value.
fn value_key(v: &Value) -> String {
    match v {
        Value::Number { interval, unit } => format!("{interval:?} {unit:?}"),
        Value::Timex { value } => value.clone(),
        Value::Text { text } => text.to_lowercase(),
        Value::Place { name, .. } => crate::facts::places::key(name),
    }
}

/// Does a source tell its own act ("Hiller admitted killing two")? The
/// first word after the source is a verb of confession
/// (`data/compare/own_act_verbs.txt`).
pub(super) fn tells_own_act(after_source: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let words = WORDS
        .get_or_init(|| crate::table::words(include_str!("../../data/compare/own_act_verbs.txt")));
    after_source
        .split_whitespace()
        .next()
        .is_some_and(|w| words.iter().any(|v| v == &w.to_lowercase()))
}
