"""asyncio for asyncplay: event loop, futures, tasks and the high-level helpers in one module.

The loop's machinery (ready queue, timers, idle wait, cross-thread wakeups) is the native
module _aploop; the Python layer here keeps callbacks, task steps and timers in the order a
CPython 3.11 program observes, so programs print the same thing.

Synchronization primitives live in asyncio.locks and queues in asyncio.queues (separate prelude
files, re-exported at the bottom). What they may rely on from this module:
  get_running_loop(), loop.create_future(), CancelledError, and the optional future attribute
  `_trace_label = (state, detail)` (e.g. ('waiting', 'Lock.acquire()')), which the trace shows
  while a task is blocked on that future.

Tasks report to the execution trace through _aploop.task_lane/task_enter/task_leave/
task_event/task_end when the run is traced.

Context variables: a Task runs its steps, and a callback runs, in the context given to it or
else a copy of the one current when it was made, as in CPython; until the program makes its
first ContextVar every context is empty, so no copies are made until then (_copy_context).

Left out: streams, subprocesses, sockets, signals, async generator hooks, and the
never-retrieved / destroyed-pending warnings of __del__.
"""
import sys
import _aploop
import contextvars as _contextvars

# contextvars.copy_context once the program has made a ContextVar, None before.
_copy_context = None


def _contextvars_in_use():
    global _copy_context
    _copy_context = _contextvars.copy_context


if _contextvars._in_use:
    _contextvars_in_use()
else:
    _contextvars._first_use_hooks.append(_contextvars_in_use)

__all__ = (
    'BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    'iscoroutinefunction', 'iscoroutine', 'Future', 'wrap_future', 'isfuture',
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', 'get_running_loop', '_get_running_loop', '_set_running_loop',
    'BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy',
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks', 'to_thread',
    'Runner', 'run', 'Timeout', 'timeout', 'timeout_at', 'TaskGroup',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
)


# ---- exceptions (module names as in CPython, so tracebacks print the same) ----

def _exc_class(name, base, module, doc):
    return type(name, (base,), {'__module__': module, '__doc__': doc})


CancelledError = _exc_class('CancelledError', BaseException, 'asyncio.exceptions',
                            'Raised in a task or future when it is cancelled.')
InvalidStateError = _exc_class('InvalidStateError', Exception, 'asyncio.exceptions',
                               'A future or task operation does not fit its current state.')
SendfileNotAvailableError = _exc_class('SendfileNotAvailableError', RuntimeError,
                                       'asyncio.exceptions', 'No sendfile() available.')
TimeoutError = TimeoutError     # since 3.11 the builtin


class IncompleteReadError(EOFError):
    """EOF came before `expected` bytes were read; `partial` holds what was read."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial, self.expected = partial, expected


class LimitOverrunError(Exception):
    """The buffer limit was hit while looking for a separator."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed


_FATAL = (SystemExit, KeyboardInterrupt)     # never swallowed by callbacks or handlers

FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

# future states (the lowercase form shows in reprs)
_WAITING, _DROPPED, _SETTLED = 'PENDING', 'CANCELLED', 'FINISHED'


# ---- small helpers: threads, reprs, error output ----

try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0


def _thread_facts():
    """(name of the calling thread, whether it is the main one)."""
    try:
        import threading
    except ImportError:
        return 'MainThread', True
    me = threading.current_thread()
    return me.name, me is threading.main_thread()


def _noop():
    pass
async def _probe_coroutine():
    pass


def _probe_generator():
    yield


_probe = _probe_coroutine()
_CoroutineType = type(_probe)
_probe.close()
_GeneratorType = type(_probe_generator())
_FunctionType = type(_noop)
del _probe

_is_coroutine = object()            # marker for iscoroutinefunction()
_coroutine_types = set()            # types already seen to be coroutine-like
_CO_COROUTINE = 0x80


def _elide(s, limit):
    """Shorten s to `limit` characters with '...' in the middle, like reprlib."""
    if len(s) <= limit:
        return s
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return s[:i] + '...' + s[len(s) - j:]


