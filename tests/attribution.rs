//! Quotes, sources and modality: each rule with several phrasings, and the
//! fixture seeds.

use claimdiff::attribution::{attribute, quotes};
use claimdiff::document::Document;
use claimdiff::model::{ActorKind, ActorMention, Attribution, Modality, Quote, SourceKind, Span};

fn doc(text: &str) -> Document {
    Document::from_text("t.txt", text, None)
}

/// An actor mention at the first occurrence of `needle`.
fn actor(text: &str, needle: &str, canonical: &str, kind: ActorKind) -> ActorMention {
    let start = text.find(needle).expect("needle in text");
    ActorMention {
        span: Span::new(start, start + needle.len()),
        canonical: canonical.to_string(),
        kind,
        role: None,
    }
}

fn run(d: &Document, actors: &[ActorMention]) -> (Vec<Quote>, Vec<Attribution>) {
    let q = quotes(d, actors);
    let a = attribute(d, actors, &q);
    (q, a)
}

/// The attribution of the sentence containing `needle`.
fn sent<'a>(d: &Document, atts: &'a [Attribution], needle: &str) -> &'a Attribution {
    atts.iter()
        .find(|a| d.slice(a.sentence).contains(needle))
        .unwrap_or_else(|| panic!("no sentence with {needle:?}"))
}

fn quote_texts<'a>(d: &'a Document, q: &[Quote]) -> Vec<&'a str> {
    q.iter().map(|q| d.slice(q.span)).collect()
}

fn source_text<'a>(d: &'a Document, a: &Attribution) -> Option<&'a str> {
    a.source.as_ref().map(|s| d.slice(s.span))
}

/// The source of the first sentence of `text`, which must have one.
fn first_source(text: &str, actors: &[ActorMention]) -> claimdiff::model::Source {
    let d = doc(text);
    let (_, atts) = run(&d, actors);
    atts[0]
        .source
        .clone()
        .unwrap_or_else(|| panic!("no source in {text:?}"))
}

fn cue<'a>(d: &'a Document, a: &Attribution) -> Option<&'a str> {
    a.cue.map(|c| d.slice(c))
}

// ---------------------------------------------------------------- quotes

#[test]
fn straight_and_curly_quotes_are_found() {
    for (text, want) in [
        (
            "\"We will respond,\" the minister said.",
            "We will respond,",
        ),
        (
            "\u{201C}We will respond,\u{201D} the minister said.",
            "We will respond,",
        ),
        (
            "The minister said: \u{201C}We will respond.\u{201D}",
            "We will respond.",
        ),
        ("The minister said:\"We will respond.\"", "We will respond."),
    ] {
        let d = doc(text);
        let q = quotes(&d, &[]);
        assert_eq!(quote_texts(&d, &q), vec![want], "{text}");
    }
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let text =
        "\u{201C}Iran\u{2019}s leaders don\u{2019}t decide alone,\u{201D} the analyst said. \
                The country\u{2019}s envoy and the ministers\u{2019} aides disagreed.";
    let d = doc(text);
    let q = quotes(&d, &[]);
    assert_eq!(
        quote_texts(&d, &q),
        vec!["Iran\u{2019}s leaders don\u{2019}t decide alone,"]
    );
    // no quote at all when only apostrophes occur
    let d = doc("Iran\u{2019}s envoy said the talks weren\u{2019}t over.");
    assert!(quotes(&d, &[]).is_empty());
}

#[test]
fn typographic_single_quotes_at_top_level() {
    for (text, want) in [
        (
            "\u{2018}We will win,\u{2019} the coach said.",
            vec!["We will win,"],
        ),
        (
            "The players\u{2019} union said \u{2018}no\u{2019} to the deal.",
            vec!["no"],
        ),
        (
            "\u{2018}The ministers\u{2019} decision was wrong,\u{2019} the envoy said.",
            vec!["The ministers\u{2019} decision was wrong,"],
        ),
        (
            "\u{2018}He told me \u{201C}never\u{201D} twice,\u{2019} she said.",
            vec!["He told me \u{201C}never\u{201D} twice,"],
        ),
        // elisions and apostrophes are not quotes
        (
            "Music of the \u{2018}90s and rock \u{2018}n\u{2019} roll.",
            vec![],
        ),
        (
            "Iran\u{2019}s envoy didn\u{2019}t attend the envoys\u{2019} meeting.",
            vec![],
        ),
    ] {
        let d = doc(text);
        let q = quotes(&d, &[]);
        assert_eq!(quote_texts(&d, &q), want, "{text}");
    }
    let d = doc("\u{2018}We will win,\u{2019} the coach said.");
    let q = quotes(&d, &[]);
    assert_eq!(q[0].speaker_span.map(|s| d.slice(s)), Some("the coach"));
}

#[test]
fn single_quotes_nested_in_double_stay_inside() {
    for text in [
        "\u{201C}They called it \u{2018}a lie\u{2019} and left,\u{201D} the envoy said.",
        "\"They called it 'a lie' and left,\" the envoy said.",
    ] {
        let d = doc(text);
        let q = quotes(&d, &[]);
        assert_eq!(q.len(), 1, "{text}");
        assert!(d.slice(q[0].span).ends_with("and left,"), "{text}");
        assert!(d.slice(q[0].span).starts_with("They called"), "{text}");
    }
}

#[test]
fn nested_double_typographic_quotes_keep_the_outer_quote() {
    let d = doc(
        "\u{201C}He told me \u{201C}never again\u{201D} and walked out,\u{201D} the witness said.",
    );
    let q = quotes(&d, &[]);
    assert_eq!(q.len(), 1);
    assert!(d.slice(q[0].span).ends_with("walked out,"));
}

#[test]
fn a_quote_continues_over_a_paragraph_break() {
    for text in [
        "The governor spoke on Tuesday.\n\n\u{201C}We lost everything in the flood.\n\n\u{201C}We will rebuild,\u{201D} the governor said.",
        "The governor spoke on Tuesday.\n\"We lost everything in the flood.\n\"We will rebuild,\" the governor said.",
    ] {
        let d = doc(text);
        let q = quotes(&d, &[]);
        assert_eq!(
            quote_texts(&d, &q),
            vec!["We lost everything in the flood.", "We will rebuild,"],
            "{text:?}"
        );
        // both pieces share the speaker found after the last one
        assert!(q.iter().all(|q| q.speaker_span.map(|s| d.slice(s)) == Some("the governor")));
    }
}

