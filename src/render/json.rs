//! The machine formats of `extract` and `compare`: one JSON object, or JSON
//! Lines in the `{"type": T, "data": {...}}` envelope. Each document is
//! rendered into its own buffer (on any thread), so a caller can render in
//! parallel and write the buffers in input order.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use super::records::{
    ActorRec, ClaimRec, CompareDocument, CompareSummary, DocumentRec, EventRec, ExtractDocument,
    ExtractSummary, FactRec, FigureRec, FindingRec, QuoteRec, TimexRec,
};
use super::{escape_separators, push_envelope, write_pretty, SCHEMA_VERSION};
use crate::analysis::Analysis;
use crate::compare::Comparison;

/// Choices of the extract output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExtractOptions {
    /// JSON Lines: carry each claim's sentence (`--with-text`).
    pub with_text: bool,
}

/// Counts over all analyses, for the `summary` message.
pub fn extract_summary(analyses: &[Analysis], skipped: usize) -> ExtractSummary {
    let mut s = ExtractSummary {
        skipped,
        ..ExtractSummary::default()
    };
    for a in analyses {
        s.add(a);
    }
    s
}

/// The JSON Lines of one document of `extract`: its `document` line, then
/// one line per date, figure, actor, quote, claim, event, fact and person.
pub fn extract_document_jsonl(a: &Analysis, opts: ExtractOptions) -> Vec<u8> {
    let d = &a.doc;
    let mut buf = Vec::with_capacity(d.bytes * 4 + 256);
    push_envelope(&mut buf, "document", &DocumentRec::new(d));
    for t in &a.timexes {
        push_envelope(&mut buf, "date", &TimexRec::new(d, t));
    }
    for f in &a.figures {
        push_envelope(&mut buf, "figure", &FigureRec::new(d, f));
    }
    for m in &a.actors {
        push_envelope(&mut buf, "actor", &ActorRec::new(d, m));
    }
    for q in &a.quotes {
        push_envelope(&mut buf, "quote", &QuoteRec::new(d, q));
    }
    for c in &a.claims {
        push_envelope(&mut buf, "claim", &ClaimRec::new(a, c, opts.with_text));
    }
    for e in &a.facts.events {
        push_envelope(&mut buf, "event", &EventRec::new(d, e));
    }
    for (i, f) in a.facts.facts.iter().enumerate() {
        push_envelope(&mut buf, "fact", &FactRec::new(a, i, f));
    }
    for p in &a.facts.people {
        push_envelope(&mut buf, "person", &super::person::PersonRec::new(d, p));
    }
    escape_separators(buf)
}

/// One document of `extract --format json`, as an element of the
/// `documents` array: indented as it stands there, without separator.
pub fn extract_document_json(a: &Analysis) -> Vec<u8> {
    let mut buf = Vec::with_capacity(a.doc.bytes * 8 + 256);
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, nested_pretty(2));
    ExtractDocument::new(a)
        .serialize(&mut ser)
        .expect("serializes to a Vec");
    escape_separators(buf)
}

/// serde_json's pretty printer, started `depth` levels deep: an object as
/// it stands nested in the whole output (a document of `{"documents": [...]}`
/// is two levels deep).
fn nested_pretty(depth: usize) -> serde_json::ser::PrettyFormatter<'static> {
    use serde_json::ser::Formatter;
    let mut f = serde_json::ser::PrettyFormatter::with_indent(b"  ");
    for _ in 0..depth {
        // Opening a level writes only its bracket, here into nothing.
        let _ = f.begin_object(&mut io::sink());
    }
    f
}

/// The whole output of `extract --format json`, as [`ExtractJsonWriter`]
/// streams it (this type gives its schema).
#[derive(Serialize, schemars::JsonSchema)]
pub struct ExtractOutput<'a> {
    pub schema_version: u32,
    pub documents: Vec<ExtractDocument<'a>>,
    pub summary: ExtractSummary,
}

/// Streams `extract --format json`: the head, then each document's buffer
/// (from [`extract_document_json`]) as it comes, then the summary.
pub struct ExtractJsonWriter {
    first: bool,
}

