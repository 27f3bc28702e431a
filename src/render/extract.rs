//! The output of `extract` as a stream: each document rendered alone into a
//! buffer (on any thread, by [`ExtractRenderer`]), the buffers written in
//! input order between the format's head and tail (by [`ExtractWriter`]),
//! and the summary counted as they pass. Nothing of a document is kept once
//! it is written, so a run's memory does not grow with its output.

use std::io::{self, Write};

use super::json::{extract_document_json, extract_document_jsonl, ExtractJsonWriter};
use super::records::ExtractSummary;
use super::{envelope, ExtractOptions, Format, Style};
use crate::analysis::Analysis;

/// Renders one document of `extract` in the chosen format.
#[derive(Clone, Copy, Debug)]
pub struct ExtractRenderer {
    pub format: Format,
    pub style: Style,
    pub opts: ExtractOptions,
}

/// One document as rendered, with its counts for the summary.
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub counts: ExtractSummary,
}

impl ExtractRenderer {
    pub fn render(&self, a: &Analysis) -> Rendered {
        let bytes = match self.format {
            Format::Jsonl => extract_document_jsonl(a, self.opts),
            Format::Json => extract_document_json(a),
            Format::Text => {
                let mut buf = Vec::new();
                super::text::extract_document_text(&mut buf, a, self.style)
                    .expect("writes to a Vec");
                buf
            }
        };
        let mut counts = ExtractSummary::default();
        counts.add(a);
        Rendered { bytes, counts }
    }
}

/// Writes the rendered documents of `extract` in order: the head of the
/// format, each document, and the summary at the end.
pub struct ExtractWriter {
    format: Format,
    json: Option<ExtractJsonWriter>,
    summary: ExtractSummary,
}

impl ExtractWriter {
    /// Writes the head of the output; `skipped` inputs yielded no article.
    pub fn begin(out: &mut dyn Write, format: Format, skipped: usize) -> io::Result<Self> {
        let json = match format {
            Format::Json => Some(ExtractJsonWriter::begin(out)?),
            Format::Jsonl | Format::Text => None,
        };
        Ok(ExtractWriter {
            format,
            json,
            summary: ExtractSummary {
                skipped,
                ..ExtractSummary::default()
            },
        })
    }

    /// Writes the next document.
    pub fn document(&mut self, out: &mut dyn Write, r: &Rendered) -> io::Result<()> {
        self.summary.merge(&r.counts);
        match &mut self.json {
            Some(w) => w.document(out, &r.bytes),
            None => out.write_all(&r.bytes),
        }
    }

    /// Writes the tail (the summary, where the format has one) and gives
    /// the summary.
    pub fn end(self, out: &mut dyn Write) -> io::Result<ExtractSummary> {
        match (self.format, self.json) {
            (_, Some(w)) => w.end(out, &self.summary)?,
            (Format::Jsonl, None) => envelope(out, "summary", &self.summary)?,
            (_, None) => {}
        }
        Ok(self.summary)
    }
}
