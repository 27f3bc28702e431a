//! An HTML page read as its article's text: the `<article>` element (or the
//! element marked `itemprop="articleBody"`, `<main>`, `<body>`), without
//! navigation, scripts, styles, forms, asides, figures or the page's own
//! header and footer. Block elements become paragraphs; entities are decoded
//! and white space is read as single spaces, each piece of text keeping its
//! place in the file. The publication date comes from the page's metadata
//! (`article:published_time`, `datePublished`, `<time datetime>`). Parsed with
//! the `tl` crate.

use chrono::NaiveDate;

use super::{entity, markdown, Projection};

/// A page read as text.
pub struct Page {
    pub projection: Projection,
    /// The publication date its metadata gives.
    pub date: Option<NaiveDate>,
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "nav", "aside", "form", "button", "svg", "iframe", "template",
    "figure", "select", "textarea", "label", "input", "head", "title", "object", "canvas", "video",
    "audio", "menu", "dialog",
];

/// Elements that hold the page's own furniture when they are outside the article.
const FURNITURE: &[&str] = &["header", "footer"];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "br",
    "tr",
    "table",
    "pre",
    "dd",
    "dt",
    "dl",
    "hr",
    "main",
    "address",
    "figcaption",
    "body",
    "html",
];

/// Metadata that gives the publication date, in order of preference.
const DATE_META: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
];

/// Reads `src[start..]` (after a BOM, if any) as an HTML page.
pub fn project(src: &str, start: usize) -> Page {
    // Script and style bodies are blanked (same length, so offsets hold)
    // before parsing: their "<" and "</div>" must not be read as markup.
    let blanked = blank_raw_text(&src[start..]);
    let mut projection = Projection::default();
    let Ok(dom) = tl::parse(&blanked, tl::ParserOptions::default()) else {
        return Page {
            projection,
            date: None,
        };
    };
    let parser = dom.parser();
    let base = blanked.as_ptr() as usize;
    let date = meta_date(&dom);

    let tag_named = |names: &[&str], attr: Option<(&str, &str)>| -> Option<tl::NodeHandle> {
        dom.nodes().iter().enumerate().find_map(|(i, n)| {
            let t = n.as_tag()?;
            let name = t.name().as_utf8_str().to_ascii_lowercase();
            let ok = match attr {
                Some((k, v)) => t
                    .attributes()
                    .get(k)
                    .flatten()
                    .is_some_and(|x| x.as_utf8_str().eq_ignore_ascii_case(v)),
                None => names.contains(&name.as_str()),
            };
            ok.then(|| tl::NodeHandle::new(i as u32))
        })
    };
    let root = tag_named(&["article"], None)
        .or_else(|| tag_named(&[], Some(("itemprop", "articleBody"))))
        .or_else(|| tag_named(&["main"], None))
        .or_else(|| tag_named(&["body"], None));
    let in_article = root.is_some_and(|h| {
        h.get(parser)
            .and_then(|n| n.as_tag())
            .is_some_and(|t| t.name().as_utf8_str().eq_ignore_ascii_case("article"))
    });
    let mut walker = Walker {
        src,
        start,
        base,
        parser,
        out: &mut projection,
        keep_furniture: in_article,
    };
    match root {
        Some(h) => walker.walk(&[h]),
        None => walker.walk(dom.children()),
    }
    Page { projection, date }
}

struct Walker<'a, 'p, 'buf> {
    src: &'a str,
    start: usize,
    base: usize,
    parser: &'p tl::Parser<'buf>,
    out: &'a mut Projection,
    keep_furniture: bool,
}

