//! Figures extractor: values, intervals, qualifiers, counted nouns and casualty
//! kinds on phrasings written for these tests, and on the fixture seeds.

use claimdiff::document::Document;
use claimdiff::figures;
use claimdiff::model::{Bound, Casualty, Figure, Qualifier};

fn figs(text: &str) -> Vec<(String, Figure)> {
    let doc = Document::from_text("t.txt", text, None);
    figures::find(&doc, &[])
        .into_iter()
        .map(|f| (doc.slice(f.span).to_string(), f))
        .collect()
}

#[allow(dead_code)]
fn dump(text: &str) -> String {
    figs(text)
        .iter()
        .map(|(s, f)| {
            format!(
                "{s}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
                f.value, f.qualifier, f.interval.low, f.interval.high, f.unit, f.counts, f.category
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The figure worded exactly `wording` in `text`.
fn fig(text: &str, wording: &str) -> Figure {
    let all = figs(text);
    match all.iter().find(|(s, _)| s == wording) {
        Some((_, f)) => f.clone(),
        None => panic!("no figure {wording:?} in {text:?}; found:\n{}", dump(text)),
    }
}

/// Asserts the casualty kind of each (text, wording, kind).
fn assert_categories(cases: &[(&str, &str, Casualty)]) {
    for (text, w, cat) in cases {
        assert_eq!(fig(text, w).category, Some(*cat), "{text}");
    }
}

fn inc(v: f64) -> Bound {
    Bound::Inclusive(v)
}
fn exc(v: f64) -> Bound {
    Bound::Exclusive(v)
}
const INF: Bound = Bound::Unbounded;

/// Asserts value, interval and qualifier.
fn check(f: &Figure, value: f64, low: Bound, high: Bound, q: Qualifier) {
    assert_eq!(f.value, value, "{f:?}");
    assert_eq!((f.interval.low, f.interval.high), (low, high), "{f:?}");
    assert_eq!(f.qualifier, q, "{f:?}");
}

fn counts(f: &Figure) -> Option<&str> {
    f.counts.as_deref()
}

fn wordings(text: &str) -> Vec<String> {
    figs(text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn digits_separators_decimals_and_scales() {
    let f = fig("Rescuers counted 1,000 survivors.", "1,000");
    check(&f, 1000.0, inc(1000.0), inc(1000.0), Qualifier::Exact);
    assert_eq!(counts(&f), Some("survivors"));
    let f = fig("Some 2,037 homes were damaged.", "Some 2,037");
    assert_eq!(f.value, 2037.0);
    assert_eq!(counts(&f), Some("homes"));
    let f = fig("The storm dumped 3.5 inches of rain.", "3.5");
    assert_eq!(f.value, 3.5);
    let f = fig("The city has 1.2 million residents.", "1.2 million");
    check(&f, 1_200_000.0, inc(1.2e6), inc(1.2e6), Qualifier::Exact);
    assert_eq!(counts(&f), Some("residents"));
    let f = fig("Turnout was 12,345,678 voters.", "12,345,678");
    assert_eq!(f.value, 12_345_678.0);
    // A sentence-final period is not a decimal point.
    assert_eq!(fig("They arrested 14.", "14").value, 14.0);
}

#[test]
fn number_words() {
    let f = fig("Two soldiers were hurt.", "Two");
    assert_eq!((f.value, counts(&f)), (2.0, Some("soldiers")));
    assert_eq!(f.category, Some(Casualty::Wounded));
    assert_eq!(fig("Police held twelve suspects.", "twelve").value, 12.0);
    let f = fig("Officials counted eighty-five dead.", "eighty-five");
    assert_eq!((f.value, f.category), (85.0, Some(Casualty::Killed)));
    let f = fig("A dozen villagers were missing.", "A dozen");
    assert_eq!((f.value, f.category), (12.0, Some(Casualty::Missing)));
    let f = fig(
        "He freed one hundred and twenty prisoners.",
        "one hundred and twenty",
    );
    assert_eq!((f.value, counts(&f)), (120.0, Some("prisoners")));
    assert_eq!(
        fig("Nearly a hundred homes burned.", "Nearly a hundred").value,
        100.0
    );
    assert_eq!(
        fig("They deployed two thousand troops.", "two thousand").value,
        2000.0
    );
    assert_eq!(
        fig("They bought two dozen drones.", "two dozen").value,
        24.0
    );
}

#[test]
fn percentages() {
    for (text, w) in [
        ("Prices rose 15% in March.", "15%"),
        ("Prices rose 15 percent in March.", "15 percent"),
        ("Prices rose 15 per cent in March.", "15 per cent"),
    ] {
        let f = fig(text, w);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (15.0, Some("percent")),
            "{text}"
        );
        assert_eq!(f.counts, None);
    }
    let f = fig("Support fell by almost 40 percent.", "almost 40 percent");
    check(&f, 40.0, inc(36.0), inc(40.0), Qualifier::About);
}

#[test]
fn money() {
    let cases = [
        (
            "The package is worth $2.5 billion.",
            "$2.5 billion",
            2.5e9,
            "USD",
        ),
        ("It pledged US$3 million.", "US$3 million", 3e6, "USD"),
        ("The fine was €40bn.", "€40bn", 40e9, "EUR"),
        ("He paid £12 for it.", "£12", 12.0, "GBP"),
        (
            "The bribe was 500,000 rupees.",
            "500,000 rupees",
            500_000.0,
            "INR",
        ),
        (
            "Aid totals 5 million dollars.",
            "5 million dollars",
            5e6,
            "USD",
        ),
        (
            "Compensation reached 300 euros each.",
            "300 euros",
            300.0,
            "EUR",
        ),
        ("The deal is worth $40m.", "$40m", 40e6, "USD"),
    ];
    for (text, w, v, code) in cases {
        let f = fig(text, w);
        assert_eq!((f.value, f.unit.as_deref()), (v, Some(code)), "{text}");
    }
    let f = fig(
        "Damage exceeded more than $2 billion.",
        "more than $2 billion",
    );
    check(&f, 2e9, exc(2e9), INF, Qualifier::MoreThan);
    let f = fig("Losses ran to millions of dollars.", "millions of dollars");
    assert_eq!(
        (f.qualifier, f.unit.as_deref()),
        (Qualifier::Vague, Some("USD"))
    );
    // "a $5 bill" is not Australian dollars.
    assert_eq!(
        fig("He found a $5 bill.", "$5").unit.as_deref(),
        Some("USD")
    );
    // Without a currency, "40m" may be metres: not read as 40 million.
    assert!(wordings("The wall is 40m high.").is_empty());
    let f = fig("Some 2.5m people need aid.", "Some 2.5m");
    assert_eq!((f.value, counts(&f)), (2_500_000.0, Some("people")));
}

#[test]
fn lower_bounds() {
    let f = fig("At least 657 people died.", "At least 657");
    check(&f, 657.0, inc(657.0), INF, Qualifier::AtLeast);
    let f = fig("They seized no fewer than 40 boats.", "no fewer than 40");
    check(&f, 40.0, inc(40.0), INF, Qualifier::AtLeast);
    let f = fig("Rescuers found 100 or more survivors.", "100 or more");
    check(&f, 100.0, inc(100.0), INF, Qualifier::AtLeast);
    let f = fig("The 100-plus passengers waited.", "100-plus");
    assert_eq!(f.qualifier, Qualifier::AtLeast);
    for (text, w, v) in [
        ("More than 1,000 people fled.", "More than 1,000", 1000.0),
        ("It fired over 550 missiles.", "over 550", 550.0),
        (
            "Crowds of upwards of 90 protesters gathered.",
            "upwards of 90",
            90.0,
        ),
        (
            "Losses in excess of 400 homes were reported.",
            "in excess of 400",
            400.0,
        ),
        ("The toll is past 300 victims.", "past 300", 300.0),
    ] {
        check(&fig(text, w), v, exc(v), INF, Qualifier::MoreThan);
    }
}

#[test]
fn upper_bounds_and_approximations() {
    let f = fig("Nearly 100 people drowned.", "Nearly 100");
    check(&f, 100.0, inc(90.0), inc(100.0), Qualifier::About);
    let f = fig("Almost 2,000 homes flooded.", "Almost 2,000");
    check(&f, 2000.0, inc(1800.0), inc(2000.0), Qualifier::About);
    let f = fig("Just under 400 ballots were lost.", "Just under 400");
    check(&f, 400.0, inc(360.0), exc(400.0), Qualifier::About);
    for (text, w, v) in [
        ("About 200 fled.", "About 200", 200.0),
        ("Around 50 trucks arrived.", "Around 50", 50.0),
        ("Some 300 were rescued.", "Some 300", 300.0),
        ("Roughly 1,000 workers struck.", "Roughly 1,000", 1000.0),
        ("Approximately 20 boats sank.", "Approximately 20", 20.0),
        (
            "An estimated 5,000 people were evacuated.",
            "An estimated 5,000",
            5000.0,
        ),
    ] {
        check(
            &fig(text, w),
            v,
            inc(v * 9.0 / 10.0),
            inc(v * 11.0 / 10.0),
            Qualifier::About,
        );
    }
    for (text, w, v) in [
        ("Up to 300 were detained.", "Up to 300", 300.0),
        ("As many as 80 died.", "As many as 80", 80.0),
        ("At most 5 guards stayed.", "At most 5", 5.0),
        ("No more than 12 ships remain.", "No more than 12", 12.0),
    ] {
        check(&fig(text, w), v, INF, inc(v), Qualifier::AtMost);
    }
    for (text, w, v) in [
        ("Fewer than 50 were hurt.", "Fewer than 50", 50.0),
        ("Less than 1% voted.", "Less than 1%", 1.0),
        ("Under 200 tickets sold.", "Under 200", 200.0),
    ] {
        check(&fig(text, w), v, INF, exc(v), Qualifier::LessThan);
    }
    // "the past 24 hours" is a time window, not "more than 24".
    assert!(wordings("In the past 24 hours the rain stopped.").is_empty());
}

#[test]
fn ranges() {
    for (text, w) in [
        (
            "Between 150 and 200 people were hurt.",
            "Between 150 and 200",
        ),
        ("Police said 150-200 people were hurt.", "150-200"),
        ("Police said 150 to 200 people were hurt.", "150 to 200"),
        ("Police said 150–200 people were hurt.", "150–200"),
        (
            "Police said from 150 to 200 people were hurt.",
            "from 150 to 200",
        ),
    ] {
        let f = fig(text, w);
        check(&f, 150.0, inc(150.0), inc(200.0), Qualifier::Range);
        assert_eq!(counts(&f), Some("people"), "{text}");
        assert_eq!(f.category, Some(Casualty::Wounded), "{text}");
    }
    let f = fig(
        "It costs between 2 and 3 million dollars.",
        "between 2 and 3 million dollars",
    );
    check(&f, 2e6, inc(2e6), inc(3e6), Qualifier::Range);
    assert_eq!(f.unit.as_deref(), Some("USD"));
    let f = fig("Inflation of 10-15% is expected.", "10-15%");
    assert_eq!(
        (f.interval.high, f.unit.as_deref()),
        (inc(15.0), Some("percent"))
    );
    // A rise from one figure to another is two figures, not a range.
    let text = "The death toll climbed from 50 to 57.";
    assert_eq!(wordings(text), ["50", "57"]);
    assert_eq!(fig(text, "57").category, Some(Casualty::Killed));
    // Scores and year spans are not ranges.
    assert!(wordings("Madrid won 2-1 on Sunday.").is_empty());
    assert!(wordings("He served from 2019 to 2021, in the 2024-25 season.").is_empty());
}

#[test]
fn vague_quantities() {
    let cases = [
        ("Dozens were arrested.", "Dozens", 24.0, 99.0),
        (
            "Hundreds of people were displaced.",
            "Hundreds",
            200.0,
            999.0,
        ),
        (
            "Thousands of homes were destroyed.",
            "Thousands",
            2000.0,
            999_999.0,
        ),
        (
            "Tens of thousands fled the city.",
            "Tens of thousands",
            20_000.0,
            99_999.0,
        ),
        (
            "Hundreds of thousands of people marched.",
            "Hundreds of thousands",
            200_000.0,
            999_999.0,
        ),
        ("Scores of people were injured.", "Scores", 40.0, 199.0),
        (
            "A handful of activists were detained.",
            "A handful",
            2.0,
            6.0,
        ),
        ("Several people were missing.", "Several", 3.0, 9.0),
        (
            "Several hundred troops arrived.",
            "Several hundred",
            300.0,
            900.0,
        ),
        (
            "A few thousand residents left.",
            "A few thousand",
            2000.0,
            5000.0,
        ),
    ];
    for (text, w, lo, hi) in cases {
        let f = fig(text, w);
        check(&f, lo, inc(lo), inc(hi), Qualifier::Vague);
    }
    assert_eq!(
        fig("Dozens were arrested.", "Dozens").category,
        Some(Casualty::Arrested)
    );
    let f = fig("Hundreds of people were displaced.", "Hundreds");
    assert_eq!(
        (counts(&f), f.category),
        (Some("people"), Some(Casualty::Displaced))
    );
    // "scores" only counts with "of"; bare "several" needs something to count.
    assert!(wordings("Test scores improved and several said so.").is_empty());
}

#[test]
fn counted_noun() {
    let cases = [
        (
            "Iran fired over 550 ballistic missiles.",
            "over 550",
            "ballistic missiles",
        ),
        (
            "It launched over 1,000 suicide drones.",
            "over 1,000",
            "suicide drones",
        ),
        ("Britain foiled 20 Iranian backed plots.", "20", "plots"),
        ("Britain foiled 20 Iranian-backed plots.", "20", "plots"),
        ("He was jailed for 25 years in prison.", "25", "years"),
        ("Rescuers recovered 40 bodies.", "40", "bodies"),
        ("The fire destroyed 300 homes.", "300", "homes"),
        ("It sent 5,000 troops.", "5,000", "troops"),
        ("Gunfire killed 12 civilians.", "12", "civilians"),
        ("The raid freed 9 children.", "9", "children"),
        (
            "It struck three Iranian nuclear sites.",
            "three",
            "nuclear sites",
        ),
        (
            "Two purported members of a gang were jailed.",
            "Two",
            "members",
        ),
        ("One person died.", "One", "people"),
        ("Only one child was hurt.", "one", "children"),
        (
            "45,000 Palestinians have been killed.",
            "45,000",
            "Palestinians",
        ),
        (
            "It said 165 staff members had been killed.",
            "165",
            "staff members",
        ),
        ("It deployed 300 police officers.", "300", "police officers"),
    ];
    for (text, w, c) in cases {
        assert_eq!(counts(&fig(text, w)), Some(c), "{text}");
    }
    // Money and percentages count nothing.
    assert_eq!(
        fig("It paid $5 million to 40 families.", "$5 million").counts,
        None
    );
}

#[test]
fn casualty_patterns() {
    use Casualty::*;
    let cases: &[(&str, &str, Option<&str>, Casualty)] = &[
        ("The attack killed 85 people.", "85", Some("people"), Killed),
        (
            "85 people were killed in the blast.",
            "85",
            Some("people"),
            Killed,
        ),
        ("It was a bombing that killed 85.", "85", None, Killed),
        ("The death toll rose to 57 on Sunday.", "57", None, Killed),
        ("The death toll stands at 1,203.", "1,203", None, Killed),
        (
            "The number of people killed reached 40.",
            "40",
            None,
            Killed,
        ),
        (
            "Officials said 85 dead had been counted.",
            "85",
            None,
            Killed,
        ),
        (
            "They mourned the deaths of 12 children.",
            "12",
            Some("children"),
            Killed,
        ),
        (
            "Gunmen stormed the village, killing at least 30.",
            "at least 30",
            None,
            Killed,
        ),
        (
            "Nine people lost their lives.",
            "Nine",
            Some("people"),
            Killed,
        ),
        (
            "The quake caused 300 deaths.",
            "300",
            Some("deaths"),
            Killed,
        ),
        (
            "A further 20 bodies were recovered.",
            "A further 20",
            Some("bodies"),
            Killed,
        ),
        ("Forty were hospitalised overnight.", "Forty", None, Wounded),
        (
            "Three soldiers were reportedly injured.",
            "Three",
            Some("soldiers"),
            Wounded,
        ),
        (
            "The blast wounded 2,000 soldiers.",
            "2,000",
            Some("soldiers"),
            Wounded,
        ),
        (
            "12 missing children were found.",
            "12",
            Some("children"),
            Missing,
        ),
        (
            "Three fishermen are unaccounted for.",
            "Three",
            Some("fishermen"),
            Missing,
        ),
        (
            "Police arrested 12 suspects.",
            "12",
            Some("suspects"),
            Arrested,
        ),
        ("Six men remain in custody.", "Six", Some("men"), Arrested),
        (
            "Over 200 protesters were detained.",
            "Over 200",
            Some("protesters"),
            Arrested,
        ),
        (
            "The floods displaced 3,000 families.",
            "3,000",
            Some("families"),
            Displaced,
        ),
        (
            "About 1,200 were left homeless.",
            "About 1,200",
            None,
            Displaced,
        ),
        (
            "Authorities evacuated 3,000 residents.",
            "3,000",
            Some("residents"),
            Displaced,
        ),
        ("Divers rescued 14 miners.", "14", Some("miners"), Rescued),
    ];
    for (text, w, c, cat) in cases {
        let f = fig(text, w);
        assert_eq!((counts(&f), f.category), (*c, Some(*cat)), "{text}");
    }
    let f = fig("The fighting claimed 30 lives.", "30");
    assert_eq!((counts(&f), f.category), (Some("lives"), Some(Killed)));
    // Not casualties.
    assert_eq!(fig("The army bought 40 tanks.", "40").category, None);
    assert_eq!(
        fig("Killers roam; 12 soldiers marched at 3 sites.", "12").category,
        None
    );
}

#[test]
fn coordinated_casualty_figures() {
    use Casualty::*;
    let text = "Strikes left at least 657 people killed and 2,037 wounded.";
    let f = fig(text, "at least 657");
    assert_eq!((counts(&f), f.category), (Some("people"), Some(Killed)));
    let f = fig(text, "2,037");
    assert_eq!((counts(&f), f.category), (Some("people"), Some(Wounded)));

    let text = "One person dead and 11 injured, police said.";
    let f = fig(text, "One");
    assert_eq!(
        (f.value, counts(&f), f.category),
        (1.0, Some("people"), Some(Killed))
    );
    let f = fig(text, "11");
    assert_eq!((counts(&f), f.category), (Some("people"), Some(Wounded)));

    let text = "Two journalists were killed and three were injured.";
    assert_eq!(fig(text, "Two").category, Some(Killed));
    let f = fig(text, "three");
    assert_eq!(
        (counts(&f), f.category),
        (Some("journalists"), Some(Wounded))
    );

    let text = "The raid killed 5 people and injured 12.";
    assert_eq!(counts(&fig(text, "12")), Some("people"));
    assert_eq!(fig(text, "12").category, Some(Wounded));

    let text = "Police arrested 12 suspects and detained 4 others.";
    assert_eq!(counts(&fig(text, "4")), Some("suspects"));

    // The casualty kind carries over a plain list.
    let text = "The quake killed 20 soldiers and 5 civilians.";
    assert_eq!(fig(text, "5").category, Some(Killed));
    let text = "85 people were killed, including 20 children.";
    assert_eq!(fig(text, "20").category, Some(Killed));
    // ... but not over a new verb.
    let text = "The storm killed 3 people and destroyed 40 homes.";
    assert_eq!(fig(text, "40").category, None);
}

#[test]
fn not_figures() {
    for text in [
        // years and dates
        "On April 1, 2024 the embassy was hit.",
        "Hamas attacked on October 7, 2023.",
        "It began on 7 October and ended in 1994.",
        "The group has grown since 2022 and the 1979 revolution.",
        "Elections are due in 2026 and the 2024 attacks still matter.",
        "It happened in the 1990s.",
        // ordinals
        "He finished first, then 3rd and 21st.",
        // names
        "Flight 17 crashed near Unit 11000 on Route 9.",
        "They met at No. 10 and Gate 4.",
        "Apollo 11 and Resolution 2334 invoke Article 5.",
        "The G7 discussed COVID-19 and F-16 jets.",
        // pronoun "one"
        "One of the victims was a child.",
        "No one was hurt, said the one who called.",
        "One official said talks continue.",
        // compound modifiers and durations used as dates (the number reader
        // alone; with the tagger's durations a modifier is a length of time,
        // see `durations_written_as_modifiers_are_lengths_of_time`)
        "Israel and Iran fought a 12 day war.",
        "He began a two-year sentence after a 12-day trial.",
        "Three days ago the talks failed; two weeks later they resumed.",
        // ages, clock times, phone numbers
        "The 45-year-old man was named.",
        "A man aged 45 was named; John Smith, 45, was named.",
        "She is 30 years old.",
        "The blast came at 10:30 and at 3 p.m. and at 0800 GMT.",
        "Call +1 555-123-4567 or (020) 7946 0958.",
        // a known set named again
        "The two countries signed the deal.",
    ] {
        assert!(wordings(text).is_empty(), "{text}: {:?}", wordings(text));
    }
    // Years next to real figures.
    let text = "In 1994 a bombing killed 85 people.";
    assert_eq!(wordings(text), ["85"]);
    let text = "Israel killed 2000 people.";
    assert_eq!(wordings(text), ["2000"]);
}

#[test]
fn timex_spans_are_respected() {
    use claimdiff::model::{Anchor, Span, Timex, TimexType};
    let text = "By June 20, 85 people were killed.";
    let doc = Document::from_text("t.txt", text, None);
    let start = text.find("June").unwrap();
    let tx = Timex {
        span: Span::new(start, start + "June 20".len()),
        timex_type: TimexType::Date,
        value: "XXXX-06-20".into(),
        modifier: None,
        anchor: Anchor::Unresolved,
    };
    let found = figures::find(&doc, &[tx]);
    assert_eq!(found.len(), 1);
    assert_eq!(doc.slice(found[0].span), "85");
    // A duration timex does not hide a figure such as a sentence length.
    let text = "He got 25 years in prison.";
    let doc = Document::from_text("t.txt", text, None);
    let start = text.find("25").unwrap();
    let tx = Timex {
        span: Span::new(start, start + 8),
        timex_type: TimexType::Duration,
        value: "P25Y".into(),
        modifier: None,
        anchor: Anchor::Absolute,
    };
    assert_eq!(figures::find(&doc, &[tx]).len(), 1);
}

#[test]
fn headlines_in_title_case() {
    let text = "US Strike Kills 85 People In Yemen As Iran Fires 550 Missiles";
    let f = fig(text, "85");
    assert_eq!(
        (counts(&f), f.category),
        (Some("people"), Some(Casualty::Killed))
    );
    assert_eq!(counts(&fig(text, "550")), Some("missiles"));
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let text = "“We counted more than 1,000 bodies” — officials said, adding €40bn é.";
    let doc = Document::from_text("t.txt", text, None);
    let found = figures::find(&doc, &[]);
    let got: Vec<&str> = found.iter().map(|f| doc.slice(f.span)).collect();
    assert_eq!(got, ["more than 1,000", "€40bn"]);
    assert!(found.windows(2).all(|w| w[0].span.start < w[1].span.start));
}

#[test]
fn hostile_input_does_not_panic_and_stays_linear() {
    let long =
        "1,000 people ".repeat(20_000) + &"9".repeat(5_000) + " -- - , $ % € 1.2.3 ,,, 4-5-6-7";
    let doc = Document::from_text("t.txt", &long, None);
    let t = std::time::Instant::now();
    let found = figures::find(&doc, &[]);
    assert!(!found.is_empty());
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
    for text in [
        "", "$", "between", "at least", "one", "a", "-5", "5-", "%5", "£", "1,", "“1”",
    ] {
        let doc = Document::from_text("t.txt", text, None);
        let _ = figures::find(&doc, &[]);
    }
}

/// The casualty figures a journalist would compare in the three seed articles.
#[test]
fn seed_articles() {
    let mut all: Vec<(String, String, Figure)> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir("fixtures/seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        let bytes = std::fs::read(&p).unwrap();
        let doc = Document::parse(&p.display().to_string(), &bytes, None).unwrap();
        for f in figures::find(&doc, &[]) {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            println!(
                "{name}: {:?} value={} {:?} counts={:?} category={:?}",
                doc.slice(f.span),
                f.value,
                f.qualifier,
                f.counts,
                f.category
            );
            all.push((name, doc.slice(f.span).to_string(), f));
        }
    }
    let has = |file: &str, wording: &str, q: Qualifier, c: Option<&str>, cat: Option<Casualty>| {
        assert!(
            all.iter().any(|(n, w, f)| n.starts_with(file)
                && w == wording
                && f.qualifier == q
                && f.counts.as_deref() == c
                && f.category == cat),
            "missing {file} {wording:?}"
        );
    };
    use Casualty::*;
    use Qualifier::*;
    for file in ["000", "001", "002"] {
        has(file, "85", Exact, Some("people"), Some(Killed));
    }
    for file in ["000", "001"] {
        has(
            file,
            "more than 1,000",
            MoreThan,
            Some("people"),
            Some(Killed),
        );
    }
    has("002", "at least 657", AtLeast, Some("people"), Some(Killed));
    has("002", "2,037", Exact, Some("people"), Some(Wounded));
    has(
        "002",
        "more than 2,500",
        MoreThan,
        Some("people"),
        Some(Wounded),
    );
    has(
        "002",
        "over 550",
        MoreThan,
        Some("ballistic missiles"),
        None,
    );
    has("002", "over 1,000", MoreThan, Some("suicide drones"), None);
    has("002", "20", Exact, Some("plots"), None);
    has("002", "25", Exact, Some("years"), None);
    // No year, date or name slipped through.
    for (_, w, f) in &all {
        let year_shaped = w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        assert!(!year_shaped, "{w}");
        assert!(
            !["7", "1", "20", "22", "24", "11000", "12"].contains(&w.as_str())
                || f.counts.is_some(),
            "{w}"
        );
    }
}

#[test]
fn casualty_cue_after_an_aside() {
    for text in [
        "85 people, including 20 children, were killed.",
        "85 people including 20 children died.",
    ] {
        assert_eq!(fig(text, "85").category, Some(Casualty::Killed), "{text}");
        assert_eq!(fig(text, "20").category, Some(Casualty::Killed), "{text}");
    }
    let text = "Police detained 45 protesters and arrested another 12 in the capital.";
    let f = fig(text, "another 12");
    assert_eq!(
        (counts(&f), f.category),
        (Some("protesters"), Some(Casualty::Arrested))
    );
}

#[test]
fn ratios_ages_and_abbreviated_dates() {
    assert!(wordings("One in four adults, and 1 in 6 children under the age of 2.").is_empty());
    assert!(wordings("The Oct. 7 attack and the Sept. 11 attacks.").is_empty());
}

#[test]
fn partitives_and_totals() {
    let text = "In the village, 90 of its 200 residents were killed.";
    let f = fig(text, "90");
    assert_eq!(
        (counts(&f), f.category),
        (Some("residents"), Some(Casualty::Killed))
    );
    assert_eq!(fig(text, "200").category, None);
    let text = "Officials said 3 of the 4 bridges were damaged.";
    assert_eq!(counts(&fig(text, "3")), Some("bridges"));
    let text = "Two of the rescuers were hurt.";
    let f = fig(text, "Two");
    assert_eq!(
        (counts(&f), f.category),
        (Some("rescuers"), Some(Casualty::Wounded))
    );
}

#[test]
fn toll_named_further_back() {
    for text in [
        "The death toll from the earthquake in Morocco rose to 2,012 on Saturday.",
        "The toll in the flooded province has now climbed to 2,012.",
    ] {
        assert_eq!(
            fig(text, "2,012").category,
            Some(Casualty::Killed),
            "{text}"
        );
    }
    // A change verb alone is not a casualty.
    let text = "Prices in the northern province rose to 2,012 dirhams.";
    assert_eq!(fig(text, "2,012 dirhams").category, None);
}

#[test]
fn older_years_are_years_too() {
    assert!(wordings("The 1755 Lisbon earthquake and the battle of 1066.").is_empty());
    assert_eq!(wordings("A bombing killed 1500 in 1755."), ["1500"]);
}

#[test]
fn among_the_dead_and_slashes() {
    let f = fig("Israel said 44 soldiers were among the dead.", "44");
    assert_eq!(
        (counts(&f), f.category),
        (Some("soldiers"), Some(Casualty::Killed))
    );
    let f = fig("Two medics are among the injured.", "Two");
    assert_eq!(f.category, Some(Casualty::Wounded));
    assert!(wordings("He called it our 9/11, open 24/7.").is_empty());
}

#[test]
fn more_names_and_measures() {
    for text in [
        "A Category 5 hurricane and a level 4 alert were issued.",
        "A 4.5 magnitude aftershock hit.",
        "He owns an iPhone 15 and uses Windows 11.",
        "Fox 5 and Channel 4 reported it.",
        "The story ran on page 6.",
    ] {
        assert!(wordings(text).is_empty(), "{text}: {:?}", wordings(text));
    }
    // Sentence-initial capitals that are ordinary words keep the figure.
    assert_eq!(wordings("Nearly 40 people died."), ["Nearly 40"]);
    assert_eq!(wordings("Police said 40 people died."), ["40"]);
}

#[test]
fn toll_nouns_with_linking_verbs() {
    use Casualty::*;
    assert_categories(&[
        ("Death toll hits 100 in the capital.", "100", Killed),
        ("The bodies of 12 migrants were found.", "12", Killed),
        ("Among the dead were 3 medics.", "3", Killed),
        ("The dead included 3 medics.", "3", Killed),
        ("Those injured include 40 children.", "40", Wounded),
        ("The number of injured is 250.", "250", Wounded),
    ]);
}

#[test]
fn lists_and_alternatives() {
    let text = "The parties won 45, 30 and 25 seats.";
    for w in ["45", "30", "25"] {
        assert_eq!(counts(&fig(text, w)), Some("seats"), "{w}");
    }
    let f = fig("Five or six people were killed.", "Five or six");
    check(&f, 5.0, inc(5.0), inc(6.0), Qualifier::Range);
    assert_eq!(
        (counts(&f), f.category),
        (Some("people"), Some(Casualty::Killed))
    );
    let f = fig("Thousands more were displaced.", "Thousands");
    assert_eq!(f.category, Some(Casualty::Displaced));
    let f = fig("At least 5 died and 12 more were hurt.", "12");
    assert_eq!(f.category, Some(Casualty::Wounded));
}

#[test]
fn coordinated_modifiers_share_the_head() {
    let text = "It hit at least twelve military, energy, and government sites.";
    assert_eq!(counts(&fig(text, "at least twelve")), Some("sites"));
    let text = "Strikes hit 40 military and civilian targets.";
    assert_eq!(counts(&fig(text, "40")), Some("targets"));
    // A clause after a comma is not a coordination.
    let text = "It fired 40 rockets, and officials said nothing.";
    assert_eq!(counts(&fig(text, "40")), Some("rockets"));
}

#[test]
fn predicates_are_not_coordinated_modifiers() {
    let f = fig("It left 3 dead, and several hurt.", "3");
    assert_eq!((counts(&f), f.category), (None, Some(Casualty::Killed)));
}

#[test]
fn partitive_of_casualties_and_violent_deaths() {
    use Casualty::*;
    assert_categories(&[
        ("Eleven of the dead were children.", "Eleven", Killed),
        (
            "Two of the injured are in a critical condition.",
            "Two",
            Wounded,
        ),
        (
            "At least 15 demonstrators were shot dead.",
            "At least 15",
            Killed,
        ),
        ("Police said 3 men were stabbed to death.", "3", Killed),
        ("That brings the number rescued to 200.", "200", Rescued),
        ("The number killed has reached 95.", "95", Killed),
    ]);
}

#[test]
fn treated_for_and_suffered_injuries_count_as_wounded() {
    for (text, want) in [
        (
            "Nine people were treated for minor injuries after the collision.",
            9.0,
        ),
        (
            "Officials said 23 passengers suffered injuries in the crash.",
            23.0,
        ),
        (
            "At least 40 workers were taken to hospital after the leak.",
            40.0,
        ),
        (
            "Six firefighters sustained injuries while fighting the blaze.",
            6.0,
        ),
    ] {
        let doc = claimdiff::document::Document::from_text("t.txt", text, None);
        let figs = claimdiff::figures::find(&doc, &[]);
        let f = figs
            .iter()
            .find(|f| f.value == want)
            .unwrap_or_else(|| panic!("{text}: {figs:?}"));
        assert_eq!(
            f.category,
            Some(claimdiff::model::Casualty::Wounded),
            "{text}"
        );
    }
}

#[test]
fn casualties_count_killed_and_wounded_together() {
    use Casualty::*;
    assert_categories(&[
        (
            "The attack caused at least 30 casualties, a medic said.",
            "at least 30",
            Casualties,
        ),
        ("There were 12 casualties among the crew.", "12", Casualties),
        (
            "The number of casualties rose to 45 overnight.",
            "45",
            Casualties,
        ),
        ("Casualties climbed to 80 by noon.", "80", Casualties),
        // the toll stays a death toll
        ("The death toll rose to 45 overnight.", "45", Killed),
        ("The toll reached 9.", "9", Killed),
    ]);
}

#[test]
fn decimal_commas_before_a_scale_word() {
    let q = Qualifier::Exact;
    let f = fig(
        "The storm left 2,3 million euros in damage.",
        "2,3 million euros",
    );
    check(&f, 2_300_000.0, inc(2_300_000.0), inc(2_300_000.0), q);
    assert_eq!(f.unit.as_deref(), Some("EUR"));
    let f = fig("Some 1,25 billion people watched.", "Some 1,25 billion");
    assert_eq!(f.value, 1_250_000_000.0);
    // a thousands group is still a thousands group
    assert_eq!(fig("It cost 2,300 million.", "2,300 million").value, 2.3e9);
    // without a scale word "1,2" is not read as a decimal
    assert!(wordings("Rooms 1,2 were shut.").iter().all(|w| w != "1,2"));
}

#[test]
fn a_share_of_a_counted_whole_is_the_figure_the_event_befell() {
    use Casualty::*;
    let f = fig(
        "Nearly half of the 1,200 residents fled the fighting.",
        "Nearly half of the 1,200",
    );
    check(&f, 600.0, inc(540.0), inc(600.0), Qualifier::About);
    assert_eq!(
        (counts(&f), f.category),
        (Some("residents"), Some(Displaced))
    );

    let f = fig(
        "More than half of its 2,000 employees were arrested.",
        "More than half of its 2,000",
    );
    check(&f, 1000.0, exc(1000.0), INF, Qualifier::MoreThan);
    assert_eq!(f.category, Some(Arrested));

    let f = fig(
        "Two-thirds of the 90 passengers were injured.",
        "Two-thirds of the 90",
    );
    assert!((f.value - 60.0).abs() < 0.01, "{f:?}");
    assert_eq!(f.category, Some(Wounded));

    // a percentage is the share, with its own qualifier; it is not a second figure
    let text = "About 40% of the 300 passengers were injured.";
    let f = fig(text, "About 40% of the 300");
    assert!((f.value - 120.0).abs() < 0.01, "{f:?}");
    assert_eq!(f.qualifier, Qualifier::About);
    assert_eq!(f.category, Some(Wounded));
    assert_eq!(wordings(text), vec!["About 40% of the 300".to_string()]);
}

#[test]
fn a_whole_keeps_its_figure_when_the_event_is_its_own() {
    use Casualty::*;
    // the casualty word belongs to the whole: 47 were killed
    let f = fig("Half of the 47 dead were children.", "47");
    assert_eq!((f.value, f.category), (47.0, Some(Killed)));
    let f = fig("A third of the 30 injured are in a critical state.", "30");
    assert_eq!((f.value, f.category), (30.0, Some(Wounded)));
    // no event at all: the whole is just a count
    let f = fig("Half of the 1,200 residents are farmers.", "1,200");
    assert_eq!((f.value, f.category), (1200.0, None));
    // a number of the whole, not a share, is left to the partitive rule
    assert_eq!(
        fig("Eleven of the 40 dead were children.", "40").category,
        Some(Killed)
    );
}

#[test]
fn a_short_phrase_between_the_counted_noun_and_its_cue_is_stepped_over() {
    use Casualty::*;
    assert_categories(&[
        (
            "About 600 residents of Oskeln fled on Tuesday.",
            "About 600",
            Displaced,
        ),
        ("12 people in the north were killed.", "12", Killed),
        (
            "Five members of the Popov family died in the fire.",
            "Five",
            Killed,
        ),
        ("3 soldiers at the checkpoint were wounded.", "3", Wounded),
        (
            "Nine workers from the mine near Tarn were hurt.",
            "Nine",
            Wounded,
        ),
    ]);
    // no cue after the phrase: no casualty
    assert_eq!(
        fig("40 delegates from 12 nations attended.", "40").category,
        None
    );
    assert_eq!(
        fig(
            "About 300 residents of the valley voted on Sunday.",
            "About 300"
        )
        .category,
        None
    );
}

#[test]
fn a_stretch_of_time_after_for_stays_a_figure_whatever_follows() {
    for (text, w) in [
        (
            "Crews fought the flames for six hours before bringing them under control.",
            "six",
        ),
        ("The talks lasted three days before collapsing.", "three"),
        ("He spent 12 years after the war in exile.", "12"),
        ("The rescue took five days after the quake.", "five"),
        ("She served 20 years before her release.", "20"),
        ("Families waited 48 hours before any news.", "48"),
    ] {
        assert!(
            wordings(text).iter().any(|x| x == w),
            "{text}: {:?}",
            wordings(text)
        );
    }
    // without "for" the same words date an event relative to another
    for text in [
        "Three days before the election, the polls closed.",
        "Six hours after the blast, rescuers arrived.",
    ] {
        assert!(wordings(text).is_empty(), "{text}: {:?}", wordings(text));
    }
}

#[test]
fn a_sentence_opening_with_of_is_read_without_a_share() {
    // "of" as the first token leaves nothing before it for a share
    for text in [
        "Of the 300 workers, 40 were killed.",
        "Of 300 workers 40 fled.",
        "of 12 people, 3 were hurt",
    ] {
        let all = wordings(text);
        assert!(all.len() >= 2, "{text}: {all:?}");
    }
    assert_eq!(
        fig("Of the 300 workers, 40 were killed.", "40").category,
        Some(Casualty::Killed)
    );
}

/// The share worded exactly `wording` in `text`: a percentage of a counted whole.
fn share(text: &str, wording: &str) -> Figure {
    let f = fig(text, wording);
    assert!(f.is_share(), "{text}: {f:?}");
    assert_eq!(f.unit.as_deref(), Some("percent"), "{text}");
    f
}

fn shares(text: &str) -> Vec<String> {
    figs(text)
        .into_iter()
        .filter(|(_, f)| f.is_share())
        .map(|(s, _)| s)
        .collect()
}

/// (text, wording, (value, low, high, qualifier), (counted whole, casualty kind)).
type ShareCase<'a> = (
    &'a str,
    &'a str,
    (f64, Bound, Bound, Qualifier),
    (&'a str, Option<Casualty>),
);

fn assert_shares(cases: &[ShareCase]) {
    for &(text, w, (value, low, high, q), (whole, cat)) in cases {
        let f = share(text, w);
        check(&f, value, low, high, q);
        assert_eq!((counts(&f), f.category), (Some(whole), cat), "{text}");
    }
}

#[test]
fn a_fraction_of_a_whole_with_no_number_is_a_share_in_percent() {
    use Casualty::*;
    use Qualifier::*;
    assert_shares(&[
        (
            "Two-thirds of the homes in Oskeln were destroyed by the flood.",
            "Two-thirds",
            (66.67, inc(66.0), inc(67.0), Exact),
            ("homes", None),
        ),
        (
            "Half of the homes were destroyed.",
            "Half",
            (50.0, inc(50.0), inc(50.0), Exact),
            ("homes", None),
        ),
        (
            "Half the homes in the valley stood empty.",
            "Half",
            (50.0, inc(50.0), inc(50.0), Exact),
            ("homes", None),
        ),
        (
            "A third of the city's hospitals have closed.",
            "A third",
            (33.33, inc(33.0), inc(34.0), Exact),
            ("hospitals", None),
        ),
        (
            "Three quarters of the homes were destroyed.",
            "Three quarters",
            (75.0, inc(75.0), inc(75.0), Exact),
            ("homes", None),
        ),
        (
            "One-fifth of the workers were arrested at the plant.",
            "One-fifth",
            (20.0, inc(20.0), inc(20.0), Exact),
            ("workers", Some(Arrested)),
        ),
        (
            "The flood killed a third of the villagers.",
            "a third",
            (33.33, inc(33.0), inc(34.0), Exact),
            ("villagers", Some(Killed)),
        ),
        (
            "Half of all homes in the region lost power.",
            "Half",
            (50.0, inc(50.0), inc(50.0), Exact),
            ("homes", None),
        ),
        (
            "Two-fifths of the refugees' tents were flooded overnight.",
            "Two-fifths",
            (40.0, inc(40.0), inc(40.0), Exact),
            ("tents", None),
        ),
        (
            "Four-fifths of the region's schools remain shut.",
            "Four-fifths",
            (80.0, inc(80.0), inc(80.0), Exact),
            ("schools", None),
        ),
    ]);
}

#[test]
fn a_qualified_share_bounds_the_exact_fraction_within_the_whole() {
    use Casualty::*;
    use Qualifier::*;
    assert_shares(&[
        (
            "More than half of the villagers were evacuated.",
            "More than half",
            (50.0, exc(50.0), inc(100.0), MoreThan),
            ("villagers", Some(Displaced)),
        ),
        (
            "Nearly two-thirds of the homes were flooded.",
            "Nearly two-thirds",
            (66.67, inc(60.0), inc(66.67), About),
            ("homes", None),
        ),
        (
            "About a quarter of the residents fled.",
            "About a quarter",
            (25.0, inc(22.5), inc(27.5), About),
            ("residents", Some(Displaced)),
        ),
        (
            "At least half of the population fled.",
            "At least half",
            (50.0, inc(50.0), inc(100.0), AtLeast),
            ("population", Some(Displaced)),
        ),
        (
            "Less than a quarter of the ballots were counted.",
            "Less than a quarter",
            (25.0, inc(0.0), exc(25.0), LessThan),
            ("ballots", None),
        ),
        (
            "Power was restored to roughly half of the homes that lost it.",
            "roughly half",
            (50.0, inc(45.0), inc(55.0), About),
            ("homes", None),
        ),
        (
            "Half of the world's population lives in cities.",
            "Half",
            (50.0, inc(50.0), inc(50.0), Exact),
            ("population", None),
        ),
        (
            "Up to a third of the country's hospitals lack power.",
            "Up to a third",
            (33.33, inc(0.0), inc(33.33), AtMost),
            ("hospitals", None),
        ),
    ]);
}

#[test]
fn two_fractions_joined_make_a_range_of_shares() {
    use Casualty::*;
    use Qualifier::*;
    assert_shares(&[
        (
            "Between a third and half of the homes were destroyed.",
            "Between a third and half",
            (33.33, inc(33.0), inc(50.0), Range),
            ("homes", None),
        ),
        (
            "A quarter to a third of the residents fled.",
            "A quarter to a third",
            (25.0, inc(25.0), inc(34.0), Range),
            ("residents", Some(Displaced)),
        ),
        (
            "Two-thirds or three-quarters of the crops failed.",
            "Two-thirds or three-quarters",
            (66.67, inc(66.0), inc(75.0), Range),
            ("crops", None),
        ),
    ]);
    // two shares of two wholes are no range
    let text = "Half of the homes and a third of the schools burned.";
    assert_eq!(shares(text), ["Half", "a third"]);
    assert_eq!(fig(text, "a third").counts.as_deref(), Some("schools"));
}

#[test]
fn words_that_only_bound_a_share_take_their_bounds_from_the_table() {
    use Casualty::*;
    use Qualifier::*;
    let most = (50.0, exc(50.0), inc(100.0), MoreThan);
    assert_shares(&[
        (
            "Most of the residents fled.",
            "Most",
            most,
            ("residents", Some(Displaced)),
        ),
        (
            "A majority of voters backed the measure.",
            "A majority",
            most,
            ("voters", None),
        ),
        (
            "The vast majority of the passengers were rescued.",
            "The vast majority",
            most,
            ("passengers", Some(Rescued)),
        ),
        (
            "A minority of analysts expected a cut.",
            "A minority",
            (50.0, inc(0.0), exc(50.0), LessThan),
            ("analysts", None),
        ),
        (
            "Nearly all of the residents were evacuated.",
            "Nearly all",
            (50.0, exc(50.0), inc(100.0), Vague),
            ("residents", Some(Displaced)),
        ),
    ]);
}

#[test]
fn a_percentage_of_a_whole_with_no_number_is_a_share() {
    use Casualty::*;
    use Qualifier::*;
    assert_shares(&[
        (
            "About 60% of homes were flooded.",
            "About 60%",
            (60.0, inc(54.0), inc(66.0), About),
            ("homes", None),
        ),
        (
            "Sixty percent of residents fled.",
            "Sixty percent",
            (60.0, inc(60.0), inc(60.0), Exact),
            ("residents", Some(Displaced)),
        ),
        (
            "40 per cent of the region's schools were damaged.",
            "40 per cent",
            (40.0, inc(40.0), inc(40.0), Exact),
            ("schools", None),
        ),
        // a share cannot pass the whole
        (
            "About 95% of residents fled.",
            "About 95%",
            (95.0, inc(85.5), inc(100.0), About),
            ("residents", Some(Displaced)),
        ),
        (
            "More than 70 percent of the homes lost power.",
            "More than 70 percent",
            (70.0, exc(70.0), inc(100.0), MoreThan),
            ("homes", None),
        ),
    ]);
}

#[test]
fn percentages_of_no_counted_whole_stay_plain_percentages() {
    for (text, w) in [
        ("Prices rose 3% in March.", "3%"),
        ("The pumps failed 50% of the time.", "50%"),
        ("The party won 40% of the vote.", "40%"),
        ("Debt reached 60% of GDP last year.", "60%"),
        ("Half of them said 30% of it was lost.", "30%"),
    ] {
        let f = fig(text, w);
        assert!(!f.is_share(), "{text}: {f:?}");
        assert_eq!(
            (f.unit.as_deref(), counts(&f)),
            (Some("percent"), None),
            "{text}"
        );
    }
}

#[test]
fn parts_of_a_numbered_whole_are_counts_not_shares() {
    // the whole has a number: the figure is the part, as before
    for (text, w, value) in [
        (
            "Half of the 1,200 residents fled.",
            "Half of the 1,200",
            600.0,
        ),
        (
            "Nearly half of the 1,200 residents fled.",
            "Nearly half of the 1,200",
            600.0,
        ),
        (
            "40% of the 300 passengers were hurt.",
            "40% of the 300",
            120.0,
        ),
        ("Most of the 300 homes were destroyed.", "300", 300.0),
        ("Half of the 47 dead were children.", "47", 47.0),
        ("Two-thirds of the city's 12 hospitals closed.", "12", 12.0),
    ] {
        let f = fig(text, w);
        assert!(!f.is_share(), "{text}: {f:?}");
        assert_eq!((f.value, f.unit.as_deref()), (value, None), "{text}");
        assert!(shares(text).is_empty(), "{text}: {:?}", shares(text));
    }
}

#[test]
fn fractions_that_are_not_shares_of_a_count() {
    for text in [
        "Half of the time the pumps failed.",
        "He waited half an hour for the ferry.",
        "They walked a third of a mile to the road.",
        "The bill needs a two-thirds majority to pass.",
        "His half-brother was hurt in the crash.",
        "One of the homes burned down.",
        "Half of them fled before dawn.",
        "Most of the time it rained.",
        "In the first half of the matches he scored twice.",
        "The other half of the residents stayed.",
        "A third of the vote went to the challenger.",
        "Half of the days were lost to rain.",
        "The storm damaged the most homes in decades.",
        "At most of the sites, crews found nothing.",
        "The council approved it by a majority of one.",
        "Half past nine the sirens sounded.",
        "A quarter of a century later the dam failed.",
        // what the whole is made of is not a share of it the noun can tell apart
        "Half of the victims were children.",
        "Two-thirds of the passengers on board were Germans.",
        "Most of the dead were women.",
        // a clause that picks out part of the whole leaves the share's claim unread
        "Half of the people who died were over 80.",
        "Most of the villagers who fled have since returned.",
        // the complement of a share is not that share
        "All but a third of the homes were lost.",
    ] {
        assert!(shares(text).is_empty(), "{text}: {:?}", shares(text));
    }
}

#[test]
fn unfinished_shares_do_not_panic() {
    for text in [
        "Half",
        "Half of",
        "half of the",
        "Two-thirds of",
        "more than half of all the",
        "most of the city's",
        "a third of the ’",
        "of half",
        "Nearly",
        "half - of the homes",
        "half-",
        "’s half of",
        "A majority of",
    ] {
        let doc = Document::from_text("t.txt", text, None);
        let found = figures::find(&doc, &[]);
        assert!(found.iter().all(|f| !f.is_share()), "{text}: {found:?}");
    }
    // a share at the very start and end of the text
    assert_eq!(shares("Half of homes"), ["Half"]);
}

/// Figures as the pipeline finds them, with the temporal tagger's expressions.
fn tagged(text: &str) -> Vec<(String, Figure)> {
    let doc = Document::from_text("t.txt", text, None);
    let timexes = claimdiff::timex::tag(&doc, &[]);
    figures::find(&doc, &timexes)
        .into_iter()
        .map(|f| (doc.slice(f.span).to_string(), f))
        .collect()
}

fn tagged_fig(text: &str, wording: &str) -> Figure {
    let all = tagged(text);
    match all.iter().find(|(s, _)| s == wording) {
        Some((_, f)) => f.clone(),
        None => panic!("no figure {wording:?} in {text:?}; found {all:?}"),
    }
}

#[test]
fn lengths_of_time_without_digits_count_in_their_written_unit() {
    for (text, wording, value, unit) in [
        ("The war lasted a decade.", "a decade", 1.0, "decades"),
        ("He spent half a year in jail.", "half a year", 0.5, "years"),
        (
            "She was held for a year and a half.",
            "a year and a half",
            1.5,
            "years",
        ),
        (
            "He spent two and a half years abroad.",
            "two and a half years",
            2.5,
            "years",
        ),
        (
            "The search lasted half an hour.",
            "half an hour",
            0.5,
            "hours",
        ),
        (
            "It took an hour and a half to reach them.",
            "an hour and a half",
            1.5,
            "hours",
        ),
        (
            "After a decade of war, the country voted.",
            "a decade",
            1.0,
            "decades",
        ),
        (
            "The town was cut off for a month.",
            "a month",
            1.0,
            "months",
        ),
        (
            "He was held for a week without charge.",
            "a week",
            1.0,
            "weeks",
        ),
    ] {
        let f = tagged_fig(text, wording);
        check(&f, value, inc(value), inc(value), Qualifier::Exact);
        assert_eq!(counts(&f), Some(unit), "{text}");
        assert_eq!((f.category, f.unit.as_deref()), (None, None), "{text}");
    }
    // The qualifier bounds them as it bounds a count.
    let f = tagged_fig("The siege lasted about a month.", "about a month");
    check(&f, 1.0, inc(0.9), inc(1.1), Qualifier::About);
    let f = tagged_fig("Fighting went on for nearly a month.", "nearly a month");
    check(&f, 1.0, inc(0.9), inc(1.0), Qualifier::About);
    let f = tagged_fig(
        "The blockade lasted more than a month.",
        "more than a month",
    );
    check(&f, 1.0, exc(1.0), INF, Qualifier::MoreThan);
}

#[test]
fn durations_written_as_modifiers_are_lengths_of_time() {
    for (text, wording, value, unit) in [
        (
            "Israel and Iran fought a 12-day war.",
            "12-day",
            12.0,
            "days",
        ),
        (
            "Israel and Iran fought a 12 day war.",
            "12 day",
            12.0,
            "days",
        ),
        ("She began a two-year sentence.", "two-year", 2.0, "years"),
        (
            "The 48-hour search ended at dawn.",
            "48-hour",
            48.0,
            "hours",
        ),
        ("Unions called a one-day strike.", "one-day", 1.0, "days"),
    ] {
        let f = tagged_fig(text, wording);
        check(&f, value, inc(value), inc(value), Qualifier::Exact);
        assert_eq!(counts(&f), Some(unit), "{text}");
    }
    // A unit made a length by "long", with no number ("month-long",
    // "weeklong"), is a rough length: half a unit either way, as "about a
    // month" allows.
    for (text, wording, unit) in [
        (
            "A month-long strike ended on Friday.",
            "month-long",
            "months",
        ),
        ("A weeklong manhunt ended on Friday.", "weeklong", "weeks"),
    ] {
        let f = tagged_fig(text, wording);
        check(&f, 1.0, inc(0.5), inc(1.5), Qualifier::About);
        assert_eq!(counts(&f), Some(unit), "{text}");
    }
}

#[test]
fn ages_points_windows_and_rates_are_not_lengths_of_time() {
    for text in [
        // ages
        "A 40-year-old man was arrested after the raid.",
        "The 10-year-old boy survived; a two-year-old girl was rescued.",
        "She is 30 years old.",
        // points in time and windows
        "For the first time in a decade, it rained in the valley.",
        "A year after the quake, families still live in tents.",
        "The war began a decade ago.",
        "A decade later, peace came.",
        "It has been a decade since the war.",
        "In a month, the camp will close.",
        "Over the past decade, prices rose.",
        "Prices rose in the past 24 hours.",
        // how often, not how long
        "Inspectors come once a month.",
        "Patrols pass every two weeks.",
        "He walked for an hour every day.",
        // no length at all
        "The drought has lasted for years.",
        "The curfew runs from 8 p.m. to 6 a.m.",
    ] {
        let all: Vec<String> = tagged(text).into_iter().map(|(s, _)| s).collect();
        assert!(all.is_empty(), "{text}: {all:?}");
    }
    // A rate written with digits is still the number reader's figure; the
    // comparer keeps it apart from lengths of time.
    let all: Vec<String> = tagged("Nurses worked 24 hours a day.")
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(all, ["24"]);
}
