#!/bin/sh
# Parser and pipeline throughput (MB/s), best of 3 runs over >= 20 MB.
# Uses the TempEval-3 training text when ../shared/data/tempeval3/train exists,
# else a synthetic newswire corpus; CLAIMDIFF_BENCH_SYNTHETIC=1 forces the latter.
set -eu
cd "$(dirname "$0")/.."
exec cargo bench --bench throughput "$@"
