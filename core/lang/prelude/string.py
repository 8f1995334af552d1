"""ASCII character-class constants, capwords(), and $-style Template strings.

The constants are whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation and printable (the union of the
others).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Character-class constants (ASCII only).
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


# capwords: str.split on sep, capitalize() each piece, join with sep (or one space).
def capwords(s, sep=None):
    """Return s with every word capitalized.

    The words come from s.split(sep) and are joined back with sep; when sep
    is None, any whitespace run separates words and one space joins them.
    """
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


####################################################################
# Template strings ($identifier / ${identifier} / $$), scanned by hand: CPython's uses a
# regular expression. A subclass may change `delimiter`; a custom `idpattern` or `pattern`
# is not supported (identifiers are ASCII [_a-zA-Z][_a-zA-Z0-9]*, as with the default).

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)

_sentinel_dict = {}


class _ChainedLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """Text with $name / ${name} placeholders, filled in by substitute()."""

    delimiter = '$'
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, start, end, name): kind is 'text', 'escaped', 'named', 'braced' or
        'invalid' (the position just after the delimiter)."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0:
                if pos < n:
                    yield ('text', pos, n, None)
                return
            if i > pos:
                yield ('text', pos, i, None)
            j = i + dlen
            if text.startswith(delim, j):
                yield ('escaped', i, j + dlen, None)
                pos = j + dlen
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield ('named', i, k, text[j:k])
                pos = k
                continue
            if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield ('braced', i, k + 1, text[j + 1:k])
                    pos = k + 1
                    continue
            yield ('invalid', i, j, None)
            pos = j

    def _invalid(self, i):
        # i indexes the character just after the bad delimiter; report it
        # 1-based, with the column counted from the last line break before it.
        lines = self.template[:i].splitlines(True)
        if lines:
            lineno, colno = len(lines), len(lines[-1])
        else:
            lineno = colno = 1
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    @staticmethod
    def _lookup(mapping, kws):
        # Keyword arguments win over the positional mapping; without a
        # positional mapping the keywords alone are used.
        if mapping is _sentinel_dict:
            return kws
        if not kws:
            return mapping
        return _ChainedLookup(kws, mapping)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._lookup(mapping, kws)
        text = self.template
        parts = []
        for kind, start, end, name in self._scan():
            if kind == 'text':
                parts.append(text[start:end])
            elif kind == 'named' or kind == 'braced':
                parts.append('%s' % (mapping[name],))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                self._invalid(end)
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._lookup(mapping, kws)
        text = self.template
        parts = []
        for kind, start, end, name in self._scan():
            if kind == 'text':
                parts.append(text[start:end])
            elif kind == 'named' or kind == 'braced':
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    parts.append(text[start:end])
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                parts.append(self.delimiter)
        return ''.join(parts)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if (kind == 'named' or kind == 'braced') and name not in ids:
                ids.append(name)
        return ids
