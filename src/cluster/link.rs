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
    average_link(members.len(), &edges, threshold)
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

    #[test]
    fn no_items_no_groups() {
        assert!(average_link(0, &[], 0.1).is_empty());
    }
}
