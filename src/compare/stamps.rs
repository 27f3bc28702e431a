//! Clock stamps: the time a version's top lines say it was posted or
//! updated ("Wed May 5, 2010 7:12pm BST", "Friday, Sep 10, 2010 | Updated
//! 8:52 PM EDT"), read with its time zone, so that versions of one
//! publication day can be set in order.
//!
//! A zone word is a range of offsets from UTC (`data/compare/zone_offsets.tsv`:
//! "EST" written in July, "IST" of three countries), and two stamps in
//! different zones are ordered only when their moments in UTC cannot
//! overlap. A stamp with no zone ("Updated 5/5/2010 1:41 PM") may be of any
//! zone: it is ordered only against a stamp written the same way (the same
//! words and shape, digits aside: one outlet's clock), never against
//! another outlet's. A top that holds more than one clock time (posted,
//! then updated, perhaps on another day) gives no stamp: which of them
//! dates the text is not told.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::document::Document;

/// A version's clock stamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Stamp {
    /// Minutes after midnight on the clock it is written in.
    minutes: i32,
    /// The zone as written (lower case), when one is.
    zone: Option<String>,
    /// Least and greatest offset from UTC, in minutes, the zone may mean.
    offsets: Option<(i32, i32)>,
    /// The stamp line's words with digits masked (`style`): one outlet's
    /// way of writing its stamps.
    style: Option<String>,
}

/// How many non-empty lines at the top of a version are looked at.
const TOP_LINES: usize = 8;
/// Longest line read as a stamp line: a story sentence holding a clock time
/// ("At 5:30 p.m., four armed robbers ...") is longer.
const MAX_STAMP_LINE: usize = 90;

struct Res {
    clock: Regex,
    /// A date on the line (a month name, a weekday or a numeric date) or a
    /// posting label: a clock time alone ("8:24am:" of a live blog) stamps
    /// nothing.
    dated: Regex,
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| Res {
        clock: Regex::new(
            r"(?i)\b(?P<h>[012]?\d)\s?:\s?(?P<m>[0-5]\d)(?:\s?:\s?[0-5]\d)?\s*(?P<ap>[ap]\.?\s?m\b\.?)?(?:\s*hrs\b\.?)?(?:\s*\(?\s*(?:(?P<gz>gmt|utc)\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?:\s?:?\s?(?P<om>\d{1,2}))?|(?P<num>[+-])(?P<nh>\d{2})(?P<nm>\d{2})|(?P<zone>[a-z]{2,5})\b))?",
        )
        .unwrap(),
        dated: Regex::new(
            r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b|\b(?:posted|updated|published)\b",
        )
        .unwrap(),
    })
}

fn zones() -> &'static HashMap<&'static str, (i32, i32)> {
    static Z: OnceLock<HashMap<&'static str, (i32, i32)>> = OnceLock::new();
    Z.get_or_init(|| {
        crate::table::rows(include_str!("../../data/compare/zone_offsets.tsv"))
            .filter_map(|r| match r.as_slice() {
                [word, lo, hi] => Some((*word, (lo.parse().ok()?, hi.parse().ok()?))),
                _ => None,
            })
            .collect()
    })
}

/// The clock stamp at the top of a version, if it has exactly one.
pub(super) fn read(doc: &Document) -> Option<Stamp> {
    let body = doc.body.of(&doc.text);
    let mut found: Option<Stamp> = None;
    let mut clocks = 0;
    for line in body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
    {
        if line.len() > MAX_STAMP_LINE || !res().dated.is_match(line) {
            continue;
        }
        for c in res().clock.captures_iter(line) {
            clocks += 1;
            found = stamp(line, &c);
        }
    }
    (clocks == 1).then_some(found).flatten()
}

