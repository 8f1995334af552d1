"""Higher-order helpers for functions and callables: wrappers, caching, partial application,
dispatch on argument type, ordering and key conversion.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# -------- copying metadata onto wrappers --------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped and return wrapper.

    Each attribute named in `assigned` is copied from wrapped to wrapper when
    wrapped has it; for each name in `updated`, wrapper's attribute (a dict)
    is updated from wrapped's. wrapper.__wrapped__ is set to wrapped.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set __wrapped__ last so that it is not copied from the wrapped function's __dict__.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Return a decorator that calls update_wrapper(decorated, wrapped, assigned, updated)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# -------- total_ordering --------

# The generated methods invoke the root method directly rather than the operator, which
# avoids infinite recursion when the operator dispatch sees NotImplemented.

def _gt_from_lt(self, other):
    """total_ordering: a > b derived from __lt__ and ==."""
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    """total_ordering: a <= b derived from __lt__ and ==."""
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    """total_ordering: a >= b derived from __lt__ alone."""
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    """total_ordering: a >= b derived from __le__ and ==."""
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    """total_ordering: a < b derived from __le__ and ==."""
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    """total_ordering: a > b derived from __le__ alone."""
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    """total_ordering: a < b derived from __gt__ and ==."""
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    """total_ordering: a >= b derived from __gt__ and ==."""
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    """total_ordering: a <= b derived from __gt__ alone."""
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    """total_ordering: a <= b derived from __ge__ and ==."""
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    """total_ordering: a > b derived from __ge__ and ==."""
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    """total_ordering: a < b derived from __ge__ alone."""
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}


def _defined_below_object(cls, name):
    """Whether cls or a base other than object defines `name` (with a value other than
    None)."""
    for c in cls.__mro__:
        d = c.__dict__
        if name in d:
            return c is not object and d[name] is not None
    return False


def total_ordering(cls):
    """Class decorator: given one of __lt__/__le__/__gt__/__ge__ (plus __eq__), add the other three.
    """
    # Comparison methods the class (or a non-object base) actually provides.
    roots = {op for op in _convert if _defined_below_object(cls, op)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # the largest name wins: __lt__, then __le__, __gt__, __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# -------- cmp_to_key --------

class KeyWrapper:
    """Wraps one object for comparisons through a cmp function (see cmp_to_key)."""

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def __lt__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) != 0

    def __le__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Wrap an old-style cmp(a, b) function so it can be passed as key= to sorted() and friends."""
    return KeyWrapper(mycmp)


# -------- reduce --------

_initial_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold iterable from the left: start from initial (or the first item) and
    replace the running value by function(value, item) for each item.
    With an empty iterable, initial is returned; without it, TypeError.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    nargs = len(args)
    if nargs < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % nargs)
    if nargs > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % nargs)
    function = args[0]
    sequence = args[1]
    initial = args[2] if nargs == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# -------- partial and partialmethod --------

class partial:
    """Callable that calls func with some positional and keyword arguments fixed in advance."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial and cls is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        if type(self) is partial:
            qualname = 'functools.partial'
        else:
            qualname = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            args = [repr(self.func)]
            args.extend([repr(x) for x in self.args])
            args.extend(['%s=%r' % (k, v) for (k, v) in self.keywords.items()])
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (qualname, ', '.join(args))


_repr_running = set()


class partialmethod:
    """Descriptor form of partial for use in class bodies.

    When looked up on an instance, the fixed arguments come after self; a
    wrapped staticmethod/classmethod is bound first and then partially applied.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = [repr(self.func)]
        args.extend([repr(x) for x in self.args])
        args.extend(['%s=%r' % (k, v) for (k, v) in self.keywords.items()])
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(args))

    def __get__(self, obj, cls=None):
        func = self.func
        if isinstance(func, (staticmethod, classmethod)):
            func = func.__get__(obj, cls)
            return partial(func, *self.args, **self.keywords)
        if obj is None:
            outer = self

            def _method(cls_or_self, /, *args, **keywords):
                keywords = {**outer.keywords, **keywords}
                return outer.func(cls_or_self, *outer.args, *args, **keywords)
            return _method
        return partial(func, obj, *self.args, **self.keywords)


# -------- lru_cache --------

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                                module='functools')
    return _CacheInfo


class _KwdMark:
    pass


_kwd_mark = (_KwdMark(),)


def _make_key(args, kwds, typed):
    """Make a cache key from positional and keyword arguments, as CPython's C version does:
    a single int or str argument is its own key."""
    if not typed and not kwds:
        if len(args) == 1:
            key = args[0]
            t = type(key)
            if t is int or t is str:
                return key
        return args
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator that memoizes a function, keeping at most maxsize results.

    When full, the least recently used entry is dropped; maxsize=None means no
    limit and maxsize=0 stores nothing. With typed=True, equal arguments of
    different types (1 and 1.0) get separate entries. Arguments must be
    hashable. The wrapper has cache_info(), cache_clear(), cache_parameters()
    and __wrapped__.
    """
    if isinstance(maxsize, int):
        # clamp negative sizes to zero
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # bare @lru_cache: the decorated function arrived as maxsize
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    sentinel = object()          # marks "not in cache" (None could be a cached value)
    make_key = _make_key
    cache = {}                   # insertion order is recency order: oldest first
    cache_get = cache.get
    hits = misses = 0

    if maxsize == 0:

        def wrapper(*args, **kwds):
            # maxsize 0: never store, only count misses
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:

        def wrapper(*args, **kwds):
            # maxsize None: a plain dict that only grows
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:

        def wrapper(*args, **kwds):
            # bounded: dict order tracks recency, evict the first key when full
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, sentinel)
            if result is not sentinel:
                # move the entry to the most recently used end
                del cache[key]
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key while user_function ran.
                pass
            elif len(cache) >= maxsize:
                del cache[next(iter(cache))]
                cache[key] = result
            else:
                cache[key] = result
            return result

    def cache_info():
        """Return a CacheInfo(hits, misses, maxsize, currsize) tuple."""
        return _cache_info_type()(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset the hit and miss counters."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


# -------- cache (unbounded lru_cache) --------

def cache(user_function, /):
    """Memoize user_function with no size limit (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


# -------- singledispatch and singledispatchmethod --------

def _find_impl(cls, registry):
    for c in cls.__mro__:
        if c in registry:
            return registry[c]
    return registry[object]


def singledispatch(func):
    """Turn func into a generic function that picks an implementation by the type of its first argument.

    func handles any type without a registered implementation; add others
    with .register(cls, impl), @.register(cls), or @.register on a function
    whose first parameter is annotated with a class. The first class of the
    argument's MRO that has an implementation wins.
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """Return the implementation registered for cls, or for the nearest class in its MRO."""
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls; usable as register(cls, func), @register(cls) or @register with an annotation.
        """
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, type):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls (same forms as singledispatch.register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


# -------- cached_property --------

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # e.g. a class that uses __slots__
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val
