//! The story-splitting hook around `compare`: the analyses are grouped into
//! stories, and each story's versions are dated and compared on their own,
//! so that articles of different stories are never compared.

use crate::analysis::Analysis;
use crate::compare::{self, Comparison};
use crate::render::StoryReport;

use super::{Story, Summary};

/// One story with its own analyses (in path order) and, once compared, its
/// comparison.
pub struct StoryRun {
    pub id: String,
    pub summary: Summary,
    pub an: Vec<Analysis>,
    pub comparison: Option<Comparison>,
}

/// Groups the analyses into stories (all in one with `one_story`), moving
/// each analysis into its story. Stories that are not clearly different
/// events are compared as one ([`super::merge_close`]): a folder a user hands
/// to `compare` is split only where the evidence of different events is
/// strong.
pub fn split(an: Vec<Analysis>, one_story: bool) -> Vec<StoryRun> {
    runs(an, one_story, true)
}

/// Groups the analyses into the stories [`super::cluster`] finds, finer
/// than `compare`'s (for `cluster`, where a split loses nothing).
pub fn group(an: Vec<Analysis>) -> Vec<StoryRun> {
    runs(an, false, false)
}

fn runs(an: Vec<Analysis>, one_story: bool, merge: bool) -> Vec<StoryRun> {
    let stories = if one_story {
        let mut docs: Vec<usize> = (0..an.len()).collect();
        docs.sort_by(|&a, &b| an[a].doc.path.cmp(&an[b].doc.path).then(a.cmp(&b)));
        vec![Story {
            id: "S1".into(),
            docs,
        }]
    } else if merge {
        super::merge_close(&an, super::cluster(&an))
    } else {
        super::cluster(&an)
    };
    let summaries: Vec<Summary> = stories.iter().map(|s| super::summarize(&an, s)).collect();
    let mut slots: Vec<Option<Analysis>> = an.into_iter().map(Some).collect();
    stories
        .into_iter()
        .zip(summaries)
        .map(|(s, summary)| StoryRun {
            an: s.docs.iter().filter_map(|&d| slots[d].take()).collect(),
            id: s.id,
            summary,
            comparison: None,
        })
        .collect()
}

/// Says on stderr when the files are more than one story, and which stories
/// have a single version (at most [`MAX_NAMED`] named, then a count).
pub fn warn(stories: &[StoryRun], one_story: bool) {
    let files: usize = stories.iter().map(|s| s.an.len()).sum();
    if stories.len() > 1 {
        eprintln!(
            "claimdiff: the {files} files tell {} different stories; each story is compared on its own (--one-story compares them all as one)",
            stories.len()
        );
    }
    let single: Vec<&StoryRun> = stories.iter().filter(|s| s.an.len() == 1).collect();
    for s in single.iter().take(MAX_NAMED) {
        let path = &s.an[0].doc.path;
        if one_story {
            eprintln!("claimdiff: there is a single version ({path}): nothing to compare it with");
        } else {
            eprintln!(
                "claimdiff: story {} has a single version ({path}): nothing to compare it with",
                s.id
            );
        }
    }
    if single.len() > MAX_NAMED {
        eprintln!(
            "claimdiff: and {} more stories of a single version",
            single.len() - MAX_NAMED
        );
    }
}

/// Single-version stories named one by one on stderr.
const MAX_NAMED: usize = 10;

/// Dates (undated versions from their siblings in the same story only) and
/// compares each story.
pub fn compare(stories: &mut [StoryRun]) {
    for s in stories.iter_mut() {
        crate::dating::infer(&mut s.an);
        s.comparison = Some(compare::compare(&s.an));
    }
}

/// The render view of the stories; `with_comparison` for `compare`.
pub fn reports(stories: &[StoryRun], with_comparison: bool) -> Vec<StoryReport<'_>> {
    stories
        .iter()
        .map(|s| StoryReport {
            id: &s.id,
            summary: &s.summary,
            an: &s.an,
            cmp: if with_comparison {
                s.comparison.as_ref()
            } else {
                None
            },
        })
        .collect()
}
