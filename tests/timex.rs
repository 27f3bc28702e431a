//! Behaviour of the temporal tagger on phrasings written for these tests
//! (none copied from any corpus).

use chrono::NaiveDate;
use claimdiff::model::{Anchor, Timex, TimexType};
use claimdiff::timex::tag_text;

fn d(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

/// Tags `text` (with a publication date) and returns (span text, timex) pairs.
fn tags(text: &str, dct: Option<NaiveDate>) -> Vec<(String, Timex)> {
    tag_text(text, dct)
        .into_iter()
        .map(|t| (text[t.span.start..t.span.end].to_string(), t))
        .collect()
}

/// The single timex whose text is `phrase`.
fn find(text: &str, dct: Option<NaiveDate>, phrase: &str) -> Timex {
    let all = tags(text, dct);
    all.iter()
        .find(|(s, _)| s == phrase)
        .map(|(_, t)| t.clone())
        .unwrap_or_else(|| panic!("no timex {phrase:?} in {text:?}; found {all:?}"))
}

fn value(text: &str, dct: &str, phrase: &str) -> String {
    find(text, d(dct), phrase).value
}

fn assert_values(dct: &str, cases: &[(&str, &str, &str)]) {
    for (text, phrase, want) in cases {
        assert_eq!(
            value(text, dct, phrase),
            *want,
            "{phrase:?} in {text:?} (published {dct})"
        );
    }
}

fn texts(text: &str, dct: Option<NaiveDate>) -> Vec<String> {
    tags(text, dct).into_iter().map(|(s, _)| s).collect()
}

/// Asserts that none of `cases` holds a temporal expression.
fn assert_no_dates(cases: &[&str]) {
    for text in cases {
        let found = texts(text, d(FRI));
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
}

// A Wednesday, so that past and future weekdays differ.
const WED: &str = "2025-11-05";
// A Friday.
const FRI: &str = "2025-11-07";

#[test]
fn absolute_dates_in_common_orders() {
    assert_values(
        FRI,
        &[
            (
                "The ceasefire began on April 1, 2024, officials said.",
                "April 1, 2024",
                "2024-04-01",
            ),
            (
                "It was signed on 1 April 2024 in Doha.",
                "1 April 2024",
                "2024-04-01",
            ),
            (
                "The law took effect on the 3rd of March 2021.",
                "the 3rd of March 2021",
                "2021-03-03",
            ),
            (
                "Polls closed on 2024-04-01 at dusk.",
                "2024-04-01",
                "2024-04-01",
            ),
            (
                "Polls closed on 2024/04/01 at dusk.",
                "2024/04/01",
                "2024-04-01",
            ),
            ("He ruled from 1990-1995 unopposed.", "1990", "1990"),
            ("He ruled from 1990-1995 unopposed.", "1995", "1995"),
            ("The post-1959 order collapsed.", "1959", "1959"),
            (
                "The filing is dated 04/21/2024.",
                "04/21/2024",
                "2024-04-21",
            ),
            (
                "The filing is dated 21/04/2024.",
                "21/04/2024",
                "2024-04-21",
            ),
            (
                "Prices peaked in April 2024 and fell.",
                "April 2024",
                "2024-04",
            ),
            (
                "Fighting resumed in March of 2023.",
                "March of 2023",
                "2023-03",
            ),
            ("The treaty was signed in 1994.", "1994", "1994"),
            (
                "Sales fell in fiscal 1998, the company said.",
                "fiscal 1998",
                "1998",
            ),
            ("He was elected in the 2019 election.", "2019", "2019"),
            (
                "It traces back to the 1979 Islamic revolution.",
                "1979",
                "1979",
            ),
            ("Industry moved offshore in the 1990s.", "the 1990s", "199"),
            ("The ban dates from the '80s.", "the '80s", "198"),
            (
                "Nothing like it was built in the 20th century.",
                "the 20th century",
                "19",
            ),
        ],
    );
}

#[test]
fn dates_without_a_year_take_it_from_the_publication_date() {
    assert_values(
        FRI,
        &[
            (
                "The strike hit the depot on Sept. 30, police said.",
                "Sept. 30",
                "2025-09-30",
            ),
            (
                "The plant closed Apr. 1 after a fire.",
                "Apr. 1",
                "2025-04-01",
            ),
            ("Talks are set to resume on Dec. 2.", "Dec. 2", "2025-12-02"),
            ("The court will rule on Jan. 15.", "Jan. 15", "2026-01-15"),
            ("The vote is due by Nov. 20.", "Nov. 20", "2025-11-20"),
            (
                "The ship has patrolled since March and was scheduled to return.",
                "March",
                "2025-03",
            ),
            (
                "The boy must be returned by Nov. 4.",
                "Nov. 4",
                "2025-11-04",
            ),
            (
                "The dividend will be paid Jan. 2 to holders.",
                "Jan. 2",
                "2026-01-02",
            ),
            ("The rule becomes effective Feb. 1.", "Feb. 1", "2026-02-01"),
        ],
    );
    // weekday + date is one expression; the date decides the value
    let t = find(
        "The army said on Friday, November 7 that it had withdrawn.",
        d(FRI),
        "Friday, November 7",
    );
    assert_eq!(t.value, "2025-11-07");
    assert_eq!(t.timex_type, TimexType::Date);
}

#[test]
fn weekdays_follow_the_tense_of_the_sentence() {
    assert_values(
        WED,
        &[
            (
                "The ministry said on Friday that the talks had failed.",
                "Friday",
                "2025-10-31",
            ),
            (
                "Protesters marched through the capital on Monday.",
                "Monday",
                "2025-11-03",
            ),
            (
                "Officials announced Tuesday that the border was open.",
                "Tuesday",
                "2025-11-04",
            ),
            (
                "The two leaders will meet on Friday in Geneva.",
                "Friday",
                "2025-11-07",
            ),
            (
                "The envoy is scheduled to arrive Saturday.",
                "Saturday",
                "2025-11-08",
            ),
            (
                "Rescuers worked through the night, police said Wednesday.",
                "Wednesday",
                "2025-11-05",
            ),
            ("He left last Thursday.", "last Thursday", "2025-10-30"),
            ("The summit opens next Monday.", "next Monday", "2025-11-10"),
        ],
    );
}

#[test]
fn days_relative_to_the_publication_date() {
    assert_values(
        FRI,
        &[
            (
                "Two rockets were fired yesterday.",
                "yesterday",
                "2025-11-06",
            ),
            ("The cabinet meets today.", "today", "2025-11-07"),
            ("The results come tomorrow.", "tomorrow", "2025-11-08"),
            (
                "The shelling began two days ago.",
                "two days ago",
                "2025-11-05",
            ),
            (
                "The town fell three weeks ago.",
                "three weeks ago",
                "2025-W42",
            ),
            ("The plant opened a decade ago.", "a decade ago", "2015"),
            ("Exports collapsed last month.", "last month", "2025-10"),
            ("Inflation has eased this year.", "this year", "2025"),
            ("The talks stalled last week.", "last week", "2025-W44"),
            ("The report is due next week.", "next week", "2025-W46"),
            ("The vote will be held next year.", "next year", "2026"),
            (
                "The envoy will return in two weeks.",
                "two weeks",
                "2025-W47",
            ),
            (
                "Elections will be held in three years.",
                "three years",
                "2028",
            ),
            ("The deal was struck last year.", "last year", "2024"),
        ],
    );
}

#[test]
fn weeks_are_iso_weeks() {
    // a Sunday ends its ISO week: "last week" is the one before
    assert_eq!(
        value("Prices fell last week.", "2025-11-09", "last week"),
        "2025-W44"
    );
    assert_eq!(
        value("Talks resume next week.", "2025-11-09", "next week"),
        "2025-W46"
    );
    assert_eq!(
        value("Prices fell last week.", "2025-11-10", "last week"),
        "2025-W45"
    );
    assert_eq!(
        value("Prices rose this week.", "2025-01-01", "this week"),
        "2025-W01"
    );
}

#[test]
fn month_names_resolve_by_tense() {
    assert_values(
        FRI,
        &[
            (
                "The floods struck in August, killing dozens.",
                "August",
                "2025-08",
            ),
            (
                "A new round of talks will open in August.",
                "August",
                "2026-08",
            ),
            (
                "The contract must be signed by June 20.",
                "June 20",
                "2026-06-20",
            ),
            (
                "Prices rose in January this year.",
                "January this year",
                "2025-01",
            ),
            (
                "He resigned in June last year.",
                "June last year",
                "2024-06",
            ),
        ],
    );
}

#[test]
fn seasons_quarters_and_halves() {
    assert_values(
        "2025-03-01",
        &[
            ("The drought began last summer.", "last summer", "2024-SU"),
            (
                "Harvests failed in the winter of 2023.",
                "the winter of 2023",
                "2023-WI",
            ),
        ],
    );
    assert_values(
        FRI,
        &[
            (
                "Profit fell in the first quarter, the bank said.",
                "the first quarter",
                "2025-Q1",
            ),
            ("Third-quarter sales rose 4%.", "Third-quarter", "2025-Q3"),
            (
                "Growth slowed in the second half of 2024.",
                "the second half of 2024",
                "2024-H2",
            ),
            ("Sales rose in Q2 2024.", "Q2 2024", "2024-Q2"),
            ("Sales rose in H1 2024.", "H1 2024", "2024-H1"),
        ],
    );
}

#[test]
fn present_past_and_future_references() {
    for (text, phrase, want) in [
        ("The town is now under curfew.", "now", "PRESENT_REF"),
        ("He currently lives abroad.", "currently", "PRESENT_REF"),
        (
            "The army recently moved troops north.",
            "recently",
            "PAST_REF",
        ),
        (
            "More aid may come in the future.",
            "the future",
            "FUTURE_REF",
        ),
    ] {
        let t = find(text, d(FRI), phrase);
        assert_eq!(t.value, want, "{text}");
        assert_eq!(t.anchor, Anchor::Dct);
    }
}

#[test]
fn fuzzy_periods_carry_a_mod() {
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "Construction stopped in late 2024.",
            "late 2024",
            "2024",
            Some("END"),
        ),
        (
            "The plant closes at the end of 2024.",
            "the end of 2024",
            "2024",
            Some("END"),
        ),
        (
            "Work began at the start of 2022.",
            "the start of 2022",
            "2022",
            Some("START"),
        ),
        (
            "Rates were cut in early 2023.",
            "early 2023",
            "2023",
            Some("START"),
        ),
        (
            "Elections come in the middle of this year.",
            "the middle of this year",
            "2025",
            Some("MID"),
        ),
        (
            "The offensive began in mid-June.",
            "mid-June",
            "2025-06",
            Some("MID"),
        ),
        (
            "Troops withdrew earlier this year.",
            "earlier this year",
            "2025",
            Some("START"),
        ),
        (
            "A ruling is expected later this month.",
            "later this month",
            "2025-11",
            Some("END"),
        ),
        (
            "The siege lasted about three weeks.",
            "three weeks",
            "P3W",
            Some("APPROX"),
        ),
        (
            "He has been held for more than two years.",
            "more than two years",
            "P2Y",
            Some("MORE_THAN"),
        ),
        (
            "The talks lasted nearly five hours.",
            "nearly five hours",
            "PT5H",
            Some("LESS_THAN"),
        ),
    ];
    for (text, phrase, want, m) in cases {
        let t = find(text, d(FRI), phrase);
        assert_eq!(t.value, *want, "{text}");
        assert_eq!(t.modifier, *m, "{text}");
    }
}

