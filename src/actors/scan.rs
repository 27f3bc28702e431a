//! Candidate finding in one chunk: walks its tokens, hands each run of
//! capitalized words to the run rules (`runs`), finds government bodies
//! ("the Iranian health ministry") and titles without a name, and records
//! candidates.

use super::*;

pub(super) fn scan_chunk(
    lex: &Lexicon,
    text: &str,
    s: usize,
    e: usize,
    title: bool,
    found: &mut Found,
) {
    let ts = merged_tokens(lex, text, s, e);
    let lowers = ts
        .iter()
        .map(|t| {
            let w = text.get(t.start..t.end).unwrap_or("");
            if w.bytes()
                .all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b.is_ascii())
            {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .collect();
    let mut cx = Ctx {
        lex,
        text,
        ts,
        lowers,
        headline: false,
    };
    cx.headline = title_case(&cx, 4, 9, 10) || (title && title_case(&cx, 2, 2, 3));
    let n = cx.ts.len();
    let mut used = vec![false; n];
    // token ranges of this chunk's candidates, for acronym and alias cues
    let mut ranges: Vec<(usize, usize, usize)> = Vec::new();
    let first = found.cands.len();
    let pfirst = found.pending.len();

    government_bodies(&cx, &mut used, found, &mut ranges);

    let mut i = 0;
    while i < n {
        if used[i] || !cx.is_cap(i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i + 1;
        loop {
            // No name is longer than this; the cap keeps each run's work bounded.
            if j - i >= MAX_RUN {
                break;
            }
            if j < n && !used[j] && cx.ts[j].kind == TokKind::Word && (cx.is_cap(j) || cx.is_num(j))
            {
                last = j;
                j += 1;
            } else if cx.is_punct(j, ".")
                && (cx.lex.title_abbreviations.contains(cx.lower(last)) || cx.is_initial(last))
                && cx.is_cap(j + 1)
                && !used[j + 1]
            {
                j += 1;
            } else if cx.is_connector(j) && !used[j] {
                let mut k = j + 1;
                if cx.lower(k) == "the" {
                    k += 1;
                }
                if k < n && !used[k] && cx.is_cap(k) && !cx.is_stop(k) {
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        chain(&cx, i, last + 1, found, &mut ranges);
        for u in used.iter_mut().take(last + 1).skip(i) {
            *u = true;
        }
        i = last + 1;
    }

    generic_roles(&cx, &used, found);
    definitions(&cx, found, &ranges, first, pfirst);
    appositive_roles(&cx, found, &ranges);
}

/// A line in Title Case: at least `num/den` of its `min` or more longer
/// words (four letters or more) start with a capital.
fn title_case(cx: &Ctx, min: usize, num: usize, den: usize) -> bool {
    let mut long = 0;
    let mut caps = 0;
    for (i, t) in cx.ts.iter().enumerate() {
        if t.kind != TokKind::Word || t.gaz.is_some() {
            continue;
        }
        let w = cx.s(i);
        if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) {
            long += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    long >= min && caps * den >= long * num
}

/// "the Iranian health ministry", "Israel's foreign ministry", "Mexico's foreign
/// relations and security ministries", "Ministry of Foreign Affairs",
/// "Tehran's embassy", "the Iranian mission".
fn government_bodies(
    cx: &Ctx,
    used: &mut [bool],
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    let n = cx.ts.len();
    for h in 0..n {
        let head = cx.lower(h);
        let body = match head {
            "ministry" | "ministries" => "ministry",
            "embassy" => "Embassy",
            "mission" => "Mission",
            _ => continue,
        };
        if used[h] {
            continue;
        }
        let mut ports: Vec<String> = Vec::new();
        let mut first = h;
        let mut end = h;
        if body == "ministry" {
            // "Ministry of (the) Foreign Affairs"
            let mut k = h + 1;
            if cx.lower(k) == "of" {
                k += 1;
                if cx.lower(k) == "the" {
                    k += 1;
                }
                if let Some((e, p)) = portfolio_at(cx, k) {
                    ports.push(p);
                    end = e - 1;
                }
            }
            // "... foreign relations and security ministries"
            let mut j = h;
            while let Some(p) = j.checked_sub(1) {
                let matched = cx.lex.portfolios.iter().find_map(|(ws, canon)| {
                    cx.ends_with_phrase(ws, p).map(|st| (st, canon.clone()))
                });
                let Some((st, c)) = matched else { break };
                if used[st..=p].iter().any(|&u| u) {
                    break;
                }
                ports.push(c);
                first = st;
                // coordination: "foreign relations and security ministries"
                match st.checked_sub(1) {
                    Some(q) if cx.lower(q) == "and" || cx.is_punct(q, ",") => j = q,
                    _ => break,
                }
            }
            ports.reverse();
            ports.dedup();
            if ports.is_empty() {
                continue;
            }
        }
        // The state it belongs to: a demonym, a country or capital with a possessive.
        let mut country: Option<String> = None;
        if let Some(p) = first.checked_sub(1) {
            let (idx, poss) = if cx.ts[p].kind == TokKind::Poss {
                (p.checked_sub(1), true)
            } else {
                (Some(p), false)
            };
            if let Some(ci) = idx {
                if let Some(pi) = cx.gaz(ci) {
                    let pat = &cx.lex.patterns[pi];
                    let entry = &cx.lex.entries[pat.entry];
                    let ok = match pat.alias {
                        AliasKind::Demonym => !poss,
                        AliasKind::Name | AliasKind::Capital => {
                            // "Israel's foreign ministry", "the Gaza health ministry"
                            (poss || pat.alias == AliasKind::Name)
                                && matches!(entry.kind, ActorKind::Country | ActorKind::Place)
                        }
                        AliasKind::Block | AliasKind::DemonymPlural => false,
                    };
                    if ok && !used[ci] {
                        country = Some(entry.canonical.clone());
                        first = ci;
                    }
                }
            }
        }
        let names: Vec<String> = if body == "ministry" {
            ports
                .iter()
                .map(|p| match &country {
                    Some(c) => format!("Ministry of {p} ({c})"),
                    None => format!("Ministry of {p}"),
                })
                .collect()
        } else {
            match &country {
                Some(c) => vec![format!("{body} of {c}")],
                None => continue,
            }
        };
        for name in names {
            ranges.push((first, end + 1, found.cands.len()));
            found.cands.push(Cand {
                span: cx.span(first, end),
                canonical: name,
                kind: ActorKind::Organization,
                role: None,
                gazetteer: false,
                generic: false,
            });
        }
        for u in used.iter_mut().take(end + 1).skip(first) {
            *u = true;
        }
    }
}

/// A run that is only a title ("Finance Minister") is a role without a name;
/// its canonical name carries the state it belongs to when the text says
/// ("Japan's Finance Minister", "Israeli Prime Minister").
pub(super) fn title_alone(
    cx: &Ctx,
    a: usize,
    b: usize,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) -> bool {
    if cx.headline || cx.phrase_starting_at(&cx.lex.titles, a) != Some(b) {
        return false;
    }
    let name = cx.text_of(a, b - 1);
    let state = state_before(cx, a).or_else(|| {
        let pat = &cx.lex.patterns[cx.gaz(a.checked_sub(1)?)?];
        let entry = &cx.lex.entries[pat.entry];
        (entry.kind == ActorKind::Country && pat.alias != AliasKind::Block)
            .then(|| entry.canonical.clone())
    });
    let canonical = match state {
        Some(c) => format!("{name} ({c})"),
        None => name.clone(),
    };
    push(
        found,
        ranges,
        a,
        b,
        Cand {
            span: cx.span(a, b - 1),
            canonical,
            kind: ActorKind::Person,
            role: Some(name),
            gazetteer: false,
            generic: true,
        },
    );
    true
}

/// The country a phrase starting at `first` belongs to, from a possessive
/// ("Japan's", "Tehran's") right before it.
pub(super) fn state_before(cx: &Ctx, first: usize) -> Option<String> {
    let p = first.checked_sub(1)?;
    if cx.ts.get(p)?.kind != TokKind::Poss {
        return None;
    }
    let pat = &cx.lex.patterns[cx.gaz(p.checked_sub(1)?)?];
    let entry = &cx.lex.entries[pat.entry];
    (matches!(pat.alias, AliasKind::Name | AliasKind::Capital) && entry.kind == ActorKind::Country)
        .then(|| entry.canonical.clone())
}

fn portfolio_at(cx: &Ctx, k: usize) -> Option<(usize, String)> {
    for (ws, canon) in &cx.lex.portfolios {
        if let Some(e) = cx.starts_with_phrase(ws, k) {
            return Some((e, canon.clone()));
        }
    }
    None
}

pub(super) fn push(
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
    a: usize,
    b: usize,
    c: Cand,
) {
    ranges.push((a, b, found.cands.len()));
    found.cands.push(c);
}

/// "Ohio State" read as the university or its team: one actor with "Ohio
/// State University", and never the same name as the state ("Washington
/// State").
pub(super) fn school(span: Span, name: &str) -> Cand {
    mention_cand(span, format!("{name} University"), ActorKind::Organization)
}

/// Tokens `[a, b)` name a place for where they are written, unless the
/// document shows the name to be a person's or a company's.
pub(super) fn located_place(
    cx: &Ctx,
    a: usize,
    b: usize,
    found: &mut Found,
    ranges: &mut Vec<(usize, usize, usize)>,
) {
    found.located.push(found.cands.len());
    let cand = mention_cand(cx.span(a, b - 1), cx.text_of(a, b - 1), ActorKind::Place);
    push(found, ranges, a, b, cand);
}

/// First token of the capitalized name that ends at token `last` (its
/// words back to a stopword or a lowercase word).
pub(super) fn capitalized_from(cx: &Ctx, last: usize) -> usize {
    let mut r = last;
    while r > 0 && cx.is_cap(r - 1) && !cx.is_stop(r - 1) {
        r -= 1;
    }
    r
}
