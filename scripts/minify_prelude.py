#!/usr/bin/env python3
"""Shrink the prelude modules (core/lang/prelude/*.py) for the WebAssembly engine.

    python3 scripts/minify_prelude.py SRC_DIR OUT_DIR

Their text is embedded in the engine, so every byte counts toward its download size. Each module
is rewritten token by token: comments and docstrings go, a block is indented by one space per
level, and spaces between tokens remain only where two names, numbers or strings would otherwise
run together. Line numbers do not change (a traceback through a prelude frame names the same
line in both engines). The result is checked: its syntax tree must equal the original's with the
docstrings taken out, line numbers included, or the script fails and the build with it.
"""

import ast
import io
import pathlib
import sys
import tokenize

_SKIPPED = {tokenize.COMMENT, tokenize.ENCODING, tokenize.ENDMARKER}
_WORDS = {tokenize.NAME, tokenize.NUMBER, tokenize.STRING}


def _docstrings(tree):
    """(body owner, docstring statement) for the module, classes and functions that have one."""
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        first = node.body[0] if node.body else None
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            yield node, first


def _docstring_statements(tree):
    """The docstring statements: {start (row, col): the body holds nothing else}."""
    return {(first.lineno, first.col_offset): len(node.body) == 1
            for node, first in _docstrings(tree)}


def minify(text):
    tree = ast.parse(text)
    docstrings = _docstring_statements(tree)
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    out = []
    depth = 0
    line_start = True  # the next token begins a logical line
    prev = None  # the last token written on the current line
    row = 1  # the output's current line
    skip_until = None  # end of a docstring being dropped
    for tok in tokens:
        kind, string, start, end, _ = tok
        if kind in _SKIPPED:
            continue
        if skip_until is not None:
            if kind in (tokenize.NEWLINE, tokenize.NL) or start < skip_until:
                if kind in (tokenize.NEWLINE, tokenize.NL):
                    skip_until = None
                    out.append('\n')
                    row += 1
                    line_start = True
                    prev = None
                continue
            skip_until = None
        if kind == tokenize.INDENT:
            depth += 1
            continue
        if kind == tokenize.DEDENT:
            depth -= 1
            continue
        if kind in (tokenize.NEWLINE, tokenize.NL):
            out.append('\n')
            row += 1
            line_start = kind == tokenize.NEWLINE or line_start
            prev = None
            continue
        if line_start and start in docstrings:
            if docstrings[start]:
                out.append(' ' * depth + 'pass')
            # The docstring's own lines stay, empty, so that later lines keep their numbers.
            out.append('\n' * (end[0] - start[0]))
            row += end[0] - start[0]
            skip_until = end
            line_start = False
            continue
        # A backslash continuation: the token starts on a later row with no NL in between.
        while row < start[0]:
            out.append('\\\n')
            row += 1
            prev = None
        if line_start:
            out.append(' ' * depth)
            line_start = False
        elif prev is not None and _needs_space(prev, tok):
            out.append(' ')
        out.append(string)
        row += string.count('\n')
        prev = tok
    return ''.join(out)


def _needs_space(prev, tok):
    if prev.type in _WORDS and tok.type in _WORDS:
        return True
    # `1 .real`, and `1.` followed by a name must not merge into another number.
    if prev.type == tokenize.NUMBER and tok.string.startswith('.'):
        return True
    return False


def _stripped(tree):
    """The tree with docstrings removed (a lone docstring becomes `pass`), as text."""
    for node, first in list(_docstrings(tree)):
        if len(node.body) == 1:
            node.body[0] = ast.Pass(lineno=first.lineno, col_offset=0, end_lineno=first.lineno,
                                    end_col_offset=0)
        else:
            del node.body[0]
    return ast.dump(tree, include_attributes=False) + '\n' + _line_numbers(tree)


def _line_numbers(tree):
    rows = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.stmt, ast.expr)) and not isinstance(node, ast.Pass):
            rows.append(f'{type(node).__name__}:{node.lineno}')
    return ' '.join(rows)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    src, out = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob('*.py')):
        text = path.read_text(encoding='utf-8')
        small = minify(text)
        if _stripped(ast.parse(text)) != _stripped(ast.parse(small)):
            sys.stderr.write(f'minify_prelude: {path.name} changed meaning when shrunk\n')
            return 1
        (out / path.name).write_text(small, encoding='utf-8')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