#[test]
fn vague_phrases_are_not_dates() {
    assert_no_dates(&[
        "In the early days of the movement, few joined.",
        "The day was hot.",
        "Over 1,000 people fled the town.",
        "Flight 1549 landed safely.",
        "The bill cost $2024 in fees.",
        "A 45-year-old man was arrested.",
        "The team won 3-2 on penalties.",
        "Route 2012 was closed.",
        "About 2000 people gathered in the square.",
        "See page 1998 of the report.",
        "She may march with them.",
        "Stocks may fall further.",
        "The score was 2:1 at half time.",
        "Shares traded at 2030 yen.",
        "Version 2024-1-2-3 shipped.",
        "The H5 strain spread.",
        "Crowds marked the fall of Kabul.",
        "It was a legacy of the Arab Spring.",
        "Tickets for the Summer Olympics sold out.",
        "The study was led by June Almeida.",
    ]);
}

#[test]
fn ages_are_not_durations_but_adjectival_durations_are() {
    let all = texts("A 12-year-old boy died in the 12-day war.", d(FRI));
    assert_eq!(all, vec!["12-day".to_string()]);
    assert_eq!(value("It ended a 12 day war.", FRI, "12 day"), "P12D");
}

#[test]
fn durations() {
    for (text, phrase, want) in [
        (
            "He was sentenced to 25 years in prison.",
            "25 years",
            "P25Y",
        ),
        ("The road was closed for three weeks.", "three weeks", "P3W"),
        ("The talks dragged on for 17 months.", "17 months", "P17M"),
        ("Rescuers searched for hours.", "hours", "PTXH"),
        ("The talks lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        // A mixed fraction written with a hyphen, as wire copy does: the
        // half is part of the number, not a "2-month" of its own.
        (
            "He served a 4-1/2-month prison term.",
            "4-1/2-month",
            "P4.5M",
        ),
        ("He served 2-1/2 years in prison.", "2-1/2 years", "P2Y6M"),
        (
            "Prices doubled over the past three years.",
            "the past three years",
            "P3Y",
        ),
        (
            "The next two weeks will be decisive.",
            "The next two weeks",
            "P2W",
        ),
        ("It was a 24-hour strike.", "24-hour", "PT24H"),
        ("The plan runs for a decade.", "a decade", "P10Y"),
        ("They waited several days.", "several days", "PXD"),
        ("A weeklong strike ended.", "weeklong", "P1W"),
        ("It ended a decades-long feud.", "decades-long", "PXDE"),
        ("After a day-long meeting, talks ended.", "day-long", "P1D"),
        (
            "A few days later, the talks collapsed.",
            "A few days",
            "PXD",
        ),
    ] {
        let t = find(text, d(FRI), phrase);
        assert_eq!(t.value, want, "{text}");
        assert_eq!(t.timex_type, TimexType::Duration, "{text}");
        assert_eq!(t.anchor, Anchor::Absolute);
    }
}

#[test]
fn sets() {
    for (text, phrase, want) in [
        (
            "The market opens every Monday.",
            "every Monday",
            "XXXX-WXX-1",
        ),
        ("Rallies are held each July.", "each July", "XXXX-07"),
        ("The report is published annually.", "annually", "P1Y"),
        ("Figures are updated weekly.", "weekly", "P1W"),
        ("Guards patrol daily.", "daily", "P1D"),
        (
            "Inspections happen every two weeks.",
            "every two weeks",
            "P2W",
        ),
        ("The fee is $40 million a year.", "a year", "P1Y"),
        ("Buses run twice a day.", "twice a day", "P1D"),
        ("Shops close on Sundays.", "Sundays", "XXXX-WXX-7"),
    ] {
        let t = find(text, d(FRI), phrase);
        assert_eq!(t.value, want, "{text}");
        assert_eq!(t.timex_type, TimexType::Set, "{text}");
    }
    // "a year" is only a rate after an amount
    assert!(texts("It took a year to rebuild.", d(FRI)).contains(&"a year".to_string()));
    assert_eq!(value("It took a year to rebuild.", FRI, "a year"), "P1Y");
    assert_eq!(
        find("It took a year to rebuild.", d(FRI), "a year").timex_type,
        TimexType::Duration
    );
}

#[test]
fn times_of_day() {
    for (text, phrase, want) in [
        (
            "The blast happened at 10 a.m. local time.",
            "10 a.m. local time",
            "2025-11-07T10:00",
        ),
        (
            "Voting ended at 3:30 p.m. Tuesday.",
            "3:30 p.m. Tuesday",
            "2025-11-04T15:30",
        ),
        (
            "The curfew starts at midnight.",
            "midnight",
            "2025-11-07T24:00",
        ),
        (
            "Talks resumed at noon Thursday.",
            "noon Thursday",
            "2025-11-06T12:00",
        ),
        (
            "The minister spoke this morning.",
            "this morning",
            "2025-11-07TMO",
        ),
        ("Crowds will gather tonight.", "tonight", "2025-11-07TNI"),
        ("Sirens sounded last night.", "last night", "2025-11-06TNI"),
        (
            "Shelling resumed Thursday night.",
            "Thursday night",
            "2025-11-06TNI",
        ),
    ] {
        let t = find(text, d(FRI), phrase);
        assert_eq!(t.value, want, "{text}");
        assert_eq!(t.timex_type, TimexType::Time, "{text}");
    }
}

#[test]
fn a_bare_clock_time_belongs_to_the_day_being_narrated() {
    let text = "The attack came on Friday. It began at 10 a.m. and ended at noon.";
    let all = tag_text(text, d(WED));
    let vals: Vec<(&str, &str)> = all
        .iter()
        .map(|t| (&text[t.span.start..t.span.end], t.value.as_str()))
        .collect();
    assert_eq!(
        vals,
        vec![
            ("Friday", "2025-10-31"),
            ("10 a.m.", "2025-10-31T10:00"),
            ("noon", "2025-10-31T12:00")
        ]
    );
    assert_eq!(all[1].anchor, Anchor::Timex(0));
}

#[test]
fn anchored_on_an_earlier_date_of_the_text() {
    let text = "The siege began on April 1, 2024. The following day, aid arrived. \
                A year later, the city fell. The talks had opened in June 2023. \
                That month, prices soared.";
    let all = tag_text(text, d(FRI));
    let by = |p: &str| {
        all.iter()
            .find(|t| &text[t.span.start..t.span.end] == p)
            .unwrap_or_else(|| panic!("{p} missing: {all:?}"))
    };
    assert_eq!(by("April 1, 2024").anchor, Anchor::Absolute);
    let next = by("The following day");
    assert_eq!(next.value, "2024-04-02");
    assert_eq!(next.anchor, Anchor::Timex(0));
    let later = by("A year later");
    assert_eq!(later.value, "2025");
    assert_eq!(later.anchor, Anchor::Timex(1));
    let that = by("That month");
    assert_eq!(that.value, "2023-06");
    assert_eq!(that.anchor, Anchor::Timex(3));

    assert_eq!(
        value(
            "Troops entered on May 3, 2022. A week later they left.",
            FRI,
            "A week later"
        ),
        "2022-05-10",
        "a week after a day is a day"
    );
    assert_eq!(
        value(
            "The vote was on March 10, 2020. The day before, riots broke out.",
            FRI,
            "The day before"
        ),
        "2020-03-09"
    );
}

#[test]
fn quarters_compared_with_a_year_earlier() {
    let text = "Profit rose in the third quarter to $5 million from $4 million a year ago.";
    assert_eq!(value(text, "1999-11-02", "a year ago"), "1998-Q3");
    // a second comparison still compares with the quarter, not with the first one
    let text = "In the third quarter, sales rose 5% from a year earlier. \
                Costs fell 2% from a year earlier.";
    let all = tag_text(text, d("1999-11-02"));
    let vals: Vec<&str> = all.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(vals, vec!["1999-Q3", "1998-Q3", "1998-Q3"]);
    assert_eq!(
        value(
            "Net rose in the third quarter from the same period last year.",
            "1999-11-02",
            "the same period last year"
        ),
        "1998-Q3"
    );
    assert_eq!(
        value(
            "Profit fell from the year-ago quarter.",
            "1999-11-02",
            "the year-ago quarter"
        ),
        "1998-Q3"
    );
    assert_eq!(
        value(
            "It beat last year's quarter.",
            "1999-11-02",
            "last year's quarter"
        ),
        "1998-Q3"
    );
    assert!(texts("Sales beat year-earlier levels.", d("1999-11-02")) == vec!["year-earlier"]);
    // without a quarter just named, "a year ago" is a year
    assert_eq!(
        value("He was jailed a year ago.", "1999-11-02", "a year ago"),
        "1998"
    );
}

#[test]
fn undated_articles_keep_unknown_fields() {
    let cases = [
        ("The floods struck in August.", "August", "XXXX-08"),
        (
            "The ministry said on Friday that talks failed.",
            "Friday",
            "XXXX-WXX-5",
        ),
        (
            "Two rockets were fired yesterday.",
            "yesterday",
            "XXXX-XX-XX",
        ),
        ("Exports collapsed last month.", "last month", "XXXX-XX"),
        ("The strike ended on Sept. 30.", "Sept. 30", "XXXX-09-30"),
    ];
    for (text, phrase, want) in cases {
        let t = find(text, None, phrase);
        assert_eq!(t.value, want, "{text}");
        assert_eq!(t.anchor, Anchor::Unresolved, "{text}");
    }
    let t = find("It began on April 1, 2024.", None, "April 1, 2024");
    assert_eq!(t.value, "2024-04-01");
    assert_eq!(t.anchor, Anchor::Absolute);
}

#[test]
fn spelled_out_years_in_transcripts() {
    assert_values(
        FRI,
        &[
            (
                "The law was passed in nineteen ninety-six.",
                "nineteen ninety-six",
                "1996",
            ),
            (
                "Plans for the year two thousand were shelved.",
                "the year two thousand",
                "2000",
            ),
        ],
    );
}

#[test]
fn results_are_in_text_order_and_do_not_overlap() {
    let text = "On Monday, 3 March 2025, at 9 a.m., two days after the vote, \
                officials said the 1990s reforms of fiscal 1998 lasted 12 years.";
    let all = tag_text(text, d(FRI));
    assert!(all.len() >= 5, "{all:?}");
    for w in all.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{all:?}");
    }
}

