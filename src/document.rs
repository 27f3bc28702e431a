//! The article parser: one file's bytes become a [`Document`] — text (a BOM
//! skipped, Markdown and HTML read without their markup, see [`crate::formats`]),
//! publication date (the ` date YYYY-MM-DD ` header, front matter, page
//! metadata or a dateline), title, paragraphs and sentences.
//!
//! Offsets everywhere in the crate index [`Document::text`]. That text equals the
//! file's bytes except where the file held invalid UTF-8: each invalid sequence
//! becomes U+FFFD, and [`OffsetMap`] maps text offsets back to file offsets so
//! that what we print stays true to the file.

use std::fmt;

use chrono::NaiveDate;
use regex::Regex;
use serde::Serialize;

use crate::formats::dateline::{self, DatelineDate};
use crate::formats::{html, markdown, Format, Projection};
use crate::model::Span;
use crate::segment;

/// Where a document's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The ` date YYYY-MM-DD ` header.
    Header,
    /// Markdown/YAML front matter (`date:`).
    FrontMatter,
    /// An HTML page's metadata (`article:published_time`, `<time datetime>`).
    HtmlMeta,
    /// A dateline or byline near the top of the article.
    Dateline,
    Argument,
    Inferred,
    None,
}

/// Why a file could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    Empty,
    /// A Markdown or HTML file with no article text once its markup is set aside.
    NoText {
        format: &'static str,
    },
    /// Not English, and `--lang-any` was not given.
    NotEnglish {
        language: &'static str,
    },
    Binary {
        offset: usize,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::Empty => write!(f, "empty file (no text to read)"),
            Unreadable::NoText { format } => {
                write!(f, "no article text found in the {format} file")
            }
            Unreadable::NotEnglish { language } => write!(
                f,
                "the article reads as {language}, not English (--lang-any analyses it anyway)"
            ),
            Unreadable::Binary { offset } => {
                write!(
                    f,
                    "binary file (NUL or control bytes near byte {offset}), skipped"
                )
            }
            Unreadable::TooLarge { bytes, limit } => {
                write!(
                    f,
                    "file is {bytes} bytes, over the limit of {limit} bytes (see --max-bytes)"
                )
            }
        }
    }
}

/// Maps offsets in the decoded text to offsets in the file as read.
///
/// Empty for valid UTF-8 plain text, which is the common case and costs nothing.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// `(decoded_offset, file_offset)` at the end of each replaced sequence.
    points: Vec<(usize, usize)>,
    /// How the text was made from the decoded file (a BOM skipped, Markdown
    /// or HTML markup set aside); `None` when the text is the decoded file.
    projection: Option<Projection>,
}

impl OffsetMap {
    /// Where a text offset starting a span lies in the file.
    pub fn to_file(&self, text_offset: usize) -> usize {
        match &self.projection {
            Some(p) => self.decoded_to_file(p.to_src(text_offset)),
            None => self.decoded_to_file(text_offset),
        }
    }

    /// Where a text offset ending a span lies in the file (differs from
    /// [`OffsetMap::to_file`] only where markup was set aside right after it).
    pub fn to_file_end(&self, text_offset: usize) -> usize {
        match &self.projection {
            Some(p) => self.decoded_to_file(p.to_src_end(text_offset)),
            None => self.decoded_to_file(text_offset),
        }
    }

    fn decoded_to_file(&self, text_offset: usize) -> usize {
        let i = self.points.partition_point(|&(t, _)| t <= text_offset);
        if i == 0 {
            text_offset
        } else {
            let (t, f) = self.points[i - 1];
            f + (text_offset - t)
        }
    }
}

/// Decodes bytes as UTF-8, replacing each invalid sequence with U+FFFD.
/// Returns the text, the offset map and the number of replaced sequences.
fn decode(bytes: &[u8]) -> (String, OffsetMap, usize) {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_owned(), OffsetMap::default(), 0);
    }
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut map = OffsetMap::default();
    let mut file_pos = 0;
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        file_pos += chunk.valid().len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            text.push('\u{FFFD}');
            file_pos += bad.len();
            replaced += 1;
            map.points.push((text.len(), file_pos));
        }
    }
    (text, map, replaced)
}

/// A parsed article.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as the user gave it (or as found below a given folder); `-` for stdin.
    pub path: String,
    pub text: String,
    pub offsets: OffsetMap,
    /// Size of the file as read.
    pub bytes: usize,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    /// The sibling version an inferred date was taken from.
    pub inferred_from: Option<String>,
    /// The ` date YYYY-MM-DD ` header, when present (even if its date was malformed).
    pub header: Option<Span>,
    /// The dateline or byline near the top that gives a date, when found.
    pub dateline: Option<Span>,
    /// What that dateline says (a year-less one is dated from `--date` or,
    /// in `compare`, from a sibling version).
    pub dateline_date: Option<DatelineDate>,
    /// What the file is read as.
    pub format: Format,
    /// Everything after the header.
    pub body: Span,
    pub title: Option<Span>,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    /// Problems worth telling the user that did not stop the parse.
    pub warnings: Vec<String>,
}

