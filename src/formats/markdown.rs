//! Markdown read as the text a reader sees: front matter set aside (its
//! `date:` kept as the publication date), headings, emphasis, links, block
//! quotes and list markers without their syntax, each paragraph one line of
//! text. Parsed with `pulldown-cmark`; every piece of text keeps its place in
//! the file.

use chrono::NaiveDate;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{dateline, Projection};

/// A Markdown file read as text.
pub struct Markdown {
    pub projection: Projection,
    /// The front matter's date: a date, or the value that is not one.
    pub date: Option<Result<NaiveDate, String>>,
}

/// Keys of a front matter that give the publication date, in order of preference.
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "pubdate",
    "publishdate",
    "publish_date",
    "date_published",
    "datepublished",
    "created",
];

/// Reads `src[start..]` (after a BOM, if any) as Markdown.
pub fn project(src: &str, start: usize) -> Markdown {
    let mut projection = Projection::default();
    let (body_start, date) = match front_matter(src, start) {
        Some((end, date)) => (end, date),
        None => (start, None),
    };
    let body = &src[body_start..];
    let mut skip = 0usize; // inside an image, a code block or raw HTML
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        let (a, b) = (body_start + range.start, body_start + range.end);
        match event {
            Event::Start(Tag::Image { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::Image) => skip = skip.saturating_sub(1),
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1);
                projection.paragraph_break(b);
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::TableRow
                | TagEnd::TableHead,
            )
            | Event::Rule => projection.paragraph_break(b),
            Event::Text(t) if skip == 0 => {
                if src.get(a..b) == Some(&*t) {
                    projection.keep(src, a, b);
                } else {
                    projection.replace(&t, a, b);
                }
            }
            Event::Code(t) if skip == 0 => match src[a..b].find(&*t) {
                Some(i) => projection.keep(src, a + i, a + i + t.len()),
                None => projection.replace(&t, a, b),
            },
            Event::SoftBreak | Event::HardBreak if skip == 0 && !projection.text.ends_with(' ') => {
                projection.replace(" ", a, b);
            }
            _ => {}
        }
    }
    Markdown { projection, date }
}

/// A YAML front matter block (`---` lines around `key: value` lines) at the
/// start: where the body begins, and the date it gives.
fn front_matter(src: &str, start: usize) -> Option<(usize, Option<Result<NaiveDate, String>>)> {
    let rest = &src[start..];
    let first = rest.lines().next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut pos = start + first.len() + line_end(&rest[first.len()..]);
    let mut found: Option<(usize, Result<NaiveDate, String>)> = None;
    while pos < src.len() {
        let line = src[pos..].lines().next().unwrap_or("");
        let next = pos + line.len() + line_end(&src[pos + line.len()..]);
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return Some((next, found.map(|f| f.1)));
        }
        if let Some((key, value)) = line.split_once(':') {
            let key = key.trim().to_ascii_lowercase();
            if let Some(rank) = DATE_KEYS.iter().position(|k| *k == key) {
                if found.as_ref().is_none_or(|f| rank < f.0) {
                    found = Some((rank, parse_date(value)));
                }
            }
        }
        pos = next;
    }
    // No closing line: not front matter after all.
    None
}

fn line_end(s: &str) -> usize {
    if s.starts_with("\r\n") {
        2
    } else if s.starts_with('\n') {
        1
    } else {
        0
    }
}

/// A front matter value read as a date: ISO first ("2025-11-07",
/// "2025-11-07T08:00:00Z", quoted or not), then a written date ("March 3, 2013").
pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    let v = value.trim().trim_matches(['"', '\'']).trim();
    if let Some(d) = v
        .get(..10)
        .and_then(|h| NaiveDate::parse_from_str(h, "%Y-%m-%d").ok())
    {
        let next = v[10..].chars().next();
        if next.is_none_or(|c| matches!(c, 'T' | 't' | ' ')) {
            return Ok(d);
        }
    }
    dateline::full_date(v).ok_or_else(|| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(src: &str) -> String {
        project(src, 0).projection.text
    }

    #[test]
    fn syntax_is_set_aside() {
        assert_eq!(
            text("# Talks stall\n\n**Netanyahu** met [the envoy](http://x.org) in *Cairo*.\n"),
            "Talks stall\n\nNetanyahu met the envoy in Cairo.\n\n"
        );
        assert_eq!(
            text("> He said it was over,\n> and left.\n\n- one\n- two\n"),
            "He said it was over, and left.\n\none\n\ntwo\n\n"
        );
        assert_eq!(
            text("Plain *text* with ![a chart](c.png) an image."),
            "Plain text with  an image.\n\n"
        );
    }

    #[test]
    fn pieces_point_into_the_file() {
        let src = "Intro\n\n**Netanyahu** said";
        let p = project(src, 0).projection;
        let i = p.text.find("Netanyahu").unwrap();
        assert_eq!(&src[p.to_src(i)..p.to_src_end(i + 9)], "Netanyahu");
    }

    #[test]
    fn front_matter_gives_the_date_and_no_title() {
        let src = "---\ntitle: \"Quake\"\ndate: 2024-03-09T10:00:00Z\n---\n# Quake hits\n\nText.\n";
        let md = project(src, 0);
        assert_eq!(
            md.date,
            Some(Ok(NaiveDate::from_ymd_opt(2024, 3, 9).unwrap()))
        );
        assert!(md.projection.text.starts_with("Quake hits\n\n"));
        let md = project("---\ndate: soon\n---\nText.", 0);
        assert_eq!(md.date, Some(Err("soon".into())));
        let md = project("---\nauthor: x\n---\nText.", 0);
        assert_eq!(md.date, None);
        assert_eq!(md.projection.text, "Text.\n\n");
        // A rule with no closing line is no front matter.
        let md = project("---\nText date: 2020-01-01 here.", 0);
        assert_eq!(md.date, None);
    }

    #[test]
    fn written_front_matter_dates() {
        assert_eq!(
            parse_date(" March 3, 2013"),
            Ok(NaiveDate::from_ymd_opt(2013, 3, 3).unwrap())
        );
        assert_eq!(
            parse_date("'2013-03-03'"),
            Ok(NaiveDate::from_ymd_opt(2013, 3, 3).unwrap())
        );
        assert!(parse_date("2013-03-033").is_err());
    }
}
