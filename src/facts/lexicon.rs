//! The word tables of the fact layer (`data/facts/`), read once at first use.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::table;

/// What a cue says about the figures near it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Background,
    Scope,
    Superseded,
}

/// How far a cue reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// The stretch between commas that holds it.
    Segment,
    /// The figure right after it.
    Next,
    /// The segment, when an incident word follows within three words.
    Incident,
    /// The segment, when an incident word or a noun of an event that is no
    /// incident (`data/facts/event_nouns.txt`: "the previous release", "the
    /// last such patch") follows within three words.
    Event,
}

pub struct Cue {
    /// Lower-case words of the cue.
    pub words: Vec<String>,
    pub role: Role,
    pub reach: Reach,
}

/// A sense of an incident word that its neighbours decide
/// (`data/facts/incident_senses.tsv`): "opened fire" is a shooting.
pub struct Sense {
    /// Lower-case words right before the word.
    pub before: Vec<String>,
    /// Lower-case words right after it.
    pub after: Vec<String>,
    /// The class the word names there, or none ("riot police").
    pub class: Option<String>,
}

pub struct Lexicon {
    /// Incident word form (lower case) to class.
    pub incidents: HashMap<String, String>,
    /// Senses by the word they decide, longest phrase first.
    pub senses: HashMap<String, Vec<Sense>>,
    pub cues: Vec<Cue>,
    pub ordinal_nouns: Vec<String>,
    /// Nouns of events that are no incident ("release", "patch", "game").
    pub event_nouns: Vec<String>,
    /// Noun after an ordinal that counts a running tally, to the tally's
    /// counted noun ("aftershock" -> "aftershocks").
    pub ordinal_tallies: HashMap<String, String>,
    pub identifiers: Vec<String>,
    /// Rating word (lower case) to scale.
    pub ratings: HashMap<String, String>,
    /// Unit of length to kilometres.
    pub distance_units: HashMap<String, f64>,
    /// Counted noun to its canonical form.
    pub things: HashMap<String, String>,
    /// Verbs of a changing count ("rose", "climbed").
    pub count_verbs: Vec<String>,
    /// Nouns for people (`data/claims/people.txt`): "people", "passengers".
    pub people: Vec<String>,
    /// Phrases naming an agency that measures quakes, longest first, with
    /// the agency (`agencies.tsv`).
    pub agencies: Vec<(String, String)>,
    /// Counted nouns (canonical) that make a running tally (`tallies.txt`).
    pub tallies: Vec<String>,
    /// Verb form (lower case) to the act it names, for the act that governs
    /// a count (`acts.tsv`).
    pub acts: HashMap<String, String>,
    /// Narrower groups of people whose casualties are their own count
    /// (`groups.txt`): "two officers hurt" is no count of all the hurt.
    pub groups: Vec<String>,
    /// Words that turn from a replaced figure to its replacement
    /// (`turns.txt`: "but", "later"): a superseded cue stops at them.
    pub turns: Vec<String>,
    /// Words that open a clause of its own (`subordinators.txt`).
    pub subordinators: Vec<String>,
}

impl Lexicon {
    /// The incident class the word `i` of `words` (lower case) names in
    /// its place: the longest sense phrase around it that matches
    /// ("opened fire" a shooting, "riot police" none), else the word's
    /// class in the incident table.
    pub fn incident_at<W: AsRef<str>>(&self, words: &[W], i: usize) -> Option<&String> {
        let word = words.get(i)?.as_ref();
        if let Some(senses) = self.senses.get(word) {
            let matches = |phrase: &[String], at: usize| {
                words.len() >= at + phrase.len()
                    && phrase
                        .iter()
                        .zip(&words[at..])
                        .all(|(p, w)| p == w.as_ref())
            };
            let found = senses.iter().find(|s| {
                i >= s.before.len()
                    && matches(&s.before, i - s.before.len())
                    && matches(&s.after, i + 1)
            });
            if let Some(s) = found {
                return s.class.as_ref();
            }
        }
        self.incidents.get(word)
    }

