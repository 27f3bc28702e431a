//! Scores claimdiff's event instances against ECB+'s gold event coreference,
//! one gold story folder at a time: which gold event mentions an instance's
//! trigger covers, whether covered mentions in different versions are linked
//! (same link key after `compare::main_links`) exactly when their gold
//! chains are one, and whether the facts of the story's main event sit on
//! that event's instance.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::sync::OnceLock;

use claimdiff::analysis;
use claimdiff::document::Document;
use claimdiff::model::Span;

use crate::gold::{self, Mention};

/// The ECB+ data, beside the repository.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/ecbplus");

/// The gold story folders (`1-ecb`, `1-ecbplus` ...), or None when the data
/// is not here.
pub fn folders() -> Option<Vec<String>> {
    let mut out: Vec<String> = fs::read_dir(format!("{ROOT}/text"))
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    out.sort_by_key(|f| {
        let (t, s) = f.split_once('-').unwrap_or((f, ""));
        (t.parse::<u32>().unwrap_or(u32::MAX), s.to_string())
    });
    (!out.is_empty()).then_some(out)
}

/// The words that name an incident (`data/facts/incidents.tsv`): a gold
/// mention holding one is of an incident-like kind.
fn incident_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/facts/incidents.tsv");
        let text = fs::read_to_string(path).unwrap_or_default();
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .flat_map(|(_, forms)| forms.split_whitespace().map(str::to_string))
            .collect()
    })
}

fn is_incident(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| incident_words().contains(w))
}

/// A gold mention and what claimdiff made of it.
#[derive(Clone, Debug)]
pub struct Item {
    pub doc: usize,
    pub m: Mention,
    pub incident: bool,
    /// The link key of the instance whose trigger covers it.
    pub key: Option<String>,
    /// More than one instance's trigger covers it.
    pub ambiguous: bool,
}

/// Counts, summed over folders.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub folders: usize,
    pub docs: usize,
    pub tokens: usize,
    pub unplaced: usize,
    pub mentions: usize,
    pub covered: usize,
    pub incident_mentions: usize,
    pub incident_covered: usize,
    /// Cross-document gold chains (mentioned in two or more documents).
    pub chains: usize,
    pub chains_covered: usize,
    pub incident_chains: usize,
    pub incident_chains_covered: usize,
    /// Documents mentioning their folder's main chain / with a mention of it
    /// covered.
    pub main_docs: usize,
    pub main_docs_covered: usize,
    /// Why the main chain went uncovered: the version has no instance (no
    /// facts), its main instance has no trigger (no incident word in the
    /// lead), the trigger stands in a sentence ECB+ left unannotated, on a
    /// gold mention of another event, or on a word of an annotated sentence
    /// that names no event ("Fire and police units", "Catching Fire").
    pub miss_no_instance: usize,
    pub miss_no_trigger: usize,
    pub miss_unannotated: usize,
    pub miss_other_event: usize,
    pub miss_no_event: usize,
    /// Cross-document pairs of covered mentions: linked by both, by
    /// claimdiff, by gold.
    pub tp: usize,
    pub sys: usize,
    pub gold: usize,
    /// The same, counting a loose `class@?` key as no link.
    pub strict_tp: usize,
    pub strict_sys: usize,
    /// Baseline: linked when the mention's words are the same.
    pub word_tp: usize,
    pub word_sys: usize,
    pub b3_p: f64,
    pub b3_r: f64,
    pub b3_n: usize,
    pub muc_p: (usize, usize),
    pub muc_r: (usize, usize),
    pub ambiguous: usize,
    /// Facts in sentences of the main chain (and of no other incident
    /// chain): how many, and on the main chain's key.
    pub main_facts: usize,
    pub main_facts_on: usize,
    /// Facts in sentences of another incident chain only: how many, and
    /// kept off the main chain's key.
    pub other_facts: usize,
    pub other_facts_off: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        macro_rules! sum {
            ($($f:ident),*) => { $( self.$f += o.$f; )* };
        }
        sum!(
            folders,
            docs,
            tokens,
            unplaced,
            mentions,
            covered,
            incident_mentions,
            incident_covered,
            chains,
            chains_covered,
            incident_chains,
            incident_chains_covered,
            main_docs,
            main_docs_covered,
            miss_no_instance,
            miss_no_trigger,
            miss_unannotated,
            miss_other_event,
            miss_no_event,
            tp,
            sys,
            gold,
            strict_tp,
            strict_sys,
            word_tp,
            word_sys,
            b3_p,
            b3_r,
            b3_n,
            ambiguous,
            main_facts,
            main_facts_on,
            other_facts,
            other_facts_off
        );
        self.muc_p.0 += o.muc_p.0;
        self.muc_p.1 += o.muc_p.1;
        self.muc_r.0 += o.muc_r.0;
        self.muc_r.1 += o.muc_r.1;
    }
    /// Precision and recall of the cross-document pairs.
    pub fn pairs(&self) -> (f64, f64) {
        (ratio(self.tp, self.sys), ratio(self.tp, self.gold))
    }
    /// The same, a loose `class@?` key counting as no link.
    pub fn strict(&self) -> (f64, f64) {
        (
            ratio(self.strict_tp, self.strict_sys),
            ratio(self.strict_tp, self.gold),
        )
    }
    /// The same-word baseline's.
    pub fn word(&self) -> (f64, f64) {
        (
            ratio(self.word_tp, self.word_sys),
            ratio(self.word_tp, self.gold),
        )
    }
    pub fn b3(&self) -> (f64, f64, f64) {
        let n = self.b3_n.max(1) as f64;
        let (p, r) = (self.b3_p / n, self.b3_r / n);
        (p, r, f1(p, r))
    }
    pub fn muc(&self) -> (f64, f64, f64) {
        let (p, r) = (
            ratio(self.muc_p.0, self.muc_p.1),
            ratio(self.muc_r.0, self.muc_r.1),
        );
        (p, r, f1(p, r))
    }
}

