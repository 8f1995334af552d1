"""threading for asyncplay: threads and synchronisation primitives.

The native _thread module supplies OS threads (all sharing one interpreter lock), plain locks
and thread identities. Everything else is written here in Python: Thread, Timer, RLock,
Condition, Semaphore, BoundedSemaphore, Event, Barrier, local and the thread registry. What a
program can observe (messages, reprs, thread names, blocking rules) matches CPython 3.11.
"""

import sys as _sys
import _thread
from time import monotonic as _now
from itertools import count as _count

__all__ = [
    'Barrier', 'BoundedSemaphore', 'BrokenBarrierError', 'Condition', 'Event',
    'ExceptHookArgs', 'Lock', 'RLock', 'Semaphore', 'TIMEOUT_MAX', 'Thread', 'ThreadError',
    'Timer', 'active_count', 'current_thread', 'enumerate', 'excepthook', 'get_ident',
    'get_native_id', 'getprofile', 'gettrace', 'local', 'main_thread', 'setprofile',
    'settrace', 'stack_size',
]

Lock = _thread.allocate_lock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id

_plain_lock = _thread.allocate_lock

# Two asyncplay-only hooks of _thread feed the execution trace: start_new_thread(..., _name=)
# names the new thread's lane, and _annotate(state, detail) says what the calling thread's next
# blocking acquire is waiting for. Under CPython's _thread (useful to check this module against
# the oracle) both quietly degrade.
if hasattr(_thread, '_annotate'):
    _label_wait = _thread._annotate

    def _launch(body, name):
        return _thread.start_new_thread(body, (), _name=name)
else:
    def _label_wait(state, detail):
        pass

    def _launch(body, name):
        return _thread.start_new_thread(body, ())


def _dropped(mapping, key):
    # `mapping` minus `key`, as a new dict. The registries below are swapped for such copies
    # instead of having entries deleted: readers never see a half-made change, and asyncplay's
    # dict keeps a tombstone for a deleted newest key, so a dict that has keys added and deleted
    # forever would fill with tombstones.
    return {k: v for k, v in mapping.items() if k != key}


# settrace()/setprofile() only record the function: the interpreter has no tracing hooks to
# install it in new threads.
_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Record a trace function for threads started later (kept, not installed)."""
    _hooks['trace'] = func


def gettrace():
    """The function last passed to settrace(), or None."""
    return _hooks['trace']


def setprofile(func):
    """Record a profile function for threads started later (kept, not installed)."""
    _hooks['profile'] = func


def getprofile():
    """The function last passed to setprofile(), or None."""
    return _hooks['profile']


def stack_size(size=0):
    """Stack size for threads created from now on; 0 means the platform default."""
    native = getattr(_thread, 'stack_size', None)
    if native is not None:
        return native(size)
    if size:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


################################################################################
# RLock
################################################################################

class _ReentrantLock:
    """What RLock() returns: one plain lock plus the identity of its holder and how many
    times the holder has taken it. Only the holder may release it."""

    def __init__(self):
        self._inner = _plain_lock()
        self._holder = None
        self._depth = 0

    def __repr__(self):
        held = "locked" if self._inner.locked() else "unlocked"
        return "<%s _thread.RLock object owner=%r count=%d at %s>" % (
            held, self._holder or 0, self._depth, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._holder != me:
            _label_wait("blocked", "RLock.acquire")
            if not self._inner.acquire(blocking, timeout):
                return False
            self._holder = me
        self._depth += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if not self._depth:
            self._holder = None
            self._inner.release()

    def __exit__(self, exc_type, exc, tb):
        self.release()

    # The protocol Condition uses on its lock: who holds it, and dropping every level of a
    # nested hold while waiting, to restore them afterwards.

    def _is_owned(self):
        return self._holder == get_ident()

    def _release_save(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._holder, self._depth)
        self._holder, self._depth = None, 0
        self._inner.release()
        return saved

    def _acquire_restore(self, saved):
        self._inner.acquire()
        self._holder, self._depth = saved

    def _recursion_count(self):
        return self._depth if self._holder == get_ident() else 0


def RLock(*args, **kwargs):
    """A lock that the thread holding it may acquire again (released after as many
    release() calls)."""
    return _ReentrantLock(*args, **kwargs)


################################################################################
# Condition
################################################################################

class Condition:
    """Threads holding `lock` sleep in wait() until another holder calls notify().

    Each sleeper parks on a private plain lock that it holds itself; notify() releases the
    oldest parked locks, which lets their owners through.
    """

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._parked = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._parked))

    # The lock protocol (see _ReentrantLock) is passed through to a lock that has it; for a
    # plain lock, "owned" can only mean "held by someone", and one release() undoes a hold.

    def _is_owned(self):
        probe = getattr(self._lock, '_is_owned', None)
        if probe is not None:
            return probe()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        let_go = getattr(self._lock, '_release_save', None)
        if let_go is not None:
            return let_go()
        self._lock.release()
        return None

    def _acquire_restore(self, saved):
        take_back = getattr(self._lock, '_acquire_restore', None)
        if take_back is not None:
            take_back(saved)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        """Releases the lock, sleeps until notified or `timeout` seconds pass, takes the lock
        back; returns False on timeout."""
        return self._sleep(timeout, "waiting", "Condition.wait")

    def _sleep(self, timeout, state, detail):
        # wait(), with the trace label to show while sleeping.
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        parking = _plain_lock()
        parking.acquire()
        self._parked.append(parking)
        saved = self._release_save()
        woken = False
        try:
            _label_wait(state, detail)
            if timeout is None:
                woken = parking.acquire()
            elif timeout > 0:
                woken = parking.acquire(True, timeout)
            else:
                woken = parking.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and parking in self._parked:
                self._parked.remove(parking)

    def wait_for(self, predicate, timeout=None):
        """Sleeps until predicate() is true or the timeout is used up; returns predicate()'s
        last value."""
        return self._sleep_until(predicate, timeout, "waiting", "Condition.wait_for")

    def _sleep_until(self, predicate, timeout, state, detail):
        outcome = predicate()
        if outcome:
            return outcome
        deadline = None if timeout is None else _now() + timeout
        pause = timeout
        while True:
            self._sleep(pause, state, detail)
            outcome = predicate()
            if outcome:
                return outcome
            if deadline is not None:
                pause = deadline - _now()
                if pause <= 0:
                    return outcome

    def notify(self, n=1):
        """Wakes up to n sleeping threads (oldest first); the caller must hold the lock."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while n > 0 and self._parked:
            parking = self._parked.pop(0)
            try:
                parking.release()
            except RuntimeError:
                continue   # already let go: does not use up a wake-up
            n -= 1

    def notify_all(self):
        """Wakes every sleeping thread."""
        self.notify(len(self._parked))

    notifyAll = notify_all


