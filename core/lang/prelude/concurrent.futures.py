"""concurrent.futures for asyncplay: run calls in the background, get their outcomes as
Futures.

Future, wait(), as_completed(), Executor and ThreadPoolExecutor, all in this one module
(asyncplay has no process pools). Messages, reprs, worker naming and the order in which
things happen match CPython 3.11.
"""

import sys
import itertools
import queue
import threading
import time
from collections import namedtuple

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'InvalidStateError')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_EVERY_ONE = 'as_completed'   # the watcher rule of as_completed(): report each future

# Where a future is in its life. The strings are the ones InvalidStateError messages show.
_QUEUED = 'PENDING'
_STARTED = 'RUNNING'
_CANCEL_UNSEEN = 'CANCELLED'                # cancelled; wait()/as_completed() not told yet
_CANCEL_SEEN = 'CANCELLED_AND_NOTIFIED'     # ... and told, by set_running_or_notify_cancel()
_COMPLETE = 'FINISHED'

_CANCELLED = (_CANCEL_UNSEEN, _CANCEL_SEEN)
_OVER = (_CANCEL_UNSEEN, _CANCEL_SEEN, _COMPLETE)   # what done() reports
_COUNTED_DONE = (_CANCEL_SEEN, _COMPLETE)            # what wait()/as_completed() count as done


def _describe(state):
    # The word a future's repr uses for its state.
    return 'cancelled' if state in _CANCELLED else state.lower()