#[test]
fn unbalanced_marks_do_not_swallow_the_document() {
    // never closed, and the next paragraph does not continue it
    let d = doc("\u{201C}This never closes.\n\nThe next paragraph is plain.\n\nSo is this one.");
    assert!(quotes(&d, &[]).is_empty());
    // continued beyond three paragraphs without a close
    let d = doc("\"One.\n\"Two.\n\"Three.\n\"Four.\n\"Five.\nPlain text follows here.");
    assert!(quotes(&d, &[]).is_empty());
    // a stray closing mark is ignored and later quotes still found
    let d = doc("He left\u{201D} early. \u{201C}We stay,\u{201D} she said.");
    assert_eq!(quote_texts(&d, &quotes(&d, &[])), vec!["We stay,"]);
    // a quote left open at the end of the document is dropped
    let d = doc("It began quietly. \"Then everything changed");
    assert!(quotes(&d, &[]).is_empty());
}

#[test]
fn speaker_after_the_quote() {
    for (text, speaker) in [
        (
            "\u{201C}The plot was contained,\u{201D} the US official said.",
            "the US official",
        ),
        ("\"We are ready,\" said the spokesman.", "the spokesman"),
        (
            "\u{201C}We are ready,\u{201D} the minister added on Sunday.",
            "the minister",
        ),
        (
            "\"We are ready,\" the general told reporters.",
            "the general",
        ),
        (
            "\u{201C}We are ready,\u{201D} wrote the ambassador.",
            "the ambassador",
        ),
    ] {
        let d = doc(text);
        let q = quotes(&d, &[]);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(
            q[0].speaker_span.map(|s| d.slice(s)),
            Some(speaker),
            "{text}"
        );
    }
}

#[test]
fn speaker_before_the_quote() {
    for (text, speaker) in [
        (
            "The mayor said: \u{201C}Nobody was hurt.\u{201D}",
            "The mayor",
        ),
        (
            "The mayor told reporters: \"Nobody was hurt.\"",
            "The mayor",
        ),
        ("Police said, \u{201C}Nobody was hurt.\u{201D}", "Police"),
    ] {
        let d = doc(text);
        let q = quotes(&d, &[]);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(
            q[0].speaker_span.map(|s| d.slice(s)),
            Some(speaker),
            "{text}"
        );
    }
}

