#!/usr/bin/env bash
# Scores the temporal tagger on the TempEval-3 training data (TimeBank +
# AQUAINT), when the shared data is present next to this worktree.
#   scripts/eval-dates.sh [--release] [--errors] [--per-doc]
# The data is never copied into the repository: it is converted into a
# temporary directory that is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=debug
score_args=()
for a in "$@"; do
    case "$a" in
        --release) profile=release ;;
        --errors | --per-doc | --json) score_args+=("$a") ;;
        *) echo "usage: $0 [--release] [--errors] [--per-doc] [--json]" >&2; exit 2 ;;
    esac
done

shared=../shared
gold=$shared/data/tempeval3/train
tool=$shared/tools/timeml.py
if [ ! -d "$gold" ] || [ ! -f "$tool" ]; then
    echo "eval-dates: $gold not found; skipping (nothing to score)"
    exit 0
fi

if [ "$profile" = release ]; then
    cargo build --release --quiet
else
    cargo build --quiet
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$tool" to-text "$gold" "$tmp/text" >/dev/null
"target/$profile/claimdiff" extract --format jsonl "$tmp"/text/*.txt >"$tmp/out.jsonl"
python3 "$tool" score "$tmp/text" "$tmp/out.jsonl" "${score_args[@]}"
