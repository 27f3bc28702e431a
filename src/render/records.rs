//! The typed shape of every JSON message: structs that borrow from the
//! analysis and serialize straight to the output (no intermediate tree).
//! Field order is the order of the keys on the wire.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::analysis::Analysis;
use crate::claims::Claim;
use crate::compare::{Category, Finding, Kind};
use crate::document::{DateSource, Document};
use crate::facts::events::EventInstance;
use crate::facts::{Fact, Scope, Slot, Status, Value as FactValue};
use crate::model::{
    ActorKind, ActorMention, Anchor, Bound, Casualty, Figure, Modality, Qualifier, Quote, Source,
    SourceKind, Timex, TimexType,
};

/// A date written as `YYYY-MM-DD`.
#[derive(Clone, Copy)]
pub struct Date(pub NaiveDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// A figure's number: an integer when it is whole (and exact in an f64),
/// a float otherwise.
#[derive(Clone, Copy)]
pub struct Number(pub f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

fn bound(b: Bound) -> Option<Number> {
    b.value().map(Number)
}

fn inclusive(b: Bound) -> bool {
    matches!(b, Bound::Inclusive(_))
}

/// A `document` message: what was read and how it was dated.
#[derive(Serialize, JsonSchema)]
pub struct DocumentRec<'a> {
    pub file: &'a str,
    pub date: Option<Date>,
    pub date_source: DateSource,
    pub title: Option<&'a str>,
    pub bytes: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub inferred_from: Option<&'a str>,
    pub warnings: &'a [String],
}

impl<'a> DocumentRec<'a> {
    pub fn new(d: &'a Document) -> Self {
        DocumentRec {
            file: &d.path,
            date: d.date.map(Date),
            date_source: d.date_source,
            title: d.title.map(|t| d.slice(t)),
            bytes: d.bytes,
            paragraphs: d.paragraphs.len(),
            sentences: d.sentences.len(),
            inferred_from: d.inferred_from.as_deref(),
            warnings: &d.warnings,
        }
    }
}

/// A `date` message.
#[derive(Serialize, JsonSchema)]
pub struct TimexRec<'a> {
    pub file: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub timex_type: TimexType,
    pub value: &'a str,
    #[serde(rename = "mod")]
    pub modifier: Option<&'a str>,
    pub anchor: Anchor,
}

impl<'a> TimexRec<'a> {
    pub fn new(d: &'a Document, t: &'a Timex) -> Self {
        let f = d.file_span(t.span);
        TimexRec {
            file: &d.path,
            start: f.start,
            end: f.end,
            text: d.slice(t.span),
            timex_type: t.timex_type,
            value: &t.value,
            modifier: t.modifier,
            anchor: t.anchor,
        }
    }
}

/// A `figure` message.
#[derive(Serialize, JsonSchema)]
pub struct FigureRec<'a> {
    pub file: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: Number,
    pub low: Option<Number>,
    pub high: Option<Number>,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    pub qualifier: Qualifier,
    pub unit: Option<&'a str>,
    pub counts: Option<&'a str>,
    pub category: Option<Casualty>,
}

impl<'a> FigureRec<'a> {
    pub fn new(d: &'a Document, f: &'a Figure) -> Self {
        let s = d.file_span(f.span);
        FigureRec {
            file: &d.path,
            start: s.start,
            end: s.end,
            text: d.slice(f.span),
            value: Number(f.value),
            low: bound(f.interval.low),
            high: bound(f.interval.high),
            low_inclusive: inclusive(f.interval.low),
            high_inclusive: inclusive(f.interval.high),
            qualifier: f.qualifier,
            unit: f.unit.as_deref(),
            counts: f.counts.as_deref(),
            category: f.category,
        }
    }
}

/// An `actor` message.
#[derive(Serialize, JsonSchema)]
pub struct ActorRec<'a> {
    pub file: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub canonical: &'a str,
    pub kind: ActorKind,
    pub role: Option<&'a str>,
}

impl<'a> ActorRec<'a> {
    pub fn new(d: &'a Document, m: &'a ActorMention) -> Self {
        let s = d.file_span(m.span);
        ActorRec {
            file: &d.path,
            start: s.start,
            end: s.end,
            text: d.slice(m.span),
            canonical: &m.canonical,
            kind: m.kind,
            role: m.role.as_deref(),
        }
    }
}

