//! Behaviour of the paragraph and sentence splitter on phrasings written for
//! these tests (not taken from the fixtures).

use claimdiff::model::Span;
use claimdiff::segment;

/// Checks the invariants every span list must keep, and returns the texts.
fn checked<'a>(text: &'a str, outer: Span, spans: &[Span]) -> Vec<&'a str> {
    let mut prev_end = outer.start;
    for s in spans {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(outer.contains(*s), "{s:?} outside {outer:?}");
        assert!(s.start >= prev_end, "overlap or disorder at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let t = s.of(text);
        assert_eq!(t, t.trim(), "span {s:?} not trimmed: {t:?}");
        prev_end = s.end;
    }
    spans.iter().map(|s| s.of(text)).collect()
}

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

/// Sentences of a one-paragraph text.
fn sents(text: &str) -> Vec<&str> {
    let spans = segment::sentences(text, whole(text));
    checked(text, whole(text), &spans)
}

fn paras(text: &str) -> Vec<&str> {
    let spans = segment::paragraphs(text, whole(text));
    checked(text, whole(text), &spans)
}

/// Asserts `text` is one sentence.
fn one(text: &str) {
    assert_eq!(sents(text), vec![text], "should be one sentence");
}

// ---------------------------------------------------------------- paragraphs

#[test]
fn paragraphs_separated_by_blank_lines() {
    let t = "First para here.\n\nSecond one, longer.\n\n\nThird.";
    assert_eq!(
        paras(t),
        vec!["First para here.", "Second one, longer.", "Third."]
    );
    // Blank lines holding spaces, and CRLF line ends.
    let t = "  Alpha beta.  \r\n \t \r\nGamma delta.\r\n";
    assert_eq!(paras(t), vec!["Alpha beta.", "Gamma delta."]);
}

#[test]
fn paragraphs_separated_by_single_newlines() {
    let t = "Headline without stop\nThe mayor spoke on Monday.\nCrowds gathered outside.\n";
    assert_eq!(
        paras(t),
        vec![
            "Headline without stop",
            "The mayor spoke on Monday.",
            "Crowds gathered outside."
        ]
    );
    let t = "One.\rTwo.\nThree.";
    assert_eq!(paras(t), vec!["One.", "Two.", "Three."]);
}

#[test]
fn mixed_paragraph_styles() {
    let t = "A storm hit.\n\nRoads closed.\nSchools shut.\n\n\nPower returned.";
    assert_eq!(
        paras(t),
        vec![
            "A storm hit.",
            "Roads closed.",
            "Schools shut.",
            "Power returned."
        ]
    );
}

#[test]
fn wrapped_line_starting_lowercase_continues_the_paragraph() {
    let t =
        "The council voted on the plan\nto widen the road, officials said.\nA second vote follows.";
    assert_eq!(
        paras(t),
        vec![
            "The council voted on the plan\nto widen the road, officials said.",
            "A second vote follows."
        ]
    );
    // ... but not after a line that ends a sentence, nor before a
    // camel-case name.
    let t = "Sales rose in March.\neBay shares fell.\nThe index was flat,\niPhone makers said.";
    assert_eq!(
        paras(t),
        vec![
            "Sales rose in March.",
            "eBay shares fell.",
            "The index was flat,",
            "iPhone makers said."
        ]
    );
    // ... and not across a blank line.
    let t = "Items listed below:\n\nbread, milk and eggs.";
    assert_eq!(
        paras(t),
        vec!["Items listed below:", "bread, milk and eggs."]
    );
}

#[test]
fn paragraphs_respect_the_body_span() {
    let t = " date 2024-05-06 Opening line.\n\nNext one.";
    let body = Span::new(17, t.len());
    let spans = segment::paragraphs(t, body);
    assert_eq!(checked(t, body, &spans), vec!["Opening line.", "Next one."]);
}

#[test]
fn whitespace_only_body_has_no_paragraphs() {
    assert!(paras(" \n\n\t\r\n ").is_empty());
    assert!(paras("").is_empty());
}

#[test]
fn bad_spans_do_not_panic() {
    let t = "caf\u{e9} au lait.";
    // 4 is inside the two-byte é; 99 is past the end.
    assert!(segment::paragraphs(t, Span::new(4, t.len())).is_empty());
    assert!(segment::sentences(t, Span::new(0, 99)).is_empty());
    assert!(segment::sentences(t, Span::new(5, 2)).is_empty());
}

// ------------------------------------------------------------ plain splits

