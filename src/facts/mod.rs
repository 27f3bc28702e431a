//! Facts: one value about one thing — `(event instance, slot, subject,
//! value)` — read from the mentions the earlier stages found (figures, dates,
//! actors, attributions) and from a few readers of their own (magnitudes,
//! ages, ratings, ordinals, identifiers; [`readers`]).
//!
//! A fact is what the comparer sets against the other versions: two values are
//! compared only when they are about the same event instance, slot and
//! subject. [`events`] decides which event instance a fact is about, so that
//! the toll of an earlier quake, of a 2004 tsunami or of one town "alone" is
//! never set against the story's own toll.

mod acts;
mod ages;
mod event_times;
pub mod events;
mod fronted;
pub use events::STORY;
mod clock;
pub mod conditions;
mod counted;
pub mod crowds;
mod headline;
pub mod kin;
mod lengths;
mod lexicon;
mod measures;
pub mod money;
mod parts;
pub mod people;
pub mod places;
pub mod readers;
mod records;
pub mod runs;
pub mod sources;
pub mod states;
pub mod tallies;
mod titles;
pub mod weapons;

use serde::Serialize;

use crate::analysis::Analysis;
use crate::model::{Casualty, Interval, Modality, Span, TimexType};

/// What a fact says something about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    /// A count of people by what happened to them.
    Casualty(Casualty),
    /// A count of things, with the counted noun as subject ("homes destroyed").
    Count,
    Magnitude,
    Depth,
    /// Distance from the place named in the subject.
    Distance,
    /// A speed in km/h; the subject is what moves ("gusts", "winds").
    Speed,
    /// An area in km²; the subject is the act that covered it ("fire").
    Area,
    Money,
    Percent,
    /// A grade on a named scale ("Category 4", "EF3").
    Rating,
    /// An ordinal of the noun in the subject ("third floor", "6th round").
    Ordinal,
    /// A name made of a word and a number ("Flight 9525").
    Identifier,
    /// A person's age; the subject is the person.
    Age,
    /// The day the event (of the class in the subject) took place.
    Date,
    /// The clock time the event took place.
    Time,
    /// A length of time ("25 years", "30 hours").
    Duration,
    /// A stage the story moves through for the role in the subject ("at
    /// large", "in custody"; "not named", "named").
    Status,
    /// Where the event (of the class in the subject) took place.
    Place,
    /// What a person is ("cashier", "judge"); the subject is the person
    /// ([`people`], like the slots below).
    Role,
    /// Where a person comes from ("of Oakland", "a Hayward man").
    Hometown,
    /// A person's country ("a Briton", "the French tourist").
    Nationality,
    /// What happened to a person ("dead", "hurt", "arrested").
    Fate,
    /// A hurt person's condition ("stable", "critical", "intensive care";
    /// [`conditions`]).
    Condition,
}

impl Slot {
    pub fn as_str(&self) -> &'static str {
        match self {
            Slot::Casualty(c) => c.as_str(),
            Slot::Count => "count",
            Slot::Magnitude => "magnitude",
            Slot::Depth => "depth",
            Slot::Distance => "distance",
            Slot::Speed => "speed",
            Slot::Area => "area",
            Slot::Money => "money",
            Slot::Percent => "percent",
            Slot::Rating => "rating",
            Slot::Ordinal => "ordinal",
            Slot::Identifier => "identifier",
            Slot::Age => "age",
            Slot::Date => "date",
            Slot::Time => "time",
            Slot::Duration => "duration",
            Slot::Status => "status",
            Slot::Place => "place",
            Slot::Role => "role",
            Slot::Hometown => "hometown",
            Slot::Nationality => "nationality",
            Slot::Fate => "fate",
            Slot::Condition => "condition",
        }
    }

    /// A count that grows (or, for the missing and displaced, shrinks) as a
    /// story develops: a later version's other value is an update.
    pub fn is_tally(&self) -> bool {
        matches!(self, Slot::Casualty(_))
    }

    /// A slot of a person's record: its subject is the person, whatever
    /// event the sentence tells.
    pub fn is_person(&self) -> bool {
        matches!(
            self,
            Slot::Age
                | Slot::Role
                | Slot::Hometown
                | Slot::Nationality
                | Slot::Fate
                | Slot::Condition
        )
    }
}