def _sorted_or_list(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _short_repr(x, level=6):
    """reprlib.repr(x): a repr with long strings, numbers and containers abbreviated."""
    name = type(x).__name__
    if name == 'str':
        s = repr(x[:30])
        if len(s) > 30:
            i = 13
            s = repr(x[:i] + x[len(x) - 14:])
            s = s[:i] + '...' + s[len(s) - 14:]
        return s
    if name == 'int':
        return _elide(repr(x), 40)
    if name in ('tuple', 'list', 'set', 'frozenset', 'deque'):
        if name == 'set' and not x:
            return 'set()'
        if name == 'frozenset' and not x:
            return 'frozenset()'
        left, right = {'tuple': ('(', ')'), 'list': ('[', ']'), 'set': ('{', '}'),
                       'frozenset': ('frozenset({', '})'), 'deque': ('deque([', '])')}[name]
        n = len(x)
        if level <= 0 and n:
            body = '...'
        else:
            items = _sorted_or_list(x) if name in ('set', 'frozenset') else list(x)
            pieces = [_short_repr(item, level - 1) for item in items[:6]]
            if n > 6:
                pieces.append('...')
            body = ', '.join(pieces)
            if n == 1 and name == 'tuple':
                right = ',' + right
        return left + body + right
    if name == 'dict':
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _sorted_or_list(x)[:4]:
            pieces.append(f'{_short_repr(key, level - 1)}: {_short_repr(x[key], level - 1)}')
        if len(x) > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (type(x).__name__, id(x))
    return _elide(s, 30)


def _partial_type():
    functools = sys.modules.get('functools')   # no partial can exist before functools loads
    return None if functools is None else functools.partial


def _argtext(args, kwargs):
    items = [_short_repr(arg) for arg in (args or ())]
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _calltext(func, args, kwargs, suffix=''):
    partial = _partial_type()
    if partial is not None and isinstance(func, partial):
        suffix = _argtext(args, kwargs) + suffix
        return _calltext(func.func, func.args, func.keywords, suffix)
    if getattr(func, '__qualname__', None):
        func_repr = func.__qualname__
    elif getattr(func, '__name__', None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    return func_repr + _argtext(args, kwargs) + suffix


def _function_source(func):
    """(filename, first line) of a Python function or a partial of one, else None."""
    while getattr(func, '__wrapped__', None) is not None:
        func = func.__wrapped__
    if type(func) is _FunctionType:
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    partial = _partial_type()
    if partial is not None and isinstance(func, partial):
        return _function_source(func.func)
    return None


def _callback_text(func, args):
    func_repr = _calltext(func, args, kwargs=None)
    source = _function_source(func)
    if source:
        func_repr = f'{func_repr} at {source[0]}:{source[1]}'
    return func_repr


def _format_coroutine(coro):
    """'work() running at FILE:LINE' or 'work() done, defined at FILE:LINE'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        lineno = getattr(frame, 'f_lineno', code.co_firstlineno)
        return f'{name} running at {filename}:{lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def _exception_only(exc):
    """The last line of a traceback: 'Type: message' (module-qualified unless builtin)."""
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = f'{cls.__module__}.{name}'
    text = str(exc)
    lines = [f'{name}: {text}' if text else name]
    for note in getattr(exc, '__notes__', None) or ():
        lines.append(str(note))
    return '\n'.join(lines)


def _log_error(message, exc=None):
    """What CPython's asyncio logger prints on stderr for logger.error(message, exc_info=...):
    the message, then the exception's traceback."""
    sys.stderr.write(message + '\n')
    if exc is None:
        return
    hook = getattr(sys, '__excepthook__', None)
    if hook is not None:
        hook(type(exc), exc, exc.__traceback__)
    else:
        sys.stderr.write(_exception_only(exc) + '\n')


################################################################################
### Coroutine and future tests
################################################################################



# ---- what is a coroutine / a future ----

def iscoroutine(obj):
    """True for coroutine objects, and for objects with the whole coroutine interface."""
    kind = type(obj)
    if kind in _coroutine_types or kind is _CoroutineType or kind is _GeneratorType:
        return True
    if all(getattr(kind, name, None) is not None
           for name in ('send', 'throw', 'close', '__await__')):
        _coroutine_types.add(kind)
        return True
    return False


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def), maybe wrapped in a partial."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    partial = _partial_type()
    while True:
        inner = getattr(func, '__func__', None)
        if inner is not None:
            func = inner
        elif partial is not None and isinstance(func, partial):
            func = func.func
        else:
            break
    if type(func) is not _FunctionType:
        return False
    return bool(getattr(func.__code__, 'co_flags', 0) & _CO_COROUTINE)


def isfuture(obj):
    """Return True for asyncio futures and objects that duck-type as one."""
    marker = getattr(type(obj), '_asyncio_future_blocking', _noop)
    return marker is not _noop and obj._asyncio_future_blocking is not None


def _isawaitable(obj):
    return getattr(type(obj), '__await__', None) is not None


# ---- handles ----

class Handle:
    """A callback queued by call_soon() and friends; cancel() makes the loop skip it."""
    __module__ = 'asyncio.events'
    __slots__ = ('_loop', '_callback', '_args', '_context', '_cancelled', '_repr',
                 '_source_traceback')

    def __init__(self, callback, args, loop, context=None):
        self._loop, self._callback, self._args = loop, callback, args
        if context is None and _copy_context is not None:
            context = _copy_context()
        self._context = context
        self._cancelled = False
        self._repr = None               # frozen repr of a cancelled handle (debug mode)
        self._source_traceback = None

    def _describe(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        if self._callback is not None:
            words.append(_callback_text(self._callback, self._args))
        return words

    def __repr__(self):
        return self._repr or '<' + ' '.join(self._describe()) + '>'

    def get_context(self):
        return self._context

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            self._repr = repr(self)
        self._callback = self._args = None

    def _fire(self):
        """What the native loop calls. Skips a handle cancelled while queued; an error goes
        to the loop's exception handler (SystemExit and KeyboardInterrupt escape)."""
        if self._cancelled:
            return
        fn, args = self._callback, self._args
        try:
            if self._context is None:
                fn(*args)
            else:
                self._context.run(fn, *args)
        except _FATAL:
            raise
        except BaseException as err:
            report = dict(message='Exception in callback ' + _callback_text(fn, args),
                          exception=err, handle=self)
            self._loop.call_exception_handler(report)


class TimerHandle(Handle):
    """A callback queued by call_later() / call_at()."""
    __module__ = 'asyncio.events'
    __slots__ = ('_when', '_scheduled', '_native_timer')

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False
        self._native_timer = None

    def _describe(self):
        words = Handle._describe(self)
        words.insert(1 + self._cancelled, f'when={self._when}')
        return words

    def _key(self):
        return (self._when, self._callback, self._args, self._cancelled)

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, TimerHandle) else NotImplemented

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self == other

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self == other

    def when(self):
        """The loop time the callback is due at."""
        return self._when

    def cancel(self):
        timer, self._native_timer = self._native_timer, None
        if timer is not None and not self._cancelled:
            timer.cancel()
        Handle.cancel(self)

    def _fire(self):
        self._scheduled = False
        self._native_timer = None
        Handle._fire(self)


# ---- the running loop and the policy ----

def _get_running_loop():
    """This thread's running loop, or None."""
    return _aploop.get_running()


def _set_running_loop(loop):
    _aploop.set_running(loop)


def get_running_loop():
    """Return the running event loop; raise RuntimeError if there is none."""
    running = _aploop.get_running()
    if running is None:
        raise RuntimeError('no running event loop')
    return running


class AbstractEventLoopPolicy:
    """Decides which event loop get_event_loop() returns."""
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one on first demand."""
    __module__ = 'asyncio.events'
    _loop_factory = None

    def __init__(self):
        self._per_thread = {}       # thread ident -> {'loop': ..., 'explicit': bool}

    def _entry(self):
        return self._per_thread.setdefault(_get_ident(), {'loop': None, 'explicit': False})

    def get_event_loop(self):
        entry = self._entry()
        if entry['loop'] is None and not entry['explicit'] and _thread_facts()[1]:
            fresh = self.new_event_loop()
            self.set_event_loop(fresh)
        if entry['loop'] is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % _thread_facts()[0])
        return entry['loop']

    def set_event_loop(self, loop):
        entry = self._entry()
        entry['explicit'] = True
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        entry['loop'] = loop

    def new_event_loop(self):
        return self._loop_factory()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy = policy


def _loop_or_policy_loop():
    return _aploop.get_running() or get_event_loop_policy().get_event_loop()


def get_event_loop():
    """The running loop, else this thread's loop from the policy."""
    return _loop_or_policy_loop()


def set_event_loop(loop):
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    policy = get_event_loop_policy()
    return policy.new_event_loop()


# ---- the event loop ----

class AbstractEventLoop:
    """Base class listing the event loop methods; the concrete loop overrides them."""
    __module__ = 'asyncio.events'


class BaseEventLoop(AbstractEventLoop):
    """Handles, tasks, executors and error reporting around a native _aploop.Loop."""
    __module__ = 'asyncio.base_events'

    def __init__(self):
        self._core = _aploop.Loop()
        self._closed = False
        self._halt = False              # stop() was called
        self._runner_thread = None      # ident of the thread in run_forever()
        self._executor = None
        self._executor_done = False
        self._handler = None
        self._debug = False
        self._task_factory = None
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # state

    def is_running(self):
        return self._runner_thread is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return self._core.time()

    def _refuse_if_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _refuse_if_busy(self):
        """Checks before this thread starts running the loop."""
        self._refuse_if_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _aploop.get_running() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    # futures and tasks

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._refuse_if_closed()
        factory = self._task_factory
        if factory is None:
            return Task(coro, loop=self, name=name, context=context)
        task = factory(self, coro) if context is None else factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # running

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._refuse_if_busy()
        core = self._core
        self._runner_thread = _get_ident()
        _aploop.set_running(self)
        try:
            while True:
                if self._halt and not core.ready_count():
                    core.call_soon(_noop)   # a stop was requested: this pass must not sleep
                core.run_once()
                if self._halt:
                    break
        finally:
            self._halt = False
            self._runner_thread = None
            _aploop.set_running(None)

    def run_until_complete(self, future):
        """Run until `future` (a coroutine is wrapped in a task) is done; return its result."""
        self._refuse_if_busy()
        made_here = not isfuture(future)
        future = ensure_future(future, loop=self)

        def halt_when_done(fut):
            # a SystemExit/KeyboardInterrupt from the task already unwinds run_forever()
            if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
                fut.get_loop().stop()

        future.add_done_callback(halt_when_done)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()      # nobody else can retrieve it
            raise
        finally:
            future.remove_done_callback(halt_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the current iteration (what is already ready still runs)."""
        self._halt = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._executor_done = True
        pool, self._executor = self._executor, None
        if pool is not None:
            pool.shutdown(wait=False)

    async def shutdown_asyncgens(self):
        """No async generator hooks here: nothing to do."""

    async def shutdown_default_executor(self):
        """Shut the default executor down from a helper thread and wait for it."""
        self._executor_done = True
        pool = self._executor
        if pool is None:
            return
        done = _labelled(self.create_future(), 'shutdown_default_executor()')

        def _do_shutdown():     # the helper thread's name shows it: 'Thread-N (_do_shutdown)'
            try:
                pool.shutdown(wait=True)
            except Exception as err:
                if not self._closed:
                    self.call_soon_threadsafe(done.set_exception, err)
            else:
                if not self._closed:
                    self.call_soon_threadsafe(done.set_result, None)

        try:
            import threading
        except ImportError:
            _do_shutdown()
            await done
            return
        helper = threading.Thread(target=_do_shutdown)
        try:
            helper.start()
        except RuntimeError:    # no thread can start (the build without threads): shut down here
            _do_shutdown()
            await done
            return
        try:
            await done
        finally:
            helper.join()

    # scheduling

    def _check_call(self, callback, method, check_thread=True):
        if check_thread and self._runner_thread is not None and _get_ident() != self._runner_thread:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        self._refuse_if_closed()
        if self._debug:
            self._check_call(callback, 'call_soon')
        h = Handle(callback, args, self, context)
        self._core.call_soon(h._fire)
        return h

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._refuse_if_closed()
        if self._debug:
            self._check_call(callback, 'call_soon_threadsafe', False)
        h = Handle(callback, args, self, context)
        self._core.call_soon_threadsafe(h._fire)
        return h

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._refuse_if_closed()
        if self._debug:
            self._check_call(callback, 'call_at')
        h = TimerHandle(when, callback, args, self, context)
        h._native_timer = self._core.call_at(when, h._fire)
        h._scheduled = True
        return h

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self._core.time() + delay, callback, *args, context=context)

    # executors

    def run_in_executor(self, executor, func, *args):
        self._refuse_if_closed()
        if self._debug:
            self._check_call(func, 'run_in_executor', False)
        if executor is None:
            if self._executor_done:
                raise RuntimeError('Executor shutdown has been called')
            if self._executor is None:
                import concurrent.futures
                self._executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
            executor = self._executor
        label = getattr(func, '__qualname__', None) or type(func).__name__
        return _labelled(wrap_future(executor.submit(func, *args), loop=self),
                         f'run_in_executor({label})')

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._executor = executor

    # error reporting

    def get_exception_handler(self):
        return self._handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._handler = handler

    def default_exception_handler(self, context):
        """Log the message, the other context entries and the exception's traceback."""
        text = [context.get('message') or 'Unhandled exception in event loop']
        text += [f'{key}: {context[key]!r}' for key in sorted(context)
                 if key != 'message' and key != 'exception']
        _log_error('\n'.join(text), context.get('exception'))

    def call_exception_handler(self, context):
        custom = self._handler
        try:
            if custom is not None:
                custom(self, context)
            else:
                self.default_exception_handler(context)
            return
        except _FATAL:
            raise
        except BaseException as err:
            failure = err
        if custom is None:
            _log_error('Exception in default exception handler', failure)
            return
        try:
            self.default_exception_handler({'message': 'Unhandled error in exception handler',
                                            'exception': failure, 'context': context})
        except _FATAL:
            raise
        except BaseException as err2:
            _log_error('Exception in default exception handler while handling an '
                       'unexpected error in custom exception handler', err2)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default loop class (its name shows in reprs)."""
    __module__ = 'asyncio.unix_events'


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = 'asyncio.unix_events'
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


# ---- futures ----

class Future:
    """A value that arrives later. Done-callbacks are queued with the loop's call_soon(), in
    the order they were added, once the future settles."""
    __module__ = '_asyncio'
    # Slots, like CPython's C futures: no __dict__, and a small object (100,000 tasks at once
    # are a benchmark). A subclass written in Python gets a __dict__ as usual.
    __slots__ = ('_state', '_value', '_error', '_loop', '_source_traceback', '_cancel_message',
                 '_saved_cancel', '_asyncio_future_blocking', '_log_traceback', '_cb0', '_ctx0',
                 '_listeners', '_trace_label')

    def __init__(self, *, loop=None):
        self._state = _WAITING
        self._value = self._error = self._source_traceback = None
        self._cancel_message = None
        self._saved_cancel = None   # a task's CancelledError, re-raised once by result()
        self._asyncio_future_blocking = False
        self._log_traceback = False
        # Done-callbacks, as CPython keeps them: the first in _cb0/_ctx0 (most futures have
        # one at most), later ones in a list of (fn, context); None when there are none.
        self._cb0 = self._ctx0 = self._listeners = None
        self._trace_label = None     # (state, detail) for the trace; see _labelled()
        self._loop = loop if loop is not None else _loop_or_policy_loop()

    def __class_getitem__(cls, item):
        return cls

    def __del__(self):
        # The last reference to a future whose exception nobody looked at: report it.
        if not self._log_traceback:
            return
        self._log_traceback = False
        self._loop.call_exception_handler({
            'message': f'{self._never_retrieved_name()} exception was never retrieved',
            'exception': self._error,
            'future': self,
        })

    def _never_retrieved_name(self):
        return type(self).__name__

    def _describe(self):
        words = [self._state.lower()]
        if self._state is _SETTLED:
            words.append(f'result={_short_repr(self._value)}' if self._error is None
                         else f'exception={self._error!r}')
        entries = self._callbacks()
        if entries:
            words.append(_callbacks_text(entries))
        return words

    def _callbacks(self):
        """The done-callbacks as [(fn, context)], in the order they were added."""
        entries = [] if self._cb0 is None else [(self._cb0, self._ctx0)]
        if self._listeners:
            entries.extend(self._listeners)
        return entries

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._describe())}>"

    def get_loop(self):
        if self._loop is None:
            raise RuntimeError('Future object is not initialized.')
        return self._loop

    def done(self):
        return self._state is not _WAITING

    def cancelled(self):
        return self._state is _DROPPED

    def _cancel_exc(self):
        """The CancelledError to raise for this future (a task's own one is handed out once)."""
        saved, self._saved_cancel = self._saved_cancel, None
        if saved is not None:
            return saved
        return CancelledError() if self._cancel_message is None else CancelledError(
            self._cancel_message)

    def _settle(self, state):
        self._state = state
        fn = self._cb0
        if fn is not None:
            ctx, self._cb0, self._ctx0 = self._ctx0, None, None
            self._loop.call_soon(fn, self, context=ctx)
        queued = self._listeners
        if queued:
            self._listeners = None
            for fn, ctx in queued:
                self._loop.call_soon(fn, self, context=ctx)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state is not _WAITING:
            return False
        self._cancel_message = msg
        self._settle(_DROPPED)
        return True

    def set_result(self, result):
        if self._state is not _WAITING:
            raise InvalidStateError('invalid state')
        self._value = result
        self._settle(_SETTLED)

    def set_exception(self, exception):
        if self._state is not _WAITING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if exception.__class__ is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._error = exception
        self._settle(_SETTLED)
        self._log_traceback = True

    def _unsettled_error(self, what):
        """The exception result()/exception() raise when there is no outcome to report."""
        if self._state is _DROPPED:
            return self._cancel_exc()
        return InvalidStateError(f'{what} is not set.')

    def result(self):
        if self._state is not _SETTLED:
            raise self._unsettled_error('Result')
        self._log_traceback = False
        if self._error is not None:
            raise self._error
        return self._value

    def exception(self):
        if self._state is not _SETTLED:
            raise self._unsettled_error('Exception')
        self._log_traceback = False
        return self._error

    def add_done_callback(self, fn, *, context=None):
        if context is None and _copy_context is not None:
            context = _copy_context()
        if self._state is _WAITING:
            if self._cb0 is None and not self._listeners:
                self._cb0, self._ctx0 = fn, context
            elif self._listeners is None:
                self._listeners = [(fn, context)]
            else:
                self._listeners.append((fn, context))
            return
        loop = self._loop
        loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        removed = 0
        if self._cb0 is not None and self._cb0 == fn:
            self._cb0 = self._ctx0 = None
            removed = 1
        if self._listeners:
            kept = [entry for entry in self._listeners if entry[0] != fn]
            removed += len(self._listeners) - len(kept)
            self._listeners = kept or None
        return removed

    def _end_sleep(self):
        if self._state is _WAITING:
            self.set_result(None)

    def __await__(self):
        # Parks the awaiting task here until we settle, then gives result(); native, so that
        # no generator frame stays alive while the task waits.
        return _aploop.future_iter(self)

    __iter__ = __await__


def _callbacks_text(entries):
    """'cb=[a(), b()]' or 'cb=[a(), <N more>, z()]' for reprs."""
    names = [_callback_text(fn, ()) for fn, _ in entries]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


def _settle_unless_cancelled(fut, value):
    if not fut.cancelled():
        fut.set_result(value)


# ---- bridging concurrent.futures ----

def _cf():
    return sys.modules.get('concurrent.futures')


def _is_cf_future(obj):
    mod = _cf()
    return mod is not None and isinstance(obj, mod.Future)


def _translate_exc(exc):
    mod = _cf()
    if mod is None:
        return exc
    for name, ours in (('CancelledError', CancelledError), ('TimeoutError', TimeoutError),
                       ('InvalidStateError', InvalidStateError)):
        if type(exc) is getattr(mod, name, None):
            return ours(*exc.args)
    return exc


def _transfer(src, dst):
    """Copy a finished src's outcome into dst (an asyncio or concurrent future)."""
    if isfuture(dst):
        if dst.cancelled():
            return
        if src.cancelled():
            dst.cancel()
            return
    else:
        if src.cancelled():
            dst.cancel()
        if not dst.set_running_or_notify_cancel():
            return
    err = src.exception()
    if err is None:
        dst.set_result(src.result())
    else:
        dst.set_exception(_translate_exc(err))


def _link(src, dst):
    """dst follows src's outcome; cancelling dst cancels src. Either side may be a
    concurrent.futures.Future; other loops are reached with call_soon_threadsafe()."""
    for fut, role in ((src, 'source'), (dst, 'destination')):
        if not isfuture(fut) and not _is_cf_future(fut):
            raise TypeError(f'A future is required for {role} argument')
    src_loop = src.get_loop() if isfuture(src) else None
    dst_loop = dst.get_loop() if isfuture(dst) else None

    def on_dst_done(_):
        if not dst.cancelled():
            return
        if src_loop is None or src_loop is dst_loop:
            src.cancel()
        else:
            src_loop.call_soon_threadsafe(src.cancel)

    def on_src_done(_):
        if dst_loop is not None and dst_loop.is_closed():
            if dst.cancelled() or dst_loop is not src_loop:
                return
        if dst_loop is None or dst_loop is src_loop:
            _transfer(src, dst)
        else:
            dst_loop.call_soon_threadsafe(_transfer, src, dst)

    dst.add_done_callback(on_dst_done)
    src.add_done_callback(on_src_done)


def wrap_future(future, *, loop=None):
    """An asyncio future of `loop` mirroring a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not _is_cf_future(future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    mirror = (loop if loop is not None else _loop_or_policy_loop()).create_future()
    _link(future, mirror)
    return mirror


# ---- tasks ----

_live_tasks = {}        # task -> None for every task not finished, in creation order
_running_task = {}      # loop -> the task whose step is executing
_task_serial = [0]


def current_task(loop=None):
    """The task running now (None outside of tasks)."""
    return _running_task.get(get_running_loop() if loop is None else loop)


def _unfinished(loop):
    return [t for t in list(_live_tasks) if t._loop is loop and not t.done()]


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    return set(_unfinished(get_running_loop() if loop is None else loop))


class Task(Future):
    """Drives a coroutine: each step is one loop callback that resumes it until it parks on a
    future (the task then waits for that future's done-callback) or finishes."""
    __module__ = '_asyncio'
    __slots__ = ('_lane', '_name', '_coro', '_context', '_waiting_on', '_pending_cancel',
                 '_cancel_requests')

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        self._lane = 0                  # trace lane (0 when not traced)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_serial[0] += 1
            self._name = _task_serial[0]    # 'Task-N', made when first asked for
        else:
            self._name = str(name)
        if _aploop.tracing():
            self._lane = _aploop.task_lane(self.get_name())
        self._coro = coro
        if context is None and _copy_context is not None:
            context = _copy_context()
        self._context = context
        self._waiting_on = None         # the future the coroutine is parked on
        self._pending_cancel = False    # throw CancelledError in at the next step
        self._cancel_requests = 0
        self._loop.call_soon(self._advance, context=context)
        _live_tasks[self] = None

    def __repr__(self):
        words = self._describe()
        if self._cancel_requests and not self.done():
            words[0] = 'cancelling'
        extra = [f'name={self.get_name()!r}', f'coro=<{_format_coroutine(self._coro)}>']
        if self._waiting_on is not None:
            extra.append(f'wait_for={self._waiting_on!r}')
        words[1:1] = extra
        return f"<{type(self).__name__} {' '.join(words)}>"

    def _never_retrieved_name(self):
        return 'Task'

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        name = self._name
        if type(name) is int:
            name = self._name = f'Task-{name}'
        return name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests:
            self._cancel_requests -= 1
        return self._cancel_requests

    def cancel(self, msg=None):
        """Request cancellation: the coroutine gets CancelledError at its next step (by way of
        the future it waits on, when that one agrees to be cancelled)."""
        self._log_traceback = False
        if self.done():
            return False
        self._cancel_requests += 1
        target = self._waiting_on
        if target is not None and target.cancel(msg=msg):
            return True         # target's done-callback wakes us with the error
        self._pending_cancel = True
        self._cancel_message = msg
        return True

    def _advance(self, error=None):
        """One step of the coroutine; `error` is thrown in instead of sending None."""
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r} {error!r}')
        if self._pending_cancel:
            self._pending_cancel = False
            if not isinstance(error, CancelledError):
                error = self._cancel_exc()
        self._waiting_on = None
        loop = self._loop
        busy = _running_task.get(loop)
        if busy is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another '
                               f'task {busy!r} is being executed.')
        _running_task[loop] = self
        if self._lane:
            _aploop.task_enter(self._lane)
        try:
            self._resume(error)
        finally:
            if _running_task.get(loop) is not self:
                raise RuntimeError(f'Leaving task {self!r} does not match '
                                   f'the current task {_running_task.get(loop)!r}.')
            del _running_task[loop]
            # The trace: how the step ended (native: it runs after every step while tracing).
            if self._lane and _aploop.task_step_end(self._lane, self, Task):
                self._report_end()

    def _resume(self, error):
        try:
            yielded = self._coro.send(None) if error is None else self._coro.throw(error)
        except StopIteration as ret:
            if self._pending_cancel:     # cancel() came while the coroutine was returning
                self._pending_cancel = False
                self._end(_DROPPED, self._cancel_message)
            else:
                self._end(_SETTLED, ret.value)
        except CancelledError as cancelled:
            self._saved_cancel = cancelled
            self._end(_DROPPED)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._end(None, fatal)
            raise
        except BaseException as failure:
            self._end(None, failure)
        else:
            self._park(yielded)

    def _end(self, how, value=None):
        _live_tasks.pop(self, None)
        if how is _DROPPED:
            Future.cancel(self, msg=value)
        elif how is _SETTLED:
            Future.set_result(self, value)
        else:
            Future.set_exception(self, value)

    def _park(self, yielded):
        """The coroutine yielded: a bare yield means 'run me again next iteration'; a future
        means 'wake me when it is done'; anything else is an error thrown back in."""
        if yielded is None:
            self._loop.call_soon(self._advance, context=self._context)
            return
        problem = None
        flag = getattr(yielded, '_asyncio_future_blocking', None)
        if flag is None:
            if type(yielded) is _GeneratorType:
                problem = (f'yield was used instead of yield from for '
                           f'generator in task {self!r} with {yielded!r}')
            else:
                problem = f'Task got bad yield: {yielded!r}'
        elif not flag:
            problem = (f'yield was used instead of yield from '
                       f'in task {self!r} with {yielded!r}')
        elif _loop_of(yielded) is not self._loop:
            problem = f'Task {self!r} got Future {yielded!r} attached to a different loop'
        elif yielded is self:
            problem = f'Task cannot await on itself: {self!r}'
        if problem is not None:
            self._loop.call_soon(self._advance, RuntimeError(problem), context=self._context)
            return
        yielded._asyncio_future_blocking = False
        yielded.add_done_callback(self._wake, context=self._context)
        self._waiting_on = yielded
        if self._pending_cancel and yielded.cancel(msg=self._cancel_message):
            self._pending_cancel = False

    def _wake(self, fut):
        """Done-callback of the awaited future: take the next step."""
        # step outside any except block so the coroutine does not see a handled exception
        thrown = None
        try:
            fut.result()
        except BaseException as err:
            thrown = err
        self._advance(thrown)

    def _report_end(self):
        """Tell the trace how the task ended (task_step_end() found it done)."""
        lane = self._lane
        _aploop.task_leave(lane, 'done', '')
        if self._state is _DROPPED:
            saved = self._saved_cancel
            msg = saved.args[0] if saved is not None and saved.args else self._cancel_message
            _aploop.task_event(lane, 'cancelled', '' if msg is None else str(msg))
        elif self._error is not None:
            _aploop.task_event(lane, 'raised', _exception_only(self._error))
        else:
            _aploop.task_event(lane, 'finished', _short_repr(self._value))
        _aploop.task_end(lane)


def _labelled(fut, detail, state='waiting'):
    """Names what a task parked on `fut` waits for, in the trace (_aploop.task_step_end reads
    it; without a label the trace shows the awaited task's name or the future's type)."""
    fut._trace_label = (state, detail)
    return fut


def _loop_of(fut):
    getter = getattr(fut, 'get_loop', None)
    return fut._loop if getter is None else getter()


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task of the running loop."""
    loop = get_running_loop()
    task = loop.create_task(coro) if context is None else loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """A future as it is; a coroutine or other awaitable wrapped in a Task."""
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not _loop_of(obj):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    adapted = False
    if not iscoroutine(obj):
        if not _isawaitable(obj):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
        adapted = True
    if loop is None:
        loop = _loop_or_policy_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not adapted:
            obj.close()
        raise


async def _await_it(awaitable):
    return await awaitable


# ---- sleeping and waiting ----

class _YieldOnce:
    """Awaiting it suspends the task for exactly one loop iteration (a bare yield)."""

    def __await__(self):
        yield


_yield_once = _YieldOnce()


async def sleep(delay, result=None):
    """Return `result` after `delay` seconds; sleep(0) just yields to the loop once."""
    if delay <= 0:
        await _yield_once
        return result
    loop = get_running_loop()
    alarm = loop.create_future()
    if _aploop.tracing():    # (the label costs memory: 100,000 sleeping tasks are a benchmark)
        _labelled(alarm, f'asyncio.sleep({delay!r})', 'sleeping')
    if result is None and type(alarm) is Future:
        # What call_later() would queue, without a TimerHandle (the timer never escapes).
        timer = loop._core.call_at(loop._core.time() + delay, alarm._end_sleep)
    else:
        timer = loop.call_later(delay, _settle_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


def _wake_waiter(waiter, *_):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return two sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    members = set(fs)
    if any(iscoroutine(m) for m in members):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    waiter = _labelled(loop.create_future(), 'asyncio.wait()')
    timer = None if timeout is None else loop.call_later(timeout, _wake_waiter, waiter)
    left = [len(members)]

    def enough(f):
        left[0] -= 1
        if left[0] <= 0 or return_when == FIRST_COMPLETED:
            finished = True
        else:
            finished = (return_when == FIRST_EXCEPTION and not f.cancelled()
                        and f.exception() is not None)
        if finished:
            if timer is not None:
                timer.cancel()
            _wake_waiter(waiter)

    for m in members:
        m.add_done_callback(enough)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for m in members:
            m.remove_done_callback(enough)
    done = {m for m in members if m.done()}
    return done, members - done


async def _cancel_then_wait(fut, loop):
    """Cancel fut and wait until it has finished, without awaiting it directly."""
    settled = loop.create_future()

    def relay(_):
        _wake_waiter(settled)

    fut.add_done_callback(relay)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(relay)


async def wait_for(fut, timeout):
    """Await fut for at most `timeout` seconds; then cancel it and raise TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=get_running_loop())
    if timeout <= 0:
        if not fut.done():
            await _cancel_then_wait(fut, loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
        return fut.result()
    waiter = _labelled(loop.create_future(), 'asyncio.wait_for()')
    timer = loop.call_later(timeout, _wake_waiter, waiter)

    def relay(_):
        _wake_waiter(waiter)

    fut.add_done_callback(relay)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(relay)
            await _cancel_then_wait(fut, loop)    # fut must not outlive us
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(relay)
        await _cancel_then_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


class _Mailbox:
    """A tiny unbounded FIFO for as_completed(): get() parks only while it is empty, and
    put() wakes the oldest parked getter."""

    def __init__(self, loop):
        self._loop = loop
        self._items = []
        self._getters = []

    def put(self, item):
        self._items.append(item)
        while self._getters:
            g = self._getters.pop(0)
            if not g.done():
                g.set_result(None)
                break

    async def get(self):
        while not self._items:
            g = _labelled(get_running_loop().create_future(), 'asyncio.as_completed()')
            self._getters.append(g)
            try:
                await g
            except BaseException:
                g.cancel()
                if g in self._getters:
                    self._getters.remove(g)
                if self._items and not g.cancelled():
                    self._pass_on()
                raise
        return self._items.pop(0)

    def _pass_on(self):
        for g in self._getters:
            if not g.done():
                g.set_result(None)
                break


def as_completed(fs, *, timeout=None):
    """Iterator of awaitables giving the results of fs in the order they finish."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = _loop_or_policy_loop()
    inbox = _Mailbox(loop)
    todo = set()
    for awaitable in set(fs):
        todo.add(ensure_future(awaitable, loop=loop))
    timer = [None]

    def expire():
        for f in todo:
            f.remove_done_callback(arrived)
            inbox.put(None)          # each None makes one awaitable raise TimeoutError
        todo.clear()

    def arrived(f):
        if f not in todo:
            return
        todo.discard(f)
        inbox.put(f)
        if not todo and timer[0] is not None:
            timer[0].cancel()

    async def next_result():
        f = await inbox.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(arrived)
    if timeout is not None and todo:
        timer[0] = loop.call_later(timeout, expire)
    for _ in range(len(todo)):
        yield next_result()


# ---- gather, shield ----

class _GatheringFuture(Future):
    """gather()'s result future: cancelling it cancels the children instead."""
    __module__ = 'asyncio.tasks'

    def __init__(self, loop, children):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = [child.cancel(msg=msg) for child in self._children]
        if any(hit):
            self._cancel_requested = True   # report cancellation even with return_exceptions
            return True
        return False


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of the awaitables' results, in argument order."""
    if not coros_or_futures:
        empty = _loop_or_policy_loop().create_future()
        empty.set_result([])
        return empty
    state = {'outer': None, 'finished': 0}
    children, by_arg = [], {}
    loop = None

    def child_done(child):
        state['finished'] += 1
        outer = state['outer']
        if not (outer is not None and not outer.done()):
            if not child.cancelled():
                child.exception()           # consumed
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancel_exc())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if state['finished'] < len(by_arg):
            return
        values = []
        for c in children:
            if c.cancelled():
                values.append(CancelledError('' if c._cancel_message is None
                                             else c._cancel_message))
            else:
                values.append(c.result() if c.exception() is None else c.exception())
        if outer._cancel_requested:
            # the error is the last child's cancellation (CPython's observable behaviour)
            outer.set_exception(children[-1]._cancel_exc())
        else:
            outer.set_result(values)

    for arg in coros_or_futures:
        child = by_arg.get(arg)
        if child is None:
            child = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _loop_of(child)
            by_arg[arg] = child
            child.add_done_callback(child_done)
        children.append(child)
    outer = state['outer'] = _labelled(_GatheringFuture(loop, children), 'asyncio.gather()')
    return outer


def shield(arg):
    """A future following arg; cancelling that future leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = _labelled(_loop_of(inner).create_future(), 'asyncio.shield()')

    def inner_done(_):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            value = inner.result()
            outer.set_result(value)

    def outer_done(_):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# ---- threads ----

def run_coroutine_threadsafe(coro, loop):
    """Run the coroutine on `loop` (running in another thread); return a
    concurrent.futures.Future of its outcome."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    answer = concurrent.futures.Future()

    def start():
        try:
            _link(ensure_future(coro, loop=loop), answer)
        except _FATAL:
            raise
        except BaseException as err:
            if answer.set_running_or_notify_cancel():
                answer.set_exception(err)
            raise

    loop.call_soon_threadsafe(start)
    return answer


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the default executor; return its result."""
    loop = get_running_loop()
    label = getattr(func, '__qualname__', None) or type(func).__name__
    ctx = _contextvars.copy_context()   # the thread sees the caller's context variables
    pending = loop.run_in_executor(None, lambda: ctx.run(func, *args, **kwargs))
    return await _labelled(pending, f'asyncio.to_thread({label})')


# ---- Runner, run() ----

def _shutdown_tasks(loop):
    """Cancel what is still running, let it unwind, report errors other than cancellation."""
    victims = _unfinished(loop)
    if not victims:
        return
    for t in victims:
        t.cancel()
    loop.run_until_complete(gather(*victims, return_exceptions=True))
    for t in victims:
        if not t.cancelled() and t.exception() is not None:
            text = 'unhandled exception during asyncio.run() shutdown'
            loop.call_exception_handler(dict(message=text, exception=t.exception(), task=t))


class Runner:
    """Owns an event loop for a sequence of run() calls; close() (or leaving the `with`
    block) cancels leftovers, shuts the executor down and closes the loop."""
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._phase = 'created'
        self._debug = debug
        self._factory = loop_factory
        self._loop = None
        self._installed = False

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine to completion in the loop and return its result."""
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _aploop.get_running() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._ensure_loop()
        return self._loop.run_until_complete(self._loop.create_task(coro, context=context))

    def close(self):
        if self._phase != 'ready':
            return
        loop = self._loop
        try:
            _shutdown_tasks(loop)
            finish = loop.run_until_complete
            finish(loop.shutdown_asyncgens())
            finish(loop.shutdown_default_executor())
        finally:
            if self._installed:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = 'closed'

    def _ensure_loop(self):
        if self._phase == 'ready':
            return
        if self._phase == 'closed':
            raise RuntimeError('Runner is closed')
        if self._factory is not None:
            self._loop = self._factory()
        else:
            self._loop = new_event_loop()
            if not self._installed:
                set_event_loop(self._loop)
                self._installed = True
        if self._debug is not None:
            loop = self._loop
            loop.set_debug(self._debug)
        self._phase = 'ready'


def run(main, *, debug=None):
    """Run coroutine `main` in a fresh event loop, close it, return main's result."""
    if _aploop.get_running() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as owner:
        return owner.run(main)


# ---- timeouts ----

class Timeout:
    """`async with` block cancelled at a deadline; the cancellation becomes TimeoutError."""
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._when = when
        self._task = None
        self._alarm = None
        self._base_cancels = 0      # task.cancelling() on entry

    def __repr__(self):
        extra = ''
        if self._state == 'active':
            extra = f" when={None if self._when is None else round(self._when, 3)}"
        return f'<Timeout [{self._state}]{extra}>'

    def when(self):
        return self._when

    def expired(self):
        return self._state == 'expiring' or self._state == 'expired'

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def reschedule(self, when):
        """Set a new deadline (None: none)."""
        if self._state == 'created':
            raise RuntimeError('Timeout has not been entered')
        if self._state != 'active':
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        self._disarm()
        if when is not None:
            loop = get_running_loop()
            self._alarm = (loop.call_soon(self._fire) if when <= loop.time()
                           else loop.call_at(when, self._fire))

    def _fire(self):
        self._task.cancel()
        self._state = 'expiring'
        self._alarm = None

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        me = current_task()
        if me is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._task, self._state = me, 'active'
        self._base_cancels = me.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state == 'active':
            self._state = 'finished'
        elif self._state == 'expiring':
            self._state = 'expired'
            ours = self._task.uncancel() <= self._base_cancels
            if ours and exc_type is CancelledError:
                raise TimeoutError from exc_val
        return None


def timeout(delay):
    """A Timeout expiring `delay` seconds from now (None: never)."""
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout expiring at loop time `when` (None: never)."""
    return Timeout(when)


# ---- TaskGroup ----

def _fatal(exc):
    return isinstance(exc, _FATAL)


class TaskGroup:
    """`async with TaskGroup() as tg:` waits for every task made by tg.create_task(). The
    first failure cancels the remaining tasks and the body; failures come out together as an
    ExceptionGroup."""
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = self._exiting = self._aborting = False
        self._loop = None
        self._parent_task = None
        self._interrupted_parent = False
        self._tasks = {}                # live members, in creation order
        self._errors = []
        self._fatal_error = None
        self._all_done = None           # future the exiting body waits on

    def __repr__(self):
        parts = ['<TaskGroup']
        if self._tasks:
            parts.append(f' tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f' errors={len(self._errors)}')
        if self._aborting:
            parts.append(' cancelling')
        elif self._entered:
            parts.append(' entered')
        return ''.join(parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = self._loop or get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    def _cancel_members(self):
        self._aborting = True
        for t in list(self._tasks):
            if not t.done():
                t.cancel()

    async def __aexit__(self, et, exc, _tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        carried_cancel = exc if et is CancelledError else None
        if self._interrupted_parent and self._parent_task.uncancel() == 0:
            carried_cancel = None       # that cancellation was our own doing
        if et is not None and not self._aborting:
            self._cancel_members()
        while self._tasks:
            if self._all_done is None:
                self._all_done = _labelled(self._loop.create_future(), 'TaskGroup')
            try:
                await self._all_done
            except CancelledError as again:
                if not self._aborting:
                    carried_cancel = again
                    self._cancel_members()
            self._all_done = None
        if self._fatal_error is not None:
            raise self._fatal_error
        if carried_cancel and not self._errors:
            raise carried_cancel
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if not self._errors:
            return
        errors, self._errors = self._errors, None
        group = (ExceptionGroup if all(isinstance(e, Exception) for e in errors)
                 else BaseExceptionGroup)
        raise group('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if not self._tasks and self._exiting:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = (self._loop.create_task(coro) if context is None
                else self._loop.create_task(coro, context=context))
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._member_done)
        self._tasks[task] = None
        return task

    def _member_done(self, task):
        self._tasks.pop(task, None)
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled() or task.exception() is None:
            return
        err = task.exception()
        self._errors.append(err)
        if _fatal(err) and self._fatal_error is None:
            self._fatal_error = err
        if self._parent_task.done():
            text = (f'Task {task!r} has errored out but its parent '
                    f'task {self._parent_task} is already completed')
            self._loop.call_exception_handler(dict(message=text, exception=err, task=task))
        elif not self._aborting and not self._interrupted_parent:
            # first failure: stop the siblings and interrupt the body waiting in __aexit__
            self._cancel_members()
            self._interrupted_parent = True
            self._parent_task.cancel()


# ---- synchronization primitives and queues (separate prelude modules) ----

from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, BrokenBarrierError
from asyncio.queues import Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull
