//! Output: a report for a person (text), one JSON object, or JSON Lines in the
//! `{"type": T, "data": {...}}` envelope. Offsets are mapped back to the file
//! as read here, and nowhere else.

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::analysis::Analysis;
use crate::claims::Claim;
use crate::compare::{Comparison, Finding, Kind};
use crate::document::Document;
use crate::facts::events::EventInstance;
use crate::facts::{Fact, Value as FactValue};
use crate::model::{ActorKind, ActorMention, Bound, Figure, Quote, Source, Span, Timex};

/// The `schema_version` of every JSON document we print.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

/// How the text report looks: ANSI styling (off when the output is not a
/// terminal or NO_COLOR is set), the columns it is laid out for, and the
/// kinds of finding it leaves out (`--only`, `--hide`).
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
    pub hidden: KindSet,
}

/// A set of finding kinds, as bits in the order of [`Kind::ALL`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindSet(u8);

impl KindSet {
    pub fn of(kinds: &[Kind]) -> Self {
        KindSet(kinds.iter().fold(0, |bits, &k| bits | Self::bit(k)))
    }
    pub fn contains(self, k: Kind) -> bool {
        self.0 & Self::bit(k) != 0
    }
    /// The kinds not in the set.
    pub fn complement(self) -> Self {
        KindSet(!self.0 & Self::of(&Kind::ALL).0)
    }
    fn bit(k: Kind) -> u8 {
        1 << Kind::ALL.iter().position(|&x| x == k).unwrap_or(0)
    }
}

impl Style {
    /// No color, [`WIDTH`] columns, every kind shown.
    pub fn plain() -> Self {
        Style {
            color: false,
            width: WIDTH,
            hidden: KindSet::default(),
        }
    }
    pub fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

/// `file`, `start`, `end`, `text` of a span, offsets in file bytes.
pub fn span_fields(doc: &Document, span: Span) -> serde_json::Map<String, Value> {
    let f = doc.file_span(span);
    let mut m = serde_json::Map::new();
    m.insert("file".into(), json!(doc.path));
    m.insert("start".into(), json!(f.start));
    m.insert("end".into(), json!(f.end));
    m.insert("text".into(), json!(doc.slice(span)));
    m
}

fn with(mut m: serde_json::Map<String, Value>, extra: Value) -> Value {
    if let Value::Object(e) = extra {
        m.extend(e);
    }
    Value::Object(m)
}

pub fn document_value(a: &Analysis) -> Value {
    let d = &a.doc;
    json!({
        "file": d.path,
        "date": d.date.map(|x| x.to_string()),
        "date_source": d.date_source,
        "title": d.title.map(|t| d.slice(t)),
        "bytes": d.bytes,
        "paragraphs": d.paragraphs.len(),
        "sentences": d.sentences.len(),
        "inferred_from": d.inferred_from,
        "warnings": d.warnings,
    })
}

pub fn timex_value(doc: &Document, t: &Timex) -> Value {
    with(
        span_fields(doc, t.span),
        json!({"timex_type": t.timex_type, "value": t.value, "mod": t.modifier, "anchor": t.anchor}),
    )
}

fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn bound(b: Bound) -> Value {
    b.value().map(number).unwrap_or(Value::Null)
}

pub fn figure_value(doc: &Document, f: &Figure) -> Value {
    with(
        span_fields(doc, f.span),
        json!({
            "value": number(f.value),
            "low": bound(f.interval.low),
            "high": bound(f.interval.high),
            "low_inclusive": matches!(f.interval.low, Bound::Inclusive(_)),
            "high_inclusive": matches!(f.interval.high, Bound::Inclusive(_)),
            "qualifier": f.qualifier,
            "unit": f.unit,
            "counts": f.counts,
            "category": f.category,
        }),
    )
}

pub fn actor_value(doc: &Document, m: &ActorMention) -> Value {
    with(
        span_fields(doc, m.span),
        json!({"canonical": m.canonical, "kind": m.kind, "role": m.role}),
    )
}

pub fn quote_value(doc: &Document, q: &Quote) -> Value {
    with(span_fields(doc, q.span), json!({"speaker": q.speaker}))
}

/// A writer that escapes U+2028 and U+2029 as `\u2028` and `\u2029`.
///
/// JSON allows both characters raw in strings, but tools that split lines on
/// them (JavaScript, some log shippers) would cut a JSON Lines record in two.
/// In serde_json's output a non-ASCII character can only stand inside a
/// string, so escaping its bytes there is always right. A character split
/// across two writes is held back until its end arrives.
pub struct SeparatorEscaper<'a> {
    inner: &'a mut dyn Write,
    pending: Vec<u8>,
}

