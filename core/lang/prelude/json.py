"""JSON encoding and decoding: dumps/loads, dump/load, JSONEncoder, JSONDecoder and
JSONDecodeError, with CPython 3.11's output and error messages.

Written for asyncplay. Left out: bytes input to loads (the interpreter has no bytes yet),
the json.tool command line and the C speedups' internal names (scanner, encode_basestring).
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')


# -------- errors --------

class JSONDecodeError(ValueError):
    """ValueError raised for bad JSON; has msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# -------- encoding --------

# str.translate tables: quote, backslash and control characters (plus DEL when ASCII-only).
_ESCAPES = {ord(c): '\\u%04x' % ord(c) for c in map(chr, range(32))}
_ESCAPES.update({34: '\\"', 92: '\\\\', 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r'})
_ESCAPES_ASCII = dict(_ESCAPES)
_ESCAPES_ASCII[127] = '\\u007f'


def _quote(s):
    """JSON string literal for s, keeping non-ASCII characters."""
    return '"' + s.translate(_ESCAPES) + '"'


def _quote_ascii(s):
    """JSON string literal for s using \\uXXXX escapes (surrogate pairs) beyond ASCII."""
    if s.isascii():
        return '"' + s.translate(_ESCAPES_ASCII) + '"'
    table = dict(_ESCAPES_ASCII)
    # Python-level work only once per distinct non-ASCII character.
    for c in set(s):
        n = ord(c)
        if n > 0xffff:
            n -= 0x10000
            table[ord(c)] = '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
        elif n > 127:
            table[n] = '\\u%04x' % n
    return '"' + s.translate(table) + '"'


class JSONEncoder:
    """Turns Python dicts, lists, tuples, strs, ints, floats, bools and None into JSON.

    Subclasses may override default(o) to return something serializable for other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects JSON cannot represent; raises TypeError unless overridden."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            return _quote_ascii(o) if self.ensure_ascii else _quote(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over the pieces of the JSON text for o."""
        return _chunks(self, o) if _one_shot else _lazy_chunks(self, o)


def _chunks(encoder, o):
    chunks = []
    _Writer(encoder, chunks.append).write(o, 0)
    return chunks


def _lazy_chunks(encoder, o):
    # As in CPython, nothing is encoded (and nothing raises) before the first next().
    yield from _chunks(encoder, o)


class _Writer:
    """One encoding run: emits the same chunks as CPython's pure-Python encoder."""

    def __init__(self, enc, emit):
        self.enc = enc
        self.emit = emit
        self.quote = _quote_ascii if enc.ensure_ascii else _quote
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def float_str(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def scalar(self, o):
        """JSON text for a str/None/bool/int/float, or None for anything else."""
        cls = type(o)  # exact types first (the common case), then subclasses
        if cls is str:
            return self.quote(o)
        if cls is int:
            return int.__repr__(o)
        if cls is float:
            return float.__repr__(o) if o - o == 0 else self.float_str(o)
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_str(o)
        return None

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def key_str(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_str(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def write(self, o, level):
        """Emit o's chunks. Containers are handled here, not in helpers, so that each
        nesting level costs one Python frame (deep data hits the recursion limit late)."""
        text = self.scalar(o)
        if text is not None:
            self.emit(text)
            return
        is_list = isinstance(o, (list, tuple))
        if not is_list and not isinstance(o, dict):
            self.mark(o)
            self.write(self.enc.default(o), level)
            self.unmark(o)
            return
        if not o:
            self.emit('[]' if is_list else '{}')
            return
        self.mark(o)
        emit = self.emit
        enc = self.enc
        sep = enc.item_separator
        buf = '[' if is_list else ''
        if not is_list:
            emit('{')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep += newline
            buf += newline
        if is_list:
            for value in o:
                text = self.scalar(value)
                if text is not None:
                    emit(buf + text)
                else:
                    emit(buf)
                    self.write(value, level)
                buf = sep
        else:
            if buf:
                emit(buf)
            first = True
            for key, value in (sorted(o.items()) if enc.sort_keys else o.items()):
                key = self.key_str(key)
                if key is None:
                    continue
                if first:
                    first = False
                else:
                    emit(sep)
                emit(self.quote(key))
                emit(enc.key_separator)
                text = self.scalar(value)
                if text is not None:
                    emit(text)
                else:
                    self.write(value, level)
        if self.indent is not None:
            emit('\n' + self.indent * (level - 1))
        emit(']' if is_list else '}')
        self.unmark(o)


_default_encoder = JSONEncoder()
JSONEncoder.__module__ = 'json.encoder'


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON and write it to fp (anything with a write() method)."""
    if cls is None:
        cls = JSONEncoder
    chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                 allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                 sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


# -------- decoding --------

_WS = ' \t\n\r'
_WS_SET = frozenset(_WS)
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _skip_ws(s, i):
    """Index of the first non-whitespace character at or after i."""
    if s[i:i + 1] not in _WS_SET:
        return i
    if s[i + 1:i + 2] not in _WS_SET:
        return i + 1
    while True:
        chunk = s[i:i + 32]
        rest = chunk.lstrip(_WS)
        i += len(chunk) - len(rest)
        if rest or len(chunk) < 32:
            return i


def _skip_digits(s, i):
    """Index just past the run of ASCII digits starting at i."""
    while True:
        chunk = s[i:i + 24]
        rest = chunk.lstrip(_DIGITS)
        i += len(chunk) - len(rest)
        if rest or len(chunk) < 24:
            return i


class JSONDecoder:
    """Parses JSON text into dicts, lists, strs, ints, floats, bools and None."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python object for the JSON document s (whitespace allowed around it)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (value, index after it)."""
        return self._value(s, idx)

    def _value(self, s, i):
        """Parse the value at s[i]; return (value, index after it). Arrays and objects are
        parsed here, not in helpers, so that each nesting level costs one Python frame."""
        c = s[i:i + 1]
        if c == '"':
            return self._string(s, i + 1)
        if c == '[':
            values = []
            i = _skip_ws(s, i + 1)
            if s[i:i + 1] == ']':
                return values, i + 1
            while True:
                value, i = self._value(s, i)
                values.append(value)
                i = _skip_ws(s, i)
                c = s[i:i + 1]
                if c == ']':
                    return values, i + 1
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        if c == '{':
            pairs = []
            i = _skip_ws(s, i + 1)
            c = s[i:i + 1]
            while pairs or c != '}':  # after a comma, '}' is an error
                if c != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                key, i = self._string(s, i + 1)
                i = _skip_ws(s, i)
                if s[i:i + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                value, i = self._value(s, _skip_ws(s, i + 1))
                pairs.append((key, value))
                i = _skip_ws(s, i)
                c = s[i:i + 1]
                if c == '}':
                    break
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
                c = s[i:i + 1]
            if self.object_pairs_hook is not None:
                return self.object_pairs_hook(pairs), i + 1
            obj = dict(pairs)
            if self.object_hook is not None:
                obj = self.object_hook(obj)
            return obj, i + 1
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        if c and (c in _DIGITS or c == '-'):
            return self._number(s, i)
        raise JSONDecodeError('Expecting value', s, i)

    def _number(self, s, i):
        start = i
        if s[i] == '-':
            i += 1
        c = s[i:i + 1]
        if not c or c not in _DIGITS:
            raise JSONDecodeError('Expecting value', s, start)
        i = i + 1 if c == '0' else _skip_digits(s, i)
        int_end = i
        if s[i:i + 1] == '.' and s[i + 1:i + 2] and s[i + 1] in _DIGITS:
            i = _skip_digits(s, i + 1)
        if s[i:i + 1] in ('e', 'E'):
            j = i + 1
            if s[j:j + 1] in ('+', '-'):
                j += 1
            if s[j:j + 1] and s[j] in _DIGITS:
                i = _skip_digits(s, j)
        if i == int_end:
            return self.parse_int(s[start:i]), i
        return self.parse_float(s[start:i]), i

    def _check_controls(self, s, begin, end):
        """Raise for the first control character in s[begin:end] when strict."""
        if self.strict and not s[begin:end].isprintable():
            for k in range(begin, end):
                if s[k] < ' ':
                    raise JSONDecodeError('Invalid control character at', s, k)

    def _hex4(self, s, b):
        """Code point of the \\uXXXX escape whose backslash is at s[b]."""
        digits = s[b + 2:b + 6]
        if b + 6 >= len(s) or len(digits) != 4 or digits.strip(_HEX):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, b + 1)
        return int(digits, 16)

    def _string(self, s, i):
        """Parse a string whose opening quote is at i - 1; return (str, index after it)."""
        quote = s.find('"', i)
        if quote != -1:
            chunk = s[i:quote]
            if '\\' not in chunk and (not self.strict or chunk.isprintable()):
                return chunk, quote + 1
        n = len(s)
        if quote == -1:
            quote = n
        backslash = s.find('\\', i, quote)
        parts = []
        pos = i
        while True:
            if backslash == -1:
                self._check_controls(s, pos, quote)
                if quote == n:
                    raise JSONDecodeError('Unterminated string starting at', s, i - 1)
                parts.append(s[pos:quote])
                return ''.join(parts), quote + 1
            self._check_controls(s, pos, backslash)
            parts.append(s[pos:backslash])
            esc = s[backslash + 1:backslash + 2]
            if esc == 'u':
                code = self._hex4(s, backslash)
                pos = backslash + 6
                if 0xd800 <= code <= 0xdbff and s.startswith('\\u', pos):
                    low = self._hex4(s, pos)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        pos += 6
                parts.append(chr(code))
            elif esc in _SIMPLE_ESCAPES:
                parts.append(_SIMPLE_ESCAPES[esc])
                pos = backslash + 2
            elif not esc:
                raise JSONDecodeError('Unterminated string starting at', s, i - 1)
            else:
                raise JSONDecodeError('Invalid \\escape', s, backslash)
            if pos > quote:
                # The quote found earlier was escaped: look for the real one.
                quote = s.find('"', pos)
                if quote == -1:
                    quote = n
            backslash = s.find('\\', pos, quote)


_default_decoder = JSONDecoder()
JSONDecoder.__module__ = JSONDecodeError.__module__ = 'json.decoder'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document in the str s to a Python object."""
    if not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if (cls is None and object_hook is None and parse_float is None and parse_int is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    hooks = {'object_hook': object_hook, 'object_pairs_hook': object_pairs_hook,
             'parse_float': parse_float, 'parse_int': parse_int, 'parse_constant': parse_constant}
    kw.update((name, hook) for name, hook in hooks.items() if hook is not None)
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (anything with a read() method)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