/// A `quote` message.
#[derive(Serialize, JsonSchema)]
pub struct QuoteRec<'a> {
    pub file: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
}

impl<'a> QuoteRec<'a> {
    pub fn new(d: &'a Document, q: &'a Quote) -> Self {
        let s = d.file_span(q.span);
        QuoteRec {
            file: &d.path,
            start: s.start,
            end: s.end,
            text: d.slice(q.span),
            speaker: q.speaker.as_deref(),
        }
    }
}

/// Who a claim is attributed to; `via` when reported through someone else.
#[derive(Serialize, JsonSchema)]
pub struct SourceRec<'a> {
    pub text: &'a str,
    pub canonical: Option<&'a str>,
    pub kind: SourceKind,
    pub via: Option<Box<SourceRec<'a>>>,
}

impl<'a> SourceRec<'a> {
    pub fn new(d: &'a Document, s: &'a Source) -> Self {
        SourceRec {
            text: d.slice(s.span),
            canonical: s.canonical.as_deref(),
            kind: s.kind,
            via: s.via.as_deref().map(|v| Box::new(SourceRec::new(d, v))),
        }
    }
}

/// A claim's event: its type and trigger word.
#[derive(Serialize, JsonSchema)]
pub struct ClaimEventRec<'a> {
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub trigger: &'a str,
}

/// A figure as a claim lists it.
#[derive(Serialize, JsonSchema)]
pub struct ClaimFigureRec<'a> {
    pub text: &'a str,
    pub value: Number,
    pub low: Option<Number>,
    pub high: Option<Number>,
    pub qualifier: Qualifier,
    pub unit: Option<&'a str>,
    pub counts: Option<&'a str>,
    pub category: Option<Casualty>,
}

/// A `claim` message. `text` (the sentence) is left out of lean JSON Lines:
/// `start` and `end` locate it in the file.
#[derive(Serialize, JsonSchema)]
pub struct ClaimRec<'a> {
    pub file: &'a str,
    pub id: &'a str,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
    pub event: Option<ClaimEventRec<'a>>,
    pub actors: Vec<&'a str>,
    pub dates: Vec<&'a str>,
    pub figures: Vec<ClaimFigureRec<'a>>,
    pub quotes: Vec<&'a str>,
    pub source: Option<SourceRec<'a>>,
    pub modality: Modality,
}

impl<'a> ClaimRec<'a> {
    /// `with_text`: whether to carry the sentence itself.
    pub fn new(a: &'a Analysis, c: &'a Claim, with_text: bool) -> Self {
        let d = &a.doc;
        let mut actors: Vec<&str> = Vec::new();
        for &i in &c.actors {
            let n = a.actors[i].canonical.as_str();
            if !actors.contains(&n) {
                actors.push(n);
            }
        }
        let figures = c
            .figures
            .iter()
            .map(|&i| {
                let f = &a.figures[i];
                ClaimFigureRec {
                    text: d.slice(f.span),
                    value: Number(f.value),
                    low: bound(f.interval.low),
                    high: bound(f.interval.high),
                    qualifier: f.qualifier,
                    unit: f.unit.as_deref(),
                    counts: f.counts.as_deref(),
                    category: f.category,
                }
            })
            .collect();
        let s = d.file_span(c.span);
        ClaimRec {
            file: &d.path,
            id: &c.id,
            start: s.start,
            end: s.end,
            text: with_text.then(|| d.slice(c.span)),
            event: c.event.as_ref().map(|e| ClaimEventRec {
                kind: &e.kind,
                trigger: d.slice(e.trigger),
            }),
            actors,
            dates: c
                .timexes
                .iter()
                .map(|&i| a.timexes[i].value.as_str())
                .collect(),
            figures,
            quotes: c
                .quotes
                .iter()
                .map(|&i| d.slice(a.quotes[i].span))
                .collect(),
            source: c.source.as_ref().map(|s| SourceRec::new(d, s)),
            modality: c.modality,
        }
    }
}

/// An `event` message: one event instance of a document.
#[derive(Serialize, JsonSchema)]
pub struct EventRec<'a> {
    pub file: &'a str,
    pub id: &'a str,
    pub kind: &'a str,
    pub trigger: Option<&'a str>,
    pub when: Option<&'a str>,
    pub main: bool,
    pub link: &'a str,
}

