//! Paragraph and sentence segmentation of newswire text, with byte offsets.
//!
//! (Placeholder: splits paragraphs on newlines and sentences on ". ".
//! The real splitter replaces this.)

use crate::model::Span;

/// Paragraphs of `body`: runs of text separated by one or more newlines,
/// trimmed of surrounding whitespace.
pub fn paragraphs(text: &str, body: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = body.start;
    for line in body.of(text).split_inclusive('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        if end > start {
            out.push(Span::new(start, end));
        }
        pos += line.len();
    }
    out
}

/// Sentences of one paragraph.
pub fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let p = paragraph.of(text);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in p.match_indices(". ") {
        out.push(Span::new(paragraph.start + start, paragraph.start + i + 1));
        start = i + 2;
    }
    if start < p.len() {
        out.push(Span::new(paragraph.start + start, paragraph.end));
    }
    out
}
