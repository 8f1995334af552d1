"""Helpers for writing and combining context managers (`with` and `async with`).

Provided: contextmanager and asynccontextmanager (a generator becomes a context manager),
ContextDecorator and AsyncContextDecorator (a context manager usable as a decorator),
suppress, closing, aclosing, nullcontext, redirect_stdout, redirect_stderr, ExitStack and
AsyncExitStack (a dynamic stack of exit callbacks), and the base classes
AbstractContextManager and AbstractAsyncContextManager.

Left out: chdir (there is no filesystem). The two abstract base classes are plain classes
(there is no abc module, so abc.ABC is not in their __mro__): they refuse to be instantiated
while __exit__ / __aexit__ is still the abstract one, as CPython does, but isinstance() only
sees real subclasses, not classes that merely happen to define __enter__ and __exit__.
"""

import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing"]


# -------- abstract base classes --------

def _refuse_if_abstract(cls):
    """Raise TypeError, worded like CPython's, when cls still has an abstract exit method."""
    missing = []
    for name in ('__aexit__', '__exit__'):
        method = getattr(cls, name, None)
        if method is not None and getattr(method, '_contextlib_abstract', False):
            missing.append(name)
    if missing:
        noun = 'method' if len(missing) == 1 else 'methods'
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                        f"with abstract {noun} {', '.join(missing)}")


class AbstractContextManager:
    """Base for context managers: __enter__ returns self; subclasses supply __exit__."""

    def __new__(cls, *args, **kwargs):
        _refuse_if_abstract(cls)
        return super().__new__(cls)

    def __enter__(self):
        """Return self."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would swallow the exception."""
        return None

    __exit__._contextlib_abstract = True


class AbstractAsyncContextManager:
    """Base for async context managers: __aenter__ returns self; subclasses supply __aexit__."""

    def __new__(cls, *args, **kwargs):
        _refuse_if_abstract(cls)
        return super().__new__(cls)

    async def __aenter__(self):
        """Return self."""
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would swallow the exception."""
        return None

    __aexit__._contextlib_abstract = True


# -------- context managers as decorators --------

class ContextDecorator:
    """Mixin that lets a context manager decorate a function: each call runs inside `with`."""

    def _recreate_cm(self):
        # The manager used for one call. Single-use managers override this to make a fresh one.
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """Mixin that lets an async context manager decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# -------- generator-based context managers --------

def _restore_traceback(exc, tb):
    # After passing through the generator, give the exception back the traceback it had
    # when it left the `with` body. asyncplay's exceptions may not allow assigning
    # __traceback__; the traceback is then left as it is.
    try:
        exc.__traceback__ = tb
    except (AttributeError, TypeError):
        pass


class _GeneratorContextManagerBase:
    """State shared by the sync and async generator context managers."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept so that decorator use can build a fresh manager per call; dropped on entry.
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs only once, so every decorated call needs a new manager.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    # An attribute, not a docstring: a manager shows it as its __doc__ when the decorated
    # function has none (docstrings are left out of the WebAssembly build's prelude).
    __doc__ = "Helper for @contextmanager decorator."

    def __enter__(self):
        # Once entered, this manager can no longer be recreated for decorator use.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # Normal exit: the generator must finish without yielding again.
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()

        if value is None:
            # The exception was given as a bare class; make an instance to throw.
            value = typ()
        try:
            gen.throw(value)
        except StopIteration as stop:
            # The generator finished, so it swallowed the exception -- unless the
            # StopIteration is the body's own one coming back out.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                # The body's RuntimeError passed through unchanged: let `with` re-raise it.
                _restore_traceback(err, traceback)
                return False
            if isinstance(value, StopIteration) and err.__cause__ is value:
                # The body's StopIteration was turned into RuntimeError by the generator
                # machinery (PEP 479); report the original instead.
                _restore_traceback(value, traceback)
                return False
            raise
        except BaseException as err:
            if err is not value:
                # The generator raised something new: that replaces the body's exception.
                raise
            _restore_traceback(err, traceback)
            return False
        # The generator caught the exception and yielded again.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    # An attribute, not a docstring: a manager shows it as its __doc__ when the decorated
    # function has none (docstrings are left out of the WebAssembly build's prelude).
    __doc__ = "Helper for @asynccontextmanager decorator."

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await gen.aclose()

        if value is None:
            value = typ()
        try:
            await gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except RuntimeError as err:
            if err is value:
                _restore_traceback(err, traceback)
                return False
            # Either kind of stop exception from the body is turned into RuntimeError
            # inside an async generator; report the original.
            if isinstance(value, (StopIteration, StopAsyncIteration)) and err.__cause__ is value:
                _restore_traceback(value, traceback)
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            _restore_traceback(err, traceback)
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """Turn a generator function into a context manager factory.

    The generator runs up to its single `yield` on entry (the yielded value is bound by
    `as`), and is resumed on exit. An exception from the `with` body is raised inside the
    generator at the `yield`; if the generator catches it and returns, it is suppressed.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Turn an async generator function into an async context manager factory.

    Works like contextmanager, for `async with`.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# -------- small ready-made managers --------

