//! Average-link clustering over a sparse similarity graph: pairs of articles
//! are found through the rare terms they share, and a pair that shares none
//! counts as similarity 0 in the averages.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

use rayon::prelude::*;

use super::vectors::{self, Terms, Vector, Weights};

/// A term in more articles than this does not propose pairs (it still counts
/// in their similarity): common terms would make the work quadratic.
const MAX_DF: u32 = 60;
/// Among this few articles, every pair is compared (about a second at the
/// most); beyond, pairs are proposed by rare terms only.
const ALL_PAIRS_UP_TO: usize = 1000;
/// Pairs scored exactly per article, best candidates first.
const MAX_CANDIDATES: usize = 100;
/// Similarities at or below this are not kept as edges.
const FLOOR: f64 = 0.02;
/// Nor are pairs sharing fewer terms than this: among a handful of articles
/// every term is rare, and two unrelated ones may share a few words.
const MIN_SHARED: usize = 5;

/// Groups `members` (document numbers) by average link: the two groups with
/// the highest average similarity merge while it is at least `threshold`.
/// Frequencies are counted among the members. Groups come in order of their
/// smallest member, each sorted.
pub fn groups(
    terms: &Terms,
    members: &[usize],
    weights: &Weights,
    threshold: f64,
) -> Vec<Vec<usize>> {
    let (vecs, df) = vectors::vectors(terms, members, weights);
    let max_df = if members.len() <= ALL_PAIRS_UP_TO {
        u32::MAX
    } else {
        MAX_DF
    };
    let mut edges = edges(&vecs, &df, max_df);
    // Versions of one event appear within a day or two of each other: a
    // pair already alike and published on the same days is drawn closer.
    // Only existing edges, so the work stays linear.
    if weights.same_days > 0.0 {
        for e in &mut edges {
            if vectors::same_days(terms, members[e.0], members[e.1]) {
                e.2 += weights.same_days;
            }
        }
    }
    let mut found = average_link(members.len(), &edges, threshold);
    if weights.alone > 0.0 {
        let days: Vec<Option<i32>> = members.iter().map(|&d| terms.days[d]).collect();
        found = attach_alone(found, &edges, &days, weights.alone);
    }
    found
        .into_iter()
        .map(|g| g.into_iter().map(|i| members[i]).collect())
        .collect()
}

/// `(i, j, similarity)` with `i < j` for the pairs sharing a term whose
/// frequency is at most `max_df`, in order.
fn edges(
    vecs: &[Vector],
    df: &std::collections::HashMap<u32, u32>,
    max_df: u32,
) -> Vec<(usize, usize, f64)> {
    let mut postings: std::collections::HashMap<u32, Vec<(usize, f64)>> = Default::default();
    for (i, v) in vecs.iter().enumerate() {
        for &(t, w) in v {
            if df.get(&t).is_some_and(|&f| f <= max_df) {
                postings.entry(t).or_default().push((i, w));
            }
        }
    }
    let n = vecs.len();
    // With every term indexed, the sums over postings are the similarities.
    let exact = max_df == u32::MAX;
    let per_doc: Vec<Vec<(usize, usize, f64)>> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0.0f64; n], vec![0usize; n], Vec::<usize>::new()),
            |(partial, shared, touched), i| {
                for &(t, w) in &vecs[i] {
                    let Some(list) = postings.get(&t) else {
                        continue;
                    };
                    // Postings are in document order: those after `i` last.
                    let from = list.partition_point(|&(j, _)| j <= i);
                    for &(j, wj) in &list[from..] {
                        if shared[j] == 0 {
                            touched.push(j);
                        }
                        partial[j] += w * wj;
                        shared[j] += 1;
                    }
                }
                let mut cands: Vec<(f64, usize, usize)> = touched
                    .iter()
                    .map(|&j| (partial[j], j, shared[j]))
                    .collect();
                for &j in touched.iter() {
                    partial[j] = 0.0;
                    shared[j] = 0;
                }
                touched.clear();
                if !exact {
                    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                    cands.truncate(MAX_CANDIDATES);
                    for c in &mut cands {
                        (c.0, c.2) = vectors::dot(&vecs[i], &vecs[c.1]);
                    }
                }
                let mut out: Vec<(usize, usize, f64)> = cands
                    .into_iter()
                    .filter(|&(sim, _, n)| sim > FLOOR && n >= MIN_SHARED)
                    .map(|(sim, j, _)| (i, j, sim))
                    .collect();
                out.sort_by_key(|e| e.1);
                out
            },
        )
        .collect();
    per_doc.into_iter().flatten().collect()
}

/// Publication days further apart than this part an article from a group
/// whatever their words: the same span that tells two stories apart in
/// `compare` ([`super::apart::DAYS`]), which cannot part an article once it
/// is inside a story.
const ALONE_DAYS: i32 = super::apart::DAYS as i32;

