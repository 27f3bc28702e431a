//! Tokens of one chunk as the rules see them: gazetteer matches merged into
//! single tokens, place adjectives ("Kherson-based") split off, a dash typed
//! as a hyphen before a name ("the victims-Ana Ruiz") split off, and
//! particle names ("al-Sharif") kept whole.

use super::*;

/// Tokens of one chunk, with gazetteer matches merged into single tokens.
pub(super) fn merged_tokens(lex: &Lexicon, text: &str, s: usize, e: usize) -> Vec<T> {
    let raw = split_place_adjectives(lex, text, tokenize(text, s, e));
    let raw = split_dashes(lex, text, raw);
    let Some(chunk) = text.get(s..e) else {
        return Vec::new();
    };
    // ASCII folds to itself: no copy and no offset map needed.
    let folded = (!chunk.is_ascii()).then(|| fold_with_map(chunk));
    let haystack = folded.as_ref().map_or(chunk, |(f, _)| f.as_str());
    let original = |at: usize| match &folded {
        Some((_, map)) => map.get(at).copied(),
        None => Some(at),
    };
    let mut matches: Vec<(usize, usize, usize)> = Vec::new();
    for m in lex.automaton.find_iter(haystack) {
        let (Some(a), Some(b)) = (original(m.start()), original(m.end())) else {
            continue;
        };
        let (a, b) = (a + s, b + s);
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        if b <= a || word(prev_char(text, a)) || word(next_char(text, b)) {
            continue;
        }
        matches.push((a, b, m.pattern().as_usize()));
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut mi = 0;
    let mut i = 0;
    while i < raw.len() {
        let t = raw[i];
        while mi < matches.len() && matches[mi].0 < t.start {
            mi += 1;
        }
        if let Some(&(a, b, p)) = matches.get(mi) {
            if a == t.start && t.kind == TokKind::Word {
                let mut j = i;
                while j < raw.len() && raw[j].end < b && raw[j].kind != TokKind::Break {
                    j += 1;
                }
                if j < raw.len() && raw[j].end == b {
                    out.push(T {
                        start: a,
                        end: b,
                        kind: TokKind::Word,
                        gaz: Some(p),
                    });
                    i = j + 1;
                    mi += 1;
                    continue;
                }
            }
        }
        out.push(T {
            start: t.start,
            end: t.end,
            kind: t.kind,
            gaz: None,
        });
        i += 1;
    }
    out
}

/// The hyphens that join a word to the one before it.
pub(super) const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// "San Francisco-based" as "San Francisco", "-", "based": a name joined to
/// a word of `place_suffixes.txt` is an adjective of place, so the name is
/// matched and read on its own, and the run of capitalized words ends there
/// ("Atlanta-based BellSouth" is two names).
fn split_place_adjectives(lex: &Lexicon, text: &str, raw: Vec<Tok>) -> Vec<Tok> {
    // Asked of every word: most are out at their first byte.
    let split_at = |t: &Tok| -> Option<usize> {
        let w = text.get(t.start..t.end)?;
        let lead = *w.as_bytes().first()?;
        if t.kind != TokKind::Word
            || (lead.is_ascii() && !lead.is_ascii_uppercase())
            || !w.starts_with(char::is_uppercase)
            || !w.bytes().any(|b| b == b'-' || b >= 0x80)
        {
            return None;
        }
        let h = w.rfind(HYPHENS).filter(|&h| h > 0)?;
        let suffix = w.get(h..)?.trim_start_matches(HYPHENS);
        lex.place_suffixes.contains(suffix).then_some(t.start + h)
    };
    let cuts: Vec<Option<usize>> = raw.iter().map(split_at).collect();
    cut_at_hyphens(text, raw, cuts)
}

/// "the victims-Ana Ruiz, 34, and": a dash typed as a hyphen, without
/// spaces, between a lowercase word and a name of two or more words. Kept
/// whole, the name's first word is lost in "victims-Ana", and "Ruiz" alone
/// is read as the surname of whoever else the document names Ruiz. Split
/// only when the word before the hyphen is no prefix ("anti-American",
/// "ex-President Bill Clinton", `hyphen_prefixes.txt`) nor a particle
/// ("al-Sharif"), and a capitalized word follows the joined one, so that
/// "pro-Kremlin" or "mid-June" stay whole.
fn split_dashes(lex: &Lexicon, text: &str, raw: Vec<Tok>) -> Vec<Tok> {
    let split_at = |i: usize| -> Option<usize> {
        let t = raw.get(i)?;
        let w = text.get(t.start..t.end)?;
        if t.kind != TokKind::Word || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let h = w.find(HYPHENS)?;
        let (head, tail) = (&w[..h], w[h..].trim_start_matches(HYPHENS));
        let capital = |s: &str| s.starts_with(char::is_uppercase);
        let next = raw.get(i + 1).filter(|n| n.kind == TokKind::Word)?;
        let ok = head.len() >= 3
            && head.chars().all(|c| c.is_ascii_lowercase())
            && capital(tail)
            && tail.chars().skip(1).any(char::is_lowercase)
            && !tail.contains(HYPHENS)
            && !lex.hyphen_prefixes.contains(head)
            && !particle_name(w)
            && text.get(next.start..next.end).is_some_and(capital);
        ok.then_some(t.start + h)
    };
    let cuts: Vec<Option<usize>> = (0..raw.len()).map(split_at).collect();
    cut_at_hyphens(text, raw, cuts)
}

/// Each token with a cut at hyphen offset `h` becomes three: the word
/// before, the hyphen as punctuation, the word after.
fn cut_at_hyphens(text: &str, raw: Vec<Tok>, cuts: Vec<Option<usize>>) -> Vec<Tok> {
    if cuts.iter().all(Option::is_none) {
        return raw;
    }
    let mut out = Vec::with_capacity(raw.len() + 2);
    for (t, cut) in raw.into_iter().zip(cuts) {
        match cut {
            Some(h) => {
                let dash = h + next_char(text, h).map_or(1, char::len_utf8);
                out.push(Tok { end: h, ..t });
                out.push(Tok {
                    start: h,
                    end: dash,
                    kind: TokKind::Punct,
                });
                out.push(Tok { start: dash, ..t });
            }
            None => out.push(t),
        }
    }
    out
}

/// "al-Sharif", "el-Sisi", "bin-Laden": a lowercase particle joined to a
/// capitalized name.
pub(super) fn particle_name(w: &str) -> bool {
    // Asked of every lowercase word: most are out at their first letter.
    if !matches!(w.as_bytes().first(), Some(b'a' | b'b' | b'e' | b'i')) {
        return false;
    }
    match w.split_once('-') {
        Some((p, rest)) => {
            matches!(
                p,
                "al" | "el"
                    | "ad"
                    | "ar"
                    | "as"
                    | "ash"
                    | "at"
                    | "az"
                    | "bin"
                    | "ibn"
                    | "abu"
                    | "abd"
            ) && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}
