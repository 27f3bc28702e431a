//! The comparer: treats the analyzed documents as versions of one story,
//! aligns what they state, and reports findings — agreement, compatible,
//! update, contradiction, omission, disputed — each citing its claims and the
//! differing surface text in every version.
//!
//! When alignment is unsure it says nothing: a missed finding costs a reader
//! less than an invented contradiction.

pub mod align;
mod bare_counts;
mod clock;
mod conditions;
mod disputes;
mod durations;
mod facts;
mod given_names;
mod kin;
pub mod labels;
mod links;
mod moments;
mod money;
mod names;
mod numbers;
pub mod omissions;
mod one_kind;
mod order;
mod org_names;
mod people;
mod places;
mod quotes;
mod relate;
mod revisions;
mod shares;
mod slots;
mod sources;
mod stamps;
pub mod when;
pub mod wording;

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::claims::Claim;
use crate::model::{ActorKind, Bound, Figure, Interval, Modality, Span, TimexType};
use align::{Item, Vocab, Weights};
use when::Relation;

/// What a finding says about the versions.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    schemars::JsonSchema,
    clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Contradiction,
    Update,
    Disputed,
    Compatible,
    Omission,
    Agreement,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Agreement,
        Kind::Compatible,
        Kind::Update,
        Kind::Contradiction,
        Kind::Omission,
        Kind::Disputed,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Agreement => "agreement",
            Kind::Compatible => "compatible",
            Kind::Update => "update",
            Kind::Contradiction => "contradiction",
            Kind::Omission => "omission",
            Kind::Disputed => "disputed",
        }
    }
}

/// What a finding is about.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Casualty,
    Number,
    Date,
    Quote,
    Attribution,
    Actor,
    Place,
    List,
    Event,
}

impl Category {
    /// Where findings of this category stand within their kind in a report:
    /// casualty figures, then days and times, named people and who said it,
    /// then other figures, places, events, quotes and lists.
    pub fn rank(self) -> u8 {
        match self {
            Category::Casualty => 0,
            Category::Date => 1,
            Category::Actor => 2,
            Category::Attribution => 3,
            Category::Number => 4,
            Category::Place => 5,
            Category::Event => 6,
            Category::Quote => 7,
            Category::List => 8,
        }
    }
}

/// A claim of one version, cited by a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cite {
    pub doc: usize,
    pub claim: usize,
}

#[derive(Clone, Debug)]
pub struct Finding {
    pub kind: Kind,
    pub category: Category,
    pub topic: String,
    pub cites: Vec<Cite>,
    /// The differing value as written in each version that states it.
    pub values: Vec<(usize, Span)>,
    pub explanation: String,
}

/// The result of comparing versions.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// Document indices in version order: by publication date, then path.
    pub order: Vec<usize>,
    pub findings: Vec<Finding>,
}

/// How sure alignment must be before claims count as the same fact.
const CLAIM_THRESHOLD: f64 = 0.34;
/// Figures must count the same thing; their sentences may share fewer words.
const FIGURE_THRESHOLD: f64 = 0.2;
/// Share of words two quotations must have in common, in order.
const QUOTE_THRESHOLD: f64 = 0.45;
/// A sentence that repeats a quotation without quotation marks.
const UNQUOTED_THRESHOLD: f64 = 0.6;

/// Compares the analyzed versions of one story.
pub fn compare(an: &[Analysis]) -> Comparison {
    let mut order: Vec<usize> = (0..an.len()).collect();
    order.sort_by(|&a, &b| {
        (an[a].doc.date.is_none(), an[a].doc.date, &an[a].doc.path).cmp(&(
            an[b].doc.date.is_none(),
            an[b].doc.date,
            &an[b].doc.path,
        ))
    });
    let mut rank = vec![0; an.len()];
    for (r, &d) in order.iter().enumerate() {
        rank[d] = r;
    }
    let cx = Cx::new(an, &order, rank);
    let mut findings = Vec::new();
    cx.claim_findings(&mut findings);
    cx.slot_findings(&mut findings);
    cx.place_findings(&mut findings);
    cx.source_findings(&mut findings);
    cx.figure_findings(&mut findings);
    cx.quote_findings(&mut findings);
    cx.list_findings(&mut findings);
    cx.actor_findings(&mut findings);
    cx.people_findings(&mut findings);
    cx.given_name_findings(&mut findings);
    cx.org_name_findings(&mut findings);
    cx.kin_findings(&mut findings);
    cx.disputes(&mut findings);
    // In version order before the omissions are weighed too: which of two
    // omissions of one fact is kept must not hang on the order of the input.
    cx.in_report_order(&mut findings);
    omissions::keep_for_readers(an, &cx.rank, &mut findings);
    for f in &mut findings {
        if let Some(topic) = labels::topic_with_event(an, f) {
            f.topic = topic;
        }
    }
    cx.in_report_order(&mut findings);
    Comparison { order, findings }
}

