//! Casualty cues: the kind of casualty a figure counts ("85 people were
//! killed", "the death toll rose to 57"), and what a later figure of a
//! list takes from the one before it (its noun, its casualty kind).

use super::*;

/// "85 people were killed", "85 dead", "2,037 wounded": a casualty word after
/// the counted phrase, past auxiliaries and adverbs.
pub(super) fn post_cue(toks: &[Tok], mut at: usize, lex: &Lexicon) -> Option<(Casualty, usize)> {
    let mut skipped_aside = false;
    let mut skipped_place = false;
    let mut skipped_aboard = false;
    for _ in 0..5 {
        if let Some((c, n)) = lex.post_cue.at(toks, at) {
            return Some((c, at + n));
        }
        // "all 150 people aboard were killed": a word saying where the
        // counted people were stands between them and their fate, once.
        if !skipped_aboard && toks.get(at).is_some_and(|t| lex.is(&t.lower, "np_after")) {
            skipped_aboard = true;
            at += 1;
            continue;
        }
        // "600 residents of Oskeln fled", "12 people in the north were killed":
        // step once over a short phrase saying whose or where they are.
        if !skipped_place && toks.get(at).is_some_and(|t| lex.is(&t.lower, "np_prep")) {
            let mut k = at + 1;
            while k < at + 8
                && toks.get(k).is_some_and(|t| {
                    (t.is_word() && !lex.is(&t.lower, "aux") && !lex.is(&t.lower, "stop"))
                        || lex.is(&t.lower, "definite")
                        || lex.is(&t.lower, "np_prep")
                        || t.is("'s")
                        || (t.is("-") && t.glued)
                })
                && lex.post_cue.at(toks, k).is_none()
            {
                k += 1;
            }
            if k > at + 1 {
                skipped_place = true;
                at = k;
                continue;
            }
        }
        // "85 people, including 20 children, were killed": step over the aside once.
        let comma = toks.get(at).is_some_and(|t| t.is(","));
        let aside = if comma { at + 1 } else { at };
        if !skipped_aside && toks.get(aside).is_some_and(|t| t.is("including")) {
            skipped_aside = true;
            at = aside + 1;
            let limit = at + 6;
            while at < limit
                && toks.get(at).is_some_and(|t| {
                    t.num().is_some()
                        || (t.is_word()
                            && !lex.is(&t.lower, "aux")
                            && lex.post_cue.at(toks, at).is_none())
                })
            {
                at += 1;
            }
            if toks.get(at).is_some_and(|t| t.is(",")) {
                at += 1;
            }
            continue;
        }
        let t = toks.get(at)?;
        // The comma closing an aside: "20 children, were killed".
        let closing_comma = comma
            && toks
                .get(at + 1)
                .is_some_and(|n| n.is_word() && lex.is(&n.lower, "aux"));
        let skippable =
            closing_comma || (t.is_word() && (lex.is(&t.lower, "aux") || t.lower.ends_with("ly")));
        if !skippable {
            return None;
        }
        at += 1;
    }
    None
}

/// "the death toll rose to 57", "the deaths of 12 children", "the number of people
/// killed reached 40".
pub(super) fn toll_cue(toks: &[Tok], first: usize, lex: &Lexicon) -> Option<Casualty> {
    let mut k = first;
    let mut changed = false;
    // Numbers may sit in the chain: "the toll climbed from 50 to 57".
    while k > 0
        && first - k < 6
        && toks
            .get(k - 1)
            .is_some_and(|t| lex.is(&t.lower, "link") || t.num().is_some())
    {
        changed |= toks.get(k - 1).is_some_and(|t| lex.is(&t.lower, "change"));
        k -= 1;
    }
    if k == first {
        return None;
    }
    if let Some((c, _)) = lex.toll_cue.ending(toks, k) {
        return Some(c);
    }
    if !changed {
        return None;
    }
    if let Some((c, _)) = lex.post_cue.ending(toks, k) {
        return Some(c);
    }
    // "The death toll from the quake in Morocco rose to 2,012": the subject of the
    // change verb is a few words further back, within the clause.
    let floor = k.saturating_sub(10);
    while k > floor {
        let t = toks.get(k - 1)?;
        if t.num().is_some() || matches!(t.lower.as_str(), ";" | ":" | "." | "(" | ")") {
            return None;
        }
        if let Some((c, _)) = lex.toll_cue.ending(toks, k) {
            return Some(c);
        }
        k -= 1;
    }
    None
}

/// Within a sentence: "at least 657 people killed and 2,037 wounded" gives the
/// second figure the first one's noun; "killed 20 soldiers and 5 civilians" gives
/// the second one the first one's casualty kind.
pub(super) fn inherit(toks: &[Tok], found: &mut [Found], lex: &Lexicon) {
    // A list shares the noun named after its last member: "45, 30 and 25 seats".
    for n in (1..found.len()).rev() {
        let (done, rest) = found.split_at_mut(n);
        let (Some(prev), Some(cur)) = (done.last_mut(), rest.first()) else {
            continue;
        };
        let listed = cur.first > prev.np_end
            && cur.first - prev.np_end <= 2
            && (prev.np_end..cur.first).all(|j| {
                toks.get(j)
                    .is_some_and(|t| matches!(t.lower.as_str(), "," | "and" | "or"))
            });
        let p = &mut prev.figure;
        if listed && p.counts.is_none() && p.unit.is_none() && cur.figure.unit.is_none() {
            p.counts = cur.figure.counts.clone();
            p.category = p.category.or(cur.figure.category);
        }
    }
    for n in 1..found.len() {
        let (done, rest) = found.split_at_mut(n);
        let (Some(prev), Some(cur)) = (done.last(), rest.first_mut()) else {
            continue;
        };
        let near = cur.first >= prev.np_end && cur.first - prev.np_end <= 8;
        if !near {
            continue;
        }
        let p = &prev.figure;
        let c = &mut cur.figure;
        if c.counts.is_none() && c.unit.is_none() && c.category.is_some() && p.category.is_some() {
            c.counts = p.counts.clone();
        }
        let only_connectors = (prev.np_end..cur.first)
            .all(|j| toks.get(j).is_some_and(|t| lex.is(&t.lower, "connector")));
        if c.category.is_none() && p.category.is_some() && c.unit.is_none() && only_connectors {
            c.category = p.category;
        }
    }
}
