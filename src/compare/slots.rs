//! Facts compared by what they are about: two values meet only when they
//! belong to the same (linked event instance, slot, subject). Each such group
//! gives one finding under exactly one kind — contradiction, update,
//! compatible or agreement — or, for a fact a reader looks for that only some
//! versions state, an omission.
//!
//! A version that itself gives two values of one fact that cannot both hold
//! ("five injured" in the lead, "40 injured" further down) is set aside for
//! that fact: either it tells several moments or scopes the fact layer did not
//! tell apart, and a contradiction built on it would likely be false.

use crate::facts::tallies::is_tally;
use crate::facts::{Fact, Scope, Slot, Status, Value};
use crate::model::Casualty;

use super::numbers::Rel;
use super::*;

/// Facts of one version within a group.
pub(super) type Member = (usize, usize); // (doc, fact)

/// Sources that share a word, with the values credited to them.
type SourceGroup = (BTreeSet<String>, Vec<(Member, Span)>);

impl Cx<'_> {
    pub(super) fn fact(&self, m: Member) -> &Fact {
        &self.an[m.0].facts.facts[m.1]
    }

    pub(super) fn slot_findings(&self, out: &mut Vec<Finding>) {
        let mut groups: BTreeMap<(String, Slot, Option<String>), Vec<Member>> = BTreeMap::new();
        // People (`people`): one person across versions, whatever event.
        let people = super::people::PersonKeys::new(self.an);
        let person_link = "person";
        for &d in self.order {
            let a = &self.an[d];
            for (i, f) in a.facts.facts.iter().enumerate() {
                if f.status != Status::Current || f.scope != Scope::Whole {
                    continue;
                }
                let link = if f.slot.is_person() && f.slot != Slot::Age {
                    person_link
                } else if f
                    .subject
                    .as_deref()
                    .is_some_and(crate::facts::crowds::is_crowd)
                {
                    // A crowd's place and day name the gathering: a version
                    // may tie its sentence to the riot, another to the march.
                    "crowd"
                } else if f.subject.as_deref().is_some_and(crate::facts::runs::is_run) {
                    // A run of days ("a third straight night of protests")
                    // is the activity's, named in its subject, whatever
                    // event the sentence is tied to.
                    "run"
                } else if f.slot == Slot::Status {
                    // A stage is the story's (the suspect's court date), told
                    // in sentences that name no incident or another one.
                    "story"
                } else {
                    self.link_of(d, f)
                };
                if needs_subject(f.slot) && f.subject.is_none()
                    || matches!(f.slot, Slot::Duration | Slot::Place)
                {
                    // Lengths of time are set side by side by the duration
                    // rules (`durations`), which know rates and units; places
                    // by `places`, which knows which holds which.
                    continue;
                }
                let subject = match &f.subject {
                    Some(s) if f.slot.is_person() => Some(people.key(s).to_string()),
                    // Clock times in another zone ("13:36 GMT") are another
                    // group: never set against local times (`clock`).
                    Some(s) if f.slot == Slot::Time => {
                        match super::clock::zone(self.text(d, f.span)) {
                            Some(z) => Some(format!("{s} ({z})")),
                            None => Some(s.clone()),
                        }
                    }
                    s => s.clone(),
                };
                groups
                    .entry((link.to_string(), f.slot, subject))
                    .or_default()
                    .push((d, i));
            }
        }
        super::bare_counts::join(&mut groups, self.an, &self.rank);
        for ((link, slot, subject), members) in groups {
            // A story whose versions name no incident (a trade, a season, a
            // film deal) gives counts, sums and days of many acts: "54 games"
            // and "157 games" are two players' or two seasons' figures. A
            // person's age and a role's status are tied to their subject
            // without an incident, and days and times are weighed by
            // `dates_incident`.
            // The figure every lead gives is the story's own, though.
            // A crowd is anchored by its place and day.
            let unanchored = !(slot.is_person()
                || matches!(slot, Slot::Date | Slot::Time | Slot::Status)
                || subject.as_deref().is_some_and(|s| {
                    crate::facts::crowds::is_crowd(s) || crate::facts::runs::is_run(s)
                }))
                && members.iter().all(|&(d, i)| {
                    let a = &self.an[d];
                    a.facts.events[a.facts.facts[i].event].kind == crate::facts::STORY
                })
                && !members.iter().all(|&m| self.in_lead(m));
            let loose = unanchored
                || link.ends_with("@?")
                || subject
                    .as_deref()
                    .is_some_and(|s| s.starts_with(crate::facts::LOOSE));
            self.compare_group(slot, subject.as_deref(), &members, loose, true, out);
        }
    }

    fn compare_group(
        &self,
        slot: Slot,
        subject: Option<&str>,
        members: &[Member],
        loose: bool,
        alone: bool,
        out: &mut Vec<Finding>,
    ) {
        if slot == Slot::Money && self.by_currency(subject, members, loose, out) {
            return;
        }
        // One value per version: the first outside the headline, which the
        // lead restates; a version at odds with itself is set aside.
        let mut reps: Vec<Member> = Vec::new();
        let mut docs: Vec<usize> = members.iter().map(|m| m.0).collect();
        docs.dedup();
        let m0 = members[0];
        let label = self.slot_label(m0, subject);
        if docs.len() == 1 {
            if alone && self.n() >= 2 && salient(self.fact(m0), subject) {
                let missing: Vec<usize> = (0..self.n()).filter(|&d| d != m0.0).collect();
                let explanation = format!(
                    "Only {} gives this {label}: “{}”; {} not.",
                    self.name(m0.0),
                    self.text(m0.0, self.fact(m0).span),
                    self.absent(&missing)
                );
                let topic = self.topic_of(slot, &label, m0);
                out.push(Finding {
                    kind: Kind::Omission,
                    category: category_of(slot),
                    topic,
                    cites: self
                        .claim_at(m0)
                        .map(|c| Cite {
                            doc: m0.0,
                            claim: c,
                        })
                        .into_iter()
                        .collect(),
                    values: vec![(m0.0, self.fact(m0).span)],
                    explanation,
                });
            }
            return;
        }
        // Each version's facts, gathered once rather than sought per version.
        let mut by_doc: HashMap<usize, Vec<Member>> = HashMap::new();
        for &m in members {
            by_doc.entry(m.0).or_default().push(m);
        }
        // Distinct facts are keyed by version too, so those of the other
        // versions are the distinct facts of all versions, one left out.
        let all_distinct = std::cell::OnceCell::new();
        for &d in &docs {
            let own: Vec<Member> = by_doc[&d].clone();
            let title = self.an[d].doc.title;
            let body: Vec<Member> = own
                .iter()
                .copied()
                .filter(|&m| title.is_none_or(|t| !t.contains(self.fact(m).span)))
                .collect();
            let own = if body.is_empty() { own } else { body };
            // A vague quantity beside a number ("about 300 ... tens of
            // thousands") does not make a version at odds with itself.
            let precise: Vec<Member> = own
                .iter()
                .copied()
                .filter(|&m| !self.fact(m).vague)
                .collect();
            let own = if precise.is_empty() { own } else { precise };
            // Facts with the same value and flags relate alike to any other:
            // each is weighed once, so a version that repeats one toll a
            // thousand times costs one check, not a million.
            let own: Vec<Member> = self
                .distinct(own.iter().copied())
                .into_iter()
                .map(|(m, _)| m)
                .collect();
            if loose && own.len() > 1 {
                // Under a loose subject one version may count several crowds
                // (passengers, crew): it is represented by the value that
                // fits the most values of the other versions.
                let others = all_distinct.get_or_init(|| self.distinct(members.iter().copied()));
                let fits = |x: Member| -> usize {
                    others
                        .iter()
                        .filter(|&&(y, _)| y.0 != d)
                        .filter(|&&(y, _)| {
                            matches!(
                                self.relate_facts(x, y, false),
                                Some(Rel::Same | Rel::Compatible)
                            )
                        })
                        .map(|&(_, n)| n)
                        .sum()
                };
                if let Some(best) = own
                    .iter()
                    .copied()
                    .max_by_key(|&x| (fits(x), std::cmp::Reverse(x.1)))
                {
                    if fits(best) > 0 {
                        reps.push(best);
                    }
                }
                continue;
            }
            // Two sums of one subject that cannot be set side by side (many
            // times apart) are two sums, and the first is the version's.
            let consistent = own.iter().enumerate().all(|(i, &x)| {
                own[i + 1..]
                    .iter()
                    .all(|&y| match self.relate_facts(x, y, false) {
                        Some(Rel::Same | Rel::Compatible) => true,
                        None => slot == Slot::Money,
                        _ => false,
                    })
            });
            if consistent {
                // A version that gives both "Friday night" and "about
                // 8.40pm" is represented by its clock time, the finer value.
                let clock = |m: &Member| matches!(&self.fact(*m).value, Value::Timex { value } if value.contains(':'));
                let finest = match slot {
                    Slot::Time => own.iter().copied().find(clock),
                    _ => None,
                };
                reps.push(finest.unwrap_or(own[0]));
            }
        }
        if reps.is_empty() {
            return;
        }
        // Copies of one text whose value changed: reported as revised, and
        // the superseded copies leave the comparison between outlets.
        let rep_docs: BTreeSet<usize> = reps.iter().map(|r| r.0).collect();
        let with_rep: Vec<Member> = members
            .iter()
            .copied()
            .filter(|m| rep_docs.contains(&m.0))
            .collect();
        let taken = self.revisions(
            &with_rep,
            &label,
            &self.topic_of(slot, &label, reps[0]),
            category_of(slot),
            out,
        );
        reps.retain(|m| !taken.contains(&m.0));
        if reps.is_empty() {
            return;
        }
        let first = self.fact(reps[0]);
        let category = category_of(slot);
        let topic = self.topic_of(slot, &label, reps[0]);
        let finding = |kind: Kind, ms: &[Member], explanation: String| Finding {
            kind,
            category,
            topic: topic.clone(),
            cites: ms
                .iter()
                .filter_map(|&m| self.claim_at(m).map(|c| Cite { doc: m.0, claim: c }))
                .collect(),
            values: ms.iter().map(|&m| (m.0, self.fact(m).span)).collect(),
            explanation,
        };
        if reps.len() == 1 {
            return;
        }
        // Versions that say the same thing form one class; classes are then
        // related to each other, so the work grows with distinct values.
        let mut classes: Vec<Vec<Member>> = Vec::new();
        for &m in &reps {
            match classes
                .iter_mut()
                .find(|c| self.relate_facts(c[0], m, false) == Some(Rel::Same))
            {
                Some(c) => c.push(m),
                None => classes.push(vec![m]),
            }
        }
        // Lengths of time keep the wording of the duration rules ("the same
        // length of time: 48 hours = 2 days").
        let length_text = |kind: Kind, ms: &[Member]| -> Option<String> {
            if slot != Slot::Duration {
                return None;
            }
            let figs: Option<Vec<(usize, usize)>> = ms
                .iter()
                .map(|&m| self.fact(m).figure.map(|f| (m.0, f)))
                .collect();
            self.duration_text(kind, &figs?)
        };
        if classes.len() == 1 {
            if let Some(explanation) = length_text(Kind::Agreement, &reps) {
                out.push(finding(Kind::Agreement, &reps, explanation));
                return;
            }
            let explanation = format!(
                "{} agree: “{}” ({label}).",
                self.names(reps.iter().map(|m| m.0)),
                self.text(reps[0].0, first.span)
            );
            out.push(finding(Kind::Agreement, &reps, explanation));
            if matches!(slot, Slot::Casualty(_)) {
                self.source_conflict(&reps, &label, &topic, out);
            }
            return;
        }
        // Each pair of values gets exactly one relation; the values in pairs
        // of one relation make one finding (an earlier toll updated by a
        // later one, and two same-day tolls that contradict each other, are
        // two findings, never one pair under two kinds).
        let mut by_rel: BTreeMap<Rel, BTreeSet<usize>> = BTreeMap::new();
        // Pairs that clash or moved on: a compatible group holding one of
        // them would call those two values compatible beside the finding
        // that sets them against each other.
        let mut apart: Vec<(usize, usize)> = Vec::new();
        for i in 0..classes.len() {
            for j in i + 1..classes.len() {
                let Some(r) = self.relate_classes(&classes[i], &classes[j]) else {
                    continue;
                };
                let r = if r == Rel::Update {
                    self.ordered(&classes[i], &classes[j])
                } else if r == Rel::Compatible && self.moved_on(&classes[i], &classes[j]) {
                    Rel::Update
                } else {
                    r
                };
                let r = if r == Rel::Same { Rel::Compatible } else { r };
                if loose && matches!(r, Rel::Update | Rel::Contradiction) {
                    // Events linked by their class alone may be two events.
                    continue;
                }
                if r == Rel::Contradiction
                    && (self.unasserted(&classes[i]) || self.unasserted(&classes[j]))
                {
                    // "There might have been two killed", "it is feared that
                    // three died": a version that only fears or supposes a
                    // value does not say it is so.
                    continue;
                }
                if matches!(r, Rel::Contradiction | Rel::Update) {
                    apart.push((i, j));
                }
                let set = by_rel.entry(r).or_default();
                set.insert(i);
                set.insert(j);
            }
        }
        let tangled = by_rel.get(&Rel::Compatible).is_some_and(|set| {
            apart
                .iter()
                .any(|(i, j)| set.contains(i) && set.contains(j))
        });
        let mut made: Vec<Finding> = Vec::new();
        if slot == Slot::Time {
            // Versions that give one clock time agree on it, though another
            // version's part of the day could not be set beside it ("around
            // 4 p.m." in five versions, "the Friday night shooting" in a
            // sixth): the values fall in no other finding.
            let related: BTreeSet<usize> = by_rel.values().flatten().copied().collect();
            for (i, c) in classes.iter().enumerate() {
                let docs: BTreeSet<usize> = c.iter().map(|m| m.0).collect();
                if related.contains(&i) || docs.len() < 2 {
                    continue;
                }
                let explanation = format!(
                    "{} agree: “{}” ({label}).",
                    self.names(c.iter().map(|m| m.0)),
                    self.text(c[0].0, self.fact(c[0]).span)
                );
                made.push(finding(Kind::Agreement, c, explanation));
            }
        }
        // "“at least 657” [657, ∞) (002; according to HRANA)": the words,
        // the values they allow, who gives them and on whose word.
        let shown = |c: &Vec<Member>| {
            let f = self.fact(c[0]);
            let interval = match &f.value {
                Value::Number { interval, unit } if unit.as_deref() != Some("s") => {
                    format!(" {}", interval_text(interval))
                }
                _ => String::new(),
            };
            // A magnitude's agency is its subject, already in the label; the
            // sentence's source may be another agency's.
            let by_agency = slot == Slot::Magnitude && subject.is_some();
            let mut sources: Vec<&str> = c
                .iter()
                .filter(|_| !by_agency)
                .filter_map(|&m| self.fact(m).source.map(|s| self.text(m.0, s)))
                .collect();
            sources.dedup();
            let by = match sources.as_slice() {
                [] => String::new(),
                s => format!("; according to {}", s.join(", ")),
            };
            format!(
                "“{}”{interval} ({}{by})",
                self.text(c[0].0, f.span),
                self.names(c.iter().map(|m| m.0))
            )
        };
        if by_rel.is_empty() {
            // Values that could not be set side by side (a loose link that
            // would contradict: "two games" and "15 games" of a season
            // story). No version leaves the fact out, each gives a value of
            // its own, so none is an omission (see `omissions`).
            out.extend(made);
            return;
        }
        // The stages of a text value in order, each with its versions
        // ("not named: a, b → named: c").
        let steps_of = |cls: &[&Vec<Member>]| -> Vec<String> {
            cls.iter()
                .map(|c| match &self.fact(c[0]).value {
                    Value::Text { text } => format!("{text}: {}", shown(c)),
                    _ => shown(c),
                })
                .collect()
        };
        // A compatible group that holds two values set apart by a clash or a
        // change (two times that clash and a part of the day that fits
        // both) is merged into the finding of the stronger kind
        // (`one_kind`); a compatible group whose values all fit each other
        // stays a finding of its own beside a clash with a third value.
        for (rel, set) in by_rel {
            let mut cls: Vec<&Vec<Member>> = set.iter().map(|&i| &classes[i]).collect();
            let ms: Vec<Member> = cls.iter().flat_map(|c| c.iter().copied()).collect();
            let (kind, explanation) = match rel {
                Rel::Same | Rel::Compatible => {
                    (
                        Kind::Compatible,
                        format!(
                        "{} can all be true of the {label}, but they are different {} — check which is current and who gives it.",
                        cls.iter().map(|c| shown(c)).collect::<Vec<_>>().join(" and "),
                        if category == Category::Actor || slot == Slot::Condition { "descriptions" } else { "figures" }
                    ),
                    )
                }
                Rel::Update if slot == Slot::Status => {
                    let stage = |c: &&Vec<Member>| match &self.fact(c[0]).value {
                        Value::Text { text } => crate::facts::states::stage(text),
                        _ => None,
                    };
                    cls.sort_by_key(|c| (stage(c), self.rank[c[0].0]));
                    let steps = steps_of(&cls);
                    let undated = ms.iter().any(|m| self.own_date(m.0).is_none());
                    let order = if undated {
                        " No publication date tells the order; it is read from the stages themselves, since a story does not move back."
                    } else {
                        ""
                    };
                    (
                        Kind::Update,
                        format!(
                            "The {label} moves on as the story develops: {}.{order}",
                            steps.join(" → ")
                        ),
                    )
                }
                Rel::Update if slot == Slot::Condition => {
                    cls.sort_by_key(|c| self.update_key(c));
                    let dead = |c: &&Vec<Member>| {
                        matches!(&self.fact(c[0]).value, Value::Text { text } if text == super::conditions::DEAD)
                    };
                    // A death is final: its version comes last.
                    cls.sort_by_key(|c| dead(c));
                    let steps = steps_of(&cls);
                    let undated = ms.iter().any(|m| self.own_date(m.0).is_none());
                    let order = if undated && cls.iter().any(dead) {
                        " No publication date tells the order; a death is final, so the version that reports it is read as the later one."
                    } else {
                        ""
                    };
                    (
                        Kind::Update,
                        format!(
                            "The {label} changes as the story develops: {}.{order}",
                            steps.join(" → ")
                        ),
                    )
                }
                Rel::Update => {
                    cls.sort_by_key(|c| self.update_key(c));
                    let steps: Vec<String> = cls.iter().map(|c| shown(c)).collect();
                    (
                        Kind::Update,
                        format!(
                            "The figure for the {label} changes as the story develops: {}; a later version revises a running count.",
                            steps.join(" → ")
                        ),
                    )
                }
                Rel::Contradiction => {
                    let undated = ms.iter().any(|m| self.an[m.0].doc.date.is_none());
                    let order = if slot == Slot::Condition {
                        " Which version is later cannot be told (published the same day, or undated), and a condition can change within hours: check which is current."
                    } else if !is_tally(self.fact(ms[0])) {
                        ""
                    } else if undated {
                        " The versions' order cannot be told (no publication date), so this may be a count that changed."
                    } else {
                        " Versions giving these values were published the same day, so which is later cannot be told; this may be a count that changed."
                    };
                    let docs: BTreeSet<usize> = ms.iter().map(|m| m.0).collect();
                    let docs: Vec<usize> = docs.into_iter().collect();
                    let stamps = if is_tally(self.fact(ms[0])) && !undated {
                        self.stamps_note(&docs)
                    } else {
                        String::new()
                    };
                    (
                        Kind::Contradiction,
                        format!(
                            "{} cannot all be true of the same {label}.{order}{stamps}",
                            cls.iter()
                                .map(|c| shown(c))
                                .collect::<Vec<_>>()
                                .join(" and ")
                        ),
                    )
                }
            };
            let explanation = length_text(kind, &ms).unwrap_or(explanation);
            made.push(finding(kind, &ms, explanation));
        }
        if tangled {
            out.extend(self.one_finding(made));
        } else {
            out.extend(made);
        }
    }

    /// Sums in several currencies: each currency compared as a group of its
    /// own (a sum alone in its currency is no omission when other versions
    /// give the sum in theirs), then the currencies set side by side
    /// ([`super::money`]). False when the group has one currency.
    fn by_currency(
        &self,
        subject: Option<&str>,
        members: &[Member],
        loose: bool,
        out: &mut Vec<Finding>,
    ) -> bool {
        let mut groups: BTreeMap<&str, Vec<Member>> = BTreeMap::new();
        for &m in members {
            groups
                .entry(super::money::currency(self.fact(m)).unwrap_or(""))
                .or_default()
                .push(m);
        }
        if groups.len() < 2 {
            return false;
        }
        let docs: BTreeSet<usize> = members.iter().map(|m| m.0).collect();
        for ms in groups.values() {
            self.compare_group(Slot::Money, subject, ms, loose, docs.len() == 1, out);
        }
        let label = self.slot_label(members[0], subject);
        let topic = self.topic_of(Slot::Money, &label, members[0]);
        self.across_currencies(&label, &topic, members, out);
        true
    }

    /// The same value credited to sources that have nothing in common (the
    /// police in one version, hospital staff in another): an attribution
    /// conflict, for tolls. A relaying outlet or a document does not count
    /// as a source of its own.
    fn source_conflict(&self, reps: &[Member], label: &str, topic: &str, out: &mut Vec<Finding>) {
        use crate::model::SourceKind;
        let mut groups: Vec<SourceGroup> = Vec::new();
        for &m in reps {
            let Some(c) = self.claim_at(m) else { continue };
            let claim = &self.an[m.0].claims[c];
            let Some(src) = claim.source.as_ref() else {
                continue;
            };
            if claim.modality != Modality::Reported
                || matches!(src.kind, SourceKind::Media | SourceKind::Document)
                || super::sources::tells_own_act(&self.an[m.0].doc.text[src.span.end..])
            {
                continue;
            }
            let words: BTreeSet<String> = crate::claims::word_re()
                .find_iter(self.text(m.0, src.span))
                .map(|w| w.as_str().to_lowercase())
                .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "of" | "said" | "says"))
                .collect();
            match groups.iter_mut().find(|(g, _)| !g.is_disjoint(&words)) {
                Some((g, v)) => {
                    g.extend(words);
                    v.push((m, src.span));
                }
                None => groups.push((words, vec![(m, src.span)])),
            }
        }
        if groups.len() < 2 {
            return;
        }
        let shown: Vec<String> = groups
            .iter()
            .map(|(_, v)| {
                format!(
                    "{} ({})",
                    self.text(v[0].0 .0, v[0].1),
                    self.names(v.iter().map(|((d, _), _)| *d))
                )
            })
            .collect();
        let all: Vec<(Member, Span)> = groups.into_iter().flat_map(|(_, v)| v).collect();
        out.push(Finding {
            kind: Kind::Contradiction,
            category: Category::Attribution,
            topic: topic.to_string(),
            cites: all
                .iter()
                .filter_map(|&(m, _)| self.claim_at(m).map(|c| Cite { doc: m.0, claim: c }))
                .collect(),
            values: all.iter().map(|&(m, s)| (m.0, s)).collect(),
            explanation: format!(
                "The versions credit this figure ({label}) to different sources: {}.",
                shown.join("; ")
            ),
        });
    }

    /// The members with one representative per version and value (the first
    /// in order), with how many members it stands for. Two facts of one
    /// version with the same value, rounding, vagueness and precision relate
    /// alike to every other fact.
    fn distinct(&self, ms: impl Iterator<Item = Member>) -> Vec<(Member, usize)> {
        let mut seen: HashMap<(usize, String), usize> = HashMap::new();
        let mut out: Vec<(Member, usize)> = Vec::new();
        for m in ms {
            let f = self.fact(m);
            let key = (
                m.0,
                format!("{:?} {} {} {}", f.value, f.round, f.vague, f.exact),
            );
            match seen.get(&key) {
                Some(&i) => out[i].1 += 1,
                None => {
                    seen.insert(key, out.len());
                    out.push((m, 1));
                }
            }
        }
        out
    }

    /// The claim (sentence) that holds a fact, if the sentence is a claim.
    pub(super) fn claim_at(&self, m: Member) -> Option<usize> {
        self.claim_holding(m.0, self.fact(m).span)
    }

    /// "people killed", "age of Tara Reid", "magnitude", "date of the quake".
    fn slot_label(&self, m: Member, subject: Option<&str>) -> String {
        let f = self.fact(m);
        match (f.slot, subject) {
            (Slot::Casualty(Casualty::Casualties), None) => "casualties".into(),
            (Slot::Casualty(Casualty::Casualties), Some(g)) => format!("casualties among {g}"),
            (Slot::Casualty(c), g) => format!("{} {}", g.unwrap_or("people"), c.as_str()),
            (Slot::Age, Some(s)) => format!("age of {s}"),
            (Slot::Count, Some(s)) if crate::facts::crowds::is_crowd(s) => {
                format!("size of the {}", s.trim_start_matches("people in the "))
            }
            (Slot::Count, Some(s)) => {
                format!("number of {}", s.trim_start_matches(crate::facts::LOOSE))
            }
            (Slot::Distance, Some(s)) => format!("distance from {s}"),
            (Slot::Money, Some(s)) if crate::facts::money::is_unknown(s) => "sum of money".into(),
            (Slot::Money, Some(s)) => format!("value of the {s}"),
            (Slot::Ordinal, Some(s)) => format!("{s} (ordinal)"),
            (Slot::Rating, Some(s)) => format!("{s} rating"),
            (Slot::Identifier, Some(s)) if s == crate::facts::weapons::CALIBER => s.into(),
            (Slot::Identifier, Some(s)) => format!("{s} number"),
            (Slot::Date, Some(s)) => format!("day of the {s}"),
            (Slot::Time, Some(s)) => format!("time of the {s}"),
            (Slot::Duration, Some(s)) => format!("duration ({s})"),
            (Slot::Status, Some(s)) => format!("status of the {s}"),
            (Slot::Role, Some(s)) => format!("role of {s}"),
            (Slot::Hometown, Some(s)) => format!("home town of {s}"),
            (Slot::Nationality, Some(s)) => format!("nationality of {s}"),
            (Slot::Fate, Some(s)) => format!("what happened to {s}"),
            (Slot::Condition, Some(s)) => format!("condition of {s}"),
            (slot, Some(s)) => format!("{} ({s})", slot.as_str()),
            (slot, None) => slot.as_str().to_string(),
        }
    }

    /// A finding's topic: the slot's label and the event, but for a
    /// person's record, which holds whatever event is told.
    fn topic_of(&self, slot: Slot, label: &str, m: Member) -> String {
        // A crowd's label names its gathering by place and day already.
        if slot.is_person() && slot != Slot::Age
            || self
                .fact(m)
                .subject
                .as_deref()
                .is_some_and(crate::facts::crowds::is_crowd)
        {
            return label.to_string();
        }
        format!("{label} · {}", self.event_label(m))
    }

    /// The fact's event instance in plain words ("the Nov 27 quake",
    /// "another aftershock"; [`super::labels`]).
    fn event_label(&self, m: Member) -> String {
        let a = &self.an[m.0];
        super::labels::instance_label(&a.facts.events[self.fact(m).event], a.doc.date)
    }
}