impl ExtractJsonWriter {
    pub fn begin(out: &mut dyn Write) -> io::Result<Self> {
        write!(
            out,
            "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"documents\": ["
        )?;
        Ok(ExtractJsonWriter { first: true })
    }

    pub fn document(&mut self, out: &mut dyn Write, rendered: &[u8]) -> io::Result<()> {
        out.write_all(if self.first { b"\n    " } else { b",\n    " })?;
        self.first = false;
        out.write_all(rendered)
    }

    pub fn end(self, out: &mut dyn Write, summary: &ExtractSummary) -> io::Result<()> {
        out.write_all(if self.first { b"]" } else { b"\n  ]" })?;
        out.write_all(b",\n  \"summary\": ")?;
        let mut buf = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, nested_pretty(1));
        summary.serialize(&mut ser)?;
        out.write_all(&buf)?;
        out.write_all(b"\n}\n")
    }
}

/// Documents rendered at once, in parallel: enough to keep every thread
/// busy, few enough that their buffers stay small.
const BATCH: usize = 64;

/// Renders every analysis with `render` on the worker threads, a batch at
/// a time, and writes the buffers in input order.
fn write_in_order(
    out: &mut dyn Write,
    analyses: &[Analysis],
    render: impl Fn(&Analysis) -> Vec<u8> + Sync,
    mut write: impl FnMut(&mut dyn Write, &[u8]) -> io::Result<()>,
) -> io::Result<()> {
    for batch in analyses.chunks(BATCH) {
        let rendered: Vec<Vec<u8>> = batch.par_iter().map(&render).collect();
        for r in &rendered {
            write(out, r)?;
        }
    }
    Ok(())
}

/// `extract --format jsonl`.
pub fn extract_jsonl(
    out: &mut dyn Write,
    analyses: &[Analysis],
    summary: ExtractSummary,
    opts: ExtractOptions,
) -> io::Result<()> {
    write_in_order(
        out,
        analyses,
        |a| extract_document_jsonl(a, opts),
        |out, r| out.write_all(r),
    )?;
    super::envelope(out, "summary", &summary)
}

/// `extract --format json`: one object with every document's mentions.
pub fn extract_json(
    out: &mut dyn Write,
    analyses: &[Analysis],
    summary: ExtractSummary,
) -> io::Result<()> {
    let mut w = ExtractJsonWriter::begin(out)?;
    write_in_order(out, analyses, extract_document_json, |out, r| {
        w.document(out, r)
    })?;
    w.end(out, &summary)
}

pub(super) fn compare_documents<'a>(
    an: &'a [Analysis],
    cmp: &Comparison,
    story: Option<&'a str>,
) -> Vec<CompareDocument<'a>> {
    cmp.order
        .iter()
        .map(|&d| CompareDocument {
            document: DocumentRec::new(&an[d].doc),
            claims: an[d].claims.len(),
            story,
        })
        .collect()
}

/// `compare --format json`.
pub fn compare_json(out: &mut dyn Write, an: &[Analysis], cmp: &Comparison) -> io::Result<()> {
    #[derive(Serialize)]
    struct Output<'a> {
        schema_version: u32,
        documents: Vec<CompareDocument<'a>>,
        findings: Vec<FindingRec<'a>>,
        summary: CompareSummary,
    }
    write_pretty(
        out,
        &Output {
            schema_version: SCHEMA_VERSION,
            documents: compare_documents(an, cmp, None),
            findings: (cmp.findings.iter().enumerate())
                .map(|(i, f)| FindingRec::new(an, i + 1, f, None))
                .collect(),
            summary: CompareSummary::count(&cmp.findings),
        },
    )
}

/// `compare --format jsonl`.
pub fn compare_jsonl(out: &mut dyn Write, an: &[Analysis], cmp: &Comparison) -> io::Result<()> {
    let mut buf = Vec::new();
    for d in compare_documents(an, cmp, None) {
        push_envelope(&mut buf, "document", &d);
    }
    for (i, f) in cmp.findings.iter().enumerate() {
        push_envelope(&mut buf, "finding", &FindingRec::new(an, i + 1, f, None));
    }
    push_envelope(&mut buf, "summary", &CompareSummary::count(&cmp.findings));
    out.write_all(&escape_separators(buf))
}
