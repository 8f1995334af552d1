"""Names for built-in types (taken from real objects: type(len), a generator, ...), plus
SimpleNamespace, MappingProxyType and new_class, prepare_class and resolve_bases.

Written for asyncplay. Left out: coroutine(), DynamicClassAttribute, and CellType, FrameType
and TracebackType (no such objects here yet).
"""

import sys

# -------- types of real objects --------

def _function(): pass
async def _coroutine(): pass
async def _async_generator(): yield
def _generator(): yield


class _Class:
    def _method(self): pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
_coro = _coroutine()
CoroutineType = type(_coro)
_coro.close()  # no "never awaited" warning
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(...)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
del _function, _coroutine, _async_generator, _generator, _Class, _coro


# -------- SimpleNamespace --------

_repr_running = set()  # ids of namespaces being repr'd, to show recursion as '...'


def _no_attribute(ns, name):
    cls_name = 'types.SimpleNamespace' if type(ns) is SimpleNamespace else type(ns).__name__
    error = AttributeError(f"'{cls_name}' object has no attribute '{name}'")
    error.name = name
    error.obj = ns
    return error


class SimpleNamespace:
    """A plain object whose attributes are the keyword arguments it was made with."""
    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            return name + '(' + ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items()) + ')'
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    # CPython names this class 'types.SimpleNamespace' in attribute errors.
    def __getattr__(self, name):
        raise _no_attribute(self, name)

    def __delattr__(self, name):
        try:
            object.__delattr__(self, name)
        except AttributeError:
            raise _no_attribute(self, name) from None


# The interpreter's own: what a class's __dict__ gives.
MappingProxyType = type(type.__dict__)


# -------- building classes dynamically --------

def resolve_bases(bases):
    """Replace bases that are not classes but have __mro_entries__ by what it returns."""
    result = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        result[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    return tuple(result) if changed else bases


def _most_derived_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(base_meta, winner):
            winner = base_meta
        elif not issubclass(winner, base_meta):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                            'a (non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class statement's header."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would; exec_body(ns) fills in its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


__all__ = [name for name in globals() if name[0] != '_' and name != 'sys']
