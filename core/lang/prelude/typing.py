"""Names for type hints: special forms (Any, Union, Optional, Literal, Final, ClassVar,
Annotated, ...), aliases of the builtin and collection types (List[int], Dict[str, int],
Callable[[int], str], Iterator[int], ...), TypeVar, ParamSpec, Generic and Protocol,
NamedTuple and TypedDict (class and call syntax), NewType, cast, overload, final and the
helpers get_type_hints, get_origin and get_args.

Hints are recorded, never checked. Differences from CPython:
- This interpreter has no metaclasses and no __mro_entries__, so Generic[T] and Protocol[T]
  return the plain Generic/Protocol class (the parameters are picked up by the new class),
  NamedTuple and TypedDict are ordinary base classes (they show up in __mro__), and an
  alias such as List[int] or Box[int] cannot be used as a base class.
- isinstance()/issubclass() do not work with typing names (the origins of the abstract
  collection aliases are empty stand-in classes); runtime_checkable is a no-op.
- The class keyword total=... of TypedDict is only honoured if the interpreter passes class
  keywords to __init_subclass__.
- X | Y gives Union[X, Y] when one side is a typing object; int | None between two plain
  classes is up to the interpreter (not supported by it at the time of writing).
- get_type_hints resolves string annotations with a small parser (names, dotted names,
  subscripts, lists, None, ..., literals and |, which gives a Union), not with eval.
- TypeVar, NewType and the call forms of NamedTuple/TypedDict take __main__ as their module.
- TypeVarTuple, Unpack and the Supports* protocols exist only as names.
"""

import collections

__all__ = [
    'Any', 'Union', 'Optional', 'Literal', 'Final', 'ClassVar', 'Annotated', 'Concatenate',
    'Self', 'Never', 'NoReturn', 'LiteralString', 'TypeAlias', 'TypeGuard', 'Required',
    'NotRequired', 'Unpack', 'TypeVar', 'ParamSpec', 'TypeVarTuple', 'AnyStr', 'Text',
    'Generic', 'Protocol', 'NamedTuple', 'TypedDict', 'NewType', 'ForwardRef',
    'Callable', 'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'Deque', 'DefaultDict',
    'OrderedDict', 'Counter', 'ChainMap', 'Iterable', 'Iterator', 'Generator', 'Reversible',
    'Container', 'Collection', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
    'AbstractSet', 'MutableSet', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
    'Hashable', 'Sized', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
    'AsyncGenerator', 'ContextManager', 'AsyncContextManager', 'ByteString', 'Pattern',
    'Match', 'IO', 'TextIO', 'BinaryIO', 'SupportsInt', 'SupportsFloat', 'SupportsComplex',
    'SupportsBytes', 'SupportsIndex', 'SupportsAbs', 'SupportsRound',
    'cast', 'overload', 'get_overloads', 'clear_overloads', 'final', 'no_type_check',
    'no_type_check_decorator', 'runtime_checkable', 'assert_never', 'assert_type',
    'reveal_type', 'dataclass_transform', 'get_type_hints', 'get_origin', 'get_args',
    'is_typeddict', 'TYPE_CHECKING',
]

TYPE_CHECKING = False
NoneType = type(None)


# -------- shared helpers --------

def _type_repr(obj):
    """How an argument is shown inside X[...]: classes by (module.)qualname."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _convert(arg):
    """None stands for NoneType and a string for a forward reference."""
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_params(args):
    """The type variables found in args, in order of first appearance."""
    found = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec)):
            items = (arg,)
        elif isinstance(arg, list):
            items = _collect_params(arg)
        else:
            items = getattr(arg, '__parameters__', ())
            if isinstance(arg, type):
                items = ()    # a generic class itself is not a parameter holder
        for item in items:
            if item not in found:
                found.append(item)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


def _check_count(alias, given, expected):
    if given != expected:
        which = 'many' if given > expected else 'few'
        raise TypeError(f'Too {which} arguments for {alias}; actual {given}, expected {expected}')


class _Unionable:
    """Gives X | Y (and Y | X) meaning Union[X, Y]."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Unionable):
    """A type hint written as a string, resolved later by get_type_hints."""

    def __init__(self, arg, module=None):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        module = self.__forward_module__
        extra = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(('ForwardRef', self.__forward_arg__))


