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

pub struct Lexicon {
    /// Incident word form (lower case) to class.
    pub incidents: HashMap<String, String>,
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
    /// Words that open a clause of its own (`subordinators.txt`).
    pub subordinators: Vec<String>,
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
            cues,
            ordinal_nouns: table::words(include_str!("../../data/facts/ordinal_nouns.txt")),
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