fn header_re() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        // The word `date`, then something shaped like a date (digits first), then
        // one optional space. Anything date-shaped is taken as a header, so that a
        // malformed one is reported instead of read as body text.
        Regex::new(r"\A[ \t\r\n]*date[ \t]+([0-9][0-9A-Za-z:/.\-]*)[ \t]?").unwrap()
    })
}

/// Longest first line that can still be a title.
const MAX_TITLE_BYTES: usize = 200;

/// How a file is read beyond its bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// The publication date to use when the file gives none (`--date`).
    pub date: Option<NaiveDate>,
    /// Analyse articles that are not in English (`--lang-any`).
    pub lang_any: bool,
}

impl Document {
    /// Parses a file's bytes. `date` is the publication date to use when the
    /// file gives none (from `--date`). Articles in another language than
    /// English are analysed too (see [`Document::parse_with`]).
    pub fn parse(
        path: &str,
        bytes: &[u8],
        date: Option<NaiveDate>,
    ) -> Result<Document, Unreadable> {
        Document::parse_with(
            path,
            bytes,
            ParseOptions {
                date,
                lang_any: true,
            },
        )
    }

    /// Parses a file's bytes as its format asks: plain text, Markdown (front
    /// matter and syntax set aside) or HTML (the article's text only); a UTF-8
    /// BOM is skipped. Offsets keep referring to the file's bytes.
    pub fn parse_with(
        path: &str,
        bytes: &[u8],
        opts: ParseOptions,
    ) -> Result<Document, Unreadable> {
        if let Some(offset) = binary_offset(bytes) {
            return Err(Unreadable::Binary { offset });
        }
        let (decoded, mut offsets, replaced) = decode(bytes);
        if decoded.trim_start_matches('\u{FEFF}').trim().is_empty() {
            return Err(Unreadable::Empty);
        }
        let mut warnings = Vec::new();
        if replaced > 0 {
            warnings.push(format!(
                "invalid UTF-8: {replaced} byte sequence(s) replaced with U+FFFD \
                 (first at byte {}); offsets still refer to the file's bytes",
                first_invalid(bytes)
            ));
        }
        let format = Format::detect(path, &decoded);
        let bom = if decoded.starts_with('\u{FEFF}') {
            3
        } else {
            0
        };
        // A date the file's own markup gives (front matter, page metadata).
        let mut markup_date: Option<(NaiveDate, DateSource)> = None;
        let projection = match format {
            Format::Text if bom == 0 => None,
            Format::Text => {
                let mut p = Projection::default();
                p.keep(&decoded, bom, decoded.len());
                Some(p)
            }
            Format::Markdown => {
                let md = markdown::project(&decoded, bom);
                match md.date {
                    Some(Ok(d)) => markup_date = Some((d, DateSource::FrontMatter)),
                    Some(Err(raw)) => warnings.push(format!(
                        "front matter date {raw:?} is not a date (expected YYYY-MM-DD); ignored"
                    )),
                    None => {}
                }
                Some(md.projection)
            }
            Format::Html => {
                let page = html::project(&decoded, bom);
                if let Some(d) = page.date {
                    markup_date = Some((d, DateSource::HtmlMeta));
                }
                Some(page.projection)
            }
        };
        let text = match &projection {
            Some(p) => p.text.clone(),
            None => decoded,
        };
        if text.trim().is_empty() {
            return Err(match format {
                Format::Text => Unreadable::Empty,
                Format::Markdown => Unreadable::NoText { format: "Markdown" },
                Format::Html => Unreadable::NoText { format: "HTML" },
            });
        }
        offsets.projection = projection;

        if let Some(language) = foreign_language(&text) {
            if !opts.lang_any {
                return Err(Unreadable::NotEnglish { language });
            }
            warnings.push(format!(
                "the article reads as {language}, not English; analysed because of --lang-any \
                 (the rules are written for English)"
            ));
        }

        let mut header = None;
        let mut header_date = None;
        let mut body_start = 0;
        if let Some(c) = header_re().captures(&text) {
            let m = c.get(0).unwrap();
            let raw = c.get(1).unwrap().as_str();
            header = Some(Span::new(m.start(), m.end()));
            body_start = m.end();
            match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
                Ok(d) if raw.len() == 10 => header_date = Some(d),
                // Shaped right but not on the calendar ("2025-02-30").
                _ if raw.len() == 10
                    && raw.bytes().enumerate().all(|(i, b)| {
                        if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() }
                    }) =>
                {
                    warnings.push(format!(
                        "date header {raw:?} has no such date; article treated as undated"
                    ))
                }
                _ => warnings.push(format!(
                    "malformed date header {raw:?} (expected YYYY-MM-DD); article treated as undated"
                )),
            }
        }
        let body = Span::new(body_start, text.len());
        if body.of(&text).trim().is_empty() {
            warnings.push("the article has a header but no body text".to_string());
        }
        // A dateline is looked for only where nothing better dates the article.
        let found = if header.is_none() {
            dateline::find(&text, body)
        } else {
            None
        };
        let dateline_date = found.as_ref().map(|f| f.date);
        let dateline_day = dateline_date.and_then(|d| d.resolve(opts.date));
        if let Some(DatelineDate::Ambiguous(a, b)) = dateline_date {
            if header_date.is_none() && markup_date.is_none() {
                warnings.push(format!(
                    "dateline {:?} reads as {a} or {b}; neither is taken",
                    found.as_ref().map_or("", |f| f.span.of(&text))
                ));
            }
        }
        let (date, date_source) = match (header_date, markup_date, dateline_day, opts.date) {
            (Some(d), ..) => (Some(d), DateSource::Header),
            (None, Some((d, source)), ..) => (Some(d), source),
            (None, None, Some(d), _) => (Some(d), DateSource::Dateline),
            (None, None, None, Some(d)) => (Some(d), DateSource::Argument),
            (None, None, None, None) => (None, DateSource::None),
        };

        let dateline = found.map(|f| f.span);
        let title = if header.is_none() {
            find_title(&text, body, dateline)
        } else {
            None
        };
        let paragraphs = segment::paragraphs(&text, body);
        let mut sentences = Vec::new();
        for &p in &paragraphs {
            if title == Some(p) || dateline == Some(p) {
                sentences.push(p);
            } else {
                sentences.extend(segment::sentences(&text, p));
            }
        }
        Ok(Document {
            path: path.to_string(),
            bytes: bytes.len(),
            text,
            offsets,
            date,
            date_source,
            inferred_from: None,
            header,
            dateline,
            dateline_date,
            format,
            body,
            title,
            paragraphs,
            sentences,
            warnings,
        })
    }

    /// Parses a string (for tests and library users).
    pub fn from_text(path: &str, text: &str, date: Option<NaiveDate>) -> Document {
        Document::parse(path, text.as_bytes(), date).unwrap_or_else(|_| Document {
            path: path.to_string(),
            text: text.to_string(),
            offsets: OffsetMap::default(),
            bytes: text.len(),
            date,
            date_source: if date.is_some() {
                DateSource::Argument
            } else {
                DateSource::None
            },
            inferred_from: None,
            header: None,
            dateline: None,
            dateline_date: None,
            format: Format::Text,
            body: Span::new(0, text.len()),
            title: None,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            warnings: Vec::new(),
        })
    }

    /// A span's text.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// A text span as offsets into the file as read.
    pub fn file_span(&self, span: Span) -> Span {
        if span.is_empty() {
            let at = self.offsets.to_file(span.start);
            return Span::new(at, at);
        }
        Span::new(
            self.offsets.to_file(span.start),
            self.offsets.to_file_end(span.end),
        )
    }

    /// Index of the sentence containing `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }
}

