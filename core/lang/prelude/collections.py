"""Container types beyond the built-in dict, list, tuple and set.

namedtuple (tuple subclass with named fields), deque (double-ended queue),
ChainMap (several mappings searched as one), Counter (dict of counts),
OrderedDict (dict with order-aware extras), defaultdict (dict that fills
missing keys from a factory), and the UserDict / UserList / UserString
wrapper classes.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

# itertools and heapq are imported where they are needed, so that importing collections
# (for a deque, say) compiles only this module.

_MAXSIZE = 9223372036854775807


def _index_or_none(x):
    if type(x) is int:
        return x
    if isinstance(x, int):
        return int(x)
    method = getattr(type(x), '__index__', None)
    if method is None:
        return None
    return method(x)


def _is_mapping(x):
    if isinstance(x, (dict, ChainMap, UserDict)):
        return True
    t = type(x)
    return hasattr(t, 'keys') and hasattr(t, 'items') and hasattr(t, '__getitem__')


class _ReprGuard:
    """Guards a __repr__ against recursion, like reprlib.recursive_repr."""

    def __init__(self):
        self.running = set()


# -------- key/item/value views shared by ChainMap and OrderedDict --------

class KeysView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        for key in self._mapping:
            yield key

    def __reversed__(self):
        return reversed(list(self._mapping))

    def __contains__(self, key):
        return key in self._mapping

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    def _as_set(self, other):
        return other if isinstance(other, (set, frozenset)) else set(other)

    def __eq__(self, other):
        if isinstance(other, (set, frozenset, KeysView, type({}.keys()))):
            return set(self) == set(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __and__(self, other):
        return set(self) & self._as_set(other)

    def __or__(self, other):
        return set(self) | self._as_set(other)

    def __sub__(self, other):
        return set(self) - self._as_set(other)

    def __xor__(self, other):
        return set(self) ^ self._as_set(other)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def __rsub__(self, other):
        return self._as_set(other) - set(self)

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True


class ItemsView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])

    def __reversed__(self):
        mapping = self._mapping
        return iter([(key, mapping[key]) for key in reversed(list(mapping))])

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    def __eq__(self, other):
        if isinstance(other, (set, frozenset, ItemsView, type({}.items()))):
            return set(self) == set(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None


class ValuesView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __reversed__(self):
        mapping = self._mapping
        return iter([mapping[key] for key in reversed(list(mapping))])

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class odict_keys(KeysView):
    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.keys(self._mapping)))


class odict_values(ValuesView):
    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))


class odict_items(ItemsView):
    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))


# -------- OrderedDict --------

_od_repr_running = set()


def _od_two(item):
    # split one element of an update sequence into (key, value), with CPython's messages
    parts = iter(item)
    for key in parts:
        break
    else:
        raise ValueError('need more than 0 values to unpack')
    for value in parts:
        break
    else:
        raise ValueError('need more than 1 value to unpack')
    for _extra in parts:
        raise ValueError('too many values to unpack (expected 2)')
    return key, value


def _od_absorb(target, source, kwds):
    """Store source's entries, then kwds's, into target one at a time with target[key] = value."""
    if hasattr(source, 'keys') and type(source) is not dict:
        for key in source.keys():
            target[key] = source[key]
    else:
        if type(source) is dict:
            pairs = list(source.items())
        elif hasattr(source, 'items'):
            pairs = source.items()
        else:
            pairs = source
        for item in pairs:
            key, value = _od_two(item)
            target[key] = value
    if kwds:
        for key, value in kwds.items():
            target[key] = value


class OrderedDict(dict):
    """dict subclass with order-sensitive equality, move_to_end() and popitem(last=...)."""

    # The built-in dict keeps insertion order, so OrderedDict only adds order-aware methods
    # (move_to_end, popitem(last=False), order-sensitive ==) and its own repr.
    # move_to_end(key, last=False) rebuilds the dict: O(n).

    def __init__(self, other=(), /, **kwds):
        _od_absorb(self, other, kwds)

    def update(self, other=(), /, **kwds):
        _od_absorb(self, other, kwds)

    def popitem(self, last=True):
        """Remove and return the newest (key, value) pair, or the oldest when last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move key to the newest end (oldest end when last is false); KeyError if absent."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __reversed__(self):
        """Iterate over the keys from newest to oldest."""
        return reversed(list(dict.keys(self)))

    def keys(self):
        """Return a set-like view of the keys, in order."""
        return odict_keys(self)

    def items(self):
        """Return a set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def values(self):
        """Return a view of the values, in order."""
        return odict_values(self)

    def __repr__(self):
        """Return "ClassName({key: value, ...})"."""
        if not self:
            return '%s()' % (self.__class__.__name__,)
        key = id(self)
        if key in _od_repr_running:
            return '...'
        _od_repr_running.add(key)
        try:
            return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))
        finally:
            _od_repr_running.discard(key)

    def copy(self):
        """Return a new instance of the same class holding the same pairs."""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """New ordered dictionary with keys from iterable (in order), each mapped to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __eq__(self, other):
        # Two OrderedDicts must also agree on key order; against anything else, plain dict equality.
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            return list(self) == list(other)
        return same

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.OrderedDict'")

    def __ior__(self, other):
        _od_absorb(self, other, None)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(self)
        _od_absorb(merged, other, None)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(other)
        _od_absorb(merged, self, None)
        return merged