class Error(Exception):
    """Base of this module's own exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The future's call was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError   # the builtin one, as in 3.11


class InvalidStateError(Error):
    """The future is not in a state that allows this operation."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """The executor can no longer run anything."""
    __module__ = 'concurrent.futures._base'


def _log_current_exception(message):
    # CPython logs these through the "concurrent.futures" logger; with logging unconfigured
    # that shows as the message and then the traceback, on stderr.
    failure = sys.exc_info()[1]
    print(message, file=sys.stderr, flush=True)
    show = getattr(sys, '__excepthook__', None) or sys.excepthook
    show(type(failure), failure, failure.__traceback__)


################################################################################
# Watchers: how wait() and as_completed() learn that futures are done
################################################################################

class _Watcher:
    """Attached to every future of one wait() or as_completed() call. Futures report to it as
    they finish or their cancellation is announced; `wakeup` is set once `rule` is met."""

    def __init__(self, rule, unfinished):
        if rule not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _EVERY_ONE):
            raise ValueError("Invalid return condition: %r" % rule)
        self.rule = rule
        self.unfinished = unfinished
        self.reported = []
        self.wakeup = threading.Event()
        self._guard = threading.Lock()

    def report(self, future, raised):
        with self._guard:
            self.reported.append(future)
            if self.rule in (FIRST_COMPLETED, _EVERY_ONE):
                wake = True
            elif raised and self.rule == FIRST_EXCEPTION:
                wake = True
            else:
                self.unfinished -= 1
                wake = not self.unfinished
            if wake:
                self.wakeup.set()

    def collect(self):
        # Everything reported since the last collect(), oldest first; re-arms `wakeup`.
        with self._guard:
            batch, self.reported = self.reported, []
            self.wakeup.clear()
        return batch


def _hold_all(futures):
    # Locks every future's condition, always in the same (id) order so that two callers
    # cannot deadlock; returns what _release_all() needs.
    ordered = sorted(futures, key=id)
    for future in ordered:
        future._cond.acquire()
    return ordered


def _release_all(ordered):
    for future in reversed(ordered):
        future._cond.release()


def _detach(future, watcher):
    with future._cond:
        future._watchers.remove(watcher)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _already_satisfied(done, everything, return_when):
    if len(done) == len(everything):
        return True
    if not done:
        return False
    if return_when == FIRST_COMPLETED:
        return True
    if return_when == FIRST_EXCEPTION:   # and one of them raised
        return any(not f.cancelled() and f.exception() is not None for f in done)
    return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits, at most `timeout` seconds, until `return_when` holds for the futures fs:
    FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED. Returns the named pair of sets
    (done, not_done)."""
    fs = set(fs)
    held = _hold_all(fs)
    try:
        done = {f for f in fs if f._state in _COUNTED_DONE}
        if _already_satisfied(done, fs, return_when):
            return DoneAndNotDoneFutures(done, fs - done)
        watcher = _Watcher(return_when, len(fs) - len(done))
        for f in fs:
            f._watchers.append(watcher)
    finally:
        _release_all(held)
    watcher.wakeup._sleep(timeout, "waiting", "futures.wait")
    for f in fs:
        _detach(f, watcher)
    done.update(watcher.reported)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yields the futures fs as each finishes or is cancelled (those already done first).
    Raises TimeoutError if some are still unfinished `timeout` seconds after iteration
    began."""
    deadline = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    held = _hold_all(fs)
    try:
        ready = [f for f in fs if f._state in _COUNTED_DONE]
        watcher = _Watcher(_EVERY_ONE, 0)
        for f in fs:
            f._watchers.append(watcher)
    finally:
        _release_all(held)
    outstanding = fs.difference(ready)
    watched = set(fs)   # futures still carrying the watcher
    try:
        batch = ready
        while True:
            # Hand out the batch, letting go of each future before the caller gets it.
            for f in batch:
                watched.discard(f)
                outstanding.discard(f)
                _detach(f, watcher)
                yield f
            batch = f = None
            if not outstanding:
                return
            if deadline is None:
                left = None
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(outstanding), total))
            watcher.wakeup._sleep(left, "waiting", "as_completed")
            batch = watcher.collect()
    finally:
        for f in watched:
            _detach(f, watcher)


################################################################################
# Future
################################################################################

class Future:
    """The eventual outcome of a call: a result, an exception, or a cancellation."""

    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._cond = threading.Condition()
        self._state = _QUEUED
        self._result = None
        self._exception = None
        self._watchers = []
        self._callbacks = []

    def __repr__(self):
        with self._cond:
            text = '<%s at %#x state=%s' % (self.__class__.__name__, id(self),
                                             _describe(self._state))
            if self._state == _COMPLETE:
                if self._exception:
                    text += ' raised ' + self._exception.__class__.__name__
                else:
                    text += ' returned ' + self._result.__class__.__name__
            return text + '>'

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            _log_current_exception('exception calling callback for %r' % (self,))

    def _run_callbacks(self):
        for fn in self._callbacks:
            self._call_back(fn)

    def cancel(self):
        """Cancels the call if it has not started. Returns whether the future is now
        cancelled."""
        with self._cond:
            if self._state in _CANCELLED:
                return True
            if self._state != _QUEUED:
                return False
            self._state = _CANCEL_UNSEEN
            self._cond.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        """Whether the future was cancelled."""
        with self._cond:
            return self._state in _CANCELLED

    def running(self):
        """Whether the call is running now."""
        with self._cond:
            return self._state == _STARTED

    def done(self):
        """Whether the call has finished or was cancelled."""
        with self._cond:
            return self._state in _OVER

    def add_done_callback(self, fn):
        """Arranges for fn(future) once the future is done; calls it at once if it already is.
        Callbacks run in the order they were added."""
        with self._cond:
            if self._state not in _OVER:
                self._callbacks.append(fn)
                return
        self._call_back(fn)

    def _settled(self, timeout, label):
        # With self._cond held: waits (once, at most `timeout` seconds) for the outcome.
        # Raises CancelledError or TimeoutError when there is none to report.
        if self._state not in _OVER:
            self._cond._sleep(timeout, "waiting", label)
        if self._state in _CANCELLED:
            raise CancelledError()
        if self._state != _COMPLETE:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting at most `timeout` seconds; re-raises the call's
        exception, CancelledError if cancelled, TimeoutError if not done in time."""
        with self._cond:
            self._settled(timeout, "Future.result")
            if self._exception:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at most `timeout`
        seconds; CancelledError if cancelled, TimeoutError if not done in time."""
        with self._cond:
            self._settled(timeout, "Future.exception")
            return self._exception

    # Used by executors (and unit tests) to move the future along.

    def set_running_or_notify_cancel(self):
        """Before running the call: returns True and marks the future running, or, if it was
        cancelled, tells its waiters so and returns False."""
        with self._cond:
            if self._state == _QUEUED:
                self._state = _STARTED
                return True
            if self._state == _CANCEL_UNSEEN:
                self._state = _CANCEL_SEEN
                for watcher in self._watchers:
                    watcher.report(self, False)
                return False
            print('Future %s in unexpected state: %s' % (id(self), self._state),
                  file=sys.stderr)
            raise RuntimeError('Future in unexpected state')

    def _complete(self, value, error, raised):
        with self._cond:
            if self._state in _OVER:
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = value
            self._exception = error
            self._state = _COMPLETE
            for watcher in self._watchers:
                watcher.report(self, raised)
            self._cond.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """Completes the future with a return value."""
        self._complete(result, None, False)

    def set_exception(self, exception):
        """Completes the future with an exception."""
        self._complete(None, exception, True)


################################################################################
# Executor
################################################################################

class Executor:
    """Abstract base of executors; a subclass provides submit() (and usually shutdown())."""

    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but every call is submitted at once. The returned iterator
        gives the results in order; it raises a call's exception when it reaches that call,
        and TimeoutError for a result not ready `timeout` seconds after map() was called."""
        deadline = None if timeout is None else timeout + time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Releases the executor's resources; with wait, returns when pending calls are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    # The iterator map() returns. Each future is cancelled once taken (a no-op if it finished)
    # and any left when the iterator stops early are cancelled too.
    futures.reverse()   # take from the end
    try:
        while futures:
            future = futures.pop()
            try:
                if deadline is None:
                    value = future.result()
                else:
                    value = future.result(deadline - time.monotonic())
            finally:
                future.cancel()
                future = None
            yield value
            value = None
    finally:
        for future in futures:
            future.cancel()


################################################################################
# ThreadPoolExecutor
################################################################################

