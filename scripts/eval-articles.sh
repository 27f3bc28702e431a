#!/usr/bin/env bash
# Scores the temporal tagger on the held-out TimeML articles in
# fixtures/dates/articles with the TempEval-3 scorer, when the shared tools
# are present next to this worktree.
#   scripts/eval-articles.sh [--errors] [--per-doc]
set -euo pipefail
cd "$(dirname "$0")/.."

tool=../shared/tools/timeml.py
if [ ! -f "$tool" ]; then
    echo "eval-articles: $tool not found; skipping (cargo test --test heldout_articles scores the same articles)"
    exit 0
fi
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$tool" to-text fixtures/dates/articles "$tmp/text" >/dev/null
target/release/claimdiff extract --format jsonl "$tmp"/text/*.txt >"$tmp/out.jsonl"
python3 "$tool" score "$tmp/text" "$tmp/out.jsonl" "$@"
