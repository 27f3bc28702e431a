//! Event instances: which real-world event a fact is about.
//!
//! A version tells its story's own event (the main instance) and often others
//! beside it: an earlier quake, "the 2004 tsunami", "a separate attack", an
//! aftershock. A fact belongs to the main instance unless its sentence or the
//! stretch of it between commas says otherwise:
//! - an explicit date coarser than a day (a month, a year) or a day far from
//!   the main event's, while the main event is dated to the day ("struck
//!   southern Iran in September");
//! - a background cue (`data/facts/cues.tsv`: "another quake", "last year's
//!   flood", "the deadliest since");
//! - an incident of another class than the main one (an aftershock in a
//!   quake story).
//!
//! Main instances are linked across versions (each version is a telling of
//! the story); another instance is linked only through its class and an
//! explicit date ("quake@XXXX-09"), never through a cue alone.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::lexicon::{lexicon, Reach, Role};
use super::{is_coarse, is_day};
use crate::analysis::Analysis;
use crate::model::{Span, TimexType};

/// The class of a main event whose lead names no incident.
pub const STORY: &str = "story";

/// One event a version tells of.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventInstance {
    /// `e1`, `e2` ... unique within the document; `e1` is the main event.
    pub id: String,
    /// Incident class (`quake`, `fire` ...; `data/facts/incidents.tsv`), or
    /// `story` when the version names none.
    pub kind: String,
    /// The incident word that first names it.
    pub trigger: Option<Span>,
    /// Its date as a TIMEX3 value, when the version gives one.
    pub when: Option<String>,
    /// The story's own event.
    pub main: bool,
    /// What links this instance to the same event in other versions: `main`,
    /// class and date (`quake@2004`), or class alone (`quake@?`), a loose
    /// link along which values may agree but never contradict.
    pub link: String,
}

/// Where in the story a fact's words stand.
#[derive(Clone, Debug, Default)]
pub struct Place {
    pub main: bool,
    pub kind: String,
    pub when: Option<String>,
    pub trigger: Option<Span>,
    pub superseded: bool,
    pub scope: bool,
}

/// A lower-case word of the text and where it is.
#[derive(Clone, Debug)]
struct Word {
    span: Span,
    lower: String,
}

/// A word reads as its lower case, for the incident senses.
impl AsRef<str> for Word {
    fn as_ref(&self) -> &str {
        &self.lower
    }
}

/// What one document says about its main event, read once.
pub struct Frame {
    main_kind: String,
    main_trigger: Option<Span>,
    main_when: Option<String>,
    pub_date: Option<NaiveDate>,
}

/// How many sentences open a version and name its own event (the lead).
const LEAD: usize = 4;

impl Frame {
    /// Reads the main event from the lead; `raw` are the document's raw
    /// facts, whose event days name the day the lead gives its incident.
    pub fn new(a: &Analysis, raw: &[super::readers::Raw]) -> Frame {
        let lex = lexicon();
        let doc = &a.doc;
        let lead: Vec<Span> = doc.sentences.iter().copied().take(LEAD).collect();
        // "Catching Fire", a film: no fire.
        let titles = super::titles::title_incidents(&doc.text);
        let first_incident = |spans: &[Span]| {
            spans.iter().find_map(|&s| {
                let ws = words(&doc.text, s);
                (0..ws.len())
                    .filter(|&i| !titles.contains(&ws[i].lower))
                    .find_map(|i| lex.incident_at(&ws, i).map(|k| (k.clone(), ws[i].span)))
            })
        };
        let (main_kind, main_trigger) = match first_incident(&lead) {
            Some((k, s)) => (k, Some(s)),
            None => (STORY.to_string(), None),
        };
        // The main event's day: a day-fine date in a lead sentence that names
        // the main incident, else in the first two sentences — never the
        // dateline's, which is the day of publication ("December 7, 2010
        // 11:18 PM" over a story of a September shooting).
        let in_dateline = |t: Span| doc.dateline.is_some_and(|d| d.contains(t));
        let day_in = |s: Span| {
            a.timexes
                .iter()
                .filter(|t| {
                    t.timex_type == TimexType::Date && s.contains(t.span) && !in_dateline(t.span)
                })
                .find(|t| is_day(&t.value))
                .map(|t| t.value.clone())
        };
        let names_main = |s: Span| {
            let ws = words(&doc.text, s);
            (0..ws.len()).any(|i| lex.incident_at(&ws, i) == Some(&main_kind))
        };
        // Best, a day the lead gives the main incident itself ("the quake
        // that struck on Sunday", "Monday's earthquake"), not the day of a
        // search or a statement in the same sentence.
        let own_day = raw.iter().find(|r| {
            r.slot == super::Slot::Date
                && r.subject.as_deref() == Some(main_kind.as_str())
                && lead.iter().any(|s| s.contains(r.span))
        });
        let main_when = own_day
            .and_then(|r| match &r.value {
                super::Value::Timex { value } => Some(value.clone()),
                _ => None,
            })
            .or_else(|| {
                lead.iter()
                    .filter(|&&s| names_main(s))
                    .find_map(|&s| day_in(s))
            })
            .or_else(|| lead.iter().take(2).find_map(|&s| day_in(s)));
        Frame {
            main_kind,
            main_trigger,
            main_when,
            pub_date: doc.date,
        }
    }