# -------- namedtuple --------

_kwlist = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'])

_MISSING = object()


def _quoted_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _bind_args(qualname, names, index_of, defaults, args, kwargs):
    """Binds args/kwargs to the positional-or-keyword parameters `names` (self not included)
    the way CPython does for a def, with its error messages."""
    n = len(names)
    nargs = len(args)
    values = list(args[:n])
    if nargs < n:
        values.extend([_MISSING] * (n - nargs))
    for key in kwargs:
        i = index_of.get(key)
        if i is None:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
        if values[i] is not _MISSING:
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
        values[i] = kwargs[key]
    if nargs > n:
        ndef = len(defaults)
        if ndef:
            sig = 'from %d to %d' % (n + 1 - ndef, n + 1)
            plural = 's'
        else:
            sig = '%d' % (n + 1)
            plural = 's' if n + 1 != 1 else ''
        given = nargs + 1
        raise TypeError('%s() takes %s positional argument%s but %d %s given'
                        % (qualname, sig, plural, given, 'was' if given == 1 else 'were'))
    missing = []
    for i in range(n):
        if values[i] is _MISSING:
            name = names[i]
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), 's' if len(missing) != 1 else '',
                           _quoted_list(missing)))
    return values


def _nt_names(typename, field_names, rename):
    """Normalise and check namedtuple's type and field names; returns (typename, tuple of names)."""
    if isinstance(field_names, str):
        names = field_names.replace(',', ' ').split()
    else:
        names = [str(item) for item in field_names]
    typename = str(typename)
    if rename:
        # each unusable or repeated name becomes _<its position>
        earlier = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or name in _kwlist
                        or name.startswith('_') or name in earlier)
            earlier.add(name)
            if unusable:
                names[position] = '_%d' % position
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if name in _kwlist:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    taken = set()
    for name in names:
        if not rename and name[:1] == '_':
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in taken:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        taken.add(name)
    return typename, tuple(names)


