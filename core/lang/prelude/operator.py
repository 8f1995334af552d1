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


# Comparison operations

def lt(a, b):
    """Return the value of `a < b`."""
    return a < b

def le(a, b):
    """Return the value of `a <= b`."""
    return a <= b

def eq(a, b):
    """Return the value of `a == b`."""
    return a == b

def ne(a, b):
    """Return the value of `a != b`."""
    return a != b

def ge(a, b):
    """Return the value of `a >= b`."""
    return a >= b

def gt(a, b):
    """Return the value of `a > b`."""
    return a > b


# Logical operations

def not_(a):
    """Return the value of `not a`."""
    return not a

def truth(a):
    """Return the bool value of a (True when a is truthy)."""
    return True if a else False

def is_(a, b):
    """Return the value of `a is b`."""
    return a is b

def is_not(a, b):
    """Return the value of `a is not b`."""
    return a is not b


# Mathematical and bitwise operations

def abs(a):
    """Return the value of `abs(a)`."""
    return _abs(a)

def add(a, b):
    """Return the value of `a + b`."""
    return a + b

def and_(a, b):
    """Return the value of `a & b`."""
    return a & b

def floordiv(a, b):
    """Return the value of `a // b`."""
    return a // b

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

def lshift(a, b):
    """Return the value of `a << b`."""
    return a << b

def mod(a, b):
    """Return the value of `a % b`."""
    return a % b

def mul(a, b):
    """Return the value of `a * b`."""
    return a * b

def matmul(a, b):
    """Return the value of `a @ b`."""
    return a @ b

def neg(a):
    """Return the value of `-a`."""
    return -a

def or_(a, b):
    """Return the value of `a | b`."""
    return a | b

def pos(a):
    """Return the value of `+a`."""
    return +a

def pow(a, b):
    """Return the value of `a ** b`."""
    return a ** b

def rshift(a, b):
    """Return the value of `a >> b`."""
    return a >> b

def sub(a, b):
    """Return the value of `a - b`."""
    return a - b

def truediv(a, b):
    """Return the value of `a / b`."""
    return a / b

def xor(a, b):
    """Return the value of `a ^ b`."""
    return a ^ b


# Sequence operations

def concat(a, b):
    """Concatenate the sequences a and b (a + b)."""
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b):
    """Return the result of `b in a`: a is the container, b the item."""
    return b in a

def countOf(a, b):
    """Count the items of a that are identical or equal to b."""
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count

def delitem(a, b):
    """Perform `del a[b]`; returns None."""
    del a[b]

def getitem(a, b):
    """Return the value of `a[b]`."""
    return a[b]

def indexOf(a, b):
    """Return the position of the first item of a that is identical or equal to b."""
    i = 0
    for j in a:
        if j is b or j == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    """Perform `a[b] = c`; returns None."""
    a[b] = c

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


# Other operations

def call(obj, /, *args, **kwargs):
    """Return the value of `obj(*args, **kwargs)`."""
    return obj(*args, **kwargs)


# Generalized lookup objects

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
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(map(repr, self._attrs)))

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
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(map(repr, self._items)))

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
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(['%s=%r' % (k, v) for k, v in self._kwargs.items()])
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(args))


# In-place operations

def iadd(a, b):
    """In-place operator: run `a += b` and return the resulting a."""
    a += b
    return a

def iand(a, b):
    """In-place operator: run `a &= b` and return the resulting a."""
    a &= b
    return a

def iconcat(a, b):
    """In-place operator: run `a += b` and return the resulting a. Both must be sequences."""
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b):
    """In-place operator: run `a //= b` and return the resulting a."""
    a //= b
    return a

def ilshift(a, b):
    """In-place operator: run `a <<= b` and return the resulting a."""
    a <<= b
    return a

def imod(a, b):
    """In-place operator: run `a %= b` and return the resulting a."""
    a %= b
    return a

def imul(a, b):
    """In-place operator: run `a *= b` and return the resulting a."""
    a *= b
    return a

def imatmul(a, b):
    """In-place operator: run `a @= b` and return the resulting a."""
    a @= b
    return a

def ior(a, b):
    """In-place operator: run `a |= b` and return the resulting a."""
    a |= b
    return a

def ipow(a, b):
    """In-place operator: run `a **= b` and return the resulting a."""
    a **= b
    return a

def irshift(a, b):
    """In-place operator: run `a >>= b` and return the resulting a."""
    a >>= b
    return a

def isub(a, b):
    """In-place operator: run `a -= b` and return the resulting a."""
    a -= b
    return a

def itruediv(a, b):
    """In-place operator: run `a /= b` and return the resulting a."""
    a /= b
    return a

def ixor(a, b):
    """In-place operator: run `a ^= b` and return the resulting a."""
    a ^= b
    return a


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
