//! The read-only view of one chunk's tokens ([`Ctx`]) and the word tests
//! every recognition rule asks of it: capitals, stop words, titles, roles,
//! demonyms, places, states.

use super::*;

impl StateName {
    pub(super) fn push(self, cx: &Ctx, found: &mut Found, ranges: &mut Vec<(usize, usize, usize)>) {
        let span = cx.span(self.first, self.last);
        let cand = mention_cand(span, self.canonical, ActorKind::Place);
        push(found, ranges, self.first, self.end, cand);
    }
}

impl Ctx<'_> {
    pub(super) fn s(&self, i: usize) -> &str {
        self.ts
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.ts.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }
    pub(super) fn lower(&self, i: usize) -> &str {
        self.lowers.get(i).map_or("", |l| l.as_ref())
    }
    pub(super) fn gaz(&self, i: usize) -> Option<usize> {
        self.ts.get(i).and_then(|t| t.gaz)
    }
    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.is_word(i)
            && (self.gaz(i).is_some()
                || self.s(i).chars().next().is_some_and(char::is_uppercase)
                || particle_name(self.s(i)))
    }

    pub(super) fn is_num(&self, i: usize) -> bool {
        self.is_word(i) && self.s(i).chars().all(|c| c.is_ascii_digit())
    }
    pub(super) fn is_connector(&self, i: usize) -> bool {
        self.is_word(i) && self.gaz(i).is_none() && self.lex.name_particles.contains(self.s(i))
    }
    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.ts.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.s(i) == p
    }
    pub(super) fn is_stop(&self, i: usize) -> bool {
        self.gaz(i).is_none() && self.lex.stopwords.contains(self.s(i))
    }
    /// A word that can be part of a person's name.
    pub(super) fn name_like(&self, i: usize) -> bool {
        if self.is_connector(i) {
            return true;
        }
        let w = self.s(i);
        if self.is_initial(i) && self.is_punct(i + 1, ".") {
            return true;
        }
        self.is_word(i)
            && self.gaz(i).is_none()
            && !self.lex.stopwords.contains(w)
            && self.lex.name_words.get(w) != Some(&NameClass::Adjective)
            && (w.chars().next().is_some_and(char::is_uppercase) || particle_name(w))
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
    }
    /// A single capital letter: an initial ("John F. Kennedy", "J.D. Vance").
    pub(super) fn is_initial(&self, i: usize) -> bool {
        let w = self.s(i);
        self.is_word(i)
            && self.gaz(i).is_none()
            && w.chars().count() == 1
            && w.chars().all(|c| c.is_uppercase())
    }
    /// Is token `i` at the start of a sentence (or of the text)?
    pub(super) fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            j -= 1;
            let t = self.ts[j];
            match t.kind {
                TokKind::Break => return true,
                TokKind::Word | TokKind::Poss => return false,
                TokKind::Punct => {
                    let p = self.s(j);
                    if matches!(p, "." | "!" | "?" | ":" | ";") {
                        return true;
                    }
                    if !matches!(
                        p,
                        "\"" | "\u{201C}"
                            | "\u{2018}"
                            | "'"
                            | "("
                            | "["
                            | "-"
                            | "\u{2014}"
                            | "\u{2013}"
                    ) {
                        return false;
                    }
                }
            }
        }
        true
    }
    /// Previous index, skipping abbreviation dots.
    pub(super) fn prev(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        if self.is_punct(j, ".") {
            // only the dot of an abbreviation ("Gen."), never a sentence end
            let w = j.checked_sub(1)?;
            return self
                .lex
                .title_abbreviations
                .contains(self.lower(w))
                .then_some(w);
        }
        Some(j)
    }
    /// Start index of the longest lowercase-insensitive phrase from `phrases`
    /// that ends at token `end`.
    pub(super) fn phrase_ending_at(&self, phrases: &Phrases, end: usize) -> Option<usize> {
        phrases
            .ending_with(self.lower(end))
            .find_map(|ph| self.ends_with_phrase(ph, end))
    }
    /// End index (exclusive) of the longest phrase from `phrases` starting at `start`.
    pub(super) fn phrase_starting_at(&self, phrases: &Phrases, start: usize) -> Option<usize> {
        phrases
            .starting_with(self.lower(start))
            .find_map(|ph| self.starts_with_phrase(ph, start))
    }
    /// Start index of the phrase `ph` if it ends at token `end`.
    pub(super) fn ends_with_phrase(&self, ph: &[String], end: usize) -> Option<usize> {
        let mut j = end;
        for (n, w) in ph.iter().rev().enumerate() {
            if !self.is_word(j) || self.gaz(j).is_some() || self.lower(j) != w {
                return None;
            }
            if n + 1 < ph.len() {
                j = self.prev(j)?;
            }
        }
        Some(j)
    }
    /// End index (exclusive) of the phrase `ph` if it starts at token `start`.
    pub(super) fn starts_with_phrase(&self, ph: &[String], start: usize) -> Option<usize> {
        let mut j = start;
        for w in ph {
            if !self.is_word(j) || self.gaz(j).is_some() || self.lower(j) != w {
                return None;
            }
            j += 1;
            while self.is_punct(j, ".") && ph.len() > 1 {
                j += 1;
            }
        }
        Some(j)
    }
    /// Extends a role leftwards over modifiers and title words ("former
    /// national security adviser").
    pub(super) fn extend_role(
        &self,
        mut start: usize,
        floor: usize,
        lowercase_only: bool,
    ) -> usize {
        for _ in 0..4 {
            let Some(p) = self.prev(start) else { break };
            if p < floor || !self.is_word(p) || self.gaz(p).is_some() {
                break;
            }
            if lowercase_only && !self.s(p).chars().next().is_some_and(char::is_lowercase) {
                break;
            }
            let l = self.lower(p);
            if self.lex.modifiers.contains(l)
                || self.phrase_ending_at(&self.lex.titles, p).is_some()
            {
                start = p;
            } else {
                break;
            }
        }
        start
    }
    /// Token `i` is a lowercase place-type word ending the name before it
    /// ("Mandi district"), and not the start of a common noun ("town hall").
    pub(super) fn place_head(&self, i: usize) -> bool {
        let w = self.s(i);
        if !self.is_word(i) || self.gaz(i).is_some() || !w.starts_with(char::is_lowercase) {
            return false;
        }
        self.lex
            .place_heads
            .get(w)
            .is_some_and(|not_before| !(self.is_word(i + 1) && not_before.contains(self.s(i + 1))))
    }
    /// Token `a` is where a place is named: right after a locative
    /// preposition ("in", "near") or after a place type or a noun of
    /// `place_of.txt` and "of" ("the town of Bweremana", "residents of
    /// Okoroba"). After a role, "at" names where someone works, not
    /// where ("an official at X"); after what one holds in a company, "in"
    /// names the company ("shares in X").
    pub(super) fn after_locative(&self, a: usize) -> bool {
        let Some(p) = a.checked_sub(1) else {
            return false;
        };
        let l = self.lower(p);
        if !self.is_word(p) || self.gaz(p).is_some() {
            return false;
        }
        if l == "of" {
            return p.checked_sub(1).is_some_and(|q| {
                self.is_word(q)
                    && (self.lex.place_heads.contains_key(self.s(q))
                        || self.lex.place_of.contains(self.lower(q)))
            });
        }
        let before = p.checked_sub(1);
        self.lex.locatives.contains(l)
            && !(l == "at"
                && before.is_some_and(|q| self.phrase_ending_at(&self.lex.titles, q).is_some()))
            && !(l == "in"
                && before.is_some_and(|q| self.lex.not_locative_after.contains(self.lower(q))))
            && self.org_governed(a).is_none()
    }
    /// Token `a` comes right after words that take an organisation: "shares
    /// in", "an analyst at", "the chief executive of". True when only a
    /// company fits ("shares in"), false for an employer that may be a site
    /// ("an engineer at").
    pub(super) fn org_governed(&self, a: usize) -> Option<bool> {
        let p = a.checked_sub(1)?;
        let cue_before = |p: usize| {
            let start = self.phrase_ending_at(&self.lex.org_cues, p)?;
            let cue: Vec<String> = (start..=p)
                .filter(|&x| self.is_word(x))
                .map(|x| self.lower(x).to_string())
                .collect();
            Some(self.lex.company_cues.contains(&cue))
        };
        if !self.place_suffix(p) {
            return cue_before(p);
        }
        // "Atlanta-based BellSouth" is based there: an organisation, as is
        // Acme in "an executive at San Francisco-based Acme", where the cue
        // goes past the adjective of place to the name it describes.
        if self.lex.org_place_suffixes.contains(self.s(p)) {
            return Some(true);
        }
        let mut r = p - 1; // the hyphen
        while r > 0 && self.is_cap(r - 1) {
            r -= 1;
        }
        cue_before(r.checked_sub(1)?)
    }
    /// What follows a name ending before token `b` shows an organisation: its
    /// possessive and a noun only companies have ("Northvolt's chief
    /// executive", "Glencore's shareholders"), or such a noun that is no verb
    /// right after it ("Northvolt employees").
    pub(super) fn org_noun_after(&self, b: usize) -> bool {
        let poss = self.ts.get(b).is_some_and(|t| t.kind == TokKind::Poss);
        let j = if poss { b + 1 } else { b };
        let Some(e) = self.phrase_starting_at(&self.lex.org_nouns, j) else {
            return false;
        };
        poss || {
            let noun: Vec<String> = (j..e).map(|x| self.lower(x).to_string()).collect();
            self.lex.bare_org_nouns.contains(&noun)
        }
    }
    /// A company's legal form or sector word in lower case right after a name
    /// ("Barclays plc"): capitalized ones ("Acme Corp") are inside the name.
    pub(super) fn lowercase_corporate_suffix(&self, b: usize) -> bool {
        self.is_word(b)
            && self.gaz(b).is_none()
            && self.s(b).starts_with(char::is_lowercase)
            && self.lex.corporate_suffixes.contains(self.s(b))
    }
    /// The name in tokens `[x, y)` of a run ending at `b` is a federal state
    /// that shares it with a city, a capital or a country
    /// (`data/actors/federal_states.tsv`), written so that the state is meant:
    /// "Washington state", "New York State", "the state of Washington", "the
    /// State of Mexico". Not "a state of Mexico" (one of its states), "a
    /// Mexico state visit" (see place_heads.tsv), "the state of Mexico's
    /// economy" (its condition).
    pub(super) fn federal_state(&self, x: usize, y: usize, b: usize) -> Option<StateName> {
        let after = if y < b {
            self.s(y) == "State" && self.gaz(y).is_none()
        } else {
            y == b && self.lower(y) == "state" && self.place_head(y)
        };
        let before = (!after)
            .then(|| {
                let of = x.checked_sub(1)?;
                let st = of.checked_sub(1)?;
                if self.lower(of) != "of" || self.lower(st) != "state" || self.gaz(st).is_some() {
                    return None;
                }
                let det = st.checked_sub(1).map_or("", |d| self.lower(d));
                let poss = self.ts.get(y).is_some_and(|t| t.kind == TokKind::Poss);
                let named = self.s(st) == "State" && !matches!(det, "a" | "an");
                (named || (det == "the" && !poss)).then_some(st)
            })
            .flatten();
        if !after && before.is_none() {
            return None;
        }
        let canonical = self.lex.federal_states.get(&key(&self.text_of(x, y - 1)))?;
        let (first, last, end) = match before {
            Some(st) => (st, y - 1, y),
            None => (x, y, y + 1),
        };
        Some(StateName {
            first,
            last,
            end,
            canonical: canonical.clone(),
        })
    }
    /// Token `i` is a word of `place_suffixes.txt` joined by a hyphen to the
    /// word before it ("based" in "San Francisco-based").
    pub(super) fn place_suffix(&self, i: usize) -> bool {
        let joined = |x: usize, y: usize| match (self.ts.get(x), self.ts.get(y)) {
            (Some(l), Some(r)) => l.end == r.start,
            _ => false,
        };
        // asked after every run: the hyphen first, the table last
        i >= 2
            && self.s(i - 1).starts_with(HYPHENS)
            && joined(i - 2, i - 1)
            && joined(i - 1, i)
            && self.is_word(i)
            && self.lex.place_suffixes.contains(self.s(i))
    }

    /// The name ending before token `b` is an adjective of place: "San
    /// Francisco-based", "a Gaza-born doctor".
    pub(super) fn place_adjective(&self, b: usize) -> bool {
        self.place_suffix(b + 1)
    }

    /// A city, a comma at token `comma` and the city's state: "Spokane,
    /// Washington", "Springfield, Ill.", "Vancouver, British Columbia"
    /// (`data/actors/subdivisions.tsv`). The state must end the phrase
    /// (punctuation, a line break or a lowercase word follows: "a Spokane,
    /// Washington, man"), so that a name going on ("Hutchison, Texas
    /// Republican") or owning something ("Smith, Washington's envoy") is not
    /// read as one. A state's name that the gazetteer knows as something
    /// else, the capital Washington or the country Georgia, is the state only
    /// in the surest form: after a city the gazetteer does not know as a
    /// capital or a country, inside a sentence, and followed by punctuation,
    /// so that "Ankara, Washington and Moscow", "Tbilisi, Georgia" or
    /// "Meanwhile, Washington said" keep their reading.
    pub(super) fn city_state(&self, comma: usize) -> Option<StateName> {
        if !self.is_punct(comma, ",") {
            return None;
        }
        let city = comma.checked_sub(1)?;
        let first = comma + 1;
        if !self.is_cap(first)
            || !self.is_cap(city)
            || self.is_stop(city)
            || !self
                .lex
                .subdivision_starts
                .contains(self.lower(first).split(' ').next().unwrap_or(""))
        {
            return None;
        }
        // The longest written form of a state from `first`.
        let mut found = None;
        let mut j = first;
        while j < first + 6 && (self.is_word(j) || self.is_punct(j, ".")) {
            if self.is_word(j) {
                if let Some(sd) = self.lex.subdivisions.get(&key(&self.text_of(first, j))) {
                    found = Some((j, sd));
                }
            }
            j += 1;
        }
        let (mut last, sd) = found?;
        // a gazetteer name of another kind: the capital Washington, the
        // country Georgia (not the demonym in "British Columbia")
        let other_reading = last == first
            && self.gaz(first).is_some()
            && !self.gazetteer_kind(first, ActorKind::Place);
        // The abbreviation's dot, which may also end the sentence; only a
        // dot written against the letters ("Ga."), never one after a space
        // ("GA ."), which belongs to the sentence alone.
        if sd.abbreviation
            && self.is_punct(last + 1, ".")
            && self.ts[last + 1].start == self.ts[last].end
        {
            last += 1;
        }
        let next = last + 1;
        let punct_after = match self.ts.get(next) {
            None => true,
            Some(t) => {
                t.kind == TokKind::Break
                    || (t.kind == TokKind::Punct
                        && !self.s(next).starts_with(HYPHENS)
                        && self.s(next) != "&")
            }
        };
        let ends = (sd.abbreviation && self.is_punct(last, "."))
            || punct_after
            || (self.is_word(next) && self.s(next).starts_with(char::is_lowercase));
        let city_ok = match self.gaz(city) {
            Some(p) => {
                self.gazetteer_kind(city, ActorKind::Place)
                    || (!other_reading && self.lex.patterns[p].alias == AliasKind::Capital)
            }
            // a dateline's "AMHERST, N.Y." too
            None => {
                (self.name_like(city) || self.all_caps(city))
                    && !self.lex.org_heads.contains(self.s(city))
                    && !self.lex.corporate_suffixes.contains(self.s(city))
            }
        };
        let sure =
            !other_reading || (punct_after && !self.sentence_initial(capitalized_from(self, city)));
        (ends && city_ok && sure).then(|| StateName {
            first,
            last,
            end: last + 1,
            canonical: sd.canonical.clone(),
        })
    }

    /// Token `i` is a word of three or more letters, all capitals ("AMHERST").
    pub(super) fn all_caps(&self, i: usize) -> bool {
        let w = self.s(i);
        self.is_word(i)
            && self.gaz(i).is_none()
            && w.chars().count() >= 3
            && w.chars().all(|c| c.is_uppercase() || c == '-')
    }

    /// Token `i` is a gazetteer entry of this kind, written by its name.
    pub(super) fn gazetteer_kind(&self, i: usize, kind: ActorKind) -> bool {
        self.gaz(i).is_some_and(|p| {
            let pat = &self.lex.patterns[p];
            pat.alias == AliasKind::Name && self.lex.entries[pat.entry].kind == kind
        })
    }

    /// Token `a` follows "at" after a role ("a commander at X", "an official
    /// at X"): where the holder serves or works, a place or an organisation.
    /// The kind to give the name when nothing else tells: a place after a
    /// title of `posted_titles.txt`, `other` after the rest.
    pub(super) fn workplace(&self, a: usize) -> Option<ActorKind> {
        let at = a.checked_sub(1)?;
        let role = at.checked_sub(1)?;
        if self.lower(at) != "at" || !self.is_word(at) || self.gaz(at).is_some() {
            return None;
        }
        self.phrase_ending_at(&self.lex.titles, role)?;
        Some(if self.lex.posted_titles.contains(self.lower(role)) {
            ActorKind::Place
        } else {
            ActorKind::Other
        })
    }

    /// The words around "X State" in tokens `[a, b)` show a university or
    /// its team: "Ohio State beat Michigan", "Ohio State's coach", "played
    /// at Ohio State" (`data/actors/x_state_cues.tsv`).
    pub(super) fn school_cue(&self, a: usize, b: usize) -> bool {
        let after = if self.ts.get(b).is_some_and(|t| t.kind == TokKind::Poss) {
            b + 1
        } else {
            b
        };
        let before = a.checked_sub(1).and_then(|p| {
            if self.is_punct(p, ".") {
                p.checked_sub(1) // "vs."
            } else {
                Some(p)
            }
        });
        self.phrase_starting_at(&self.lex.school_after, after)
            .is_some()
            || before.is_some_and(|p| self.phrase_ending_at(&self.lex.school_before, p).is_some())
    }

    /// Tokens `[a, b)` are a later member of a list whose first member is a
    /// place after a locative preposition ("in Abancay and Cusco", "in Varna,
    /// Ruse or Burgas", "in Kennebunkport, Maine."). A name that goes on with
    /// a verb or a place of its own ("in Amman, and Craig Forman in Cairo")
    /// is not a member.
    pub(super) fn in_place_list(&self, a: usize, b: usize) -> bool {
        let ends_member = match self.ts.get(b) {
            None => true,
            Some(t) => {
                t.kind == TokKind::Break
                    || (t.kind == TokKind::Punct
                        && matches!(self.s(b), "," | "." | ";" | ":" | ")"))
                    || matches!(self.lower(b), "and" | "or")
            }
        };
        if !ends_member {
            return false;
        }
        let mut a = a;
        for _ in 0..8 {
            let Some(p) = a.checked_sub(1) else {
                return false;
            };
            if !(matches!(self.lower(p), "and" | "or") || self.is_punct(p, ",")) {
                return false;
            }
            let mut q = p;
            if q > 0 && self.is_punct(q - 1, ",") {
                q -= 1; // "Varna, Ruse, and Burgas"
            }
            let mut r = q;
            while r > 0 && q - r < MAX_RUN && self.is_cap(r - 1) {
                r -= 1;
            }
            if r == q {
                return false;
            }
            if self.after_locative(r) {
                return self.could_be_place(r);
            }
            a = r;
        }
        false
    }
    /// Token `i` is a gazetteer place or country, by its name or its capital.
    pub(super) fn gazetteer_place(&self, i: usize) -> bool {
        self.gaz(i).is_some_and(|p| {
            let pat = &self.lex.patterns[p];
            matches!(pat.alias, AliasKind::Name | AliasKind::Capital)
                && matches!(
                    self.lex.entries[pat.entry].kind,
                    ActorKind::Country | ActorKind::Place
                )
        })
    }
    /// Token `i` may start a place name: a gazetteer place or country, or a
    /// word known as nothing else ("in Spanish, Jesus, ..." lists no places).
    pub(super) fn could_be_place(&self, i: usize) -> bool {
        match self.gaz(i) {
            Some(_) => self.gazetteer_place(i),
            None => {
                let w = self.s(i);
                self.name_like(i)
                    && !self.lex.non_places.contains(w)
                    && !self.lex.org_heads.contains(w)
                    && self
                        .lex
                        .name_words
                        .get(w)
                        .is_none_or(|c| *c == NameClass::Place)
            }
        }
    }
    /// Capitalized words `[a, b)` before a place-type word at `b` name a place
    /// of that type. Not when they describe it instead: after "a" ("a Kenyan
    /// village"), when the place is named after "of" ("the Ligurian town of
    /// Borgo Vallino"; but "the Donetsk region of Ukraine"), or as an
    /// adjective ("the Crimean peninsula").
    pub(super) fn named_with_head(&self, a: usize, b: usize) -> bool {
        if !self.place_head(b) {
            return false;
        }
        let indefinite = a
            .checked_sub(1)
            .is_some_and(|p| matches!(self.lower(p), "a" | "an"));
        let named_after = self.lower(b + 1) == "of"
            && self.is_cap(b + 2)
            && !self.gaz(b + 2).is_some_and(|p| {
                self.lex.entries[self.lex.patterns[p].entry].kind == ActorKind::Country
            });
        let adjective = b == a + 1
            && self
                .lex
                .adjective_endings
                .iter()
                .any(|e| self.s(a).ends_with(e.as_str()));
        !indefinite && !named_after && !adjective
    }
    /// A place starts at token `i`: a gazetteer place or country, or
    /// capitalized words before a place-type word ("Mandi district").
    pub(super) fn place_at(&self, i: usize) -> bool {
        if self.gaz(i).is_some() {
            return self.gazetteer_place(i);
        }
        let mut j = i;
        while j < i + MAX_RUN && self.is_cap(j) && self.gaz(j).is_none() {
            j += 1;
        }
        j > i && self.named_with_head(i, j)
    }
    pub(super) fn span(&self, a: usize, b_incl: usize) -> Span {
        match (self.ts.get(a), self.ts.get(b_incl)) {
            (Some(x), Some(y)) if x.start <= y.end => Span::new(x.start, y.end),
            _ => Span::default(),
        }
    }
    pub(super) fn text_of(&self, a: usize, b_incl: usize) -> String {
        let sp = self.span(a, b_incl);
        self.text
            .get(sp.start..sp.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
    pub(super) fn role(&self, a: usize, b_incl: usize) -> Option<String> {
        let r = self.text_of(a, b_incl);
        (!r.is_empty()).then_some(r)
    }
}
