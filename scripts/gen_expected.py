#!/usr/bin/env python3
"""scripts/gen_expected.py: write each corpus snippet's expectation by running it under CPython 3.11.

    python3 scripts/gen_expected.py [-j N] [--check] [--runs N] [--timeout S] [--python EXE] [PATH...]

For every tests/py/**/*.py (or the given files and directories) this runs, from the repository
root,

    python3 -X utf8 tests/py/AREA/NAME.py      (stdin: tests/py/AREA/NAME.stdin, else /dev/null)

several times with different PYTHONHASHSEED values, and writes tests/py/AREA/NAME.expected:

    {"exit_code": 0, "stderr": "...", "stderr_last_line": "...", "stdout": "..."}

as JSON with sorted keys, two-space indentation and a trailing newline. tests/run_corpus.mjs
compares stdout exactly, stderr_last_line and exit_code; "stderr" is the whole of CPython's
stderr, kept for reference. tests/py/README.md has the rules.

A snippet is refused (exit status 1, naming it, its .expected left alone) when:
  - its output differs between runs with different PYTHONHASHSEED values (nondeterministic),
  - a run exceeds the timeout, dies from a signal, or prints output that is not UTF-8,
  - CPython prints a warning (`FILE:LINE: SyntaxWarning: ...`) other than the ones asyncplay
    prints too ("coroutine '...' was never awaited"),
  - its first line is not a `#` comment saying what it checks, or it has fewer than 10 or more
    than 60 lines.

--check writes nothing: it exits 1 listing every snippet whose .expected is missing or stale,
every refused snippet, and every .expected or .stdin file without a snippet.

Standard library only; needs Python 3.9+ itself, and the --python interpreter must be 3.11.
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "py"
MIN_LINES, MAX_LINES = 10, 60
# "FILE:LINE: SyntaxWarning: ...", except the warnings asyncplay prints too.
WARNING = re.compile(r"^\S.*:\d+: (?!RuntimeWarning: coroutine '[^']*' was never awaited$)\w*Warning: ", re.M)
HASH_SEEDS = ["0", "1", "2", "3", "4", "5"]  # the first --runs of these are used


class Refused(Exception):
    """A snippet whose expectation cannot be written; the message says why."""


def last_line(text):
    """The last line of `text` that is not blank, without trailing whitespace ('' if none).

    tests/run_corpus.mjs applies the same rule to the interpreter's stderr.
    """
    for line in reversed(text.split("\n")):
        if line.strip():
            return line.rstrip()
    return ""


def child_env(seed):
    """The environment of one run: ours without PYTHON* variables, plus a fixed hash seed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_once(python, snippet, seed, timeout):
    """Runs `snippet` once and returns its expectation dict; raises Refused."""
    rel = snippet.relative_to(ROOT).as_posix()
    stdin_path = snippet.with_suffix(".stdin")
    stdin = stdin_path.open("rb") if stdin_path.exists() else subprocess.DEVNULL
    try:
        proc = subprocess.run(
            [python, "-X", "utf8", rel],
            cwd=ROOT,
            env=child_env(seed),
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise Refused(f"timed out after {timeout:g} s (PYTHONHASHSEED={seed})") from None
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    if proc.returncode < 0:
        raise Refused(f"killed by signal {-proc.returncode} (PYTHONHASHSEED={seed})")
    try:
        stdout = proc.stdout.decode("utf-8")
        stderr = proc.stderr.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Refused(f"output is not UTF-8: {e}") from None
    # CPython names the script by its absolute path in tracebacks and warnings; keep the
    # repository-relative one that was on the command line, so .expected files do not depend
    # on where the repository is checked out.
    stderr = stderr.replace(f"{ROOT.as_posix()}/", "")
    if WARNING.search(stderr):
        raise Refused(f"CPython printed a warning: {WARNING.search(stderr).group(0)}...")
    if ROOT.as_posix() in stdout:
        raise Refused("stdout contains the repository's absolute path (e.g. from __file__)")
    return {
        "exit_code": proc.returncode,
        "stderr": stderr,
        "stderr_last_line": last_line(stderr),
        "stdout": stdout,
    }


def first_difference(a, b):
    """'line N: A != B' for the first line where the texts `a` and `b` differ."""
    la, lb = a.split("\n"), b.split("\n")
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end>"
        y = lb[i] if i < len(lb) else "<end>"
        if x != y:
            return f"line {i + 1}: {x!r} != {y!r}"
    return "identical"


def lint(snippet):
    """Raises Refused unless the snippet starts with a comment and has a sensible length."""
    text = snippet.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise Refused("the first line must be a `#` comment saying what the snippet checks")
    if not MIN_LINES <= len(lines) <= MAX_LINES:
        raise Refused(f"has {len(lines)} lines; snippets have {MIN_LINES}-{MAX_LINES}")


def expectation(python, snippet, runs, timeout):
    """The serialized .expected text for `snippet`, checked for determinism; raises Refused."""
    lint(snippet)
    seeds = HASH_SEEDS[:runs]
    first = run_once(python, snippet, seeds[0], timeout)
    for seed in seeds[1:]:
        other = run_once(python, snippet, seed, timeout)
        for key in ("stdout", "stderr", "exit_code"):
            if other[key] != first[key]:
                where = first_difference(str(first[key]), str(other[key]))
                raise Refused(
                    f"nondeterministic: {key} differs between PYTHONHASHSEED={seeds[0]} "
                    f"and PYTHONHASHSEED={seed} ({where})"
                )
    return json.dumps(first, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def collect(paths):
    """Snippets (sorted) under the given files and directories, and the directories scanned."""
    snippets, dirs = set(), []
    for p in paths:
        path = (Path.cwd() / p).resolve()
        if not path.is_relative_to(CORPUS):
            sys.exit(f"gen_expected: {p} is outside tests/py")
        if path.is_dir():
            dirs.append(path)
            snippets.update(path.rglob("*.py"))
        elif path.suffix == ".py" and path.is_file():
            snippets.add(path)
        elif path.with_suffix(".py").is_file():  # NAME.expected or NAME.stdin named
            snippets.add(path.with_suffix(".py"))
        else:
            sys.exit(f"gen_expected: no snippet at {p}")
    return sorted(snippets), dirs


def orphans(dirs):
    """.expected and .stdin files under `dirs` that belong to no snippet."""
    found = set()
    for d in dirs:
        for pattern in ("*.expected", "*.stdin"):
            found.update(f for f in d.rglob(pattern) if not f.with_suffix(".py").exists())
    return sorted(found)


def check_python(python):
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
            stdout=subprocess.PIPE,
            check=True,
            text=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"gen_expected: cannot run {python}: {e}")
    if out != ["3", "11"]:
        sys.exit(f"gen_expected: {python} is Python {'.'.join(out)}; expectations come from 3.11")


def main():
    parser = argparse.ArgumentParser(
        description="Write (or --check) tests/py/**/NAME.expected from CPython 3.11.",
        epilog="See tests/py/README.md.",
    )
    parser.add_argument("paths", nargs="*", help="snippets or directories (default: tests/py)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is stale")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="parallel snippets")
    parser.add_argument("--runs", type=int, default=4, help=f"runs with distinct hash seeds (2-{len(HASH_SEEDS)}, default 4)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per run (default 30)")
    parser.add_argument("--python", default="python3", help="the CPython 3.11 to run (default python3)")
    args = parser.parse_args()
    if not 2 <= args.runs <= len(HASH_SEEDS):
        parser.error(f"--runs must be between 2 and {len(HASH_SEEDS)}")

    check_python(args.python)
    snippets, dirs = collect(args.paths or [CORPUS])
    if not snippets:
        sys.exit("gen_expected: no snippets found")

    def job(snippet):
        try:
            return snippet, expectation(args.python, snippet, args.runs, args.timeout), None
        except Refused as e:
            return snippet, None, str(e)

    refused, stale, written, unchanged = [], [], 0, 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for snippet, text, error in pool.map(job, snippets):
            rel = snippet.relative_to(ROOT).as_posix()
            if error:
                refused.append(f"{rel}: {error}")
                continue
            target = snippet.with_suffix(".expected")
            current = target.read_text(encoding="utf-8") if target.exists() else None
            if current == text:
                unchanged += 1
            elif args.check:
                stale.append(f"{rel}: .expected is {'stale' if current is not None else 'missing'}")
            else:
                target.write_text(text, encoding="utf-8")
                written += 1
    strays = [f"{f.relative_to(ROOT).as_posix()}: no snippet {f.with_suffix('.py').name}" for f in orphans(dirs)]

    for label, lines in (("refused", refused), ("stale", stale), ("orphan", strays)):
        for line in lines:
            print(f"{label:8} {line}")
    if args.check:
        bad = len(refused) + len(stale) + len(strays)
        print(f"gen_expected --check: {len(snippets)} snippets, {unchanged} current, {bad} problems")
        return 1 if bad else 0
    print(f"gen_expected: {len(snippets)} snippets, {written} written, {unchanged} unchanged, "
          f"{len(refused)} refused, {len(strays)} orphan files")
    return 1 if refused or strays else 0


if __name__ == "__main__":
    sys.exit(main())
