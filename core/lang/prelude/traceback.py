"""Printing and formatting exceptions the way the interpreter reports uncaught ones.

Provides print_exc, format_exc, print_exception, format_exception and format_exception_only,
with the text CPython 3.11 prints (frames, source lines, carets, chained exceptions, exception
groups, notes). Both the 3.10+ call style (print_exception(exc)) and the old
one (print_exception(type, value, tb)) work.

Left out: `limit` is accepted and ignored; there are no frame or traceback objects here, so
extract_tb, extract_stack, print_stack, format_stack, walk_tb, StackSummary and
TracebackException are missing.
"""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception']

_unset = object()


def _exception_of(exc, value):
    # print_exception(exc) or the older print_exception(type, value, tb).
    return exc if value is _unset else value


def _chunks(text):
    # One string per traceback entry ("  File ...", its source line and carets), one per other
    # line, as CPython's format functions return them.
    chunks = []
    for line in text.splitlines(keepends=True):
        if chunks and line.startswith('    ') and chunks[-1].lstrip(' |').startswith('File '):
            chunks[-1] += line
        else:
            chunks.append(line)
    return chunks


def format_exception_only(exc, /, value=_unset):
    """The last lines of a traceback: 'Name: message' and the exception's notes."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        exc = exc()
    return _chunks(_traceback.format_exception_only(exc))


def format_exception(exc, /, value=_unset, tb=_unset, limit=None, chain=True):
    """The lines print_exception would write, as a list of strings."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _chunks(_traceback.format_exception(exc, chain))


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    """Writes the traceback of exc to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end='')


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the traceback of the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
