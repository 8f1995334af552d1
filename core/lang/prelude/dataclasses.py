"""Data classes: the @dataclass decorator, field(), fields(), asdict(), astuple(), replace()."""

# CPython generates the methods of a dataclass as source text and exec()s it. This version
# builds them from closures over the field lists instead; __init__ takes *args/**kwargs and
# binds them itself, with the error messages a generated def would give.

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # module-level helpers
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


# Assigning to or deleting a field of a frozen dataclass instance raises this.
class FrozenInstanceError(AttributeError): pass


# Stored as a Field default to mean "call default_factory".
class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


# Default for optional arguments, so None stays an ordinary value.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


# Annotating a pseudo-field with KW_ONLY makes the fields after it keyword-only.
class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _MappingProxy:
    """A read-only view of a dict (types.MappingProxyType)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_EMPTY_METADATA = _MappingProxy({})


# Values of Field._field_type: a real field, a ClassVar or an InitVar.
class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _recursive_repr(user_function):
    # Wrap __repr__ so a dataclass that contains itself prints "..." instead of recursing.
    repr_running = set()

    def wrapper(self):
        key = id(self)
        if key in repr_running:
            return '...'
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result
    wrapper.__name__ = user_function.__name__
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            # e.g. typing generics such as List[int]
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    # Attribute names shown by repr(), in display order.
    _SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
              'hash', 'compare', 'metadata', 'kw_only')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        # name, type and the field kind are only known once _get_field()
        # sees the annotation.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.kw_only = kw_only
        # metadata is exposed read-only; no mapping at all shares one empty proxy
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _MappingProxy(metadata)

    @_recursive_repr
    def __repr__(self):
        parts = ['%s=%r' % (attr, getattr(self, attr)) for attr in self._SHOWN]
        # the kind marker is shown through str(), i.e. its bare name
        parts.append('_field_type=%s' % (self._field_type,))
        return 'Field(%s)' % ','.join(parts)

    # Calls __set_name__ on a descriptor used as a field's default.
    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    # The decorator arguments recorded on the class, in repr() order.
    _OPTIONS = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        values = (init, repr, eq, order, unsafe_hash, frozen)
        for option, value in zip(self._OPTIONS, values):
            setattr(self, option, value)

    def __repr__(self):
        shown = ','.join(['%s=%r' % (option, getattr(self, option))
                          for option in self._OPTIONS])
        return '_DataclassParams(' + shown + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one dataclass field; assign the result as the field's default in the class body.

    default or default_factory (a no-argument callable run for each new
    instance) gives the default value; passing both is a ValueError.
    init, repr, hash and compare choose whether the field is an __init__
    parameter, is shown by __repr__, is hashed, and takes part in
    comparisons (hash=None means: follow compare). metadata is any mapping,
    kept read-only and otherwise unused. kw_only makes the parameter
    keyword-only.
    """
    supplied = [d for d in (default, default_factory) if d is not MISSING]
    if len(supplied) == 2:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    # Split into (positional, keyword-only) in __init__ parameter order.
    return (tuple([f for f in fields if f.init and not f.kw_only]),
            tuple([f for f in fields if f.init and f.kw_only]))


# ---- argument binding for the generated __init__ -------------------------------------------

_UNSET = object()