# -------- special forms --------

class _SpecialForm(_Unionable):
    """A name such as typing.Any or typing.Union: shown as typing.NAME, subscripted
    through a function given at creation, never instantiated."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'{self!r} is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')


class _AnyForm(_SpecialForm):
    def __getitem__(self, params):
        raise TypeError("type 'Any' is not subscriptable")

    def __call__(self, *args, **kwargs):
        raise TypeError('Any cannot be instantiated')


Any = _AnyForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


def _union_getitem(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    members = []
    for param in params:
        param = _convert(param)
        for item in (param.__args__ if isinstance(param, _UnionGenericAlias) else (param,)):
            if item not in members:
                members.append(item)
    if len(members) == 1:
        return members[0]
    return _UnionGenericAlias(Union, tuple(members))


def _optional_getitem(form, params):
    if isinstance(params, tuple):
        raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
    return Union[params, None]


def _single_getitem(form, params):
    # Final[X], ClassVar[X], Required[X], ...: exactly one type
    if isinstance(params, tuple):
        raise TypeError(f'{form!r} accepts only single type. Got {params!r}.')
    return _GenericAlias(form, (_convert(params),), name=form._name)


def _literal_getitem(form, params):
    values = []
    for value in _as_tuple(params):
        for item in (value.__args__ if isinstance(value, _LiteralAlias) else (value,)):
            if not any(type(item) is type(seen) and item == seen for seen in values):
                values.append(item)
    return _LiteralAlias(form, tuple(values), name='Literal')


def _annotated_getitem(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(_convert(params[0]), params[1:])


def _concatenate_getitem(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError('Cannot take a Concatenate of no types.')
    return _GenericAlias(form, tuple(_convert(p) for p in params), name='Concatenate')


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Final = _SpecialForm('Final', _single_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Unpack = _SpecialForm('Unpack', _single_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# -------- subscripted aliases --------

class _GenericAlias(_Unionable):
    """ORIGIN[ARGS]: List[int], Box[str], ClassVar[int], ... name is the typing name
    (shown as typing.NAME) or None to show the origin class itself."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_params(args)
        self._name = name
        self._inst = inst

    def _head(self):
        return 'typing.' + self._name if self._name else _type_repr(self.__origin__)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __repr__(self):
        if not self.__args__:
            return self._head() + '[()]'
        return self._head() + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def __getitem__(self, params):
        # substitute the type variables, in order of first appearance
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        params = tuple(_convert(p) for p in _as_tuple(params))
        _check_count(self, len(params), len(self.__parameters__))
        mapping = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getattr__(self, name):
        # Let e.g. Dict[str, int].fromkeys reach the origin; dunders stay missing.
        if name.startswith('__') or '__origin__' not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and NoneType in args:
            other = args[1] if args[0] is NoneType else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _LiteralAlias(_GenericAlias):
    def __init__(self, origin, args, name=None, inst=True):
        super().__init__(origin, args, name, inst)
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == \
            set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: __origin__ is T, the extras are in __metadata__."""

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {extras}]'

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _CallableAlias(_GenericAlias):
    """Callable[[A, B], R]: __args__ is (A, B, R); Callable[..., R] keeps the Ellipsis."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or _is_param_spec(args[0])):
            return f'typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