def _nt_defaults(field_names, defaults):
    """Map the rightmost field names to the given default values (in field order)."""
    if defaults is None:
        return {}
    values = tuple(defaults)
    spare = len(field_names) - len(values)
    if spare < 0:
        raise TypeError('Got more default values than field names')
    return dict(zip(field_names[spare:], values))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Create a tuple subclass called typename whose items can also be read by name.

    field_names is a sequence of names or one string separated by commas
    and/or spaces. rename=True replaces invalid names with _<index>;
    defaults supplies values for the rightmost fields; module sets
    __module__. Instances have _make(), _replace(), _asdict(), _fields and
    _field_defaults.
    """
    typename, field_names = _nt_names(typename, field_names, rename)
    field_defaults = _nt_defaults(field_names, defaults)
    num_fields = len(field_names)
    field_set = frozenset(field_names)
    index_of = {}
    for position, name in enumerate(field_names):
        index_of[name] = position
    # the signature shown in __doc__; a lone field gets a trailing comma, like a 1-tuple
    arg_list = ', '.join(field_names) + (',' if num_fields == 1 else '')
    tuple_new = tuple.__new__
    new_qualname = typename + '.__new__'
    if module is None:
        # No caller frames to inspect here: assume the named tuple belongs to __main__.
        module = '__main__'

    def __new__(_cls, /, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, _bind_args(new_qualname, field_names, index_of,
                                          field_defaults, args, kwargs))

    def _make(cls, iterable):
        made = tuple_new(cls, iterable)
        got = len(made)
        if got == num_fields:
            return made
        raise TypeError('Expected %d arguments, got %d' % (num_fields, got))

    def _replace(self, /, **kwds):
        # The new values are pulled lazily while _make consumes them; whatever is left in
        # kwds afterwards names no field.
        def values():
            for name, old in zip(field_names, self):
                yield kwds.pop(name, old)
        made = self._make(values())
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return made

    repr_template = '(%s)' % ', '.join([name + '=%r' for name in field_names])

    def __repr__(self):
        """Return "typename(field=value, ...)"."""
        return self.__class__.__name__ + repr_template % self

    def _asdict(self):
        """Return a dict of field name to value."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return the items as a plain tuple (used when copying/pickling)."""
        return tuple(self)

    # The instances have a __dict__ (no __slots__ here), so assignments are refused by hand,
    # as CPython refuses them: fields are read-only, other names do not exist. A subclass
    # without __slots__ gets a usable __dict__, as in CPython.
    def __setattr__(self, name, value):
        if name in field_set:
            raise AttributeError("can't set attribute")
        cls = type(self)
        if cls is result or '__slots__' in cls.__dict__:
            raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in field_set:
            raise AttributeError("can't delete attribute")
        cls = type(self)
        if cls is result or '__slots__' in cls.__dict__:
            raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")
        object.__delattr__(self, name)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__module__': module,
        '__qualname__': typename,
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__match_args__': field_names,
    }
    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__,
                   __setattr__, __delattr__):
        method.__qualname__ = typename + '.' + method.__name__
        class_namespace[method.__name__] = method
    class_namespace['_make'] = classmethod(_make)
    for position, name in enumerate(field_names):
        class_namespace[name] = property(_field_getter(position),
                                         doc='Alias for field number %d' % position)
    result = type(typename, (tuple,), class_namespace)
    return result


def _field_getter(index):
    def getter(self):
        return self[index]
    return getter


# -------- Counter --------

def _tally(counts, iterable):
    """Bump counts[x] by one for each x produced by iterable."""
    lookup = counts.get
    for item in iterable:
        counts[item] = lookup(item, 0) + 1


# Older name kept for code that imports it.
_count_elements = _tally


def _second(pair):
    return pair[1]


def _store_if_positive(target, key, amount):
    if amount > 0:
        target[key] = amount


def _every_count(left, right, test):
    # test(left[k], right[k]) must hold for each key k of left, then of right
    for side in (left, right):
        for key in side:
            if not test(left[key], right[key]):
                return False
    return True


def _counts_equal(a, b):
    return a == b


def _counts_at_most(a, b):
    return a <= b


def _counts_at_least(a, b):
    return a >= b


