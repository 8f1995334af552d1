#!/usr/bin/env bash
# scripts/format.sh [--check]: clang-format every C++ file (.clang-format at the root).
#
# Formats core/, wasm/, tests/, bench/ and top-level *.cpp/*.h in place; with --check changes
# nothing and exits non-zero listing the files that are not formatted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v clang-format >/dev/null 2>&1; then
  echo "format: clang-format is missing: apt-get install -y clang-format" >&2
  exit 1
fi

mapfile -t files < <(
  { find core wasm tests bench -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null
    find . -maxdepth 1 -type f \( -name '*.cpp' -o -name '*.h' \); } | sed 's|^\./||' | sort -u
)
[ "${#files[@]}" -gt 0 ] || { echo "format: no C++ files"; exit 0; }

if [ "${1:-}" = "--check" ]; then
  bad=()
  for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
  done
  if [ "${#bad[@]}" -gt 0 ]; then
    printf 'format: not formatted: %s\n' "${bad[@]}" >&2
    echo "format: run 'npm run format' to fix" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files formatted"
else
  clang-format -i "${files[@]}"
  echo "format: formatted ${#files[@]} files"
fi
