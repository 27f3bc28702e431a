//! Roles and stated names: a role with no name ("a federal judge"), a role
//! in an appositive ("X, the Saudi crown prince,") and definitions of
//! acronyms and aliases.

use super::*;

/// "a federal judge", "the senior official": a role with no name, kept as a
/// person whose canonical name is the role (at least one modifier required, so
/// that a bare "the official" is not merged with every other one).
pub(super) fn generic_roles(cx: &Ctx, used: &[bool], found: &mut Found) {
    let n = cx.ts.len();
    for d in 0..n {
        if !DETERMINERS.contains(&cx.lower(d)) {
            continue;
        }
        let mut j = d + 1;
        let mut mods = 0;
        while j < n && mods < 3 && !used[j] && cx.lex.modifiers.contains(cx.s(j)) {
            if let Some(e) = cx.phrase_starting_at(&cx.lex.titles, j) {
                if mods > 0
                    && !cx.is_cap(e)
                    && !cx.lex.modifiers.contains(cx.s(e))
                    && cx.prev(e).is_some_and(|p| !used[p])
                {
                    break;
                }
            }
            mods += 1;
            j += 1;
        }
        if mods == 0 || j >= n || used[j] {
            continue;
        }
        let Some(e) = cx.phrase_starting_at(&cx.lex.titles, j) else {
            continue;
        };
        if e <= j
            || cx.is_cap(e)
            || (j..e).any(|x| used[x])
            || cx.s(j).chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        let name = cx.text_of(d + 1, e - 1);
        found.cands.push(Cand {
            span: cx.span(d + 1, e - 1),
            canonical: name.clone(),
            kind: ActorKind::Person,
            role: Some(name),
            gazetteer: false,
            generic: true,
        });
    }
}

/// A role in an appositive after a name: "Mohammed bin Salman, the Saudi
/// crown prince, ...", "Josep Borrell, the EU's foreign policy chief."
pub(super) fn appositive_roles(cx: &Ctx, found: &mut Found, ranges: &[(usize, usize, usize)]) {
    for &(_, b, ci) in ranges {
        let c = &found.cands[ci];
        if c.kind != ActorKind::Person || c.generic || c.role.is_some() {
            continue;
        }
        if !cx.is_punct(b, ",") || !DETERMINERS.contains(&cx.lower(b + 1)) {
            continue;
        }
        let start = b + 2;
        for e in start..start + 6 {
            let Some(t) = cx.ts.get(e) else { break };
            if t.kind == TokKind::Punct || t.kind == TokKind::Break {
                break;
            }
            let ends = match cx.ts.get(e + 1) {
                None => true,
                Some(n) => {
                    n.kind == TokKind::Break
                        || (n.kind == TokKind::Punct
                            && matches!(cx.s(e + 1), "," | "." | ")" | ";" | "\u{2014}"))
                }
            };
            if ends {
                if cx.phrase_ending_at(&cx.lex.titles, e).is_some() {
                    found.cands[ci].role = cx.role(start, e);
                }
                break;
            }
        }
    }
}

/// Acronyms defined in the text ("Islamic Revolutionary Guard Corps (IRGC)")
/// and stated aliases ("X, who also goes by the name Y", "X, also known as Y").
/// Only this chunk's candidates (from `first`) and pending words (from
/// `pfirst`) are searched, which keeps the work per chunk bounded.
pub(super) fn definitions(
    cx: &Ctx,
    found: &mut Found,
    ranges: &[(usize, usize, usize)],
    first: usize,
    pfirst: usize,
) {
    for &(_, b, ci) in ranges {
        let c = &found.cands[ci];
        if c.generic || matches!(c.kind, ActorKind::Place) {
            continue;
        }
        // "(IRGC)"
        if cx.is_punct(b, "(") && cx.is_punct(b + 2, ")") && cx.is_word(b + 1) {
            let acr = cx.s(b + 1);
            let caps = acr.chars().filter(|c| c.is_uppercase()).count();
            if caps >= 2
                && acr.chars().all(|c| c.is_alphanumeric() || c == '-')
                && acr.chars().next().is_some_and(char::is_uppercase)
            {
                found.aliases.push((key(acr), ci));
                let sp = cx.span(b + 1, b + 1);
                if !found.cands[first..].iter().any(|c| c.span == sp) {
                    let c = &found.cands[ci];
                    let cand = Cand {
                        span: sp,
                        canonical: c.canonical.clone(),
                        kind: c.kind,
                        role: None,
                        gazetteer: c.gazetteer,
                        generic: false,
                    };
                    found.cands.push(cand);
                }
            }
        }
        // ", also known as Y"
        let mut q = b;
        if cx.is_punct(q, ",") || cx.is_punct(q, "(") {
            q += 1;
        }
        if let Some(e) = cx.phrase_starting_at(&cx.lex.alias_cues, q) {
            let Some(t) = cx.ts.get(e) else { continue };
            if let Some(y) = found.cands[first..]
                .iter()
                .position(|c| c.span.start == t.start)
                .map(|y| y + first)
            {
                let yk = key(&found.cands[y].canonical);
                found.aliases.push((yk, ci));
            } else if let Some(pd) = found.pending[pfirst..]
                .iter()
                .find(|p| p.span.start == t.start)
            {
                found
                    .aliases
                    .push((key(&cx.text[pd.span.start..pd.span.end]), ci));
            }
        }
    }
}