#[test]
fn splits_on_full_stops_question_and_exclamation_marks() {
    assert_eq!(
        sents("Rain fell. Rivers rose! Will it stop? Nobody knows."),
        vec![
            "Rain fell.",
            "Rivers rose!",
            "Will it stop?",
            "Nobody knows."
        ]
    );
    assert_eq!(
        sents("Really?! Yes. Wow!!! Fine."),
        vec!["Really?!", "Yes.", "Wow!!!", "Fine."]
    );
}

#[test]
fn splits_before_a_number_after_an_ordinary_word() {
    assert_eq!(
        sents("The blast killed 85 people in 1994. 20 more died later."),
        vec!["The blast killed 85 people in 1994.", "20 more died later."]
    );
}

#[test]
fn no_split_without_whitespace_after_the_stop() {
    one("Visit example.com today and see file.txt for details.");
    one("The U.S.-led coalition and the U.N.-backed plan met.");
}

// ------------------------------------------------------------ abbreviations

#[test]
fn dotted_country_abbreviations_mid_sentence() {
    one("The U.S. military moved ships near the coast.");
    one("A U.N. envoy arrived in the capital on Monday.");
    one("Officials from the U.K. Foreign Office and the U.S. State Department met.");
    one("She moved to Washington, D.C., last year.");
}

#[test]
fn titles_never_end_a_sentence() {
    for t in [
        "Mr. Smith declined to comment.",
        "Mrs. Alvarez said the school was closed.",
        "Dr. Patel treated the wounded.",
        "Gen. Ortiz ordered a retreat.",
        "Sen. Warren and Rep. Jordan clashed.",
        "Gov. Hochul signed the bill.",
        "Dr. He Jiankui spoke to reporters.",
        "The ceremony honored Lt. Col. Mary Chen.",
    ] {
        one(t);
    }
}

#[test]
fn saint_and_street() {
    one("The plane landed in St. Louis after a delay.");
    one("A crowd gathered at St. Peter's Square.");
    assert_eq!(
        sents("The fire started on Main St. It spread quickly."),
        vec!["The fire started on Main St.", "It spread quickly."]
    );
}

#[test]
fn month_abbreviation_before_a_day() {
    one("The vote is set for Jan. 5 in the capital.");
    one("Talks collapsed on Sept. 11 and resumed on Oct. 2.");
    one("Between Feb. 3 and Aug. 14, prices rose.");
}

#[test]
fn number_abbreviation_before_a_number() {
    one("The minister left No. 10 Downing Street at noon.");
    one("He was ranked No. 1 in the world.");
    one("See Art. 5 of the treaty and p. 12 of the report.");
    // "No." before a word is the word "no".
    assert_eq!(
        sents("\"No. I will not resign,\" she said."),
        vec!["\"No.", "I will not resign,\" she said."]
    );
}

#[test]
fn company_suffixes_mid_sentence() {
    one("Acme Inc. shares fell 4 percent.");
    one("Shares of Globex Corp. and Initech Ltd. rose.");
    one("Apple Inc. Chairman Arthur Levinson spoke first.");
}

#[test]
fn versus_and_etc() {
    one("The case of Roe vs. Wade was cited.");
    one("It was Brazil vs. Argentina in the final.");
}

#[test]
fn clock_times_mid_sentence() {
    one("The blast occurred at 9 a.m. local time.");
    one("Polls close at 8 p.m. Friday in most states.");
    one("The meeting ran from 10 a.m. until 2 p.m. on Tuesday.");
}

#[test]
fn decimals_and_prices() {
    one("Growth slowed to 3.5 percent from 4.25 percent.");
    one("The stock closed at $12.75, up 0.5 cents.");
}

#[test]
fn initials_in_names() {
    one("The book by J. R. R. Tolkien sold well.");
    one("President George W. Bush spoke in Texas.");
    one("Michael J. Fox and Franklin D. Roosevelt were mentioned.");
    one("A. J. Smith and T. S. Eliot were named.");
}

#[test]
fn abbreviation_at_the_real_end_of_a_sentence() {
    assert_eq!(
        sents("The talks were held in the U.S. The next day they ended."),
        vec![
            "The talks were held in the U.S.",
            "The next day they ended."
        ]
    );
    assert_eq!(
        sents("He sold the unit to Acme Inc. It paid cash."),
        vec!["He sold the unit to Acme Inc.", "It paid cash."]
    );
    assert_eq!(
        sents("The plane landed at 6 p.m. But nobody got off."),
        vec!["The plane landed at 6 p.m.", "But nobody got off."]
    );
    assert_eq!(
        sents("Aid arrived from the U.N. \"We are grateful,\" he said."),
        vec!["Aid arrived from the U.N.", "\"We are grateful,\" he said."]
    );
    assert_eq!(
        sents("He works for Globex Corp. Mr. Lee declined to comment."),
        vec!["He works for Globex Corp.", "Mr. Lee declined to comment."]
    );
}

