"""Python's operators as plain functions.

Each operator has a function named like its special method, both with and
without the surrounding double underscores (add and __add__ for a + b), plus
the in-place variants (iadd, ...) and the attrgetter, itemgetter and
methodcaller helper classes.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


# ---- one operand ----------------------------------------------------------

def abs(a):
    """Return the value of `abs(a)`."""
    return _abs(a)

def index(a):
    """Return the value of `a.__index__()`."""
    if isinstance(a, int):
        return int(a) if type(a) is not int else a
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result

def inv(a):
    """Return the value of `~a`."""
    return ~a

invert = inv

def neg(a):
    """Return the value of `-a`."""
    return -a

def not_(a):
    """Return the value of `not a`."""
    return not a

def pos(a):
    """Return the value of `+a`."""
    return +a

def truth(a):
    """Return the bool value of a (True when a is truthy)."""
    return True if a else False


# ---- two operands: arithmetic and bitwise ----------------------------------

def add(a, b):
    """Return the value of `a + b`."""
    return a + b

def sub(a, b):
    """Return the value of `a - b`."""
    return a - b

def mul(a, b):
    """Return the value of `a * b`."""
    return a * b

def matmul(a, b):
    """Return the value of `a @ b`."""
    return a @ b

def truediv(a, b):
    """Return the value of `a / b`."""
    return a / b

def floordiv(a, b):
    """Return the value of `a // b`."""
    return a // b

def mod(a, b):
    """Return the value of `a % b`."""
    return a % b

def pow(a, b):
    """Return the value of `a ** b`."""
    return a ** b

def lshift(a, b):
    """Return the value of `a << b`."""
    return a << b

def rshift(a, b):
    """Return the value of `a >> b`."""
    return a >> b

def and_(a, b):
    """Return the value of `a & b`."""
    return a & b

def or_(a, b):
    """Return the value of `a | b`."""
    return a | b

def xor(a, b):
    """Return the value of `a ^ b`."""
    return a ^ b


# ---- two operands: comparison and identity ----------------------------------

def eq(a, b):
    """Return the value of `a == b`."""
    return a == b

def ne(a, b):
    """Return the value of `a != b`."""
    return a != b

def lt(a, b):
    """Return the value of `a < b`."""
    return a < b

def le(a, b):
    """Return the value of `a <= b`."""
    return a <= b

def gt(a, b):
    """Return the value of `a > b`."""
    return a > b

def ge(a, b):
    """Return the value of `a >= b`."""
    return a >= b

def is_(a, b):
    """Return the value of `a is b`."""
    return a is b

def is_not(a, b):
    """Return the value of `a is not b`."""
    return a is not b


# ---- augmented assignment (a op= b, returning the new a) --------------------

def iadd(a, b):
    """In-place operator: run `a += b` and return the resulting a."""
    a += b
    return a

def isub(a, b):
    """In-place operator: run `a -= b` and return the resulting a."""
    a -= b
    return a

def imul(a, b):
    """In-place operator: run `a *= b` and return the resulting a."""
    a *= b
    return a

def imatmul(a, b):
    """In-place operator: run `a @= b` and return the resulting a."""
    a @= b
    return a

def itruediv(a, b):
    """In-place operator: run `a /= b` and return the resulting a."""
    a /= b
    return a

def ifloordiv(a, b):
    """In-place operator: run `a //= b` and return the resulting a."""
    a //= b
    return a

def imod(a, b):
    """In-place operator: run `a %= b` and return the resulting a."""
    a %= b
    return a

def ipow(a, b):
    """In-place operator: run `a **= b` and return the resulting a."""
    a **= b
    return a

def ilshift(a, b):
    """In-place operator: run `a <<= b` and return the resulting a."""
    a <<= b
    return a

def irshift(a, b):
    """In-place operator: run `a >>= b` and return the resulting a."""
    a >>= b
    return a

def iand(a, b):
    """In-place operator: run `a &= b` and return the resulting a."""
    a &= b
    return a

def ior(a, b):
    """In-place operator: run `a |= b` and return the resulting a."""
    a |= b
    return a

def ixor(a, b):
    """In-place operator: run `a ^= b` and return the resulting a."""
    a ^= b
    return a

def iconcat(a, b):
    """In-place operator: run `a += b` and return the resulting a. Both must be sequences."""
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


# ---- containers and calls -----------------------------------------------------

def concat(a, b):
    """Concatenate the sequences a and b (a + b)."""
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b):
    """Return the result of `b in a`: a is the container, b the item."""
    return b in a

def getitem(a, b):
    """Return the value of `a[b]`."""
    return a[b]

def setitem(a, b, c):
    """Perform `a[b] = c`; returns None."""
    a[b] = c

def delitem(a, b):
    """Perform `del a[b]`; returns None."""
    del a[b]

def _iterate(a):
    # iter(a), failing with the wording CPython's countOf/indexOf use
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None

def countOf(a, b):
    """Count the items of a that are identical or equal to b."""
    return sum([1 for item in _iterate(a) if item is b or item == b])

def indexOf(a, b):
    """Return the position of the first item of a that is identical or equal to b."""
    for position, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')

def length_hint(obj, default=0):
    """Guess how many items obj holds: len(obj) if defined, else __length_hint__, else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val

