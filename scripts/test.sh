#!/usr/bin/env bash
# scripts/test.sh: everything `npm test` checks, with a summary at the end.
#
#   1. setup (installs missing Debian and npm packages, Chromium included); clang-format check
#   2. builds native, asan (ASan + UBSan), tsan (ThreadSanitizer), wasm and wasm-st (the engine
#      module without threads; built whenever wasm is, right after it)
#   3. the doctest programs of each build through ctest (wasm ones under Node)
#   4. the language corpus (tests/py) through build/native/asyncplay, and again under ASan; then
#      the fuzz build (clang 14, libFuzzer) and 60 s of fuzzing the front end (scripts/fuzz.sh)
#   5. Node tests (tests/node: the wasm engine and its JS API under Node, the one without threads
#      too), and the corpus again
#      through the wasm engine's Node CLI (wasm/cli.mjs)
#   6. the page (build/site) and the browser tests (tests/browser: the page in headless Chromium)
#
# Every stage runs even when an earlier one failed (a failed build skips only its own tests);
# the exit status is non-zero when any stage failed. ASYNCPLAY_TEST_PRESETS="native wasm" limits
# the builds, e.g. for a quick local run.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
export ASYNCPLAY_SKIP_SETUP=1

read -r -a presets <<<"${ASYNCPLAY_TEST_PRESETS:-native asan tsan fuzz wasm wasm-st}"
# The build without threads comes with wasm (its Node tests are among wasm's).
if [[ " ${presets[*]} " == *" wasm "* && " ${presets[*]} " != *" wasm-st "* ]]; then
  with_st=()
  for preset in "${presets[@]}"; do
    with_st+=("$preset")
    [ "$preset" = wasm ] && with_st+=(wasm-st)
  done
  presets=("${with_st[@]}")
fi

names=()
results=()
times=()
failed=0

# stage NAME COMMAND...: runs COMMAND, records PASS/FAIL and its duration.
stage() {
  local name=$1
  shift
  echo
  echo "==== $name: $*"
  local start=$SECONDS
  if "$@"; then
    results+=(PASS)
  else
    results+=(FAIL)
    failed=$((failed + 1))
  fi
  names+=("$name")
  times+=($((SECONDS - start)))
  echo "==== $name: ${results[-1]} ($((SECONDS - start)) s)"
}

skip() {
  names+=("$1")
  results+=(SKIP)
  times+=(0)
  failed=$((failed + 1))
  echo "==== $1: SKIPPED ($2)"
}

total_start=$SECONDS
stage setup bash scripts/setup.sh --browser
if [ "${results[0]}" != PASS ]; then
  echo "test: setup failed; nothing else can run" >&2
  exit 1
fi

stage format bash scripts/format.sh --check

declare -A built
for preset in "${presets[@]}"; do
  [ "$preset" = fuzz ] && continue  # built right before it runs, after the corpus stages
  stage "build $preset" bash scripts/build.sh "$preset"
  [ "${results[-1]}" = PASS ] && built[$preset]=1
done

for preset in "${presets[@]}"; do
  [ "$preset" = wasm-st ] && continue  # the module only: tests/node/nothreads.test.mjs tests it
  [ "$preset" = fuzz ] && continue     # no unit tests: the fuzz stage below runs it
  if [ -n "${built[$preset]:-}" ]; then
    stage "ctest $preset" ctest --preset "$preset"
  else
    skip "ctest $preset" "its build failed"
  fi
done

# The language corpus (tests/py, expectations written by CPython) through the native CLI. Snippets
# listed in tests/py/known_failing.txt exercise features the interpreter does not have yet.
if [ -n "${built[native]:-}" ]; then
  stage "corpus native" node tests/run_corpus.mjs --cli build/native/asyncplay \
    --known-failing tests/py/known_failing.txt
else
  skip "corpus native" "no native build"
fi
# The same corpus under AddressSanitizer + UBSan: memory errors in the interpreter fail the snippet.
# (Leak checking is off here: objects in reference cycles are not collected yet.)
if [ -n "${built[asan]:-}" ]; then
  stage "corpus asan" env ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    node tests/run_corpus.mjs --cli build/asan/asyncplay --known-failing tests/py/known_failing.txt
elif [[ " ${presets[*]} " == *" asan "* ]]; then
  skip "corpus asan" "no asan build"
fi
# The front end (lexer, parser, compiler) on inputs libFuzzer makes from tests/py and
# tests/lang/parse: any input must give a SyntaxError or bytecode, never a crash or a hang.
if [[ " ${presets[*]} " == *" fuzz "* ]]; then
  stage "build fuzz" bash scripts/build.sh fuzz
  if [ "${results[-1]}" = PASS ]; then
    stage fuzz bash scripts/fuzz.sh "${ASYNCPLAY_FUZZ_SECONDS:-60}"
  else
    skip fuzz "its build failed"
  fi
fi

if [ -n "${built[wasm]:-}" ]; then
  # tests/node/nothreads.test.mjs skips itself without build/wasm-st unless told it must not.
  require_st=0
  [[ " ${presets[*]} " == *" wasm-st "* ]] && require_st=1
  stage "node tests" env ASYNCPLAY_REQUIRE_WASM_ST=$require_st node --test tests/node/
  # The corpus once more through the WebAssembly engine and its Node CLI (wasm/cli.mjs).
  stage "corpus wasm" node tests/run_corpus.mjs --cli "node wasm/cli.mjs" \
    --known-failing tests/py/known_failing.txt
  stage "build site" bash scripts/build.sh site
  if [ "${results[-1]}" = PASS ]; then
    stage "browser tests" node --test tests/browser/
  else
    skip "browser tests" "the site did not build"
  fi
else
  skip "node tests" "no wasm build"
  skip "corpus wasm" "no wasm build"
  skip "build site" "no wasm build"
  skip "browser tests" "no wasm build"
fi

echo
echo "==== summary ($((SECONDS - total_start)) s)"
passed=0
for i in "${!names[@]}"; do
  printf '  %-4s %-22s %5s s\n' "${results[$i]}" "${names[$i]}" "${times[$i]}"
  [ "${results[$i]}" = PASS ] && passed=$((passed + 1))
done
echo "stages: $passed passed, $failed failed"
[ "$failed" = 0 ]
