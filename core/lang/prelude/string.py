"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

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
    """A string class for supporting $-substitutions."""

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
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
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
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
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