    /// Is an explicit date of the text far from the main event's?
    fn far(&self, t: &crate::model::Timex) -> bool {
        if t.timex_type != TimexType::Date {
            return false;
        }
        let v = t.value.as_str();
        let main = self.main_when.as_deref();
        if is_coarse(t) {
            return match main {
                // "in December" beside "Dec. 14": the same month is no other event.
                Some(m) if !m.starts_with("XXXX-W") => !covers(v, m),
                // A weekday's month is unknown: a month or a year named beside
                // it in a past sentence tells of something else, unless it is
                // the year of publication.
                Some(_) => !self.is_pub_year(v),
                None => !v.starts_with("XXXX") && !self.is_pub_year(v),
            };
        }
        match (main.and_then(parse_day), parse_day(v)) {
            (Some(m), Some(d)) => (m - d).num_days().abs() > 7,
            _ => false,
        }
    }

    /// The day a count is tied to in a story told over several days: a
    /// calendar day named in the count's own stretch of its clause, within a week
    /// after the main event's day ("46 were arrested Wednesday night"
    /// in a story of Monday's riot), so the count is that day's, not the
    /// main event's. A day that dates a statement ("police said Tuesday"),
    /// ends a running count ("by Tuesday", "as of Tuesday") or says when a
    /// rising count stood there ("rose to 31 on Tuesday") ties nothing.
    pub fn day_of_count(&self, a: &Analysis, at: Span) -> Option<String> {
        const UNTIE: &[&str] = &[
            "by",
            "since",
            "until",
            "through",
            "said",
            "says",
            "told",
            "announced",
            "reported",
            "added",
            "confirmed",
            "stated",
        ];
        const SKIP: &[&str] = &["on", "late", "early", "last", "this"];
        let main = self.main_when.as_deref()?;
        let doc = &a.doc;
        let sentence = doc.sentences[doc.sentence_at(at.start)?];
        // The count's own stretch between commas and dashes: "the autopsy
        // showed on Wednesday — he had been shot seven times —" dates the
        // autopsy, not the shots.
        let clause = segment_of(&doc.text, clause_of(&doc.text, sentence, at), at);
        // "The toll rose to 31 on Tuesday": the day is when a running count
        // stood there, not a day's own count.
        let rising = super::tallies::rising_cues();
        if words(
            &doc.text,
            Span::new(clause.start, at.start.max(clause.start)),
        )
        .iter()
        .any(|w| rising.iter().any(|c| c == &w.lower))
        {
            return None;
        }
        super::starting_in(&a.timexes, |t| t.span, clause)
            .iter()
            .filter(|t| {
                // A day or a part of one ("Wednesday night"), not a clock
                // time, whose day is the tagger's guess.
                let part_of_day = t.value.get(10..).is_none_or(|rest| {
                    rest.is_empty()
                        || rest.starts_with('T')
                            && rest[1..].chars().all(|c| c.is_ascii_alphabetic())
                });
                matches!(t.timex_type, TimexType::Date | TimexType::Time)
                    && part_of_day
                    && clause.contains(t.span)
            })
            // Only a later day: a story told over several days moves on
            // from its incident, and a count dated before the lead's day
            // ("searched on Wednesday for two missing after floods, where
            // three died on Tuesday") is the incident's own, told again.
            .filter(|t| days_after(main, &t.value).is_some_and(|n| (1..=7).contains(&n)))
            .find(|t| {
                let before = words(&doc.text, Span::new(clause.start, t.span.start));
                let mut kept = before
                    .iter()
                    .rev()
                    .filter(|w| !SKIP.contains(&w.lower.as_str()));
                // "as of Tuesday" ends a running count; "over the course of
                // Saturday's protests" ties the count to that day.
                match kept.next() {
                    Some(w) if w.lower == "of" => kept.next().is_some_and(|p| p.lower != "as"),
                    Some(w) => !UNTIE.contains(&w.lower.as_str()),
                    None => true,
                }
            })
            .map(|t| t.value.clone())
    }