impl<'a> EventRec<'a> {
    pub fn new(d: &'a Document, e: &'a EventInstance) -> Self {
        EventRec {
            file: &d.path,
            id: &e.id,
            kind: &e.kind,
            trigger: e.trigger.map(|t| d.slice(t)),
            when: e.when.as_deref(),
            main: e.main,
            link: &e.link,
        }
    }
}

/// The event a fact belongs to, as the fact carries it.
#[derive(Serialize, JsonSchema)]
pub struct FactEventRec<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub trigger: Option<&'a str>,
    pub when: Option<&'a str>,
    pub main: bool,
}

/// The value of a fact.
#[derive(Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FactValueRec<'a> {
    Number {
        low: Option<Number>,
        high: Option<Number>,
        low_inclusive: bool,
        high_inclusive: bool,
        unit: Option<&'a str>,
    },
    Timex {
        value: &'a str,
    },
    Text {
        text: &'a str,
    },
    /// A place: its canonical name, its level (`country`, `region`,
    /// `settlement`, `island`, `part`, `?`) and the larger places the file
    /// puts it in.
    Place {
        name: &'a str,
        level: &'a str,
        within: Vec<&'a str>,
    },
}

/// Who states a fact, as a value.
#[derive(Serialize, JsonSchema)]
pub struct CreditRec<'a> {
    /// `person`, `anonymous`, `organization`, `government`, `document`,
    /// `media`.
    pub kind: SourceKind,
    /// A named source's canonical name, or an anonymous source's description.
    pub name: &'a str,
}

/// A fact id: `x` and its 1-based position in the document.
#[derive(Clone, Copy)]
pub struct FactId(pub usize);

impl Serialize for FactId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("x{}", self.0))
    }
}

/// A `fact` message.
#[derive(Serialize, JsonSchema)]
pub struct FactRec<'a> {
    pub file: &'a str,
    pub id: FactId,
    pub claim: Option<&'a str>,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub event: FactEventRec<'a>,
    pub slot: Slot,
    pub subject: Option<&'a str>,
    pub value: FactValueRec<'a>,
    pub round: bool,
    pub vague: bool,
    pub status: Status,
    pub scope: Scope,
    pub modality: Modality,
    pub source: Option<&'a str>,
    /// The source as a value (null when the fact has none).
    pub credit: Option<CreditRec<'a>>,
}

impl<'a> FactRec<'a> {
    /// The `i`-th (0-based) fact of the analysis.
    pub fn new(a: &'a Analysis, i: usize, f: &'a Fact) -> Self {
        let d = &a.doc;
        let e = &a.facts.events[f.event];
        let at = a.claims.partition_point(|c| c.span.end <= f.span.start);
        let claim = a
            .claims
            .get(at)
            .filter(|c| c.span.contains(f.span))
            .map(|c| c.id.as_str());
        let value = match &f.value {
            FactValue::Number { interval, unit } => FactValueRec::Number {
                low: bound(interval.low),
                high: bound(interval.high),
                low_inclusive: inclusive(interval.low),
                high_inclusive: inclusive(interval.high),
                unit: unit.as_deref(),
            },
            FactValue::Timex { value } => FactValueRec::Timex { value },
            FactValue::Text { text } => FactValueRec::Text { text },
            FactValue::Place {
                name,
                level,
                within,
            } => FactValueRec::Place {
                name,
                level,
                within: within.iter().map(String::as_str).collect(),
            },
        };
        let s = d.file_span(f.span);
        FactRec {
            file: &d.path,
            id: FactId(i + 1),
            claim,
            start: s.start,
            end: s.end,
            text: d.slice(f.span),
            event: FactEventRec {
                id: &e.id,
                kind: &e.kind,
                trigger: e.trigger.map(|t| d.slice(t)),
                when: e.when.as_deref(),
                main: e.main,
            },
            slot: f.slot,
            subject: f.subject.as_deref(),
            value,
            round: f.round,
            vague: f.vague,
            status: f.status,
            scope: f.scope,
            modality: f.modality,
            source: f.source.map(|s| d.slice(s)),
            credit: f.credit.as_ref().map(|c| CreditRec {
                kind: c.kind,
                name: &c.name,
            }),
        }
    }
}