#[test]
fn never_panics_on_odd_input() {
    let long = "1999 ".repeat(20_000);
    for text in [
        "",
        "—",
        "“Friday” — é ‘now’ … 12/31/99",
        "99/99/9999 and 13/13/2013 and 2024-13-45 and Feb. 30, 2024",
        "Sept.",
        "the day before",
        "a.m. p.m. 0:00 a.m. 13 p.m.",
        "It ends 99999999999999999999 months from now, 4000000000 decades from now.",
        "99999999999999999999 years later, 9999999999 quarters ago, in 99999999999 days.",
        "In the third quarter, sales rose from 9999999999 years earlier.",
        "On May 3, 2022, talks began. 9999999999999999999 weeks later they ended.",
        "It opened at 23:59 on Monday 31 February, 2:05:33 after 99:99.",
        long.as_str(),
    ] {
        for dct in [None, d(FRI), d("0001-01-01"), d("9999-12-31")] {
            let _ = tag_text(text, dct);
        }
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "the",
        "last",
        "next",
        "Friday",
        "May",
        "Sept.",
        "30",
        "2024",
        "1990s",
        "'90s",
        "a",
        "year",
        "years",
        "ago",
        "later",
        "earlier",
        "3:30",
        "p.m.",
        "noon",
        "early",
        "mid-",
        "quarter",
        "third",
        "every",
        "daily",
        "—",
        "é",
        "“",
        "”",
        ",",
        ".",
        "fiscal",
        "1,000",
        "$",
        "-",
        "/",
        "12",
        "day",
        "night",
        "this",
        "morning",
        "since",
        "until",
        "will",
        "said",
        "nineteen",
        "ninety-six",
        "2020-21",
        "half",
        "of",
        "week",
        "’",
        "Q3",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn spans_are_ordered_and_on_char_boundaries(
            idx in proptest::collection::vec(0..WORDS.len(), 0..40),
            dated in any::<bool>(),
        ) {
            let text = idx.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            let dct = if dated { d(FRI) } else { None };
            let all = tag_text(&text, dct);
            let mut last = 0;
            for (pos, t) in all.iter().enumerate() {
                prop_assert!(t.span.start >= last && t.span.start < t.span.end);
                prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                prop_assert!(!t.value.is_empty());
                if let Anchor::Timex(i) = t.anchor {
                    // a clock time may take its day from one written after it
                    prop_assert!(i < pos || (i > pos && i < all.len() && t.timex_type == TimexType::Time));
                }
                last = t.span.end;
            }
        }
    }
}

#[test]
fn the_verb_before_a_weekday_outweighs_a_future_cue_after_it() {
    // 2025-09-17 is a Wednesday: the past Tuesday is the 16th, the next the 23rd.
    assert_values(
        "2025-09-17",
        &[
            ("Police detained 12 people on Tuesday after a rally against plans to close the mine.", "Tuesday", "2025-09-16"),
            ("The council voted on Tuesday despite a proposal that would delay the project.", "Tuesday", "2025-09-16"),
            ("Workers walked out on Tuesday over a scheme that is expected to cut wages.", "Tuesday", "2025-09-16"),
            ("The ministers will meet on Tuesday after talks that collapsed last month.", "Tuesday", "2025-09-23"),
        ],
    );
}

#[test]
fn capitalized_names_ending_in_ed_are_not_past_tense() {
    // "United", "Ted" end in "-ed" but are no verbs: the future modal decides.
    assert_values(
        WED,
        &[
            (
                "Aides said the minister would be flying to the United States Thursday.",
                "Thursday",
                "2025-11-06",
            ),
            (
                "The coach told reporters Ted would play again Saturday.",
                "Saturday",
                "2025-11-08",
            ),
        ],
    );
}

#[test]
fn participles_after_a_determiner_and_nouns_in_ed_are_not_past_tense() {
    assert_values(
        "2025-10-20",
        &[
            (
                "The bonus will be paid on a still undisclosed date to holders of record Dec. 12.",
                "Dec. 12",
                "2025-12-12",
            ),
            (
                "She will succeed the retiring chairman Feb. 3.",
                "Feb. 3",
                "2026-02-03",
            ),
            (
                "Two hundred workers will be hired by the plant in March.",
                "March",
                "2026-03",
            ),
        ],
    );
}

