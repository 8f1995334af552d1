#!/usr/bin/env bash
# scripts/start.sh: install what is missing, build native, wasm and the page, then serve it.
#
# The server (scripts/serve.mjs) listens on http://127.0.0.1:8080/ (PORT and HOST override).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh native wasm wasm-st site
exec node scripts/serve.mjs