    fn is_pub_year(&self, v: &str) -> bool {
        let year = self.pub_date.map(|d| d.year().to_string());
        v.len() == 4 && year.as_deref() == Some(v)
    }

    /// Which event the words at `at` are about, and how they stand.
    pub fn place(&self, a: &Analysis, at: Span) -> Place {
        let (place, sentence, names_incident) = self.own_place(a, at);
        if place.main && !names_incident {
            // "It killed 612 people": a sentence opened by a pronoun goes on
            // about the event the sentence before it told of.
            if let Some(prev) = self.continued(a, sentence) {
                return Place {
                    superseded: place.superseded,
                    scope: place.scope,
                    ..prev
                };
            }
        }
        place
    }

    /// The place of the words at `at` from their own sentence alone, that
    /// sentence, and whether its clause names an incident.
    fn own_place(&self, a: &Analysis, at: Span) -> (Place, Span, bool) {
        let lex = lexicon();
        let doc = &a.doc;
        let sentence = doc
            .sentence_at(at.start)
            .map(|i| doc.sentences[i])
            .unwrap_or(at);
        let clause = clause_of(&doc.text, sentence, at);
        let segment = segment_of(&doc.text, clause, at);
        let seg_words = words(&doc.text, segment);
        let mut place = Place {
            main: true,
            kind: self.main_kind.clone(),
            when: self.main_when.clone(),
            trigger: self.main_trigger,
            ..Place::default()
        };
        // "The last such patch, MS08-067, was released on Oct. 23": a stretch
        // that opens with its verb goes on about the subject the clause
        // opened with, past an apposition; the subject's cues are its own.
        let continues = segment.start > clause.start
            && seg_words
                .first()
                .is_some_and(|w| CONTINUING.contains(&w.lower.as_str()));
        let subject_words = if continues {
            words(
                &doc.text,
                segment_of(&doc.text, clause, Span::new(clause.start, clause.start)),
            )
        } else {
            Vec::new()
        };
        for cue in &lex.cues {
            let n = cue.words.len();
            for scanned in [&seg_words, &subject_words] {
                for (i, win) in scanned.windows(n).enumerate() {
                    if !win.iter().zip(&cue.words).all(|(w, c)| &w.lower == c) {
                        continue;
                    }
                    let end = win[n - 1].span.end;
                    let mut follows = (i + n..scanned.len()).take(3);
                    let fires = match cue.reach {
                        Reach::Segment => true,
                        Reach::Next => at.start >= end && doc.text[end..at.start].trim().is_empty(),
                        Reach::Incident => follows.any(|j| lex.is_incident_at(scanned, j)),
                        Reach::Event => follows.any(|j| {
                            lex.is_incident_at(scanned, j)
                                || lex.event_nouns.contains(&scanned[j].lower)
                        }),
                    };
                    // "initially sent to the church after the blaze broke
                    // out about 8.40pm": the cue is on the opening clause's
                    // verb; the value is told in a clause of its own.
                    let own_clause = cue.role == Role::Superseded
                        && at.start >= end
                        && scanned[i + n..]
                            .iter()
                            .take_while(|w| w.span.end <= at.start)
                            .any(|w| lex.subordinators.contains(&w.lower));
                    // "first said seven ... but later put the toll at
                    // five": the cue reaches no figure past a turn.
                    let turned = cue.role == Role::Superseded
                        && scanned.iter().any(|w| {
                            let between = (w.span.start >= end && w.span.end <= at.start)
                                || (w.span.start >= at.end && w.span.end <= win[0].span.start);
                            between && lex.turns.contains(&w.lower)
                        });
                    if fires && !own_clause && !turned {
                        match cue.role {
                            Role::Background => place.main = false,
                            Role::Scope => place.scope = true,
                            Role::Superseded => place.superseded = true,
                        }
                    }
                }
            }
        }
        // "Two of the injured", "15 of them": a part of a count told before.
        let after = doc
            .text
            .get(at.end..sentence.end.max(at.end))
            .unwrap_or("")
            .trim_start();
        if ["of the ", "of them", "of those", "of whom"]
            .iter()
            .any(|p| after.starts_with(p))
        {
            place.scope = true;
        }
        // "three strong aftershocks were felt": the noun a figure counts is
        // what it counts, not the event it is about (the quake they followed).
        let counted: Option<String> = super::starting_in(&a.figures, |f| f.span, at)
            .iter()
            .find(|f| f.span == at)
            .and_then(|f| f.counts.as_deref())
            .and_then(|c| c.split_whitespace().last())
            .map(str::to_lowercase);
        let incident = |ws: &[Word]| {
            (0..ws.len())
                .filter(|&i| ws[i].span.start < at.end || counted.as_ref() != Some(&ws[i].lower))
                .find_map(|i| lex.incident_at(ws, i).map(|k| (k, ws[i].span)))
        };
        let class = incident(&seg_words).or_else(|| incident(&words(&doc.text, clause)));
        if let Some((k, s)) = class {
            // A version whose lead names no incident (a plot, a policy, a
            // verdict) does not tell its incidents apart by class alone.
            if *k != self.main_kind && self.main_kind != STORY {
                place.main = false;
                place.kind = k.clone();
                place.trigger = Some(s);
                place.when = None;
            }
        }
        // A far date counts where it dates an incident ("struck southern Iran
        // in September"), or stands beside the fact itself (a day far from
        // the story's is the day of another event); "In August,
        // Australia expelled ..." dates the expulsion, not the attacks after.
        let far = super::starting_in(&a.timexes, |t| t.span, clause)
            .iter()
            .filter(|t| clause.contains(t.span) && self.far(t))
            .find(|t| {
                let seg = segment_of(&doc.text, clause, t.span);
                let names_incident = |s: Span, first: usize| {
                    let ws = words(&doc.text, s);
                    (0..ws.len().min(first)).any(|i| lex.is_incident_at(&ws, i))
                };
                // A fronted date ("In November 2014, a flood killed five")
                // dates the clause after it when that clause opens with the
                // incident as its subject.
                let fronted = seg.start == clause.start && seg.end < clause.end && {
                    // Past the mark that ends the date's stretch, whatever
                    // its width ("—" is three bytes).
                    let next = doc.text[seg.end..]
                        .chars()
                        .next()
                        .map_or(seg.end, |c| seg.end + c.len_utf8());
                    names_incident(segment_of(&doc.text, clause, Span::new(next, next)), 4)
                };
                seg == segment || names_incident(seg, usize::MAX) || fronted
            });
        if let Some((t, trigger)) = self
            .introduced_other(a, sentence, segment, &seg_words)
            .filter(|_| place.main && far.is_none())
        {
            place.main = false;
            place.when = Some(t);
            place.trigger = Some(trigger);
            return (place, sentence, true);
        }
        if let Some(t) = far {
            place.main = false;
            place.when = Some(t.value.clone());
            if class.is_none_or(|(k, _)| *k == self.main_kind) {
                place.trigger = class.map(|(_, s)| s).or(place.trigger);
            }
        } else if !place.main {
            place.when = None;
        }
        (place, sentence, class.is_some())
    }

