//! The vocabulary shared by every stage: spans, temporal expressions, figures,
//! actors, quotes, sources and claims.
//!
//! Every offset in these types is a byte offset into [`crate::document::Document::text`].
//! Only the renderer maps them to offsets in the file as read (they differ only
//! where the file held invalid UTF-8).

use serde::Serialize;

/// The name a unit variant has in the JSON output (`"killed"`, `"person"`),
/// for text that must say the same word.
pub fn wire_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text this span covers.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// TIMEX3 `type`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// What a temporal expression's value was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind", content = "index")]
pub enum Anchor {
    /// Absolute in the text ("April 1, 2024", "1994"): needs no anchor.
    Absolute,
    /// Resolved against the document's publication date.
    Dct,
    /// Resolved against another temporal expression (index into the
    /// document's timex list): an earlier one for "a year later" or "the
    /// following day"; for a clock time with no day of its own, possibly the
    /// day written after it in its sentence ("07:00 on Monday 23 March").
    Timex(usize),
    /// Relative, but there was nothing to resolve it against: the value keeps
    /// `X` placeholders ("XXXX-08").
    Unresolved,
}

/// A temporal expression with its normalized TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timex {
    pub span: Span,
    pub timex_type: TimexType,
    /// TIMEX3 value: `2025-11-07`, `2024-04`, `2024`, `2024-Q4`, `199`, `PRESENT_REF`,
    /// `P1Y`, `XXXX-06`, `XXXX-WXX-1` ...
    pub value: String,
    /// TIMEX3 mod: `START`, `MID`, `END`, `APPROX`, `MORE_THAN`, ...
    pub modifier: Option<&'static str>,
    pub anchor: Anchor,
}

/// How the wording bounds a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    About,
    Range,
    Vague,
}

/// One end of an interval.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Unbounded,
    Inclusive(f64),
    Exclusive(f64),
}

impl Bound {
    pub fn value(&self) -> Option<f64> {
        match *self {
            Bound::Unbounded => None,
            Bound::Inclusive(v) | Bound::Exclusive(v) => Some(v),
        }
    }
}

/// The set of values a figure's wording allows: "at least 657" is `[657, ∞)`,
/// "more than 1,000" is `(1000, ∞)`, "between 150 and 200" is `[150, 200]`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    pub low: Bound,
    pub high: Bound,
}

impl Interval {
    /// Both ends multiplied by `k` (positive): "about 40%" of 300 is [108, 132].
    pub fn times(self, k: f64) -> Interval {
        let scale = |b: Bound| match b {
            Bound::Inclusive(v) => Bound::Inclusive(v * k),
            Bound::Exclusive(v) => Bound::Exclusive(v * k),
            Bound::Unbounded => Bound::Unbounded,
        };
        Interval {
            low: scale(self.low),
            high: scale(self.high),
        }
    }

    pub fn exact(v: f64) -> Interval {
        Interval {
            low: Bound::Inclusive(v),
            high: Bound::Inclusive(v),
        }
    }

    /// True when some value satisfies both intervals.
    pub fn intersects(&self, other: &Interval) -> bool {
        fn above(low: Bound, high: Bound) -> bool {
            // is there x with x >= low and x <= high?
            match (low, high) {
                (Bound::Unbounded, _) | (_, Bound::Unbounded) => true,
                (Bound::Inclusive(a), Bound::Inclusive(b)) => a <= b,
                (Bound::Inclusive(a), Bound::Exclusive(b))
                | (Bound::Exclusive(a), Bound::Inclusive(b))
                | (Bound::Exclusive(a), Bound::Exclusive(b)) => a < b,
            }
        }
        above(self.low, other.high) && above(other.low, self.high)
    }
}

/// What kind of human casualty a figure counts, when it counts one.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Casualty {
    Killed,
    Wounded,
    Missing,
    Arrested,
    Displaced,
    Rescued,
    /// Killed and wounded counted together ("30 casualties"): comparable only
    /// with another such count, never with a death toll.
    Casualties,
}

impl Casualty {
    pub fn as_str(&self) -> &'static str {
        match self {
            Casualty::Killed => "killed",
            Casualty::Wounded => "wounded",
            Casualty::Missing => "missing",
            Casualty::Arrested => "arrested",
            Casualty::Displaced => "displaced",
            Casualty::Rescued => "rescued",
            Casualty::Casualties => "casualties",
        }
    }
}

/// A number a reader would compare across versions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// The whole wording, qualifier included ("at least 657").
    pub span: Span,
    /// The number as written, scaled ("1.2 million" is 1_200_000).
    pub value: f64,
    pub interval: Interval,
    pub qualifier: Qualifier,
    /// Unit when it is not a count: `percent`, or an ISO currency code (`USD`).
    pub unit: Option<String>,
    /// The noun counted, in its base form ("people", "ballistic missiles").
    pub counts: Option<String>,
    pub category: Option<Casualty>,
}

impl Figure {
    /// A share of a whole with no number of its own ("two-thirds of the
    /// homes", "60% of homes"): a percentage of the noun in `counts`, which
    /// says nothing about how many there are.
    pub fn is_share(&self) -> bool {
        self.unit.as_deref() == Some("percent") && self.counts.is_some()
    }
}

/// What sort of real-world actor a name denotes.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Place,
    Group,
    Other,
}

/// One mention of an actor. `canonical` is the same string for every mention
/// of the same real-world actor, across all documents of a run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorMention {
    pub span: Span,
    pub canonical: String,
    pub kind: ActorKind,
    /// Title or role written with the name ("Prime Minister", "spokesperson").
    pub role: Option<String>,
}

/// Words inside quotation marks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The words inside the marks (marks excluded).
    pub span: Span,
    /// Canonical name of the speaker, when resolved.
    pub speaker: Option<String>,
    /// The mention the speaker was resolved from ("the US official").
    pub speaker_span: Option<Span>,
}

/// Who a statement is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Person,
    Anonymous,
    Organization,
    Government,
    Document,
    Media,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    pub span: Span,
    pub canonical: Option<String>,
    pub kind: SourceKind,
    /// A second, relaying source: "According to NBC News, the health ministry
    /// states ..." has the ministry as source and NBC News as `via`.
    pub via: Option<Box<Source>>,
}

/// How firmly a statement is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Reported,
    Alleged,
    Denied,
    Hedged,
    Negated,
}

/// Attribution and modality for one sentence (the unit claims are built from).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution {
    pub sentence: Span,
    pub source: Option<Source>,
    pub modality: Modality,
    /// The word that set the modality ("denied", "alleged", "would have").
    pub cue: Option<Span>,
}