def _is_param_spec(arg):
    return isinstance(arg, ParamSpec) or (
        isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


class _SpecialGenericAlias(_Unionable):
    """An unsubscripted alias such as typing.List: subscripting it gives a _GenericAlias
    with the right number of arguments; calling it makes an origin instance (unless the
    origin is a builtin that must be called by its own name)."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    # isinstance(x, typing.Iterable) checks against the origin class.
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return issubclass(cls, self.__origin__)

    def __getitem__(self, params):
        if self._nparams == 0:
            raise TypeError(f'{self!r} is not a generic class')
        params = tuple(_convert(p) for p in _as_tuple(params))
        _check_count(self, len(params), self._nparams)
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        return _GenericAlias.__call__(self, *args, **kwargs)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', False)
        params = tuple(p if p is ... else _convert(p) for p in _as_tuple(params))
        return _GenericAlias(tuple, params, 'Tuple', False)


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            args = tuple(_convert(a) for a in args)
        else:
            args = (args,)    # ..., a ParamSpec or Concatenate[...]
        return _CallableAlias(self.__origin__, args + (_convert(result),), 'Callable')


def _stand_in(name):
    """The class an abstract alias stands for: collections.abc.NAME, or contextlib's."""
    import collections.abc
    import contextlib
    return getattr(contextlib if name.startswith('AbstractA') or name == 'AbstractContextManager'
                   else collections.abc, name)


List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Callable = _CallableSpecial(_stand_in('Callable'), 2, 'Callable', inst=False)
Text = str

# name -> number of parameters; the origin is a collections.abc stand-in
_ABSTRACT = {
    'Hashable': 0, 'Sized': 0, 'Iterable': 1, 'Iterator': 1, 'Reversible': 1,
    'Container': 1, 'Collection': 1, 'Sequence': 1, 'MutableSequence': 1,
    'AbstractSet': 1, 'MutableSet': 1, 'Mapping': 2, 'MutableMapping': 2,
    'MappingView': 1, 'KeysView': 1, 'ItemsView': 2, 'ValuesView': 1,
    'Awaitable': 1, 'Coroutine': 3, 'AsyncIterable': 1, 'AsyncIterator': 1,
    'Generator': 3, 'AsyncGenerator': 2, 'ByteString': 0, 'ContextManager': 1,
    'AsyncContextManager': 1,
}
_ORIGIN_NAMES = {'AbstractSet': 'Set', 'ContextManager': 'AbstractContextManager',
                 'AsyncContextManager': 'AbstractAsyncContextManager'}
for _name, _count in _ABSTRACT.items():
    globals()[_name] = _SpecialGenericAlias(
        _stand_in(_ORIGIN_NAMES.get(_name, _name)), _count, _name, inst=False)
Pattern = _SpecialGenericAlias(type('Pattern', (), {'__module__': 're'}), 1, 'Pattern', False)
Match = _SpecialGenericAlias(type('Match', (), {'__module__': 're'}), 1, 'Match', False)
IO = _SpecialGenericAlias(type('IO', (), {'__module__': 'typing'}), 1, 'IO', False)
del _name, _count


# -------- type variables --------

class TypeVar(_Unionable):
    """A type variable: T = TypeVar('T'), optionally bound=... or constrained to a few
    types. Shown as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__bound__ = None if bound is None else _convert(bound)
        self.__constraints__ = tuple(_convert(c) for c in constraints)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._kind}'


class ParamSpec:
    """The parameters of a callable, for decorators: P = ParamSpec('P'), then
    Callable[P, R] and *args: P.args, **kwargs: P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = None if bound is None else _convert(bound)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.args = _ParamSpecPart(self, 'args')
        self.kwargs = _ParamSpecPart(self, 'kwargs')

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    """A variadic type variable (only its name is kept)."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


try:
    AnyStr = TypeVar('AnyStr', bytes, str)
except NameError:    # no bytes type in this interpreter
    AnyStr = TypeVar('AnyStr', type('bytes', (), {'__module__': 'builtins'}), str)


# -------- Generic and Protocol --------

# Generic[T, ...] cannot hand its parameters to the class being defined (no
# __mro_entries__), so it parks them here and the class's __init_subclass__ takes them.
_pending_params = []


def _generic_class_getitem(cls, params, base):
    params = tuple(_convert(p) for p in _as_tuple(params))
    if cls is base:
        if not params:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        for param in params:
            if not isinstance(param, (TypeVar, ParamSpec, TypeVarTuple)):
                raise TypeError(f'Parameters to {cls.__qualname__}[...] must all be type '
                                'variables or parameter specification variables.')
        _pending_params.append(params)
        return cls
    expected = cls.__dict__.get('__parameters__', ())
    if not expected:
        raise TypeError(f'{cls} is not a generic class')
    _check_count(cls, len(params), len(expected))
    return _GenericAlias(cls, params)


class Generic:
    """Base class of user generic classes: class Box(Generic[T]). Box[int] is an alias
    whose calls make Box instances (with __orig_class__ set)."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params, Generic)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        protocol = globals().get('Protocol')    # None while Protocol itself is defined
        direct = Generic in cls.__bases__ or protocol in cls.__bases__
        cls.__parameters__ = _pending_params.pop() if direct and _pending_params else ()
        if cls.__parameters__:
            cls.__orig_bases__ = tuple(
                _GenericAlias(base, cls.__parameters__, base.__name__)
                if base is Generic or base is protocol else base for base in cls.__bases__)
        cls._is_protocol = protocol is not None and protocol in cls.__bases__


class Protocol(Generic):
    """Base class of structural interfaces. Here it is a plain base class: isinstance
    checks are nominal (runtime_checkable changes nothing)."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params, Protocol)


def runtime_checkable(cls):
    """Accepted for compatibility; structural isinstance checks are not supported."""
    return cls


# The Supports* protocols: one method each, nothing checked.
for _name, _method in (('SupportsInt', '__int__'), ('SupportsFloat', '__float__'),
                       ('SupportsComplex', '__complex__'), ('SupportsBytes', '__bytes__'),
                       ('SupportsIndex', '__index__'), ('SupportsAbs', '__abs__'),
                       ('SupportsRound', '__round__')):
    globals()[_name] = type(_name, (Protocol,), {'__module__': 'typing', '__slots__': (),
                                                 _method: lambda self, *args: None})
del _name, _method


# stand-ins for the stream types
TextIO = type('TextIO', (), {'__module__': 'typing'})
BinaryIO = type('BinaryIO', (), {'__module__': 'typing'})


# -------- NamedTuple --------

_NT_PROTECTED = ('__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                 '_field_defaults', '_make', '_replace', '_asdict', '_source')


class NamedTuple(tuple):
    """class P(NamedTuple): x: int; y: int = 0 makes P a named tuple class (fields from
    the annotations, defaults from the assigned values). NamedTuple('P', [('x', int)])
    does the same by call."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls)
        if fields is None:
            fields = list(kwargs.items())
        return type(typename, (NamedTuple,), {'__annotations__': dict(fields),
                                              '__module__': '__main__'})

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        if NamedTuple not in cls.__bases__:
            return    # a subclass of a named tuple class: nothing to build
        own = cls.__dict__
        fields = list(own.get('__annotations__', {}))
        defaults = []
        for name in fields:
            if name in own:
                defaults.append(own[name])
            elif defaults:
                given = fields[fields.index(name) - len(defaults):fields.index(name)]
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(given) > 1 else ''} {', '.join(given)}")
        for name in own:
            if name in _NT_PROTECTED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + name)
        made = collections.namedtuple(cls.__name__, fields, defaults=defaults,
                                      module=cls.__module__)
        for key, value in list(vars(made).items()):
            if key in ('__dict__', '__weakref__', '__doc__', '__module__', '__qualname__',
                       '__setattr__', '__delattr__'):
                continue
            if key in fields or key not in own:
                setattr(cls, key, value)
        if own.get('__doc__') is None:
            cls.__doc__ = made.__doc__
        field_set = frozenset(fields)

        # Instances refuse new attributes, as CPython's slot-only named tuples do.
        def __setattr__(self, name, value):
            if name in field_set:
                raise AttributeError("can't set attribute")
            if type(self) is cls or '__slots__' in type(self).__dict__:
                raise AttributeError(f"'{type(self).__name__}' object has no attribute "
                                     f"'{name}'")
            object.__setattr__(self, name, value)

        cls.__setattr__ = __setattr__