def _quoted_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _bind(qualname, pos_names, kw_names, index_of, defaults, ndefaults, args, kwargs):
    """Binds a call's arguments to `def f(self, *pos_names, *, kw_names)` with `defaults`
    (name -> value), as CPython does, including its error messages. Returns the values in
    the order pos_names + kw_names."""
    npos = len(pos_names)
    nargs = len(args)
    values = list(args[:npos])
    values.extend([_UNSET] * (npos + len(kw_names) - len(values)))
    for key in kwargs:
        i = index_of.get(key)
        if i is None:
            if type(key) is not str:
                raise TypeError('keywords must be strings')
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
        if values[i] is not _UNSET:
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
        values[i] = kwargs[key]
    if nargs > npos:
        co_argcount = npos + 1
        if ndefaults:
            sig = 'from %d to %d' % (co_argcount - ndefaults, co_argcount)
            plural = True
        else:
            sig = '%d' % co_argcount
            plural = co_argcount != 1
        given = nargs + 1
        kwonly_given = 0
        for i in range(npos, len(values)):
            if values[i] is not _UNSET:
                kwonly_given += 1
        if kwonly_given:
            kwonly_sig = (' positional argument%s (and %d keyword-only argument%s)'
                          % ('s' if given != 1 else '', kwonly_given,
                             's' if kwonly_given != 1 else ''))
        else:
            kwonly_sig = ''
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                        % (qualname, sig, 's' if plural else '', given, kwonly_sig,
                           'was' if given == 1 and not kwonly_given else 'were'))
    for kind, start, stop in (('positional', 0, npos), ('keyword-only', npos, len(values))):
        missing = []
        for i in range(start, stop):
            if values[i] is _UNSET:
                name = pos_names[i] if i < npos else kw_names[i - npos]
                if name in defaults:
                    values[i] = defaults[name]
                else:
                    missing.append(name)
        if missing:
            raise TypeError('%s() missing %d required %s argument%s: %s'
                            % (qualname, len(missing), kind,
                               's' if len(missing) != 1 else '', _quoted_list(missing)))
    return values


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    # A positional parameter without a default may not come after one with a
    # default: report it here with a clear message.
    seen_default = False
    for f in std_fields:
        # keyword-only fields are exempt
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')

    pos_names = tuple([f.name for f in std_fields])
    kw_names = tuple([f.name for f in kw_only_fields])
    index_of = {}
    for i, name in enumerate(pos_names + kw_names):
        index_of[name] = i
    defaults = {}
    ndefaults = 0
    for f in std_fields + kw_only_fields:
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _HAS_DEFAULT_FACTORY
        else:
            continue
        if not f.kw_only:
            ndefaults += 1
    # What __init__ does for each field, in field order: (name, index of the argument or
    # None, default factory or None). Fields with init=False and no factory are left alone.
    plan = []
    initvar_indices = []
    for f in fields:
        factory = f.default_factory if f.default_factory is not MISSING else None
        if f.init:
            idx = index_of[f.name]
            if f._field_type is _FIELD_INITVAR:
                initvar_indices.append(idx)
                continue
            plan.append((f.name, idx, factory))
        elif factory is not None:
            if f._field_type is _FIELD_INITVAR:
                continue
            plan.append((f.name, None, factory))
    plan = tuple(plan)
    npos = len(pos_names)
    simple = not kw_names
    qualname = cls.__qualname__ + '.__init__'
    setter = object.__setattr__ if frozen else setattr

    def __init__(__dataclass_self__, /, *args, **kwargs):
        self = __dataclass_self__
        if simple and not kwargs and len(args) == npos:
            values = args
        else:
            values = _bind(qualname, pos_names, kw_names, index_of, defaults, ndefaults,
                           args, kwargs)
        for name, idx, factory in plan:
            if idx is None:
                value = factory()
            else:
                value = values[idx]
                if factory is not None and value is _HAS_DEFAULT_FACTORY:
                    value = factory()
            setter(self, name, value)
        if has_post_init:
            if initvar_indices:
                self.__post_init__(*[values[i] for i in initvar_indices])
            else:
                self.__post_init__()

    return __init__


def _repr_fn(fields):
    names = tuple([f.name for f in fields])

    def __repr__(self):
        return (self.__class__.__qualname__ + '(' +
                ', '.join(['%s=%r' % (name, getattr(self, name)) for name in names]) + ')')
    return _recursive_repr(__repr__)


def _frozen_get_del_attr(cls, fields):
    field_names = tuple([f.name for f in fields])

    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _cmp_fn(name, op, fields):
    names = tuple([f.name for f in fields])

    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == '==':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op == '<':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op == '<=':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op == '>':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    fn.__name__ = name
    return fn


