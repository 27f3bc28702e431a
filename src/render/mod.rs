//! Output: a report for a person (text), one JSON object, or JSON Lines in the
//! `{"type": T, "data": {...}}` envelope. Offsets are mapped back to the file
//! as read here, and nowhere else.
//!
//! [`records`] holds the typed shape of every JSON message, borrowed from the
//! analysis; [`json`] writes them (extract and compare), [`stories`] writes the
//! story-level outputs (cluster, compare over stories), [`text`] the report a
//! person reads; [`extract`] streams the output of `extract` document by
//! document.

use std::io::{self, Write};

use crate::compare::Kind;
use serde::Serialize;

pub mod extract;
pub mod json;
pub mod person;
pub mod records;
pub mod schema;
pub mod stories;
pub mod text;

pub use extract::{ExtractRenderer, ExtractWriter, Rendered};
pub use json::{
    compare_json, compare_jsonl, extract_document_json, extract_document_jsonl, extract_json,
    extract_jsonl, extract_summary, ExtractOptions,
};
pub use stories::{
    cluster_json, cluster_jsonl, cluster_text, compare_stories_json, compare_stories_jsonl,
    compare_stories_text, StoryReport,
};
pub use text::{compare_text, compare_text_from, extract_text, WIDTH};

/// The `schema_version` of every JSON document we print.
pub const SCHEMA_VERSION: u32 = 3;

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

/// Escapes U+2028 and U+2029 in a finished buffer of serde_json output (see
/// [`SeparatorEscaper`]); the buffer is returned as is when it has none,
/// which is nearly always.
pub fn escape_separators(buf: Vec<u8>) -> Vec<u8> {
    let is_sep = |w: &[u8]| w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0xA8 || w[2] == 0xA9);
    if !buf.windows(3).any(is_sep) {
        return buf;
    }
    let mut out = Vec::with_capacity(buf.len() + 16);
    let mut i = 0;
    while i < buf.len() {
        if i + 3 <= buf.len() && is_sep(&buf[i..i + 3]) {
            out.extend_from_slice(if buf[i + 2] == 0xA8 {
                b"\\u2028"
            } else {
                b"\\u2029"
            });
            i += 3;
        } else {
            out.push(buf[i]);
            i += 1;
        }
    }
    out
}

/// Appends one JSON Lines envelope `{"type": kind, "data": data}` and a
/// newline to `buf` (separators not yet escaped).
pub(crate) fn push_envelope<T: Serialize>(buf: &mut Vec<u8>, kind: &str, data: &T) {
    #[derive(Serialize)]
    struct Envelope<'a, T> {
        #[serde(rename = "type")]
        kind: &'a str,
        data: &'a T,
    }
    // Writing to a Vec cannot fail, and our records have only string keys.
    serde_json::to_writer(&mut *buf, &Envelope { kind, data }).expect("serializes to a Vec");
    buf.push(b'\n');
}

/// Writes one JSON Lines envelope.
pub fn envelope<T: Serialize>(out: &mut dyn Write, kind: &str, data: &T) -> io::Result<()> {
    let mut buf = Vec::new();
    push_envelope(&mut buf, kind, data);
    out.write_all(&escape_separators(buf))
}

/// Writes a value as indented JSON and a newline.
pub(crate) fn write_pretty<T: Serialize>(out: &mut dyn Write, v: &T) -> io::Result<()> {
    let mut w = SeparatorEscaper::new(out);
    serde_json::to_writer_pretty(&mut w, v)?;
    w.finish()?;
    out.write_all(b"\n")
}