/// The first line of an undated article is a title when it is short, ends
/// without sentence punctuation, and more text follows. A dateline on the
/// first line is no title: the line after it may be.
fn find_title(text: &str, body: Span, dateline: Option<Span>) -> Option<Span> {
    let b = body.of(text);
    let lead = b.len() - b.trim_start().len();
    if let Some(d) = dateline {
        if d.start == body.start + lead {
            let rest = Span::new(d.end, body.end);
            let t = find_title(text, rest, None)?;
            // Only the line right below the dateline.
            let between = &text[d.end..t.start];
            return (between.matches('\n').count() <= 2
                && !text[d.start..d.end].contains('\n')
                && dateline_is_whole_line(text, d))
            .then_some(t);
        }
    }
    let start = body.start + lead;
    let rest = &text[start..body.end];
    let nl = rest.find('\n')?;
    let line = rest[..nl].trim_end();
    if line.is_empty() || line.len() > MAX_TITLE_BYTES || rest[nl..].trim().is_empty() {
        return None;
    }
    if line.ends_with(['.', '!', '?', ':', ';', ',', '"', '\u{201D}']) {
        return None;
    }
    Some(Span::new(start, start + line.len()))
}

/// Whether a dateline is a line of its own (not a wire dateline opening a paragraph).
fn dateline_is_whole_line(text: &str, d: Span) -> bool {
    text[d.end..].starts_with(['\n', '\r']) || d.end == text.len()
}