#[test]
fn present_tense_schedule_verbs_put_a_weekday_ahead() {
    assert_values(
        WED,
        &[
            (
                "The two presidents meet Friday in Vienna.",
                "Friday",
                "2025-11-07",
            ),
            (
                "Negotiations, set to resume Monday, were suspended in June.",
                "Monday",
                "2025-11-10",
            ),
            (
                "The prime minister leaves separately Saturday for the summit.",
                "Saturday",
                "2025-11-08",
            ),
            (
                "The ceasefire had been due to expire Tuesday but was extended.",
                "Tuesday",
                "2025-11-04",
            ),
        ],
    );
}

#[test]
fn possessive_weekdays_name_reported_events() {
    assert_values(
        WED,
        &[
            (
                "Lawyers said they would try to overturn Monday's verdict.",
                "Monday",
                "2025-11-03",
            ),
            (
                "Shares will open below Friday's close, traders expect.",
                "Friday",
                "2025-10-31",
            ),
            (
                "Police braced for unrest ahead of Sunday's vote.",
                "Sunday",
                "2025-11-09",
            ),
        ],
    );
}

#[test]
fn until_a_weekday_is_a_deadline_unless_the_past_perfect_measures_against_it() {
    assert_values(
        WED,
        &[
            (
                "The agency extended its deadline until Friday.",
                "Friday",
                "2025-11-07",
            ),
            (
                "The hearing was postponed until Monday.",
                "Monday",
                "2025-11-10",
            ),
            (
                "Until Tuesday, prosecutors had not named a suspect.",
                "Tuesday",
                "2025-11-04",
            ),
        ],
    );
}

#[test]
fn past_perfect_plans_lie_in_the_past() {
    assert_values(
        WED,
        &[
            (
                "The vote had been scheduled for Monday before the storm hit.",
                "Monday",
                "2025-11-03",
            ),
            (
                "Organizers had planned to open the bridge Sunday.",
                "Sunday",
                "2025-11-02",
            ),
            ("The vote is scheduled for Monday.", "Monday", "2025-11-10"),
        ],
    );
}

#[test]
fn a_time_in_parentheses_takes_the_tense_of_the_clause_it_glosses() {
    assert_values(
        WED,
        &[
            (
                "\"The plane will take off at dawn (6 a.m. EST Friday),\" the minister said.",
                "6 a.m. EST Friday",
                "2025-11-07T06:00",
            ),
            (
                "The polls will close at sunset (1700 GMT Sunday), officials said.",
                "1700 GMT Sunday",
                "2025-11-09T17:00",
            ),
        ],
    );
}

#[test]
fn deadlines_after_by_or_until_lie_ahead_even_in_a_past_sentence() {
    assert_values(
        "2025-10-20",
        &[
            (
                "The sale, which had been expected, lets the group repay its loans by February.",
                "February",
                "2026-02",
            ),
            (
                "The judge, who rejected the motion, ordered the camp to stay open until Dec. 15.",
                "Dec. 15",
                "2025-12-15",
            ),
            (
                "Soldiers had held the town until September.",
                "September",
                "2025-09",
            ),
        ],
    );
}

#[test]
fn a_yearless_date_naming_an_event_is_a_reported_one() {
    assert_values(
        "2025-05-06",
        &[
            (
                "Detectives have been looking for the driver since the Oct. 23 crash.",
                "Oct. 23",
                "2024-10-23",
            ),
            (
                "Investigators are still examining the Nov. 2 fire.",
                "Nov. 2",
                "2024-11-02",
            ),
        ],
    );
}

#[test]
fn recent_units_are_vague_durations() {
    assert_values(
        FRI,
        &[
            ("Crime has fallen in recent years.", "recent years", "PXY"),
            (
                "Fighting has intensified in recent weeks.",
                "recent weeks",
                "PXW",
            ),
            ("Prices climbed over recent months.", "recent months", "PXM"),
            (
                "Several new parties will form in the coming years.",
                "the coming years",
                "FUTURE_REF",
            ),
        ],
    );
}

#[test]
fn the_last_half_or_quarter_of_a_year_is_an_ordinal() {
    assert_values(
        FRI,
        &[
            (
                "Growth slowed in the last half of 2019.",
                "the last half of 2019",
                "2019-H2",
            ),
            (
                "Shipments resume in the last quarter of 2026.",
                "the last quarter of 2026",
                "2026-Q4",
            ),
        ],
    );
}

#[test]
fn durations_with_a_half_and_with_trading_days() {
    assert_values(
        FRI,
        &[
            (
                "The hearing lasted a minute and a half.",
                "a minute and a half",
                "PT1M30S",
            ),
            (
                "He spent two and a half years in prison.",
                "two and a half years",
                "P2Y6M",
            ),
            (
                "The talks dragged on for a year and a half.",
                "a year and a half",
                "P1Y6M",
            ),
            (
                "The index fell for nine trading days in a row.",
                "nine trading days",
                "P9D",
            ),
            (
                "Refunds arrive within five business days.",
                "five business days",
                "P5D",
            ),
        ],
    );
}

#[test]
fn the_week_of_a_date_is_that_iso_week() {
    assert_values(
        FRI,
        &[
            (
                "The trial is set for the week of Dec. 8.",
                "the week of Dec. 8",
                "2025-W50",
            ),
            (
                "Inspectors visited the week of March 3, 2025.",
                "the week of March 3, 2025",
                "2025-W10",
            ),
        ],
    );
}

#[test]
fn a_summit_set_for_a_month_lies_ahead() {
    assert_values(
        FRI,
        &[
            (
                "The issue will dominate a summit set for Brussels in February.",
                "February",
                "2026-02",
            ),
            ("The rematch is set for March.", "March", "2026-03"),
        ],
    );
}

#[test]
fn a_quarter_spoken_of_ahead_may_be_the_one_just_closed() {
    assert_values(
        "2025-10-24",
        &[
            (
                "The bank plans to cut jobs after a third-quarter loss.",
                "third-quarter",
                "2025-Q3",
            ),
            (
                "The retailer will report third-quarter results on Tuesday.",
                "third-quarter",
                "2025-Q3",
            ),
            (
                "Analysts expect fourth-quarter sales to improve.",
                "fourth-quarter",
                "2025-Q4",
            ),
            (
                "The company will report first-quarter results in April.",
                "first-quarter",
                "2026-Q1",
            ),
        ],
    );
    assert_values(
        "2025-12-20",
        &[(
            "The chain will report third-quarter earnings next year.",
            "third-quarter",
            "2026-Q3",
        )],
    );
}

#[test]
fn clock_times_with_the_part_of_day_in_words() {
    assert_values(
        WED,
        &[
            (
                "The convoy will leave at 4 in the morning.",
                "4 in the morning",
                "2025-11-05T04:00",
            ),
            (
                "The blast came at ten at night.",
                "ten at night",
                "2025-11-05T22:00",
            ),
            (
                "Polls close at 7:30 in the evening.",
                "7:30 in the evening",
                "2025-11-05T19:30",
            ),
            (
                "Shares slid in mid-afternoon yesterday.",
                "mid-afternoon yesterday",
                "2025-11-04TAF",
            ),
            (
                "Rescuers reached the village by midmorning.",
                "midmorning",
                "2025-11-05TMO",
            ),
        ],
    );
    // a count of things in the morning is no clock time
    assert!(!texts("She met two reporters in the morning.", d(WED))
        .iter()
        .any(|t| t.contains("two")));
}

#[test]
fn that_same_day_after_a_month_is_a_day_of_that_month() {
    assert_values(
        FRI,
        &[
            (
                "The dam failed in March 2019. Villagers fled that same day.",
                "that same day",
                "2019-03-XX",
            ),
            (
                "The company was founded in 1987. Its first store opened the same day.",
                "the same day",
                "1987-XX-XX",
            ),
            (
                "The dam failed on March 4, 2019. Villagers fled that same day.",
                "that same day",
                "2019-03-04",
            ),
        ],
    );
}

#[test]
fn year_ago_comparisons_skip_a_forecast_period() {
    assert_values(
        "2025-10-24",
        &[
            (
                "Analysts expect losses through the third quarter of 2026. In the year-ago period, the mill earned $5 million.",
                "the year-ago period",
                "2024-Q3",
            ),
            (
                "Profit rose in the third quarter of 2025. In the year-ago period, the mill earned $5 million.",
                "the year-ago period",
                "2024-Q3",
            ),
            (
                "Profit fell in the second quarter of 2025 from a year ago.",
                "a year ago",
                "2024-Q2",
            ),
        ],
    );
}

