//! The ECB+ articles under `../shared/data/ecbplus/text/`: one folder per
//! gold story (`N-ecb` and `N-ecbplus` are two events of one kind in topic
//! N), mixed into one set under neutral names so that paths say nothing of
//! the story.

#![allow(dead_code)]

use std::fs;
use std::ops::RangeInclusive;

use claimdiff::document::Document;

pub const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/ecbplus/text");

pub struct Set {
    /// (topic, gold story, neutral name, bytes)
    pub articles: Vec<(u32, String, String, Vec<u8>)>,
}

/// A short letter-only name from a number (FNV-style mixing), the same on
/// every machine.
pub fn word(n: u64) -> String {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ n;
    h = h.wrapping_mul(0x100_0000_01b3);
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    let mut s = String::new();
    for _ in 0..8 {
        s.push((b'a' + (h % 26) as u8) as char);
        h /= 26;
    }
    s
}

fn fnv(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// The `.txt` file names of one story folder, sorted.
pub fn texts(folder: &str) -> Option<Vec<String>> {
    let mut files: Vec<String> = fs::read_dir(format!("{DIR}/{folder}"))
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    Some(files)
}

/// Reads every article, or `None` when the folder is absent.
pub fn load() -> Option<Set> {
    let mut folders: Vec<String> = fs::read_dir(DIR)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    folders.sort();
    let mut articles = Vec::new();
    for f in folders {
        let Some(topic) = f.split('-').next().and_then(|t| t.parse::<u32>().ok()) else {
            continue;
        };
        for name in texts(&f)? {
            let bytes = fs::read(format!("{DIR}/{f}/{name}")).ok()?;
            let neutral = format!("mix/{:016x}.txt", fnv(&format!("{f}/{name}")));
            articles.push((topic, f.clone(), neutral, bytes));
        }
    }
    (!articles.is_empty()).then_some(Set { articles })
}

impl Set {
    /// The documents of the topics in `topics` with their gold stories.
    pub fn part(&self, topics: RangeInclusive<u32>) -> (Vec<Document>, Vec<String>) {
        let mut docs = Vec::new();
        let mut gold = Vec::new();
        for (topic, story, name, bytes) in &self.articles {
            if topics.contains(topic) {
                if let Ok(d) = Document::parse(name, bytes, None) {
                    docs.push(d);
                    gold.push(story.clone());
                }
            }
        }
        (docs, gold)
    }
}
