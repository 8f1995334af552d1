#!/usr/bin/env bash
# scripts/setup.sh [--browser]: make sure this machine can build and test asyncplay.
#
# Checks for the build tools (cmake, make, g++, clang-format), Emscripten (em++ and the acorn its JS optimizer
# needs), doctest, clang 14 and its libFuzzer runtime (the fuzz preset), and with --browser
# Chromium; installs what is missing with apt-get when running as root on Debian, and otherwise
# prints the command to run and exits non-zero. Then installs the npm packages when node_modules
# is missing or older than package-lock.json. Idempotent, quiet and fast (well under a second)
# when everything is present; never reads stdin.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) browser=1 ;;
    -h | --help)
      sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup.sh: unknown option '$arg' (try --help)" >&2
      exit 2
      ;;
  esac
done

say() { echo "setup: $*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js 20 or newer is required (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

# Debian package -> how to tell it is installed.
missing=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_cmd cmake || missing+=(cmake)
have_cmd make || missing+=(make)
have_cmd g++ || missing+=(g++)
have_cmd em++ || missing+=(emscripten)
[ -f /usr/share/nodejs/acorn/package.json ] || missing+=(node-acorn)
[ -f /usr/include/doctest/doctest.h ] || missing+=(doctest-dev)
have_cmd clang-format || missing+=(clang-format)
have_cmd clang++-14 || missing+=(clang-14)
compgen -G '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a' >/dev/null ||
  missing+=(libclang-rt-14-dev)
if [ "$browser" = 1 ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  install_cmd="apt-get update && apt-get install -y ${missing[*]}"
  if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && have_cmd apt-get; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null
    apt-get install -y -qq "${missing[@]}" </dev/null >/tmp/asyncplay-apt.log 2>&1 || {
      tail -n 30 /tmp/asyncplay-apt.log >&2
      echo "setup: apt-get install failed (full log: /tmp/asyncplay-apt.log)" >&2
      exit 1
    }
  else
    cat >&2 <<EOF
setup: missing: ${missing[*]}
setup: asyncplay needs these Debian packages. Install them as root, then run this again:

    sudo sh -c '$install_cmd'

(On a system other than Debian, install the equivalents: Emscripten 3.1.x with em++ on PATH,
doctest's header at /usr/include/doctest/doctest.h, CMake >= 3.25, GNU make, g++ >= 12,
clang++-14 with its libFuzzer runtime, and for browser tests Chromium at /usr/bin/chromium.)
EOF
    exit 1
  fi
fi

# npm packages (playwright-core): install when missing or when the lock file changed since.
if [ ! -f package-lock.json ]; then
  say "installing npm packages (no package-lock.json: npm install)"
  npm install --no-audit --no-fund --loglevel=error </dev/null
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error </dev/null
fi
