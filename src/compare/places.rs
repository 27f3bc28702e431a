//! Where an event happened, compared: the place facts of one (linked event,
//! incident class) across versions.
//!
//! Two places agree when they are one place ("Qeshm Island" and "Qeshm"), are
//! compatible when one holds the other as some version says ("Banbury,
//! Oxfordshire" makes "in Banbury" and "in Oxfordshire" both true), and
//! contradict only when both versions name the incident's own place firmly
//! ("in", "at", not "near"), at one level (two towns, two countries; never a
//! town and its district, nor a street), neither version mentions the
//! other's place anywhere and neither gives two places of its own. Anything
//! else is left unsaid: a town and the hospital in it are both true, and a
//! false contradiction misleads more than a missed one.

use crate::facts::places::key;
use crate::facts::{Fact, Scope, Slot, Status, Value, LOOSE};

use super::numbers::Rel;
use super::*;

/// A place fact of one version: (doc, fact).
type Member = (usize, usize);

/// How far the comparer follows "a town in a county in a state".
const DEPTH: usize = 4;

impl Cx<'_> {
    pub(super) fn place_findings(&self, out: &mut Vec<Finding>) {
        let within = self.place_containment();
        let mut groups: BTreeMap<(String, Option<String>), Vec<Member>> = BTreeMap::new();
        for &d in self.order {
            let a = &self.an[d];
            for (i, f) in a.facts.facts.iter().enumerate() {
                if f.slot != Slot::Place || f.status != Status::Current || f.scope != Scope::Whole {
                    continue;
                }
                let link = self.link_of(d, f).to_string();
                groups
                    .entry((link, f.subject.clone()))
                    .or_default()
                    .push((d, i));
            }
        }
        for ((link, subject), members) in groups {
            let loose =
                link.ends_with("@?") || subject.as_deref().is_none_or(|s| s.starts_with(LOOSE));
            self.compare_places_of(subject.as_deref(), &members, loose, &within, out);
        }
    }

    fn place_fact(&self, m: Member) -> &Fact {
        &self.an[m.0].facts.facts[m.1]
    }

    /// Every "X is in Y" any version states, by place key.
    fn place_containment(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut within: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for a in self.an {
            for f in &a.facts.facts {
                if let Value::Place {
                    name, within: up, ..
                } = &f.value
                {
                    within
                        .entry(key(name))
                        .or_default()
                        .extend(up.iter().map(|u| key(u)));
                }
            }
        }
        within
    }

    fn compare_places_of(
        &self,
        subject: Option<&str>,
        members: &[Member],
        loose: bool,
        within: &BTreeMap<String, BTreeSet<String>>,
        out: &mut Vec<Finding>,
    ) {
        let mut docs: Vec<usize> = members.iter().map(|m| m.0).collect();
        docs.dedup();
        if docs.len() < 2 {
            return;
        }
        // One place per version: the first outside the headline (which the
        // lead restates), firm before near; a version that gives two places
        // neither of which holds the other may tell two scenes, and is never
        // held against another.
        let mut reps: Vec<(Member, bool)> = Vec::new();
        for &d in &docs {
            let title = self.an[d].doc.title;
            let own: Vec<Member> = members.iter().copied().filter(|m| m.0 == d).collect();
            let body: Vec<Member> = own
                .iter()
                .copied()
                .filter(|&m| title.is_none_or(|t| !t.contains(self.place_fact(m).span)))
                .collect();
            let own = if body.is_empty() { own } else { body };
            let consistent = own.iter().enumerate().all(|(i, &x)| {
                own[i + 1..]
                    .iter()
                    .all(|&y| self.relate_places(x, y, within).is_some())
            });
            let rep = own
                .iter()
                .copied()
                .find(|&m| !self.place_fact(m).vague)
                .unwrap_or(own[0]);
            reps.push((rep, consistent));
        }
        let mut classes: Vec<Vec<(Member, bool)>> = Vec::new();
        for &r in &reps {
            match classes
                .iter_mut()
                .find(|c| self.relate_places(c[0].0, r.0, within) == Some(Rel::Same))
            {
                Some(c) => c.push(r),
                None => classes.push(vec![r]),
            }
        }
        let what = match subject {
            Some(s) => format!("the {}", s.trim_start_matches(LOOSE)),
            None => "the event".to_string(),
        };
        let topic = format!("place of {what}");
        let name_of = |m: Member| match &self.place_fact(m).value {
            Value::Place { name, .. } => name.clone(),
            _ => String::new(),
        };
        let finding = |kind: Kind, ms: &[Member], explanation: String| Finding {
            kind,
            category: Category::Place,
            topic: topic.clone(),
            cites: ms
                .iter()
                .filter_map(|&m| self.place_claim(m).map(|c| Cite { doc: m.0, claim: c }))
                .collect(),
            values: ms.iter().map(|&m| (m.0, self.place_fact(m).span)).collect(),
            explanation,
        };
        let shown = |c: &Vec<(Member, bool)>| {
            format!(
                "“{}” ({})",
                self.text(c[0].0 .0, self.place_fact(c[0].0).span),
                self.names(c.iter().map(|(m, _)| m.0))
            )
        };
        // Versions naming one place agree on it.
        let agreement = |c: &[(Member, bool)]| {
            let ms: Vec<Member> = c.iter().map(|r| r.0).collect();
            let explanation = format!(
                "{} agree: {what} took place in {}.",
                self.names(ms.iter().map(|m| m.0)),
                name_of(ms[0])
            );
            finding(Kind::Agreement, &ms, explanation)
        };
        // Every other place (below a country) two or more versions give the
        // event, a street or a store besides the town, is agreed on too:
        // versions that tell one scene at several levels share each level.
        let shared = |out: &mut Vec<Finding>, told: &BTreeSet<String>| {
            let mut by_key: BTreeMap<String, Vec<(Member, bool)>> = BTreeMap::new();
            for &m in members {
                let Value::Place { name, level, .. } = &self.place_fact(m).value else {
                    continue;
                };
                let at = by_key.entry(key(name)).or_default();
                if level != "country"
                    && !self.place_fact(m).vague
                    && at.iter().all(|r| r.0 .0 != m.0)
                {
                    at.push((m, true));
                }
            }
            for (k, rs) in by_key {
                if rs.len() >= 2 && !told.contains(&k) {
                    out.push(agreement(&rs));
                }
            }
        };
        let key_of = |c: &[(Member, bool)]| match &self.place_fact(c[0].0).value {
            Value::Place { name, .. } => key(name),
            _ => String::new(),
        };
        if classes.len() == 1 {
            out.push(agreement(&reps));
            shared(out, &BTreeSet::from([key_of(&reps)]));
            return;
        }
        let mut by_rel: BTreeMap<Rel, BTreeSet<usize>> = BTreeMap::new();
        for i in 0..classes.len() {
            for j in i + 1..classes.len() {
                let (x, y) = (classes[i][0], classes[j][0]);
                // Unrelated places contradict only where every pair of their
                // versions does: one version that mentions the other place
                // may know of both.
                let exclude = || {
                    classes[i].iter().all(|&(x, xc)| {
                        classes[j]
                            .iter()
                            .all(|&(y, yc)| xc && yc && self.places_exclude(x, y))
                    })
                };
                let rel = match self.relate_places(x.0, y.0, within) {
                    Some(r) => Some(r),
                    None if !loose && exclude() => Some(Rel::Contradiction),
                    None => None,
                };
                if let Some(r) = rel {
                    let set = by_rel.entry(r).or_default();
                    set.insert(i);
                    set.insert(j);
                }
            }
        }
        // Versions that name one place agree on it, whatever the others say.
        let mut told: BTreeSet<String> = BTreeSet::new();
        for (i, c) in classes.iter().enumerate() {
            let in_rel = by_rel.values().any(|set| set.contains(&i));
            // A place already set against another is told there, once.
            told.insert(key_of(c));
            if c.len() >= 2 && !in_rel {
                out.push(agreement(c));
            }
        }
        shared(out, &told);
        for (rel, set) in by_rel {
            let cls: Vec<&Vec<(Member, bool)>> = set.iter().map(|&i| &classes[i]).collect();
            let ms: Vec<Member> = cls.iter().flat_map(|c| c.iter().map(|r| r.0)).collect();
            let listed = cls
                .iter()
                .map(|c| shown(c))
                .collect::<Vec<_>>()
                .join(" and ");
            let (kind, explanation) = match rel {
                Rel::Contradiction => (
                    Kind::Contradiction,
                    format!(
                        "{listed} cannot both be where {what} took place: each version names its place firmly, at one level, and none mentions the other's."
                    ),
                ),
                _ => (
                    Kind::Compatible,
                    format!(
                        "{listed} can all be true of where {what} took place: one lies within or near the other."
                    ),
                ),
            };
            // The claim-level place rule (`facts`) may have told this one.
            let told = kind == Kind::Contradiction
                && out.iter().any(|f| {
                    f.kind == kind
                        && f.category == Category::Place
                        && ms.iter().all(|m| {
                            f.values
                                .iter()
                                .any(|&(d, s)| d == m.0 && s == self.place_fact(*m).span)
                        })
                });
            if !told {
                out.push(finding(kind, &ms, explanation));
            }
        }
    }

    /// Same place, one within the other (as some version says) or a place
    /// only near the other: `Same` or `Compatible`; `None` when nothing
    /// relates them.
    fn relate_places(
        &self,
        x: Member,
        y: Member,
        within: &BTreeMap<String, BTreeSet<String>>,
    ) -> Option<Rel> {
        let (Value::Place { name: a, .. }, Value::Place { name: b, .. }) =
            (&self.place_fact(x).value, &self.place_fact(y).value)
        else {
            return None;
        };
        let (ka, kb) = (key(a), key(b));
        if ka == kb {
            return Some(Rel::Same);
        }
        if holds(within, &ka, &kb) || holds(within, &kb, &ka) {
            return Some(Rel::Compatible);
        }
        None
    }

    /// Two unrelated places that cannot both be where the incident happened:
    /// both firm, at one level (not streets or neighbourhoods), and neither
    /// version mentions the other's place anywhere.
    fn places_exclude(&self, x: Member, y: Member) -> bool {
        let (fx, fy) = (self.place_fact(x), self.place_fact(y));
        let (
            Value::Place {
                name: a, level: la, ..
            },
            Value::Place {
                name: b, level: lb, ..
            },
        ) = (&fx.value, &fy.value)
        else {
            return false;
        };
        let mentions = |d: usize, name: &str| {
            let bare = crate::actors::without_place_head(name);
            self.an[d]
                .actors
                .iter()
                .any(|m| key(&m.canonical) == key(name))
                || crate::words::contains_word(&self.an[d].doc.text, bare)
        };
        !fx.vague && !fy.vague && la == lb && la != "part" && !mentions(x.0, b) && !mentions(y.0, a)
    }

    /// The claim (sentence) that holds a place fact, if the sentence is a
    /// claim.
    fn place_claim(&self, m: Member) -> Option<usize> {
        self.claim_holding(m.0, self.place_fact(m).span)
    }
}

/// Does the place `outer` hold `inner`, as far as the versions tell?
fn holds(within: &BTreeMap<String, BTreeSet<String>>, inner: &str, outer: &str) -> bool {
    let mut frontier: Vec<&str> = vec![inner];
    for _ in 0..DEPTH {
        let mut next = Vec::new();
        for p in frontier {
            if let Some(up) = within.get(p) {
                if up.contains(outer) {
                    return true;
                }
                next.extend(up.iter().map(String::as_str));
            }
        }
        if next.is_empty() {
            return false;
        }
        frontier = next;
    }
    false
}