class closing(AbstractContextManager):
    """Call thing.close() on exit; `as` binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() on exit of `async with`; `as` binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Temporarily replace the sys attribute named by _stream. Reentrant."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be entered several times over.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object inside the `with` block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object inside the `with` block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silently swallow the listed exception types (and their subclasses) raised in the body.

    As in Python 3.11, an exception group is matched as a whole: it is swallowed only when
    its own type is one of the listed ones.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` binds enter_result. Works with `async with`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


# -------- exit stacks --------

def _bind_exit(cm, exit_method):
    # The unbound __exit__/__aexit__ found on the class, tied to its instance.
    def bound(exc_type, exc, tb):
        return exit_method(cm, exc_type, exc, tb)
    bound.__self__ = cm
    bound.__func__ = exit_method
    return bound


def _relink_context(new_exc, old_exc, frame_exc):
    """Make old_exc the __context__ at the end of new_exc's chain.

    When an exit callback raises, Python sets the new exception's __context__ to whatever
    was being handled around the stack (frame_exc), not to the exception the previous
    callback left pending. Walk the chain and splice old_exc in where frame_exc appears,
    so the chain reads as if the callbacks had been nested `with` statements.
    """
    link = new_exc
    while True:
        ctx = link.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        link = ctx
    link.__context__ = old_exc


class _BaseExitStack:
    """Callback bookkeeping shared by ExitStack and AsyncExitStack."""

    def __init__(self):
        # Pairs (is_sync, callback); unwound last-in, first-out.
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an exit callback: a context manager's __exit__, or any callable
        taking (exc_type, exc, tb). Returns its argument, so it works as a decorator.
        """
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager: a plain callable with the __exit__ signature.
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(_bind_exit(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enter cm and register its __exit__; return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_exit_callback(_bind_exit(cm, exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; it never suppresses exceptions.
        Returns callback, so it works as a decorator.
        """
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper)
        return callback

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager that unwinds a stack of exit callbacks, most recent first.

    Each callback sees the exception left by the ones run before it; one returning a
    true value suppresses it, and one raising replaces it.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # What was being handled around the stack: exceptions raised by callbacks get it
        # as __context__, which _relink_context corrects.
        frame_exc = sys.exc_info()[1]
        suppressed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _relink_context(new_exc, exc_details[1], frame_exc)
                must_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if must_raise:
            _reraise_keeping_context(exc_details[1])
        return had_exception and suppressed

    def close(self):
        """Run all registered callbacks now, as on a normal exit."""
        self.__exit__(None, None, None)


def _reraise_keeping_context(exc):
    # Raising here would overwrite exc.__context__ with whatever is being handled;
    # put back the chain built while unwinding.
    kept = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = kept
        raise


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async counterpart of ExitStack: also takes async context managers and callbacks."""

    async def enter_async_context(self, cm):
        """Enter cm with `await cm.__aenter__()` and register its __aexit__."""
        cls = type(cm)
        try:
            aenter = cls.__aenter__
            aexit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await aenter(cm)
        self._push_exit_callback(_bind_exit(cm, aexit), False)
        return result

    def push_async_exit(self, exit):
        """Register an async exit callback: an async context manager's __aexit__, or a
        coroutine function taking (exc_type, exc, tb). Returns its argument.
        """
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_bind_exit(exit, exit_method), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run on exit. Returns callback."""
        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper, False)
        return callback

    async def aclose(self):
        """Run all registered callbacks now, as on a normal exit."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    result = cb(*exc_details)
                else:
                    result = await cb(*exc_details)
                if result:
                    suppressed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _relink_context(new_exc, exc_details[1], frame_exc)
                must_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if must_raise:
            _reraise_keeping_context(exc_details[1])
        return had_exception and suppressed
