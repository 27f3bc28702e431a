//! Capitalized names the gazetteer does not know: persons, places,
//! organisations and other bodies, told apart by the words inside and around
//! the name.

use super::*;

/// A run of capitalized words the gazetteer does not know.
pub(super) fn unknown(
    cx: &Ctx,
    a: usize,
    b: usize,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let a = name_start(cx, a, b);
    if a >= b {
        return;
    }
    let words = (a..b)
        .filter(|&x| cx.is_word(x) && !cx.is_connector(x))
        .count();
    if cx.headline {
        // Title Case makes every word look like a name: only words that the
        // rest of the text names in full can be trusted here.
        for x in a..b {
            if cx.is_word(x) && !cx.is_connector(x) && !cx.is_stop(x) {
                found.pending.push(Pending {
                    span: cx.span(x, x),
                    speaker: false,
                    locative: false,
                    mid_sentence: false,
                    org: false,
                    workplace: None,
                });
            }
        }
        return;
    }
    if title_alone(cx, a, b, found, ranges) {
        return;
    }
    let run_end = b;
    // Past a title on its own: a title or a dot ending the run ("... A Gen.")
    // names no one and is not part of a name.
    let mut b = b;
    while b > a {
        if cx.is_punct(b - 1, ".") {
            b -= 1;
        } else if let Some(t) = cx
            .phrase_ending_at(&cx.lex.titles, b - 1)
            .filter(|&t| t >= a)
        {
            b = t;
        } else {
            break;
        }
    }
    if a >= b {
        return;
    }
    let lex = cx.lex;
    let adjective = |x: usize| lex.name_words.get(cx.s(x)) == Some(&NameClass::Adjective);
    if (a..b).all(|x| !cx.is_word(x) || cx.is_connector(x) || adjective(x)) {
        return;
    }
    // "Atlanta-based", "a Gaza-born doctor": a place, whatever cue comes
    // before it ("an executive at San Francisco-based Acme").
    if b == run_end && cx.place_adjective(b) {
        located_place(cx, a, b, found, ranges);
        return;
    }
    // "Kano State", "Kano state", "the state of Kano": a state named like its
    // capital has a name of its own, never merged with the city.
    let state = if b - a >= 2 && cx.s(b - 1) == "State" {
        cx.federal_state(a, b - 1, b)
    } else if b == run_end {
        cx.federal_state(a, b, b)
    } else {
        None
    };
    if let Some(st) = state {
        st.push(cx, found, ranges);
        return;
    }
    // "Barclays plc": a company, and so is the bare "Barclays" elsewhere.
    if b == run_end && cx.lowercase_corporate_suffix(b) {
        found.org_keys.push(key(&cx.text_of(a, b - 1)));
        let cand = mention_cand(cx.span(a, b), cx.text_of(a, b), ActorKind::Organization);
        push(found, ranges, a, b + 1, cand);
        return;
    }
    // Where only an organisation fits: "shares in X", "an analyst at X",
    // "X's chief executive". A bare noun after a sentence's first word may
    // follow a common noun ("Airline employees"), so there it needs the
    // possessive.
    let poss_after = cx.ts.get(b).is_some_and(|t| t.kind == TokKind::Poss);
    let cue = cx.org_governed(a);
    let company = cue == Some(true)
        || (b == run_end
            && cx.org_noun_after(b)
            && (poss_after || words >= 2 || !cx.sentence_initial(a)));
    let org = company || cue.is_some();
    if org {
        let keys = if company {
            &mut found.org_keys
        } else {
            &mut found.employer_keys
        };
        keys.push(key(&cx.text_of(a, b - 1)));
    }
    // "Mandi district", "the Kherson region": a name with its place type. The
    // type word is part of the mention but not of the name, so that "in
    // Nueva Vizcaya" and "in Nueva Vizcaya province" name one place, as
    // "Gaza City" and "Gaza" do in the gazetteer.
    if b == run_end
        && cx.named_with_head(a, b)
        && !(a..b).any(|x| lex.name_words.get(cx.s(x)) == Some(&NameClass::Thing))
    {
        let name = cx.span(a, b - 1);
        if words == 1 && cx.sentence_initial(a) {
            found.initial_places.push((cx.span(a, b), name));
        } else {
            let canonical = cx.text_of(a, b - 1);
            found.headed_names.push(key(&canonical));
            push(
                found,
                ranges,
                a,
                b + 1,
                mention_cand(cx.span(a, b), canonical, ActorKind::Place),
            );
        }
        return;
    }
    if words >= 2 {
        let class_of = |x: usize| {
            lex.name_words.get(cx.s(x)).copied().map(|c| {
                if c == NameClass::Adjective {
                    NameClass::Other
                } else {
                    c
                }
            })
        };
        let last = (a..b).rev().find(|&x| cx.is_word(x)).unwrap_or(a);
        // A capitalized place type ending the name: "Kano State",
        // "Zaporizhzhia Oblast", "Mekong Delta" (its lowercase form is a
        // place head; those in name_words.tsv already have their class).
        let place_type = |x: usize| {
            lex.place_heads
                .contains_key(cx.lower(x))
                .then_some(NameClass::Place)
                .filter(|_| cx.s(x).starts_with(char::is_uppercase))
        };
        let class = class_of(last)
            .or_else(|| (a..b).find_map(class_of))
            .or_else(|| {
                (a..b)
                    .any(|x| matches!(cx.s(x), "of" | "for"))
                    .then_some(NameClass::Other)
            })
            .or_else(|| place_type(last));
        let class = match class {
            None if words > 4 => Some(NameClass::Other),
            c => c,
        };
        if let Some(class) = class {
            let kind = match class {
                NameClass::Thing => return,
                NameClass::Place => ActorKind::Place,
                NameClass::Other | NameClass::Adjective if org => ActorKind::Organization,
                NameClass::Other | NameClass::Adjective => ActorKind::Other,
            };
            push(
                found,
                ranges,
                a,
                b,
                Cand {
                    span: cx.span(a, b - 1),
                    canonical: cx.text_of(a, b - 1),
                    kind,
                    role: None,
                    gazetteer: false,
                    generic: false,
                },
            );
            return;
        }
    }
    // A lone unknown word at a sentence start before "said" is as often a
    // common noun ("Witnesses said") as a surname, so it needs more evidence.
    let w = cx.s(a);
    let plural_like = w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e));
    // The object of a preposition does not speak: "residents of Okoroba
    // told", "a spokesman for Acme said", "fighting in Bakhmut continued".
    let object = a.checked_sub(1).is_some_and(|p| {
        cx.is_word(p)
            && (cx.lex.locatives.contains(cx.lower(p)) || cx.lex.prepositions.contains(cx.lower(p)))
    });
    let speaker = cx.lex.speech_verbs.contains(cx.lower(b))
        && !object
        && !(cx.sentence_initial(a) && plural_like);
    // A name the lexicon does not know, right after "in", "near"...: a place,
    // unless a possessive makes it the owner of something that is not one
    // ("in Donald Trump's cabinet", but "in Himachal Pradesh's Mandi district").
    // Only a whole name: not "New" of "in New Mexico" or "Standard" of "in
    // Standard & Poor's".
    // "Spokane, Washington", "AMHERST, N.Y.": a city
    let city = b == run_end && cx.city_state(b).is_some();
    let located = (cx.after_locative(a) || cx.in_place_list(a, b) || city)
        && !cx.is_cap(b)
        && !cx.is_punct(b, "&")
        && (b >= cx.ts.len()
            || cx.ts[b].kind != TokKind::Poss
            || (b == run_end && cx.place_at(b + 1)));
    // "a commander at Chasiv Yar", "an official at Kryvyi Rih": where the
    // role is held, never a person; not "an aide at Smith's office".
    let workplace = cx
        .workplace(a)
        .filter(|_| !org && cx.ts.get(b).is_none_or(|t| t.kind != TokKind::Poss));
    if words >= 2 && org {
        let cand = mention_cand(
            cx.span(a, b - 1),
            cx.text_of(a, b - 1),
            ActorKind::Organization,
        );
        push(found, ranges, a, b, cand);
    } else if let Some(kind) = workplace.filter(|_| words >= 2) {
        found.workplaces.push(found.cands.len());
        let cand = mention_cand(cx.span(a, b - 1), cx.text_of(a, b - 1), kind);
        push(found, ranges, a, b, cand);
    } else if words >= 2 && (city || (a..b).all(|x| cx.name_like(x) || cx.is_punct(x, "."))) {
        if located {
            located_place(cx, a, b, found, ranges);
        } else {
            person(cx, a, b, None, found, ranges);
        }
    } else if words == 1 && b == a + 1 && !cx.lex.org_heads.contains(w) {
        found.pending.push(Pending {
            span: cx.span(a, a),
            speaker,
            locative: located && (city || cx.could_be_place(a)),
            mid_sentence: !cx.sentence_initial(a),
            org,
            workplace,
        });
    }
}