impl Cx<'_> {
    /// Each finding's cites and values in version order, and the findings in
    /// report order.
    fn in_report_order(&self, findings: &mut [Finding]) {
        for f in findings.iter_mut() {
            f.cites.sort_by_key(|c| (self.rank[c.doc], c.claim));
            f.cites.dedup();
            f.values.sort_by_key(|(d, s)| (self.rank[*d], *s));
            f.values.dedup_by_key(|(d, _)| *d);
        }
        // Within a kind, what a reader checks first comes first: tolls, then
        // days and times, then people, then other figures.
        findings.sort_by(|a, b| {
            let key = |f: &Finding| {
                (
                    f.kind,
                    f.category.rank(),
                    f.cites
                        .first()
                        .map(|c| (self.rank[c.doc], self.an[c.doc].claims[c.claim].span)),
                )
            };
            key(a).cmp(&key(b)).then_with(|| a.topic.cmp(&b.topic))
        });
    }
}

/// How each version's main event instance is linked across the versions
/// (`main`, or `main@<day>` for a version whose main event is another day's):
/// the key the comparer groups main-event facts by. Exposed for measuring the
/// linking against gold coreference (`examples/event_linking`).
pub fn main_links(an: &[Analysis]) -> Vec<String> {
    Cx::main_links(an)
}

/// Shared state of one comparison.
struct Cx<'a> {
    an: &'a [Analysis],
    order: &'a [usize],
    rank: Vec<usize>,
    /// `figure_claim[d][f]`: the claim holding figure `f` of document `d`.
    figure_claim: Vec<Vec<Option<usize>>>,
    quote_claim: Vec<Vec<Option<usize>>>,
    /// Alignment tokens of every claim, `claim_tokens[d][c]`.
    claim_tokens: Vec<Vec<Vec<align::Token>>>,
    /// What each figure counts, as a token: `figure_keys[d][f]`.
    figure_keys: Vec<Vec<Option<align::Token>>>,
    /// Each figure read as a length of time, `stretches[d][f]`.
    stretches: Vec<Vec<Option<durations::Stretch>>>,
    vocab: Vocab,
    /// How each version's main event is linked (`links`), `main_links[d]`.
    main_links: Vec<String>,
    /// The word keys of each sentence of a version, `sentence_keys[d][s]`
    /// (`wording::keys`), made when a rule first looks through the version.
    sentence_keys: Vec<OnceCell<Vec<Vec<u64>>>>,
    /// The latest day each version's story reaches (`order::reaches`), made
    /// at first use: version pairs ask for it again and again, and scanning
    /// the version's dates each time made comparing thousands of versions
    /// grow far faster than their number.
    reaches: Vec<OnceCell<Option<chrono::NaiveDate>>>,
    /// Each version's clock stamp (`stamps`), read at first use.
    stamps: Vec<OnceCell<Option<stamps::Stamp>>>,
    /// Each sentence of a version with its figures masked (`revisions`),
    /// made when a group first looks for copies of one text.
    masked_sentences: Vec<OnceCell<Vec<revisions::Masked>>>,
    /// The keys of those masked sentences long enough to count
    /// (`revisions`), made once per version: every pair of copies asks.
    masked_keys: Vec<OnceCell<std::collections::BTreeSet<u64>>>,
}

