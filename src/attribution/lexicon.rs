//! The word lists of attribution, parsed once from `data/attribution/*.txt`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::model::Modality;

const SPEECH: &str = include_str!("../../data/attribution/speech_verbs.txt");
const SOURCES: &str = include_str!("../../data/attribution/sources.txt");
const GRAMMAR: &str = include_str!("../../data/attribution/grammar.txt");
const MODALITY: &str = include_str!("../../data/attribution/modality.txt");

/// The largest gap `...` may stand for in a pattern.
pub const MAX_GAP: usize = 8;

/// How a reporting verb may be used.
#[derive(Clone, Copy, Debug, Default)]
pub struct Verb {
    /// May precede its subject: "..., said the official".
    pub inverted: bool,
    /// Counts only with a document subject: "court filings show".
    pub document_only: bool,
    /// Counts only with a statement noun after it: "issued a statement saying".
    pub statement_only: bool,
    /// Counts only in the passive, before "as": "X was quoted as saying".
    pub passive_as: bool,
}

/// The class a head noun gives its phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    Anonymous,
    Role,
    Government,
    Organization,
    Document,
    Media,
}

/// One element of a cue pattern.
#[derive(Clone, Debug)]
pub enum PatTok {
    /// Any of these lowercase words.
    Any(Vec<String>),
    /// This word written exactly so.
    Exact(String),
    /// Up to [`MAX_GAP`] tokens.
    Gap,
}

pub type Pattern = Vec<PatTok>;

pub struct Lexicon {
    pub verbs: HashMap<String, Verb>,
    heads: HashMap<String, Head>,
    pub media_names: HashSet<String>,
    pub anonymity: Vec<Pattern>,
    pub determiners: HashSet<String>,
    pub indefinite: HashSet<String>,
    pub definite: HashSet<String>,
    pub aux: HashSet<String>,
    pub np_stop: HashSet<String>,
    pub np_preps: HashSet<String>,
    pub np_adjectives: HashSet<String>,
    pub intro: HashSet<String>,
    pub temporal: HashSet<String>,
    pub temporal_preps: HashSet<String>,
    pub pron_person: HashSet<String>,
    pub pron_thing: HashSet<String>,
    pub pron_plural: HashSet<String>,
    /// Every subject pronoun (the sets above and `[pron_other]`), for one
    /// lookup.
    pronouns: HashSet<String>,
    pub prepositions: HashSet<String>,
    pub subordinators: HashSet<String>,
    pub statement_nouns: HashSet<String>,
    /// Cues that make the quotation after them a label ("so-called").
    pub label_cues: Vec<Pattern>,
    /// Lowercase words inside a quoted title ("Spring of Life").
    pub title_words: HashSet<String>,
    /// Modality cues by category, in precedence order (strongest first).
    pub modality: Vec<(Modality, Vec<Pattern>)>,
    /// Phrases inside which a negation word does not negate.
    pub exceptions: Vec<Pattern>,
    /// Cue patterns by their first word: `(category, pattern)`, where the
    /// category indexes `modality` and `modality.len()` means `exceptions`.
    pub cue_index: HashMap<String, Vec<(usize, usize)>>,
}

fn sections(src: &str) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut current = String::new();
    for line in src.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.to_string();
            continue;
        }
        out.entry(current.clone())
            .or_default()
            .push(line.to_string());
    }
    out
}

fn set(s: &HashMap<String, Vec<String>>, name: &str) -> HashSet<String> {
    s.get(name)
        .map(|v| v.iter().map(|w| w.to_lowercase()).collect())
        .unwrap_or_default()
}

fn pattern(line: &str) -> Pattern {
    line.split_whitespace()
        .map(|t| {
            if t == "..." {
                PatTok::Gap
            } else if let Some(exact) = t.strip_prefix('=') {
                PatTok::Exact(exact.to_string())
            } else {
                PatTok::Any(t.split('|').map(|w| w.to_lowercase()).collect())
            }
        })
        .collect()
}

