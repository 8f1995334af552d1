"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member/nonmember,
the EnumType metaclass (alias EnumMeta) and the FlagBoundary values STRICT, CONFORM,
EJECT and KEEP, following CPython 3.11.

Left out: pickling support, verify() and EnumCheck, global_enum, enum.property,
_numeric_repr_, auto() nested inside tuples, detecting a name assigned twice in the
class body (the body writes to a plain dict here), and the exact dir() of enums that
mix in a data type.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'auto', 'unique', 'member', 'nonmember']


# -------- helpers for the class body --------

class _AutoNull:
    def __repr__(self):
        return '_auto_null'

_auto_null = _AutoNull()


class auto:
    """Stands for a member value chosen by _generate_next_value_ when the class is built."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # So that `WHITE = RED | GREEN` works in a body where RED and GREEN are still autos.
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__


class _AutoOp(auto):
    """A deferred operation on autos, computed once its operands have values."""

    def __init__(self, op, left, right):
        auto.__init__(self)
        self.op, self.left, self.right = op, left, right


class member:
    """Forces a value (for example a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members; it stays a plain class attribute."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


# Listed explicitly as well, for interpreters whose builtin descriptors lack __get__.
_DESCRIPTOR_TYPES = (type(_is_sunder), staticmethod, classmethod, property)


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, '__get__')
            or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


_ALLOWED_SUNDERS = ('_order_', '_ignore_', '_generate_next_value_', '_missing_',
                    '_numeric_repr_', '_boundary_')


_MappingProxy = type(type.__dict__)     # types.MappingProxyType


class _MemberAttr:
    """Read-only `name` / `value` of a member (reading _name_ / _value_)."""

    def __init__(self, attr):
        self.attr = attr

    def __get__(self, obj, owner=None):
        if obj is None:
            try:
                return owner._member_map_[self.attr]
            except (AttributeError, KeyError):
                raise AttributeError(self.attr) from None
        return getattr(obj, '_%s_' % self.attr)

    def __set__(self, obj, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % self.attr)

    def __delete__(self, obj):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % self.attr)


def _data_type(bases):
    """The mixed-in data type (int, str, ...) and the last Enum base of `bases`."""
    member_type, first_enum = object, None
    for base in bases:
        if isinstance(base, EnumType):
            first_enum = base
            if member_type is object:
                member_type = base._member_type_
        elif member_type is object:
            for k in base.__mro__:
                if k is not object and '__new__' in k.__dict__:
                    member_type = base
                    break
    return member_type, first_enum


def _first_init(cls):
    """The __init__ written in an enum class body, if any."""
    for k in cls.__mro__:
        if '__init__' in k.__dict__:
            if isinstance(k, EnumType) and k is not Enum:
                return k.__dict__['__init__']
            return None
    return None


# -------- the metaclass --------

# What dir() shows of an enum class and of a member, besides their own names.
_CLASS_DIR = ('__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
              '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__')
_MEMBER_DIR = ('__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value')


