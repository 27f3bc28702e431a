//! Each finding names its event instance (issue 13, point 5), and names it
//! once: when versions date or class the story's own event differently, the
//! label is the one most versions give, and the topic names the same event
//! as `event_label`. Phrasings written for these tests.

#[path = "common/versions.rs"]
mod versions;
use versions::compare_json as compare;

#[test]
fn the_label_is_the_event_most_versions_tell() {
    // The earliest version dates the quake a day late; two later ones agree
    // on Sunday, Nov 27.
    let r = compare(&[
        ("a.txt", " date 2005-11-27 An earthquake that struck the island on Monday killed 10 people, officials said."),
        ("b.txt", " date 2005-11-28 An earthquake that struck the island on Sunday killed 12 people, officials said."),
        ("c.txt", " date 2005-11-28 An earthquake that struck the island on Sunday killed 12 people, state media said."),
    ]);
    let findings = r["findings"].as_array().unwrap();
    let toll = findings
        .iter()
        .find(|f| f["topic"].as_str().unwrap().starts_with("people killed"))
        .expect("a finding on the toll");
    assert_eq!(toll["event_label"], "the Nov 27 quake", "{r:#}");
    // The topic names the same event as the label, on every finding.
    for f in findings {
        let (Some(topic), Some(label)) = (f["topic"].as_str(), f["event_label"].as_str()) else {
            continue;
        };
        if let Some((_, named)) = topic.rsplit_once(" · ") {
            if named.ends_with("quake") {
                assert_eq!(named, label, "{f:#}");
            }
        }
    }
}

#[test]
fn one_version_alone_keeps_its_own_label() {
    // With no majority, the earliest version's dated reading stands.
    let r = compare(&[
        ("a.txt", " date 2005-11-28 An earthquake that struck the island on Sunday killed 10 people, officials said."),
        ("b.txt", " date 2005-11-28 An earthquake struck the island, killing 12 people, officials said."),
    ]);
    let findings = r["findings"].as_array().unwrap();
    let toll = findings
        .iter()
        .find(|f| f["topic"].as_str().unwrap().starts_with("people killed"))
        .expect("a finding on the toll");
    assert_eq!(toll["event_label"], "the Nov 27 quake", "{r:#}");
}

#[test]
fn a_dateline_dates_the_version_not_its_event() {
    // The dateline is the day of publication: a hearing story published on
    // Dec 7 about a September shooting does not call it "the Dec 7
    // shooting".
    let r = compare(&[
        ("a.txt", "Gunwoman held for trial\n\nDecember 7, 2010 11:18 PM\n\nThe woman who shot two co-workers at the bakery in September will face trial, a judge ruled. She shot Ana Ruiz, 34, and Tom Platt, 51."),
        ("b.txt", "Gunwoman held for trial\n\nDecember 8, 2010 9:02 AM\n\nThe woman who shot two co-workers at the bakery in September will face trial. She shot Ana Ruiz, 43, and Tom Platt, 51."),
    ]);
    let findings = r["findings"].as_array().unwrap();
    let age = findings
        .iter()
        .find(|f| f["topic"].as_str().unwrap().starts_with("age of Ana Ruiz"))
        .unwrap_or_else(|| panic!("a finding on her age: {r:#}"));
    assert_eq!(age["event_label"], "the shooting", "{r:#}");
    // A date told in the lead itself still dates the event.
    let r = compare(&[
        ("a.txt", "Gunwoman held for trial\n\nDecember 7, 2010 11:18 PM\n\nThe woman who shot two co-workers at the bakery on Sept. 9 will face trial. She shot Ana Ruiz, 34, and Tom Platt, 51."),
        ("b.txt", "Gunwoman held for trial\n\nDecember 8, 2010 9:02 AM\n\nThe woman who shot two co-workers at the bakery on Sept. 9 will face trial. She shot Ana Ruiz, 43, and Tom Platt, 51."),
    ]);
    let age = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["topic"].as_str().unwrap().starts_with("age of Ana Ruiz"))
        .unwrap_or_else(|| panic!("a finding on her age: {r:#}"));
    assert_eq!(age["event_label"], "the Sept 9 shooting", "{r:#}");
}
