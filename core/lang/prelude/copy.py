"""Duplicate Python objects, either one level deep or all the way down.

copy(obj) returns a shallow duplicate: a new container of the same kind that refers to the very
same members.  deepcopy(obj) duplicates the members too, recursively; an object reached more than
once (including through a cycle) is duplicated only once, and every place that referred to it
refers to the single duplicate.  The bookkeeping lives in a dictionary keyed by id(), which
callers may pass in as `memo` to share it between calls.

Classes control copying with these hooks, looked up in this order:

  __copy__(self)              used by copy()
  __deepcopy__(self, memo)    used by deepcopy(); should call deepcopy(member, memo) for members
  __reduce_ex__(self, 4) / __reduce__(self)
                              a string (the object is returned as is) or a tuple
                              (callable, args[, state[, list_items[, dict_items]]])
  __getnewargs_ex__ / __getnewargs__
                              arguments for cls.__new__ when the object is rebuilt
  __getstate__ / __setstate__ what is carried over once the new object exists; without
                              __setstate__ the state is a dict for the instance __dict__, or a
                              pair (dict or None, {slot name: value})

Values that cannot change (numbers, strings, None, functions, classes, ...) are never duplicated.
"""

# Written for asyncplay, which has neither pickle nor copyreg, and whose `object` may lack
# __reduce_ex__ and __getstate__.  When a class does not provide its own reduction hooks, the
# recipe for rebuilding an instance is worked out here directly.  The module also runs unchanged
# on CPython, where the built-in reduction hooks of `object` are recognised and skipped in favour
# of the same local recipe.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    """Raised when an object offers no way at all to be copied."""


error = Error  # older spelling, kept as an alias


class _Probe:
    def method(self):
        return None


_function_type = type(_Probe.method)
_method_type = type(_Probe().method)
_builtin_type = type(len)

# Exact types whose instances are handed back unchanged by copy() and by deepcopy().
_UNCHANGED = {
    type(None), bool, int, float, str, type, range, property,
    _function_type, _builtin_type, type(...), type(NotImplemented),
}
try:
    _UNCHANGED.add(complex)
except NameError:
    pass
try:
    _UNCHANGED.add(bytes)
except NameError:
    pass
try:
    _UNCHANGED.add(type(_Probe.method.__code__))
except AttributeError:
    pass

try:
    _bytearray = bytearray
except NameError:
    _bytearray = None

# copy() also returns these as they are: they cannot change, and neither can their members'
# identities.
_SHALLOW_UNCHANGED = _UNCHANGED | {tuple, frozenset, slice}

_MISSING = object()


# ---------------------------------------------------------------------------------------------
# Shallow copies

def _bound_method_again(m):
    return getattr(m.__self__, m.__func__.__name__)


_SHALLOW_MAKERS = {
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    _method_type: _bound_method_again,
}
if _bytearray is not None:
    _SHALLOW_MAKERS[_bytearray] = _bytearray.copy


def copy(x):
    """Return a shallow duplicate of x (members are shared, not duplicated)."""
    kind = type(x)
    if kind in _SHALLOW_UNCHANGED:
        return x
    maker = _SHALLOW_MAKERS.get(kind)
    if maker is not None:
        return maker(x)
    if issubclass(kind, type):
        return x  # classes, including those with a custom metaclass
    hook = getattr(kind, "__copy__", None)
    if hook is not None:
        return hook(x)
    recipe = _recipe(x, kind, False)
    if isinstance(recipe, str):
        return x
    return _rebuild(x, None, *recipe)


# ---------------------------------------------------------------------------------------------
# Deep copies

def deepcopy(x, memo=None, _unused=None):
    """Return a duplicate of x whose members are duplicated recursively.

    memo maps id(original) to its duplicate; pass the same dict to several calls to keep objects
    they have in common shared between their results.
    """
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _MISSING)
    if done is not _MISSING:
        return done

    kind = type(x)
    if kind in _UNCHANGED:
        return x
    handler = _DEEP_HANDLERS.get(kind)
    if handler is not None:
        result = handler(x, memo)
    elif issubclass(kind, type):
        return x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            recipe = _recipe(x, kind, True)
            if isinstance(recipe, str):
                return x
            result = _rebuild(x, memo, *recipe)

    if result is not x:
        memo[key] = result
        _hold(x, memo)
    return result


def _hold(obj, memo):
    # The memo is keyed by id(), so an original must not be freed (and its id reused by some
    # new object) while the memo is in use.  Keep a reference under the memo's own id.
    keep = memo.get(id(memo))
    if keep is None:
        memo[id(memo)] = [obj]
    else:
        keep.append(obj)


def _deep_list(x, memo):
    new = []
    memo[id(x)] = new  # registered first, so a list that contains itself works
    for item in x:
        new.append(deepcopy(item, memo))
    return new


def _deep_dict(x, memo):
    new = {}
    memo[id(x)] = new
    for k, v in x.items():
        new[deepcopy(k, memo)] = deepcopy(v, memo)
    return new