#[test]
fn named_speaker_takes_the_actor_canonical_name() {
    let text = "\u{201C}We will not back down,\u{201D} Smith said. \"We expect talks soon,\" said Maria Lopez.";
    let d = doc(text);
    let actors = vec![
        actor(text, "Smith", "John Smith", ActorKind::Person),
        actor(text, "Maria Lopez", "Maria Lopez", ActorKind::Person),
    ];
    let q = quotes(&d, &actors);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker.as_deref(), Some("John Smith"));
    assert_eq!(q[1].speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn pronoun_speaker_is_the_latest_person() {
    let text =
        "Prime Minister Jane Doe spoke in the capital. \u{201C}We will rebuild,\u{201D} she said.";
    let d = doc(text);
    let actors = vec![actor(text, "Jane Doe", "Jane Doe", ActorKind::Person)];
    let q = quotes(&d, &actors);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn quote_paragraph_takes_the_previous_speaker() {
    for text in [
        "\u{201C}The border is closed,\u{201D} a senior diplomat said.\n\n\u{201C}Nobody crosses without a permit.\u{201D}",
        "A senior diplomat said the border was closed.\n\n\"Nobody crosses without a permit.\"",
        "\u{201C}The border is closed,\u{201D} a senior diplomat said. \u{201C}Nobody crosses without a permit.\u{201D}",
    ] {
        let d = doc(text);
        let q = quotes(&d, &[]);
        let last = q.last().expect("quotes");
        assert_eq!(d.slice(last.span), "Nobody crosses without a permit.", "{text:?}");
        assert_eq!(last.speaker.as_deref(), Some("diplomat"), "{text:?}");
    }
}

#[test]
fn quote_paragraph_far_from_any_speaker_has_none() {
    let d = doc(
        "A diplomat said the border was closed.\n\nTrucks waited for days.\n\nPrices rose sharply.\n\n\u{201C}Nobody crosses.\u{201D}",
    );
    let q = quotes(&d, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
}

#[test]
fn the_official_refers_to_the_latest_official() {
    for text in [
        "A US official said the plot failed. \u{201C}It is over,\u{201D} the official said.",
        "According to a US official who spoke on condition of anonymity, the plot failed. \"It is over,\" the official added.",
        "The plot failed, a US official said. It is over, the official stated.",
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let last = atts.last().expect("sentences");
        let src = last.source.as_ref().expect("source");
        assert_eq!(d.slice(src.span), "the official", "{text}");
        assert_eq!(src.kind, SourceKind::Anonymous, "{text}");
        assert_eq!(src.canonical.as_deref(), Some("US official"), "{text}");
    }
}

// ---------------------------------------------------------------- sources

#[test]
fn anonymous_sources() {
    for (text, phrase, canonical) in [
        (
            "The plot was disrupted, a US official said on condition of anonymity.",
            "a US official",
            "US official",
        ),
        (
            "The plot was disrupted, according to officials speaking on condition of anonymity.",
            "officials speaking on condition of anonymity",
            "officials",
        ),
        ("Sources said the plot was disrupted.", "Sources", "sources"),
        (
            "Two people familiar with the matter said the plot was disrupted.",
            "Two people familiar with the matter",
            "people familiar with the matter",
        ),
        (
            "The plot was disrupted, said a diplomat who was not authorized to speak publicly.",
            "a diplomat who was not authorized",
            "diplomat",
        ),
        (
            "Two senior officials said the plot was disrupted.",
            "Two senior officials",
            "officials",
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let a = &atts[0];
        let src = a.source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(src.kind, SourceKind::Anonymous, "{text}");
        assert_eq!(d.slice(src.span), phrase, "{text}");
        assert_eq!(src.canonical.as_deref(), Some(canonical), "{text}");
        // the "not" of the source phrase does not negate the claim
        assert_eq!(a.modality, Modality::Reported, "{text}");
    }
}

#[test]
fn anonymous_source_canonical_uses_actor_names() {
    let text = "The plot was disrupted, a US official said.";
    let d = doc(text);
    let actors = vec![actor(text, "US", "United States", ActorKind::Country)];
    let (_, atts) = run(&d, &actors);
    let src = atts[0].source.as_ref().expect("source");
    assert_eq!(src.kind, SourceKind::Anonymous);
    assert_eq!(src.canonical.as_deref(), Some("United States official"));
}

#[test]
fn government_and_organization_sources() {
    for (text, phrase, kind) in [
        (
            "The health ministry said 40 people died.",
            "The health ministry",
            SourceKind::Government,
        ),
        (
            "The strike was condemned, Tehran\u{2019}s embassy in Mexico posted on X.",
            "Tehran\u{2019}s embassy in Mexico",
            SourceKind::Government,
        ),
        (
            "Police said the suspect fled.",
            "Police",
            SourceKind::Government,
        ),
        (
            "Local authorities announced a curfew.",
            "Local authorities",
            SourceKind::Government,
        ),
        (
            "The aid group said its convoy was hit.",
            "The aid group",
            SourceKind::Organization,
        ),
        (
            "The company has repeatedly denied wrongdoing.",
            "The company",
            SourceKind::Organization,
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.slice(src.span), phrase, "{text}");
        assert_eq!(src.kind, kind, "{text}");
    }
}

#[test]
fn actor_heads_decide_kind_and_canonical() {
    let text = "Iran denied any role. The Red Crescent said 12 people were hurt. Albanese said the group would be listed.";
    let d = doc(text);
    let actors = vec![
        actor(text, "Iran", "Iran", ActorKind::Country),
        actor(
            text,
            "Red Crescent",
            "Red Crescent",
            ActorKind::Organization,
        ),
        actor(text, "Albanese", "Anthony Albanese", ActorKind::Person),
    ];
    let (_, atts) = run(&d, &actors);
    let kinds: Vec<_> = atts
        .iter()
        .map(|a| a.source.as_ref().map(|s| (s.kind, s.canonical.clone())))
        .collect();
    assert_eq!(
        kinds,
        vec![
            Some((SourceKind::Government, Some("Iran".to_string()))),
            Some((SourceKind::Organization, Some("Red Crescent".to_string()))),
            Some((SourceKind::Person, Some("Anthony Albanese".to_string()))),
        ]
    );
}

#[test]
fn named_people_with_titles() {
    for (text, phrase) in [
        (
            "Foreign Ministry spokesperson Oren Marmorstein said the plot was foiled.",
            "Foreign Ministry spokesperson Oren Marmorstein",
        ),
        (
            "The plot was foiled, Prime Minister Anthony Albanese said.",
            "Prime Minister Anthony Albanese",
        ),
        ("The plot was foiled, said Maria Lopez.", "Maria Lopez"),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.slice(src.span), phrase, "{text}");
        assert_eq!(src.kind, SourceKind::Person, "{text}");
    }
}

#[test]
fn subject_before_an_appositive() {
    for (text, phrase, kind) in [
        (
            "A senior diplomat, speaking on condition of anonymity, said talks had stalled.",
            "A senior diplomat",
            SourceKind::Anonymous,
        ),
        (
            "The council chairman, Luis Gomez, told reporters that talks had stalled.",
            "Luis Gomez",
            SourceKind::Person,
        ),
        (
            "The interior ministry, which oversees the police, said talks had stalled.",
            "The interior ministry",
            SourceKind::Government,
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.slice(src.span), phrase, "{text}");
        assert_eq!(src.kind, kind, "{text}");
    }
    // the speaker of a quote introduced that way
    let d = doc("Its chairman, Luis Gomez, told reporters: \u{201C}The money is there.\u{201D}");
    let q = quotes(&d, &[]);
    assert_eq!(q[0].speaker_span.map(|s| d.slice(s)), Some("Luis Gomez"));
}

#[test]
fn document_sources() {
    for (text, phrase) in [
        (
            "According to intelligence documents, the officer planned the attack.",
            "intelligence documents",
        ),
        (
            "Court filings show the officer planned the attack.",
            "Court filings",
        ),
        (
            "The officer planned the attack, according to a report by the United Nations.",
            "a report by the United Nations",
        ),
        (
            "An internal memo said the officer planned the attack.",
            "An internal memo",
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.slice(src.span), phrase, "{text}");
        assert_eq!(src.kind, SourceKind::Document, "{text}");
    }
}

#[test]
fn unlisted_nouns_as_speakers() {
    for (text, kind) in [
        ("The coach said the team was tired.", SourceKind::Person),
        ("Two men said they saw the blast.", SourceKind::Anonymous),
        (
            "A shopkeeper told reporters the street was empty.",
            SourceKind::Anonymous,
        ),
        ("The law says that anyone can vote.", SourceKind::Document),
        (
            "The agreement states that troops must leave.",
            SourceKind::Document,
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(src.kind, kind, "{text}");
    }
}

#[test]
fn show_needs_a_document_subject() {
    let d = doc("Israel will show restraint in the coming days.");
    let (_, atts) = run(&d, &[]);
    assert_eq!(atts[0].source, None);
    assert_eq!(atts[0].modality, Modality::Asserted);
}

#[test]
fn media_sources_and_relays() {
    for (text, phrase) in [
        ("Reuters reported that the border was closed.", "Reuters"),
        (
            "The border was closed, the Associated Press reported.",
            "the Associated Press",
        ),
        (
            "According to state media, the border was closed.",
            "state media",
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.slice(src.span), phrase, "{text}");
        assert_eq!(src.kind, SourceKind::Media, "{text}");
        assert!(src.via.is_none());
    }
    for (text, source, via) in [
        (
            "According to NBC News, the Iranian health ministry states that 2,500 people were wounded.",
            "the Iranian health ministry",
            "NBC News",
        ),
        (
            "The health ministry said 2,500 people were wounded, according to Al Jazeera.",
            "The health ministry",
            "Al Jazeera",
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.slice(src.span), source, "{text}");
        assert_eq!(src.kind, SourceKind::Government, "{text}");
        let v = src.via.as_ref().expect("via");
        assert_eq!(d.slice(v.span), via, "{text}");
        assert_eq!(v.kind, SourceKind::Media, "{text}");
    }
}

#[test]
fn unattributed_sentences_have_no_source() {
    for text in [
        "The storm hit the coast on Monday.",
        "Australia expelled the ambassador over what it said was foreign involvement.",
        "The man who said he saw the attack fled the scene.",
        "Three journalists were denied access to the site.",
        "The minister was told about the attack on Monday.",
        "The judge denied bail to the defendant.",
        "The army released 30 prisoners on Monday.",
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        assert_eq!(atts.len(), 1);
        assert_eq!(atts[0].source, None, "{text}");
        assert_eq!(atts[0].modality, Modality::Asserted, "{text}");
    }
}

#[test]
fn quote_sentences_take_the_quote_speaker() {
    let text =
        "\u{201C}We are ready,\u{201D} the general said. \u{201C}The troops are in place.\u{201D}";
    let d = doc(text);
    let (_, atts) = run(&d, &[]);
    assert_eq!(atts.len(), 2);
    for a in &atts {
        assert_eq!(source_text(&d, a), Some("the general"));
        assert_eq!(a.modality, Modality::Reported);
    }
    // a verb inside the quote is the speaker's, not the sentence's source
    let text = "\"The minister said it was over,\" the aide said.";
    let d = doc(text);
    let (_, atts) = run(&d, &[]);
    assert_eq!(source_text(&d, &atts[0]), Some("the aide"));
}

#[test]
fn said_before_a_clause_is_not_inverted() {
    for (text, phrase) in [
        ("Smith, 45, said he was innocent.", "Smith"),
        (
            "The spokesman, however, said the ministry would act.",
            "The spokesman",
        ),
        (
            "In Geneva, the envoy said officials were hopeful.",
            "the envoy",
        ),
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        assert_eq!(source_text(&d, &atts[0]), Some(phrase), "{text}");
    }
}

#[test]
fn time_words_between_subject_and_verb() {
    for text in [
        "The United States on Friday accused Iran of plotting the attack.",
        "The United States on Friday, November 7, accused Iran of plotting the attack.",
        "The United States has previously accused Iran of plotting the attack.",
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        assert_eq!(
            source_text(&d, &atts[0]),
            Some("The United States"),
            "{text}"
        );
        assert_eq!(atts[0].modality, Modality::Alleged, "{text}");
        assert_eq!(cue(&d, &atts[0]), Some("accused"), "{text}");
    }
}

#[test]
fn introductory_phrase_before_the_subject() {
    for text in [
        "In October 2024, British officials said the plots had been foiled.",
        "On Friday the officials said the plots had been foiled.",
        "Last week, British officials said the plots had been foiled.",
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let src = atts[0].source.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert!(d.slice(src.span).ends_with("officials"), "{text}");
        assert_eq!(src.kind, SourceKind::Anonymous, "{text}");
    }
}

// ---------------------------------------------------------------- modality

fn modality_of(text: &str) -> (Modality, Option<String>) {
    let d = doc(text);
    let (_, atts) = run(&d, &[]);
    assert_eq!(atts.len(), 1, "{text}");
    (atts[0].modality, cue(&d, &atts[0]).map(str::to_string))
}

#[test]
fn denied() {
    for (text, c) in [
        ("Iran denied plotting to kill the ambassador.", "denied"),
        (
            "The ministry rejected the accusation outright.",
            "rejected the accusation",
        ),
        (
            "Officials dismissed the report as propaganda.",
            "dismissed the report as",
        ),
        ("The embassy called it a lie.", "called it a lie"),
        ("The group denies any role in the attack.", "denies"),
    ] {
        assert_eq!(
            modality_of(text),
            (Modality::Denied, Some(c.to_string())),
            "{text}"
        );
    }
}

#[test]
fn negated() {
    for (text, c) in [
        ("The ministries have no report of an attempt.", "have no"),
        ("The official did not provide evidence.", "did not"),
        ("There was no evidence of a plot.", "no evidence"),
        ("The ambassador never left the embassy.", "never"),
        (
            "Investigators haven\u{2019}t found the weapon.",
            "haven\u{2019}t",
        ),
    ] {
        assert_eq!(
            modality_of(text),
            (Modality::Negated, Some(c.to_string())),
            "{text}"
        );
    }
}

#[test]
fn not_that_does_not_negate() {
    for text in [
        "The plot targeted not only diplomats but also journalists.",
        "The toll rose to no fewer than 40 people.",
    ] {
        assert_ne!(modality_of(text).0, Modality::Negated, "{text}");
    }
}

#[test]
fn refusals_are_not_denials() {
    for text in [
        "Three journalists were denied entry to the court.",
        "The prisoners were denied access to lawyers.",
        "The judge denied bail to the suspect.",
    ] {
        assert_ne!(modality_of(text).0, Modality::Denied, "{text}");
    }
}

#[test]
fn passive_subjects_are_not_sources() {
    let d = doc("Iran was accused of plotting the attack.");
    let (_, atts) = run(&d, &[]);
    assert_eq!(atts[0].source, None);
    assert_eq!(atts[0].modality, Modality::Alleged);
}

#[test]
fn alleged() {
    for (text, c) in [
        ("The alleged plot was foiled last year.", "alleged"),
        (
            "A judge sentenced two purported members of a gang.",
            "purported",
        ),
        ("The men allegedly planned the attack.", "allegedly"),
        ("The country was accused of plotting the attack.", "accused"),
        ("Two suspected militants were arrested.", "suspected"),
    ] {
        assert_eq!(
            modality_of(text),
            (Modality::Alleged, Some(c.to_string())),
            "{text}"
        );
    }
}

#[test]
fn hedged() {
    for (text, c) in [
        ("The attack would have taken place in Mexico.", "would have"),
        ("The group may have planned more attacks.", "may have"),
        ("The group could strike again.", "could"),
        ("The group might strike again.", "might"),
        ("The toll is possibly higher.", "possibly"),
        ("The leader reportedly fled the country.", "reportedly"),
    ] {
        assert_eq!(
            modality_of(text),
            (Modality::Hedged, Some(c.to_string())),
            "{text}"
        );
    }
    // the month May is no hedge
    assert_eq!(
        modality_of("The talks began in May."),
        (Modality::Asserted, None)
    );
}

#[test]
fn reported_and_asserted() {
    assert_eq!(
        modality_of("The health ministry said 40 people died."),
        (Modality::Reported, Some("said".to_string()))
    );
    assert_eq!(
        modality_of("40 people died, according to the health ministry."),
        (Modality::Reported, Some("according to".to_string()))
    );
    assert_eq!(
        modality_of("40 people died in the attack."),
        (Modality::Asserted, None)
    );
}

#[test]
fn precedence_of_cues() {
    // denied beats negated and alleged
    assert_eq!(
        modality_of("Iran denied the alleged plot and said it did not exist.").0,
        Modality::Denied
    );
    // negated beats alleged
    assert_eq!(
        modality_of("They have no report of a supposed attempt.").0,
        Modality::Negated
    );
    // alleged beats hedged
    assert_eq!(
        modality_of("The alleged plot would have taken place in May.").0,
        Modality::Alleged
    );
    // hedged beats reported, and the source is kept
    let d = doc("The ministry said the toll could rise.");
    let (_, atts) = run(&d, &[]);
    assert_eq!(atts[0].modality, Modality::Hedged);
    assert_eq!(source_text(&d, &atts[0]), Some("The ministry"));
}

// ---------------------------------------------------------------- robustness

#[test]
fn one_attribution_per_sentence_in_order() {
    let d = doc("First sentence here. \u{201C}Second,\u{201D} he said. Third one follows.\n\nA new paragraph.");
    let (_, atts) = run(&d, &[]);
    assert_eq!(atts.len(), d.sentences.len());
    for (a, s) in atts.iter().zip(&d.sentences) {
        assert_eq!(a.sentence, *s);
    }
}

#[test]
fn odd_input_does_not_panic() {
    let long_unclosed = format!("\u{201C}{}", "word ".repeat(20_000));
    let many_marks = "\"".repeat(5000);
    let mixed =
        "\u{201D}\u{201C}\u{2019}\u{2018}\"'\u{AB}\u{BB} said said according to , , .".repeat(200);
    for text in [
        long_unclosed.as_str(),
        many_marks.as_str(),
        mixed.as_str(),
        "\u{201C}",
        "said",
        "according to",
        ", said",
        "\u{FFFD}\u{201C}\u{FFFD}\u{201D} \u{00E9}t\u{00E9} said \u{201C}x",
    ] {
        let d = doc(text);
        let (q, atts) = run(&d, &[]);
        assert_eq!(atts.len(), d.sentences.len());
        for q in &q {
            assert!(d.text.get(q.span.start..q.span.end).is_some());
        }
    }
    // bad actor spans from elsewhere are ignored, not trusted
    let text = "The minister said \u{00E9}t\u{00E9} was over.";
    let d = doc(text);
    let bad = ActorMention {
        span: Span::new(19, 20),
        canonical: "x".into(),
        kind: ActorKind::Person,
        role: None,
    };
    let _ = run(&d, &[bad]);
}

#[test]
fn long_text_is_linear() {
    let para = "\u{201C}The plot was contained,\u{201D} the official said. Iran denied the alleged plot, according to state media. ";
    let text = para.repeat(4000);
    let d = doc(&text);
    let t = std::time::Instant::now();
    let (q, atts) = run(&d, &[]);
    assert_eq!(q.len(), 4000);
    assert_eq!(atts.len(), d.sentences.len());
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
}

// ---------------------------------------------------------------- seeds

fn seed(name: &str) -> Document {
    let path = format!("{}/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("seed");
    doc(&text)
}

#[test]
fn seed_000_quotes_are_the_anonymous_officials() {
    let d = seed("000_fb2f06446441fbd4.txt");
    let (q, atts) = run(&d, &[]);
    assert_eq!(q.len(), 2);
    assert!(d.slice(q[0].span).starts_with("The plot was contained"));
    assert!(d.slice(q[1].span).starts_with("This is just the latest"));
    for q in &q {
        assert_eq!(q.speaker.as_deref(), Some("US official"));
    }
    for needle in ["The plot was contained", "This is just the latest"] {
        let a = sent(&d, &atts, needle);
        assert_eq!(
            a.source.as_ref().map(|s| s.kind),
            Some(SourceKind::Anonymous)
        );
    }
}

#[test]
fn seed_001_quotes_are_the_anonymous_official() {
    let d = seed("001_04af7a6d62b6dd8f.txt");
    let (q, atts) = run(&d, &[]);
    assert_eq!(q.len(), 2);
    for q in &q {
        assert_eq!(q.speaker.as_deref(), Some("US official"));
    }
    for needle in ["The plot was contained", "This represents yet another"] {
        let a = sent(&d, &atts, needle);
        let src = a.source.as_ref().expect("source");
        assert_eq!(src.kind, SourceKind::Anonymous);
    }
    let a = sent(&d, &atts, "According to a US official");
    assert_eq!(
        a.source.as_ref().map(|s| s.kind),
        Some(SourceKind::Anonymous)
    );
}

#[test]
fn seed_002_denial_negation_relay_and_documents() {
    let d = seed("002_ab6c8754cacfea4c.txt");
    let (_, atts) = run(&d, &[]);
    let a = sent(&d, &atts, "Iran later denied plotting");
    assert_eq!(a.modality, Modality::Denied);
    assert_eq!(cue(&d, a), Some("denied"));
    assert_eq!(
        a.source.as_ref().map(|s| s.kind),
        Some(SourceKind::Government)
    );

    let a = sent(&d, &atts, "have no report");
    assert_eq!(a.modality, Modality::Negated);

    let a = sent(&d, &atts, "According to NBC News");
    let src = a.source.as_ref().expect("source");
    assert_eq!(d.slice(src.span), "the Iranian health ministry");
    assert_eq!(src.kind, SourceKind::Government);
    let via = src.via.as_ref().expect("via");
    assert_eq!(d.slice(via.span), "NBC News");
    assert_eq!(via.kind, SourceKind::Media);

    let a = sent(&d, &atts, "According to intelligence documents");
    assert_eq!(
        a.source.as_ref().map(|s| s.kind),
        Some(SourceKind::Document)
    );

    let a = sent(
        &d,
        &atts,
        "according to officials speaking on condition of anonymity",
    );
    assert_eq!(
        a.source.as_ref().map(|s| s.kind),
        Some(SourceKind::Anonymous)
    );

    let a = sent(&d, &atts, "the official added");
    let src = a.source.as_ref().expect("source");
    assert_eq!(src.kind, SourceKind::Anonymous);
    assert_eq!(src.canonical.as_deref(), Some("United States official"));
}

/// Actor mentions at every occurrence of each needle (as the actors module
/// would give them).
/// Actor mentions to find: `(text, canonical name, kind)`.
type Names<'a> = &'a [(&'a str, &'a str, ActorKind)];

fn actors_everywhere(text: &str, names: Names) -> Vec<ActorMention> {
    let mut out = Vec::new();
    for &(needle, canonical, kind) in names {
        for (start, _) in text.match_indices(needle) {
            out.push(ActorMention {
                span: Span::new(start, start + needle.len()),
                canonical: canonical.to_string(),
                kind,
                role: None,
            });
        }
    }
    out.sort_by_key(|a| a.span.start);
    out
}

#[test]
fn seeds_agree_on_the_anonymous_official_given_actor_names() {
    let names = [
        ("United States", "United States", ActorKind::Country),
        ("US", "United States", ActorKind::Country),
        ("Tehran", "Iran", ActorKind::Country),
        ("NBC News", "NBC News", ActorKind::Organization),
    ];
    let d0 = seed("000_fb2f06446441fbd4.txt");
    let a0 = actors_everywhere(&d0.text, &names);
    let q0 = quotes(&d0, &a0);
    assert!(q0
        .iter()
        .all(|q| q.speaker.as_deref() == Some("United States official")));

    let d2 = seed("002_ab6c8754cacfea4c.txt");
    let a2 = actors_everywhere(&d2.text, &names);
    let q2 = quotes(&d2, &a2);
    let atts = attribute(&d2, &a2, &q2);
    let a = sent(&d2, &atts, "a United States official stated");
    let src = a.source.as_ref().expect("source");
    assert_eq!(src.canonical.as_deref(), Some("United States official"));

    let a = sent(&d2, &atts, "Iran later denied");
    let src = a.source.as_ref().expect("source");
    assert_eq!(src.kind, SourceKind::Government);
    assert_eq!(src.canonical.as_deref(), Some("Iran"));

    let a = sent(&d2, &atts, "According to NBC News");
    let via = a.source.as_ref().and_then(|s| s.via.as_ref()).expect("via");
    assert_eq!(
        (via.kind, via.canonical.as_deref()),
        (SourceKind::Media, Some("NBC News"))
    );
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that exercise the tricky paths: marks, apostrophes, commas,
    /// reporting verbs, multi-byte letters, paragraph breaks.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "\"",
            "\u{201C}",
            "\u{201D}",
            "\u{2018}",
            "\u{2019}",
            "'",
            "\u{AB}",
            "\u{BB}",
            ", ",
            ". ",
            ": ",
            "\n",
            "\n\n",
            " said ",
            " according to ",
            "the official",
            " Iran\u{2019}s ",
            " denied ",
            " not ",
            " may have ",
            "\u{00E9}t\u{00E9}",
            " -- ",
            " on Friday, ",
            "1,000",
            "U.S.",
            " he ",
            " who ",
            "(",
            ")",
            " ",
            "Smith",
            " the ",
            "\u{FFFD}",
            "\u{2014}",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn never_panics_and_spans_are_valid(parts in prop::collection::vec(piece(), 0..60)) {
            let text: String = parts.concat();
            let d = doc(&text);
            let actors = if text.contains("Smith") {
                vec![actor(&text, "Smith", "John Smith", ActorKind::Person)]
            } else {
                Vec::new()
            };
            let (q, atts) = run(&d, &actors);
            prop_assert_eq!(atts.len(), d.sentences.len());
            for q in &q {
                prop_assert!(d.text.get(q.span.start..q.span.end).is_some());
                if let Some(s) = q.speaker_span {
                    prop_assert!(d.text.get(s.start..s.end).is_some());
                }
            }
            for a in &atts {
                if let Some(s) = &a.source {
                    prop_assert!(d.text.get(s.span.start..s.span.end).is_some());
                }
                if let Some(c) = a.cue {
                    prop_assert!(d.text.get(c.start..c.end).is_some());
                }
            }
        }
    }
}

#[test]
fn tex_style_quotation_marks_of_wire_copy_are_quotes() {
    let cases: &[(&str, &[&str])] = &[
        (
            "``We will not back down,'' the minister said.",
            &["We will not back down,"],
        ),
        (
            "The mayor said: ``The water is safe.''",
            &["The water is safe."],
        ),
        // a quotation that continues into the next paragraph reopens with ``
        (
            "``The dam held for now,'' she said. ``But nobody knows\n\n``how long it will last.''",
            &[
                "The dam held for now,",
                "But nobody knows",
                "how long it will last.",
            ],
        ),
        // single quotes inside a TeX-style quote belong to it
        (
            "``They called it `a mistake' and moved on,'' he said.",
            &["They called it `a mistake' and moved on,"],
        ),
    ];
    for (text, want) in cases {
        let d = doc(text);
        let (q, _) = run(&d, &[]);
        assert_eq!(quote_texts(&d, &q), *want, "{text:?}");
    }
    // A lone backquote or apostrophe opens nothing.
    for text in [
        "The company's `new' plan was dropped.",
        "The ministers' talks ended on the 'good' side of midnight.",
        "He wrote it in 1990's style.",
    ] {
        let d = doc(text);
        let (q, _) = run(&d, &[]);
        assert!(
            quote_texts(&d, &q).is_empty(),
            "{text:?} gave {:?}",
            quote_texts(&d, &q)
        );
    }
}

// ---------------------------------------------------------------- speakers

/// Each quotation of `text` with the phrase its speaker was resolved from.
fn speakers(text: &str, actors: &[ActorMention]) -> Vec<(String, Option<String>)> {
    let d = doc(text);
    quotes(&d, actors)
        .iter()
        .map(|q| {
            (
                d.slice(q.span).to_string(),
                q.speaker_span.map(|s| d.slice(s).to_string()),
            )
        })
        .collect()
}

/// The speaker phrase of the quotation whose words start with `words`.
fn speaker_of(text: &str, actors: &[ActorMention], words: &str) -> Option<String> {
    speakers(text, actors)
        .into_iter()
        .find(|(q, _)| q.starts_with(words))
        .unwrap_or_else(|| panic!("no quotation {words:?} in {text:?}"))
        .1
}

#[test]
fn wire_quotes_take_the_speaker_after_them_not_the_last_one() {
    // The closing `''` of wire copy ends the quotation like ”: the
    // attribution after it is found, instead of the previous sentence's.
    let text = "Iraq said the roundup was to protect them. ``What we fear is that they \
                will be interned,'' Waldegrave said. ``We continue to pray,'' Saddam said. \
                ``We will defend our north,'' said Eitan, the science minister.";
    assert_eq!(
        speakers(text, &[]),
        vec![
            (
                "What we fear is that they will be interned,".to_string(),
                Some("Waldegrave".to_string())
            ),
            (
                "We continue to pray,".to_string(),
                Some("Saddam".to_string())
            ),
            (
                "We will defend our north,".to_string(),
                Some("Eitan".to_string())
            ),
        ]
    );
}

#[test]
fn abbreviations_inside_a_name_keep_it_whole() {
    for (text, quoted, speaker) in [
        (
            "``It's a cosmetic move,'' said Jonathan S. Gelles of Wertheim Schroder.",
            "It's a cosmetic",
            "Jonathan S. Gelles of Wertheim Schroder",
        ),
        (
            "\"We don't need the cash,\" said Mr. Price.",
            "We don't need",
            "Mr. Price",
        ),
        (
            "\"So far, the offensive is going well,\" said a buoyant Gen. Norman Schwarzkopf.",
            "So far",
            "a buoyant Gen. Norman Schwarzkopf",
        ),
    ] {
        assert_eq!(
            speaker_of(text, &[], quoted).as_deref(),
            Some(speaker),
            "{text:?}"
        );
    }
}

#[test]
fn codes_quoted_after_a_long_subject_get_no_runaway_speaker() {
    // The words before "it says" are a clause, not the speaker's name.
    let text = "Indeed, one anti-abortion Web site lists the names of doctors it says \
                perform abortions, or ``crimes against humanity,'' and marks each of them \
                ``working'' or ``wounded.''";
    for (quoted, speaker) in speakers(text, &[]) {
        assert!(
            speaker.as_deref().is_none_or(|s| s == "it"),
            "{quoted:?} spoken by {speaker:?}"
        );
    }
    let d = doc(text);
    let (_, atts) = run(&d, &[]);
    assert!(
        source_text(&d, &atts[0]).is_none_or(|s| s == "it"),
        "{:?}",
        source_text(&d, &atts[0])
    );
}

#[test]
fn speaker_phrase_stops_at_verbs_clauses_and_adverbials() {
    for (text, quoted, speaker) in [
        (
            "The Iraqi envoy, speaking on ABC's ``This Week,'' said the Kuwaiti request gives \
             the U.S. ``a legal basis for stopping the oil.''",
            "a legal basis",
            Some("The Iraqi envoy"),
        ),
        (
            "Ratners's chairman, Gerald Ratner, said the deal remains of ``substantial benefit.''",
            "substantial",
            Some("Gerald Ratner"),
        ),
        (
            "Jerry Steinman, publisher of a trade newsletter, said the announcement means \
             ``everybody else will struggle.''",
            "everybody",
            Some("Jerry Steinman"),
        ),
        (
            "James Fallon, a consultant in Newark, N.J., says the company was ``first in with the technology.''",
            "first in",
            Some("James Fallon"),
        ),
        (
            "Kopp's stepmother said Thursday from her home in Irving: ``I would like him to come forward.''",
            "I would like",
            Some("Kopp's stepmother"),
        ),
        (
            "``It looks as though they panicked,'' a detective said of the robbers.",
            "It looks",
            Some("a detective"),
        ),
        (
            "``I'm not saying everything is fine,'' Robert Price, the chairman, said in an interview.",
            "I'm not saying",
            Some("Robert Price"),
        ),
        (
            "``This is a guy who is impulsive, and therefore capable of mistakes,'' says one \
             senior official involved in the talks.",
            "This is a guy",
            Some("one senior official"),
        ),
        (
            "Speaking on the radio, Abdul Amir, Iraq's envoy to the U.N., asserted that an \
             embargo would cause a ``depression.''",
            "depression",
            Some("Abdul Amir"),
        ),
        (
            "Similarly, the foreign minister, Janos Martonyi, said Hungary was returning \
             ``to her natural habitat.''",
            "to her natural",
            Some("Janos Martonyi"),
        ),
        // the inverted reading "said Syria" needs a quotation opening the sentence
        (
            "The newspaper, quoting ``secret reports,'' said Syria had indicated interest.",
            "secret reports",
            Some("The newspaper"),
        ),
        (
            "Granma compared him with the icon Ernesto ``Che'' Guevara and said the boy \
             ``has become a symbol.''",
            "has become",
            None,
        ),
    ] {
        assert_eq!(
            speaker_of(text, &[], quoted).as_deref(),
            speaker,
            "{text:?}"
        );
    }
}

#[test]
fn scare_quotes_and_titles_have_no_speaker() {
    for (text, quoted) in [
        // a label cue before the quotation, whoever speaks in the sentence
        (
            "The city spent the so-called \u{201C}peace dividend\u{201D} on roads, the mayor said.",
            "peace dividend",
        ),
        (
            "Council members approved what critics call a \u{201C}slush fund\u{201D} for the stadium.",
            "slush fund",
        ),
        (
            "The mayor said the boy, dubbed the town's ``little hero,'' was safe.",
            "little hero,",
        ),
        (
            "He avoided the word \"blockade\" in the speech, the spokesman said.",
            "blockade",
        ),
        (
            "Officials said the region, known to locals as ``the furnace,'' was empty.",
            "the furnace,",
        ),
        // no reporting verb governs it
        (
            "The school tried the ``tough love'' approach last year.",
            "tough love",
        ),
        (
            "The mayor spoke on Tuesday. The \u{201C}tough love\u{201D} policy was dropped in May.",
            "tough love",
        ),
        (
            "Prices rose, traders said; the \"soft landing\" never came.",
            "soft landing",
        ),
        // a title inside the sentence names something
        (
            "Officials said the ``Spring of Life'' protests would end.",
            "Spring of Life",
        ),
        (
            "The group ran a series of \u{201C}Spring of Life\u{201D} demonstrations in 1992, residents said.",
            "Spring of Life",
        ),
        (
            "Churchill warned about it in his famous ``Iron Curtain'' speech.",
            "Iron Curtain",
        ),
        (
            "The envoy, speaking on ABC's ``This Week,'' said talks would resume.",
            "This Week,",
        ),
        // a title opening its sentence, with no reporting verb framing it
        (
            "The chairman spoke for an hour.\n\n``Transition'' is the name of the company's plan.",
            "Transition",
        ),
        // a short term opening its sentence is no continuation of the last speaker
        (
            "The mayor said the plan had failed.\n\n\u{201C}Tough love\u{201D} is what critics call it now.",
            "Tough love",
        ),
    ] {
        assert_eq!(speaker_of(text, &[], quoted), None, "{text:?}");
    }
}

#[test]
fn real_quotes_keep_their_speaker() {
    for (text, quoted, speaker) in [
        (
            "\u{201C}We will rebuild,\u{201D} the mayor said.",
            "We will rebuild",
            "the mayor",
        ),
        (
            "``We will rebuild,'' the mayor said.",
            "We will rebuild",
            "the mayor",
        ),
        (
            "Smith said: \u{201C}The levee held.\u{201D}",
            "The levee held",
            "Smith",
        ),
        (
            "\u{201C}The levee held,\u{201D} said Jane Doe, a spokeswoman for the water board.",
            "The levee held",
            "Jane Doe",
        ),
        (
            "``It was definitely a bomb,'' said an embassy official in Nairobi, who refused to identify himself.",
            "It was definitely",
            "an embassy official in Nairobi",
        ),
        (
            "According to Jane Doe, the levee was \u{201C}in good shape.\u{201D}",
            "in good shape",
            "Jane Doe",
        ),
        // a partial quotation inside what the verb reports
        (
            "Clark said there was ``no question'' that the rifle mattered.",
            "no question",
            "Clark",
        ),
        (
            "There is \u{201C}no information\u{201D} that he is unfit, Meissner said.",
            "no information",
            "Meissner",
        ),
        (
            "The council, the mayor said, approved a \u{201C}modest\u{201D} budget.",
            "modest",
            "the mayor",
        ),
        // over two sentences
        (
            "\u{201C}The levee held. We were lucky,\u{201D} the mayor said.",
            "The levee held.",
            "the mayor",
        ),
        // a capitalized word in a reporting frame is speech, not a title
        (
            "``Hallelujah,'' exclaimed Albright.",
            "Hallelujah",
            "Albright",
        ),
        (
            "``We covered the whole list,'' Smith was quoted as saying by the agency.",
            "We covered",
            "Smith",
        ),
        (
            "``Being 48 is too early to retire,'' a fit-looking Farkas said on television.",
            "Being 48",
            "a fit-looking Farkas",
        ),
        (
            "``God save the Queen,'' outraged monarchist delegate David Mitchell said.",
            "God save",
            "outraged monarchist delegate David Mitchell",
        ),
    ] {
        assert_eq!(
            speaker_of(text, &[], quoted).as_deref(),
            Some(speaker),
            "{text:?}"
        );
    }
}

#[test]
fn quotes_continue_with_their_speaker() {
    for (text, quoted, speaker) in [
        (
            "``We lost everything,'' the farmer said.\n\n``Now we start again.''",
            "Now we start",
            "the farmer",
        ),
        (
            "\u{201C}We lost everything,\u{201D} the farmer said. \u{201C}Now we start again.\u{201D}",
            "Now we start",
            "the farmer",
        ),
        // a long quotation goes on with its speaker's words after it
        (
            "``The plan is sound,'' said Lisa Chan, an analyst. ``For them it makes all kinds of sense'' to expand.",
            "For them",
            "Lisa Chan",
        ),
    ] {
        assert_eq!(
            speaker_of(text, &[], quoted).as_deref(),
            Some(speaker),
            "{text:?}"
        );
    }
}

#[test]
fn he_and_she_take_the_person_just_named() {
    use ActorKind::{Organization, Person};
    let cases: &[(&str, Names, &str)] = &[
        // a person named after the last speaker is who "he" is
        (
            "``The deal is good,'' said Frederick Moran, a fund manager. But Kenneth Leon, \
             an analyst, finds the proposal flawed. ``How many shares will be left?'' he asked.",
            &[
                ("Frederick Moran", "Frederick Moran", Person),
                ("Kenneth Leon", "Kenneth Leon", Person),
            ],
            "Kenneth Leon",
        ),
        // a sentence opening with "she" carries the person named before it
        (
            "``It was a long night,'' said Jane Roe. The audience listened to nurse \
             Emily Lyons. She spoke of colleagues who had been killed. \
             ``They paid an awful price,'' she said.",
            &[
                ("Jane Roe", "Jane Roe", Person),
                ("Emily Lyons", "Emily Lyons", Person),
            ],
            "Emily Lyons",
        ),
        // an unnamed spokeswoman who just spoke is who "she" is
        (
            "``Bugs are normal,'' said Richard Archuleta. An IBM spokeswoman said the \
             company told customers. ``We don't see a major problem,'' she said.",
            &[
                ("Richard Archuleta", "Richard Archuleta", Person),
                ("IBM", "IBM", Organization),
            ],
            "IBM spokeswoman",
        ),
        // the last speaker still wins over a person named before them
        (
            "Judge Amy Ward ruled on Monday. ``We will appeal,'' said Tom Hale. \
             ``It is not over,'' he said.",
            &[
                ("Amy Ward", "Amy Ward", Person),
                ("Tom Hale", "Tom Hale", Person),
            ],
            "Tom Hale",
        ),
    ];
    for &(text, names, speaker) in cases {
        let d = doc(text);
        let q = quotes(&d, &actors_everywhere(text, names));
        assert_eq!(q[1].speaker.as_deref(), Some(speaker), "{text:?}");
    }
}

#[test]
fn the_title_refers_back_to_the_person_it_named() {
    let text = "\u{201C}We will hold,\u{201D} Governor Kwabena Asante-Mensah told reporters. \
                The governor said the committee would meet in September. \
                He said inflation was falling.";
    let actors = vec![actor(
        text,
        "Kwabena Asante-Mensah",
        "Kwabena Asante-Mensah",
        ActorKind::Person,
    )];
    let d = doc(text);
    let (_, atts) = run(&d, &actors);
    for needle in ["The governor said", "He said"] {
        let src = sent(&d, &atts, needle).source.as_ref().expect(needle);
        assert_eq!(
            src.canonical.as_deref(),
            Some("Kwabena Asante-Mensah"),
            "{needle}"
        );
    }
}

#[test]
fn an_organization_is_not_named_after_its_town() {
    use ActorKind::{Country, Organization, Person, Place};
    let cases: &[(&str, Names, Option<&str>)] = &[
        (
            "The regional hospital in Abancay said it had set up tents.",
            &[("Abancay", "Abancay", Place)],
            None,
        ),
        (
            "The Iranian company said it would appeal.",
            &[("Iranian", "Iran", Country)],
            None,
        ),
        // an actor of the wrong kind changes nothing
        (
            "The St. Louis company said it would appeal.",
            &[("St. Louis", "St. Louis", Person)],
            None,
        ),
        // an organization named inside the phrase still names it
        (
            "The Acme company in Abancay said the plant was safe.",
            &[
                ("Acme", "Acme Corp", Organization),
                ("Abancay", "Abancay", Place),
            ],
            Some("Acme Corp"),
        ),
    ];
    for &(text, names, canonical) in cases {
        let src = first_source(text, &actors_everywhere(text, names));
        assert_eq!(src.kind, SourceKind::Organization, "{text}");
        assert_eq!(src.canonical.as_deref(), canonical, "{text}");
    }
}

#[test]
fn anonymous_canonical_drops_a_partitive() {
    for (text, canonical) in [
        (
            "Some of their supporters in Miami said the boy should stay.",
            "their supporters in Miami",
        ),
        ("One of the officials said the plan failed.", "officials"),
    ] {
        let src = first_source(text, &[]);
        assert_eq!(src.kind, SourceKind::Anonymous, "{text}");
        assert_eq!(src.canonical.as_deref(), Some(canonical), "{text}");
    }
}

#[test]
fn a_reporting_clause_after_when_or_after_attributes_only_its_clause() {
    let text = "Saying ``nothing is certain,'' the government exhorted citizens to rally, \
                after the relatives said they would ``fight on.''";
    assert_eq!(speaker_of(text, &[], "nothing is certain"), None);
    assert_eq!(
        speaker_of(text, &[], "fight on").as_deref(),
        Some("the relatives")
    );
    // a trailing attribution of the whole sentence still counts
    let text = "The plant will close in May, the company said.";
    let d = doc(text);
    let (_, atts) = run(&d, &[]);
    assert_eq!(source_text(&d, &atts[0]), Some("the company"));
}

#[test]
fn a_source_made_anonymous_by_a_relative_clause_is_found_and_not_negated() {
    for text in [
        "An official who declined to be named said 30 people were rescued.",
        "An official who asked not to be named said 30 people were rescued.",
        "A police officer who asked not to be identified said 12 people were arrested.",
    ] {
        let d = doc(text);
        let (_, atts) = run(&d, &[]);
        let a = &atts[0];
        let src = source_text(&d, a).unwrap_or_else(|| panic!("no source in {text:?}"));
        assert!(
            src.starts_with("An official") || src.starts_with("A police officer"),
            "{text}: {src}"
        );
        assert_eq!(
            a.source.as_ref().unwrap().kind,
            SourceKind::Anonymous,
            "{text}"
        );
        // "not to be named" hides the source; it denies nothing.
        assert_eq!(a.modality, Modality::Reported, "{text}");
    }
    // The whole phrase of anonymity, not a cut one, after an inverted verb.
    let text = "Thirty people were rescued, said an official who asked not to be identified.";
    let d = doc(text);
    let (_, atts) = run(&d, &[]);
    assert_eq!(
        source_text(&d, &atts[0]),
        Some("an official who asked not to be identified")
    );
    // A relative clause that hides no one is no source of its own here, and
    // a real negation still negates.
    let text = "Police did not say that 30 people were rescued.";
    let d = doc(text);
    let (_, atts) = run(&d, &[]);
    assert_ne!(atts[0].modality, Modality::Reported, "{text}");
}
