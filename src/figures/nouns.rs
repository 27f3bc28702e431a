//! What a figure counts: the noun phrase after the number, its head in the
//! plural with at most two modifiers, and coordinated heads.

use super::*;

pub(super) fn is_plural(w: &Word, lex: &Lexicon) -> bool {
    let s = w.text.as_str();
    if s.contains('\'') || s.contains('’') {
        return false;
    }
    if lex.plurals.contains(s) {
        return true;
    }
    let tail = s.rsplit('-').next().unwrap_or(s);
    if w.cap {
        // Capitalized plurals are demonyms ("Palestinians", "Israelis"), not names
        // that happen to end in s ("Buenos").
        return tail.ends_with("ans")
            || (tail.ends_with("is") && tail.len() > 4)
            || tail.ends_with("ers");
    }
    tail.len() >= 3
        && tail.ends_with('s')
        && !tail.ends_with("ss")
        && !tail.ends_with("us")
        && !tail.ends_with("is")
}

fn pluralize(w: &str, lex: &Lexicon) -> String {
    if let Some(p) = lex.plural_of.get(w) {
        return p.clone();
    }
    if lex.plurals.contains(w) || w.ends_with('s') {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') || w.ends_with('z') {
        return format!("{w}es");
    }
    format!("{w}s")
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The noun phrase after the number ("people", "ballistic missiles").
pub(super) fn noun_phrase(toks: &[Tok], core: &Core, from: usize, lex: &Lexicon) -> NounPhrase {
    let lower = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let none = |end| NounPhrase {
        counts: None,
        head: None,
        category: None,
        end,
    };
    let mut j = from;
    let mut partitive = false;
    if lower(j) == "of" {
        partitive = true;
        let next = lower(j + 1);
        if core.vague.is_some() || core.scale > 1.0 {
            j += 1;
        } else if lex.is(next, "definite") && next != "both" {
            // Partitive: "85 of the victims".
            j += 2;
        } else if toks.get(j + 1).is_some_and(|t| t.num().is_some()) {
            j += 1;
        } else {
            return none(from);
        }
        // "90 of its 200 residents": the noun is the total's.
        if let Some(total) = number_at(toks, j, lex) {
            j = total.end;
        }
    }
    let mut words: Vec<Word> = Vec::new();
    let mut k = j;
    while let Some(t) = toks.get(k) {
        if words.len() >= 6
            || !t.is_word()
            || lex.is(&t.lower, "stop")
            || lex.numbers.contains_key(&t.lower)
        {
            break;
        }
        let mut w = Word {
            text: t.lower.clone(),
            cap: t.cap,
            first: k,
            last: k,
        };
        // "Iranian-backed", "long-range": one modifier.
        while toks.get(w.last + 1).is_some_and(|h| h.is("-") && h.glued)
            && toks.get(w.last + 2).is_some_and(|n| n.glued && n.is_word())
        {
            w.text.push('-');
            w.text.push_str(lower(w.last + 2));
            w.cap |= toks.get(w.last + 2).is_some_and(|n| n.cap);
            w.last += 2;
        }
        k = w.last + 1;
        words.push(w);
    }
    let is_cue = |w: &Word| lex.post_cue.at(toks, w.first).is_some();
    let singular = core.value == 1.0 && core.vague.is_none();
    let head = if singular {
        let lim = words.iter().position(is_cue).unwrap_or(words.len());
        lim.checked_sub(1)
    } else {
        words.iter().position(|w| is_plural(w, lex))
    };
    if head.is_none() && partitive {
        // "Eleven of the dead": the set named is the casualty.
        if let Some(&c) = words.first().and_then(|w| lex.noun_cue.get(&w.text)) {
            let last = words.first().map_or(j, |w| w.last);
            return NounPhrase {
                counts: None,
                head: Some(last),
                category: Some(c),
                end: last + 1,
            };
        }
    }
    let Some(mut h) = head else {
        if !singular && !words.is_empty() && !words.iter().any(is_cue) {
            if let Some(head) = coordinated_head(toks, k, lex) {
                // "twelve military, energy, and government sites": the shared head.
                let text = toks.get(head).map_or("", |t| t.lower.as_str());
                return NounPhrase {
                    counts: Some(text.to_string()),
                    head: Some(head),
                    category: lex.noun_cue.get(text).copied(),
                    end: head + 1,
                };
            }
        }
        return none(j);
    };
    // In a compound the last noun is the head: "staff members", "police officers".
    while !singular
        && words
            .get(h + 1)
            .is_some_and(|w| is_plural(w, lex) && !is_cue(w))
    {
        h += 1;
    }
    let head_word = &words[h];
    if lex.is(&head_word.text, "anaphor") {
        // "12 others": the noun is the one of the figure before.
        return NounPhrase {
            counts: None,
            head: Some(head_word.last),
            category: None,
            end: head_word.last + 1,
        };
    }
    let mut category = lex.noun_cue.get(&head_word.text).copied();
    let mut mods: Vec<&str> = Vec::new();
    for w in words[..h].iter().rev() {
        if lex.plurals.contains(&w.text) && !w.cap && mods.len() < 2 {
            // An invariant plural used as a modifier: "staff members".
            mods.push(&w.text);
            continue;
        }
        if let Some((c, _)) = lex.post_cue.at(toks, w.first) {
            category = category.or(Some(c));
            break;
        }
        let participle = w.text.ends_with("ed");
        if w.cap || participle || lex.is(&w.text, "drop") || mods.len() >= 2 {
            break;
        }
        mods.push(&w.text);
    }
    // Modifiers further left may still carry the casualty kind ("12 missing Iraqi children").
    if category.is_none() {
        category = words[..h]
            .iter()
            .find_map(|w| lex.post_cue.at(toks, w.first).map(|c| c.0));
    }
    mods.reverse();
    let mut noun = if singular {
        pluralize(&head_word.text, lex)
    } else {
        head_word.text.clone()
    };
    if head_word.cap {
        noun = capitalize(&noun);
    }
    mods.push(&noun);
    NounPhrase {
        counts: Some(mods.join(" ")),
        head: Some(head_word.last),
        category,
        end: head_word.last + 1,
    }
}

/// The plural noun ending a coordination of modifiers that starts at `at`
/// (", energy, and government sites"), looking at most 8 tokens ahead.
fn coordinated_head(toks: &[Tok], at: usize, lex: &Lexicon) -> Option<usize> {
    let mut saw_conjunction = false;
    for j in at..at + 8 {
        let t = toks.get(j)?;
        match t.lower.as_str() {
            "," => continue,
            "and" | "or" => {
                saw_conjunction = true;
                continue;
            }
            _ => {}
        }
        if !t.is_word() || t.cap || lex.is(&t.lower, "stop") {
            return None;
        }
        let w = Word {
            text: t.lower.clone(),
            cap: false,
            first: j,
            last: j,
        };
        if is_plural(&w, lex) {
            return (saw_conjunction && !lex.is(&w.text, "anaphor")).then_some(j);
        }
    }
    None
}
