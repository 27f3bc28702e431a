//! One finding per fact: the values a report gives for one fact (one event
//! instance, slot and subject, which the reader sees as one topic) stand
//! under exactly one kind. A reader who is told that two hospital conditions
//! clash must not find, beside it, a finding that calls the same two
//! conditions compatible. Versions that give the very same value still
//! agree beside a third that clashes with them: that agreement relates
//! other versions and calls nothing compatible.
//!
//! The findings of one fact's values whose compatible group holds two values
//! that another finding sets apart (`slots`) are merged into the strongest
//! kind among them — contradiction, then update, then compatible — with the
//! values only the weaker findings gave listed as "also given": they stay
//! in the report without being called compatible with values that clash.
//! One pair is two facts, and stays two findings: a running count that
//! moved on between days and clashes within the later day is an update
//! across the moments and a contradiction within one.

use super::*;

impl Cx<'_> {
    /// The findings of one fact, merged: a clash and a change of a running
    /// count stay two findings (the change is across moments, the clash
    /// within one: "eight" on Monday, "at least 15" and "eleven" on
    /// Tuesday), and every other finding of the fact is merged into the
    /// strongest of them (`merged`).
    pub(super) fn one_finding(&self, group: Vec<Finding>) -> Vec<Finding> {
        // Versions that give the same value agree, whatever a third version
        // says: "b = c" beside "a against b" is two relations of two sets of
        // versions (as the gold conventions split them), and an agreement
        // never calls clashing values compatible. It stays a finding of its
        // own beside the clash or the change.
        let (agreements, group): (Vec<Finding>, Vec<Finding>) =
            group.into_iter().partition(|f| f.kind == Kind::Agreement);
        if group.is_empty() {
            return self.merged(agreements).into_iter().collect();
        }
        let mut out = self.one_finding_of_values(group);
        out.extend(agreements);
        out
    }

    /// `one_finding` for the findings that set values against each other.
    fn one_finding_of_values(&self, group: Vec<Finding>) -> Vec<Finding> {
        let (updates, rest): (Vec<Finding>, Vec<Finding>) =
            group.into_iter().partition(|f| f.kind == Kind::Update);
        let clash = rest.iter().any(|f| f.kind == Kind::Contradiction);
        if clash && !updates.is_empty() {
            return self
                .merged(rest)
                .into_iter()
                .chain(self.merged(updates))
                .collect();
        }
        self.merged(updates.into_iter().chain(rest).collect())
            .into_iter()
            .collect()
    }

    /// Merges findings of one fact into one finding of the strongest kind
    /// among them. The findings of the strongest kind keep their
    /// explanations; a weaker one adds the values of versions the stronger
    /// ones do not cite, as "also given".
    fn merged(&self, mut group: Vec<Finding>) -> Option<Finding> {
        // Strongest first; within a kind, in the order the rules made them.
        group.sort_by_key(|f| f.kind);
        let mut rest = group.into_iter();
        let mut main = rest.next()?;
        let mut also: Vec<(usize, Span)> = Vec::new();
        for f in rest {
            main.cites.extend(f.cites.iter().copied());
            let told = f.kind == main.kind;
            if told {
                // Two findings of one kind about one fact (a sum in euros
                // and one in dollars that each clash): both explanations
                // hold.
                main.explanation = format!("{} {}", main.explanation, f.explanation);
            }
            for (d, s) in f.values {
                if main.values.iter().all(|&(e, _)| e != d) {
                    main.values.push((d, s));
                    if !told {
                        also.push((d, s));
                    }
                }
            }
        }
        if !also.is_empty() {
            // "“Friday night” (c)": each wording once, with its versions.
            let mut words: Vec<(String, Vec<usize>)> = Vec::new();
            for &(d, s) in &also {
                let t = self.text(d, s).to_string();
                match words.iter_mut().find(|(w, _)| *w == t) {
                    Some((_, ds)) => ds.push(d),
                    None => words.push((t, vec![d])),
                }
            }
            let listed: Vec<String> = words
                .iter()
                .map(|(w, ds)| format!("“{w}” ({})", self.names(ds.iter().copied())))
                .collect();
            main.explanation = format!("{} Also given: {}.", main.explanation, listed.join("; "));
        }
        Some(main)
    }
}
