#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS]: run the front-end fuzzer (build/fuzz/compile_fuzz: lexer, parser,
# validation, compiler, disassembler) for SECONDS (default: $ASYNCPLAY_FUZZ_SECONDS, else 60).
#
# Needs the fuzz build (bash scripts/build.sh fuzz). Each run gets a fresh build/fuzz/run-<time>/:
# corpus/ seeded from tests/py/**/*.py and tests/lang/parse/*.py (the inputs libFuzzer finds are
# added there), artifacts/ for reproducers, fuzz.log; tests/fuzz/python.dict is the dictionary.
# Exits non-zero after a crash, a sanitizer report, a leak or an input that takes longer than 5 s,
# and says where the reproducer is and how to replay it. Runs that found nothing are removed at
# the next run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-${ASYNCPLAY_FUZZ_SECONDS:-60}}
case "$seconds" in
  '' | *[!0-9]*)
    echo "fuzz.sh: SECONDS must be a whole number (got '$seconds')" >&2
    exit 2
    ;;
esac

fuzzer=build/fuzz/compile_fuzz
if [ ! -x "$fuzzer" ]; then
  echo "fuzz.sh: $fuzzer is missing: run bash scripts/build.sh fuzz first" >&2
  exit 2
fi

for old in build/fuzz/run-*/; do
  [ -d "$old" ] && [ -z "$(ls -A "$old/artifacts" 2>/dev/null)" ] && rm -rf "$old"
done
run_dir=build/fuzz/run-$(date +%Y%m%d-%H%M%S)
corpus=$run_dir/corpus
artifacts=$run_dir/artifacts
mkdir -p "$corpus" "$artifacts"
# One seed per file, named after its path (tests/py/asyncio/x.py -> tests_py_asyncio_x.py).
seeds=0
while IFS= read -r -d '' file; do
  cp "$file" "$corpus/${file//\//_}"
  seeds=$((seeds + 1))
done < <(find tests/py -name '*.py' -print0; find tests/lang/parse -maxdepth 1 -name '*.py' -print0)
echo "fuzz: $seeds seed files in $corpus; fuzzing for $seconds s"

# -timeout: an input that takes longer is a hang. -rss_limit_mb: libFuzzer's corpus in memory and
# ASan's quarantine take a few hundred MB; past 2 GB something is wrong.
status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
  "$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=5 -rss_limit_mb=2048 \
  -dict=tests/fuzz/python.dict -print_final_stats=1 -artifact_prefix="$artifacts/" \
  "$corpus" >"$run_dir/fuzz.log" 2>&1 || status=$?

found=$(find "$artifacts" -type f | sort)
if [ "$status" = 0 ] && [ -z "$found" ]; then
  grep -E '^(#[0-9]+[[:space:]]+DONE|Done|stat::)' "$run_dir/fuzz.log" || true
  echo "fuzz: no crash, hang, leak or sanitizer report in $seconds s"
else
  # The report: from the first line of the sanitizer's or libFuzzer's verdict on.
  awk '/ERROR: |runtime error|deadly signal|ALARM|out-of-memory|Timeout/ { on = 1 } on' \
    "$run_dir/fuzz.log" | grep -v -e '^"' -e 'ecommended dictionary' | head -n 80
  echo
  echo "fuzz: FAILED (exit status $status); full log: $run_dir/fuzz.log"
  for file in $found; do
    echo "fuzz: reproducer: $file"
    echo "fuzz:   replay:   $fuzzer $file"
    echo "fuzz:   CPython:  python3 -c \"compile(open('$file','rb').read(),'f','exec')\""
  done
  [ -n "$found" ] || echo "fuzz: no reproducer was written; see the log"
  exit 1
fi
