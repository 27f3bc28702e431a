//! One run of capitalized words: split into gazetteer names, persons named
//! after a title, and the unknown rest.

use super::*;

/// Classifies one run of capitalized words `[a, b)`.
pub(super) fn chain(
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
    let lex = cx.lex;
    // "Spokane, Washington": the state of the city before the comma.
    if let Some(st) = a
        .checked_sub(1)
        .and_then(|comma| cx.city_state(comma))
        .filter(|st| st.first == a)
    {
        let rest = st.end;
        found.city_states.push(CityState {
            city: key(&cx.text_of(capitalized_from(cx, a - 2), a - 2)),
            state: found.cands.len(),
            plain: cx.gaz(a).filter(|_| st.last == a).and_then(|p| {
                let pat = &lex.patterns[p];
                let entry = &lex.entries[pat.entry];
                (pat.alias != AliasKind::Demonym).then(|| (entry.canonical.clone(), entry.kind))
            }),
        });
        st.push(cx, found, ranges);
        if rest < b {
            chain(cx, rest, b, found, ranges);
        }
        return;
    }
    if cx.place_adjective(b) {
        // "Ninoska Perez of the Miami-based foundation": the name before "of
        // the" is not part of the place.
        let start = capitalized_from(cx, b - 1);
        if start >= a + 2 && cx.lower(start - 1) == "the" && cx.is_connector(start - 2) {
            chain(cx, a, start - 2, found, ranges);
            chain(cx, start, b, found, ranges);
            return;
        }
    }
    // "Miami Beach, Fla.", "Salt Lake City-based": a place named with a
    // known name is one place.
    let known_inside = b > a + 1 && (a..b).any(|x| cx.gazetteer_place(x));
    if known_inside
        && (cx.city_state(b).is_some() || cx.place_adjective(b))
        && (a..b).all(|x| cx.gazetteer_place(x) || cx.name_like(x))
    {
        located_place(cx, a, b, found, ranges);
        return;
    }
    // "Supporters of the National Council ...", "Critics of Nicolás Maduro": a
    // sentence-initial common noun linked by "of" is not part of the name.
    if cx.sentence_initial(a)
        && matches!(cx.s(a + 1), "of" | "for")
        && cx.gaz(a).is_none()
        && !lex.org_heads.contains(cx.s(a))
        && cx.phrase_starting_at(&lex.titles, a).is_none()
    {
        let mut x = a + 1;
        while x < b && (cx.is_connector(x) || cx.lower(x) == "the") {
            x += 1;
        }
        return chain(cx, x, b, found, ranges);
    }
    // A title inside the run: "Prime Minister Anthony Albanese".
    let mut k = b - 1;
    while k > a {
        // A name may start with a word the gazetteer knows as a place
        // ("Defense Minister Israel Katz") when an unknown name word follows.
        let place_first =
            cx.gazetteer_place(k) && k + 1 < b && cx.name_like(k + 1) && !cx.is_connector(k + 1);
        let rest_ok = (place_first || (cx.name_like(k) && !cx.is_connector(k)))
            && (k + 1..b).all(|x| cx.name_like(x) || cx.is_punct(x, "."))
            && !lex.org_heads.contains(cx.s(b - 1));
        if rest_ok {
            if let Some(p) = cx.prev(k) {
                if p >= a {
                    if let Some(ts) = cx.phrase_ending_at(&lex.titles, p) {
                        if ts >= a {
                            let rs = cx.extend_role(ts, a, false);
                            let rs = if rs == a {
                                cx.extend_role(rs, 0, true)
                            } else {
                                rs
                            };
                            let role = cx.role(rs, k - 1);
                            person(cx, k, b, role, found, ranges);
                            if rs > a {
                                chain(cx, a, rs.min(ts), found, ranges);
                            }
                            return;
                        }
                    }
                }
            }
        }
        k -= 1;
    }
    // "the Senate", "the Parliament": a body named by its head word alone.
    if b == a + 1
        && cx.gaz(a).is_none()
        && lex.org_heads.contains(cx.s(a))
        && a.checked_sub(1).is_some_and(|q| cx.lower(q) == "the")
        && !cx.headline
    {
        let name = cx.s(a).to_string();
        let canonical = match state_before(cx, a) {
            Some(c) => format!("{name} ({c})"),
            None => name,
        };
        push(
            found,
            ranges,
            a,
            b,
            Cand {
                span: cx.span(a, a),
                canonical,
                kind: ActorKind::Organization,
                role: None,
                gazetteer: false,
                generic: true,
            },
        );
        return;
    }
    // A title alone: "Japan's Finance Minister said", "the Prime Minister".
    if title_alone(cx, a, b, found, ranges) {
        return;
    }
    let has_gaz = (a..b).any(|x| cx.gaz(x).is_some());
    // A role before the run: "spokesperson Oren Marmorstein", "an officer named X".
    if !has_gaz && (a..b).all(|x| cx.name_like(x) || cx.is_punct(x, ".")) {
        let mut p = a.checked_sub(1);
        if let Some(q) = p {
            if NAMING.contains(&cx.lower(q)) || cx.is_punct(q, ",") {
                p = q.checked_sub(1);
            }
        }
        if let Some(p) = p {
            if cx.s(p).chars().next().is_some_and(char::is_lowercase)
                && !ADJECTIVE_TITLES.contains(&cx.s(p))
            {
                if let Some(ts) = cx.phrase_ending_at(&lex.titles, p) {
                    let rs = cx.extend_role(ts, 0, true);
                    let role = cx.role(rs, p);
                    person(cx, a, b, role, found, ranges);
                    return;
                }
            }
        }
    }
    // Organization by its head word: "Supreme National Security Council", "Unit 8200".
    // The head may be followed by a complement: "National Council of Resistance of Iran".
    let last = b - 1;
    // A gazetteer body inside a longer name ("Supreme" + "National Security
    // Council") heads a different organization.
    let is_head = |x: usize| {
        let last_word = cx.s(x).rsplit(' ').next().unwrap_or("");
        (lex.org_heads.contains(last_word) || lex.corporate_suffixes.contains(last_word))
            && (cx.gaz(x).is_none()
                || (a..x).any(|y| cx.gaz(y).is_none() && !cx.is_connector(y))
                    && cx.gaz(x).is_some_and(|p| {
                        lex.entries[lex.patterns[p].entry].kind == ActorKind::Organization
                    }))
    };
    // "Reuters Holdings PLC", "Microsoft Corp": a known company with its
    // legal form is still that company, under its gazetteer name.
    if let Some(p) = cx.gaz(a).filter(|_| b > a + 1) {
        let pat = &lex.patterns[p];
        let entry = &lex.entries[pat.entry];
        let forms = (a + 1..b).all(|x| {
            cx.is_punct(x, ".")
                || (cx.is_word(x) && cx.gaz(x).is_none() && lex.corporate_forms.contains(cx.s(x)))
        });
        if forms && pat.alias == AliasKind::Name && entry.kind == ActorKind::Organization {
            let last = if cx.lowercase_corporate_suffix(b) && lex.corporate_forms.contains(cx.s(b))
            {
                b
            } else {
                b - 1
            };
            let cand = Cand {
                span: cx.span(a, last),
                canonical: entry.canonical.clone(),
                kind: entry.kind,
                role: None,
                gazetteer: true,
                generic: false,
            };
            push(found, ranges, a, last + 1, cand);
            return;
        }
    }
    // "X State": a university or its team where the words around say so
    // ("Ohio State beat Michigan"); a US state's name before "State" with
    // no such word is left open ("Ohio State" alone). Other names keep the
    // rules below ("Washington State", "Kano State", "Borno State").
    if b >= a + 2 && cx.s(b - 1) == "State" && cx.gaz(b - 1).is_none() && !cx.headline {
        let name = cx.text_of(a, b - 1);
        let place = key(&cx.text_of(a, b - 2));
        let us_state = lex
            .subdivisions
            .get(&place)
            .is_some_and(|sd| sd.us && !sd.abbreviation)
            && !lex.federal_states.contains_key(&place);
        let span = cx.span(a, b - 1);
        if cx.school_cue(a, b) {
            push(found, ranges, a, b, school(span, &name));
            return;
        }
        found.schools.push((span, name.clone()));
        if let Some(sd) = lex.subdivisions.get(&place).filter(|_| us_state) {
            // "the Florida State court" is the state's
            let cand = if cx.phrase_starting_at(&lex.state_after, b).is_some() {
                mention_cand(span, sd.canonical.clone(), ActorKind::Place)
            } else {
                mention_cand(span, name, ActorKind::Other)
            };
            push(found, ranges, a, b, cand);
            return;
        }
    }
    let head_at = (a..b)
        .filter(|&x| is_head(x))
        .find(|&x| x + 1 == b || (x + 2 == b && cx.is_num(x + 1)) || cx.is_connector(x + 1));
    if head_at.is_some() && b - a >= 2 {
        // "Northvolt AB": the bare "Northvolt" elsewhere is the company too.
        if lex.corporate_suffixes.contains(cx.s(last)) {
            found.org_keys.push(key(&cx.text_of(a, last - 1)));
        }
        push(
            found,
            ranges,
            a,
            b,
            Cand {
                span: cx.span(a, last),
                canonical: cx.text_of(a, last),
                kind: ActorKind::Organization,
                role: None,
                gazetteer: false,
                generic: false,
            },
        );
        return;
    }
    // Otherwise: gazetteer names, and runs of unknown words between them.
    let mut x = a;
    while x < b {
        let mut y = x;
        while y < b && cx.gaz(y).is_none() {
            y += 1;
        }
        // "the State of Mexico": the words before the name belong to it.
        let state = cx
            .gaz(y)
            .filter(|&p| {
                y < b && matches!(lex.patterns[p].alias, AliasKind::Name | AliasKind::Capital)
            })
            .and_then(|_| cx.federal_state(y, y + 1, b));
        let upto = state.as_ref().map_or(y, |st| st.first.max(x));
        if upto > x {
            unknown(cx, x, upto, found, ranges);
        }
        if let Some(st) = state {
            x = st.end;
            st.push(cx, found, ranges);
        } else if let Some(p) = cx.gaz(y).filter(|_| y < b) {
            gazetteer(cx, y, p, y + 1 < b && cx.is_cap(y + 1), found, ranges);
            x = y + 1;
        } else {
            x = y;
        }
    }
}