# -------- TypedDict --------

class TypedDict(dict):
    """class Movie(TypedDict): title: str records the expected keys; Movie(title='x')
    returns a plain dict. TypedDict('Movie', {'title': str}) does the same by call."""

    def __new__(cls, *args, **kwargs):
        if cls is not TypedDict:
            return dict(*args, **kwargs)
        typename, fields = args[0], (args[1] if len(args) > 1 else {})
        made = type(typename, (TypedDict,), {'__annotations__': dict(fields),
                                             '__module__': '__main__'})
        if not kwargs.get('total', True):
            _typeddict_setup(made, False)
        return made

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__()
        _typeddict_setup(cls, total)


def _typeddict_setup(cls, total):
    hints = {}
    required = set()
    optional = set()
    for base in cls.__bases__:
        if base is not TypedDict and issubclass(base, TypedDict):
            hints.update(base.__annotations__)
            required.update(base.__required_keys__)
            optional.update(base.__optional_keys__)
    for key, hint in cls.__dict__.get('__annotations__', {}).items():
        hints[key] = ForwardRef(hint, cls.__module__) if isinstance(hint, str) else _convert(hint)
        origin = getattr(hint, '__origin__', None)
        is_required = total
        if origin is Required:
            is_required = True
        elif origin is NotRequired:
            is_required = False
        (required if is_required else optional).add(key)
        (optional if is_required else required).discard(key)
    cls.__annotations__ = hints
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = total