impl Serialize for Slot {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The value of a fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    /// A number as the interval its wording allows, in `unit` when it has one.
    Number {
        interval: Interval,
        unit: Option<String>,
    },
    /// A TIMEX3 value ("2024-03-10", "XXXX-WXX-7", "T14:30").
    Timex { value: String },
    /// A canonical text ("9525" of "Flight 9525").
    Text { text: String },
    /// A place: its canonical name, its level (`country`, `region`,
    /// `settlement`, `island`, `part`, `?`; [`places::level`]) and the larger
    /// places the version puts it in ("Banbury, Oxfordshire").
    Place {
        name: String,
        level: String,
        within: Vec<String>,
    },
}

/// Whether the version itself still holds a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Current,
    /// The version says the value was replaced ("first said seven").
    Superseded,
}

/// How much of the event a count covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The event as a whole.
    Whole,
    /// A part or a larger whole ("15 of them", "in Aceh alone", "so far this
    /// year"): never compared with the event's own count.
    Other,
}

/// One value about one thing, in one version.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    /// The words that carry the value.
    pub span: Span,
    /// The sentence that states it.
    pub sentence: Span,
    /// Index into the document's event instances.
    pub event: usize,
    pub slot: Slot,
    /// What the value is about within the slot: the person of an age, the
    /// noun of a count, the place a distance is measured from, the event
    /// class of a date. `None` where the slot needs none (a death toll).
    pub subject: Option<String>,
    pub value: Value,
    pub status: Status,
    pub scope: Scope,
    pub modality: Modality,
    /// Who the sentence attributes it to, as written.
    pub source: Option<Span>,
    /// That source as a value: a named person or body, or an anonymous
    /// source and its description ([`sources`]).
    pub credit: Option<sources::Credit>,
    /// The value was written with no precision of its own: a round number
    /// ("400", "30 hours") allows rounding.
    pub round: bool,
    /// The value is a vague quantity ("several", "dozens", "thousands"): it
    /// can fit another value, never contradict it.
    pub vague: bool,
    /// Written with no qualifier ("about", "almost", "more than").
    pub exact: bool,
    /// The figure it was read from, when it was (index into the document's
    /// figures).
    #[serde(skip)]
    pub figure: Option<usize>,
}

/// Every fact of one analyzed document, with its event instances.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub events: Vec<events::EventInstance>,
    pub facts: Vec<Fact>,
    /// The people the document names, as records.
    pub people: Vec<people::Person>,
    /// Relatives named after their relation ("his sister Mahnefah").
    pub kin: Vec<kin::KinName>,
}

/// Reads the facts of an analyzed document (its figures, dates, actors and
/// attributions must be filled in).
pub fn build(a: &Analysis) -> Facts {
    let mut raw = readers::read(a);
    let people = people::read(a, &raw);
    raw.extend(people::facts(a, &people));
    raw.sort_by_key(|r| (r.span.start, r.span.end, r.slot));
    raw.dedup_by(|x, y| x.span == y.span && x.slot == y.slot);
    let frame = events::Frame::new(a, &raw);
    let mut facts = Vec::with_capacity(raw.len());
    let mut instances = events::Instances::default();
    for r in raw {
        let mut place = frame.place(a, r.span);
        if place.main && matches!(r.slot, Slot::Casualty(_)) {
            // The arrests or injuries of one night of a story told over
            // several nights.
            if let Some(day) = frame.day_of_count(a, r.span) {
                place.main = false;
                place.when = Some(day);
            }
        }
        let event = instances.intern(&frame, &place);
        let (modality, source) = attribution_of(a, r.sentence);
        let credit = sources::credit(a, r.sentence);
        facts.push(Fact {
            span: r.span,
            sentence: r.sentence,
            event,
            slot: r.slot,
            subject: r.subject,
            value: r.value,
            status: if place.superseded {
                Status::Superseded
            } else {
                Status::Current
            },
            scope: if place.scope {
                Scope::Other
            } else {
                Scope::Whole
            },
            modality,
            source,
            credit,
            round: r.round,
            vague: r.vague,
            exact: r.exact,
            figure: r.figure,
        });
    }
    Facts {
        events: instances.into_vec(),
        facts: headline::restated_dropped(a.doc.title, facts),
        people,
        kin: kin::read(a),
    }
}