fn stamp(line: &str, c: &regex::Captures) -> Option<Stamp> {
    let mut h: i32 = c["h"].parse().ok()?;
    let m: i32 = c["m"].parse().ok()?;
    match c.name("ap").map(|x| x.as_str().to_ascii_lowercase()) {
        Some(ap) => {
            if !(1..=12).contains(&h) {
                return None;
            }
            h %= 12;
            if ap.starts_with('p') {
                h += 12;
            }
        }
        None if h > 23 => return None,
        None => {}
    }
    let fixed = |sign: &str, oh: &str, om: Option<&str>| -> Option<i32> {
        let v = oh.parse::<i32>().ok()? * 60 + om.map_or(Some(0), |x| x.parse().ok())?;
        Some(if sign == "-" { -v } else { v })
    };
    let (zone, offsets) = if let Some(g) = c.name("gz") {
        let v = fixed(&c["sign"], &c["oh"], c.name("om").map(|x| x.as_str()))?;
        (
            Some(format!("{}{v}", g.as_str().to_lowercase())),
            Some((v, v)),
        )
    } else if let Some(s) = c.name("num") {
        let v = fixed(s.as_str(), &c["nh"], c.name("nm").map(|x| x.as_str()))?;
        (Some(format!("utc{v}")), Some((v, v)))
    } else {
        match c.name("zone").map(|z| z.as_str().to_lowercase()) {
            Some(z) => match zones().get(z.as_str()) {
                Some(&o) => (Some(z), Some(o)),
                // A word after the time that names no zone ("10:14 AM
                // Reuters"): the stamp has none.
                None => (None, None),
            },
            None => (None, None),
        }
    };
    let style = style(line);
    Some(Stamp {
        minutes: h * 60 + m,
        zone,
        offsets,
        style,
    })
}

/// A stamp line's words, each run of digits one `#` and the half of the
/// day left out ("updated #/#/# #:#"), when the line has a label that an
/// outlet writes ("Posted", "Updated"); a bare date and time is no
/// outlet's own way of writing, and gives no style.
fn style(line: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut label = false;
    for w in line.to_lowercase().split_whitespace() {
        let mut out = String::new();
        for ch in w.chars() {
            if ch.is_ascii_digit() {
                if !out.ends_with('#') {
                    out.push('#');
                }
            } else {
                out.push(ch);
            }
        }
        let bare = out.trim_matches(|c: char| !c.is_alphanumeric());
        if LABELS.contains(&bare) {
            label = true;
        }
        if !["am", "pm", "a.m", "p.m", "#am", "#pm"].contains(&bare) {
            words.push(out);
        }
    }
    label.then(|| words.join(" "))
}

/// Words with which an outlet labels its stamps.
const LABELS: &[&str] = &["posted", "updated", "published", "edited", "last"];

/// Which of two stamps of one publication day is the earlier, when that can
/// be told: one zone (or one outlet's zone-less clock) by the clocks, two
/// zones only when their moments in UTC cannot overlap.
pub(super) fn order(a: &Stamp, b: &Stamp) -> Option<Ordering> {
    let by_clock = || (a.minutes != b.minutes).then(|| a.minutes.cmp(&b.minutes));
    match (&a.zone, &b.zone) {
        (Some(x), Some(y)) if x == y => by_clock(),
        (None, None) if a.style.is_some() && a.style == b.style => by_clock(),
        (Some(_), Some(_)) => {
            let ((alo, ahi), (blo, bhi)) = (a.offsets?, b.offsets?);
            // The moment in UTC lies between the clock less the greatest
            // offset and the clock less the least.
            let (a_first, a_last) = (a.minutes - ahi, a.minutes - alo);
            let (b_first, b_last) = (b.minutes - bhi, b.minutes - blo);
            if a_last < b_first {
                Some(Ordering::Less)
            } else if b_last < a_first {
                Some(Ordering::Greater)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A short wording of a stamp for an explanation ("7:12 pm BST").
pub(super) fn shown(s: &Stamp) -> String {
    let (h, m) = (s.minutes / 60, s.minutes % 60);
    let clock = format!("{h:02}:{m:02}");
    match &s.zone {
        Some(z) => format!("{clock} {}", z.to_uppercase()),
        None => format!("{clock}, no time zone"),
    }
}