#[test]
fn abbreviation_before_a_name_does_not_split() {
    one("The decision angered U.S. President Joe Biden.");
    one("A U.N. Security Council vote is due.");
}

#[test]
fn place_abbreviation_after_a_city_ends_the_sentence_before_a_capital() {
    assert_eq!(
        sents("He lives in Buffalo, N.Y. Police found the car."),
        vec!["He lives in Buffalo, N.Y.", "Police found the car."]
    );
    assert_eq!(
        sents("She was born in Dayton, Ohio, and raised in Tampa, Fla. Later she moved."),
        vec![
            "She was born in Dayton, Ohio, and raised in Tampa, Fla.",
            "Later she moved."
        ]
    );
    one("He lives in Buffalo, N.Y., with his family.");
    // Without "City, " before it, a state is just an abbreviation.
    one("The N.Y. Police Department and the Fla. National Guard responded.");
}

#[test]
fn datelines_stay_whole() {
    one("BUFFALO, N.Y. (AP) -- Police searched the house.");
    one("INDEPENDENCE, MO. (AP) -- A storm hit.");
    one("ACME CORP. SHARES FALL");
}

#[test]
fn country_abbreviation_after_a_comma_does_not_split() {
    one("In Brussels, U.S. Secretary of State Antony Blinken met allies.");
    one("Besides France, U.K. Prime Minister Keir Starmer attended.");
}

#[test]
fn list_markers_at_sentence_start() {
    one("1. The first item is listed here.");
    assert_eq!(
        sents("Two points. 2. The second point."),
        vec!["Two points.", "2. The second point."]
    );
}

// ------------------------------------------------------------------ quotes

#[test]
fn sentence_ends_inside_quotes() {
    assert_eq!(
        sents("He said, \"We will rebuild.\" The crowd cheered."),
        vec!["He said, \"We will rebuild.\"", "The crowd cheered."]
    );
    assert_eq!(
        sents("She wrote: “The border is closed.” Trucks waited for hours."),
        vec![
            "She wrote: “The border is closed.”",
            "Trucks waited for hours."
        ]
    );
    assert_eq!(
        sents("He asked ‘Who paid for it?’ No answer came."),
        vec!["He asked ‘Who paid for it?’", "No answer came."]
    );
    assert_eq!(
        sents("They shouted “Out!” Police moved in."),
        vec!["They shouted “Out!”", "Police moved in."]
    );
}

#[test]
fn quoted_question_followed_by_speech_verb_does_not_split() {
    one("“Why now?” asked one resident.");
    one("\"Stop!\" he shouted at the driver.");
    one("‘Is it safe?’ she wondered aloud.");
}

#[test]
fn typewriter_quotes() {
    assert_eq!(
        sents("Talks ended. ``We failed,'' he said. ``Sorry.'' Nobody replied."),
        vec![
            "Talks ended.",
            "``We failed,'' he said.",
            "``Sorry.''",
            "Nobody replied."
        ]
    );
    assert_eq!(
        sents("Aid came from the U.N. ``It is late,'' she said."),
        vec!["Aid came from the U.N.", "``It is late,'' she said."]
    );
}

#[test]
fn closing_bracket_after_a_stop() {
    assert_eq!(
        sents("The law passed (by one vote.) Critics were furious."),
        vec!["The law passed (by one vote.)", "Critics were furious."]
    );
}

#[test]
fn next_sentence_opening_with_a_quote_or_bracket() {
    assert_eq!(
        sents("The vote failed. “It is over,” she said."),
        vec!["The vote failed.", "“It is over,” she said."]
    );
    assert_eq!(
        sents("Markets fell. (Prices are in dollars.)"),
        vec!["Markets fell.", "(Prices are in dollars.)"]
    );
}

// --------------------------------------------------------------- ellipses

#[test]
fn ellipsis_followed_by_lowercase_continues() {
    one("He paused... and then walked out.");
    one("The answer was… complicated, aides said.");
    one("We waited . . . and waited.");
}