def _hash_fn(fields):
    names = tuple([f.name for f in fields])

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _annotation_name(a_type):
    """The name a string annotation refers to, without a module prefix ('typing.ClassVar[int]'
    -> 'ClassVar')."""
    s = a_type.strip()
    end = 0
    while end < len(s) and (s[end].isalnum() or s[end] == '_' or s[end] == '.'):
        end += 1
    s = s[:end]
    if '.' in s:
        s = s.rsplit('.', 1)[1]
    return s


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return _annotation_name(a_type) == 'ClassVar'
    if isinstance(a_type, type):
        return False
    r = repr(a_type)
    return r == 'typing.ClassVar' or r.startswith('typing.ClassVar[')


def _is_initvar(a_type):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    return isinstance(a_type, str) and _annotation_name(a_type) == 'InitVar'


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    return isinstance(a_type, str) and _annotation_name(a_type) == 'KW_ONLY'


def _is_mutable_default(value):
    t = type(value)
    if t is list or t is dict or t is set:
        return True
    return getattr(t, '__hash__', None) is None


def _get_field(cls, a_name, a_type, default_kw_only):
    # Build the Field for one annotated name, working out whether it is a real
    # field, a ClassVar or an InitVar. default_kw_only applies when no field()
    # call set kw_only.

    # A bare default value gets wrapped in a fresh Field.
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)

    # name and type are known only now
    f.name = a_name
    f.type = a_type

    # Start as a regular field; ClassVar / InitVar annotations change that below.
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    # ClassVar and InitVar fields cannot use default_factory.
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')

    # kw_only: inherit the class-level setting unless field() gave one.
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        # fields and InitVars fall back to the decorator's kw_only
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        # a ClassVar cannot be keyword-only
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')

    # list, dict, set (anything unhashable) as a plain default is refused:
    # it would be shared by all instances.
    if f._field_type is _FIELD and f.default is not MISSING and _is_mutable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')

    return f


def _a_function():
    pass


_FunctionType = type(_a_function)


def _set_qualname(cls, value):
    # Give a generated method the qualified name ClassName.method.
    if type(value) is _FunctionType:
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    # Set name on cls only when cls does not define it itself; return True
    # when it was already there.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds))


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ '
                    f'in class {cls.__name__}')


def _hash_rule(unsafe_hash, eq, frozen, explicit_hash):
    # The documented __hash__ policy:
    #  * unsafe_hash=True always generates __hash__, and refuses to replace
    #    one written in the class body;
    #  * otherwise a __hash__ written in the class body is left alone;
    #  * otherwise eq=True with frozen=True generates __hash__, eq=True alone
    #    makes instances unhashable, and eq=False inherits the base's.
    if unsafe_hash:
        return _hash_exception if explicit_hash else _hash_add
    if explicit_hash or not eq:
        return None
    return _hash_add if frozen else _hash_set_none


# The policy spelled out for every combination of
# (unsafe_hash, eq, frozen, class body defines __hash__).
_BOOLS = (False, True)
_hash_action = {(u, e, f, x): _hash_rule(u, e, f, x)
                for u in _BOOLS for e in _BOOLS for f in _BOOLS for x in _BOOLS}


def _format_annotation(annotation):
    # inspect.formatannotation
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    r = repr(annotation)
    if r.startswith('typing.'):
        return r.replace('typing.', '')
    return r


