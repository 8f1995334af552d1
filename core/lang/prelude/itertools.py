"""Iterator building blocks, written in Python for asyncplay.

Endless: count, cycle, repeat.
Finite transformers: accumulate, chain (and chain.from_iterable), compress,
dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, tee,
zip_longest.
Combinatorics: product, permutations, combinations,
combinations_with_replacement.
"""

# Each function checks its arguments and calls iter() on its inputs eagerly, as CPython's C
# implementation does, then hands the work to a generator, so errors surface at the call and
# the iteration itself stays lazy.

_MAXSIZE = 9223372036854775807


def _index(x):
    """operator.index, or None when x has no __index__."""
    if type(x) is int:
        return x
    if isinstance(x, int):
        return int(x)
    method = getattr(type(x), '__index__', None)
    if method is None:
        return None
    return method(x)


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__'))


def _ssize(x):
    """PyNumber_AsSsize_t(x, OverflowError): an int in the ssize_t range, or None."""
    v = _index(x)
    if v is None or v > _MAXSIZE or v < -_MAXSIZE - 1:
        return None
    return v


class _Iterator:
    """Base of the iterator types: the work is done by a generator in self._it, which
    __iter__ hands out directly so that for-loops run at generator speed. (CPython's are
    their own iterators; here iter(obj) is the generator.)"""

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)


def _count_args(start=0, step=1):
    return start, step


class count:
    """Yield start, start + step, start + 2*step, ... without end."""

    def __init__(self, *args, **kwargs):
        nargs = len(args) + len(kwargs)
        if nargs > 2:
            raise TypeError('count() takes at most 2 arguments (%d given)' % nargs)
        start, step = _count_args(*args, **kwargs)
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if type(start) is bool and isinstance(step, int) and step == 1:
            start = int(start)
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)


class cycle(_Iterator):
    """Yield the items of iterable, then keep replaying the saved copy forever."""

    def __init__(self, iterable):
        self._it = _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def _repeat_args(object, times=None):
    return object, times


class repeat:
    """Yield object over and over: times times if given, otherwise endlessly."""

    def __init__(self, *args, **kwargs):
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        object, times = _repeat_args(*args, **kwargs)
        self._object = object
        if times is None:
            self._times = None
        else:
            n = _index(times)
            if n is None:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._times = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._times)


class accumulate(_Iterator):
    """Yield running totals of iterable, combining with func (default +), optionally seeded by initial.
    """

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


def _chain_from(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain(_Iterator):
    """Yield every item of the first iterable, then of the second, and so on."""

    def __init__(self, *iterables):
        self._it = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        """Like chain(*iterables), but the outer iterable is consumed lazily."""
        self = cls.__new__(cls)
        self._it = _chain_from(iter(iterable))
        return self


class compress(_Iterator):
    """Yield the items of data whose matching selector is truthy; stop when either runs out."""

    def __init__(self, data, selectors):
        self._it = _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d in data:
        try:
            s = next(selectors)
        except StopIteration:
            return
        if s:
            yield d


class dropwhile(_Iterator):
    """Skip items while predicate(item) holds, then yield the rest unconditionally."""

    def __init__(self, predicate, iterable):
        self._it = _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class takewhile(_Iterator):
    """Yield items while predicate(item) holds; stop at the first that fails."""

    def __init__(self, predicate, iterable):
        self._it = _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class filterfalse(_Iterator):
    """Yield the items for which function(item) is falsy (bool(item) when function is None)."""

    def __init__(self, function, iterable):
        self._it = _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class groupby(_Iterator):
    """Yield (key, group) pairs, one per run of neighbouring items with equal key(item)."""

    def __init__(self, iterable, key=None):
        self._it = _groupby(iter(iterable), key)


def _groupby(iterator, keyfunc):
    # state: [current value, current key, exhausted]
    state = [None, None, False]
    try:
        value = next(iterator)
    except StopIteration:
        return
    state[0] = value
    state[1] = value if keyfunc is None else keyfunc(value)
    while not state[2]:
        target = state[1]
        group = _grouper(_grouper_gen(iterator, keyfunc, state, target))
        yield target, group
        key = state[1]
        if key is target or key == target:
            # the group was not (fully) consumed: skip the rest of it
            for _ in group:
                pass


class _grouper(_Iterator):
    def __init__(self, it):
        self._it = it


def _grouper_gen(iterator, keyfunc, state, target):
    yield state[0]
    for value in iterator:
        key = value if keyfunc is None else keyfunc(value)
        state[0] = value
        state[1] = key
        if not (target is key or target == key):
            return
        yield value
    state[2] = True


class islice(_Iterator):
    """Yield the items of iterable at positions range(start, stop, step), like slicing a list.

    Called as islice(it, stop) or islice(it, start, stop[, step]); stop may be
    None for no limit. The iterator is advanced only as far as needed.
    """

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        nargs = len(args)
        if nargs < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % nargs)
        if nargs > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % nargs)
        start = 0
        stop = -1
        step = 1
        if nargs == 2:
            a = args[1]
            if a is not None:
                stop = _ssize(a)
                if stop is None or stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        else:
            a = args[1]
            if a is not None:
                start = _ssize(a)
                if start is None:
                    start = -1
            a = args[2]
            if a is not None:
                stop = _ssize(a)
                if stop is None or stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if nargs == 4:
            a = args[3]
            if a is not None:
                step = _ssize(a)
                if step is None:
                    step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = _islice(iter(args[0]), start, stop, step)


def _islice(it, start, stop, step):
    # Mirrors CPython's islice_next: consumes exactly the same items from `it`.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


class starmap(_Iterator):
    """Yield function(*args) for each args tuple drawn from iterable."""

    def __init__(self, function, iterable):
        self._it = _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class _tee:
    """One of the iterators made by tee(); reads from a buffer it shares with its siblings."""

    def __init__(self, it, link):
        # link: [value, next link]; the links form a singly linked list shared by the tees
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            value = next(self._it)
            nxt = link[1]
            if nxt is None:
                nxt = [value, None]
                link[1] = nxt
        self._link = nxt
        return nxt[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Split iterable into n iterators that each see every item."""
    n2 = _index(n)
    if n2 is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    n = n2
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Iterator):
    """Like zip(), but run until the longest input ends, padding shorter ones with fillvalue."""

    def __init__(self, *args, fillvalue=None):
        self._it = _zip_longest([iter(a) for a in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def _check_r(r):
    v = _index(r)
    if v is None:
        raise TypeError("Expected int as r")
    if v < 0:
        raise ValueError('r must be non-negative')
    return v


class product(_Iterator):
    """Yield tuples from the Cartesian product of the inputs (each repeated repeat times)."""

    def __init__(self, *args, repeat=1):
        n = _index(repeat)
        if n is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if n < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in args] * n
        self._it = _product(pools)


def _product(pools):
    npools = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * npools
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = npools - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


class permutations(_Iterator):
    """Yield every ordering of r items picked from iterable (r defaults to its length)."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _check_r(r)
        self._it = _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


_NO_R = object()


class combinations(_Iterator):
    """Yield r-item tuples of iterable's items in input order, no position used twice."""

    def __init__(self, iterable, r=_NO_R):
        if r is _NO_R:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        r = _check_r(r)
        self._it = _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_Iterator):
    """Yield r-item tuples of iterable's items in input order, where a position may be reused."""

    def __init__(self, iterable, r=_NO_R):
        if r is _NO_R:
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        r = _check_r(r)
        self._it = _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


class pairwise(_Iterator):
    """Yield (a, b), (b, c), ... from consecutive items of iterable."""

    def __init__(self, iterable):
        self._it = _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