impl<'a> Cx<'a> {
    fn new(an: &'a [Analysis], order: &'a [usize], rank: Vec<usize>) -> Cx<'a> {
        let mut vocab = Vocab::default();
        let claim_tokens = an
            .iter()
            .map(|a| {
                a.claims
                    .iter()
                    .map(|c| align::claim_tokens(a, c, &mut vocab))
                    .collect()
            })
            .collect();
        let stretches = durations::stretches(an);
        let figure_keys = an
            .iter()
            .zip(&stretches)
            .map(|(a, st)| {
                a.figures
                    .iter()
                    .zip(st)
                    .map(|(f, s)| {
                        // every length of time shares one key, whatever its unit
                        s.as_ref()
                            .map(|_| durations::KEY.to_string())
                            .or_else(|| Self::figure_key(f))
                            .map(|k| vocab.id(&k))
                    })
                    .collect()
            })
            .collect();
        let owner = |len: usize, a: &Analysis, pick: fn(&Claim) -> &Vec<usize>| {
            let mut v = vec![None; len];
            for (ci, c) in a.claims.iter().enumerate() {
                for &i in pick(c) {
                    v[i].get_or_insert(ci);
                }
            }
            v
        };
        Cx {
            main_links: Cx::main_links(an),
            figure_claim: an
                .iter()
                .map(|a| owner(a.figures.len(), a, |c| &c.figures))
                .collect(),
            quote_claim: an
                .iter()
                .map(|a| owner(a.quotes.len(), a, |c| &c.quotes))
                .collect(),
            an,
            order,
            rank,
            claim_tokens,
            figure_keys,
            stretches,
            vocab,
            sentence_keys: an.iter().map(|_| OnceCell::new()).collect(),
            reaches: an.iter().map(|_| OnceCell::new()).collect(),
            stamps: an.iter().map(|_| OnceCell::new()).collect(),
            masked_sentences: an.iter().map(|_| OnceCell::new()).collect(),
            masked_keys: an.iter().map(|_| OnceCell::new()).collect(),
        }
    }

    /// The word keys of each sentence of version `d`, in sentence order.
    fn sentence_keys(&self, d: usize) -> &[Vec<u64>] {
        self.sentence_keys[d].get_or_init(|| {
            let doc = &self.an[d].doc;
            doc.sentences
                .iter()
                .map(|&s| wording::keys(&wording::words(&doc.text, s)))
                .collect()
        })
    }

    fn n(&self) -> usize {
        self.an.len()
    }

    /// A short name for a version in explanations: its file name without folder.
    fn name(&self, d: usize) -> String {
        let p = &self.an[d].doc.path;
        let base = p.rsplit(['/', '\\']).next().unwrap_or(p);
        base.strip_suffix(".txt")
            .or_else(|| base.strip_suffix(".md"))
            .unwrap_or(base)
            .to_string()
    }

    fn names(&self, docs: impl IntoIterator<Item = usize>) -> String {
        let mut v: Vec<usize> = docs.into_iter().collect();
        v.sort_by_key(|&d| self.rank[d]);
        v.dedup();
        v.iter()
            .map(|&d| self.name(d))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The claim (sentence) of version `d` that holds `s`, if that
    /// sentence is a claim.
    fn claim_holding(&self, d: usize, s: Span) -> Option<usize> {
        let claims = &self.an[d].claims;
        let i = claims.partition_point(|c| c.span.end <= s.start);
        claims.get(i).filter(|c| c.span.contains(s)).map(|_| i)
    }

    fn text(&self, d: usize, s: Span) -> &str {
        self.an[d].doc.slice(s)
    }

    fn claim(&self, d: usize, c: usize) -> &Claim {
        &self.an[d].claims[c]
    }

    /// "event · actor, actor": what a claim is about, in a few words.
    fn claim_topic(&self, d: usize, c: usize) -> String {
        let a = &self.an[d];
        let claim = &a.claims[c];
        let mut parts = Vec::new();
        if let Some(e) = &claim.event {
            parts.push(a.doc.slice(e.trigger).to_lowercase());
        }
        let mut names: Vec<&str> = Vec::new();
        for &i in &claim.actors {
            let n = a.actors[i].canonical.as_str();
            if !names.contains(&n) && names.len() < 3 {
                names.push(n);
            }
        }
        if !names.is_empty() {
            parts.push(names.join(", "));
        }
        if parts.is_empty() {
            let t = a.doc.slice(claim.span);
            parts.push(t.chars().take(60).collect());
        }
        parts.join(" · ")
    }

    /// The clause around a word: up to the nearest comma, semicolon or
    /// sentence edge on each side.
    pub(super) fn clause_around(&self, d: usize, at: Span) -> Span {
        let doc = &self.an[d].doc;
        let Some(si) = doc.sentence_at(at.start) else {
            return at;
        };
        let s = doc.sentences[si];
        if !s.contains(at) {
            return at;
        }
        let text = &doc.text;
        let bounds = [',', ';', '—'];
        // Past the boundary character, whatever its width ("—" is 3 bytes).
        let start = text[s.start..at.start]
            .char_indices()
            .rfind(|(_, c)| bounds.contains(c))
            .map_or(s.start, |(i, c)| s.start + i + c.len_utf8());
        let end = text[at.end..s.end]
            .find(bounds)
            .map_or(s.end, |i| at.end + i);
        let raw = &text[start..end];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim().trim_end_matches('.');
        Span::new(start + lead, start + lead + trimmed.len())
    }

    /// From a word to the end of its clause.
    pub(super) fn clause_from(&self, d: usize, at: Span) -> Span {
        let c = self.clause_around(d, at);
        Span::new(at.start.max(c.start).min(c.end), c.end)
    }
}

/// Finds, in `words`, the words that `ref_window` covers in `reference`.
fn find_words(
    words: &[wording::Word],
    reference: &[wording::Word],
    ref_window: Span,
) -> Option<Span> {
    let wanted: Vec<&str> = reference
        .iter()
        .filter(|w| ref_window.contains(w.span))
        .map(|w| w.norm.as_str())
        .collect();
    if wanted.is_empty() {
        return None;
    }
    words
        .windows(wanted.len())
        .find(|win| {
            win.iter()
                .map(|w| w.norm.as_str())
                .eq(wanted.iter().copied())
        })
        .map(|win| Span::new(win[0].span.start, win[win.len() - 1].span.end))
}

fn abbreviate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// "[657, ∞)", "(1000, ∞)", "[150, 200]".
pub fn interval_text(i: &Interval) -> String {
    let num = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    let lo = match i.low {
        Bound::Unbounded => "(−∞".to_string(),
        Bound::Inclusive(v) => format!("[{}", num(v)),
        Bound::Exclusive(v) => format!("({}", num(v)),
    };
    let hi = match i.high {
        Bound::Unbounded => "∞)".to_string(),
        Bound::Inclusive(v) => format!("{}]", num(v)),
        Bound::Exclusive(v) => format!("{})", num(v)),
    };
    format!("{lo}, {hi}")
}