fn category_of(slot: Slot) -> Category {
    match slot {
        Slot::Casualty(_) => Category::Casualty,
        Slot::Status => Category::Event,
        Slot::Role | Slot::Hometown | Slot::Nationality | Slot::Fate => Category::Actor,
        Slot::Condition => Category::Casualty,
        Slot::Date | Slot::Time => Category::Date,
        _ => Category::Number,
    }
}

/// Slots whose values mean nothing without a subject: a count of what, the
/// age of whom.
fn needs_subject(slot: Slot) -> bool {
    matches!(
        slot,
        Slot::Count
            | Slot::Percent
            | Slot::Distance
            | Slot::Duration
            | Slot::Ordinal
            | Slot::Identifier
            | Slot::Age
            | Slot::Date
            | Slot::Time
            | Slot::Rating
            | Slot::Status
            | Slot::Role
            | Slot::Hometown
            | Slot::Nationality
            | Slot::Fate
            | Slot::Condition
    )
}

/// A fact a reader looks for when a version leaves it out: a toll, a
/// magnitude, the age of a person named or described by their role, how
/// far from a named place, the day of the event (see
/// [`super::omissions::age_of_someone`], [`super::omissions::distance_from_place`]).
fn salient(f: &Fact, subject: Option<&str>) -> bool {
    match f.slot {
        // An area or a speed was a count of acres or miles before it had its
        // own slot, and a reader looks for it as much.
        Slot::Casualty(_)
        | Slot::Magnitude
        | Slot::Identifier
        | Slot::Count
        | Slot::Money
        | Slot::Area
        | Slot::Speed => !f.vague,
        Slot::Age => super::omissions::age_of_someone(subject),
        Slot::Distance => !f.vague && super::omissions::distance_from_place(subject),
        _ => false,
    }
}