/// The language of a text that is clearly not English (whatlang, judged on
/// the first 4 KiB; short or mixed texts are given the benefit of the doubt).
fn foreign_language(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.split_whitespace().count() < 20 {
        return None;
    }
    let info = whatlang::detect(sample)?;
    (info.lang() != whatlang::Lang::Eng && info.is_reliable()).then(|| info.lang().eng_name())
}

/// A file is binary when its first 8 KiB hold a NUL byte, or many control
/// bytes that text never has.
fn binary_offset(bytes: &[u8]) -> Option<usize> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(i) = head.iter().position(|&b| b == 0) {
        return Some(i);
    }
    let controls: Vec<usize> = head
        .iter()
        .enumerate()
        .filter(|(_, &b)| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .map(|(i, _)| i)
        .collect();
    if !head.is_empty() && controls.len() * 10 > head.len() {
        return Some(controls[0]);
    }
    None
}

fn first_invalid(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn header_on_same_line_as_body() {
        let doc =
            Document::parse("a.txt", b" date 2025-11-07 The United States said.", None).unwrap();
        assert_eq!(doc.date, Some(d("2025-11-07")));
        assert_eq!(doc.date_source, DateSource::Header);
        assert_eq!(doc.slice(doc.body), "The United States said.");
        assert_eq!(doc.title, None);
    }

    #[test]
    fn header_on_its_own_line() {
        let doc = Document::parse("a.txt", b"date 2024-01-31\nBody here.", None).unwrap();
        assert_eq!(doc.date, Some(d("2024-01-31")));
        assert_eq!(doc.slice(doc.body).trim(), "Body here.");
    }

    #[test]
    fn malformed_header_is_reported_and_undated() {
        let doc = Document::parse("a.txt", b" date 2025-13-45 Text follows.", None).unwrap();
        assert_eq!(doc.date, None);
        assert_eq!(doc.date_source, DateSource::None);
        assert!(doc.warnings.iter().any(|w| w.contains("2025-13-45")));
        assert_eq!(doc.slice(doc.body), "Text follows.");
    }

    #[test]
    fn argument_date_used_only_without_header() {
        let doc = Document::parse("a.txt", b"No header here.", Some(d("2020-02-02"))).unwrap();
        assert_eq!(doc.date_source, DateSource::Argument);
        let doc = Document::parse("a.txt", b" date 2021-03-03 x.", Some(d("2020-02-02"))).unwrap();
        assert_eq!(doc.date, Some(d("2021-03-03")));
    }

    #[test]
    fn a_sentence_starting_with_the_word_date_is_not_a_header() {
        let doc = Document::parse("a.txt", b"date night is popular.", None).unwrap();
        assert_eq!(doc.header, None);
    }

    #[test]
    fn title_of_undated_article() {
        let doc =
            Document::parse("a.txt", "Storm hits coast\nThe storm hit.".as_bytes(), None).unwrap();
        assert_eq!(doc.title.map(|t| doc.slice(t)), Some("Storm hits coast"));
        let doc = Document::parse("a.txt", b"The storm hit the coast.\nMore.", None).unwrap();
        assert_eq!(doc.title, None);
        let doc = Document::parse("a.txt", b"Just one line", None).unwrap();
        assert_eq!(doc.title, None);
    }

    #[test]
    fn invalid_utf8_keeps_file_offsets() {
        // "caf\xe9 ok." in Latin-1
        let bytes = b"Le caf\xe9 est ouvert. Il pleut.";
        let doc = Document::parse("a.txt", bytes, None).unwrap();
        assert!(doc.text.contains('\u{FFFD}'));
        assert_eq!(doc.warnings.len(), 1);
        let i = doc.text.find("est").unwrap();
        let f = doc.offsets.to_file(i);
        assert_eq!(&bytes[f..f + 3], b"est");
        assert_eq!(doc.offsets.to_file(3), 3);
    }

    #[test]
    fn empty_and_binary_files_are_unreadable() {
        assert_eq!(
            Document::parse("a", b"", None).unwrap_err(),
            Unreadable::Empty
        );
        assert_eq!(
            Document::parse("a", b"  \n\n ", None).unwrap_err(),
            Unreadable::Empty
        );
        assert!(matches!(
            Document::parse("a", b"\x89PNG\r\n\x1a\n\0\0\0", None),
            Err(Unreadable::Binary { .. })
        ));
    }
}