/// The `summary` message of `extract`: counts over every document. Nothing
/// in it depends on the run (no timing): the same input gives the same bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ExtractSummary {
    pub files: usize,
    pub skipped: usize,
    pub bytes: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub dates: usize,
    pub figures: usize,
    pub actors: usize,
    pub quotes: usize,
    pub claims: usize,
}

impl ExtractSummary {
    /// Counts one more document.
    pub fn add(&mut self, a: &Analysis) {
        self.files += 1;
        self.bytes += a.doc.bytes;
        self.paragraphs += a.doc.paragraphs.len();
        self.sentences += a.doc.sentences.len();
        self.dates += a.timexes.len();
        self.figures += a.figures.len();
        self.actors += a.actors.len();
        self.quotes += a.quotes.len();
        self.claims += a.claims.len();
    }

    /// Adds the counts of other documents.
    pub fn merge(&mut self, o: &ExtractSummary) {
        self.files += o.files;
        self.skipped += o.skipped;
        self.bytes += o.bytes;
        self.paragraphs += o.paragraphs;
        self.sentences += o.sentences;
        self.dates += o.dates;
        self.figures += o.figures;
        self.actors += o.actors;
        self.quotes += o.quotes;
        self.claims += o.claims;
    }
}

/// A document of `extract --format json`, with all its mentions.
#[derive(Serialize, JsonSchema)]
pub struct ExtractDocument<'a> {
    #[serde(flatten)]
    pub document: DocumentRec<'a>,
    pub dates: Vec<TimexRec<'a>>,
    pub figures: Vec<FigureRec<'a>>,
    pub actors: Vec<ActorRec<'a>>,
    pub quotes: Vec<QuoteRec<'a>>,
    pub claims: Vec<ClaimRec<'a>>,
    pub events: Vec<EventRec<'a>>,
    pub facts: Vec<FactRec<'a>>,
    pub people: Vec<super::person::PersonRec<'a>>,
}

impl<'a> ExtractDocument<'a> {
    pub fn new(a: &'a Analysis) -> Self {
        let d = &a.doc;
        ExtractDocument {
            document: DocumentRec::new(d),
            dates: a.timexes.iter().map(|t| TimexRec::new(d, t)).collect(),
            figures: a.figures.iter().map(|f| FigureRec::new(d, f)).collect(),
            actors: a.actors.iter().map(|m| ActorRec::new(d, m)).collect(),
            quotes: a.quotes.iter().map(|q| QuoteRec::new(d, q)).collect(),
            claims: a.claims.iter().map(|c| ClaimRec::new(a, c, true)).collect(),
            events: a.facts.events.iter().map(|e| EventRec::new(d, e)).collect(),
            facts: (a.facts.facts.iter().enumerate())
                .map(|(i, f)| FactRec::new(a, i, f))
                .collect(),
            people: (a.facts.people.iter())
                .map(|p| super::person::PersonRec::new(d, p))
                .collect(),
        }
    }
}

/// A document of `compare`: the `document` message with its claim count
/// and, over stories, its story.
#[derive(Serialize, JsonSchema)]
pub struct CompareDocument<'a> {
    #[serde(flatten)]
    pub document: DocumentRec<'a>,
    pub claims: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<&'a str>,
}

/// A claim a finding cites: where it is and its sentence.
#[derive(Serialize, JsonSchema)]
pub struct CitedClaim<'a> {
    pub file: &'a str,
    pub id: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// A finding's values by file, in the order the finding gives them; a file
/// named twice keeps its first place and its last value.
pub struct Values<'a>(pub Vec<(&'a str, &'a str)>);

impl<'a> Values<'a> {
    fn new(an: &'a [Analysis], f: &'a Finding) -> Self {
        let mut v: Vec<(&str, &str)> = Vec::with_capacity(f.values.len());
        for &(d, s) in &f.values {
            let (file, text) = (an[d].doc.path.as_str(), an[d].doc.slice(s));
            match v.iter_mut().find(|(k, _)| *k == file) {
                Some(slot) => slot.1 = text,
                None => v.push((file, text)),
            }
        }
        Values(v)
    }
}