def _signature_text(cls, std_fields, kw_only_fields):
    params = []
    first_kw_only = kw_only_fields[0] if kw_only_fields else None
    for f in std_fields + kw_only_fields:
        if f is first_kw_only:
            params.append('*')
        text = '%s: %s' % (f.name, _format_annotation(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        params.append(text)
    return '(%s)' % ', '.join(params)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    # name -> Field, in definition order. A subclass may redefine an inherited
    # field; it then keeps its original position.
    fields = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Inherited fields first: visit the base classes from the most generic
    # (object) to the most derived, so a redefinition replaces the base's Field
    # while keeping its slot. Remember the frozen flag of every dataclass base.
    bases_frozen = []
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        fields.update((f.name, f) for f in inherited.values())
        bases_frozen.append(bool(getattr(base, _PARAMS).frozen))

    # Annotations written in this class body only.
    cls_annotations = cls.__dict__.get('__annotations__', {})

    # Turn each own annotation into a Field, checking it and fixing up the
    # class attribute that holds its default.
    cls_fields = []
    # this module, used to recognise the KW_ONLY marker
    KW_ONLY_seen = False
    for name, type in cls_annotations.items():
        # a KW_ONLY pseudo-field?
        if _is_kw_only(type):
            # everything after it is keyword-only; the marker is not a field
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            # a real field, ClassVar or InitVar
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f

        # A class attribute holding a Field object is replaced by its plain default,
        # so reading the attribute on the class gives the value, not the Field.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                # field() without any default: drop the class attribute altogether.
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    # A field() assigned to a name without an annotation is an error.
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    # Frozen-ness must agree with the dataclass bases: a frozen class may not
    # derive from non-frozen dataclasses, nor the other way round.
    if bases_frozen and any(bases_frozen) != bool(frozen):
        this, other = ('frozen', 'non-frozen') if frozen else ('non-frozen', 'frozen')
        raise TypeError(f'cannot inherit {this} dataclass from a {other} one')

    # _FIELDS holds every field, inherited ones included; its presence is what
    # is_dataclass() checks.
    setattr(cls, _FIELDS, fields)

    # Did the class body define __hash__ itself? Defining __eq__ makes Python
    # store __hash__ = None in the body on its own; that None does not count.
    own = cls.__dict__
    if '__hash__' not in own:
        has_explicit_hash = False
    elif own['__hash__'] is None:
        has_explicit_hash = '__eq__' not in own
    else:
        has_explicit_hash = True

    # order=True needs eq=True
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    # Fields that become __init__ parameters (ClassVars excluded); also used
    # for __match_args__, so computed whether or not init is set.
    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    (std_init_fields,
     kw_only_init_fields) = _fields_in_init_order(all_init_fields)

    if init:
        # run __post_init__ afterwards if the class has one
        has_post_init = hasattr(cls, _POST_INIT_NAME)

        _set_new_attribute(cls, '__init__',
                           _init_fn(cls,
                                    all_init_fields,
                                    std_init_fields,
                                    kw_only_init_fields,
                                    frozen,
                                    has_post_init))

    # Only real fields (no ClassVar / InitVar) take part in repr, eq, order and hash.
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds))

    if eq:
        # __eq__ only: != falls back to negating it
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', flds))

    if order:
        # __lt__, __le__, __gt__, __ge__
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'),
                         ('__le__', '<='),
                         ('__gt__', '>'),
                         ('__ge__', '>='),
                         ]:
            if _set_new_attribute(cls, name, _cmp_fn(name, op, flds)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    # Pick the __hash__ treatment from _hash_action.
    hash_action = _hash_action[bool(unsafe_hash),
                               bool(eq),
                               bool(frozen),
                               has_explicit_hash]
    if hash_action:
        # assigned directly: the table already decided to replace it
        cls.__hash__ = hash_action(cls, field_list)

    if not getattr(cls, '__doc__'):
        # default __doc__: the class name and signature
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls, std_init_fields,
                                                         kw_only_init_fields)
        except (AttributeError, TypeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple([f.name for f in std_init_fields]))

    # weakref_slot requires slots
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    # slots=True is accepted but not honoured: the class keeps its __dict__.

    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator that generates special methods from the annotated class attributes.

    Usable bare or with arguments. init, repr and eq (all on by default) add
    __init__, __repr__ and __eq__; order adds <, <=, >, >=; unsafe_hash
    forces a __hash__; frozen makes instances read-only; match_args sets
    __match_args__; kw_only makes all fields keyword-only. slots is accepted
    but ignored (instances keep a __dict__); weakref_slot requires slots.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    # cls is None when written as @dataclass(...), the class when bare @dataclass
    if cls is None:
        # @dataclass(...)
        return wrap

    # bare @dataclass
    return wrap(cls)