/// Each article `average_link` left alone joins the group it is most alike
/// on average (pairs with no edge count as 0), when that average is at
/// least `least` and the group has an article published within
/// [`ALONE_DAYS`] of it (either undated, no objection). A brief of one
/// sentence ("Two firefighters were hurt at a warehouse fire in Leeds")
/// shares a few terms with every long version of its event, so its average
/// stays under the threshold that joins long versions; an article sharing
/// nothing stays alone. Groups in order of their smallest item, each sorted.
fn attach_alone(
    groups: Vec<Vec<usize>>,
    edges: &[(usize, usize, f64)],
    days: &[Option<i32>],
    least: f64,
) -> Vec<Vec<usize>> {
    let mut group_of = vec![0usize; days.len()];
    for (g, members) in groups.iter().enumerate() {
        for &i in members {
            group_of[i] = g;
        }
    }
    let alone = |i: usize| groups[group_of[i]].len() == 1;
    // (article alone, group) to the sum of their similarities.
    let mut sums: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for &(i, j, s) in edges {
        for (a, b) in [(i, j), (j, i)] {
            if alone(a) && !alone(b) {
                *sums.entry((a, group_of[b])).or_default() += s;
            }
        }
    }
    let near = |a: usize, g: usize| match days[a] {
        None => true,
        Some(x) => {
            let dated: Vec<i32> = groups[g].iter().filter_map(|&i| days[i]).collect();
            dated.is_empty() || dated.iter().any(|&y| (x - y).abs() <= ALONE_DAYS)
        }
    };
    // The best group of each article alone: highest average, lowest group
    // on ties (the map is in order).
    let mut best: BTreeMap<usize, (f64, usize)> = BTreeMap::new();
    for ((a, g), s) in sums {
        let avg = s / groups[g].len() as f64;
        if avg >= least && near(a, g) && best.get(&a).is_none_or(|b| avg > b.0) {
            best.insert(a, (avg, g));
        }
    }
    let mut out = groups;
    for (a, (_, g)) in best {
        let from = group_of[a];
        out[from].clear();
        out[g].push(a);
    }
    let mut out: Vec<Vec<usize>> = out.into_iter().filter(|g| !g.is_empty()).collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort_by_key(|g| g[0]);
    out
}

/// A candidate merge: the average similarity of groups `a < b` when their
/// versions were `va`, `vb`.
#[derive(Clone, Copy, Debug)]
struct Merge {
    avg: f64,
    a: usize,
    b: usize,
    va: u32,
    vb: u32,
}