class Counter(dict):
    """A dict that maps hashable items to counts.

    Counter('hello') counts the letters of 'hello'; a missing key reads as
    zero. Counters support +, -, | and & (multiset sum, difference, union and
    intersection), unary + and -, and inclusion tests with <, <=, > and >=.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # absent keys count as zero, without being inserted
        return 0

    def total(self):
        """Sum of all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs, largest count first; equal counts keep insertion order.

        With n, only the n most common pairs are returned.
        """
        pairs = self.items()
        if n is not None:
            import heapq
            return heapq.nlargest(n, pairs, key=_second)
        return sorted(pairs, key=_second, reverse=True)

    def elements(self):
        """Iterator repeating each item as many times as its count (items with count < 1 are skipped)."""
        import itertools
        return itertools.chain.from_iterable(map(itertools.repeat, self.keys(), self.values()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of items or from a mapping of counts (and from keywords)."""
        if iterable is not None:
            if not _is_mapping(iterable):
                _tally(self, iterable)
            elif not self:
                # nothing to add to yet: take the mapping's counts as they are
                dict.update(self, iterable)
            else:
                current = self.get
                for key, amount in iterable.items():
                    self[key] = amount + current(key, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like update(), but takes counts away; counts may drop to zero or below."""
        if iterable is not None:
            current = self.get
            if _is_mapping(iterable):
                for key, amount in iterable.items():
                    self[key] = current(key, 0) - amount
            else:
                for key in iterable:
                    self[key] = current(key, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Shallow copy, of the same class."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Delete elem if present; a missing elem is silently ignored."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered: show them in insertion order
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    # Inclusion tests: a missing key counts as zero on either side.

    def __eq__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, _counts_equal)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, _counts_at_most)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, _counts_at_least)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    # Multiset arithmetic: the result is a plain Counter holding only positive counts,
    # the left operand's keys first, then keys found only on the right.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, amount in self.items():
            _store_if_positive(out, key, amount + other[key])
        for key, amount in other.items():
            if key not in self:
                _store_if_positive(out, key, amount)
        return out

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, amount in self.items():
            _store_if_positive(out, key, amount - other[key])
        for key, amount in other.items():
            if key not in self and amount < 0:
                out[key] = 0 - amount
        return out

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, mine in self.items():
            theirs = other[key]
            # on a tie the left operand's count wins
            _store_if_positive(out, key, theirs if mine < theirs else mine)
        for key, amount in other.items():
            if key not in self:
                _store_if_positive(out, key, amount)
        return out

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, mine in self.items():
            theirs = other[key]
            # on a tie the right operand's count wins
            _store_if_positive(out, key, mine if mine < theirs else theirs)
        return out

    def __pos__(self):
        out = Counter()
        for key, amount in self.items():
            _store_if_positive(out, key, amount)
        return out

    def __neg__(self):
        out = Counter()
        for key, amount in self.items():
            if amount < 0:
                out[key] = 0 - amount
        return out

    def _keep_positive(self):
        """Drop, in place, every key whose count is not above zero; returns self."""
        doomed = [key for key, amount in self.items() if not amount > 0]
        for key in doomed:
            del self[key]
        return self

    def __iadd__(self, other):
        for key, amount in other.items():
            self[key] += amount
        return self._keep_positive()

    def __isub__(self, other):
        for key, amount in other.items():
            self[key] -= amount
        return self._keep_positive()

    def __ior__(self, other):
        for key, theirs in other.items():
            mine = self[key]
            if theirs > mine:
                self[key] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for key, mine in self.items():
            theirs = other[key]
            if theirs < mine:
                self[key] = theirs
        return self._keep_positive()


# -------- ChainMap --------

_chainmap_repr_running = set()


class ChainMap:
    """Several mappings looked up as one, first match wins.

    The mappings are in the public list `maps`. Reads search them in order;
    writes, deletions, pop() and clear() only touch maps[0].
    """

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, *maps):
        """Use the given mappings, in search order; with none, a single empty dict."""
        self.maps = list(maps) or [{}]          # an empty dict when no maps are given

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # first mapping that has the key wins; each mapping's own __missing__ counts
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _chainmap_repr_running:
            return '...'
        _chainmap_repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _chainmap_repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over a single new dict built by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap: a copy of the first mapping, the others shared."""
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with m (default: a new dict, plus any keywords) in front of these maps."""
        if m is None:
            front = kwargs
        else:
            front = m
            if kwargs:
                front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        """New ChainMap of every mapping but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a (key, value) pair from the first mapping."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            pass
        raise KeyError('No keys found in the first mapping.')

    _marker = object()

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value (or the default)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            pass
        raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        """Empty maps[0]; the other mappings are left alone."""
        self.maps[0].clear()

    # Mapping / MutableMapping mixin methods

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for layer in self.maps[::-1]:
            merged.update(layer)
        return self.__class__(merged)


# -------- defaultdict --------

_dd_repr_running = set()


class defaultdict(dict):
    """defaultdict(default_factory=None, /, ...) -> dict with a factory for missing keys

    Reading an absent key with d[key] stores and returns default_factory();
    get() and `in` never call it. When default_factory is None a missing key
    raises KeyError. Other arguments are passed on to dict().
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _dd_repr_running:
                frepr = '...'
            else:
                _dd_repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _dd_repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """Return a shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.defaultdict'")

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# -------- deque --------

_deque_repr_running = set()


class deque:
    """deque([iterable[, maxlen]]) -> double-ended queue

    Appending and popping at either end are O(1). With maxlen set, adding
    to a full deque discards items from the opposite end.
    """

    # The items are self._data[self._head:]. popleft() leaves a None behind and advances
    # _head; the dead prefix is cut off once it is more than twice the live part (amortised
    # O(1)). appendleft() into a full prefix grows it by the deque's size (amortised O(1)).
    # _state counts structural changes, for "deque mutated during iteration".

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            m = _index_or_none(maxlen)
            if m is None:
                raise TypeError('an integer is required')
            if m < 0:
                raise ValueError('maxlen must be non-negative')
            maxlen = m
        self._maxlen = maxlen
        self._data = []
        self._head = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _compact(self):
        data = self._data
        head = self._head
        if head == len(data):
            data.clear()
            self._head = 0
        elif head > 64 and head > 2 * (len(data) - head):
            del data[:head]
            self._head = 0

    def append(self, x):
        """Add x at the right end."""
        self._state += 1
        data = self._data
        data.append(x)
        maxlen = self._maxlen
        if maxlen is not None and len(data) - self._head > maxlen:
            head = self._head
            data[head] = None
            self._head = head + 1
            self._compact()

    def appendleft(self, x):
        """Add x at the left end."""
        self._state += 1
        head = self._head
        data = self._data
        if head == 0:
            grow = len(data) + 8
            data[0:0] = [None] * grow
            head = grow
        head -= 1
        data[head] = x
        self._head = head
        maxlen = self._maxlen
        if maxlen is not None and len(data) - head > maxlen:
            data.pop()
            self._compact()

    def pop(self):
        """Remove and return the item at the right end; IndexError if empty."""
        data = self._data
        if len(data) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = data.pop()
        if len(data) == self._head:
            data.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the item at the left end; IndexError if empty."""
        data = self._data
        head = self._head
        if head >= len(data):
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = data[head]
        data[head] = None
        head += 1
        self._head = head
        if head == len(data) or (head > 64 and head > 2 * (len(data) - head)):
            self._compact()
        return x

    def extend(self, iterable):
        """Append each item of iterable at the right end."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._data.extend(iterable)
        else:
            append = self.append
            for x in iterable:
                append(x)

    def extendleft(self, iterable):
        """Append each item of iterable at the left end (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove every item."""
        self._state += 1
        self._data = []
        self._head = 0

    def copy(self):
        """Return a new deque with the same items and maxlen."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def _items(self):
        head = self._head
        return self._data[head:] if head else self._data[:]

    def count(self, value):
        """Return how many items are equal to value."""
        return self._items().count(value)

    def index(self, value, start=0, stop=_MAXSIZE):
        """Return the position of the first item equal to value within [start, stop); ValueError if none.
        """
        items = self._items()
        try:
            return items.index(value, start, stop)
        except ValueError:
            pass
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        n = len(self._data) - self._head
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        i = _index_or_none(index)
        if i is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(index).__name__)
        if i < 0:
            i += n
            if i < 0:
                i = 0
        elif i > n:
            i = n
        self._state += 1
        self._data.insert(self._head + i, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        data = self._data
        head = self._head
        for i in range(head, len(data)):
            item = data[i]
            if item is value or item == value:
                if self._data is not data or self._head != head:
                    raise IndexError('deque mutated during remove().')
                self._state += 1
                del data[i]
                if len(data) == head:
                    data.clear()
                    self._head = 0
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._data = items
        self._head = 0

    def rotate(self, n=1):
        """Shift the items n places to the right (n < 0 shifts left): the last item becomes the first.
        """
        k = _index_or_none(n)
        if k is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        size = len(self._data) - self._head
        if size <= 1:
            return
        k %= size
        if k == 0:
            return
        self._state += 1
        if k == 1:
            x = self._data.pop()
            self.appendleft(x)
        elif k == size - 1:
            self.append(self.popleft())
        else:
            items = self._items()
            self._data = items[-k:] + items[:-k]
            self._head = 0

    def _check_index(self, i):
        j = _index_or_none(i) if type(i) is not int else i
        if j is None:
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        n = len(self._data) - self._head
        if j < 0:
            j += n
        if j < 0 or j >= n:
            raise IndexError('deque index out of range')
        return self._head + j

    def __getitem__(self, i):
        if type(i) is int:
            n = len(self._data) - self._head
            if i < 0:
                i += n
            if 0 <= i < n:
                return self._data[self._head + i]
            raise IndexError('deque index out of range')
        return self._data[self._check_index(i)]

    def __setitem__(self, i, value):
        self._data[self._check_index(i)] = value

    def __delitem__(self, i):
        j = self._check_index(i)
        self._state += 1
        del self._data[j]
        if len(self._data) == self._head:
            self._data.clear()
            self._head = 0

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    def __iter__(self):
        state = self._state
        i = 0
        n = len(self._data) - self._head
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i >= n:
                return
            yield self._data[self._head + i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self._data) - self._head - 1
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i < 0:
                return
            yield self._data[self._head + i]
            i -= 1

    def __contains__(self, value):
        return value in self._items()

    def __repr__(self):
        key = id(self)
        if key in _deque_repr_running:
            return '[...]'
        _deque_repr_running.add(key)
        try:
            items = repr(self._items())
        finally:
            _deque_repr_running.discard(key)
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, items)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, items, self._maxlen)

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        k = _index_or_none(n)
        if k is None:
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        if k <= 0:
            self.clear()
            return self
        if k == 1:
            return self
        items = self._items()
        if self._maxlen is None:
            self._state += 1
            self._data = items * k
            self._head = 0
        else:
            for _ in range(k - 1):
                self.extend(items)
        return self

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)


# -------- UserDict, UserList, UserString --------

def _by_position(seq):
    # iterate a sequence through its own __getitem__, stopping at the first IndexError
    pos = 0
    while True:
        try:
            item = seq[pos]
        except IndexError:
            return
        yield item
        pos += 1


def _by_position_reversed(seq):
    for pos in range(len(seq) - 1, -1, -1):
        yield seq[pos]


_NO_DEFAULT = object()


class UserDict:
    """A dict wrapper: subclass it to customise a mapping (the data is in self.data)."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        cls = self.__class__
        if hasattr(cls, '__missing__'):
            return cls.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        # goes through __getitem__, so a subclass's __missing__ is honoured
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            merged = self.data | other.data
        elif isinstance(other, dict):
            merged = self.data | other
        else:
            return NotImplemented
        return self.__class__(merged)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            merged = other.data | self.data
        elif isinstance(other, dict):
            merged = other | self.data
        else:
            return NotImplemented
        return self.__class__(merged)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # a subclass: shallow-copy the instance around an empty dict, then refill it
        import copy
        saved = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = saved
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default

    _marker = _NO_DEFAULT

    def pop(self, key, default=_NO_DEFAULT):
        try:
            found = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return found

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        found = self[key]
        del self[key]
        return key, found

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    # In CPython these come from the Mapping / MutableMapping mixins; their names show in
    # argument errors.
    for _name in ('get', 'keys', 'items', 'values', '__eq__'):
        locals()[_name].__qualname__ = 'Mapping.' + _name
    for _name in ('update', 'setdefault', 'pop', 'popitem', 'clear'):
        locals()[_name].__qualname__ = 'MutableMapping.' + _name
    del _name


class UserList:
    """A list wrapper: subclass it to customise a list (the data is in self.data)."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == list:
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def _cast(self, other):
        # compare against the wrapped list of another UserList
        if isinstance(other, UserList):
            return other.data
        return other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return _by_position(self)

    def __reversed__(self):
        return _by_position_reversed(self)

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, list):
            return other
        return list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = list(self.__dict__['data'])
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


def _plain_str(x):
    # the str inside a UserString; anything else unchanged
    return x.data if isinstance(x, UserString) else x


class UserString:
    """A str wrapper: subclass it to customise a string (the data is in self.data)."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        return self.data == _plain_str(string)

    def __lt__(self, string):
        return self.data < _plain_str(string)

    def __le__(self, string):
        return self.data <= _plain_str(string)

    def __gt__(self, string):
        return self.data > _plain_str(string)

    def __ge__(self, string):
        return self.data >= _plain_str(string)

    def __contains__(self, char):
        return _plain_str(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return _by_position(self)

    def __reversed__(self):
        return _by_position_reversed(self)

    def __add__(self, other):
        if isinstance(other, UserString):
            tail = other.data
        elif isinstance(other, str):
            tail = other
        else:
            tail = str(other)
        return self.__class__(self.data + tail)

    def __radd__(self, other):
        head = other if isinstance(other, str) else str(other)
        return self.__class__(head + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def lower(self):
        return self.__class__(self.data.lower())

    def upper(self):
        return self.__class__(self.data.upper())

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def join(self, seq):
        return self.data.join(seq)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_plain_str(old), _plain_str(new), maxsplit))

    def startswith(self, prefix, *args):
        return self.data.startswith(prefix, *args)

    def endswith(self, suffix, *args):
        return self.data.endswith(suffix, *args)

    def find(self, sub, *args):
        return self.data.find(_plain_str(sub), *args)

    def count(self, sub, *args):
        return self.data.count(_plain_str(sub), *args)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)