################################################################################
# Semaphores and Event
################################################################################

class Semaphore:
    """A count of free permits: acquire() takes one, sleeping while there is none;
    release() hands permits back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._gate = Condition(Lock())
        self._value = value

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Takes a permit; with blocking, sleeps for one (at most `timeout` seconds).
        Returns whether a permit was taken."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._gate:
            if not self._value:
                if not blocking:
                    return False
                if not self._gate._sleep_until(lambda: self._value, timeout,
                                               "blocked", "Semaphore.acquire"):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Returns n permits, waking as many sleepers."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._gate:
            self._check_room(n)
            self._value += n
            self._gate.notify(n)

    def _check_room(self, n):
        pass   # unbounded

    def __exit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to hold more permits than it started with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._limit}>")

    def _check_room(self, n):
        if self._value + n > self._limit:
            raise ValueError("Semaphore released too many times")


class Event:
    """A boolean flag; wait() sleeps until some thread sets it."""

    def __init__(self):
        self._gate = Condition(Lock())
        self._flag = False

    def __repr__(self):
        kind = type(self)
        shown = 'set' if self._flag else 'unset'
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {shown}>"

    def is_set(self):
        """Whether the flag is up."""
        return self._flag

    isSet = is_set

    def set(self):
        """Raises the flag and wakes every waiter."""
        with self._gate:
            self._flag = True
            self._gate.notify_all()

    def clear(self):
        """Lowers the flag."""
        with self._gate:
            self._flag = False

    def wait(self, timeout=None):
        """Sleeps until the flag is raised or `timeout` seconds pass; False on timeout."""
        return self._sleep(timeout, "waiting", "Event.wait")

    def _sleep(self, timeout, state, detail):
        with self._gate:
            if self._flag:
                return True
            return self._gate._sleep(timeout, state, detail)


################################################################################
# Barrier
################################################################################

class BrokenBarrierError(RuntimeError):
    pass


# A barrier goes round: 'filling' while parties arrive, 'draining' once the last one is in and
# they leave wait(), then 'filling' again when the last has left. reset() with threads inside
# passes through 'resetting' (they get BrokenBarrierError); 'broken' lasts until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier:
    """Makes `parties` threads wait for each other; the last to arrive runs `action`
    (if any) and lets the whole round go."""

    def __init__(self, parties, action=None, timeout=None):
        self._gate = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._inside = 0   # threads currently in wait()

    def __repr__(self):
        kind = type(self)
        head = f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}:"
        if self.broken:
            return head + " broken>"
        return head + f" waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Waits for the round to complete; returns this thread's arrival number
        (0 to parties-1). Raises BrokenBarrierError if the barrier breaks or is reset."""
        if timeout is None:
            timeout = self._timeout
        gate = self._gate
        with gate:
            # The previous round must have emptied out (or finished resetting) first.
            gate._sleep_until(lambda: self._phase not in (_DRAINING, _RESETTING), None,
                              "waiting", "Barrier.wait")
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            arrival = self._inside
            self._inside += 1
            try:
                if arrival == self._parties - 1:
                    self._open()
                else:
                    self._await_opening(timeout)
                return arrival
            finally:
                self._inside -= 1
                if not self._inside and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    gate.notify_all()

    def _open(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._gate.notify_all()

    def _await_opening(self, timeout):
        if not self._gate._sleep_until(lambda: self._phase != _FILLING, timeout,
                                       "waiting", "Barrier.wait"):
            self._break()   # this thread gave up: nobody in the round gets through
            raise BrokenBarrierError
        if self._phase != _DRAINING:
            raise BrokenBarrierError

    def reset(self):
        """Empties the barrier; threads waiting in it get BrokenBarrierError."""
        with self._gate:
            if not self._inside:
                self._phase = _FILLING
            elif self._phase in (_FILLING, _BROKEN):
                self._phase = _RESETTING
            self._gate.notify_all()

    def abort(self):
        """Breaks the barrier: waiters, now and later, get BrokenBarrierError."""
        with self._gate:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._gate.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


################################################################################
# The thread registry
################################################################################

_serial = _count(1)   # numbers "Thread-N" and "Dummy-N" names


def _fresh_name(pattern):
    return pattern % next(_serial)


_registry_guard = _plain_lock()   # held while _running or _starting is replaced or extended
_running = {}    # get_ident() -> Thread, for every thread known to be running
_starting = {}   # Thread -> Thread, between start() and the new thread's first step


def _unlist_starting(thread):
    global _starting
    with _registry_guard:
        _starting = _dropped(_starting, thread)


################################################################################
# Uncaught exceptions in threads
################################################################################

class _ExceptHookArgs(tuple):
    """What excepthook receives: (exc_type, exc_value, exc_traceback, thread)."""

    __module__ = '_thread'

    def __new__(cls, fields):
        fields = tuple(fields)
        if len(fields) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(fields))
        return tuple.__new__(cls, fields)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Default handling of an exception that escaped run(): "Exception in thread NAME:"
    and the traceback on stderr. A SystemExit ends the thread silently."""
    if args.exc_type == SystemExit:
        return
    out = _sys.stderr
    if out is None:
        return
    who = get_ident() if args.thread is None else args.thread.name
    print(f"Exception in thread {who}:", file=out, flush=True)
    # sys.__excepthook__ prints like an uncaught exception, whatever sys.excepthook is now.
    show = getattr(_sys, '__excepthook__', None) or _sys.excepthook
    show(args.exc_type, args.exc_value, args.exc_traceback)
    out.flush()


__excepthook__ = excepthook


def _hooks_now():
    # Captured when a Thread is made: the hooks to fall back on if, by the time the thread
    # fails, threading.excepthook or sys.excepthook has been set to None.
    if excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if _sys.excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    return excepthook, _sys.excepthook


def _hand_to_excepthook(thread):
    # From the except clause around a thread's run(): passes the exception to whatever
    # threading.excepthook is at this moment. Should that hook fail, its own exception goes
    # to sys.excepthook.
    own_hook, sys_hook = thread._fallback_hooks
    try:
        kind, value, tb = _sys.exc_info()
        if tb is None and value is not None:
            tb = value.__traceback__
        hook = own_hook if excepthook is None else excepthook
        hook(ExceptHookArgs([kind, value, tb, thread]))
    except Exception as failure:
        failure.__suppress_context__ = True
        out = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=out, flush=True)
        report = sys_hook if _sys.excepthook is None else _sys.excepthook
        report(type(failure), failure, failure.__traceback__)


################################################################################
# Thread
################################################################################

def _default_thread_name(target):
    # "Thread-<serial>", plus " (<__name__>)" when there is a target that has a __name__.
    serial_name = _fresh_name("Thread-%d")
    if target is None:
        return serial_name
    try:
        label = target.__name__
    except AttributeError:
        return serial_name
    return f"{serial_name} ({label})"


class Thread:
    """One thread of control. start() runs run() in a new OS thread; by default run() calls
    target(*args, **kwargs)."""

    _set_up = False   # stays False on instances whose __init__ never ran

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        name = str(name) if name else _default_thread_name(target)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._os_id = None
        self._launched = Event()   # set once the new thread is running
        self._finished = False
        self._exit_latch = None    # a plain lock held from start() until the thread ends
        self._locals_seen = []     # local objects holding an attribute dict for this thread
        self._set_up = True
        self._stderr = _sys.stderr
        self._fallback_hooks = _hooks_now()

    def __repr__(self):
        assert self._set_up, "Thread.__init__() was not called"
        # life stage, then the daemon flag and the thread id when they apply
        if self._finished:
            words = ["stopped"]
        else:
            words = ["started" if self._launched.is_set() else "initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return f"<{type(self).__name__}({self._name}, {' '.join(words)})>"

    def start(self):
        """Runs run() in a new thread and returns once it has begun. A Thread starts
        only once."""
        if not self._set_up:
            raise RuntimeError("thread.__init__() not called")
        if self._launched.is_set():
            raise RuntimeError("threads can only be started once")
        latch = _plain_lock()
        latch.acquire()
        self._exit_latch = latch
        with _registry_guard:
            _starting[self] = self
        try:
            _launch(self._thread_main, self._name)
        except Exception:
            _unlist_starting(self)
            raise
        self._launched._sleep(None, "waiting", "start " + self._name)

    def run(self):
        """The thread's work: calls target(*args, **kwargs). Subclasses may override it."""
        work = self._target
        try:
            if work is not None:
                work(*self._args, **self._kwargs)
        finally:
            # Let go of the callable and its arguments once the thread is done with them.
            del self._target, self._args, self._kwargs

    def _thread_main(self):
        # First and last Python code of the new OS thread.
        global _starting
        try:
            self._ident = get_ident()
            self._os_id = get_native_id()
            with _registry_guard:
                _running[self._ident] = self
                _starting = _dropped(_starting, self)
            self._launched.set()
            try:
                self.run()
            except BaseException:
                _hand_to_excepthook(self)
        finally:
            self._wind_up()

    def _wind_up(self):
        global _running
        with _registry_guard:
            _running = _dropped(_running, self._ident)
        _forget_thread_locals(self)
        self._finished = True
        self._exit_latch.release()

    def join(self, timeout=None):
        """Waits for the thread to end, or at most `timeout` seconds (then check
        is_alive())."""
        if not self._set_up:
            raise RuntimeError("Thread.__init__() not called")
        if not self._launched.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._finished:
            return
        _label_wait("blocked", "join " + self._name)
        latch = self._exit_latch
        if latch.acquire(True, -1 if timeout is None else max(timeout, 0)):
            latch.release()   # leave it open for other joiners

    def is_alive(self):
        """True from the moment start() returns until run() has ended."""
        assert self._set_up, "Thread.__init__() not called"
        return self._launched.is_set() and not self._finished

    @property
    def name(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._set_up, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._os_id

    @property
    def daemon(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._set_up:
            raise RuntimeError("Thread.__init__() not called")
        if self._launched.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Pre-property spellings (CPython warns that they are deprecated; asyncplay does not).

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) once `interval` seconds have passed,
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        # missing call arguments mean "none": a fresh empty list / dict each time
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()   # set by cancel() or once the call has been made

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished._sleep(self.interval, "sleeping", "Timer")
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread the program began in.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._exit_latch = _plain_lock()
        self._exit_latch.acquire()   # let go by _shutdown()
        self._launched.set()
        self._ident = get_ident()
        self._os_id = get_native_id()
        with _registry_guard:
            _running[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread threading did not start (one from _thread.start_new_thread):
    # daemonic, always alive, never joinable.

    def __init__(self):
        Thread.__init__(self, name=_fresh_name("Dummy-%d"), daemon=True)
        self._launched.set()
        self._ident = get_ident()
        self._os_id = get_native_id()
        with _registry_guard:
            _running[self._ident] = self

    def is_alive(self):
        assert self._launched.is_set() and not self._finished
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


################################################################################
# Module-level queries
################################################################################

def current_thread():
    """The Thread object for the calling thread."""
    thread = _running.get(get_ident())
    return thread if thread is not None else _DummyThread()


currentThread = current_thread


def main_thread():
    """The Thread object of the thread the program started in."""
    return _main_thread


def active_count():
    """How many threads enumerate() would list."""
    with _registry_guard:
        return len(_running) + len(_starting)


activeCount = active_count


def enumerate():
    """Every Thread that is alive: running ones, ones being started and the main thread."""
    with _registry_guard:
        return [*_running.values(), *_starting.values()]


################################################################################
# Interpreter exit
################################################################################

_exit_hooks = []       # called (newest first) by _shutdown() before threads are joined
_exit_started = False


def _register_atexit(func, *args, **kwargs):
    # For stdlib modules (concurrent.futures): func(*args, **kwargs) at exit, while the
    # non-daemon threads are still running.
    if _exit_started:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_hooks.append(lambda: func(*args, **kwargs))


_main_thread = _MainThread()


def _shutdown():
    # Called by the interpreter once the main module is done: runs the exit hooks, marks the
    # main thread stopped and waits for every non-daemon thread, including any started while
    # waiting.
    global _exit_started
    if _main_thread._finished:
        return
    _exit_started = True
    for hook in _exit_hooks[::-1]:
        hook()
    if _main_thread._ident == get_ident():
        _main_thread._finished = True
        _main_thread._exit_latch.release()
    while True:
        with _registry_guard:
            everyone = [*_running.values(), *_starting.values()]
        outstanding = [t for t in everyone
                       if not (t._daemonic or t._finished or t is _main_thread)]
        if not outstanding:
            return
        for thread in outstanding:
            if thread._launched.is_set():
                thread.join()
            else:
                thread._launched.wait()


################################################################################
# Thread-local data
################################################################################

class _Slots:
    # Per-thread state of one local object: an attribute dict per thread ident, plus the
    # constructor arguments, replayed through a subclass's __init__ in each new thread.
    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.by_thread = {}


_slots_guard = _plain_lock()   # held while any _Slots.by_thread is replaced or extended


def _forget_thread_locals(thread):
    # The thread has ended: its attribute dicts go away.
    ident = thread._ident
    with _slots_guard:
        for slots in thread._locals_seen:
            slots.by_thread = _dropped(slots.by_thread, ident)
    thread._locals_seen = []


def _attrs_here(obj):
    # The calling thread's attribute dict for `obj`; the first touch from a thread makes it
    # and runs a subclass's __init__ there.
    slots = object.__getattribute__(obj, '_local__slots')
    ident = get_ident()
    attrs = slots.by_thread.get(ident)
    if attrs is None:
        attrs = {}
        with _slots_guard:
            slots.by_thread[ident] = attrs
        current_thread()._locals_seen.append(slots)
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *slots.args, **slots.kwargs)
    return attrs


_ABSENT = object()


def _class_lookup(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return _ABSENT


def _is_data_descriptor(attr):
    return isinstance(attr, property) or hasattr(type(attr), '__set__')


def _type_label(obj):
    cls = type(obj)
    return '_thread._local' if cls is _local else cls.__name__


def _missing(obj, name):
    return AttributeError(f"'{_type_label(obj)}' object has no attribute '{name}'")


def _dict_is_read_only(obj):
    return AttributeError(f"'{_type_label(obj)}' object attribute '__dict__' is read-only")


class _local:
    """threading.local(): each thread sees only the attributes it set itself. A subclass's
    __init__ runs again, with the original arguments, in every thread that uses the object."""

    __module__ = '_thread'

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        obj = object.__new__(cls)
        slots = _Slots(args, kwargs)
        object.__setattr__(obj, '_local__slots', slots)
        # Type.__call__ runs __init__ right after this, in the creating thread: its dict
        # must already be there so that __init__ is not run twice.
        slots.by_thread[get_ident()] = {}
        current_thread()._locals_seen.append(slots)
        return obj

    def __getattribute__(self, name):
        if name == '__dict__':
            return _attrs_here(self)
        if name == '__class__' or name.startswith('_local__'):
            return object.__getattribute__(self, name)
        attrs = _attrs_here(self)
        on_class = _class_lookup(type(self), name)
        if name in attrs and not _is_data_descriptor(on_class):
            return attrs[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if on_class is _ABSENT:
                raise _missing(self, name) from None
            raise

    # Reached where an overridden __getattribute__ is bypassed.
    def __getattr__(self, name):
        attrs = _attrs_here(self)
        if name in attrs:
            return attrs[name]
        raise _missing(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise _dict_is_read_only(self)
        attrs = _attrs_here(self)
        if _is_data_descriptor(_class_lookup(type(self), name)):
            object.__setattr__(self, name, value)
        else:
            attrs[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise _dict_is_read_only(self)
        attrs = _attrs_here(self)
        if _is_data_descriptor(_class_lookup(type(self), name)):
            object.__delattr__(self, name)
        elif name in attrs:
            del attrs[name]
        else:
            raise _missing(self, name)


local = _local