fn gazetteer(
    cx: &Ctx,
    i: usize,
    p: usize,
    before_name: bool,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let lex = cx.lex;
    let Some(pat) = lex.patterns.get(p) else {
        return;
    };
    let entry = &lex.entries[pat.entry];
    let (canonical, kind) = match pat.alias {
        AliasKind::Block => return,
        AliasKind::Name => (entry.canonical.clone(), entry.kind),
        AliasKind::Capital => {
            // "in Paris", "Paris, Texas", "a Paris-based firm": the city
            let locative = i
                .checked_sub(1)
                .is_some_and(|q| lex.locatives.contains(cx.lower(q)))
                || cx.city_state(i + 1).is_some()
                || cx.place_adjective(i + 1);
            if locative {
                (pat.written.clone(), ActorKind::Place)
            } else {
                (entry.canonical.clone(), entry.kind)
            }
        }
        AliasKind::Demonym => {
            if before_name || !demonym_is_actor(cx, i) {
                return;
            }
            (entry.canonical.clone(), entry.kind)
        }
        AliasKind::DemonymPlural => {
            // "the Israelis said" is the state; "Iranians protested" the people
            if i.checked_sub(1).is_none_or(|q| cx.lower(q) != "the") {
                return;
            }
            (entry.canonical.clone(), entry.kind)
        }
    };
    push(
        found,
        ranges,
        i,
        i + 1,
        Cand {
            span: cx.span(i, i),
            canonical,
            kind,
            role: None,
            gazetteer: true,
            generic: false,
        },
    );
}