def _deep_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    # Copying the members may have reached this tuple again through a mutable member; that
    # inner visit already built the duplicate, so hand the same one back.
    already = memo.get(id(x), _MISSING)
    if already is not _MISSING:
        return already
    for old, new in zip(x, parts):
        if old is not new:
            return tuple(parts)
    return x  # nothing inside changed: the tuple can be shared


def _deep_set(x, memo):
    return set(deepcopy(list(x), memo))


def _deep_frozenset(x, memo):
    return frozenset(deepcopy(list(x), memo))


def _deep_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))


def _deep_method(x, memo):
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)


_DEEP_HANDLERS = {
    list: _deep_list,
    dict: _deep_dict,
    tuple: _deep_tuple,
    set: _deep_set,
    frozenset: _deep_frozenset,
    slice: _deep_slice,
    _method_type: _deep_method,
}
if _bytearray is not None:
    _DEEP_HANDLERS[_bytearray] = lambda x, memo: _bytearray(x)


# ---------------------------------------------------------------------------------------------
# Rebuilding objects from a recipe

def _definer(kind, name):
    """The class along kind's MRO whose own namespace holds `name`, or None."""
    for klass in kind.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _own_hook(kind, name):
    """True when `name` is supplied by some class other than the built-in object."""
    owner = _definer(kind, name)
    return owner is not None and owner is not object


def _recipe(x, kind, deep):
    """A string, or a tuple (factory, args[, state[, list_items[, dict_items]]])."""
    if _own_hook(kind, "__reduce_ex__"):
        hook = getattr(x, "__reduce_ex__", None)
        if hook is not None:
            return hook(4)
        # __reduce_ex__ = None switches that hook off; __reduce__ may still be used.
    if _own_hook(kind, "__reduce__"):
        hook = getattr(x, "__reduce__", None)
        if hook is None:
            raise Error("un(%s)copyable object of type %s"
                        % ("deep" if deep else "shallow", kind))
        return hook()
    return _plain_recipe(x, kind)


def _new_instance(kind, *args):
    return kind.__new__(kind, *args)


def _new_instance_kw(kind, args, kwargs):
    return kind.__new__(kind, *args, **kwargs)


def _plain_recipe(x, kind):
    """Work out how to rebuild x when its class gives no reduction hook of its own."""
    if isinstance(x, BaseException):
        return (kind, x.args, getattr(x, "__dict__", None) or None)
    if isinstance(x, (set, frozenset)):
        return (kind, (list(x),), getattr(x, "__dict__", None) or None)
    if kind is not object and getattr(kind, "__module__", None) == "builtins":
        # An interpreter-level object (generator, module, iterator, ...): no way to rebuild it.
        raise TypeError("cannot pickle %r object" % kind.__name__)

    with_kw = getattr(kind, "__getnewargs_ex__", None)
    if with_kw is not None:
        pair = with_kw(x)
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %r"
                            % type(pair).__name__)
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not %r" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not %r" % type(kwargs).__name__)
        factory, factory_args = _new_instance_kw, (kind, args, kwargs)
    else:
        positional = getattr(kind, "__getnewargs__", None)
        args = () if positional is None else positional(x)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not %r" % type(args).__name__)
        factory, factory_args = _new_instance, (kind,) + args

    if _own_hook(kind, "__getstate__"):
        state = x.__getstate__()
    else:
        state = _plain_state(x, kind)

    list_items = iter(x) if isinstance(x, list) else None
    dict_items = iter(x.items()) if isinstance(x, dict) else None
    return (factory, factory_args, state, list_items, dict_items)


def _slot_attribute(klass, name):
    # A slot spelled __name is stored under its private (mangled) name where the interpreter
    # mangles; otherwise under the name as written.
    if name.startswith("__") and not name.endswith("__"):
        private = "_" + klass.__name__.lstrip("_") + name
        if private in klass.__dict__:
            return private
    return name


def _plain_state(x, kind):
    """What object.__getstate__ would report: the __dict__ and/or the filled-in slots."""
    attrs = getattr(x, "__dict__", None) or None
    slots = {}
    for klass in kind.__mro__:
        declared = klass.__dict__.get("__slots__")
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = (declared,)
        for name in declared:
            if name in ("__dict__", "__weakref__"):
                continue
            attr = _slot_attribute(klass, name)
            if attr in slots:
                continue
            try:
                slots[attr] = getattr(x, attr)
            except AttributeError:
                pass  # slot never assigned
    if slots:
        return (attrs, slots)
    return attrs


def _rebuild(x, memo, factory, args, state=None, list_items=None, dict_items=None):
    """Create the duplicate described by a recipe; memo is None for a shallow copy."""
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    new = factory(*args)
    if deep:
        memo[id(x)] = new  # before the state, so references back to x find the duplicate

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        restore = getattr(new, "__setstate__", None)
        if restore is not None:
            restore(state)
        else:
            slot_values = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_values = state
            if state:
                new.__dict__.update(state)
            if slot_values:
                for name, value in slot_values.items():
                    setattr(new, name, value)

    if list_items is not None:
        for item in list_items:
            if deep:
                item = deepcopy(item, memo)
            new.append(item)

    if dict_items is not None:
        for k, v in dict_items:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            new[k] = v

    return new
