#!/usr/bin/env bash
# The parse benchmark of docs/performance.md, in one run: tidings against its ceiling and against
# python3-feedparser on the same generated corpus, then the peak-memory check in a fresh process.
# Builds nothing: build bench_parse first (cmake --preset release && cmake --build --preset release).
#
#   bash bench/run-parse-bench.sh [BUILD_DIR]      BUILD_DIR defaults to build/release
#
# Environment: SIZE_MB (corpus, default 60), REPS (bench_parse runs, default 5), PEER_REPS (feedparser
# runs, default 2: one takes half a minute; a single run is at the mercy of the load), MEMORY_MB (the memory check's document, default 50).
# The machine is shared: run it when nothing else is compiling; CPU time is used, and the best run counts.
set -euo pipefail

cd "$(dirname "$0")/.."
build="${1:-build/release}"
bench="$build/bench/bench_parse"
python=/usr/bin/python3   # Debian's, where python3-feedparser lives
size="${SIZE_MB:-60}"
reps="${REPS:-5}"
peer_reps="${PEER_REPS:-2}"
memory="${MEMORY_MB:-50}"

if [ ! -x "$bench" ]; then
    echo "run-parse-bench: $bench not found; build it first (cmake --build $build --target bench_parse)" >&2
    exit 2
fi
if ! "$python" -c 'import feedparser' 2>/dev/null; then
    echo "run-parse-bench: python3-feedparser is missing (apt-get install python3-feedparser)" >&2
    exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tidings-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "run-parse-bench: writing a ${size} MB corpus" >&2
"$bench" --write-corpus "$work/corpus" --size "$size" >&2
echo "run-parse-bench: bench_parse, best of $reps" >&2
"$bench" --size "$size" --reps "$reps" --modes ceiling,sanitized,raw,html --json >"$work/tidings.json"
echo "run-parse-bench: feedparser, best of $peer_reps" >&2
"$python" bench/feedparser_peer.py "$work/corpus" --reps "$peer_reps" --json >"$work/peer.json"
echo "run-parse-bench: peak memory, ${memory} MB document" >&2
"$bench" --memory "$memory" --json >"$work/memory.json"
"$bench" --memory "$memory" --modes raw --json >"$work/memory-raw.json"
echo >&2

"$python" bench/parse_report.py "$work/tidings.json" "$work/peer.json" "$work/memory.json" "$work/memory-raw.json"