def is_typeddict(tp):
    """True for a class made with TypedDict."""
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


# -------- NewType and small helpers --------

class NewType(_Unionable):
    """UserId = NewType('UserId', int): a distinct name for checkers; calling it returns
    its argument unchanged."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = '__main__'
        self.__supertype__ = tp

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, value):
        return value


def cast(typ, val):
    """Return val unchanged (tells a checker val has type typ)."""
    return val


_overloads = {}


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    """Record func as one signature of an overloaded function; the returned stand-in
    raises if called. The undecorated definition that follows is the real one."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func's name."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overloads.get(key, []))


def clear_overloads():
    _overloads.clear()


def final(f):
    """Mark a method or class as final (sets __final__ when possible)."""
    try:
        f.__final__ = True
    except Exception:
        pass
    return f


def no_type_check(arg):
    """Mark arg as not to be type checked."""
    try:
        arg.__no_type_check__ = True
    except Exception:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(obj):
        obj.__dataclass_transform__ = kwargs
        return obj
    return decorator


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def assert_type(val, typ):
    return val


def reveal_type(obj):
    """Print the runtime type of obj to stderr and return obj."""
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


# -------- introspection --------

def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for Optional[X], ...;
    None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted form; Callable[[A], R] gives ([A], R)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if len(args) == 2 and (args[0] is ... or _is_param_spec(args[0])):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (merged along the MRO),
    with None turned into NoneType and string annotations resolved."""
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            module = sys.modules.get(base.__module__)
            names = globalns if globalns is not None else getattr(module, '__dict__', {})
            local = dict(base.__dict__) if localns is None else localns
            for key, value in ann.items():
                hints[key] = _resolve(value, names, local)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        names = globalns
        if names is None:
            names = getattr(obj, '__globals__', None)
        if names is None:
            names = getattr(obj, '__dict__', {})
        hints = {key: _resolve(value, names, localns or {}) for key, value in ann.items()}
    if not include_extras:
        hints = {key: _strip_extras(value) for key, value in hints.items()}
    return hints


def _strip_extras(tp):
    if isinstance(tp, _AnnotatedAlias):
        return _strip_extras(tp.__origin__)
    if isinstance(tp, _GenericAlias) and tp.__args__:
        args = tuple(_strip_extras(a) for a in tp.__args__)
        if args != tp.__args__:
            return tp.copy_with(args)
    return tp


def _resolve(value, names, local):
    if value is None:
        return NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _resolve(_HintParser(value.__forward_arg__, names, local).parse(), names, local)
    if isinstance(value, _GenericAlias) and value.__args__ and \
            not isinstance(value, _LiteralAlias):
        args = tuple(arg if arg is ... else _resolve(arg, names, local)
                     for arg in value.__args__)
        if args != value.__args__:
            return value.copy_with(args)
    return value


def _tokenize(text):
    """Split a string annotation into names/numbers, ('str', text) pairs, '...' and
    single punctuation characters."""
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        j = i + 1
        if text.startswith('...', i):
            j = i + 3
            tokens.append('...')
        elif ch in '\'"':
            j = text.find(ch, i + 1) + 1
            if not j:
                raise SyntaxError(f'Forward reference must be an expression -- got {text!r}')
            tokens.append(('str', text[i + 1:j - 1]))
        elif ch.isalnum() or ch == '_':
            while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                j += 1
            tokens.append(text[i:j])
        elif ch in '[](),|.':
            tokens.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f'Forward reference must be an expression -- got {text!r}')
        i = j
    return tokens + [None]


_CONSTANTS = {'None': None, 'True': True, 'False': False, '...': ...}


class _HintParser:
    """Evaluates the small expression language of string annotations: names, dotted
    names, X[...], [a, b], None, ..., numbers, quoted strings and a | b."""

    def __init__(self, text, names, local):
        self.text = text
        self.scopes = (local, names)

    def parse(self):
        # A first pass only checks the syntax (as CPython compiles before evaluating).
        for self.checking in (True, False):
            self.tokens = _tokenize(self.text)
            self.pos = 0
            result = self.union()
            if self.tokens[self.pos] is not None:
                self.fail()
        return result

    def fail(self):
        raise SyntaxError(f'Forward reference must be an expression -- got {self.text!r}')

    def take(self):
        self.pos += 1
        return self.tokens[self.pos - 1]

    def union(self):
        items = [self.primary()]
        while self.tokens[self.pos] == '|':
            self.take()
            items.append(self.primary())
        return items[0] if len(items) == 1 else Union[tuple(items)]

    def primary(self):
        token = self.take()
        if token in ('[', '('):
            items = self.items(']' if token == '[' else ')')
            return None if self.checking else items if token == '[' else tuple(items)
        if isinstance(token, tuple):
            value = token[1]
        elif token in _CONSTANTS:
            value = _CONSTANTS[token]
        elif token is None or not (token[0].isalnum() or token[0] == '_'):
            self.fail()
        elif token[0].isdigit():
            value = int(token)
        else:
            value = None if self.checking else self.lookup(token)
        while self.tokens[self.pos] in ('.', '['):
            if self.take() == '.':
                name = self.take()
                if self.checking:
                    if name is None or not (name[0].isalpha() or name[0] == '_'):
                        self.fail()
                else:
                    value = getattr(value, name)
            else:
                args = self.items(']')
                if not self.checking:
                    value = value[args[0] if len(args) == 1 else tuple(args)]
        return value

    def items(self, closer):
        values = []
        while self.tokens[self.pos] != closer:
            values.append(self.union())
            if self.tokens[self.pos] == ',':
                self.take()
            elif self.tokens[self.pos] != closer:
                self.fail()
        self.take()
        return values

    def lookup(self, name):
        for scope in self.scopes:
            if name in scope:
                return scope[name]
        for builtin in (int, float, str, bool, list, dict, set, frozenset, tuple,
                        type, object, range, slice, BaseException, Exception):
            if builtin.__name__ == name:
                return builtin
        raise NameError(f"name '{name}' is not defined")