def fields(class_or_instance):
    """Return the tuple of Field objects (ClassVar/InitVar excluded) for a dataclass or one of its instances.

    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None

    # Skip ClassVar and InitVar entries; definition order is preserved.
    return tuple([f for f in fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    """True when obj is an instance (not the class itself) of a dataclass."""
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Tell whether obj is a dataclass, or an object whose class is one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance into a dict of field name -> value, recursively.

    Nested dataclass instances become dicts too, and lists, tuples
    (namedtuples included) and dicts are copied with their items converted.
    dict_factory, if given, builds each mapping from a list of pairs.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _deep_convert(obj, from_instance):
    # Shared recursion of asdict()/astuple(). Dataclass instances go through
    # from_instance(instance, convert); namedtuples, lists, tuples and dicts
    # are rebuilt with the same type around converted items; anything else is
    # deep-copied.
    import copy

    def convert(value):
        if _is_dataclass_instance(value):
            return from_instance(value, convert)
        kind = type(value)
        if isinstance(value, tuple) and hasattr(value, '_fields'):
            # namedtuple constructors take the items as separate arguments
            return kind(*[convert(item) for item in value])
        if isinstance(value, (list, tuple)):
            return kind(convert(item) for item in value)
        if isinstance(value, dict):
            return kind((convert(k), convert(v)) for k, v in value.items())
        return copy.deepcopy(value)

    return convert(obj)


def _asdict_inner(obj, dict_factory):
    def from_instance(instance, convert):
        pairs = [(f.name, convert(getattr(instance, f.name)))
                 for f in fields(instance)]
        return dict_factory(pairs)
    return _deep_convert(obj, from_instance)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance into a tuple of its field values, recursively.

    Nested values are converted as in asdict(). tuple_factory, if given,
    builds each tuple from a list of values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    def from_instance(instance, convert):
        return tuple_factory([convert(getattr(instance, f.name))
                              for f in fields(instance)])
    return _deep_convert(obj, from_instance)


_kwlist = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Build a class named cls_name and apply @dataclass to it.

    Each entry of fields is a name, a (name, type) pair or a
    (name, type, Field) triple; a missing type becomes 'typing.Any'. bases and
    namespace form the class; the remaining arguments go to dataclass().
    """
    if namespace is None:
        namespace = {}

    annotations = {}
    defaults = {}
    for item in fields:
        # an entry is NAME, (NAME, TYPE) or (NAME, TYPE, FIELD)
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')

        if not (isinstance(name, str) and name.isidentifier()):
            complaint = 'Field names must be valid identifiers'
        elif name in _kwlist:
            complaint = 'Field names must not be keywords'
        elif name in annotations:
            complaint = 'Field name duplicated'
        else:
            complaint = None
        if complaint:
            raise TypeError(f'{complaint}: {name!r}')
        annotations[name] = tp

    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns.setdefault('__module__', 'types')  # CPython builds it with types.new_class
    cls = type(cls_name, tuple(bases) or (object,), ns)

    # hand the built class to the decorator
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a copy of obj built through __init__, with the fields named in changes set to new values.

    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    # Values for the __init__ parameters not named in changes come from obj.
    # init=False fields cannot be changed; an InitVar has no stored value, so
    # without a default it must be given.
    carried = {}
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif f.name not in changes:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            carried[f.name] = getattr(obj, f.name)

    # The new object goes through __init__ (and __post_init__); names that are
    # not parameters make __init__ raise TypeError.
    return obj.__class__(**changes, **carried)