fn patterns(s: &HashMap<String, Vec<String>>, name: &str) -> Vec<Pattern> {
    s.get(name)
        .map(|v| v.iter().map(|l| pattern(l)).collect())
        .unwrap_or_default()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut verbs = HashMap::new();
        for line in SPEECH.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let mut parts = line.split_whitespace();
            let Some(word) = parts.next() else { continue };
            let mut v = Verb::default();
            for flag in parts {
                match flag {
                    "inv" => v.inverted = true,
                    "doc" => v.document_only = true,
                    "stmt" => v.statement_only = true,
                    "as" => v.passive_as = true,
                    _ => {}
                }
            }
            verbs.insert(word.to_lowercase(), v);
        }

        let src = sections(SOURCES);
        let mut heads = HashMap::new();
        for (name, head) in [
            ("anonymous", Head::Anonymous),
            ("role", Head::Role),
            ("government", Head::Government),
            ("organization", Head::Organization),
            ("document", Head::Document),
            ("media", Head::Media),
        ] {
            for w in set(&src, name) {
                heads.entry(w).or_insert(head);
            }
        }
        let media_names = set(&src, "media");

        let g = sections(GRAMMAR);
        let m = sections(MODALITY);
        let modality = vec![
            (Modality::Denied, patterns(&m, "denied")),
            (Modality::Negated, patterns(&m, "negated")),
            (Modality::Alleged, patterns(&m, "alleged")),
            (Modality::Hedged, patterns(&m, "hedged")),
        ];
        let exceptions = patterns(&m, "exceptions");
        let mut cue_index: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let all = modality
            .iter()
            .map(|(_, p)| p)
            .chain(std::iter::once(&exceptions));
        for (cat, pats) in all.enumerate() {
            for (i, p) in pats.iter().enumerate() {
                let firsts: Vec<String> = match p.first() {
                    Some(PatTok::Any(ws)) => ws.clone(),
                    Some(PatTok::Exact(w)) => vec![w.to_lowercase()],
                    _ => Vec::new(),
                };
                for w in firsts {
                    cue_index.entry(w).or_default().push((cat, i));
                }
            }
        }
        Lexicon {
            verbs,
            heads,
            media_names,
            anonymity: patterns(&src, "anonymity"),
            determiners: set(&g, "determiners"),
            indefinite: set(&g, "indefinite"),
            definite: set(&g, "definite"),
            aux: set(&g, "aux"),
            np_stop: set(&g, "np_stop"),
            np_preps: set(&g, "np_preps"),
            np_adjectives: set(&g, "np_adjectives"),
            intro: set(&g, "intro"),
            temporal: set(&g, "temporal"),
            temporal_preps: set(&g, "temporal_preps"),
            pron_person: set(&g, "pron_person"),
            pron_thing: set(&g, "pron_thing"),
            pron_plural: set(&g, "pron_plural"),
            pronouns: ["pron_person", "pron_thing", "pron_plural", "pron_other"]
                .iter()
                .flat_map(|name| set(&g, name))
                .collect(),
            prepositions: set(&g, "prepositions"),
            subordinators: set(&g, "subordinators"),
            statement_nouns: set(&g, "statement_nouns"),
            label_cues: patterns(&g, "label_cues"),
            title_words: set(&g, "title_words"),
            modality,
            exceptions,
            cue_index,
        }
    }

    /// The head class of a lowercase noun, trying its singular too.
    pub fn head(&self, norm: &str) -> Option<Head> {
        self.heads
            .get(norm)
            .or_else(|| self.heads.get(&singular(norm)))
            .copied()
    }

    /// A subject pronoun: "he", "it", "they", "we" ...
    pub fn pronoun(&self, norm: &str) -> bool {
        self.pronouns.contains(norm)
    }

    /// The form of a head noun used to match later mentions ("officials" and
    /// "the official" share `official`).
    pub fn lemma(&self, norm: &str) -> String {
        if self.heads.contains_key(norm) && !norm.ends_with('s') {
            return norm.to_string();
        }
        let s = singular(norm);
        if self.heads.contains_key(&s) {
            s
        } else {
            norm.to_string()
        }
    }
}

/// A plain English singular: "ministries" -> "ministry", "officials" -> "official".
pub fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
    }
    if let Some(stem) = w.strip_suffix("es") {
        if ["ss", "sh", "ch", "x", "z"]
            .iter()
            .any(|e| stem.ends_with(e))
        {
            return stem.to_string();
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}