/// The shape of a wrong pair's two link keys: both the main event, the main
/// event against another day's main event (`main@day`), the main event
/// against another instance, or two other instances.
fn pair_shape(a: &str, b: &str) -> &'static str {
    let main = |k: &str| k == "main";
    let other_day = |k: &str| k.starts_with("main@");
    match (a, b) {
        _ if main(a) && main(b) => "main / main",
        _ if other_day(a) || other_day(b) => "main@day / any",
        _ if main(a) || main(b) => "main / class@…",
        _ => "class@… / class@…",
    }
}

/// What one folder gave: its counts and lines showing its errors, by kind.
pub struct Folder {
    pub name: String,
    /// Its main chain is named by an incident word (a quake, a shooting ...).
    pub incident_story: bool,
    pub tally: Tally,
    pub errors: BTreeMap<&'static str, Vec<String>>,
    /// Wrong cross-document pairs by error and key shape: ("split" or
    /// "merged", [`pair_shape`]) → pairs.
    pub shapes: BTreeMap<(&'static str, &'static str), usize>,
}

/// How many error lines a folder keeps of each kind.
const KEEP: usize = 6;

/// Measures one gold story folder.
pub fn folder(name: &str) -> Result<Folder, String> {
    let topic = name.split('-').next().unwrap_or(name);
    let dir = format!("{ROOT}/text/{name}");
    let mut files: Vec<String> = fs::read_dir(&dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    let mut docs = Vec::new();
    let mut golds = Vec::new();
    for f in &files {
        let path = format!("{dir}/{f}");
        let bytes = fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
        let doc = Document::parse(f, &bytes, None).map_err(|e| format!("{path}: {e:?}"))?;
        let xml_path = format!("{ROOT}/xml/{topic}/{}.xml", f.trim_end_matches(".txt"));
        let xml = fs::read_to_string(&xml_path).map_err(|e| format!("{xml_path}: {e}"))?;
        golds.push(gold::read(f, &xml, &doc.text).map_err(|e| format!("{xml_path}: {e}"))?);
        docs.push(doc);
    }
    let mut an = analysis::analyze(docs);
    claimdiff::dating::infer(&mut an);
    let links = claimdiff::compare::main_links(&an);
    let key_of = |d: usize, e: usize| {
        let inst = &an[d].facts.events[e];
        if inst.main {
            links[d].clone()
        } else {
            inst.link.clone()
        }
    };

    let mut t = Tally {
        folders: 1,
        docs: an.len(),
        ..Tally::default()
    };
    let mut items = Vec::new();
    for (d, g) in golds.iter().enumerate() {
        t.tokens += g.tokens;
        t.unplaced += g.unplaced;
        for m in &g.mentions {
            let covering: Vec<usize> = an[d]
                .facts
                .events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.trigger.is_some_and(|s| s.overlaps(m.span)))
                .map(|(i, _)| i)
                .collect();
            items.push(Item {
                doc: d,
                incident: is_incident(&m.text),
                key: covering.first().map(|&e| key_of(d, e)),
                ambiguous: covering.len() > 1,
                m: m.clone(),
            });
        }
    }
    let mut errors: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut shapes: BTreeMap<(&'static str, &'static str), usize> = BTreeMap::new();
    let mut note = |kind: &'static str, line: String| {
        let v = errors.entry(kind).or_default();
        if v.len() < KEEP && !v.contains(&line) {
            v.push(line);
        }
    };
    let snippet = |d: usize, s: Span| {
        let text = &an[d].doc.text;
        let sentence = an[d]
            .doc
            .sentence_at(s.start)
            .map_or(s, |i| an[d].doc.sentences[i]);
        let mut cut = sentence.of(text).replace('\n', " ");
        if cut.len() > 140 {
            let mut end = 140;
            while !cut.is_char_boundary(end) {
                end -= 1;
            }
            cut.truncate(end);
            cut.push('…');
        }
        cut
    };

    // Coverage.
    t.mentions = items.len();
    t.covered = items.iter().filter(|i| i.key.is_some()).count();
    t.incident_mentions = items.iter().filter(|i| i.incident).count();
    t.incident_covered = items
        .iter()
        .filter(|i| i.incident && i.key.is_some())
        .count();
    t.ambiguous = items.iter().filter(|i| i.ambiguous).count();
    let mut chain_docs: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for i in items.iter().filter(|i| i.m.cross) {
        chain_docs.entry(&i.m.chain).or_default().insert(i.doc);
    }
    for (chain, ds) in &chain_docs {
        if ds.len() < 2 {
            continue;
        }
        let of: Vec<&Item> = items.iter().filter(|i| i.m.chain == *chain).collect();
        let covered = of.iter().any(|i| i.key.is_some());
        t.chains += 1;
        t.chains_covered += covered as usize;
        if of.iter().any(|i| i.incident) {
            t.incident_chains += 1;
            t.incident_chains_covered += covered as usize;
        }
    }

    // Cross-document pairs of covered mentions.
    let covered: Vec<&Item> = items.iter().filter(|i| i.key.is_some()).collect();
    for (x, a) in covered.iter().enumerate() {
        for b in &covered[x + 1..] {
            if a.doc == b.doc {
                continue;
            }
            let gold = a.m.chain == b.m.chain;
            let sys = a.key == b.key;
            let loose = a.key.as_deref().is_some_and(|k| k.ends_with("@?"));
            let word = a.m.text == b.m.text;
            t.gold += gold as usize;
            t.sys += sys as usize;
            t.tp += (gold && sys) as usize;
            t.strict_sys += (sys && !loose) as usize;
            t.strict_tp += (gold && sys && !loose) as usize;
            t.word_sys += word as usize;
            t.word_tp += (word && gold) as usize;
            let show = |i: &Item| {
                format!(
                    "{} «{}» [{}] in: {}",
                    an[i.doc].doc.path,
                    i.m.text,
                    i.key.as_deref().unwrap_or("-"),
                    snippet(i.doc, i.m.span)
                )
            };
            if gold != sys {
                let (ka, kb) = (a.key.as_deref(), b.key.as_deref());
                let shape = pair_shape(ka.unwrap_or(""), kb.unwrap_or(""));
                let error = if gold { "split" } else { "merged" };
                *shapes.entry((error, shape)).or_default() += 1;
            }
            if gold && !sys {
                note(
                    "split: one gold chain, two link keys",
                    format!("{}\n      vs {}", show(a), show(b)),
                );
            } else if sys && !gold {
                note(
                    "merged: two gold chains, one link key",
                    format!("{}\n      vs {}", show(a), show(b)),
                );
            }
        }
    }
    // B-cubed and MUC over the covered mentions (clusters across the folder).
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut by_chain: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, i) in covered.iter().enumerate() {
        by_key
            .entry(i.key.as_deref().unwrap_or(""))
            .or_default()
            .push(n);
        by_chain.entry(&i.m.chain).or_default().push(n);
    }
    for i in covered.iter() {
        let s = &by_key[i.key.as_deref().unwrap_or("")];
        let g = &by_chain[i.m.chain.as_str()];
        let both = s
            .iter()
            .filter(|&&n| covered[n].m.chain == i.m.chain)
            .count();
        t.b3_p += both as f64 / s.len() as f64;
        t.b3_r += both as f64 / g.len() as f64;
        t.b3_n += 1;
    }
    let muc = |clusters: &BTreeMap<&str, Vec<usize>>, part: &dyn Fn(usize) -> String| {
        let (mut num, mut den) = (0, 0);
        for c in clusters.values() {
            let parts: BTreeSet<String> = c.iter().map(|&n| part(n)).collect();
            num += c.len() - parts.len();
            den += c.len() - 1;
        }
        (num, den)
    };
    t.muc_r = muc(&by_chain, &|n| covered[n].key.clone().unwrap_or_default());
    t.muc_p = muc(&by_key, &|n| covered[n].m.chain.clone());

    // The story's main chain: the gold event chain told by most versions,
    // then the one told earliest.
    let mut best: Option<(usize, u32, &str)> = None;
    for (chain, ds) in &chain_docs {
        let first: u32 = ds
            .iter()
            .map(|&d| {
                items
                    .iter()
                    .filter(|i| i.doc == d && i.m.chain == *chain)
                    .map(|i| i.m.sentence)
                    .min()
                    .unwrap_or(0)
            })
            .sum();
        let cand = (ds.len(), first, *chain);
        if best.is_none_or(|b| (cand.0, std::cmp::Reverse(cand.1)) > (b.0, std::cmp::Reverse(b.1)))
        {
            best = Some(cand);
        }
    }
    let incident_story =
        best.is_some_and(|(_, _, main)| items.iter().any(|i| i.m.chain == main && i.incident));
    if let Some((_, _, main)) = best {
        // The key most of its covered mentions have: what the comparer groups
        // its facts under.
        let mut keys: BTreeMap<&str, usize> = BTreeMap::new();
        for i in covered.iter().filter(|i| i.m.chain == main) {
            *keys.entry(i.key.as_deref().unwrap_or("")).or_default() += 1;
        }
        let main_key = keys
            .iter()
            .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
            .map_or("main", |(k, _)| *k)
            .to_string();
        for (d, a) in an.iter().enumerate() {
            let of: Vec<&Item> = items
                .iter()
                .filter(|i| i.doc == d && i.m.chain == main)
                .collect();
            if of.is_empty() {
                continue;
            }
            t.main_docs += 1;
            if of.iter().any(|i| i.key.is_some()) {
                t.main_docs_covered += 1;
            } else {
                match a.facts.events.first().map(|e| e.trigger) {
                    None => t.miss_no_instance += 1,
                    Some(None) => t.miss_no_trigger += 1,
                    Some(Some(trig)) => {
                        let sentence = a
                            .doc
                            .sentence_at(trig.start)
                            .map_or(trig, |i| a.doc.sentences[i]);
                        let annotated = items
                            .iter()
                            .any(|i| i.doc == d && sentence.contains(i.m.span));
                        let on_event = items.iter().any(|i| i.doc == d && i.m.span.overlaps(trig));
                        match (annotated, on_event) {
                            (_, true) => t.miss_other_event += 1,
                            (true, false) => t.miss_no_event += 1,
                            (false, false) => t.miss_unannotated += 1,
                        }
                    }
                }
                let e1 = a
                    .facts
                    .events
                    .first()
                    .map_or("no instance".to_string(), |e| {
                        let trig = e.trigger.map_or("(no trigger)".to_string(), |s| {
                            format!("«{}»", s.of(&a.doc.text))
                        });
                        format!("e1 {} {trig}", e.kind)
                    });
                note(
                    "main chain not covered",
                    format!(
                        "{} gold «{}», {e1}: {}",
                        a.doc.path,
                        of[0].m.text,
                        snippet(d, of[0].m.span)
                    ),
                );
            }
            let others: Vec<&Item> = items
                .iter()
                .filter(|i| i.doc == d && i.m.chain != main && i.incident && i.m.cross)
                .collect();
            for f in &a.facts.facts {
                let has_main = of.iter().any(|i| f.sentence.contains(i.m.span));
                let has_other = others.iter().any(|i| f.sentence.contains(i.m.span));
                let key = key_of(d, f.event);
                let line = format!(
                    "{} {} «{}» on [{key}] (main [{main_key}]): {}",
                    a.doc.path,
                    f.slot.as_str(),
                    f.span.of(&a.doc.text),
                    snippet(d, f.span)
                );
                if has_main && !has_other {
                    t.main_facts += 1;
                    if key == main_key {
                        t.main_facts_on += 1;
                    } else {
                        note("main-event fact off the main key", line);
                    }
                } else if has_other && !has_main {
                    t.other_facts += 1;
                    if key != main_key {
                        t.other_facts_off += 1;
                    } else {
                        note("other-event fact on the main key", line);
                    }
                }
            }
        }
    }
    Ok(Folder {
        name: name.to_string(),
        incident_story,
        tally: t,
        errors,
        shapes,
    })
}

/// A row of the table: the counts of one folder or of all.
pub fn row(name: &str, t: &Tally) -> String {
    let (_, _, b3f) = t.b3();
    let (_, _, mucf) = t.muc();
    format!(
        "{name:<12} {:>4} {:>5} {:>4} {:>4}/{:<4} {:>3}/{:<3} {:>3}/{:<3} {:>5.2} {:>5.2} {:>5.2} {:>5.2} {:>5.2} {:>5.2} {:>4}/{:<4} {:>3}/{:<3}",
        t.docs,
        t.mentions,
        t.covered,
        t.incident_covered,
        t.incident_mentions,
        t.chains_covered,
        t.chains,
        t.main_docs_covered,
        t.main_docs,
        t.pairs().0,
        t.pairs().1,
        t.word().0,
        t.word().1,
        b3f,
        mucf,
        t.main_facts_on,
        t.main_facts,
        t.other_facts_off,
        t.other_facts,
    )
}

/// The header of [`row`].
pub const HEADER: &str = "folder       docs  ment  cov  incid cov/all chains  main-docs  pairP pairR wordP wordR  B3F  MUCF main facts on  other off";
