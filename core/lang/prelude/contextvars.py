"""contextvars: context variables, values that follow the flow of a program rather than its
threads: each thread has a current Context (a mapping from ContextVar to value), each asyncio
Task runs its steps in a copy of the context it was created in, and Context.run() runs a call
in a given context.

A Context's mapping is never changed in place: ContextVar.set() gives the current context a new
dict, so copy_context() can share the old one. The current context of each thread lives in the
interpreter's thread state (_thread._get_context/_set_context); a new thread starts with an
empty one, as in CPython 3.11.
"""

from _thread import _get_context, _set_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()

# asyncio copies contexts only once the program has made a ContextVar (before that, every
# context is empty and a copy would change nothing): what to call then (see ContextVar()).
_in_use = False
_first_use_hooks = []


def _current():
    ctx = _get_context()
    if ctx is None:
        ctx = Context()
        _set_context(ctx)
    return ctx


def _address(obj):
    return f'0x{id(obj):x}'


def _no_subclass(cls):
    raise TypeError(f"type '_contextvars.{cls.__mro__[1].__name__}' is not an acceptable base type")


def _check_key(var):
    if type(var) is not ContextVar:
        raise TypeError(f'a ContextVar key was expected, got {var!r}')


class Context:
    """A mapping from ContextVar to value, and what Context.run() makes current."""
    __module__ = '_contextvars'
    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        _no_subclass(cls)

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        outer = _get_context()
        self._entered = True
        _set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _set_context(outer)
            self._entered = False

    def copy(self):
        twin = Context()
        twin._data = self._data
        return twin

    def __getitem__(self, var):
        _check_key(var)
        return self._data[var]

    def get(self, var, default=None):
        _check_key(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class Token:
    """What ContextVar.set() returns: ContextVar.reset(token) restores the value before it."""
    __module__ = '_contextvars'
    __slots__ = ('_ctx', '_var', '_old', '_used')

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __init_subclass__(cls, **kwargs):
        _no_subclass(cls)

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {_address(self)}>'

    def __class_getitem__(cls, item):
        return _alias(cls, item)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _Missing()


def _new_token(ctx, var, old):
    token = object.__new__(Token)
    token._ctx, token._var, token._old, token._used = ctx, var, old, False
    return token


def _alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class ContextVar:
    """A variable whose value is looked up in the current Context."""
    __module__ = '_contextvars'
    __slots__ = ('_name', '_default')

    def __init__(self, *args, default=_NO_DEFAULT):
        global _in_use
        if len(args) != 1:
            raise TypeError(f'ContextVar() takes exactly 1 positional argument ({len(args)} given)')
        if type(args[0]) is not str:
            raise TypeError('context variable name must be a str')
        self._name = args[0]
        self._default = default
        if not _in_use:
            _in_use = True
            while _first_use_hooks:
                _first_use_hooks.pop(0)()

    def __init_subclass__(cls, **kwargs):
        _no_subclass(cls)

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        ctx = _get_context()
        if ctx is not None:
            data = ctx._data
            if self in data:
                return data[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return _new_token(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {_address(self)}>'

    def __class_getitem__(cls, item):
        return _alias(cls, item)


def copy_context():
    """A new Context holding what the current one holds."""
    return _current().copy()