impl Walker<'_, '_, '_> {
    /// Reads the elements below `roots`, in document order. The walk keeps
    /// its own stack, so that no nesting depth can overflow the thread's.
    fn walk(&mut self, roots: &[tl::NodeHandle]) {
        enum Step {
            Enter(tl::NodeHandle),
            /// A block element ends at this offset.
            Leave(usize),
        }
        let mut stack: Vec<Step> = roots.iter().rev().map(|h| Step::Enter(*h)).collect();
        while let Some(step) = stack.pop() {
            let h = match step {
                Step::Leave(end) => {
                    self.out.paragraph_break(end);
                    continue;
                }
                Step::Enter(h) => h,
            };
            let Some(node) = h.get(self.parser) else {
                continue;
            };
            match node {
                tl::Node::Tag(t) => {
                    let name = t.name().as_utf8_str().to_ascii_lowercase();
                    if SKIP.contains(&name.as_str())
                        || (!self.keep_furniture && FURNITURE.contains(&name.as_str()))
                        || t.attributes().get("hidden").is_some()
                        || t.attributes()
                            .get("aria-hidden")
                            .flatten()
                            .is_some_and(|v| v.as_utf8_str() == "true")
                    {
                        continue;
                    }
                    if BLOCKS.contains(&name.as_str()) {
                        let at = self.offset_of(t.raw().as_bytes());
                        self.out.paragraph_break(at.unwrap_or(0));
                        stack.push(Step::Leave(at.map_or(0, |a| a + t.raw().as_bytes().len())));
                    }
                    let children: Vec<tl::NodeHandle> =
                        t.children().top().iter().copied().collect();
                    stack.extend(children.into_iter().rev().map(Step::Enter));
                }
                tl::Node::Raw(b) => {
                    if let Some(a) = self.offset_of(b.as_bytes()) {
                        self.text(a, a + b.as_bytes().len());
                    }
                }
                tl::Node::Comment(_) => {}
            }
        }
    }

    /// Where bytes the parser handed out lie in the file.
    fn offset_of(&self, bytes: &[u8]) -> Option<usize> {
        let p = bytes.as_ptr() as usize;
        let len = self.src.len() - self.start;
        (p >= self.base && p + bytes.len() <= self.base + len).then(|| self.start + p - self.base)
    }

    /// Appends `src[a..b]`, a text node: entities decoded, runs of white
    /// space read as one space, none at a paragraph's start.
    fn text(&mut self, a: usize, b: usize) {
        let src = self.src;
        let s = &src[a..b];
        let mut run = a; // start of the verbatim run not yet appended
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let at = a + i;
            if c.is_whitespace() {
                self.out.keep(src, run, at);
                let mut end = at + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if !d.is_whitespace() {
                        break;
                    }
                    end = a + j + d.len_utf8();
                    iter.next();
                }
                let t = &self.out.text;
                if !(t.is_empty() || t.ends_with(['\n', ' '])) {
                    if c == ' ' {
                        self.out.keep(src, at, at + 1);
                    } else {
                        self.out.replace(" ", at, at + c.len_utf8());
                    }
                }
                run = end;
            } else if c == '&' {
                if let Some((ch, len)) = entity(&s[i..]) {
                    self.out.keep(src, run, at);
                    let mut buf = [0u8; 4];
                    let r = if ch == '\u{A0}' || ch.is_whitespace() {
                        " "
                    } else {
                        ch.encode_utf8(&mut buf)
                    };
                    if r != " " || !self.out.text.ends_with(['\n', ' ']) {
                        self.out.replace(r, at, at + len);
                    }
                    for _ in 1..len {
                        iter.next();
                    }
                    run = at + len;
                }
            }
        }
        self.out.keep(src, run, b);
    }
}