def call(obj, /, *args, **kwargs):
    """Return the value of `obj(*args, **kwargs)`."""
    return obj(*args, **kwargs)


# ---- the dunder spellings ----------------------------------------------------

def _add_dunder_aliases():
    # Every operator except the identity/truth tests, countOf, indexOf and
    # length_hint is also published as __name__ (any trailing "_" dropped).
    namespace = globals()
    plain = ('abs index inv invert neg not_ pos '
             'add sub mul matmul truediv floordiv mod pow lshift rshift and_ or_ xor '
             'eq ne lt le gt ge '
             'iadd isub imul imatmul itruediv ifloordiv imod ipow ilshift irshift '
             'iand ior ixor iconcat '
             'concat contains getitem setitem delitem call')
    for name in plain.split():
        namespace['__' + name.rstrip('_') + '__'] = namespace[name]

_add_dunder_aliases()
del _add_dunder_aliases


# ---- getter objects --------------------------------------------------------------

_repr_active = set()

def _getter_repr(obj, describe):
    # "operator.<class>(<arguments>)", where describe() lists the argument
    # texts; an object met again while its own repr is being built shows as
    # "operator.<class>(...)".
    key = id(obj)
    if key in _repr_active:
        inside = '...'
    else:
        _repr_active.add(key)
        try:
            inside = ', '.join(describe())
        finally:
            _repr_active.discard(key)
    return 'operator.%s(%s)' % (type(obj).__name__, inside)

def _resolve_attr(obj, names):
    for name in names:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """Callable that looks up one or more attributes on the object it is called with.

    attrgetter('x')(o) gives o.x; attrgetter('x', 'y')(o) gives the tuple
    (o.x, o.y); a dotted name such as 'x.y' follows the chain, giving o.x.y.
    """

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        attr = attrs[0]
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple([a.split('.') for a in attrs])
        self._single = len(attrs) == 1
        self._simple = self._single and '.' not in attr

    def __call__(self, obj):
        if self._simple:
            return getattr(obj, self._attrs[0])
        if self._single:
            return _resolve_attr(obj, self._paths[0])
        return tuple([_resolve_attr(obj, p) for p in self._paths])

    def __repr__(self):
        return _getter_repr(self, lambda: [repr(a) for a in self._attrs])

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Callable that subscripts the object it is called with.

    itemgetter(k)(o) gives o[k]; itemgetter(j, k)(o) gives the tuple (o[j], o[k]).
    """

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]

    def __call__(self, obj):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return _getter_repr(self, lambda: [repr(i) for i in self._items])

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Callable that invokes a named method on the object it is called with.

    methodcaller('m', 1, key=2)(o) gives o.m(1, key=2).
    """

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name = args[0], args[1]
        args = args[2:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        def describe():
            texts = [repr(self._name)] + [repr(a) for a in self._args]
            for key, value in self._kwargs.items():
                texts.append(key + '=' + repr(value))
            return texts
        return _getter_repr(self, describe)