class BrokenThreadPool(BrokenExecutor):
    """A pool thread's initializer raised; the pool accepts no more work."""
    __module__ = 'concurrent.futures.thread'


_BROKEN_BY_INITIALIZER = ('A thread initializer failed, the thread pool is not usable '
                          'anymore')

# Every live pool thread, with its pool's job queue: at interpreter exit each one is sent the
# stop sentinel (None) and joined, after its queued jobs have run. The dict is swapped for a
# new one rather than having keys deleted (see threading._dropped for why).
_pool_threads = {}
_interpreter_exiting = False
_pool_threads_guard = threading.Lock()


def _stop_pool_threads():
    global _interpreter_exiting
    with _pool_threads_guard:
        _interpreter_exiting = True
        threads = list(_pool_threads.items())
    for _, jobs in threads:
        jobs.put(None)
    for thread, _ in threads:
        thread.join()


threading._register_atexit(_stop_pool_threads)


def _retire_pool_thread(thread):
    global _pool_threads
    with _pool_threads_guard:
        _pool_threads = {t: q for t, q in _pool_threads.items() if t is not thread}


def _cpu_based_max_workers():
    # CPython's default: min(32, os.cpu_count() + 4). Without an os module, assume 2 CPUs.
    try:
        import os
    except ImportError:
        return 6
    return min(32, (os.cpu_count() or 1) + 4)


def _run_job(future, fn, args, kwargs):
    if not future.set_running_or_notify_cancel():
        return
    try:
        value = fn(*args, **kwargs)
    except BaseException as failure:
        future.set_exception(failure)
        # The traceback keeps this frame alive: drop what it would otherwise keep.
        future = fn = args = kwargs = None
    else:
        future.set_result(value)


def _pool_thread(pool, jobs, initializer, initargs):
    # Body of every pool thread: the initializer, then jobs until the stop sentinel arrives
    # at a pool that is shutting down.
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _log_current_exception('Exception in initializer:')
                pool._initializer_failed()
                return
        try:
            while True:
                job = jobs.get()
                if job is not None:
                    _run_job(*job)
                    job = None
                    pool._one_more_idle()
                elif _interpreter_exiting or pool._closed:
                    pool._closed = True
                    jobs.put(None)   # the next thread must stop too
                    return
        except BaseException:
            _log_current_exception('Exception in worker')
    finally:
        _retire_pool_thread(threading.current_thread())


_pool_serial = itertools.count()   # numbers the pools named by default


class ThreadPoolExecutor(Executor):
    """Runs submitted calls on up to `max_workers` threads, started as work arrives; a job
    goes to an idle thread before a new thread is started."""

    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = _cpu_based_max_workers()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._name_prefix = (thread_name_prefix or
                                    'ThreadPoolExecutor-%d' % next(_pool_serial))
        self._init_fn = initializer
        self._init_args = initargs
        self._threads = set()
        self._jobs = queue.SimpleQueue()   # (future, fn, args, kwargs) tuples; None = stop
        self._idle = 0          # finished jobs not yet matched by a submit(): idle threads
        self._closed = False    # shutdown() was called
        self._broken = False    # or the reason the pool is unusable
        self._lock = threading.Lock()
        self._idle_lock = threading.Lock()   # guards only _idle (taken by pool threads)

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) on a pool thread; returns its Future."""
        with self._lock:
            with _pool_threads_guard:
                if self._broken:
                    raise BrokenThreadPool(self._broken)
                if self._closed:
                    raise RuntimeError('cannot schedule new futures after shutdown')
                if _interpreter_exiting:
                    raise RuntimeError('cannot schedule new futures after '
                                       'interpreter shutdown')
                future = Future()
                self._jobs.put((future, fn, args, kwargs))
                self._find_thread_for_job()
                return future

    def _find_thread_for_job(self):
        # An idle thread will pick the job up; with none, start another while under the limit.
        with self._idle_lock:
            if self._idle:
                self._idle -= 1
                return
        number = len(self._threads)
        if number >= self._max_workers:
            return
        thread = threading.Thread(name='%s_%d' % (self._name_prefix, number),
                                  target=_pool_thread,
                                  args=(self, self._jobs, self._init_fn, self._init_args))
        thread.start()
        self._threads.add(thread)
        _pool_threads[thread] = self._jobs

    def _one_more_idle(self):
        with self._idle_lock:
            self._idle += 1

    def _take_queued_jobs(self):
        taken = []
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return taken
            if job is not None:
                taken.append(job)

    def _initializer_failed(self):
        with self._lock:
            self._broken = _BROKEN_BY_INITIALIZER
            for future, _, _, _ in self._take_queued_jobs():
                future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Refuses further submits. Queued calls still run unless cancel_futures; with wait,
        returns once every pool thread has ended."""
        with self._lock:
            self._closed = True
            if cancel_futures:
                for future, _, _, _ in self._take_queued_jobs():
                    future.cancel()
            self._jobs.put(None)   # each thread passes it on as it stops
        if wait:
            for thread in list(self._threads):
                thread.join()
