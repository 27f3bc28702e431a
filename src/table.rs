//! Reading the word lists under `data/`: one entry a line, columns separated
//! by tabs, `#` comments and blank lines skipped.

/// The non-comment, non-blank lines of a table, each split into its
/// tab-separated columns (trimmed).
pub fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The first column of each row: a plain word list.
pub fn words(text: &'static str) -> Vec<String> {
    rows(text)
        .filter_map(|r| r.first().map(|w| w.to_string()))
        .collect()
}

/// A word list under `data/`, read into its first column once, at first
/// use: `word_list!(include_str!("../../data/facts/kin.txt"))` in a
/// function returning `&'static [String]` (each expansion keeps a table of
/// its own).
macro_rules! word_list {
    ($text:expr) => {{
        static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| $crate::table::words($text))
    }};
}
pub(crate) use word_list;

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn comments_and_blank_lines_are_skipped_and_columns_split() {
        let t = "# a comment\nkill\tkilled slain\n\n  # indented comment\nwound\twounded \n";
        let got: Vec<Vec<&str>> = rows(t).collect();
        assert_eq!(
            got,
            vec![vec!["kill", "killed slain"], vec!["wound", "wounded"]]
        );
    }
}