impl Serialize for Values<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// A finding id: `F` and its 1-based number in the run.
#[derive(Clone, Copy)]
pub struct FindingId(pub usize);

impl Serialize for FindingId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("F{}", self.0))
    }
}

/// A `finding` message.
#[derive(Serialize, JsonSchema)]
pub struct FindingRec<'a> {
    pub id: FindingId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<&'a str>,
    pub kind: Kind,
    pub category: Category,
    pub topic: &'a str,
    /// The event instance the finding is about, in plain words ("the Nov 27
    /// quake", "Wednesday's aftershock", "another fire"); null when its
    /// versions tell of no event.
    pub event_label: Option<String>,
    pub claims: Vec<CitedClaim<'a>>,
    pub values: Values<'a>,
    pub explanation: &'a str,
    /// A content fingerprint, stable across runs and unrelated edits (the
    /// identity `--baseline` matches on).
    pub fingerprint: String,
}

impl<'a> FindingRec<'a> {
    /// Finding `f` numbered `id`, over the analyses `an` of its story.
    pub fn new(an: &'a [Analysis], id: usize, f: &'a Finding, story: Option<&'a str>) -> Self {
        let claims = f
            .cites
            .iter()
            .map(|c| {
                let a = &an[c.doc];
                let claim = &a.claims[c.claim];
                let s = a.doc.file_span(claim.span);
                CitedClaim {
                    file: &a.doc.path,
                    id: &claim.id,
                    start: s.start,
                    end: s.end,
                    text: a.doc.slice(claim.span),
                }
            })
            .collect();
        FindingRec {
            id: FindingId(id),
            story,
            kind: f.kind,
            category: f.category,
            topic: &f.topic,
            event_label: crate::compare::labels::finding_event(an, f),
            claims,
            values: Values::new(an, f),
            explanation: &f.explanation,
            fingerprint: crate::baseline::fingerprint(an, f),
        }
    }
}

/// The `summary` of a comparison: the number of findings of each kind.
pub struct CompareSummary(pub [(Kind, usize); Kind::ALL.len()]);

impl CompareSummary {
    pub fn count<'f>(findings: impl IntoIterator<Item = &'f Finding>) -> Self {
        let mut counts = Kind::ALL.map(|k| (k, 0));
        for f in findings {
            if let Some(c) = counts.iter_mut().find(|(k, _)| *k == f.kind) {
                c.1 += 1;
            }
        }
        CompareSummary(counts)
    }
}

impl Serialize for CompareSummary {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, n) in &self.0 {
            m.serialize_entry(k.as_str(), n)?;
        }
        m.end()
    }
}

impl fmt::Debug for CompareSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(k, n)| (k, n)))
            .finish()
    }
}

// Schemas of the values written by hand above, and of the slot, whose wire
// name comes from its own `Serialize`.

/// A JSON Schema that is a fixed JSON value, named `name`.
macro_rules! fixed_schema {
    ($ty:ty, $name:literal, $($schema:tt)+) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($($schema)+)
            }
        }
    };
}

fixed_schema!(Date, "Date", {"type": "string", "format": "date"});
fixed_schema!(Number, "Number", {"type": "number"});
fixed_schema!(FactId, "FactId", {"type": "string", "pattern": "^x[1-9][0-9]*$"});
fixed_schema!(FindingId, "FindingId", {"type": "string", "pattern": "^F[1-9][0-9]*$"});
fixed_schema!(Values<'_>, "FindingValues", {
    "description": "The value each file gives, by file path.",
    "type": "object",
    "additionalProperties": {"type": "string"}
});
fixed_schema!(Slot, "Slot", {
    "description": "What a fact says something about (see docs/JSON.md).",
    "type": "string"
});

impl JsonSchema for CompareSummary {
    fn schema_name() -> Cow<'static, str> {
        "CompareSummary".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        let properties: serde_json::Map<String, serde_json::Value> = names
            .iter()
            .map(|n| {
                (
                    (*n).to_string(),
                    serde_json::json!({"type": "integer", "minimum": 0}),
                )
            })
            .collect();
        json_schema!({
            "description": "The number of findings of each kind.",
            "type": "object",
            "properties": properties,
            "required": names,
            "additionalProperties": false
        })
    }
}