#[test]
fn weekdays_sharing_a_plural_part_of_day_recur() {
    assert_values(
        FRI,
        &[
            (
                "Ferries sail on Monday and Thursday nights.",
                "Monday",
                "XXXX-WXX-1TNI",
            ),
            (
                "Ferries sail on Monday and Thursday nights.",
                "Thursday nights",
                "XXXX-WXX-4TNI",
            ),
            (
                "The market opens Saturday mornings.",
                "Saturday mornings",
                "XXXX-WXX-6TMO",
            ),
            (
                "The envoys met Monday and Thursday.",
                "Monday",
                "2025-11-03",
            ),
        ],
    );
}

#[test]
fn us_election_day_is_the_tuesday_after_the_first_monday_of_november() {
    assert_values(
        "2026-10-20",
        &[
            (
                "Both parties will campaign hard until Election Day.",
                "Election Day",
                "2026-11-03",
            ),
            (
                "Turnout on Election Day 2024 was high.",
                "Election Day 2024",
                "2024-11-05",
            ),
        ],
    );
    assert_values(
        "2025-10-24",
        &[(
            "Polls open at 6 a.m. on Election Day.",
            "Election Day",
            "2025-11-04",
        )],
    );
}

#[test]
fn ages_written_as_years_old_are_not_durations() {
    assert_no_dates(&[
        "The driver, 52 years old, was unhurt.",
        "She was 37 years old when she was kidnapped.",
        "The plan is open to staff 55 years old or older.",
        "Voters must be 18 years of age.",
        "The 8 months old girl was found safe.",
    ]);
    // a duration followed by another word stays one
    assert_eq!(
        value(
            "He served 25 years in prison for the 1998 fraud.",
            FRI,
            "25 years"
        ),
        "P25Y"
    );
    assert_eq!(
        value(
            "The bridge stood for 52 years older than the town.",
            FRI,
            "52 years"
        ),
        "P52Y"
    );
}

#[test]
fn time_words_capitalized_inside_a_name_are_not_times() {
    assert_no_dates(&[
        "The minister said on ABC's \"This Week\" that talks would go on.",
        "He told \"This Week With Martha Raddatz\" the strike was legal.",
        "She spoke to CBS's ``60 Minutes.'' The interview aired later.",
        "This is VOA Today.",
        "The poster showed a still from the film High Noon.",
        "A reporter for USA Today asked about the vote.",
        "He was a veteran of the Prague Spring.",
    ]);
    // capitals where a sentence or a quotation starts, in a headline, and
    // calendar names keep their dates
    assert_values(
        FRI,
        &[
            ("Today the border reopened.", "Today", "2025-11-07"),
            ("He said: \"Today we start again.\"", "Today", "2025-11-07"),
            (
                "\"Today,\" the mayor said, \"we mourn.\"",
                "Today",
                "2025-11-07",
            ),
            (
                "Earlier Sunday, crowds gathered.",
                "Earlier Sunday",
                "2025-11-02",
            ),
            (
                "Rebels Say Today Is The Deadline For Talks",
                "Today",
                "2025-11-07",
            ),
            (
                "Pilgrims arrived on Easter Sunday in April.",
                "April",
                "2025-04",
            ),
        ],
    );
}

#[test]
fn a_month_opening_a_past_tense_sentence_is_behind_us() {
    // published in late October: next January and December are close, but a
    // fronted month in a past-tense narrative is the scene, not a deadline
    let oct = "1999-10-27";
    assert_values(
        oct,
        &[
            (
                "In January, the company hired a new chief executive.",
                "January",
                "1999-01",
            ),
            (
                "In December, rebels seized the airport and closed the road.",
                "December",
                "1998-12",
            ),
            (
                "On Dec. 3, police arrested two men.",
                "Dec. 3",
                "1998-12-03",
            ),
            (
                "In January, the company will hire a new chief executive.",
                "January",
                "2000-01",
            ),
            // not fronted: a past verb may report a plan, the near month stays
            (
                "The company said the sale closes in December.",
                "December",
                "1999-12",
            ),
        ],
    );
}

#[test]
fn expected_without_to_still_speaks_of_the_future() {
    assert_values(
        "1999-10-27",
        &[
            (
                "The closing, which is expected in December, needs approval.",
                "December",
                "1999-12",
            ),
            (
                "Rulings are expected Friday, lawyers said.",
                "Friday",
                "1999-10-29",
            ),
        ],
    );
}

#[test]
fn words_inside_a_quotation_keep_the_speakers_tense() {
    // "told" dates the telling; the quoted present speaks of the coming summer
    assert_values(
        "2024-03-14",
        &[
            (
                "\"We need the next package before summer,\" he told reporters.",
                "summer",
                "2024-SU",
            ),
            (
                "“We need the next package before summer,” he told reporters.",
                "summer",
                "2024-SU",
            ),
            (
                "``We need the next package before summer,'' he told reporters.",
                "summer",
                "2024-SU",
            ),
            // a past tense inside the quotation still counts
            (
                "\"We lost everything in the flood last summer,\" she said.",
                "last summer",
                "2023-SU",
            ),
            // and outside a quotation the reporting verb decides
            (
                "He told reporters the package had arrived before summer.",
                "summer",
                "2023-SU",
            ),
        ],
    );
}

#[test]
fn a_weekday_with_no_tense_cue_is_the_nearest_unless_a_schedule_verb_puts_it_ahead() {
    // published on a Monday
    let mon = "2024-03-11";
    assert_values(
        mon,
        &[
            // no verb at all: the nearest Friday (three days back)
            ("Talks on Friday.", "Friday", "2024-03-08"),
            // a present-tense verb of schedules, not right before the day
            (
                "Polls open in schools across the region on Friday.",
                "Friday",
                "2024-03-15",
            ),
            (
                "Polling stations close nationwide on Friday.",
                "Friday",
                "2024-03-15",
            ),
            // a past tense still wins
            ("Polls opened on Friday.", "Friday", "2024-03-08"),
            // a schedule verb inside another clause does not count
            ("“Voting ends”, he said on Friday.", "Friday", "2024-03-08"),
        ],
    );
    // published on a Thursday: the nearest Friday is tomorrow
    assert_values(
        "2024-03-14",
        &[("Talks on Friday.", "Friday", "2024-03-15")],
    );
}

#[test]
fn a_clock_time_with_its_time_zone_is_dated_by_the_day_written_after_it() {
    // Wednesday 2025-11-05: the past Monday is Nov. 3, the coming Friday Nov. 7.
    // "on" is never inside an expression: the day after it is tagged on its
    // own, and still dates the time
    assert_values(
        WED,
        &[
            (
                "The blast happened at 4pm local time on Monday.",
                "4pm local time",
                "2025-11-03T16:00",
            ),
            (
                "Trading halted at 9:30 a.m. ET Monday.",
                "9:30 a.m. ET Monday",
                "2025-11-03T09:30",
            ),
            (
                "Results are expected at 6 p.m. Eastern time on Friday.",
                "6 p.m. Eastern time",
                "2025-11-07T18:00",
            ),
            (
                "The quake struck at 04:17 GMT on Monday.",
                "04:17 GMT",
                "2025-11-03T04:17",
            ),
            (
                "Polls close at 8 p.m. (CET) on Friday.",
                "8 p.m. (CET)",
                "2025-11-07T20:00",
            ),
            (
                "The launch is set for 10:15 a.m. Moscow time on Nov. 7.",
                "10:15 a.m. Moscow time",
                "2025-11-07T10:15",
            ),
        ],
    );
    // A code in lower case is not a zone: "et al." after a year.
    let found = texts("Smith 2010 et al. found the same.", d(WED));
    assert_eq!(
        found,
        vec!["2010"],
        "a citation is a year, not a clock time"
    );
}

#[test]
fn a_full_month_or_weekday_name_does_not_take_the_sentence_full_stop() {
    for (text, phrase) in [
        (
            "The deal was signed on Monday, 3 November.",
            "Monday, 3 November",
        ),
        ("The deal was signed on 3 March.", "3 March"),
        ("Nothing happened until Monday.", "Monday"),
    ] {
        let found = texts(text, d(WED));
        assert!(
            found.iter().any(|s| s == phrase),
            "{text:?}: want {phrase:?}, found {found:?}"
        );
    }
    // An abbreviation keeps its own dot.
    let found = texts("The law took effect on Oct. 3.", d(WED));
    assert!(found.iter().any(|s| s.starts_with("Oct. 3")), "{found:?}");
}