class EnumType(type):
    """Metaclass of enumerations: turns class-body assignments into members."""

    @classmethod
    def __prepare__(metacls, cls_name, bases, **kwds):
        return {}

    def __new__(metacls, cls_name, bases, ns, boundary=None, **kwds):
        ignore = ns.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for name in ignore:
            ns.pop(name, None)
        order = ns.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        member_type, first_enum = _data_type(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls_name, first_enum))

        # Pick members out of the namespace, in definition order.
        candidates = []
        for key, value in list(ns.items()):
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_dunder(key) or _is_private(cls_name, key) or _is_descriptor(value):
                continue
            elif _is_sunder(key):
                if key not in _ALLOWED_SUNDERS:
                    raise ValueError('_sunder_ names, such as %r, are reserved for '
                                     'future Enum use' % key)
                continue
            candidates.append((key, value))
            del ns[key]

        gnv = ns.get('_generate_next_value_')
        if gnv is None and first_enum is not None:
            gnv = first_enum._generate_next_value_
        gnv = getattr(gnv, '__func__', gnv)
        values = []

        def resolve(value, name):
            if isinstance(value, _AutoOp):
                return value.op(resolve(value.left, name), resolve(value.right, name))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(name, 1, len(values), values[:])
                return value.value
            return value

        for i, (key, value) in enumerate(candidates):
            value = resolve(value, key)
            values.append(value)
            candidates[i] = (key, value)

        # ReprEnum subclasses keep the data type's str() and format().
        if (member_type is not object and 'ReprEnum' in globals()
                and ReprEnum in bases):
            ns.setdefault('__format__', member_type.__format__)
            use_repr = member_type.__str__ is object.__str__
            ns.setdefault('__str__', member_type.__repr__ if use_repr else member_type.__str__)

        if member_type is not object:
            # The data type's repr/str/format would win over Enum's in the MRO.
            for attr in ('__repr__', '__str__', '__format__'):
                owner = next((k for b in bases for k in b.__mro__
                              if k is not object and attr in k.__dict__), object)
                if attr not in ns and not isinstance(owner, EnumType):
                    ns[attr] = Enum.__dict__[attr]

        new_member = ns.get('__new__')
        if new_member is None and first_enum is not None:
            new_member = first_enum._new_member_
        new_member = getattr(new_member, '__func__', new_member)
        ns['_new_member_'] = staticmethod(new_member) if new_member else None
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        if boundary is not None:
            ns['_boundary_'] = boundary
        cls = super().__new__(metacls, cls_name, bases, ns, **kwds)

        is_flag = 'Flag' in globals() and issubclass(cls, Flag)
        init = _first_init(cls) if candidates else None
        for name, value in candidates:
            args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
            if new_member is not None:
                obj = new_member(cls, *args)
            elif member_type is object:
                obj = object.__new__(cls)
            else:
                obj = member_type.__new__(cls, *args)
            if not hasattr(obj, '_value_'):
                if member_type is object or new_member is not None:
                    obj._value_ = value
                else:
                    obj._value_ = member_type(*args)
            obj._name_ = name
            obj.__objclass__ = cls
            if init is not None:
                init(obj, *args)
            obj = _add_member(cls, name, obj, is_flag)
            type.__setattr__(cls, name, obj)

        if order is not None:
            # Aliases may be listed in _order_ or left out.
            order = [n for n in order if n not in cls._member_map_ or n in cls._member_names_]
            if order != cls._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (cls._member_names_, order))
        if is_flag:
            mask = 0
            for m in cls._member_map_.values():
                mask |= m._value_
            type.__setattr__(cls, '_flag_mask_', mask)
            type.__setattr__(cls, '_all_bits_', 2 ** mask.bit_length() - 1)
        return cls

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return _lookup(cls, value)
        return _create(cls, value, names, module, qualname, type, start, boundary)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (obj.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        type.__delattr__(cls, name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % name)
        type.__setattr__(cls, name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __dir__(cls):
        names = set(_CLASS_DIR) | set(cls._member_names_)
        if cls._member_type_ is not object:
            names |= set(dir(cls._member_type_))
        return sorted(names)

    @property
    def __members__(cls):
        """Name -> member for every member, aliases included (read-only)."""
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if 'Flag' in globals() and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__


EnumMeta = EnumType


def _add_member(cls, name, obj, is_flag):
    """Register obj under name; return the canonical member (obj or the one it aliases)."""
    value = obj._value_
    try:
        canonical = cls._value2member_map_.get(value)
    except TypeError:       # unhashable value: compare with each member
        canonical = next((m for m in cls._member_map_.values() if m._value_ == value), None)
    if canonical is not None:
        obj = canonical
    elif not is_flag or (value and not value & (value - 1)):
        # Flag values that are 0 or span several bits are aliases: not iterated.
        cls._member_names_.append(name)
    cls._member_map_[name] = obj
    try:
        cls._value2member_map_.setdefault(value, obj)
    except TypeError:
        pass
    return obj


def _lookup(cls, value):
    """Color(1): the member with that value, or what _missing_ makes of it."""
    if value.__class__ is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    try:
        result = cls._missing_(value)
    except Exception as e:
        if e is not exc and e.__context__ is None:
            e.__context__ = exc
        raise
    if isinstance(result, cls):
        return result
    if 'Flag' in globals() and issubclass(cls, Flag) and cls._boundary_ is EJECT \
            and isinstance(result, int):
        return result
    if result is None:
        raise exc
    try:
        raise exc
    except ValueError:
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))


