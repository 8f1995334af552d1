#!/usr/bin/env bash
# scripts/build.sh [PRESET...]: configure (when needed) and build CMake presets.
#
# PRESET is native, asan, tsan, wasm, wasm-st (the engine module without threads, for pages that
# are not cross-origin isolated; see CMakePresets.json) or fuzz (the libFuzzer program
# build/fuzz/compile_fuzz, clang 14; scripts/fuzz.sh runs it), each built to build/PRESET, or
# site: the page as static files in build/site/ (scripts/build-site.mjs; needs the wasm build).
# Default: native wasm wasm-st site. Runs scripts/setup.sh first, so missing tools get installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian's emcc runs a JS optimizer that needs Debian's acorn, which Node finds only here.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

[ "${ASYNCPLAY_SKIP_SETUP:-0}" = 1 ] || bash scripts/setup.sh

presets=("$@")
[ "${#presets[@]}" -gt 0 ] || presets=(native wasm wasm-st site)

for preset in "${presets[@]}"; do
  case "$preset" in
    native | asan | tsan | wasm | wasm-st | fuzz) ;;
    site)
      echo "== build site -> build/site"
      node scripts/build-site.mjs
      continue
      ;;
    *)
      echo "build.sh: unknown preset '$preset' (native, asan, tsan, wasm, wasm-st, fuzz, site)" >&2
      exit 2
      ;;
  esac
  echo "== build $preset -> build/$preset"
  start=$SECONDS
  # Configuring an existing build directory takes about a second and picks up preset changes.
  cmake --preset "$preset" --log-level=WARNING >/dev/null
  cmake --build --preset "$preset"
  echo "== build $preset: done in $((SECONDS - start)) s"
done
