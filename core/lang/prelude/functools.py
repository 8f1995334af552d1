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

# Each rich comparison is described by a direction ('<' or '>') and whether it is
# strict. Knowing the truth value of one "root" comparison narrows the three possible
# outcomes (less, equal, greater); any other comparison is then either settled outright
# or settled by one extra equality test.

_ORDER_OPS = {
    '__lt__': ('<', True),
    '__le__': ('<', False),
    '__gt__': ('>', True),
    '__ge__': ('>', False),
}

# When several comparisons are defined, the root is the first one listed here.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')

_OP_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _op_named(direction, strict):
    for name, shape in _ORDER_OPS.items():
        if shape == (direction, strict):
            return name


def _outcomes(opname):
    """The outcomes ('lt', 'eq', 'gt') for which comparison `opname` holds."""
    direction, strict = _ORDER_OPS[opname]
    found = {'lt'} if direction == '<' else {'gt'}
    if not strict:
        found.add('eq')
    return found


def _settle(possible, wanted):
    """How to answer `wanted` once the outcome is known to lie in `possible`."""
    hit = possible & wanted
    if hit == possible:
        return True
    if not hit:
        return False
    # possible is one strict side plus equality: one equality test decides it
    return '==' if hit == {'eq'} else '!='


def _derived_comparison(target, root):
    everything = {'lt', 'eq', 'gt'}
    holds = _outcomes(root)
    plan_if_true = _settle(holds, _outcomes(target))
    plan_if_false = _settle(everything - holds, _outcomes(target))

    def comparison(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return answer
        plan = plan_if_true if answer else plan_if_false
        if plan == '==':
            return self == other
        if plan == '!=':
            return self != other
        # Settled without another test: keep the root's own value when it already has
        # the right truthiness, otherwise give the plain bool.
        if plan == bool(answer):
            return answer
        return plan

    comparison.__name__ = target
    comparison.__qualname__ = '_%s_from_%s' % (target.strip('_'), root.strip('_'))
    comparison.__doc__ = ('Return a %s b, worked out by @total_ordering from a %s b.'
                          % (_OP_SYMBOL[target], _OP_SYMBOL[root]))
    return comparison


def _derivation_order(root):
    """The other three comparisons, in the order total_ordering installs them."""
    direction, strict = _ORDER_OPS[root]
    other = '>' if direction == '<' else '<'
    return (_op_named(other, strict), _op_named(direction, not strict),
            _op_named(other, not strict))


def _overrides_object(cls, name):
    """True when the nearest definition of `name` along cls's MRO is not object's own
    (a class attribute set to None counts as a definition)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is not object
    return False


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods.

    The class must define at least one of __lt__, __le__, __gt__ or __ge__
    (and should define __eq__); the others are derived from it.
    """
    present = [name for name in _ROOT_PREFERENCE if _overrides_object(cls, name)]
    if not present:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = present[0]
    for target in _derivation_order(root):
        if target not in present:
            setattr(cls, target, _derived_comparison(target, root))
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
    """partial(func, *args, **keywords): a callable that calls func with args prepended
    to its positional arguments and keywords merged under its keyword arguments."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        target, bound = args[0], args[1:]
        if not callable(target):
            raise TypeError('the first argument must be callable')
        if _can_absorb(target):
            # fold the inner partial in, so calls go straight to its function
            bound = target.args + bound
            keywords = {**target.keywords, **keywords}
            target = target.func
        made = object.__new__(cls)
        made.func = target
        made.args = tuple(bound)
        made.keywords = dict(keywords)
        return made

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        kind = type(self)
        title = 'functools.partial' if kind is partial else kind.__name__
        marker = id(self)
        if marker in _partial_reprs_active:
            return '...'
        _partial_reprs_active.add(marker)
        try:
            shown = [repr(self.func)]
            shown.extend(repr(value) for value in self.args)
            shown.extend('%s=%r' % (name, value) for name, value in self.keywords.items())
            return '%s(%s)' % (title, ', '.join(shown))
        finally:
            _partial_reprs_active.discard(marker)


_partial_reprs_active = set()
_PARTIAL_OWN_FIELDS = frozenset(('func', 'args', 'keywords'))


def _can_absorb(target):
    """Whether a new partial may merge `target` into itself: target must be a partial
    whose calls behave like partial's own and that carries no extra attributes."""
    if not isinstance(target, partial):
        return False
    if type(target).__call__ is not partial.__call__:
        return False
    return set(vars(target)) <= _PARTIAL_OWN_FIELDS


# Binding helpers. This interpreter's built-in functions, classmethod, staticmethod and
# property objects do not expose __get__, so partialmethod and singledispatchmethod
# emulate the descriptor protocol for them (a real __get__ is always preferred).

def _plain_function():
    pass


_FUNCTION_TYPE = type(_plain_function)
_NO_BINDING = object()


class _BoundCall:
    """Stand-in for a bound method: calls __func__ with __self__ prepended."""

    def __init__(self, func, receiver):
        self.__func__ = func
        self.__self__ = receiver

    def __call__(self, /, *args, **keywords):
        return self.__func__(self.__self__, *args, **keywords)

    def __getattr__(self, name):
        # only reached for names not set in __init__: forward them to the function
        if name in ('__func__', '__self__'):
            raise AttributeError(name)
        return getattr(self.__func__, name)

    def __eq__(self, other):
        if not isinstance(other, _BoundCall):
            return NotImplemented
        return self.__func__ == other.__func__ and self.__self__ is other.__self__

    def __hash__(self):
        return hash((self.__func__, id(self.__self__)))

    def __repr__(self):
        label = getattr(self.__func__, '__qualname__', None)
        if label is None:
            label = getattr(self.__func__, '__name__', '?')
        return '<bound method %s of %r>' % (label, self.__self__)


_BoundCall.__name__ = _BoundCall.__qualname__ = 'method'


def _bind_member(member, obj, owner):
    """member.__get__(obj, owner), or _NO_BINDING when member is no descriptor."""
    hook = getattr(member, '__get__', None)
    if hook is not None:
        return hook(obj, owner)
    if type(member) is _FUNCTION_TYPE:
        return member if obj is None else _BoundCall(member, obj)
    if isinstance(member, staticmethod):
        return member.__func__
    if isinstance(member, classmethod):
        return _BoundCall(member.__func__, owner if owner is not None else type(obj))
    if isinstance(member, property):
        if obj is None:
            return member
        if member.fget is None:
            raise AttributeError('property has no getter')
        return member.fget(obj)
    return _NO_BINDING


def _looks_like_descriptor(candidate):
    if hasattr(candidate, '__get__'):
        return True
    return (type(candidate) is _FUNCTION_TYPE
            or isinstance(candidate, (staticmethod, classmethod, property)))


class partialmethod:
    """Descriptor form of partial for use in class bodies.

    On lookup the wrapped callable is bound like a method (descriptors such as
    classmethod and staticmethod are bound first) and then partially applied.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _looks_like_descriptor(func):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        kind = type(self)
        # CPython 3.11 always shows the three groups (function, positional, keyword),
        # even when a group is empty: partialmethod(f) -> 'functools.partialmethod(f, , )'
        positional = ', '.join([repr(value) for value in self.args])
        named = ', '.join(['%s=%r' % (name, value) for name, value in self.keywords.items()])
        return '%s.%s(%r, %s, %s)' % (kind.__module__, kind.__qualname__, self.func,
                                      positional, named)

    def _as_plain_method(self):
        owner = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(owner.keywords)
            merged.update(keywords)
            return owner.func(cls_or_self, *owner.args, *args, **merged)

        _method.__qualname__ = 'partialmethod._make_unbound_method.<locals>._method'
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        bound = _bind_member(self.func, obj, cls)
        if bound is not _NO_BINDING:
            if bound is not self.func:
                # the descriptor produced something new (bound method, unwrapped
                # staticmethod...): apply the stored arguments to that
                applied = partial(bound, *self.args, **self.keywords)
                try:
                    applied.__self__ = bound.__self__
                except AttributeError:
                    pass
                return applied
        return _bind_member(self._as_plain_method(), obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


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
    # The cache is a dict whose insertion order doubles as recency order: a hit is
    # moved to the end, so the first key is always the least recently used one.
    memo = {}
    counts = [0, 0]              # [hits, misses]
    absent = object()            # cached results may be None, so a private marker

    if maxsize == 0:
        def wrapper(*args, **kwds):
            # nothing is stored, so the arguments are never hashed
            counts[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            value = memo.get(key, absent)
            if value is not absent:
                counts[0] += 1
                return value
            counts[1] += 1
            value = user_function(*args, **kwds)
            memo[key] = value
            return value

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            value = memo.pop(key, absent)
            if value is not absent:
                memo[key] = value            # now the most recently used
                counts[0] += 1
                return value
            counts[1] += 1
            value = user_function(*args, **kwds)
            if key in memo:
                # a re-entrant call already stored this key; keep that entry
                return value
            if len(memo) >= maxsize:
                del memo[next(iter(memo))]
            memo[key] = value
            return value

    def cache_info():
        """Report cache statistics as CacheInfo(hits, misses, maxsize, currsize)."""
        return _cache_info_type()(counts[0], counts[1], maxsize, len(memo))

    def cache_clear():
        """Forget every cached result and zero the statistics."""
        memo.clear()
        counts[0] = counts[1] = 0

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


class _RegistryView:
    """Read-only live view of a singledispatch registry (CPython hands out a
    mappingproxy; this interpreter has no types.MappingProxyType)."""

    def __init__(self, table):
        self._table = table

    def __getitem__(self, key):
        return self._table[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._table

    def __iter__(self):
        return iter(self._table)

    def __len__(self):
        return len(self._table)

    def __eq__(self, other):
        if isinstance(other, _RegistryView):
            other = other._table
        return self._table == other

    __hash__ = None

    def get(self, key, default=None):
        return self._table.get(key, default)

    def keys(self):
        return self._table.keys()

    def values(self):
        return self._table.values()

    def items(self):
        return self._table.items()

    def copy(self):
        return self._table.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._table,)


_RegistryView.__name__ = _RegistryView.__qualname__ = 'mappingproxy'


def _union_members(candidate):
    """The classes of an `X | Y` union (or typing.Union), or None for anything else."""
    if type(candidate).__name__ != 'UnionType' and \
            getattr(candidate, '__origin__', None) is not getattr(_typing_union(), 'Union', 0):
        return None
    members = getattr(candidate, '__args__', None)
    return tuple(members) if isinstance(members, tuple) else None


def _typing_union():
    """The typing module when this interpreter has one, else None."""
    try:
        import typing
    except ImportError:
        return None
    return typing


def _dispatch_key_ok(candidate):
    """Usable as the first argument of register(): a class or a union of classes."""
    if isinstance(candidate, type):
        return True
    members = _union_members(candidate)
    return members is not None and all(isinstance(m, type) for m in members)


def _first_annotation(func):
    """(parameter name, class) taken from func's first annotation, with string
    annotations evaluated in func's globals and None read as NoneType."""
    typing = _typing_union()
    if typing is not None:
        hints = typing.get_type_hints(func)
    else:
        hints = func.__annotations__
    for name, hint in hints.items():
        if isinstance(hint, str):
            hint = eval(hint, getattr(func, '__globals__', {}))
        if hint is None:
            hint = type(None)
        return name, hint
    raise StopIteration


def singledispatch(func):
    """Turn func into a generic function that picks an implementation by the type of its first argument.

    func handles any type without a registered implementation; add others
    with .register(cls, impl), @.register(cls), or @.register on a function
    whose first parameter is annotated with a class. The first class of the
    argument's MRO that has an implementation wins.
    """
    impls = {object: func}
    resolved = {}                 # class -> implementation, emptied on every register()

    def dispatch(cls):
        """Return the implementation that would handle an instance of cls."""
        try:
            return resolved[cls]
        except KeyError:
            pass
        found = _find_impl(cls, impls)
        resolved[cls] = found
        return found

    def _store(classes, impl):
        for klass in classes:
            impls[klass] = impl
        resolved.clear()
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (or for each class of a union).

        register(cls, func) registers directly; register(cls) returns a decorator;
        register(func) reads the class from func's first annotation.
        """
        if _dispatch_key_ok(cls):
            if func is None:
                return lambda impl: register(cls, impl)
            target = cls
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. Use either '
                    '`@register(some_class)` or plain `@register` on an annotated function.')
            func = cls
            argname, target = _first_annotation(func)
            if not _dispatch_key_ok(target):
                if _union_members(target) is not None:
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{target!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. '
                                f'{target!r} is not a class.')
        members = _union_members(target)
        return _store(members if members is not None else (target,), func)

    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _RegistryView(impls)
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Method descriptor form of singledispatch: dispatch happens on the type of the
    first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not _looks_like_descriptor(func):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register an implementation; same forms as singledispatch's register()."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            chosen = dispatcher.dispatch(args[0].__class__)
            bound = _bind_member(chosen, obj, cls)
            if bound is _NO_BINDING:
                raise AttributeError(
                    f"'{type(chosen).__name__}' object has no attribute '__get__'")
            return bound(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# -------- cached_property --------

_NOT_FOUND = object()


class cached_property:
    """Descriptor computing an attribute once per instance, then keeping the result in
    the instance __dict__ so later lookups bypass the descriptor (del resets it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
            return
        if name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        kind = type(instance).__name__
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance "
                            f'to cache {name!r} property.') from None
        found = storage.get(name, _NOT_FOUND)
        if found is not _NOT_FOUND:
            return found
        found = self.func(instance)
        try:
            storage[name] = found
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                            f'support item assignment for caching {name!r} property.') from None
        return found
