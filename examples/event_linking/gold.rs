//! The gold of one ECB+ article: its event mentions (the `ACTION_*` and
//! `NEG_ACTION_*` markables of the CAT XML) with their coreference chain,
//! placed on byte offsets of the article's plain text by aligning the XML's
//! tokens to the text in order.

use std::collections::HashMap;
use std::sync::OnceLock;

use claimdiff::model::Span;
use regex::Regex;

/// One gold event mention.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Where its tokens are in the plain text.
    pub span: Span,
    /// Its chain: the `CROSS_DOC_COREF` instance id, else a within-document
    /// chain or the mention alone (prefixed with the document's name).
    pub chain: String,
    /// The chain is shared across documents.
    pub cross: bool,
    /// Its tokens, lower-case, joined by spaces.
    pub text: String,
    /// ECB+ sentence number.
    pub sentence: u32,
}

/// The gold of one article, or a message naming what is wrong with the XML.
pub struct GoldDoc {
    pub mentions: Vec<Mention>,
    /// Tokens the alignment could not place in the text.
    pub unplaced: usize,
    /// Tokens of the text (the URL line the conversion dropped aside).
    pub tokens: usize,
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("pattern"))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
        .replace("&amp;", "&")
}

/// Reads the gold of `xml` (the file named `name`) and places it on `text`.
pub fn read(name: &str, xml: &str, text: &str) -> Result<GoldDoc, String> {
    static TOKEN: OnceLock<Regex> = OnceLock::new();
    static OPEN: OnceLock<Regex> = OnceLock::new();
    static ANCHOR: OnceLock<Regex> = OnceLock::new();
    static REL: OnceLock<Regex> = OnceLock::new();
    static SOURCE: OnceLock<Regex> = OnceLock::new();
    static TARGET: OnceLock<Regex> = OnceLock::new();
    static INSTANCE: OnceLock<Regex> = OnceLock::new();
    let token = re(
        &TOKEN,
        r#"<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)</token>"#,
    );
    let open = re(&OPEN, r#"<([A-Z_]+) m_id="(\d+)"([^>]*?)(/?)>"#);
    let anchor = re(&ANCHOR, r#"<token_anchor t_id="(\d+)""#);
    let rel = re(
        &REL,
        r#"(?s)<(CROSS_DOC_COREF|INTRA_DOC_COREF)[^>]*>(.*?)</(?:CROSS|INTRA)_DOC_COREF>"#,
    );
    let source = re(&SOURCE, r#"<source m_id="(\d+)""#);
    let target = re(&TARGET, r#"<target m_id="(\d+)""#);
    let instance = re(&INSTANCE, r#"instance_id="([^"]+)""#);

    // Tokens in document order, with the sentence each belongs to.
    let tokens: Vec<(u32, u32, String)> = token
        .captures_iter(xml)
        .map(|c| {
            (
                c[1].parse().unwrap_or(0),
                c[2].parse().unwrap_or(0),
                unescape(&c[3]),
            )
        })
        .collect();
    if tokens.is_empty() {
        return Err(format!("{name}: no <token> elements"));
    }
    let (places, dropped) = align(&tokens, text);
    let place_of: HashMap<u32, Option<Span>> = tokens
        .iter()
        .zip(&places)
        .map(|((id, _, _), p)| (*id, *p))
        .collect();
    let sentence_of: HashMap<u32, u32> = tokens.iter().map(|(id, s, _)| (*id, *s)).collect();
    let text_of: HashMap<u32, &str> = tokens.iter().map(|(id, _, t)| (*id, t.as_str())).collect();

    // Markables: event mentions with their tokens; instance elements (the
    // chains' targets) with their ids.
    let mut events: Vec<(String, Vec<u32>)> = Vec::new(); // (m_id, tokens)
    let mut instance_of: HashMap<String, String> = HashMap::new();
    for c in open.captures_iter(xml) {
        let (kind, m_id, attrs) = (&c[1], c[2].to_string(), &c[3]);
        if &c[4] == "/" {
            if let Some(i) = instance.captures(attrs) {
                instance_of.insert(m_id, i[1].to_string());
            }
            continue;
        }
        if !(kind.starts_with("ACTION_") || kind.starts_with("NEG_ACTION_")) {
            continue;
        }
        let end = c.get(0).map_or(0, |m| m.end());
        let body = &xml[end..end + xml[end..].find("</").unwrap_or(0)];
        let ids: Vec<u32> = anchor
            .captures_iter(body)
            .filter_map(|a| a[1].parse().ok())
            .collect();
        if !ids.is_empty() {
            events.push((m_id, ids));
        }
    }
    // Chains: a cross-document chain wins over a within-document one.
    let mut chain_of: HashMap<String, (String, bool)> = HashMap::new();
    for c in rel.captures_iter(xml) {
        let cross = &c[1] == "CROSS_DOC_COREF";
        let Some(t) = target.captures(&c[2]) else {
            continue;
        };
        let chain = if cross {
            instance_of
                .get(&t[1])
                .cloned()
                .unwrap_or_else(|| format!("{name}#{}", &t[1]))
        } else {
            format!("{name}#{}", &t[1])
        };
        for s in source.captures_iter(&c[2]) {
            let e = chain_of
                .entry(s[1].to_string())
                .or_insert((chain.clone(), cross));
            if cross && !e.1 {
                *e = (chain.clone(), true);
            }
        }
    }

    let mut mentions = Vec::new();
    for (m_id, ids) in events {
        let spans: Vec<Span> = ids
            .iter()
            .filter_map(|i| place_of.get(i).copied().flatten())
            .collect();
        let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
            continue;
        };
        let (chain, cross) = chain_of
            .get(&m_id)
            .cloned()
            .unwrap_or_else(|| (format!("{name}#{m_id}"), false));
        let words: Vec<String> = ids
            .iter()
            .filter_map(|i| text_of.get(i).map(|t| t.to_lowercase()))
            .collect();
        mentions.push(Mention {
            span: Span::new(first.start.min(last.start), first.end.max(last.end)),
            chain,
            cross,
            text: words.join(" "),
            sentence: sentence_of.get(&ids[0]).copied().unwrap_or(0),
        });
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    Ok(GoldDoc {
        mentions,
        unplaced: places.iter().filter(|p| p.is_none()).count() - dropped,
        tokens: tokens.len() - dropped,
    })
}

/// How far past the last placed token the next one may be looked for: a
/// token the text lost (a URL line the conversion dropped) must not match a
/// word much further on.
const WINDOW: usize = 80;

/// Places each token on the text, in order; also says how many tokens are
/// of sentences the conversion dropped.
fn align(tokens: &[(u32, u32, String)], text: &str) -> (Vec<Option<Span>>, usize) {
    // The conversion dropped sentences that open with a URL.
    let mut dropped: Vec<u32> = Vec::new();
    let mut seen = None;
    for (_, s, t) in tokens {
        if seen != Some(*s) {
            seen = Some(*s);
            if t.starts_with("http") {
                dropped.push(*s);
            }
        }
    }
    let mut cursor = 0;
    let places = tokens
        .iter()
        .map(|(_, s, t)| {
            if dropped.contains(s) || t.trim().is_empty() {
                return None;
            }
            let mut limit = (cursor + WINDOW + t.len()).min(text.len());
            while !text.is_char_boundary(limit) {
                limit += 1;
            }
            let at = text[cursor..limit].find(t.trim())? + cursor;
            let span = Span::new(at, at + t.trim().len());
            cursor = span.end;
            Some(span)
        })
        .collect();
    let lost = tokens
        .iter()
        .filter(|(_, s, _)| dropped.contains(s))
        .count();
    (places, lost)
}
