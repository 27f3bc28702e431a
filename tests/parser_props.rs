//! Property tests: `Document::parse` never panics and always yields spans
//! that downstream stages can slice safely.

use claimdiff::document::Document;
use proptest::prelude::*;

/// Checks every structural promise a parsed document makes.
fn check(bytes: &[u8]) {
    let Ok(doc) = Document::parse("prop.txt", bytes, None) else {
        return;
    };
    let text = &doc.text;
    let in_text = |s: claimdiff::model::Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    assert!(doc.body.start <= doc.body.end && doc.body.end <= text.len());
    assert!(text.is_char_boundary(doc.body.start));

    let mut prev = doc.body.start;
    for &p in &doc.paragraphs {
        assert!(in_text(p), "bad paragraph {p:?}");
        assert!(doc.body.contains(p), "paragraph {p:?} outside body");
        assert!(
            p.start >= prev,
            "paragraphs overlap or out of order at {p:?}"
        );
        prev = p.end;
    }

    let mut prev = 0;
    for &s in &doc.sentences {
        assert!(in_text(s), "bad sentence {s:?}");
        assert!(
            s.start >= prev,
            "sentences overlap or out of order at {s:?}"
        );
        assert!(
            doc.paragraphs.iter().any(|p| p.contains(s)),
            "sentence {s:?} outside every paragraph"
        );
        assert!(!doc.slice(s).trim().is_empty());
        prev = s.end;
    }

    for x in [0, doc.body.start, doc.body.end, text.len()] {
        assert!(doc.offsets.to_file(x) <= bytes.len());
    }
    for s in doc.sentences.iter().chain(&doc.paragraphs) {
        let f = doc.file_span(*s);
        assert!(f.start <= f.end && f.end <= bytes.len());
    }
}

/// A string strategy compiled once (a `&str` strategy re-parses its regex for
/// every value, which makes the test slow).
fn regex(re: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(re).expect("valid test regex")
}

/// Text made of the pieces that stress a splitter: abbreviations, quotes,
/// ellipses, dots, newlines, multibyte characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("Jan.".to_string()),
        Just("No.".to_string()),
        Just("Inc.".to_string()),
        Just("a.m.".to_string()),
        Just("J.".to_string()),
        Just("3.5".to_string()),
        Just(".".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("?".to_string()),
        Just("!".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’".to_string()),
        Just(" — ".to_string()),
        Just(" -- ".to_string()),
        Just(";".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("\u{a0}".to_string()),
        Just("é".to_string()),
        Just("日本".to_string()),
        Just("\u{FFFD}".to_string()),
        regex("[a-zA-Z0-9]{1,8}"),
        regex("\\PC{1,3}"),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(" date 2025-11-07 ".to_string()),
        Just("date 2024-02-29\n".to_string()),
        Just(" date 2025-13-45 ".to_string()),
        Just("date 1".to_string()),
        regex("( )?date [0-9:/.-]{0,12}( )?"),
    ]
}

proptest! {
    // XorShift: the default ChaCha generator dominates the run time in debug
    // builds, and these properties need variety, not cryptographic quality.
    #![proptest_config(ProptestConfig {
        cases: 256,
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_parse_safely(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }

    #[test]
    fn arbitrary_strings_parse_safely(s in "\\PC{0,300}") {
        check(s.as_bytes());
    }

    #[test]
    fn newswire_like_text_parses_safely(h in header(), body in newsy()) {
        check(format!("{h}{body}").as_bytes());
    }

    #[test]
    fn text_with_invalid_utf8_parses_safely(
        h in header(),
        body in newsy(),
        junk in proptest::collection::vec(0x80u8..=0xff, 1..4),
        at in any::<prop::sample::Index>(),
    ) {
        let mut bytes = format!("{h}{body}").into_bytes();
        let i = at.index(bytes.len() + 1);
        bytes.splice(i..i, junk);
        check(&bytes);
    }
}

#[test]
fn long_line_without_punctuation_is_capped() {
    let text = format!(" date 2025-01-02 {}", "lorem ipsum ".repeat(2000));
    let doc = Document::parse("long.txt", text.as_bytes(), None).unwrap();
    assert!(doc.sentences.len() >= 10);
    assert!(doc
        .sentences
        .iter()
        .all(|s| s.len() <= claimdiff::segment::MAX_SENTENCE_BYTES));
    check(text.as_bytes());
}