#[test]
fn ellipsis_followed_by_capital_ends() {
    assert_eq!(
        sents("The line went dead... Then the power failed."),
        vec!["The line went dead...", "Then the power failed."]
    );
    assert_eq!(
        sents("Nothing moved… Rescuers kept digging."),
        vec!["Nothing moved…", "Rescuers kept digging."]
    );
}

#[test]
fn camel_case_word_after_a_stop_splits() {
    assert_eq!(
        sents("Demand slowed. iPhone sales fell 5 percent."),
        vec!["Demand slowed.", "iPhone sales fell 5 percent."]
    );
    assert_eq!(
        sents("The auction closed. eBay said bids were strong."),
        vec!["The auction closed.", "eBay said bids were strong."]
    );
}

#[test]
fn lowercase_after_a_stop_never_splits() {
    one("The firm, known as Acme Co. in filings, grew.");
    one("Results are due in Jan. or Feb. next year.");
}

// ---------------------------------------------------- semicolons, dashes

#[test]
fn semicolons_and_dashes_do_not_end_sentences() {
    one("The bridge held; the road did not.");
    one("Two attacks -- one in Lyon, one in Nice -- were reported.");
    one("The army — backed by militias — advanced.");
    one("Prices rose: fuel, bread; rent too.");
}

// ------------------------------------------------------------ multibyte

#[test]
fn offsets_are_char_boundaries_with_multibyte_text() {
    let t = "José Núñez arrived in Zürich. Officials welcomed him — briefly. Café owners… were pleased.";
    let got = sents(t);
    assert_eq!(
        got,
        vec![
            "José Núñez arrived in Zürich.",
            "Officials welcomed him — briefly.",
            "Café owners… were pleased."
        ]
    );
}

#[test]
fn sentences_cover_the_paragraph_exactly_except_whitespace() {
    let t = "  The U.S. said no. “Really?” he asked. Yes… the end.  ";
    let p = segment::paragraphs(t, whole(t));
    assert_eq!(p.len(), 1);
    let s = segment::sentences(t, p[0]);
    checked(t, p[0], &s);
    assert_eq!(s.first().map(|s| s.start), Some(p[0].start));
    assert_eq!(s.last().map(|s| s.end), Some(p[0].end));
    // Everything between consecutive sentences is whitespace.
    for w in s.windows(2) {
        assert!(t[w[0].end..w[1].start].trim().is_empty());
    }
}

#[test]
fn sentence_offsets_are_relative_to_the_whole_text() {
    let t = "Header line\n\nFirst one. Second one.";
    let p = segment::paragraphs(t, whole(t));
    let s = segment::sentences(t, p[1]);
    assert_eq!(s, vec![Span::new(13, 23), Span::new(24, 35)]);
    assert_eq!(s[1].of(t), "Second one.");
}

// ------------------------------------------------------------ length cap

#[test]
fn long_sentence_is_cut_at_whitespace_under_the_cap() {
    let t = "word ".repeat(1500); // 7,500 bytes, no punctuation
    let t = t.trim_end();
    let got = segment::sentences(t, whole(t));
    checked(t, whole(t), &got);
    assert!(got.len() >= 4);
    for s in &got {
        assert!(s.len() <= segment::MAX_SENTENCE_BYTES);
        assert!(s.of(t).starts_with("word") && s.of(t).ends_with("word"));
    }
    // Nothing but whitespace is lost between the pieces.
    let joined: usize = got.iter().map(|s| s.len()).sum();
    assert_eq!(joined + (got.len() - 1), t.len());
}

#[test]
fn long_run_without_whitespace_is_cut_at_char_boundaries() {
    let t = "é".repeat(3001); // 6,002 bytes, one "word"
    let got = segment::sentences(&t, whole(&t));
    checked(&t, whole(&t), &got);
    assert!(got.len() >= 3);
    assert!(got.iter().all(|s| s.len() <= segment::MAX_SENTENCE_BYTES));
    assert_eq!(got.last().map(|s| s.end), Some(t.len()));
}

#[test]
fn huge_paragraph_is_linear() {
    // 8 MB with no newline and no punctuation, then many dots without spaces:
    // a quadratic splitter would not finish in time here.
    let mut t = "alpha beta ".repeat(400_000);
    t.push_str(&"a.".repeat(400_000));
    t.push_str(&". ".repeat(400_000));
    let start = std::time::Instant::now();
    let p = segment::paragraphs(&t, whole(&t));
    assert_eq!(p.len(), 1);
    let s = segment::sentences(&t, p[0]);
    assert!(s.len() > 2000);
    assert!(s.iter().all(|s| s.len() <= segment::MAX_SENTENCE_BYTES));
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}
