#!/usr/bin/env python3
"""CPython 3.11's view of Python source files, for the parser tests.

For each FILE this prints what python3 makes of it, in the format tests/lang/parse_dump.cpp
prints for asyncplay:

    ast: <ast.dump(tree)>
    pos: <ast.dump(tree, include_attributes=True)>

or, when compile(source, FILE, "exec") fails,

    error: <type> <lineno> <offset> <end_lineno> <end_offset> <msg>

Usage:
    scripts/ast_oracle.py FILE...              print to stdout
    scripts/ast_oracle.py --write FILE...      write FILE's expectation next to it:
                                               NAME.ast (compiles) or NAME.err (does not)
    scripts/ast_oracle.py --corpus             refresh tests/lang/parse/corpus/ from tests/py/
    scripts/ast_oracle.py --all                --write for tests/lang/parse/*.py, then --corpus
    scripts/ast_oracle.py --parse-only FILE... like ast.parse(): no compile-time checks

Expectations are generated, never edited by hand. The parser test (tests/core/parser_test.cpp)
compares asyncplay's output for every expectation file with its contents.
"""
import ast
import os
import sys
import warnings

warnings.simplefilter("ignore")  # SyntaxWarnings are no part of the expectations

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "lang", "parse")
CORPUS_SRC = os.path.join(ROOT, "tests", "py")
CORPUS_EXP = os.path.join(CASES, "corpus")


PARSE_ONLY = False  # --parse-only: ast.parse() alone, without the compiler's checks


def describe(path, display_name=None):
    """The oracle's text for one file."""
    name = display_name or path
    with open(path, "rb") as f:
        raw = f.read()
    # What python3 FILE says before parsing (compile() words these two differently).
    if b"\0" in raw:
        line = raw[:raw.index(b"\0")].count(b"\n") + 1
        return "error: SyntaxError %d 0 0 0 source code cannot contain null bytes\n" % line
    try:
        # As text, like python3 running the file: error offsets then count characters.
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        return ("error: SyntaxError 0 0 0 0 Non-UTF-8 code starting with '\\x%02x' in file %s on "
                "line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for "
                "details\n" % (raw[e.start], name, line))
    try:
        # The whole compile first, as running the file does: its RecursionError is "during
        # compilation", while building Python AST objects would say "during ast construction".
        if not PARSE_ONLY:
            compile(source, name, "exec")
        tree = compile(source, name, "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:  # includes IndentationError and TabError
        def num(v):
            return 0 if v is None else v
        return "error: %s %d %d %d %d %s\n" % (
            type(e).__name__, num(e.lineno), num(e.offset), num(e.end_lineno),
            num(e.end_offset), e.msg)
    except (RecursionError, MemoryError) as e:
        return "error: %s 0 0 0 0 %s\n" % (type(e).__name__, str(e))
    return "ast: %s\npos: %s\n" % (ast.dump(tree), ast.dump(tree, include_attributes=True))


def write_expectation(source_path, expect_base, display_name=None):
    text = describe(source_path, display_name)
    ok = text.startswith("ast:")
    target = expect_base + (".ast" if ok else ".err")
    stale = expect_base + (".err" if ok else ".ast")
    if os.path.exists(stale):
        os.remove(stale)
    old = None
    if os.path.exists(target):
        with open(target) as f:
            old = f.read()
    if old != text:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as f:
            f.write(text)
        print("wrote", os.path.relpath(target, ROOT))


def refresh_corpus():
    wanted = set()
    for dirpath, _, files in os.walk(CORPUS_SRC):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            src = os.path.join(dirpath, name)
            rel = os.path.relpath(src, CORPUS_SRC)[:-3]
            base = os.path.join(CORPUS_EXP, rel)
            wanted.add(base)
            # The test feeds the parser the path relative to the repository root.
            write_expectation(src, base, os.path.relpath(src, ROOT))
    # Drop expectations whose snippet is gone.
    for dirpath, _, files in os.walk(CORPUS_EXP):
        for name in files:
            base, ext = os.path.splitext(os.path.join(dirpath, name))
            if ext in (".ast", ".err") and base not in wanted:
                os.remove(os.path.join(dirpath, name))
                print("removed", os.path.relpath(os.path.join(dirpath, name), ROOT))


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit("ast_oracle.py: the oracle must be CPython 3.11, this is %s" % sys.version)
    global PARSE_ONLY
    if argv and argv[0] == "--parse-only":
        PARSE_ONLY = True
        argv = argv[1:]
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return
    if argv[0] == "--corpus":
        refresh_corpus()
        return
    if argv[0] == "--all":
        for name in sorted(os.listdir(CASES)):
            if name.endswith(".py"):
                path = os.path.join(CASES, name)
                write_expectation(path, path[:-3], os.path.relpath(path, ROOT))
        refresh_corpus()
        return
    if argv[0] == "--write":
        for path in argv[1:]:
            write_expectation(path, path[:-3] if path.endswith(".py") else path,
                              os.path.relpath(os.path.abspath(path), ROOT))
        return
    for path in argv:
        sys.stdout.write(describe(path))


if __name__ == "__main__":
    main(sys.argv[1:])