/// The page's publication date from its metadata.
fn meta_date(dom: &tl::VDom) -> Option<NaiveDate> {
    let mut best: Option<(usize, NaiveDate)> = None;
    let mut time_date: Option<NaiveDate> = None;
    for n in dom.nodes() {
        let Some(t) = n.as_tag() else { continue };
        let name = t.name().as_utf8_str().to_ascii_lowercase();
        let attr = |k: &str| {
            t.attributes()
                .get(k)
                .flatten()
                .map(|v| v.as_utf8_str().into_owned())
        };
        if name == "meta" {
            let key = attr("property")
                .or_else(|| attr("name"))
                .or_else(|| attr("itemprop"))
                .map(|k| k.to_ascii_lowercase());
            let (Some(key), Some(content)) = (key, attr("content")) else {
                continue;
            };
            if let Some(rank) = DATE_META.iter().position(|k| *k == key) {
                if let Ok(d) = markdown::parse_date(&content) {
                    if best.is_none_or(|b| rank < b.0) {
                        best = Some((rank, d));
                    }
                }
            }
        } else if name == "time" && time_date.is_none() {
            let published =
                attr("itemprop").is_none_or(|v| v.eq_ignore_ascii_case("datePublished"));
            if let (true, Some(v)) = (published, attr("datetime")) {
                time_date = markdown::parse_date(&v).ok();
            }
        }
    }
    best.map(|b| b.1).or(time_date)
}

/// `s` with the bodies of `<script>` and `<style>` elements and of comments
/// replaced by spaces, byte for byte.
fn blank_raw_text(s: &str) -> String {
    let mut out = s.as_bytes().to_vec();
    let lower = s.to_ascii_lowercase();
    for (open, close) in [
        ("<script", "</script"),
        ("<style", "</style"),
        ("<!--", "-->"),
    ] {
        let mut pos = 0;
        while let Some(i) = lower[pos..].find(open) {
            let body = match open {
                "<!--" => pos + i + open.len(),
                _ => match lower[pos + i..].find('>') {
                    Some(j) => pos + i + j + 1,
                    None => break,
                },
            };
            let end = lower[body..].find(close).map_or(s.len(), |j| body + j);
            for b in &mut out[body..end] {
                // Keep line breaks and the bytes of multi-byte characters'
                // lead positions valid: blank ASCII only, and whole characters.
                if b.is_ascii() {
                    *b = b' ';
                }
            }
            pos = end.max(body);
            if pos >= s.len() {
                break;
            }
        }
    }
    // Non-ASCII bytes inside the blanked bodies were kept: still valid UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_furniture() {
        let src = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Site | Quake</title>
<meta property="article:published_time" content="2024-03-09T08:00:00+00:00">
<script>var a = 1 < 2; document.write("</div>");</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Quake hits &amp; shakes</h1>
<p>A strong
   earthquake struck on Saturday, officials&nbsp;said.</p><!-- ad --><aside>Read more</aside>
<p>It&#8217;s the second this year.</p></article><footer>© Site</footer></body></html>"#;
        let page = project(src, 0);
        assert_eq!(
            page.projection.text,
            "Quake hits & shakes\n\nA strong earthquake struck on Saturday, officials said.\n\nIt\u{2019}s the second this year.\n\n"
        );
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2024, 3, 9));
        let p = &page.projection;
        let i = p.text.find("earthquake").unwrap();
        assert_eq!(&src[p.to_src(i)..p.to_src_end(i + 10)], "earthquake");
        let i = p.text.find("officials said.").unwrap();
        assert_eq!(
            &src[p.to_src(i)..p.to_src_end(i + 15)],
            "officials&nbsp;said."
        );
    }

    #[test]
    fn without_article_the_body_is_read_and_time_gives_the_date() {
        let src = "<html><body><header>Site menu</header><p>Text <time datetime=\"2023-05-02\">May 2</time> here.</p></body></html>";
        let page = project(src, 0);
        assert_eq!(page.projection.text, "Text May 2 here.\n\n");
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2023, 5, 2));
    }

    #[test]
    fn no_text_and_odd_markup_do_not_panic() {
        for src in [
            "<html></html>",
            "<",
            "<p",
            "<<<>>>",
            "<script>",
            "&#xFFFFFF;",
            "<p>é</p><script>é</script>",
        ] {
            let _ = project(src, 0);
        }
        assert_eq!(
            project("<html><script>x</script></html>", 0)
                .projection
                .text,
            ""
        );
    }
}
