//! Lengths of time across units: "48 hours" and "two days" are one figure,
//! "three months" and "90 days" can both be true, "three weeks" and "a month"
//! cannot. A figure is a length of time when it counts a unit of time
//! (`data/figures/time_units.tsv`) and the temporal tagger read its wording as
//! a duration.
//!
//! Lengths align like any other figure (the same clustering, with the unit
//! folded into one key); only the comparison of values and the wording of the
//! findings differ. A rate ("24 hours a day") aligns with them too, so that it
//! keeps the length it states from being paired with another one, but it is
//! only ever compared with a rate of the same period.

use super::numbers::Rel;
use super::*;
use crate::figures::time_units::{self, Length, TimeUnit};
use crate::model::Qualifier;

/// The alignment key every length of time shares, whatever its unit.
pub(super) const KEY: &str = "duration";

/// A figure read as a length of time.
pub(super) struct Stretch {
    unit: &'static TimeUnit,
    /// The length, with the room news rounding leaves ("about a month").
    length: Length,
    /// The wording with its unit ("48 hours", "more than a month", "24 hours
    /// a day").
    wording: Span,
    /// For a rate, how often: the TIMEX3 value of its set ("P1D" in "24
    /// hours a day").
    per: Option<String>,
}

/// Every figure of every version read as a length of time, once per
/// comparison: `[d][f]`, `None` for a figure that is no length of time.
pub(super) fn stretches(an: &[Analysis]) -> Vec<Vec<Option<Stretch>>> {
    an.iter()
        .map(|a| (0..a.figures.len()).map(|fi| stretch_of(a, fi)).collect())
        .collect()
}

/// The duration the tagger found over `span`, if any.
fn duration_over(a: &Analysis, span: Span) -> Option<&crate::model::Timex> {
    let i = a.timexes.partition_point(|t| t.span.end <= span.start);
    a.timexes
        .get(i)
        .filter(|t| t.span.overlaps(span) && t.timex_type == TimexType::Duration)
}

fn stretch_of(a: &Analysis, fi: usize) -> Option<Stretch> {
    let f = a.figures.get(fi)?;
    if f.category.is_some() || f.unit.is_some() {
        return None;
    }
    let head = f.counts.as_deref()?.split_whitespace().next_back()?;
    let unit = time_units::unit(head)?;
    let t = duration_over(a, f.span)?;
    let mut wording = Span::new(f.span.start.min(t.span.start), f.span.end.max(t.span.end));
    // "24 hours a day", "two days a week": how often, not how long.
    let next = a.timexes.partition_point(|s| s.span.start < wording.end);
    let per = a.timexes.get(next).filter(|s| {
        s.timex_type == TimexType::Set
            && a.doc
                .text
                .get(wording.end..s.span.start)
                .is_some_and(|gap| gap.trim().is_empty())
    });
    if let Some(s) = per {
        wording.end = s.span.end;
    }
    Some(Stretch {
        unit,
        length: Length::of(rounded(f), unit),
        wording,
        per: per.map(|s| s.value.clone()),
    })
}

/// A figure's interval with room for rounding to the unit: a reporter who
/// writes "about a month" or "nearly two weeks" rounds to the nearest month
/// or week, so the wording allows half a unit on each side it leaves open
/// where that is more than the ten per cent "about" allows a count. Exact
/// wording stays exact.
fn rounded(f: &Figure) -> Interval {
    let mut i = f.interval;
    if f.qualifier != Qualifier::About {
        return i;
    }
    let v = f.value;
    if let Some(lo) = i.low.value().filter(|&lo| lo < v) {
        i.low = Bound::Inclusive(lo.min(v - 0.5).max(0.0));
    }
    if let Some(hi) = i.high.value().filter(|&hi| hi > v) {
        i.high = Bound::Inclusive(hi.max(v + 0.5));
    }
    i
}

/// "2", "0.5", "2.9".
fn number(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r}").trim_end_matches('0').to_string()
    }
}

