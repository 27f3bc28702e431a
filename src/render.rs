//! Output: a report for a person (text), one JSON object, or JSON Lines in the
//! `{"type": T, "data": {...}}` envelope. Offsets are mapped back to the file
//! as read here, and nowhere else.

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::analysis::Analysis;
use crate::document::Document;
use crate::model::{ActorMention, Bound, Figure, Quote, Span, Timex};

/// The `schema_version` of every JSON document we print.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

/// ANSI styling, off when the output is not a terminal or NO_COLOR is set.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
}

impl Style {
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

/// Writes one JSON Lines envelope.
pub fn envelope(out: &mut dyn Write, kind: &str, data: Value) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &json!({"type": kind, "data": data}))?;
    out.write_all(b"\n")
}

/// Counts over all analyses, for the `summary` message.
pub fn extract_summary(analyses: &[Analysis], skipped: usize, elapsed_ms: u128) -> Value {
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
        "elapsed_ms": elapsed_ms,
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
            v
        })
        .collect();
    let v = json!({"schema_version": SCHEMA_VERSION, "documents": docs, "summary": summary});
    serde_json::to_writer_pretty(&mut *out, &v)?;
    out.write_all(b"\n")
}

/// `extract --format text`.
pub fn extract_text(out: &mut dyn Write, analyses: &[Analysis], style: Style) -> io::Result<()> {
    for a in analyses {
        let d = &a.doc;
        let date = match d.date {
            Some(x) => format!(
                "{x} ({})",
                serde_json::to_value(d.date_source)
                    .unwrap()
                    .as_str()
                    .unwrap_or("")
            ),
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
            let counts = f.counts.as_deref().unwrap_or("");
            writeln!(
                out,
                "  figure  {:<28} {}{}",
                d.slice(f.span),
                style.paint("33", counts),
                cat
            )?;
        }
        for m in &a.actors {
            writeln!(
                out,
                "  actor   {:<28} {}",
                d.slice(m.span),
                style.paint("32", &m.canonical)
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