#[test]
fn the_end_of_the_decade_is_this_decade_but_the_decade_alone_is_none() {
    assert_values(
        WED,
        &[
            (
                "By the end of the decade, output will double.",
                "the end of the decade",
                "202",
            ),
            (
                "Output rose through the middle of the decade.",
                "the middle of the decade",
                "202",
            ),
            (
                "The plan runs to the end of the century.",
                "the end of the century",
                "20",
            ),
        ],
    );
    assert_eq!(
        find(
            "By the end of the decade, output will double.",
            d(WED),
            "the end of the decade"
        )
        .modifier,
        Some("END")
    );
    assert!(texts("The decade ended badly for the party.", d(WED)).is_empty());
}

#[test]
fn a_day_of_the_month_alone_is_read_like_a_weekday_within_its_month() {
    // Wednesday 2025-11-05.
    assert_values(
        WED,
        &[
            ("The trial opens on the 15th.", "the 15th", "2025-11-15"),
            (
                "The vote was held on the 3rd, officials said.",
                "the 3rd",
                "2025-11-03",
            ),
            (
                "The vote was held on the 20th, officials said.",
                "the 20th",
                "2025-10-20",
            ),
            ("Flights will resume on the 2nd.", "the 2nd", "2025-12-02"),
            (
                "The offer is open until the 28th.",
                "the 28th",
                "2025-11-28",
            ),
            // October has a 31st, November does not
            ("Sales ended on the 31st.", "the 31st", "2025-10-31"),
        ],
    );
    // Ordinals that count something else.
    for text in [
        "He lives on the 5th floor.",
        "Troops of the 3rd Battalion arrived.",
        "It was his win on the 18th hole.",
        "The 2nd round starts soon.",
    ] {
        let found = texts(text, d(WED));
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
    // Undated: only the day is known.
    assert_eq!(
        find("The trial opens on the 15th.", None, "the 15th").value,
        "XXXX-XX-15"
    );
}

#[test]
fn a_quotation_over_several_sentences_keeps_the_speakers_tense_in_each() {
    // The second sentence of the quotation has no reporting verb of its own;
    // the speaker's "will" still decides, and "said" outside does not.
    assert_values(
        "2024-03-14",
        &[
            (
                "“The ferry is out of service. We will restart it in the summer,” the operator said.",
                "the summer",
                "2024-SU",
            ),
            (
                "``The ferry is out of service. We will restart it in the summer,'' the operator said.",
                "the summer",
                "2024-SU",
            ),
            // the same words reported without the marks follow "said"
            (
                "The operator said the ferry had been restarted in the summer.",
                "the summer",
                "2023-SU",
            ),
        ],
    );
}

#[test]
fn fractions_of_a_unit_are_read_whole() {
    assert_values(
        WED,
        &[
            (
                "The shelling continued for half an hour.",
                "half an hour",
                "PT30M",
            ),
            (
                "He arrived a quarter of an hour late.",
                "a quarter of an hour",
                "PT15M",
            ),
            (
                "The talks lasted three quarters of an hour.",
                "three quarters of an hour",
                "PT45M",
            ),
            (
                "It was the first visit in a quarter-century.",
                "a quarter-century",
                "P25Y",
            ),
            (
                "The dispute dates back half a century.",
                "half a century",
                "P50Y",
            ),
            // an expression of the past keeps the fraction in its arithmetic
            (
                "The record was set a quarter of a century ago.",
                "a quarter of a century ago",
                "2000",
            ),
            (
                "The plant closed half a century ago.",
                "half a century ago",
                "1975",
            ),
        ],
    );
}

#[test]
fn the_past_decade_is_the_last_ten_years_but_last_decade_is_the_one_before() {
    assert_values(
        WED,
        &[
            (
                "Sales have doubled over the last decade.",
                "the last decade",
                "P10Y",
            ),
            (
                "The economy grew in the past decade.",
                "the past decade",
                "P10Y",
            ),
            (
                "It was the worst drought of the past century.",
                "the past century",
                "P100Y",
            ),
            (
                "Last decade was the warmest on record.",
                "Last decade",
                "201",
            ),
        ],
    );
    // "the last decade of the century" counts decades within the century
    let found = texts(
        "In the last decade of the 20th century, growth slowed.",
        d(WED),
    );
    assert_eq!(found, vec!["the 20th century"]);
}

#[test]
fn a_numeric_date_that_reads_both_ways_keeps_only_its_year_unless_the_document_shows_its_order() {
    // Alone, 04/01/2024 may be April 1 or 4 January.
    assert_values(
        WED,
        &[
            (
                "The law was passed on 04/01/2024.",
                "04/01/2024",
                "2024-XX-XX",
            ),
            ("The law was passed on 12/03/23.", "12/03/23", "2023-XX-XX"),
            // the same number twice reads the same either way
            (
                "The law was passed on 05/05/2024.",
                "05/05/2024",
                "2024-05-05",
            ),
        ],
    );
    // Another date of the same document settles the order.
    assert_values(
        WED,
        &[
            (
                "The bill was tabled on 25/03/2024 and passed on 04/01/2024.",
                "04/01/2024",
                "2024-01-04",
            ),
            (
                "The bill was tabled on 03/25/2024 and passed on 04/01/2024.",
                "04/01/2024",
                "2024-04-01",
            ),
        ],
    );
    // Evidence both ways settles nothing.
    assert_eq!(
        value(
            "Filed 25/03/2024, amended 03/26/2024, passed 04/01/2024.",
            WED,
            "04/01/2024"
        ),
        "2024-XX-XX"
    );
}

#[test]
fn feasts_that_move_with_easter_are_dated_from_the_computus() {
    // Easter Sundays that test the edges of the computus: earliest possible
    // (March 22), latest possible (April 25), and ordinary years.
    for (year, want) in [
        ("1818", "1818-03-22"),
        ("2000", "2000-04-23"),
        ("2008", "2008-03-23"),
        ("2011", "2011-04-24"),
        ("2019", "2019-04-21"),
        ("2038", "2038-04-25"),
    ] {
        let text = format!("Bells rang on Easter Sunday {year}.");
        assert_eq!(value(&text, WED, &format!("Easter Sunday {year}")), want);
    }
    // Published 2024-03-14: Easter 2024 fell on March 31.
    assert_values(
        "2024-03-14",
        &[
            (
                "Markets will be closed on Good Friday.",
                "Good Friday",
                "2024-03-29",
            ),
            (
                "Shops reopen on Easter Monday.",
                "Easter Monday",
                "2024-04-01",
            ),
            (
                "Protests began on Ash Wednesday.",
                "Ash Wednesday",
                "2024-02-14",
            ),
            (
                "Pilgrims will gather at Pentecost.",
                "Pentecost",
                "2024-05-19",
            ),
        ],
    );
    // Names that begin with the word are not the feast.
    for text in ["They sailed to Easter Island.", "The Easter Rising failed."] {
        let found = texts(text, d(WED));
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
}

#[test]
fn a_season_of_last_or_next_year() {
    assert_values(
        "2024-03-14",
        &[
            (
                "He has been detained since the spring of last year.",
                "the spring of last year",
                "2023-SP",
            ),
            (
                "The plant opens in the autumn of next year.",
                "the autumn of next year",
                "2025-FA",
            ),
            (
                "In the summer of this year, prices rose.",
                "the summer of this year",
                "2024-SU",
            ),
        ],
    );
}

#[test]
fn a_half_or_quarter_of_something_other_than_a_year_is_no_calendar_period() {
    for text in [
        "Arrests continued into the second half of the month.",
        "He scored twice in the first half of the match.",
        "The first quarter of the century was turbulent.",
    ] {
        let found = texts(text, d(WED));
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
    assert_values(
        WED,
        &[
            // "of" before an amount, and "of the (fiscal) year", keep the period
            (
                "It reported a loss for the third quarter of $226 million.",
                "the third quarter",
                "2025-Q3",
            ),
            (
                "Profit fell in the first quarter of the fiscal year.",
                "the first quarter",
                "2025-Q1",
            ),
        ],
    );
}

#[test]
fn a_verb_of_intention_gives_its_infinitive_a_time_ahead() {
    // Published 2024-03-14; the months named are more than two months ahead,
    // so only the cue can put them there.
    assert_values(
        "2024-03-14",
        &[
            (
                "The two sides agreed to meet again in June.",
                "June",
                "2024-06",
            ),
            (
                "The board voted to close the plant in July.",
                "July",
                "2024-07",
            ),
            (
                "The government pledged to hold elections in November.",
                "November",
                "2024-11",
            ),
            (
                "The firm said it expects to release results in mid-August.",
                "mid-August",
                "2024-08",
            ),
            // the same months in plain past-tense narrative lie behind
            ("He was arrested in July.", "July", "2023-07"),
            (
                "The board closed the plant in November.",
                "November",
                "2023-11",
            ),
        ],
    );
}

#[test]
fn that_same_year_takes_the_whole_phrase() {
    let text = "The company was founded in 1998. Two years later it went public; that same year it bought a rival.";
    assert_eq!(value(text, WED, "that same year"), "2000");
}

#[test]
fn a_capitalized_first_word_does_not_make_the_next_one_a_name() {
    assert_values(
        "2024-03-14",
        &[
            ("The Q3 2023 numbers were weak.", "Q3 2023", "2023-Q3"),
            ("The H1 2024 outlook was cut.", "H1 2024", "2024-H1"),
        ],
    );
    // an acronym is capitalized wherever it stands, and still starts a name
    for text in ["USA Today reported the story.", "VOA Today aired it first."] {
        let found = texts(text, d(WED));
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
}

#[test]
fn a_past_form_that_looks_like_the_present_is_past_unless_an_infinitive_or_modal_asks_for_it() {
    // Wednesday 2025-11-05: the past Monday is Nov. 3, the coming one Nov. 10.
    assert_values(
        WED,
        &[
            (
                "The central bank cut its key rate on Monday.",
                "Monday",
                "2025-11-03",
            ),
            ("The storm hit the coast on Monday.", "Monday", "2025-11-03"),
            (
                "Fire spread through the block on Monday.",
                "Monday",
                "2025-11-03",
            ),
            ("Thousands fled the city on Monday.", "Monday", "2025-11-03"),
            (
                "The bank plans to cut its key rate on Monday.",
                "Monday",
                "2025-11-10",
            ),
            (
                "The bank will cut its key rate on Monday.",
                "Monday",
                "2025-11-10",
            ),
        ],
    );
}

#[test]
fn an_adverb_between_auxiliary_and_verb_leaves_the_tense_to_the_auxiliary() {
    // Wednesday 2025-11-05: the past Monday is Nov. 3, the coming one Nov. 10.
    assert_values(
        WED,
        &[
            (
                "The minister never said on Monday that talks had failed.",
                "Monday",
                "2025-11-03",
            ),
            (
                "The bank also cut its key rate on Monday.",
                "Monday",
                "2025-11-03",
            ),
            (
                "Rebels already hit the airport on Monday.",
                "Monday",
                "2025-11-03",
            ),
            (
                "The bank will never cut its key rate on Monday.",
                "Monday",
                "2025-11-10",
            ),
            (
                "The union will also hit the ports on Monday.",
                "Monday",
                "2025-11-10",
            ),
            (
                "The bank won't cut its key rate on Monday.",
                "Monday",
                "2025-11-10",
            ),
            (
                "The bank won\u{2019}t cut its key rate on Monday.",
                "Monday",
                "2025-11-10",
            ),
        ],
    );
}

#[test]
fn a_measure_that_takes_effect_and_voters_who_head_to_the_polls_speak_of_what_is_ahead() {
    assert_values(
        "2025-06-18",
        &[
            (
                "The new law takes effect on January 1.",
                "January 1",
                "2026-01-01",
            ),
            (
                "The ban comes into force on March 1.",
                "March 1",
                "2026-03-01",
            ),
            (
                "Voters head to the polls on Sunday.",
                "Sunday",
                "2025-06-22",
            ),
            // the same in the past tense lies behind
            (
                "The new law took effect on January 1.",
                "January 1",
                "2025-01-01",
            ),
        ],
    );
}

#[test]
fn a_decade_takes_its_article() {
    for (text, phrase) in [
        ("The case dates back to the 1990s.", "the 1990s"),
        ("The talks collapsed in the early 2000s.", "the early 2000s"),
        ("The dam was completed in the mid-1960s.", "the mid-1960s"),
        ("It was built in 1990s style.", "1990s"),
    ] {
        let found = texts(text, d(WED));
        assert!(found.iter().any(|s| s == phrase), "{text:?}: {found:?}");
    }
}

#[test]
fn a_day_named_after_on_is_tagged_apart_from_the_clock_time_it_dates() {
    // Wednesday 2025-11-05
    for (text, time, value, day) in [
        (
            "The fire broke out shortly after 9 p.m. GMT on Monday.",
            "9 p.m. GMT",
            "2025-11-03T21:00",
            "Monday",
        ),
        (
            "Polls open at 7 a.m. on Friday.",
            "7 a.m.",
            "2025-11-07T07:00",
            "Friday",
        ),
        (
            "The ceasefire took effect at midnight on Oct. 31.",
            "midnight",
            "2025-10-31T24:00",
            "Oct. 31",
        ),
    ] {
        assert_eq!(value_of(text, time), value, "{time:?} in {text:?}");
        assert!(
            texts(text, d(WED)).contains(&day.to_string()),
            "{day:?} in {text:?}"
        );
    }
    // with no preposition the day belongs to the expression
    assert_values(
        WED,
        &[(
            "Trading resumed at 9:30 a.m. EST Monday.",
            "9:30 a.m. EST Monday",
            "2025-11-03T09:30",
        )],
    );
}

fn value_of(text: &str, phrase: &str) -> String {
    value(text, WED, phrase)
}

#[test]
fn an_approximate_clock_time_keeps_its_approximator() {
    for (text, phrase, want) in [
        (
            "Explosions were heard around 5 a.m. local time.",
            "around 5 a.m. local time",
            "2025-11-05T05:00",
        ),
        (
            "The train left at about 10:40 p.m. Monday.",
            "about 10:40 p.m. Monday",
            "2025-11-03T22:40",
        ),
        (
            "Guests arrive at approximately 6 p.m. on Friday.",
            "approximately 6 p.m.",
            "2025-11-07T18:00",
        ),
    ] {
        let t = find(text, d(WED), phrase);
        assert_eq!(t.value, want, "{phrase:?} in {text:?}");
        assert_eq!(t.modifier, Some("APPROX"), "{phrase:?}");
    }
}

#[test]
fn a_modifier_before_a_weekday_is_part_of_the_expression() {
    // Wednesday 2025-11-05: the past Sunday is Nov. 2, Monday Nov. 3.
    for (text, phrase, want, modifier) in [
        (
            "The dam burst late Sunday night.",
            "late Sunday night",
            "2025-11-02TNI",
            "END",
        ),
        (
            "The quake struck early Monday.",
            "early Monday",
            "2025-11-03",
            "START",
        ),
        (
            "Later Monday, the army withdrew.",
            "Later Monday",
            "2025-11-03",
            "END",
        ),
        (
            "Earlier Sunday, police had closed the road.",
            "Earlier Sunday",
            "2025-11-02",
            "START",
        ),
    ] {
        let t = find(text, d(WED), phrase);
        assert_eq!(t.value, want, "{phrase:?} in {text:?}");
        assert_eq!(t.modifier, Some(modifier), "{phrase:?}");
    }
}

#[test]
fn later_or_earlier_that_period_is_one_expression() {
    assert_values(
        FRI,
        &[
            (
                "The war began on Oct. 7, 2023, and the ground offensive came later that month.",
                "later that month",
                "2023-10",
            ),
            (
                "He was elected in 2016. Earlier that year he had lost a primary.",
                "Earlier that year",
                "2016",
            ),
            (
                "The plane landed on March 2, 2021. Later that day it left again.",
                "Later that day",
                "2021-03-02",
            ),
        ],
    );
}

#[test]
fn a_frequency_and_its_period_make_one_set() {
    for (text, phrase, want) in [
        ("The board meets once a year.", "once a year", "P1Y"),
        ("Briefings are held twice a week.", "twice a week", "P1W"),
        (
            "Patients take the pill three times a day.",
            "three times a day",
            "P1D",
        ),
        (
            "Inspectors visit 4 times per month.",
            "4 times per month",
            "P1M",
        ),
    ] {
        let t = find(text, d(FRI), phrase);
        assert_eq!(
            (t.timex_type, t.value.as_str()),
            (TimexType::Set, want),
            "{text:?}"
        );
    }
    // a rate of money is still only the period
    assert_values(FRI, &[("She earns $90,000 a year.", "a year", "P1Y")]);
}

#[test]
fn months_that_make_a_calendar_quarter_or_half_name_it() {
    // Friday 2025-11-07: the April-June quarter just reported is 2025-Q2
    assert_values(
        FRI,
        &[
            (
                "Profit fell in the April-June quarter.",
                "the April-June quarter",
                "2025-Q2",
            ),
            (
                "Sales rose in the July–September period.",
                "the July–September period",
                "2025-Q3",
            ),
            (
                "Output grew in the January-June period of 2024.",
                "the January-June period of 2024",
                "2024-H1",
            ),
            (
                "Exports dropped in the Oct-Dec quarter of 2023.",
                "the Oct-Dec quarter of 2023",
                "2023-Q4",
            ),
        ],
    );
    // months that are no calendar quarter give no quarter
    let found = texts("Rain fell in the March-May period.", d(FRI));
    assert!(
        !found.iter().any(|s| s.contains("period")),
        "March-May is no quarter: {found:?}"
    );
}

#[test]
fn the_half_or_quarter_of_the_year_is_one_expression() {
    assert_values(
        FRI,
        &[
            (
                "Growth should pick up in the second half of the year.",
                "the second half of the year",
                "2025-H2",
            ),
            (
                "Sales fell in the first quarter of the year.",
                "the first quarter of the year",
                "2025-Q1",
            ),
        ],
    );
    // a fiscal year need not be the calendar year: the part stands alone
    let found = texts("Costs rise in the second half of the fiscal year.", d(FRI));
    assert!(!found.iter().any(|s| s.contains("half of")), "{found:?}");
}

#[test]
fn a_number_before_a_street_name_is_an_address_not_a_year() {
    assert_no_dates(&[
        "Protesters gathered outside 1600 Pennsylvania Avenue.",
        "The office is at 1999 Broadway Street.",
        "He lived at 2010 N. Main St. in Dayton.",
        "Police closed 1800 Elm Road after the crash.",
    ]);
    // a year before a name in a place stays a year
    assert_values(
        FRI,
        &[
            (
                "The 1989 Tiananmen Square protests were crushed.",
                "1989",
                "1989",
            ),
            ("In 1990 Main Street was paved.", "1990", "1990"),
        ],
    );
}

#[test]
fn a_bare_colon_clock_time_is_a_time_where_a_word_asks_for_one() {
    // Thursday 2026-03-05
    let dct = "2026-03-05";
    assert_values(
        dct,
        &[
            (
                "The strike will begin at 07:00 on Monday 23 March.",
                "07:00",
                "2026-03-23T07:00",
            ),
            (
                "Picket lines will form by 6:30 on Saturday 28 March.",
                "6:30",
                "2026-03-28T06:30",
            ),
            (
                "We gave them until 17:30 on Tuesday to reply.",
                "17:30",
                "2026-03-03T17:30",
            ),
            (
                "The shop is open from 09:00 today.",
                "09:00 today",
                "2026-03-05T09:00",
            ),
        ],
    );
    // without such a word, or inside a longer figure, it is no time
    for text in [
        "John 3:16 is a verse.",
        "He ran the marathon in 2:05:33.",
        "The ratio was 10:30 in favour.",
        "She won at 2:05:33 flat.",
    ] {
        let found = texts(text, d(dct));
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
}

#[test]
fn a_clock_time_takes_a_day_of_its_sentence_before_an_earlier_one() {
    // Wednesday 2025-11-05
    assert_values(
        WED,
        &[
            // the day written after it, in the same sentence
            (
                "The Tuesday vote passed. He will leave at 4 in the morning (4 a.m. EDT Thursday).",
                "4 in the morning",
                "2025-11-06T04:00",
            ),
            // a day told in the lede still dates the time of the next sentence
            (
                "The ferry ran aground late on Monday. It struck a shoal shortly after 11 p.m.",
                "11 p.m.",
                "2025-11-03T23:00",
            ),
            // but a past day cannot date what is still scheduled
            (
                "The streak ended on Monday. First pitch is scheduled for 7:10 p.m.",
                "7:10 p.m.",
                "2025-11-05T19:10",
            ),
        ],
    );
}

#[test]
fn speeds_are_no_time_expressions() {
    assert_no_dates(&[
        "Gusts reached 80 miles per hour.",
        "Winds of 50 miles an hour lashed the coast.",
        "The train runs at 300 km per hour.",
        "The storm moved at 15 knots an hour.",
    ]);
}

#[test]
fn a_period_after_a_quantity_is_how_often() {
    for (text, phrase) in [
        ("The lab can process about 300 samples a day.", "a day"),
        ("We go through 20 gallons of water a week.", "a week"),
        (
            "The region records hundreds of earthquakes a year.",
            "a year",
        ),
    ] {
        let t = find(text, d(FRI), phrase);
        assert_eq!(t.timex_type, TimexType::Set, "{text:?}");
    }
    // a length of time stays one
    for (text, phrase) in [
        ("He was jailed for 10 years and a day.", "a day"),
        ("The 40 hostages were held for a week.", "a week"),
        (
            "Some 200 workers stayed more than a month.",
            "more than a month",
        ),
    ] {
        let t = find(text, d(FRI), phrase);
        assert_eq!(t.timex_type, TimexType::Duration, "{text:?}");
    }
}

#[test]
fn holidays_on_the_nth_weekday_of_a_month() {
    assert_values(
        "2026-03-05",
        &[
            ("Pools open on Memorial Day.", "Memorial Day", "2026-05-25"),
            (
                "The parade will be held on Labor Day.",
                "Labor Day",
                "2026-09-07",
            ),
            (
                "Markets close on Martin Luther King Jr. Day, 2027.",
                "Martin Luther King Jr. Day, 2027",
                "2027-01-18",
            ),
            (
                "Shops were busy on Thanksgiving 2025.",
                "Thanksgiving 2025",
                "2025-11-27",
            ),
            (
                "Flowers sell out before Mother's Day.",
                "Mother's Day",
                "2026-05-10",
            ),
        ],
    );
    // the last Monday of May falls on the 31st in some years
    assert_values(
        "2027-01-05",
        &[("Pools open on Memorial Day.", "Memorial Day", "2027-05-31")],
    );
}

#[test]
fn the_same_month_or_week_last_year() {
    assert_values(
        "2019-12-31",
        &[(
            "Sales fell 30 percent compared with the same month last year.",
            "the same month last year",
            "2018-12",
        )],
    );
    // Wednesday 2025-11-05 is in ISO week 45
    assert_values(
        WED,
        &[(
            "Traffic was down on the same week a year earlier.",
            "the same week a year earlier",
            "2024-W45",
        )],
    );
}

#[test]
fn the_first_or_last_months_of_a_year_are_a_quarter_or_half() {
    assert_values(
        FRI,
        &[
            (
                "Output grew 3% in the first three months of the year.",
                "the first three months of the year",
                "2025-Q1",
            ),
            (
                "Sales rose in the first six months of 2024.",
                "the first six months of 2024",
                "2024-H1",
            ),
            (
                "Prices fell in the last three months of last year.",
                "the last three months of last year",
                "2024-Q4",
            ),
        ],
    );
}

#[test]
fn a_time_word_after_a_possessive_is_a_title() {
    for text in [
        "He told BBC Radio 4's Today programme that talks had failed.",
        "She appeared on NBC's Today with the mayor.",
    ] {
        let found = texts(text, d(FRI));
        assert!(
            !found.iter().any(|s| s == "Today"),
            "{text:?} gave {found:?}"
        );
    }
    // an acronym-like period after a possessive is still a period
    assert_values(FRI, &[("Tesla's Q3 deliveries rose.", "Q3", "2025-Q3")]);
}

#[test]
fn a_length_of_time_before_later_this_month_is_a_stretch() {
    let text = "Doctors will walk out for five days later this month.";
    assert_eq!(texts(text, d(FRI)), vec!["five days", "later this month"]);
    assert_eq!(value(text, FRI, "later this month"), "2025-11");
    // "a year earlier" before another word still dates
    assert_values(
        FRI,
        &[(
            "Profit narrowed from a year earlier on higher revenue after the fiscal year ended on March 31, 2024.",
            "a year earlier",
            "2024",
        )],
    );
}

#[test]
fn the_day_before_that_is_anchored() {
    assert_values(
        FRI,
        &[(
            "The record was set on June 27, 2021, and the old one fell the day before that.",
            "the day before that",
            "2021-06-26",
        )],
    );
}

#[test]
fn quarterly_is_a_set_only_as_an_adverb() {
    assert_values(
        FRI,
        &[
            (
                "The city will review revenue quarterly.",
                "quarterly",
                "P3M",
            ),
            (
                "Taxes are paid quarterly, the agency said.",
                "quarterly",
                "P3M",
            ),
            (
                "She thinks of it every single day.",
                "every single day",
                "P1D",
            ),
        ],
    );
    let found = texts("The company raised its quarterly dividend.", d(FRI));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_determiner_before_an_adjectival_duration_belongs_to_the_noun() {
    for (text, phrase) in [
        ("The previous five-day strike ended in January.", "five-day"),
        ("Its first 10-year bond sold well.", "10-year"),
        ("The eight-year war left scars.", "eight-year"),
    ] {
        assert!(
            texts(text, d(FRI)).contains(&phrase.to_string()),
            "{phrase:?} in {text:?}: {:?}",
            texts(text, d(FRI))
        );
    }
}
