//! Name canonicalization within one document: short forms join the full
//! name ending with them, aliases and acronyms join what they name, and the
//! pending lone words are settled.

use super::*;

/// Short forms of full names: for every proper word suffix of a full name
/// (up to four words: "Albanese", "Kranz Neiger"), the full names ending with
/// it, by key. Lookups then cost one hash probe, whatever the text.
pub(super) fn suffix_index<'a>(
    names: impl Iterator<Item = &'a str>,
) -> HashMap<String, BTreeMap<String, String>> {
    let mut index: HashMap<String, BTreeMap<String, String>> = HashMap::new();
    for name in names {
        let k = key(name);
        let words: Vec<&str> = k.split(' ').collect();
        for len in 1..words.len().min(5) {
            let suffix = words[words.len() - len..].join(" ");
            let slot = index.entry(suffix).or_default();
            // several spellings of one name: keep the smallest, deterministically
            match slot.get(&k) {
                Some(old) if old.as_str() <= name => {}
                _ => {
                    slot.insert(k.clone(), name.to_string());
                }
            }
        }
    }
    index
}

/// Settles canonical names within one document.
pub(super) fn resolve_document(lex: &Lexicon, text: &str, found: Found) -> Vec<ActorMention> {
    let Found {
        mut cands,
        pending,
        aliases,
        located,
        initial_places,
        headed_names,
        org_keys,
        employer_keys,
        workplaces,
        schools,
        city_states,
    } = found;
    let surface_key = |sp: Span| key(text.get(sp.start..sp.end).unwrap_or(""));
    // What the document's other mentions of a name show it to be. A name
    // written where only a company fits ("shares in Northvolt", "Northvolt's
    // chief executive") is the company wherever it is written. One written
    // as an employer ("an engineer at X") or that speaks ("X said") and also
    // stands after "in" or "at" may be a company, a site, a person or a
    // town: its kind stays open (`other`) rather than guessed.
    let orgs: HashSet<String> = org_keys.into_iter().collect();
    let employers: HashSet<String> = employer_keys.into_iter().collect();
    let speakers: HashSet<String> = pending
        .iter()
        .filter(|p| p.speaker)
        .map(|p| surface_key(p.span))
        .collect();
    let placed: HashSet<String> = pending
        .iter()
        .filter(|p| p.locative)
        .map(|p| surface_key(p.span))
        .chain(
            located
                .iter()
                .filter_map(|&i| Some(key(&cands.get(i)?.canonical))),
        )
        .collect();
    // A name read as a place for its position that the document names as a
    // person elsewhere, in full or by surname ("in Switzerland, Homira
    // Atimadi, ... Ms. Atimadi says"), is the person.
    let people: HashSet<String> = cands
        .iter()
        .filter(|c| c.kind == ActorKind::Person && !c.generic)
        .map(|c| key(&c.canonical))
        .collect();
    for i in located {
        if let Some(c) = cands.get_mut(i) {
            let k = key(&c.canonical);
            let surname = k.rsplit(' ').next().unwrap_or("");
            if people.contains(&k) || people.contains(surname) {
                c.kind = ActorKind::Person;
            } else if orgs.contains(&k) {
                c.kind = ActorKind::Organization;
            } else if speakers.contains(&k) || employers.contains(&k) {
                c.kind = ActorKind::Other;
            }
        }
    }
    // A state read after a name that the document shows to be a company, a
    // speaker or a person is not that name's state ("Jayark, New York,
    // distributes...": the company and its city).
    for cs in city_states {
        let not_a_city = orgs.contains(&cs.city)
            || speakers.contains(&cs.city)
            || employers.contains(&cs.city)
            || people.contains(&cs.city);
        if let (true, Some((canonical, kind)), Some(c)) =
            (not_a_city, cs.plain, cands.get_mut(cs.state))
        {
            c.canonical = canonical;
            c.kind = kind;
        }
    }
    // Where a role is held ("an official at Kryvyi Rih") is the company the
    // document shows elsewhere, or the place it puts things in.
    let workplace_kind = |k: &str, kind: ActorKind| {
        if orgs.contains(k) {
            ActorKind::Organization
        } else if placed.contains(k) {
            ActorKind::Place
        } else {
            kind
        }
    };
    for i in workplaces {
        if let Some(c) = cands.get_mut(i) {
            c.kind = workplace_kind(&key(&c.canonical), c.kind);
        }
    }
    // "X State" with a team's nickname in the text ("the Buckeyes") is the
    // university's team.
    for (span, name) in schools {
        let k = key(&name);
        let team = lex
            .school_nicknames
            .iter()
            .any(|(nick, school)| key(school) == k && crate::words::contains_word(text, nick));
        if team {
            for c in cands.iter_mut().filter(|c| c.span == span) {
                *c = school(span, &name);
            }
        }
    }
    // A sentence-initial word is capitalized whatever it is; the same word
    // capitalized mid-sentence shows it is a name.
    let proper: HashSet<String> = pending
        .iter()
        .filter(|p| p.mid_sentence)
        .map(|p| key(text.get(p.span.start..p.span.end).unwrap_or("")))
        .chain(headed_names)
        .collect();
    for (whole, name) in initial_places {
        let name = text.get(name.start..name.end).unwrap_or("");
        if proper.contains(&key(name)) {
            cands.push(mention_cand(whole, name.to_string(), ActorKind::Place));
        }
    }
    // alias key -> canonical (first definition in text order wins within a document)
    let mut alias_map: HashMap<String, (String, ActorKind)> = HashMap::new();
    for (k, ci) in &aliases {
        if let Some(c) = cands.get(*ci) {
            if key(&c.canonical) != *k {
                alias_map
                    .entry(k.clone())
                    .or_insert_with(|| (c.canonical.clone(), c.kind));
            }
        }
    }
    // Full names of persons, for surnames and short forms.
    let full: BTreeSet<String> = cands
        .iter()
        .filter(|c| {
            c.kind == ActorKind::Person && !c.generic && !alias_map.contains_key(&key(&c.canonical))
        })
        .map(|c| c.canonical.clone())
        .filter(|c| c.split_whitespace().count() >= 2)
        .collect();
    let index = suffix_index(full.iter().map(String::as_str));
    // First names of people named in full: "into Elian" is the boy Elian
    // Gonzalez, not a place.
    let first_names: HashSet<String> = full
        .iter()
        .filter_map(|f| f.split_whitespace().next())
        .map(key)
        .collect();
    // The one full name a short form stands for: Ok(None) when there is none,
    // Err(()) when several people share it.
    let longer = |name: &str| -> Result<Option<&String>, ()> {
        match index.get(&key(name)) {
            None => Ok(None),
            Some(m) if m.len() == 1 => Ok(m.values().next()),
            Some(_) => Err(()),
        }
    };
    // An alias defined for a short form ("Mr. Biden (JRB)") stands for the
    // full name the short form resolves to, like the short form itself.
    let alias_map: HashMap<String, (String, ActorKind)> = alias_map
        .into_iter()
        .map(|(k, (canon, kind))| match longer(&canon) {
            Ok(Some(f)) if kind == ActorKind::Person => (k, (f.clone(), kind)),
            _ => (k, (canon, kind)),
        })
        .collect();
    for c in cands.iter_mut() {
        let k = key(&c.canonical);
        if let Some((canon, kind)) = alias_map.get(&k) {
            c.canonical = canon.clone();
            c.kind = *kind;
        } else if c.kind == ActorKind::Person && !c.generic {
            if let Ok(Some(f)) = longer(&c.canonical) {
                c.canonical = f.clone();
            }
        }
    }
    // A defined alias is already a candidate where it is defined: the same
    // words must not be read a second time as a pending short form.
    let taken: HashSet<Span> = cands.iter().map(|c| c.span).collect();
    for p in pending {
        if taken.contains(&p.span) {
            continue;
        }
        let surface = text.get(p.span.start..p.span.end).unwrap_or("");
        let k = key(surface);
        if let Some((canon, kind)) = alias_map.get(&k) {
            cands.push(mention_cand(p.span, canon.clone(), *kind));
            continue;
        }
        if let Some(kind) = p.workplace {
            cands.push(mention_cand(
                p.span,
                surface.to_string(),
                workplace_kind(&k, kind),
            ));
            continue;
        }
        // Where an organisation fits, even a surname names one ("jobs at
        // Ford" in a story that names Henry Ford).
        if p.org {
            let kind = if placed.contains(&k) && !orgs.contains(&k) {
                ActorKind::Other
            } else {
                ActorKind::Organization
            };
            cands.push(mention_cand(p.span, surface.to_string(), kind));
            continue;
        }
        match longer(surface) {
            Ok(None) if orgs.contains(&k) => {
                cands.push(mention_cand(
                    p.span,
                    surface.to_string(),
                    ActorKind::Organization,
                ));
            }
            Ok(None) if p.locative && !first_names.contains(&k) => {
                let kind = if speakers.contains(&k) || employers.contains(&k) {
                    ActorKind::Other
                } else {
                    ActorKind::Place
                };
                cands.push(mention_cand(p.span, surface.to_string(), kind));
            }
            Ok(None) if p.speaker && !lex.stopwords.contains(surface) => {
                let kind = if placed.contains(&k) {
                    ActorKind::Other
                } else if employers.contains(&k) {
                    ActorKind::Organization
                } else {
                    ActorKind::Person
                };
                cands.push(mention_cand(p.span, surface.to_string(), kind));
            }
            Ok(None) => {}
            Ok(Some(f)) => cands.push(mention_cand(p.span, f.clone(), ActorKind::Person)),
            // Several people share the name: leave it unmerged.
            Err(()) => cands.push(mention_cand(p.span, surface.to_string(), ActorKind::Person)),
        }
    }
    // Spelling variants of one name ("Nicolas" / "Nicolás") share one form.
    let reps = representatives(lex, cands.iter().map(|c| c.canonical.as_str()));
    let mut out: Vec<ActorMention> = cands
        .into_iter()
        .filter(|c| !c.span.is_empty())
        .map(|c| ActorMention {
            span: c.span,
            canonical: reps.get(&key(&c.canonical)).cloned().unwrap_or(c.canonical),
            kind: c.kind,
            role: c.role,
        })
        .collect();
    out.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.canonical).cmp(&(b.span.start, b.span.end, &b.canonical))
    });
    out.dedup_by(|a, b| a.span == b.span && a.canonical == b.canonical);
    out
}

pub(super) fn mention_cand(span: Span, canonical: String, kind: ActorKind) -> Cand {
    Cand {
        span,
        canonical,
        kind,
        role: None,
        gazetteer: false,
        generic: false,
    }
}