impl<'a> SeparatorEscaper<'a> {
    pub fn new(inner: &'a mut dyn Write) -> Self {
        SeparatorEscaper {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes out a held-back partial sequence (at the end of the output).
    pub fn finish(mut self) -> io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        self.inner.write_all(&rest)
    }
}

impl Write for SeparatorEscaper<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(buf);
        let mut start = 0;
        let mut i = 0;
        while let Some(off) = data[i..].iter().position(|&b| b == 0xE2) {
            let at = i + off;
            let rest = &data[at..];
            if rest.len() < 3 {
                // Maybe the start of a separator whose end comes next.
                if rest.len() == 1 || rest[1] == 0x80 {
                    self.inner.write_all(&data[start..at])?;
                    self.pending = rest.to_vec();
                    return Ok(buf.len());
                }
                break;
            }
            if rest[1] == 0x80 && (rest[2] == 0xA8 || rest[2] == 0xA9) {
                self.inner.write_all(&data[start..at])?;
                self.inner.write_all(if rest[2] == 0xA8 {
                    b"\\u2028"
                } else {
                    b"\\u2029"
                })?;
                start = at + 3;
            }
            i = at + 1;
        }
        self.inner.write_all(&data[start..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes a value as compact JSON (a JSON Lines record, no newline).
fn write_compact(out: &mut dyn Write, v: &Value) -> io::Result<()> {
    let mut w = SeparatorEscaper::new(out);
    serde_json::to_writer(&mut w, v)?;
    w.finish()
}

/// Writes a value as indented JSON and a newline.
fn write_pretty(out: &mut dyn Write, v: &Value) -> io::Result<()> {
    let mut w = SeparatorEscaper::new(out);
    serde_json::to_writer_pretty(&mut w, v)?;
    w.finish()?;
    out.write_all(b"\n")
}

/// Writes one JSON Lines envelope.
pub fn envelope(out: &mut dyn Write, kind: &str, data: Value) -> io::Result<()> {
    write_compact(out, &json!({"type": kind, "data": data}))?;
    out.write_all(b"\n")
}

/// Counts over all analyses, for the `summary` message. Nothing in it
/// depends on the run (no timing): the same input gives the same bytes.
pub fn extract_summary(analyses: &[Analysis], skipped: usize) -> Value {
    let sum = |f: &dyn Fn(&Analysis) -> usize| analyses.iter().map(f).sum::<usize>();
    json!({
        "files": analyses.len(),
        "skipped": skipped,
        "bytes": sum(&|a| a.doc.bytes),
        "paragraphs": sum(&|a| a.doc.paragraphs.len()),
        "sentences": sum(&|a| a.doc.sentences.len()),
        "dates": sum(&|a| a.timexes.len()),
        "figures": sum(&|a| a.figures.len()),
        "actors": sum(&|a| a.actors.len()),
        "quotes": sum(&|a| a.quotes.len()),
        "claims": sum(&|a| a.claims.len()),
    })
}

/// `extract --format jsonl`.
pub fn extract_jsonl(out: &mut dyn Write, analyses: &[Analysis], summary: Value) -> io::Result<()> {
    for a in analyses {
        let d = &a.doc;
        envelope(out, "document", document_value(a))?;
        for t in &a.timexes {
            envelope(out, "date", timex_value(d, t))?;
        }
        for f in &a.figures {
            envelope(out, "figure", figure_value(d, f))?;
        }
        for m in &a.actors {
            envelope(out, "actor", actor_value(d, m))?;
        }
        for q in &a.quotes {
            envelope(out, "quote", quote_value(d, q))?;
        }
        for c in &a.claims {
            envelope(out, "claim", claim_value(a, c))?;
        }
        for e in &a.facts.events {
            envelope(out, "event", event_value(d, e))?;
        }
        for (i, f) in a.facts.facts.iter().enumerate() {
            envelope(out, "fact", fact_value(a, i, f))?;
        }
    }
    envelope(out, "summary", summary)
}

/// `extract --format json`: one object with every document's mentions.
pub fn extract_json(out: &mut dyn Write, analyses: &[Analysis], summary: Value) -> io::Result<()> {
    let docs: Vec<Value> = analyses
        .iter()
        .map(|a| {
            let d = &a.doc;
            let mut v = document_value(a);
            let o = v.as_object_mut().expect("document is an object");
            o.insert(
                "dates".into(),
                a.timexes.iter().map(|t| timex_value(d, t)).collect(),
            );
            o.insert(
                "figures".into(),
                a.figures.iter().map(|f| figure_value(d, f)).collect(),
            );
            o.insert(
                "actors".into(),
                a.actors.iter().map(|m| actor_value(d, m)).collect(),
            );
            o.insert(
                "quotes".into(),
                a.quotes.iter().map(|q| quote_value(d, q)).collect(),
            );
            o.insert(
                "claims".into(),
                a.claims.iter().map(|c| claim_value(a, c)).collect(),
            );
            o.insert(
                "events".into(),
                a.facts.events.iter().map(|e| event_value(d, e)).collect(),
            );
            o.insert(
                "facts".into(),
                a.facts
                    .facts
                    .iter()
                    .enumerate()
                    .map(|(i, f)| fact_value(a, i, f))
                    .collect(),
            );
            v
        })
        .collect();
    let v = json!({"schema_version": SCHEMA_VERSION, "documents": docs, "summary": summary});
    write_pretty(out, &v)
}

/// `extract --format text`.
pub fn extract_text(out: &mut dyn Write, analyses: &[Analysis], style: Style) -> io::Result<()> {
    for a in analyses {
        let d = &a.doc;
        let date = match d.date {
            Some(x) => format!("{x} ({})", crate::model::wire_name(&d.date_source)),
            None => "undated".to_string(),
        };
        writeln!(out, "{}  {}", style.bold(&d.path), style.dim(&date))?;
        if let Some(t) = d.title {
            writeln!(out, "  title: {}", d.slice(t))?;
        }
        writeln!(
            out,
            "  {} bytes, {} paragraphs, {} sentences",
            d.bytes,
            d.paragraphs.len(),
            d.sentences.len()
        )?;
        for t in &a.timexes {
            let m = t.modifier.map(|m| format!(" {m}")).unwrap_or_default();
            writeln!(
                out,
                "  date    {:<28} {}{}",
                d.slice(t.span),
                style.paint("36", &t.value),
                m
            )?;
        }
        for f in &a.figures {
            let cat = f
                .category
                .map(|c| format!(" [{}]", c.as_str()))
                .unwrap_or_default();
            let counts = match f.counts.as_deref() {
                Some(c) if f.is_share() => format!("share of {c}"),
                c => c.unwrap_or("").to_string(),
            };
            writeln!(
                out,
                "  figure  {:<28} {}{}",
                d.slice(f.span),
                style.paint("33", &counts),
                cat
            )?;
        }
        // One line per actor: how often it is named, and under which forms.
        let mut actors: Vec<(&str, ActorKind, Vec<&str>)> = Vec::new();
        for m in &a.actors {
            let form = d.slice(m.span);
            match actors.iter_mut().find(|(c, _, _)| *c == m.canonical) {
                Some((_, _, forms)) => forms.push(form),
                None => actors.push((&m.canonical, m.kind, vec![form])),
            }
        }
        for (canonical, kind, forms) in &actors {
            let mut distinct: Vec<&str> =
                forms.iter().copied().filter(|f| f != canonical).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let also = if distinct.is_empty() {
                String::new()
            } else {
                format!("  as {}", distinct.join(", "))
            };
            let kind = crate::model::wire_name(kind);
            writeln!(
                out,
                "  actor   {} ({kind}, ×{}){also}",
                style.paint("32", canonical),
                forms.len()
            )?;
        }
        for q in &a.quotes {
            let who = q.speaker.as_deref().unwrap_or("?");
            writeln!(
                out,
                "  quote   {} — {}",
                style.paint("35", &format!("“{}”", d.slice(q.span))),
                who
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn source_value(doc: &Document, s: &Source) -> Value {
    json!({
        "text": doc.slice(s.span),
        "canonical": s.canonical,
        "kind": s.kind,
        "via": s.via.as_ref().map(|v| source_value(doc, v)),
    })
}

/// An event instance: `id`, `kind`, `trigger`, `when`, `main`, `link`.
pub fn event_value(doc: &Document, e: &EventInstance) -> Value {
    json!({"file": doc.path, "id": e.id, "kind": e.kind,
           "trigger": e.trigger.map(|t| doc.slice(t)), "when": e.when,
           "main": e.main, "link": e.link})
}

/// A fact: the span of its value, its event, slot, subject and value.
pub fn fact_value(a: &Analysis, i: usize, f: &Fact) -> Value {
    let d = &a.doc;
    let e = &a.facts.events[f.event];
    let at = a.claims.partition_point(|c| c.span.end <= f.span.start);
    let claim = a
        .claims
        .get(at)
        .filter(|c| c.span.contains(f.span))
        .map(|c| c.id.clone());
    let value = match &f.value {
        FactValue::Number { interval, unit } => json!({"type": "number",
            "low": bound(interval.low), "high": bound(interval.high),
            "low_inclusive": matches!(interval.low, Bound::Inclusive(_)),
            "high_inclusive": matches!(interval.high, Bound::Inclusive(_)),
            "unit": unit}),
        FactValue::Timex { value } => json!({"type": "timex", "value": value}),
        FactValue::Text { text } => json!({"type": "text", "text": text}),
    };
    let mut m = span_fields(d, f.span);
    m.shift_insert(1, "id".into(), json!(format!("x{}", i + 1)));
    m.shift_insert(2, "claim".into(), json!(claim));
    with(
        m,
        json!({
            "event": {"id": e.id, "kind": e.kind, "trigger": e.trigger.map(|t| d.slice(t)),
                      "when": e.when, "main": e.main},
            "slot": f.slot,
            "subject": f.subject,
            "value": value,
            "round": f.round,
            "vague": f.vague,
            "status": f.status,
            "scope": f.scope,
            "modality": f.modality,
            "source": f.source.map(|s| d.slice(s)),
        }),
    )
}

pub fn claim_value(a: &Analysis, c: &Claim) -> Value {
    let d = &a.doc;
    let mut actors: Vec<&str> = Vec::new();
    for &i in &c.actors {
        let n = a.actors[i].canonical.as_str();
        if !actors.contains(&n) {
            actors.push(n);
        }
    }
    let figures: Vec<Value> = c
        .figures
        .iter()
        .map(|&i| {
            let f = &a.figures[i];
            json!({"text": d.slice(f.span), "value": number(f.value), "low": bound(f.interval.low),
                   "high": bound(f.interval.high), "qualifier": f.qualifier, "unit": f.unit,
                   "counts": f.counts, "category": f.category})
        })
        .collect();
    let mut m = span_fields(d, c.span);
    m.shift_insert(1, "id".into(), json!(c.id));
    with(
        m,
        json!({
            "event": c.event.as_ref().map(|e| json!({"type": e.kind, "trigger": d.slice(e.trigger)})),
            "actors": actors,
            "dates": c.timexes.iter().map(|&i| a.timexes[i].value.clone()).collect::<Vec<_>>(),
            "figures": figures,
            "quotes": c.quotes.iter().map(|&i| d.slice(a.quotes[i].span)).collect::<Vec<_>>(),
            "source": c.source.as_ref().map(|s| source_value(d, s)),
            "modality": c.modality,
        }),
    )
}

fn finding_value(an: &[Analysis], id: usize, f: &Finding) -> Value {
    let claims: Vec<Value> = f
        .cites
        .iter()
        .map(|c| {
            let a = &an[c.doc];
            let claim = &a.claims[c.claim];
            let mut m = span_fields(&a.doc, claim.span);
            m.shift_insert(1, "id".into(), json!(claim.id));
            Value::Object(m)
        })
        .collect();
    let mut values = serde_json::Map::new();
    for &(d, s) in &f.values {
        values.insert(an[d].doc.path.clone(), json!(an[d].doc.slice(s)));
    }
    json!({
        "id": format!("F{id}"),
        "kind": f.kind,
        "category": f.category,
        "topic": f.topic,
        "claims": claims,
        "values": values,
        "explanation": f.explanation,
        "fingerprint": crate::baseline::fingerprint(an, f),
    })
}

fn compare_documents(an: &[Analysis], cmp: &Comparison) -> Vec<Value> {
    cmp.order
        .iter()
        .map(|&d| {
            let mut v = document_value(&an[d]);
            v.as_object_mut()
                .expect("object")
                .insert("claims".into(), json!(an[d].claims.len()));
            v
        })
        .collect()
}

fn compare_summary(cmp: &Comparison) -> Value {
    let mut m = serde_json::Map::new();
    for k in Kind::ALL {
        m.insert(
            k.as_str().into(),
            json!(cmp.findings.iter().filter(|f| f.kind == k).count()),
        );
    }
    Value::Object(m)
}

/// `compare --format json`.
pub fn compare_json(out: &mut dyn Write, an: &[Analysis], cmp: &Comparison) -> io::Result<()> {
    let v = json!({
        "schema_version": SCHEMA_VERSION,
        "documents": compare_documents(an, cmp),
        "findings": cmp.findings.iter().enumerate().map(|(i, f)| finding_value(an, i + 1, f)).collect::<Vec<_>>(),
        "summary": compare_summary(cmp),
    });
    write_pretty(out, &v)
}

/// `compare --format jsonl`.
pub fn compare_jsonl(out: &mut dyn Write, an: &[Analysis], cmp: &Comparison) -> io::Result<()> {
    for d in compare_documents(an, cmp) {
        envelope(out, "document", d)?;
    }
    for (i, f) in cmp.findings.iter().enumerate() {
        envelope(out, "finding", finding_value(an, i + 1, f))?;
    }
    envelope(out, "summary", compare_summary(cmp))
}

/// Report width when the caller gives none: 100 columns.
pub const WIDTH: usize = 100;

fn wrap(text: &str, indent: usize, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `s` on one line of at most `max` characters, cut with `…` at the last
/// word boundary (a word cut in its middle reads as another word), or inside
/// a word only when the boundary would waste more than half the room.
fn clip(s: &str, max: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    // The first `max` characters: a space at the last of them means the
    // word before it fits whole, with room for the `…`.
    let room: String = s.chars().take(max).collect();
    match room.rfind(' ') {
        Some(i) if room[..i].chars().count() >= max / 2 => format!("{}…", &room[..i]),
        _ => {
            let cut: String = room.chars().take(max.saturating_sub(1)).collect();
            format!("{cut}…")
        }
    }
}

fn heading(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Contradiction => ("CONTRADICTIONS", "1;31"),
        Kind::Update => ("UPDATES", "1;33"),
        Kind::Disputed => ("DISPUTED WITHIN A VERSION", "1;35"),
        Kind::Compatible => ("COMPATIBLE (differ, both can be true)", "1;36"),
        Kind::Omission => ("OMISSIONS (stated in some versions only)", "1;34"),
        Kind::Agreement => ("AGREEMENTS", "1;32"),
    }
}

/// `compare --format text`: contradictions first, each with the versions side by side.
pub fn compare_text(
    out: &mut dyn Write,
    an: &[Analysis],
    cmp: &Comparison,
    style: Style,
) -> io::Result<()> {
    compare_text_from(out, an, cmp, style, 1)
}

/// [`compare_text`] with finding ids counted from `first_id`, so that ids
/// stay unique across the stories of one report.
pub fn compare_text_from(
    out: &mut dyn Write,
    an: &[Analysis],
    cmp: &Comparison,
    style: Style,
    first_id: usize,
) -> io::Result<()> {
    let width = style.width;
    let short = |d: usize| {
        let p = &an[d].doc.path;
        p.rsplit(['/', '\\']).next().unwrap_or(p).to_string()
    };
    let longest = cmp
        .order
        .iter()
        .map(|&d| short(d).chars().count())
        .max()
        .unwrap_or(4);
    // Names take at most half of a value line, so that a narrow terminal
    // still shows the values.
    let name_w = longest.min(32).min(width.saturating_sub(6) / 2).max(4);
    writeln!(
        out,
        "{}",
        style.bold(&format!("claimdiff: {} versions", an.len()))
    )?;
    for &d in &cmp.order {
        let doc = &an[d].doc;
        let date = match (doc.date, doc.date_source) {
            (Some(x), crate::document::DateSource::Inferred) => format!("{x} (inferred)"),
            (Some(x), _) => x.to_string(),
            (None, _) => "undated".into(),
        };
        let claims = format!("{} claims", an[d].claims.len());
        let name = short(d);
        let name_col = longest.min(32);
        if 2 + name_col + 2 + 22 + 1 + claims.len() <= width {
            writeln!(
                out,
                "  {:<name_col$}  {:<22} {claims}",
                clip(&name, name_col),
                date
            )?;
        } else {
            // Too narrow for one line: the name whole, then its date.
            writeln!(out, "  {name}")?;
            writeln!(out, "      {date}  {claims}")?;
        }
    }
    let summary: Vec<String> = Kind::ALL
        .iter()
        .map(|k| {
            format!(
                "{} {}",
                cmp.findings.iter().filter(|f| f.kind == *k).count(),
                k.as_str()
            )
        })
        .collect();
    // Counts wrap between items, never inside "12 agreement".
    let mut line = String::new();
    for item in summary {
        if !line.is_empty() && 2 + line.chars().count() + 3 + item.chars().count() > width {
            writeln!(out, "  {}", style.dim(&line))?;
            line.clear();
        }
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(&item);
    }
    writeln!(out, "  {}", style.dim(&line))?;
    let order = [
        Kind::Contradiction,
        Kind::Update,
        Kind::Disputed,
        Kind::Compatible,
        Kind::Omission,
        Kind::Agreement,
    ];
    for kind in order {
        if style.hidden.contains(kind) {
            continue;
        }
        // Ids are those of the whole report, whatever is hidden.
        let items: Vec<(usize, &Finding)> = cmp
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == kind)
            .map(|(i, f)| (i + first_id, f))
            .collect();
        if items.is_empty() {
            continue;
        }
        let (title, color) = heading(kind);
        writeln!(out)?;
        for line in wrap(&format!("{title} ({})", items.len()), 0, width) {
            writeln!(out, "{}", style.paint(color, &line))?;
        }
        let compact = matches!(kind, Kind::Omission | Kind::Agreement);
        for (id, f) in items {
            let cat = crate::model::wire_name(&f.category);
            let head = format!("F{id} {cat}");
            let room = width.saturating_sub(head.chars().count() + 1).max(12);
            writeln!(out, "{} {}", style.bold(&head), clip(&f.topic, room))?;
            let value_w = width.saturating_sub(4 + name_w + 2).max(8);
            for &(d, s) in &f.values {
                let v = clip(an[d].doc.slice(s), value_w);
                writeln!(
                    out,
                    "    {:<name_w$}  {}",
                    clip(&short(d), name_w),
                    style.paint(color.trim_start_matches("1;"), &v)
                )?;
            }
            if !compact {
                for line in wrap(&f.explanation, 4, width) {
                    writeln!(out, "    {}", style.dim(&line))?;
                }
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Stories: `cluster`, and `compare` over several stories.

/// One story of a run: its id and summary, its analyses (in path order) and,
/// for `compare`, the comparison of its versions.
pub struct StoryReport<'a> {
    pub id: &'a str,
    pub summary: &'a crate::cluster::Summary,
    pub an: &'a [Analysis],
    pub cmp: Option<&'a Comparison>,
}

/// `{id, files, title, dates, actors}` of a story.
pub fn story_value(s: &StoryReport) -> Value {
    json!({
        "id": s.id,
        "files": s.an.iter().map(|a| a.doc.path.as_str()).collect::<Vec<_>>(),
        "title": s.summary.title,
        "dates": s.summary.dates,
        "actors": s.summary.actors,
    })
}

fn cluster_summary(stories: &[StoryReport]) -> Value {
    json!({
        "files": stories.iter().map(|s| s.an.len()).sum::<usize>(),
        "stories": stories.len(),
        "single": stories.iter().filter(|s| s.an.len() == 1).count(),
    })
}

/// `cluster --format json`.
pub fn cluster_json(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    let v = json!({
        "schema_version": SCHEMA_VERSION,
        "stories": stories.iter().map(story_value).collect::<Vec<_>>(),
        "summary": cluster_summary(stories),
    });
    write_pretty(out, &v)
}

/// `cluster --format jsonl`: one `story` line each, then `summary`.
pub fn cluster_jsonl(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    for s in stories {
        envelope(out, "story", story_value(s))?;
    }
    envelope(out, "summary", cluster_summary(stories))
}

/// `cluster --format text`: each story with its title, dates, actors and files.
pub fn cluster_text(out: &mut dyn Write, stories: &[StoryReport], style: Style) -> io::Result<()> {
    let files: usize = stories.iter().map(|s| s.an.len()).sum();
    let single = stories.iter().filter(|s| s.an.len() == 1).count();
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "claimdiff: {files} {}, {} {} ({single} of a single article)",
            plural(files, "article", "articles"),
            stories.len(),
            plural(stories.len(), "story", "stories"),
        ))
    )?;
    for s in stories {
        writeln!(out)?;
        story_heading(out, s, style)?;
        for a in s.an {
            writeln!(out, "    {}", a.doc.path)?;
        }
    }
    Ok(())
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn story_heading(out: &mut dyn Write, s: &StoryReport, style: Style) -> io::Result<()> {
    let n = s.an.len();
    let count = format!("({n} {})", plural(n, "article", "articles"));
    let title = if s.summary.title.is_empty() {
        "(untitled)".to_string()
    } else {
        clip(
            &s.summary.title,
            style
                .width
                .saturating_sub(s.id.len() + count.len() + 4)
                .max(12),
        )
    };
    writeln!(
        out,
        "{} {} {}",
        style.bold(s.id),
        style.bold(&title),
        style.dim(&count)
    )?;
    let mut facts = Vec::new();
    if !s.summary.dates.is_empty() {
        facts.push(format!("dates: {}", s.summary.dates.join(", ")));
    }
    if !s.summary.actors.is_empty() {
        facts.push(format!("actors: {}", s.summary.actors.join(", ")));
    }
    if !facts.is_empty() {
        for line in wrap(&facts.join(" · "), 4, style.width) {
            writeln!(out, "    {}", style.dim(&line))?;
        }
    }
    Ok(())
}

/// Documents (with their `story`) and findings (with their `story`, ids
/// counted across stories) of a comparison over stories.
fn story_messages(stories: &[StoryReport]) -> (Vec<Value>, Vec<Value>, Value) {
    let mut docs = Vec::new();
    let mut findings = Vec::new();
    let mut counts = std::collections::BTreeMap::new();
    let mut next = 1;
    for s in stories {
        let Some(cmp) = s.cmp else { continue };
        for mut d in compare_documents(s.an, cmp) {
            if let Some(o) = d.as_object_mut() {
                o.insert("story".into(), json!(s.id));
            }
            docs.push(d);
        }
        for f in &cmp.findings {
            let mut v = finding_value(s.an, next, f);
            if let Some(o) = v.as_object_mut() {
                o.shift_insert(1, "story".into(), json!(s.id));
            }
            findings.push(v);
            *counts.entry(f.kind).or_insert(0usize) += 1;
            next += 1;
        }
    }
    let mut summary = serde_json::Map::new();
    for k in Kind::ALL {
        summary.insert(
            k.as_str().into(),
            json!(counts.get(&k).copied().unwrap_or(0)),
        );
    }
    (docs, findings, Value::Object(summary))
}

/// `compare --format json` over stories: `stories`, then documents and
/// findings each carrying its `story`.
pub fn compare_stories_json(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    let (documents, findings, summary) = story_messages(stories);
    let v = json!({
        "schema_version": SCHEMA_VERSION,
        "stories": stories.iter().map(story_value).collect::<Vec<_>>(),
        "documents": documents,
        "findings": findings,
        "summary": summary,
    });
    write_pretty(out, &v)
}

/// `compare --format jsonl` over stories: `story`, `document`, `finding`,
/// `summary` lines.
pub fn compare_stories_jsonl(out: &mut dyn Write, stories: &[StoryReport]) -> io::Result<()> {
    let (documents, findings, summary) = story_messages(stories);
    for s in stories {
        envelope(out, "story", story_value(s))?;
    }
    for d in documents {
        envelope(out, "document", d)?;
    }
    for f in findings {
        envelope(out, "finding", f)?;
    }
    envelope(out, "summary", summary)
}

/// `compare --format text` over stories: one story is today's report; several
/// get a heading each, and stories of a single version are listed last.
pub fn compare_stories_text(
    out: &mut dyn Write,
    stories: &[StoryReport],
    style: Style,
) -> io::Result<()> {
    if let [only] = stories {
        if let Some(cmp) = only.cmp {
            return compare_text(out, only.an, cmp, style);
        }
    }
    let files: usize = stories.iter().map(|s| s.an.len()).sum();
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "claimdiff: {files} files, {} stories, each compared on its own",
            stories.len()
        ))
    )?;
    let mut next = 1;
    for s in stories.iter().filter(|s| s.an.len() > 1) {
        let Some(cmp) = s.cmp else { continue };
        writeln!(out)?;
        writeln!(out, "{}", style.bold(&"═".repeat(style.width)))?;
        story_heading(out, s, style)?;
        compare_text_from(out, s.an, cmp, style, next)?;
        next += cmp.findings.len();
    }
    let single: Vec<&StoryReport> = stories.iter().filter(|s| s.an.len() == 1).collect();
    if !single.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", style.bold(&"═".repeat(style.width)))?;
        writeln!(
            out,
            "{}",
            style.bold(&format!(
                "SINGLE-VERSION STORIES ({}, nothing to compare)",
                single.len()
            ))
        )?;
        for s in single {
            let path = &s.an[0].doc.path;
            let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
            let head = format!("{} {name}", s.id);
            let room = style.width.saturating_sub(head.chars().count() + 2).max(10);
            writeln!(
                out,
                "{}  {}",
                head,
                style.dim(&clip(&s.summary.title, room))
            )?;
        }
    }
    Ok(())
}
