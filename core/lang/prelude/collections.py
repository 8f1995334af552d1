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


class OrderedDict(dict):
    """dict subclass with order-sensitive equality, move_to_end() and popitem(last=...)."""

    # The built-in dict keeps insertion order, so OrderedDict only adds order-aware methods
    # (move_to_end, popitem(last=False), order-sensitive ==) and its own repr.
    # move_to_end(key, last=False) rebuilds the dict: O(n).

    def __init__(self, other=(), /, **kwds):
        """Build the dict from an optional mapping or iterable of pairs, then keyword arguments."""
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(type(other), 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

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
        """Return a new instance mapping each key from iterable to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        """Equality: against another OrderedDict order matters; against any other mapping it does not.
        """
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not a == b:
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.OrderedDict'")

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


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


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Create a tuple subclass called typename whose items can also be read by name.

    field_names is a sequence of names or one string separated by commas
    and/or spaces. rename=True replaces invalid names with _<index>;
    defaults supplies values for the rightmost fields; module sets
    __module__. Instances have _make(), _replace(), _asdict(), _fields and
    _field_defaults.
    """
    # Bad field names (keywords, non-identifiers, leading underscore, repeats) raise
    # ValueError, or with rename=True are replaced by _<position>.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or name in _kwlist
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _kwlist:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    field_set = frozenset(field_names)
    index_of = {name: i for i, name in enumerate(field_names)}
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    tuple_new = tuple.__new__
    new_qualname = typename + '.__new__'
    if module is None:
        # CPython takes the caller's module from its frame; programs define their named
        # tuples in __main__ nearly always.
        module = '__main__'

    def __new__(_cls, /, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, _bind_args(new_qualname, field_names, index_of,
                                          field_defaults, args, kwargs))

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        """Return "typename(field=value, ...)"."""
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(['%s=%r' % (name, value)
                                      for name, value in zip(field_names, self)]))

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
        '__doc__': f'{typename}({arg_list})',
        '__module__': module,
        '__qualname__': typename,
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__setattr__': __setattr__,
        '__delattr__': __delattr__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_field_getter(index),
                                         doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    return result


def _field_getter(index):
    def getter(self):
        return self[index]
    return getter


# -------- Counter --------

def _count_of(item):
    return item[1]


def _count_elements(mapping, iterable):
    """Add one to mapping[elem] for every elem of iterable."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """dict subclass mapping each element to how many times it was seen.

    A missing key counts as 0. Counter('hello')['l'] == 2, and
    Counter('hello').most_common(1) == [('l', 2)].
    """

    def __init__(self, iterable=None, /, **kwds):
        """Start empty, then count iterable (or add the counts of a mapping) and keyword counts."""
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """A key that was never counted has count 0."""
        return 0

    def total(self):
        """Return the sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """Return (element, count) pairs sorted by count, largest first.

        With n, only the first n pairs; ties keep insertion order.
        """
        if n is None:
            return sorted(self.items(), key=_count_of, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_count_of)

    def elements(self):
        """Iterate over each element as many times as its count; counts below 1 are skipped."""
        from itertools import chain, starmap, repeat
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or a mapping of counts (and keywords) to self."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # empty self: a plain dict update is enough
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts from an iterable or mapping (and keywords) off self; results may go to zero or below.
        """
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a new instance of the same class with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Delete elem if present; a missing elem is silently ignored."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # show the largest counts first
            d = dict(self.most_common())
        except TypeError:
            # counts that cannot be sorted: keep insertion order
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        """Equal when every element has the same count, absent ones counting as 0."""
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        """Negation of __eq__."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """Every count in self is <= the matching count in other (absent = 0)."""
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        """self <= other and the two are not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """Every count in self is >= the matching count in other (absent = 0)."""
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        """self >= other and the two are not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        """New Counter with the summed counts; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """New Counter with self's counts minus other's; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """New Counter with the larger of the two counts per element; only positive results kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """New Counter with the smaller of the two counts per element; only positive results kept.
        """
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """New Counter holding only the elements whose count is above zero."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """New Counter with negated counts, keeping those that end up above zero."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Delete, in place, every element whose count is zero or negative; return self."""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """In-place +: add other's counts, then drop non-positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """In-place -: subtract other's counts, then drop non-positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """In-place |: keep the larger count per element, then drop non-positive counts."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """In-place &: keep the smaller count per element, then drop non-positive counts."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# -------- ChainMap --------

_chainmap_repr_running = set()


class ChainMap:
    """Several mappings looked up as one, first match wins.

    The mappings are in the public list `maps`. Reads search them in order;
    writes, deletions, pop() and clear() only touch maps[0].
    """

    def __init__(self, *maps):
        """Use the given mappings, in search order; with none, a single empty dict."""
        self.maps = list(maps) or [{}]          # an empty dict when no maps are given

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]             # subscript, not `in`, so a defaultdict's factory runs
            except KeyError:
                pass
        return self.__missing__(key)            # no map has it: fall back to __missing__

    def get(self, key, default=None):
        return self[key] if key in self else default

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
        """Return a ChainMap over one dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """Return a ChainMap of the same class with a copy of maps[0] and the other maps shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """Return a ChainMap with m (a new dict if None, plus any keywords) in front of the current maps.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """Return a ChainMap over maps[1:] (everything except the first mapping)."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a (key, value) pair of maps[0]; KeyError if maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    _marker = object()

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value; KeyError if maps[0] lacks it and no default.
        """
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

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
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


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
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
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
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        if isinstance(other, dict):
            return self.data == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
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
            self[key] = default
        return default

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        self.data.clear()


class UserList:
    """A list wrapper: subclass it to customise a list (the data is in self.data)."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
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
        return other.data if isinstance(other, UserList) else other

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
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

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
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


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
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

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
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def startswith(self, prefix, *args):
        return self.data.startswith(prefix, *args)

    def endswith(self, suffix, *args):
        return self.data.endswith(suffix, *args)

    def find(self, sub, *args):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, *args)

    def count(self, sub, *args):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, *args)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)
