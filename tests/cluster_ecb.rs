//! B-cubed F1 of the stories found in the ECB+ articles
//! (`../shared/data/ecbplus/text/`: each folder a gold story; `N-ecb` and
//! `N-ecbplus` are two different events of one kind), all mixed under neutral
//! names. Skips with a message when the data is absent.
//!
//! The protocol: weights and thresholds are chosen on topics 1-20 only (the
//! tuning half); topics 21-35 are the held-out half, scored only as a whole
//! before and after a change, never inspected story by story. Floors sit a
//! little under the scores measured: 0.967 / 0.950 / 0.961 since an article
//! left alone in its topic joins the group it is most alike (session 12;
//! before: 0.966 / 0.947 / 0.959 since alike articles published within two
//! days of each other are drawn together, session 9; before that: 0.954 /
//! 0.942 / 0.951 since the lead's words and names count on their own; 0.957
//! / 0.931 / 0.947 before that on the same pipeline; before the main event's
//! facts counted: 0.943 / 0.929 / 0.938).

use claimdiff::analysis;
use claimdiff::cluster;

mod common {
    pub mod ecb;
}
use common::ecb;

fn f1(set: &ecb::Set, topics: std::ops::RangeInclusive<u32>) -> (usize, f64) {
    let (docs, gold) = set.part(topics);
    let an = analysis::analyze(docs);
    let stories = cluster::cluster(&an);
    let pred = cluster::labels(&stories, an.len());
    (an.len(), cluster::bcubed(&pred, &gold).2)
}

#[test]
fn ecbplus_stories_reach_their_floor() {
    let Some(set) = ecb::load() else {
        eprintln!("ECB+ text not found at {}: skipped", ecb::DIR);
        return;
    };
    for (name, topics, floor) in [
        ("tuning (topics 1-20)", 1..=20, 0.96),
        ("unseen (topics 21-35)", 21..=35, 0.94),
        ("all", 1..=35, 0.95),
    ] {
        let (n, f) = f1(&set, topics);
        eprintln!("{name}: {n} articles, B-cubed F1 {f:.3}");
        assert!(f >= floor, "{name}: B-cubed F1 {f:.3} below {floor}");
    }
}