/// "2 days", "1 day", "84–93 days", "more than 1 day".
fn in_words(i: Interval, unit: &TimeUnit) -> String {
    let name = |v: f64| if v == 1.0 { unit.name } else { unit.plural };
    match (i.low, i.high) {
        (Bound::Unbounded, Bound::Unbounded) => format!("any number of {}", unit.plural),
        (Bound::Exclusive(lo), Bound::Unbounded) => {
            format!("more than {} {}", number(lo), name(lo))
        }
        (Bound::Inclusive(lo), Bound::Unbounded) => format!("at least {} {}", number(lo), name(lo)),
        (Bound::Unbounded, Bound::Exclusive(hi)) => {
            format!("less than {} {}", number(hi), name(hi))
        }
        (Bound::Unbounded, Bound::Inclusive(hi)) => format!("at most {} {}", number(hi), name(hi)),
        (lo, hi) => {
            let (lo, hi) = (lo.value().unwrap_or(0.0), hi.value().unwrap_or(0.0));
            if number(lo) == number(hi) {
                format!("{} {}", number(lo), name(lo))
            } else {
                format!("{}–{} {}", number(lo), number(hi), unit.plural)
            }
        }
    }
}

impl Cx<'_> {
    fn stretch(&self, (d, fi): (usize, usize)) -> Option<&Stretch> {
        self.stretches[d].get(fi)?.as_ref()
    }

    /// The text a figure is shown with: a length of time with its unit ("48
    /// hours", not "48"), any other figure as extracted.
    pub(super) fn figure_wording(&self, m: (usize, usize)) -> Span {
        self.stretch(m)
            .map_or(self.an[m.0].figures[m.1].span, |s| s.wording)
    }

    pub(super) fn duration_label(&self, m: (usize, usize)) -> Option<String> {
        self.stretch(m).map(|_| KEY.to_string())
    }

    /// Clusters split so that a rate is set only against rates of the same
    /// period: "24 hours a day" and "for 24 hours" are not one figure, though
    /// the rate has kept the length from pairing with another one.
    pub(super) fn split_rates(
        &self,
        clusters: Vec<Vec<usize>>,
        vouched: Vec<bool>,
        refs: &[(usize, usize, align::Token)],
    ) -> (Vec<Vec<usize>>, Vec<bool>) {
        let mut out = Vec::new();
        let mut flags = Vec::new();
        for (cl, v) in clusters.into_iter().zip(vouched) {
            let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
            for i in cl {
                let per = self
                    .stretch((refs[i].0, refs[i].1))
                    .and_then(|s| s.per.clone());
                match groups.iter_mut().find(|g| g.0 == per) {
                    Some(g) => g.1.push(i),
                    None => groups.push((per, vec![i])),
                }
            }
            for (_, g) in groups {
                out.push(g);
                flags.push(v);
            }
        }
        (out, flags)
    }

    /// Two figures' intervals in one measure: lengths of time in a shared
    /// unit, other figures as they are; `None` for a rate against a length or
    /// a rate of another period, which no value can make the same.
    pub(super) fn comparable(
        &self,
        a: (usize, usize),
        b: (usize, usize),
    ) -> Option<(Interval, Interval)> {
        match (self.stretch(a), self.stretch(b)) {
            (Some(x), Some(y)) => (x.per == y.per).then(|| x.length.common(&y.length)),
            _ => Some((
                self.an[a.0].figures[a.1].interval,
                self.an[b.0].figures[b.1].interval,
            )),
        }
    }

    /// Both figures are lengths of time: they are related by
    /// [`Self::relate_durations`] alone, never as plain numbers.
    pub(super) fn both_lengths(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        self.stretch(a).is_some() && self.stretch(b).is_some()
    }

    /// The verb a length of time is written after, past its qualifiers and
    /// prepositions ("served four months", "served for about five months"):
    /// what was done for that long, as the version words it.
    fn verb_of_length(&self, (d, fi): (usize, usize)) -> Option<String> {
        const SKIP: &[&str] = &[
            "for", "about", "nearly", "almost", "more", "than", "over", "some", "around",
            "roughly", "just", "only", "a", "an", "the", "least", "at", "under", "on",
        ];
        // How many other words may stand between the verb and its length
        // ("jailed the former mayor for 10 years").
        const REACH: usize = 4;
        let text = &self.an[d].doc.text;
        let at = self.figure_wording((d, fi));
        let sentence = self.an[d]
            .doc
            .sentence_at(at.start)
            .map_or(at, |i| self.an[d].doc.sentences[i]);
        let from = sentence.start.min(at.start);
        let words: Vec<_> = crate::claims::word_re()
            .find_iter(&text[from..at.start])
            .collect();
        let mut end = at.start - from;
        let mut seen = 0;
        for w in words.iter().rev() {
            // Only a verb of the clause itself, not a word across a bracket
            // or a comma ("Orioles (seven years").
            if text[from + w.end()..from + end].contains(['(', ',', ';', '—', '-']) {
                return None;
            }
            end = w.start();
            let word = w.as_str().to_lowercase();
            if SKIP.contains(&word.as_str()) {
                continue;
            }
            let verb =
                word.ends_with("ed") || word.ends_with("ing") || irregular_verbs().contains(&word);
            // Past an object, only "for" ties the length to the verb
            // ("jailed the mayor for 10 years"); without it the length is
            // the object's own ("offered the striker seven years").
            let tied = seen == 0
                || crate::claims::word_re()
                    .find_iter(&text[from + w.end()..at.start])
                    .any(|x| x.as_str().eq_ignore_ascii_case("for"));
            if verb {
                return tied.then_some(word);
            }
            seen += 1;
            if seen == REACH {
                return None;
            }
        }
        None
    }

    /// "with 12 seconds left", "four minutes to play": a moment counted down
    /// on a clock, not the length of anything.
    fn countdown(&self, m: (usize, usize)) -> bool {
        let text = &self.an[m.0].doc.text;
        let after = text[self.figure_wording(m).end..]
            .trim_start()
            .to_lowercase();
        ["left", "remaining", "to play", "to go"]
            .iter()
            .any(|w| after.starts_with(w))
    }

    /// How two lengths of time relate; `None` unless both are lengths of time.
    /// A later version may give a longer length of something still going on
    /// ("searched for 48 hours", the next day "for three days"): an update
    /// when it grew by no more than the days between the versions.
    pub(super) fn relate_durations(&self, a: (usize, usize), b: (usize, usize)) -> Option<Rel> {
        let (x, y) = (self.stretch(a)?, self.stretch(b)?);
        let (ix, iy) = x.length.common(&y.length);
        let (fa, fb) = (&self.an[a.0].figures[a.1], &self.an[b.0].figures[b.1]);
        if ix == iy && fa.qualifier == fb.qualifier {
            return Some(Rel::Same);
        }
        if ix.intersects(&iy) {
            return Some(Rel::Compatible);
        }
        let date = |d: usize| self.an[d].doc.date;
        if let (Some(da), Some(db)) = (date(a.0), date(b.0)) {
            let (early, late, days) = if da < db {
                (x.length.seconds, y.length.seconds, (db - da).num_days())
            } else {
                (y.length.seconds, x.length.seconds, (da - db).num_days())
            };
            let longer = late.low.value().unwrap_or(0.0) >= early.high.value().unwrap_or(f64::MAX);
            // Dates are days: a day's slack for the hours within them.
            let grown = Interval {
                low: early.low,
                high: match early.high {
                    Bound::Unbounded => Bound::Unbounded,
                    b => Bound::Inclusive(b.value().unwrap_or(0.0) + (days + 1) as f64 * 86_400.0),
                },
            };
            // The told lengths themselves, not only their rounding margins,
            // must have grown by no more than the days between: "four
            // months" one day and "four and a half months" the next is two
            // tellings of one finished term, not a term still running.
            let told = |i: &Interval| match (i.low.value(), i.high.value()) {
                (Some(l), Some(h)) => Some((l + h) / 2.0),
                (l, _) => l,
            };
            let paced = match (told(&early), told(&late)) {
                (Some(e), Some(l)) => l - e <= (days + 1) as f64 * 86_400.0,
                _ => true,
            };
            if days > 0 && longer && paced && grown.intersects(&late) {
                return Some(Rel::Update);
            }
        }
        // Lengths of a day or more are a story's background (a contract, a
        // sentence, a career, a search) and belong to many subjects: two of
        // them for the same people are most often two things. Short lengths
        // (the tremor, the standoff, the blaze) are the incident's own.
        // Only the same act, written with the same verb ("served four
        // months" / "served five months"), holds one long length against
        // another.
        let day = 86_400.0;
        let short = |i: &Interval| i.high.value().is_some_and(|h| h < day);
        let same_act = self
            .verb_of_length(a)
            .is_some_and(|v| self.verb_of_length(b) == Some(v));
        if !(short(&x.length.seconds) && short(&y.length.seconds) || same_act) {
            return None;
        }
        if self.countdown(a) || self.countdown(b) {
            return None;
        }
        Some(Rel::Contradiction)
    }

    /// The explanation of an agreement, compatible pair or contradiction of
    /// lengths of time, or `None` when the members are not all lengths of time
    /// (the caller words it then).
    pub(super) fn duration_text(&self, kind: Kind, ms: &[(usize, usize)]) -> Option<String> {
        let stretches: Vec<&Stretch> =
            ms.iter().map(|&m| self.stretch(m)).collect::<Option<_>>()?;
        // Shown in the smallest unit written; months and years, whose days
        // vary, only when every length is counted on the calendar, and in
        // days at most otherwise, the unit a month is defined in.
        let calendar = stretches.iter().all(|s| s.unit.months.is_some());
        let smallest = stretches
            .iter()
            .map(|s| s.unit)
            .filter(|u| calendar || u.months.is_none())
            .min_by(|a, b| a.seconds.0.total_cmp(&b.seconds.0))?;
        let shown_in = match time_units::unit("day") {
            Some(day) if !calendar && smallest.seconds.0 > day.seconds.0 => day,
            _ => smallest,
        };
        let wordings = self.wordings(ms);
        let quoted = |with_length: bool| -> Vec<String> {
            wordings
                .iter()
                .map(|(text, docs, k)| {
                    let length = if with_length && stretches[*k].unit != shown_in {
                        format!(
                            "; {}",
                            in_words(stretches[*k].length.in_unit(shown_in), shown_in)
                        )
                    } else {
                        String::new()
                    };
                    format!("“{text}” ({}{length})", self.names(docs.iter().copied()))
                })
                .collect()
        };
        let and = |parts: Vec<String>| match parts.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => parts.join(""),
        };
        Some(match kind {
            Kind::Agreement if wordings.len() > 1 => {
                let each: Vec<String> = wordings
                    .iter()
                    .map(|(_, _, k)| {
                        let (m, s) = (ms[*k], &stretches[*k]);
                        let f = &self.an[m.0].figures[m.1];
                        match f.qualifier {
                            Qualifier::About => {
                                format!("about {}", in_words(Interval::exact(f.value), s.unit))
                            }
                            _ => in_words(f.interval, s.unit),
                        }
                    })
                    .collect();
                let what = if stretches[0].per.is_some() {
                    "rate"
                } else {
                    "length of time"
                };
                let mut shown = each.clone();
                shown.dedup();
                let sums = if shown.len() > 1 {
                    format!(": {}", each.join(" = "))
                } else {
                    String::new()
                };
                format!("{} are the same {what}{sums}.", and(quoted(false)))
            }
            Kind::Agreement => return None,
            Kind::Compatible => {
                // Against days, say what a month or a year may be.
                let varying = stretches
                    .iter()
                    .map(|s| s.unit)
                    .filter(|u| u.seconds.0 != u.seconds.1 && !calendar)
                    .min_by(|a, b| a.seconds.0.total_cmp(&b.seconds.0))
                    .map_or(String::new(), |u| {
                        let days = time_units::unit("day").map_or(u.seconds, |d| d.seconds);
                        format!(
                            " (a {} is {}–{} days)",
                            u.name,
                            number(u.seconds.0 / days.0),
                            number(u.seconds.1 / days.0)
                        )
                    });
                format!(
                    "{} can all be true: as lengths of time they overlap{varying} — check which is the more precise.",
                    and(quoted(true)),
                )
            }
            Kind::Contradiction => format!(
                "{} are different lengths of time for the same thing.",
                and(quoted(true))
            ),
            _ => return None,
        })
    }

    /// Each distinct wording of the members, with the versions that use it and
    /// the index of its first member.
    fn wordings(&self, ms: &[(usize, usize)]) -> Vec<(String, Vec<usize>, usize)> {
        let mut out: Vec<(String, Vec<usize>, usize)> = Vec::new();
        for (k, &m) in ms.iter().enumerate() {
            let text = self.text(m.0, self.figure_wording(m)).to_string();
            match out
                .iter_mut()
                .find(|w| w.0.to_lowercase() == text.to_lowercase())
            {
                Some(w) => w.1.push(m.0),
                None => out.push((text, vec![m.0], k)),
            }
        }
        out
    }
}

/// Past forms that do not end in -ed ("held", "went on", "spent"), which
/// govern a length as a regular verb does (`data/compare/irregular_verbs.txt`).
fn irregular_verbs() -> &'static Vec<String> {
    crate::table::word_list!(include_str!("../../data/compare/irregular_verbs.txt"))
}