    /// Does the word `i` of `words` name an incident in its place?
    pub fn is_incident_at<W: AsRef<str>>(&self, words: &[W], i: usize) -> bool {
        self.incident_at(words, i).is_some()
    }
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut incidents = HashMap::new();
        for row in table::rows(include_str!("../../data/facts/incidents.tsv")) {
            if let [class, forms, ..] = row.as_slice() {
                for f in forms.split_whitespace() {
                    incidents
                        .entry(f.to_string())
                        .or_insert_with(|| class.to_string());
                }
            }
        }
        let mut senses: HashMap<String, Vec<Sense>> = HashMap::new();
        for row in table::rows(include_str!("../../data/facts/incident_senses.tsv")) {
            let [phrase, class, ..] = row.as_slice() else {
                continue;
            };
            let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
            let Some(head) = words.iter().position(|w| w.starts_with('*')) else {
                continue;
            };
            senses
                .entry(words[head].trim_start_matches('*').to_string())
                .or_default()
                .push(Sense {
                    before: words[..head].to_vec(),
                    after: words[head + 1..].to_vec(),
                    class: (*class != "-").then(|| class.to_string()),
                });
        }
        for list in senses.values_mut() {
            list.sort_by_key(|s| std::cmp::Reverse(s.before.len() + s.after.len()));
        }
        let cues = table::rows(include_str!("../../data/facts/cues.tsv"))
            .filter_map(|row| match row.as_slice() {
                [cue, role, reach, ..] => Some(Cue {
                    words: cue.split_whitespace().map(str::to_lowercase).collect(),
                    role: match *role {
                        "background" => Role::Background,
                        "scope" => Role::Scope,
                        _ => Role::Superseded,
                    },
                    reach: match *reach {
                        "next" => Reach::Next,
                        "incident" => Reach::Incident,
                        "event" => Reach::Event,
                        _ => Reach::Segment,
                    },
                }),
                _ => None,
            })
            .collect();
        let pairs = |text: &'static str| -> HashMap<String, String> {
            table::rows(text)
                .filter_map(|r| match r.as_slice() {
                    [a, b, ..] => Some((a.to_lowercase(), b.to_string())),
                    _ => None,
                })
                .collect()
        };
        Lexicon {
            incidents,
            senses,
            cues,
            ordinal_nouns: table::words(include_str!("../../data/facts/ordinal_nouns.txt")),
            turns: table::words(include_str!("../../data/facts/turns.txt")),
            event_nouns: table::words(include_str!("../../data/facts/event_nouns.txt")),
            ordinal_tallies: pairs(include_str!("../../data/facts/ordinal_tallies.tsv")),
            identifiers: table::words(include_str!("../../data/facts/identifiers.txt")),
            ratings: pairs(include_str!("../../data/facts/ratings.tsv")),
            distance_units: pairs(include_str!("../../data/facts/distance_units.tsv"))
                .into_iter()
                .filter_map(|(k, v)| v.parse().ok().map(|v| (k, v)))
                .collect(),
            things: pairs(include_str!("../../data/facts/things.tsv")),
            count_verbs: table::words(include_str!("../../data/facts/count_verbs.txt")),
            people: table::words(include_str!("../../data/claims/people.txt"))
                .into_iter()
                .map(|w| w.trim_start_matches('*').to_string())
                .collect(),
            agencies: {
                let mut v: Vec<(String, String)> =
                    pairs(include_str!("../../data/facts/agencies.tsv"))
                        .into_iter()
                        .collect();
                v.sort_by(|x, y| y.0.len().cmp(&x.0.len()).then_with(|| x.cmp(y)));
                v
            },
            tallies: table::words(include_str!("../../data/facts/tallies.txt")),
            acts: table::rows(include_str!("../../data/facts/acts.tsv"))
                .filter_map(|r| match r.as_slice() {
                    [act, forms, ..] => Some((act.to_string(), forms.to_string())),
                    _ => None,
                })
                .flat_map(|(act, forms)| {
                    forms
                        .split_whitespace()
                        .map(|f| (f.to_string(), act.clone()))
                        .collect::<Vec<_>>()
                })
                .collect(),
            groups: table::words(include_str!("../../data/facts/groups.txt")),
            subordinators: table::words(include_str!("../../data/facts/subordinators.txt")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::lexicon;

    fn class(phrase: &str, word: &str) -> Option<String> {
        let ws: Vec<&str> = phrase.split_whitespace().collect();
        let i = ws.iter().position(|w| *w == word).unwrap();
        lexicon().incident_at(&ws, i).cloned()
    }

    #[test]
    fn neighbours_decide_an_incident_words_sense() {
        // Shots, not a blaze.
        for p in [
            "a gunman opened fire on shoppers",
            "troops returned fire",
            "police fired on the crowd",
            "caught in the line of fire",
        ] {
            let w = if p.contains("fired") { "fired" } else { "fire" };
            assert_eq!(class(p, w).as_deref(), Some("shooting"), "{p}");
        }
        // Still a blaze.
        for p in [
            "a fire broke out",
            "set fire to two cars",
            "the house caught fire",
        ] {
            assert_eq!(class(p, "fire").as_deref(), Some("fire"), "{p}");
        }
        // No incident at all.
        for (p, w) in [
            ("the minister came under fire", "fire"),
            ("riot police fired tear gas", "riot"),
            ("a bomb squad was called", "bomb"),
            ("he died of a heart attack", "attack"),
            ("protesters tried to storm parliament", "storm"),
            ("he was fired on monday", "fired"),
        ] {
            assert_eq!(class(p, w), None, "{p}");
        }
        // The incident table alone elsewhere.
        assert_eq!(class("a riot broke out", "riot").as_deref(), Some("riot"));
        assert_eq!(
            class("a storm hit the coast", "storm").as_deref(),
            Some("storm")
        );
    }
}
