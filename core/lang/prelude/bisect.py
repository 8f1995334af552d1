"""Binary search over sorted sequences, and insertion that keeps them sorted.

Written for asyncplay. Each function takes (a, x, lo=0, hi=None, *, key=None)
and reports bad arguments the way CPython 3.11 does.
"""

_NO_ARG = object()
_PARAM_NAMES = ('a', 'x', 'lo', 'hi')
_KNOWN_KEYWORDS = ('a', 'x', 'lo', 'hi', 'key')
_SSIZE_MAX = (1 << 63) - 1


def _read_args(fname, args, kwargs):
    # Sort the call's arguments into (a, x, lo, hi, key), raising the same
    # TypeErrors CPython gives for a wrong call shape.
    npos = len(args)
    total = npos + len(kwargs)
    if total > 5:
        raise TypeError('%s() takes at most 5 arguments (%d given)' % (fname, total))
    if npos > 4:
        raise TypeError('%s() takes at most 4 positional arguments (%d given)' % (fname, npos))
    slots = [_NO_ARG, _NO_ARG, _NO_ARG, _NO_ARG]
    for i in range(npos):
        slots[i] = args[i]
    for i in range(npos, 4):
        name = _PARAM_NAMES[i]
        if name in kwargs:
            slots[i] = kwargs[name]
        elif i < 2:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, name, i + 1))
    if kwargs:
        for i in range(npos):
            name = _PARAM_NAMES[i]
            if name in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, name, i + 1))
        for name in kwargs:
            if name not in _KNOWN_KEYWORDS:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (name, fname))
    return slots[0], slots[1], slots[2], slots[3], kwargs.get('key')


def _as_index(value):
    # lo must be an integer-like value.
    if type(value) is not int:
        if not isinstance(value, int) and not hasattr(type(value), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        value = value.__index__()
    if value > _SSIZE_MAX or value < -_SSIZE_MAX - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _as_hi(value):
    # hi may be None or integer-like; None and -1 both mean "the whole sequence".
    if value is None:
        return -1
    if type(value) is not int:
        if not isinstance(value, int) and not hasattr(type(value), '__index__'):
            raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
        value = value.__index__()
    if value > _SSIZE_MAX or value < -_SSIZE_MAX - 1:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return value


def _not_a_sequence(a):
    raise TypeError('%s is not a sequence' % type(a).__name__)


def _length(a):
    if isinstance(a, dict):
        _not_a_sequence(a)
    return len(a)


def _check_indexable(a):
    # Called before the search touches a[i] on something that is not a
    # plain list/tuple/str; mirrors the messages of CPython's sequence access.
    if isinstance(a, dict):
        _not_a_sequence(a)
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object does not support indexing" % type(a).__name__)


def _prepare(fname, args, kwargs):
    a, x, lo, hi, key = _read_args(fname, args, kwargs)
    lo = 0 if lo is _NO_ARG else _as_index(lo)
    hi = -1 if hi is _NO_ARG else _as_hi(hi)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return a, x, lo, hi, key


def _search_left(a, x, lo, hi, key):
    # First position p in [lo, hi) where every element before p is < x.
    if hi == -1:
        hi = _length(a)
    if lo < hi and type(a) is not list:
        _check_indexable(a)
    if key is None:
        while lo < hi:
            middle = (lo + hi) // 2
            if a[middle] < x:
                lo = middle + 1
            else:
                hi = middle
    else:
        while lo < hi:
            middle = (lo + hi) // 2
            if key(a[middle]) < x:
                lo = middle + 1
            else:
                hi = middle
    return lo


def _search_right(a, x, lo, hi, key):
    # First position p in [lo, hi) where x < every element from p on.
    if hi == -1:
        hi = _length(a)
    if lo < hi and type(a) is not list:
        _check_indexable(a)
    if key is None:
        while lo < hi:
            middle = (lo + hi) // 2
            if x < a[middle]:
                hi = middle
            else:
                lo = middle + 1
    else:
        while lo < hi:
            middle = (lo + hi) // 2
            if x < key(a[middle]):
                hi = middle
            else:
                lo = middle + 1
    return lo


def bisect_left(*args, **kwargs):
    """bisect_left(a, x, lo=0, hi=None, *, key=None) -> int

    Position at which x would go in the sorted a[lo:hi], placed before any
    elements equal to it. With key, x is compared against key(element).
    """
    if not kwargs and len(args) == 2:
        a, x = args
        return _search_left(a, x, 0, -1, None)
    a, x, lo, hi, key = _prepare('bisect_left', args, kwargs)
    return _search_left(a, x, lo, hi, key)


def bisect_right(*args, **kwargs):
    """bisect_right(a, x, lo=0, hi=None, *, key=None) -> int

    Position at which x would go in the sorted a[lo:hi], placed after any
    elements equal to it. With key, x is compared against key(element).
    """
    if not kwargs and len(args) == 2:
        a, x = args
        return _search_right(a, x, 0, -1, None)
    a, x, lo, hi, key = _prepare('bisect_right', args, kwargs)
    return _search_right(a, x, lo, hi, key)


def insort_left(*args, **kwargs):
    """insort_left(a, x, lo=0, hi=None, *, key=None) -> None

    Insert x into the sorted list a, before any elements equal to it.
    With key, key(x) is used to find the spot.
    """
    a, x, lo, hi, key = _prepare('insort_left', args, kwargs)
    if key is None:
        spot = _search_left(a, x, lo, hi, None)
    else:
        spot = _search_left(a, key(x), lo, hi, key)
    a.insert(spot, x)


def insort_right(*args, **kwargs):
    """insort_right(a, x, lo=0, hi=None, *, key=None) -> None

    Insert x into the sorted list a, after any elements equal to it.
    With key, key(x) is used to find the spot.
    """
    a, x, lo, hi, key = _prepare('insort_right', args, kwargs)
    if key is None:
        spot = _search_right(a, x, lo, hi, None)
    else:
        spot = _search_right(a, key(x), lo, hi, key)
    a.insert(spot, x)


bisect = bisect_right
insort = insort_right