    /// An incident of the story's own class introduced as a new one past
    /// the lead ("he was a suspect in a shooting that occurred Monday"): "a"
    /// or "an" before the incident word and a day in the same stretch at
    /// least two days from the story's own. The story's incident, once told,
    /// is "the shooting"; one introduced again on another day is another.
    /// Its day and its incident word, if so.
    fn introduced_other(
        &self,
        a: &Analysis,
        sentence: Span,
        segment: Span,
        seg_words: &[Word],
    ) -> Option<(String, Span)> {
        let doc = &a.doc;
        if doc.sentence_at(sentence.start)? < LEAD {
            return None;
        }
        let main = parse_day(self.main_when.as_deref()?)?;
        let lex = lexicon();
        let trigger = (0..seg_words.len().saturating_sub(2)).find_map(|i| {
            if !matches!(seg_words[i].lower.as_str(), "a" | "an") {
                return None;
            }
            // "a shooting", "a fatal shooting": the incident word right
            // after the article or one word on.
            (i + 1..i + 3)
                .find(|&j| lex.incident_at(seg_words, j) == Some(&self.main_kind))
                .map(|j| seg_words[j].span)
        })?;
        let day = super::starting_in(&a.timexes, |t| t.span, segment)
            .iter()
            .filter(|t| t.timex_type == TimexType::Date && segment.contains(t.span))
            .find(|t| parse_day(&t.value).is_some_and(|d| (d - main).num_days().abs() >= 2))?;
        Some((day.value.clone(), trigger))
    }