/// A demonym stands for its state when a state-agent noun follows, possibly
/// after a few lowercase words ("Israeli security and intelligence community").
fn demonym_is_actor(cx: &Ctx, i: usize) -> bool {
    for j in i + 1..i + 5 {
        if cx.phrase_starting_at(&cx.lex.state_heads, j).is_some() {
            return true;
        }
        let w = cx.s(j);
        let lowercase_word = cx.is_word(j) && w.chars().next().is_some_and(char::is_lowercase);
        if !lowercase_word && !cx.is_punct(j, ",") {
            return false;
        }
    }
    false
}

pub(super) fn person(
    cx: &Ctx,
    a: usize,
    b: usize,
    role: Option<String>,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let mut b = b;
    while b > a && (cx.is_connector(b - 1) || !cx.is_word(b - 1)) {
        b -= 1;
    }
    if b <= a {
        return;
    }
    push(
        found,
        ranges,
        a,
        b,
        Cand {
            span: cx.span(a, b - 1),
            canonical: cx.text_of(a, b - 1),
            kind: ActorKind::Person,
            role,
            gazetteer: false,
            generic: false,
        },
    );
}

/// The first token of `a..b` that can begin a name: past stopwords,
/// connectors and punctuation.
pub(super) fn name_start(cx: &Ctx, mut a: usize, b: usize) -> usize {
    while a < b && (cx.is_stop(a) || cx.is_connector(a) || !cx.is_word(a)) {
        a += 1;
    }
    a
}
