//! Spelling variants of one person's name across outlets: transliterations
//! differ ("Zelenskyy", "Zelenskiy"; "Muammar Gaddafi", "Moammar Qaddafi";
//! "Osama", "Usama"), and a comparer that took them for two people would
//! report each as named by one version only.
//!
//! Two full names (two words or more, keyed) are variants when they have as
//! many words, every pair of words reads the same once vowels and the usual
//! transliteration pairs are folded (see [`skeleton`]), and the spellings are
//! close. Short words and gendered endings ("Maria"/"Mario",
//! "Ivanov"/"Ivanova") are never merged: those are different people.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Letter pairs that transliterations of one sound alternate between, folded
/// before vowels are dropped.
const DIGRAPHS: &[(&str, &str)] = &[
    ("ph", "f"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ck", "k"),
    ("ou", "u"),
];

/// Words shorter than this are never merged ("Ali", "Ala").
const MIN_WORD: usize = 4;

/// The consonant outline of a word: transliteration pairs folded, vowels
/// (and y, w, h) dropped, doubled letters collapsed; q, c and g read as k.
pub(crate) fn skeleton(word: &str) -> String {
    let mut w = word.to_string();
    for (from, to) in DIGRAPHS {
        w = w.replace(from, to);
    }
    let mut out = String::with_capacity(w.len());
    for ch in w.chars() {
        let ch = match ch {
            'q' | 'c' | 'g' => 'k',
            'v' => 'w',
            c => c,
        };
        if matches!(
            ch,
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h' | '-' | '\''
        ) {
            continue;
        }
        if !out.ends_with(ch) {
            out.push(ch);
        }
    }
    out
}

/// Edit distance, for short strings (also the comparer's test of two
/// spellings of one surname).
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// Whether two differing words only differ by a gendered ending: one ends in
/// a, o or e where the other ends otherwise or stops ("Mario"/"Maria",
/// "Ivanov"/"Ivanova", "Paul"/"Paula").
pub(crate) fn gendered(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let ending = |c: char| matches!(c, 'a' | 'o' | 'e');
    if long.len() == short.len() + 1 && long.starts_with(short) {
        return long.ends_with(ending);
    }
    if long.len() == short.len() {
        let (pa, pb) = (&a[..a.len() - 1], &b[..b.len() - 1]);
        return pa == pb && (a.ends_with(ending) || b.ends_with(ending));
    }
    false
}

fn words_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    a.len() >= MIN_WORD
        && b.len() >= MIN_WORD
        && a.is_ascii()
        && b.is_ascii()
        && skeleton(a) == skeleton(b)
        && !gendered(a, b)
        && distance(a, b) <= 1 + a.len().max(b.len()) / 4
}

/// Whether two keyed full names are spellings of one name.
fn variants(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    wa.len() == wb.len() && wa.len() >= 2 && wa.iter().zip(&wb).all(|(x, y)| words_match(x, y))
}

/// Maps each keyed name that has variants in `names` (with how often each is
/// written) to its group's representative: the spelling written most, the
/// smallest key on a tie, so the choice does not depend on input order.
/// Names are grouped by their outline first, so only look-alikes are compared.
pub fn groups<'a>(names: impl Iterator<Item = (&'a str, usize)>) -> HashMap<String, String> {
    let mut by_outline: BTreeMap<String, BTreeSet<(std::cmp::Reverse<usize>, &str)>> =
        BTreeMap::new();
    for (n, count) in names {
        let outline: Vec<String> = n.split(' ').map(skeleton).collect();
        by_outline
            .entry(outline.join(" "))
            .or_default()
            .insert((std::cmp::Reverse(count), n));
    }
    let mut out = HashMap::new();
    for members in by_outline.values().filter(|m| m.len() > 1) {
        // most written first: the first member of a group is its representative
        let members: Vec<&str> = members.iter().map(|&(_, n)| n).collect();
        // union by the first member each joins: groups are a handful of names
        let mut rep: Vec<usize> = (0..members.len()).collect();
        for i in 0..members.len() {
            for j in 0..i {
                if rep[j] == j && variants(members[i], members[j]) {
                    rep[i] = j;
                    break;
                }
            }
        }
        for (i, &r) in rep.iter().enumerate() {
            if r != i {
                out.insert(members[i].to_string(), members[r].to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlines_fold_transliterations() {
        assert_eq!(skeleton("gaddafi"), skeleton("qaddafi"));
        assert_eq!(skeleton("kadhafi"), skeleton("qaddafi"));
        assert_eq!(skeleton("zelenskyy"), skeleton("zelenskiy"));
        assert_eq!(skeleton("muhammad"), skeleton("mohammed"));
        assert_ne!(skeleton("smith"), skeleton("smyth-jones"));
    }

    #[test]
    fn the_spelling_written_most_represents_its_group() {
        let g = groups(
            [
                ("barnett slepian", 55),
                ("barnet slepian", 2),
                ("maria lopez", 3),
                ("mario lopez", 1),
            ]
            .into_iter(),
        );
        assert_eq!(
            g.get("barnet slepian").map(String::as_str),
            Some("barnett slepian")
        );
        assert!(!g.contains_key("barnett slepian"));
        assert!(!g.contains_key("mario lopez") && !g.contains_key("maria lopez"));
    }

    #[test]
    fn edit_distance() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("same", "same"), 0);
    }
}