    /// The event a run of sentences opened by pronouns goes on about: walking
    /// back from `sentence` through sentences that open with a pronoun and
    /// name no incident, the place of the first that tells of another event.
    /// A loop, not a recursion: a long run of "It ..." sentences must not
    /// exhaust the stack.
    fn continued(&self, a: &Analysis, sentence: Span) -> Option<Place> {
        const OPENERS: &[&str] = &["It ", "That ", "This ", "Its "];
        let mut current = sentence;
        loop {
            let text = current.of(&a.doc.text);
            if !OPENERS.iter().any(|o| text.starts_with(o)) {
                return None;
            }
            let i = a.doc.sentence_at(current.start)?;
            let prev = *a.doc.sentences.get(i.checked_sub(1)?)?;
            let (p, _, names_incident) = self.own_place(a, Span::new(prev.start, prev.start));
            if !p.main {
                return Some(p);
            }
            if names_incident {
                return None;
            }
            current = prev;
        }
    }
}

/// Words that open a stretch going on with the clause's subject after an
/// apposition ("The previous release, version 4.2, was published in March").
const CONTINUING: &[&str] = &[
    "was", "were", "is", "are", "has", "had", "have", "will", "would",
];

/// The event instances of one document, made as facts ask for them.
#[derive(Default)]
pub struct Instances {
    list: Vec<EventInstance>,
    /// Other instances by class and date.
    index: std::collections::HashMap<(String, Option<String>), usize>,
}

impl Instances {
    /// The index of the instance a fact at `place` belongs to, made if new.
    pub fn intern(&mut self, frame: &Frame, place: &Place) -> usize {
        if self.list.is_empty() {
            self.list.push(EventInstance {
                id: "e1".into(),
                kind: frame.main_kind.clone(),
                trigger: frame.main_trigger,
                when: frame.main_when.clone(),
                main: true,
                link: "main".into(),
            });
        }
        if place.main {
            return 0;
        }
        // Instances with a date are one per class and date; without one, one
        // per class, linked as `class@?`: the comparer lets such a loose link
        // agree but never contradict (two "previous quakes" need not be one).
        let link = match &place.when {
            Some(w) => format!("{}@{w}", place.kind),
            None => format!("{}@?", place.kind),
        };
        let key = (place.kind.clone(), place.when.clone());
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        self.index.insert(key, self.list.len());
        self.list.push(EventInstance {
            id: format!("e{}", self.list.len() + 1),
            kind: place.kind.clone(),
            trigger: place.trigger,
            when: place.when.clone(),
            main: false,
            link,
        });
        self.list.len() - 1
    }

