//! What articles are saved as: plain text, Markdown, HTML. Each format is read
//! into plain text for the pipeline, made of pieces of the file, with a map
//! back to the file's bytes ([`Projection`]); and the publication date is read
//! where each format carries it (front matter, page metadata, a dateline).

pub mod dateline;
pub mod html;
pub mod markdown;

/// The kind of file an article is, from its name, or from its first bytes
/// when the name does not say (standard input, an unknown ending).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    pub fn detect(path: &str, text: &str) -> Format {
        let ext = std::path::Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("txt") => Format::Text,
            _ => {
                let head: String = text
                    .trim_start_matches('\u{FEFF}')
                    .trim_start()
                    .chars()
                    .take(15)
                    .collect::<String>()
                    .to_ascii_lowercase();
                if head.starts_with("<!doctype html") || head.starts_with("<html") {
                    Format::Html
                } else {
                    Format::Text
                }
            }
        }
    }
}

/// One stretch of the projected text and the stretch of the source it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Start in the projected text.
    pub text: usize,
    pub text_len: usize,
    /// Start in the source.
    pub src: usize,
    pub src_len: usize,
    /// The text is the source's bytes unchanged (otherwise it replaces them:
    /// an entity, a line break read as a space, a paragraph break between blocks).
    pub verbatim: bool,
}

/// Text built from pieces of a source, with the way back.
#[derive(Clone, Debug, Default)]
pub struct Projection {
    pub text: String,
    pub pieces: Vec<Piece>,
}

impl Projection {
    /// Appends `src[start..end]` unchanged.
    pub fn keep(&mut self, src: &str, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let text = self.text.len();
        self.text.push_str(&src[start..end]);
        if let Some(last) = self.pieces.last_mut() {
            if last.verbatim && last.src + last.src_len == start {
                last.text_len += end - start;
                last.src_len += end - start;
                return;
            }
        }
        self.pieces.push(Piece {
            text,
            text_len: end - start,
            src: start,
            src_len: end - start,
            verbatim: true,
        });
    }

    /// Appends `s`, which stands for `src[start..end]` (possibly empty).
    pub fn replace(&mut self, s: &str, start: usize, end: usize) {
        if s.is_empty() {
            return;
        }
        let text = self.text.len();
        self.text.push_str(s);
        self.pieces.push(Piece {
            text,
            text_len: s.len(),
            src: start,
            src_len: end - start,
            verbatim: false,
        });
    }

    /// Ends the text with a paragraph break standing at `at` in the source,
    /// unless it already ends with one or is empty.
    pub fn paragraph_break(&mut self, at: usize) {
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        if self.text.ends_with('\n') {
            self.replace("\n", at, at);
        } else {
            self.replace("\n\n", at, at);
        }
    }

    /// Where a text offset starts in the source.
    pub fn to_src(&self, x: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.text <= x);
        if i == 0 {
            return x;
        }
        let p = self.pieces[i - 1];
        p.src + (x - p.text).min(p.src_len)
    }

    /// Where a text offset that ends a span ends in the source: the end of
    /// the piece before it, not the start of the next one (so that
    /// `**Netanyahu**` gives the name's own bytes).
    pub fn to_src_end(&self, x: usize) -> usize {
        if x == 0 {
            return self.pieces.first().map_or(0, |p| p.src);
        }
        let i = self.pieces.partition_point(|p| p.text < x);
        if i == 0 {
            return x;
        }
        let p = self.pieces[i - 1];
        if !p.verbatim && x == p.text + p.text_len {
            return p.src + p.src_len;
        }
        p.src + (x - p.text).min(p.src_len)
    }
}

/// Decodes the HTML character references a text holds ("&amp;", "&#8217;").
/// Returns the character and the reference's length in bytes.
pub fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let n = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse().ok()?
        };
        char::from_u32(n)?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "rsquo" => '\u{2019}',
            "lsquo" => '\u{2018}',
            "rdquo" => '\u{201D}',
            "ldquo" => '\u{201C}',
            "mdash" => '\u{2014}',
            "ndash" => '\u{2013}',
            "hellip" => '\u{2026}',
            "eacute" => 'é',
            "copy" => '©',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_map_to_the_piece_before_a_gap() {
        let src = "**Netanyahu** said";
        let mut p = Projection::default();
        p.keep(src, 2, 11);
        p.keep(src, 13, src.len());
        assert_eq!(p.text, "Netanyahu said");
        assert_eq!(p.to_src(0), 2);
        assert_eq!(p.to_src_end(9), 11);
        assert_eq!(p.to_src(9), 13);
        assert_eq!(p.to_src_end(p.text.len()), src.len());
    }

    #[test]
    fn replacements_cover_their_source() {
        let src = "a &amp; b";
        let mut p = Projection::default();
        p.keep(src, 0, 2);
        p.replace("&", 2, 7);
        p.keep(src, 7, 9);
        assert_eq!(p.text, "a & b");
        assert_eq!(p.to_src_end(3), 7);
        assert_eq!(p.to_src(3), 7);
        assert_eq!(p.to_src(2), 2);
    }

    #[test]
    fn format_from_name_or_content() {
        assert_eq!(Format::detect("a.md", ""), Format::Markdown);
        assert_eq!(Format::detect("a.HTM", ""), Format::Html);
        assert_eq!(Format::detect("-", "\u{FEFF}<!DOCTYPE html>"), Format::Html);
        assert_eq!(Format::detect("a.txt", "<!DOCTYPE html>"), Format::Text);
        assert_eq!(Format::detect("-", "The <b> tag"), Format::Text);
    }

    #[test]
    fn entities() {
        assert_eq!(entity("&amp; x"), Some(('&', 5)));
        assert_eq!(entity("&#8217;s"), Some(('\u{2019}', 7)));
        assert_eq!(entity("&#x2019;"), Some(('\u{2019}', 8)));
        assert_eq!(entity("& b;"), None);
        assert_eq!(entity("&unknown;"), None);
    }
}
