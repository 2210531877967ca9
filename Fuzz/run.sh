#!/bin/sh
# Runs the libFuzzer targets built by Fuzz/build.sh, one after another, each for SECONDS.
# New corpus entries go to .build/fuzz/corpus/<target> (the committed seeds in
# Fuzz/corpus/<target> are only read); with --fresh they go to a scratch directory that starts
# empty, so a short run spends its time on the seeds and new inputs. A crash, leak, hang or
# timeout leaves its input in .build/fuzz/artifacts/ and makes this script fail.
# Usage: Fuzz/run.sh [--fresh] SECONDS [target...]  (default: every target).
set -eu
cd "$(dirname "$0")/.."
OUT=.build/fuzz
corpus=$OUT/corpus
if [ "${1:-}" = --fresh ]; then corpus=$OUT/scratch-corpus; rm -rf "$corpus"; shift; fi
seconds=$1; shift
status=0
for target in ${*:-collection environment csv template}; do
  mkdir -p "$corpus/$target" "$OUT/artifacts"
  echo "fuzz: $target for ${seconds}s"
  if ! "$OUT/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$OUT/artifacts/$target-" "$corpus/$target" "Fuzz/corpus/$target" \
      > "$OUT/$target.log" 2>&1; then
    echo "fuzz: $target FAILED; see $OUT/$target.log and $OUT/artifacts/" >&2
    grep -E "ERROR|SUMMARY|Fatal error|Test unit written" "$OUT/$target.log" | head -5 >&2 || true
    status=1
  fi
  grep -E "^#[0-9]+[[:space:]]+DONE" "$OUT/$target.log" || true
done
exit $status