    pub fn into_vec(self) -> Vec<EventInstance> {
        self.list
    }
}

/// Does the coarse value `coarse` ("2008-12", "2008") include the day `day`?
fn covers(coarse: &str, day: &str) -> bool {
    let c = coarse.trim_start_matches("XXXX-");
    if coarse.starts_with("XXXX-") {
        // "XXXX-12" against "2008-12-14" or "XXXX-12-14": compare the month.
        return day.get(5..7) == Some(c);
    }
    day.starts_with(coarse) || (day.starts_with("XXXX") && coarse.len() == 4)
}

/// How many days `v` falls after `main`: from calendar dates when both
/// have one; otherwise from their weekdays alone ("XXXX-WXX-6", an
/// undated article's "Saturday"), counted forward within a week, since a
/// story told over several days moves on from its incident.
fn days_after(main: &str, v: &str) -> Option<i64> {
    if let (Some(m), Some(d)) = (parse_day(main), parse_day(v)) {
        return Some((d - m).num_days());
    }
    let (m, d) = (weekday(main)?, weekday(v)?);
    Some((d - m).rem_euclid(7))
}

/// The weekday (1 Monday … 7 Sunday) of a calendar day or of a
/// weekday-only value (`XXXX-WXX-3`), with nothing after the day but a
/// part of it.
fn weekday(v: &str) -> Option<i64> {
    if let Some(d) = parse_day(v) {
        return Some(i64::from(d.weekday().number_from_monday()));
    }
    let n = v.strip_prefix("XXXX-WXX-")?.get(..1)?.parse::<i64>().ok()?;
    (1..=7).contains(&n).then_some(n)
}

fn parse_day(v: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
}

fn words(text: &str, span: Span) -> Vec<Word> {
    crate::words::scan(span.of(text))
        .map(|(at, w)| Word {
            span: Span::new(span.start + at, span.start + at + w.len()),
            lower: w.to_lowercase(),
        })
        .collect()
}

/// The part of a sentence between semicolons that holds `at`.
fn clause_of(text: &str, sentence: Span, at: Span) -> Span {
    bounded(text, sentence, at, &[';'])
}

/// The stretch between commas, semicolons, dashes or brackets that holds `at`.
fn segment_of(text: &str, clause: Span, at: Span) -> Span {
    bounded(text, clause, at, &[',', ';', '—', '–', '(', ')'])
}

fn bounded(text: &str, within: Span, at: Span, marks: &[char]) -> Span {
    if !within.contains(at) {
        return at;
    }
    let within = super::near(text, within, at);
    let before = &text[within.start..at.start];
    let start = before
        .char_indices()
        .rfind(|(_, c)| marks.contains(c))
        .map_or(within.start, |(i, c)| within.start + i + c.len_utf8());
    let after = &text[at.end..within.end];
    let end = after
        .char_indices()
        .find(|(_, c)| marks.contains(c))
        .map_or(within.end, |(i, _)| at.end + i);
    Span::new(start, end)
}

/// The year a sentence dates itself by, when it names one by the year
/// alone (a year, a month of a year) and that year is not the version's
/// own: a background sentence ("told CNN in 2006"), whose ages and counts
/// are of that time, not now. A story's own event is dated to the day.
pub(super) fn year_told(a: &Analysis, s: Span) -> Option<String> {
    let own = a.doc.date.map(|d| d.year());
    super::starting_in(&a.timexes, |t| t.span, s)
        .iter()
        .filter(|t| is_coarse(t))
        .find_map(|t| {
            let y = t.value.get(..4)?;
            let year: i32 = y.parse().ok()?;
            (Some(year) != own).then(|| y.to_string())
        })
}