impl PartialEq for Merge {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Merge {}
impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Merge {
    /// Highest average first; ties to the lowest pair.
    fn cmp(&self, other: &Self) -> Ordering {
        self.avg
            .total_cmp(&other.avg)
            .then_with(|| (other.a, other.b).cmp(&(self.a, self.b)))
    }
}

/// Average-link agglomeration of `n` items over the similarity `edges`;
/// missing pairs count as 0. Groups in order of their smallest item.
pub fn average_link(n: usize, edges: &[(usize, usize, f64)], threshold: f64) -> Vec<Vec<usize>> {
    // Sum of similarities between groups, keyed by the other group.
    let mut links: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); n];
    for &(i, j, s) in edges {
        if i != j && i < n && j < n {
            *links[i].entry(j).or_default() += s;
            *links[j].entry(i).or_default() += s;
        }
    }
    let mut size = vec![1usize; n];
    let mut version = vec![0u32; n];
    let mut alive = vec![true; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut heap = BinaryHeap::new();
    for (i, l) in links.iter().enumerate() {
        for (&j, &s) in l.range(i + 1..) {
            heap.push(Merge {
                avg: s,
                a: i,
                b: j,
                va: 0,
                vb: 0,
            });
        }
    }
    while let Some(m) = heap.pop() {
        let (a, b) = (m.a, m.b);
        if !alive[a] || !alive[b] || version[a] != m.va || version[b] != m.vb {
            continue;
        }
        if m.avg < threshold {
            break;
        }
        // `b` joins `a`.
        alive[b] = false;
        let from_b = std::mem::take(&mut links[b]);
        links[a].remove(&b);
        for (k, s) in from_b {
            if k == a {
                continue;
            }
            *links[a].entry(k).or_default() += s;
            links[k].remove(&b);
        }
        let moved = std::mem::take(&mut members[b]);
        members[a].extend(moved);
        size[a] += size[b];
        version[a] += 1;
        let updates: Vec<(usize, f64)> = links[a].iter().map(|(&k, &s)| (k, s)).collect();
        for (k, s) in updates {
            links[k].insert(a, s);
            let (x, y) = if a < k { (a, k) } else { (k, a) };
            heap.push(Merge {
                avg: s / (size[a] * size[k]) as f64,
                a: x,
                b: y,
                va: version[x],
                vb: version[y],
            });
        }
    }
    let mut out: Vec<Vec<usize>> = (0..n)
        .filter(|&i| alive[i])
        .map(|i| {
            let mut g = std::mem::take(&mut members[i]);
            g.sort_unstable();
            g
        })
        .collect();
    out.sort_by_key(|g| g[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_link_merges_above_threshold_only() {
        // 0-1-2 tightly linked; 3 weakly to 2; 4 alone.
        let edges = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.7), (2, 3, 0.1)];
        let g = average_link(5, &edges, 0.2);
        assert_eq!(g, vec![vec![0, 1, 2], vec![3], vec![4]]);
    }

    #[test]
    fn average_counts_missing_pairs_as_zero() {
        // 3 is close to 2 only: its average to {0, 1, 2} is 0.5 / 3.
        let edges = [(0, 1, 0.9), (1, 2, 0.9), (0, 2, 0.9), (2, 3, 0.5)];
        assert_eq!(average_link(4, &edges, 0.2).len(), 2);
        assert_eq!(average_link(4, &edges, 0.15).len(), 1);
    }

    /// Three articles, each pair sharing five of its ten terms (cosine 0.5),
    /// published on `days`.
    fn three(days: [Option<i32>; 3]) -> Terms {
        let pairs = [(0..5, 5..10), (0..5, 10..15), (5..10, 10..15)];
        Terms {
            docs: pairs
                .into_iter()
                .map(|(a, b)| a.chain(b).map(|t| (t, 1)).collect())
                .collect(),
            kinds: vec![super::super::vectors::Kind::Word; 15],
            days: days.to_vec(),
        }
    }

    const W: Weights = Weights {
        word: 1.0,
        name: 0.0,
        year: 0.0,
        month: 0.0,
        figure: 0.0,
        fact: 0.0,
        lead_word: 0.0,
        lead_name: 0.0,
        same_days: 0.05,
        alone: 0.0,
    };

    #[test]
    fn articles_published_on_the_same_days_are_drawn_together() {
        // 0.5 alone is under the threshold; published a day apart, 0 and 1
        // are one event, 2 (a year later) stays apart.
        let t = three([Some(738_000), Some(738_001), Some(738_365)]);
        assert_eq!(groups(&t, &[0, 1, 2], &W, 0.52), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn undated_or_distant_articles_get_no_bonus() {
        let apart = [vec![0], vec![1], vec![2]];
        // A week apart is not the same days.
        let t = three([Some(738_000), Some(738_007), Some(738_365)]);
        assert_eq!(groups(&t, &[0, 1, 2], &W, 0.52), apart);
        // Undated articles say nothing.
        let t = three([None, None, Some(738_000)]);
        assert_eq!(groups(&t, &[0, 1, 2], &W, 0.52), apart);
        // Without the bonus, the same days change nothing.
        let t = three([Some(738_000), Some(738_000), Some(738_000)]);
        let w = Weights {
            same_days: 0.0,
            ..W
        };
        assert_eq!(groups(&t, &[0, 1, 2], &w, 0.52), apart);
    }

    /// Among six articles every term is rare and every cosine high (the
    /// versions 0.4 to 0.7, the briefs 0.15 to 0.5 to them): the threshold
    /// that joins the versions and not the briefs is higher than in a topic
    /// of dozens.
    const FIRE_THRESHOLD: f64 = 0.4;

    /// Articles 0-2 alike (cosines 0.5), 3 a little like each (0.04),
    /// 4 like nothing.
    fn brief_edges() -> Vec<(usize, usize, f64)> {
        vec![
            (0, 1, 0.5),
            (0, 2, 0.5),
            (1, 2, 0.5),
            (0, 3, 0.04),
            (1, 3, 0.04),
            (2, 3, 0.04),
        ]
    }

    #[test]
    fn an_article_left_alone_joins_the_group_it_is_most_alike() {
        let found = average_link(5, &brief_edges(), 0.1);
        assert_eq!(found, vec![vec![0, 1, 2], vec![3], vec![4]]);
        let days = [None; 5];
        let joined = attach_alone(found.clone(), &brief_edges(), &days, 0.03);
        // 3 joins; 4, sharing nothing, stays alone.
        assert_eq!(joined, vec![vec![0, 1, 2, 3], vec![4]]);
        // Below the least average it stays alone.
        assert_eq!(attach_alone(found, &brief_edges(), &days, 0.05).len(), 3);
    }

    #[test]
    fn an_article_published_months_from_the_group_stays_alone() {
        let found = average_link(5, &brief_edges(), 0.1);
        let day = |d| Some(738_000 + d);
        // Published a year after every version: another event of the kind.
        let days = [day(0), day(1), day(2), day(365), None];
        assert_eq!(
            attach_alone(found.clone(), &brief_edges(), &days, 0.03).len(),
            3
        );
        // The next day, or undated versions: one event.
        let days = [day(0), day(1), day(2), day(3), None];
        assert_eq!(
            attach_alone(found.clone(), &brief_edges(), &days, 0.03).len(),
            2
        );
        let days = [None, None, None, day(365), None];
        assert_eq!(attach_alone(found, &brief_edges(), &days, 0.03).len(), 2);
    }

    /// Four versions of one warehouse fire, a brief of one sentence about
    /// it, and a brief about a fire at the same place three years before.
    const VERSIONS: [&str; 4] = [
        r#" date 2024-06-11 Fire guts riverside warehouse in Leeds, two firefighters hurt

LEEDS, June 11 - A huge fire tore through a disused textile warehouse on Kirkstall Road in Leeds overnight, sending a plume of black smoke over the city and injuring two firefighters, West Yorkshire Fire and Rescue Service said on Tuesday.

More than 60 firefighters and twelve engines fought the blaze, which broke out shortly before midnight on Monday. Station manager Karen Holt said the roof had collapsed and crews would stay at the scene for several days.

Residents of nearby flats were told to keep their windows shut. Police closed Kirkstall Road between the viaduct and the retail park, and bus services were diverted.
"#,
        r#" date 2024-06-11 Two firefighters injured as blaze destroys Leeds warehouse

Two firefighters were taken to hospital after a fire destroyed a former textile warehouse on Kirkstall Road in Leeds, West Yorkshire Fire and Rescue Service said.

The fire started just before midnight on Monday and at its height 60 firefighters were at the scene. Station manager Karen Holt said both injured firefighters were in a stable condition and the cause of the fire was being investigated.

People living nearby were advised to keep windows and doors closed because of the smoke, and Kirkstall Road remained closed on Tuesday morning.
"#,
        r#" date 2024-06-12 Arson inquiry after Kirkstall Road warehouse fire

West Yorkshire Police have opened an arson investigation after a fire destroyed a disused textile warehouse on Kirkstall Road in Leeds on Monday night.

Detectives said the building had been empty for years and had been broken into several times. Two firefighters were hurt tackling the blaze, which needed 60 firefighters and twelve engines.

Station manager Karen Holt of West Yorkshire Fire and Rescue Service said crews were still damping down hot spots and the road would stay closed.
"#,
        r#" date 2024-06-11 Smoke over Leeds as old warehouse burns

A plume of smoke could be seen across Leeds after fire broke out at a derelict textile warehouse on Kirkstall Road late on Monday.

West Yorkshire Fire and Rescue Service sent twelve engines and about 60 firefighters. Two firefighters suffered minor injuries, station manager Karen Holt said, adding that the roof of the warehouse had collapsed.

Kirkstall Road was closed and residents were asked to keep windows shut while crews worked through the night.
"#,
    ];
    const BRIEF: &str = "Leeds warehouse fire\n\nTwo firefighters were hurt tackling a fire at a \
        disused warehouse on Kirkstall Road in Leeds.\n";
    const EARLIER: &str = " date 2021-03-02 Leeds warehouse fire\n\nFire crews tackled a blaze at a \
        disused warehouse on Kirkstall Road in Leeds, West Yorkshire Fire and Rescue Service said.\n";

    fn fire_terms(briefs: &[&str]) -> Terms {
        let docs = VERSIONS
            .iter()
            .chain(briefs)
            .enumerate()
            .map(|(i, t)| {
                crate::document::Document::parse(&format!("{i}.txt"), t.as_bytes(), None).unwrap()
            })
            .collect();
        let an = crate::analysis::analyze(docs);
        Terms::build(&an.iter().collect::<Vec<_>>())
    }

    #[test]
    fn a_brief_joins_its_event_and_a_fire_years_before_stays_alone() {
        let w = super::super::EVENT_WEIGHTS;
        let off = Weights { alone: 0.0, ..w };
        let t = fire_terms(&[BRIEF, EARLIER]);
        let all: Vec<usize> = (0..6).collect();
        let (vecs, df) = vectors::vectors(&t, &all, &w);
        let sims = edges(&vecs, &df, u32::MAX);
        // Long versions alike enough to join on their own, the briefs not.
        let threshold = FIRE_THRESHOLD;
        assert_eq!(
            groups(&t, &all, &off, threshold),
            vec![vec![0, 1, 2, 3], vec![4], vec![5]],
            "{sims:?}"
        );
        // The brief of the same fire joins; the earlier fire stays alone.
        assert_eq!(
            groups(&t, &all, &w, threshold),
            vec![vec![0, 1, 2, 3, 4], vec![5]],
            "{sims:?}"
        );
    }

    #[test]
    fn no_items_no_groups() {
        assert!(average_link(0, &[], 0.1).is_empty());
    }
}
