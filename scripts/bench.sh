#!/usr/bin/env bash
# scripts/bench.sh [ARGS...]: build native and wasm, then run the benchmarks.
#
# bench/run.mjs, when present, runs bench/*.py under CPython, native asyncplay, the wasm engine
# under Node and Pyodide under Node side by side, then bench/core_bench (ARGS go to it:
# --runs N, --filter SUBSTR, --no-pyodide, --json OUT); Pyodide is installed first, unless
# --no-pyodide;
# otherwise each bench program runs natively (build/native/bench/*) and under Node
# (build/wasm/bench/*.js).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh native wasm

if [ -f bench/run.mjs ]; then
  # Pyodide (for the side-by-side table) goes to build/pyodide/, outside the project's own
  # node_modules, from the npm registry; once there it is reused. --no-pyodide skips it.
  PYODIDE_VERSION=0.26.4
  want_pyodide=1
  for arg in "$@"; do [ "$arg" = --no-pyodide ] && want_pyodide=0; done
  if [ "$want_pyodide" = 1 ]; then
    installed=$(node -p "require('./build/pyodide/node_modules/pyodide/package.json').version" 2>/dev/null || true)
    if [ "$installed" != "$PYODIDE_VERSION" ]; then
      echo "bench: installing pyodide@$PYODIDE_VERSION into build/pyodide (npm)"
      mkdir -p build/pyodide
      if ! npm install --prefix build/pyodide --no-save --no-audit --no-fund --loglevel=error \
        "pyodide@$PYODIDE_VERSION" </dev/null >build/pyodide/npm-install.log 2>&1; then
        echo "bench: could not install pyodide (see build/pyodide/npm-install.log); running without Pyodide" >&2
        set -- "$@" --no-pyodide
      fi
    fi
  fi
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