/// The modality and source the document's attribution gives a sentence.
fn attribution_of(a: &Analysis, sentence: Span) -> (Modality, Option<Span>) {
    // One attribution per sentence, in sentence order.
    a.doc
        .sentence_at(sentence.start)
        .and_then(|i| a.attributions.get(i))
        .filter(|at| at.sentence == sentence)
        .map_or((Modality::Asserted, None), |at| {
            (at.modality, at.source.as_ref().map(|s| s.span))
        })
}

/// The values a round number may stand for: "400" may be 411, "30 hours"
/// 31 (half a step of its last nonzero digit, at most a tenth of it). Counts
/// of people below a hundred are taken at their word: "10 dead" is not 11.
pub fn rounded(i: Interval, people: bool) -> Interval {
    use crate::model::Bound;
    let (Some(lo), Some(hi)) = (i.low.value(), i.high.value()) else {
        return i;
    };
    if lo != hi || people && lo < 100.0 || lo <= 0.0 {
        return i;
    }
    let mut step = 1.0;
    while lo % (step * 10.0) == 0.0 && step < 1e12 {
        step *= 10.0;
    }
    let slack = (step / 2.0).min(lo * 0.1);
    Interval {
        low: Bound::Inclusive(lo - slack),
        high: Bound::Inclusive(hi + slack),
    }
}

/// A subject that links values only loosely ("~people": a crowd, its
/// passengers, a part of it): they may agree, never contradict.
pub const LOOSE: &str = "~";

/// How far, in bytes, the fact layer looks on each side of a value for its
/// context. A news clause is far shorter; the bound keeps the work per fact
/// constant in a run-on text with no punctuation.
pub(crate) const REACH: usize = 200;

/// `within` cut to at most [`REACH`] bytes on each side of `at`, on
/// character boundaries.
pub(crate) fn near(text: &str, within: Span, at: Span) -> Span {
    let mut start = within.start.max(at.start.saturating_sub(REACH));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = within.end.min(at.end + REACH);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(start.min(at.start), end.max(at.end))
}

/// The stretch of `sentence` between commas or semicolons that holds `at`
/// (within [`REACH`]).
pub(crate) fn stretch(text: &str, sentence: Span, at: Span) -> Span {
    let w = near(text, sentence, at);
    let start = text[w.start..at.start]
        .rfind([',', ';'])
        .map_or(w.start, |i| w.start + i + 1);
    let end = text[at.end..w.end]
        .find([',', ';'])
        .map_or(w.end, |i| at.end + i);
    Span::new(start, end)
}

/// The items (sorted by start, as every mention list is) that start inside
/// `within`: a binary search, so that looking up the mentions of a sentence
/// costs the same in a long document as in a short one.
pub(crate) fn starting_in<T>(items: &[T], span_of: impl Fn(&T) -> Span, within: Span) -> &[T] {
    let from = items.partition_point(|x| span_of(x).start < within.start);
    let to = items.partition_point(|x| span_of(x).start < within.end);
    &items[from..to.max(from)]
}

/// Is a TIMEX3 value as fine as a day (or a weekday)?
pub fn is_day(value: &str) -> bool {
    let b = value.as_bytes();
    // "XXXX-XX-XX" ("today" in an undated version) names no day at all.
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(5..7) && digits(8..10))
        || value.starts_with("XXXX-WXX-")
}

/// Is a timex a point in time coarser than a day: a month, season, quarter,
/// year or decade ("in September", "in 2004", "the 1990s")?
pub fn is_coarse(t: &crate::model::Timex) -> bool {
    if t.timex_type != TimexType::Date {
        return false;
    }
    let v = t.value.as_str();
    if v.ends_with("_REF") || is_day(v) || v.contains('W') {
        return false;
    }
    let head = v.split('-').next().unwrap_or("");
    head.len() >= 3 && head.chars().all(|c| c.is_ascii_digit() || c == 'X')
}
