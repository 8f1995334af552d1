#!/usr/bin/env bash
# scripts/bench.sh [ARGS...]: build native and wasm, then run the benchmarks.
#
# bench/run.mjs, when present, runs them and puts native and wasm side by side (ARGS go to it);
# otherwise each bench program runs natively (build/native/bench/*) and under Node
# (build/wasm/bench/*.js).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh native wasm

if [ -f bench/run.mjs ]; then
  exec node bench/run.mjs "$@"
fi

shopt -s nullglob
ran=0
for program in build/native/bench/*; do
  [ -x "$program" ] && [ -f "$program" ] || continue
  echo "== native: $program"
  "$program" "$@"
  ran=1
done
for program in build/wasm/bench/*.js; do
  case "$program" in *.worker.js) continue ;; esac
  echo "== wasm (node): $program"
  node "$program" "$@"
  ran=1
done
[ "$ran" = 1 ] || echo "bench: no benchmark programs (bench/*.cpp) yet"