def _create(cls, class_name, names, module, qualname, mixin, start, boundary):
    """The functional API: Enum('Color', 'RED GREEN') and friends."""
    metacls = cls.__class__
    bases = (cls,) if mixin is None else (mixin, cls)
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
        gnv = cls._generate_next_value_
        values = []
        for count, name in enumerate(names):
            values.append(gnv(name, start, count, values[:]))
        names = list(zip(names, values))
    ns = metacls.__prepare__(class_name, bases)
    ns['__module__'] = module or '__main__'
    ns['__qualname__'] = qualname or class_name
    items = names.items() if hasattr(names, 'items') else names
    for name, value in items:
        ns[name] = value
    return metacls.__new__(metacls, class_name, bases, ns, boundary=boundary)


# -------- Enum and friends --------

class Enum(metaclass=EnumType):
    """Base class of enumerations; members are the class-body assignments."""

    name = _MemberAttr('name')
    value = _MemberAttr('value')

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # One more than the last value that supports it, else `start`.
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = set(_MEMBER_DIR)
        for k in self.__class__.__mro__:
            if isinstance(k, EnumType):
                names.update(n for n in k.__dict__
                             if n[0] != '_' and n not in k._member_map_)
        names.update(n for n in self.__dict__ if n[0] != '_')
        if self._member_type_ is not object:
            names |= set(dir(self._member_type_))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member defines."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bin(value, width):
    return '0b0 ' + format(value, 'b').zfill(width)


class Flag(Enum):
    """Enum whose members combine with |, & and ^ into composite values."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError('invalid flag value %r' % (last,))
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        all_bits, mask = cls._all_bits_, cls._flag_mask_
        if value < 0:
            value += max(all_bits + 1, 2 ** value.bit_length())
        if value & ~mask:
            if cls._boundary_ is STRICT:
                width = max(value.bit_length(), all_bits.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, width), _bin(all_bits, width)))
            if cls._boundary_ is EJECT:
                return value
            if cls._boundary_ is CONFORM:
                value &= mask
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        if cls._member_type_ is object:
            obj = object.__new__(cls)
        else:
            obj = cls._member_type_.__new__(cls, value)
        obj._value_ = value
        names, covered = [], 0
        for m in cls:
            if m._value_ & value == m._value_:
                names.append(m._name_)
                covered |= m._value_
        if names and value & ~covered:
            names.append(str(value & ~covered))
        obj._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, obj)

    def _canonical(self):
        return [m for m in self.__class__ if m._value_ & self._value_ == m._value_]

    def __iter__(self):
        return iter(self._canonical())

    def __len__(self):
        return len(self._canonical())

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (other.__class__.__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _other(self, other):
        return other._value_ if isinstance(other, self.__class__) else None

    def __or__(self, other):
        value = self._other(other)
        return NotImplemented if value is None else self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other(other)
        return NotImplemented if value is None else self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other(other)
        return NotImplemented if value is None else self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints; unknown bits are kept."""

    _boundary_ = KEEP

    def _other(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        return int(other) if isinstance(other, int) else None

    # int's operators come first in the MRO, so restate Flag's here.
    __or__, __and__, __xor__ = Flag.__or__, Flag.__and__, Flag.__xor__
    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__
    __invert__ = Flag.__invert__
    __iter__, __len__, __contains__ = Flag.__iter__, Flag.__len__, Flag.__contains__


# -------- decorators --------

def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = ['%s -> %s' % (name, m.name)
                  for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(duplicates)))
    return enumeration
