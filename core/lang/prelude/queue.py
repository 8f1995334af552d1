"""queue for asyncplay: thread-safe queues.

Queue (first in, first out), LifoQueue and PriorityQueue are bounded or not and count
unfinished tasks for join(); SimpleQueue is a plain unbounded FIFO. Messages and blocking
rules match CPython 3.11.
"""

import threading
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'A non-blocking or timed get() found no item.'
    __module__ = '_queue'


class Full(Exception):
    'A non-blocking or timed put() found no free slot.'


def _nonnegative(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _await(cond, blocked, block, timeout, give_up, state, detail):
    # With cond's lock held, waits for blocked() to turn false: not at all when not `block`,
    # for ever when timeout is None, else at most `timeout` seconds. Raises give_up when it
    # cannot wait any longer.
    if not block:
        if blocked():
            raise give_up
        return
    if timeout is None:
        cond._sleep_until(lambda: not blocked(), None, state, detail)
        return
    _nonnegative(timeout)
    deadline = _now() + timeout
    while blocked():
        left = deadline - _now()
        if left <= 0.0:
            raise give_up
        cond._sleep(left, state, detail)


class Queue:
    """A FIFO queue holding at most `maxsize` items (no limit when maxsize <= 0).

    Each put() adds an unfinished task; a consumer calls task_done() when it has dealt with
    an item, and join() waits until no task is unfinished.
    """

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex; three conditions on it, for the three things threads wait for.
        self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = [
            threading.Condition(self.mutex) for _ in range(3)]
        self.unfinished_tasks = 0

    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def _is_empty(self):
        return not self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds item. A full bounded queue makes it wait (at most `timeout` seconds), or raise
        Full when not blocking or out of time."""
        with self.not_full:
            if self.maxsize > 0:
                _await(self.not_full, self._is_full, block, timeout, Full,
                       "blocked", "Queue.put")
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item. An empty queue makes it wait (at most `timeout`
        seconds), or raise Empty when not blocking or out of time."""
        with self.not_empty:
            _await(self.not_empty, self._is_empty, block, timeout, Empty,
                   "waiting", "Queue.get")
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def task_done(self):
        """Marks one item obtained by get() as dealt with."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                # the last outstanding item: wake everyone in join()
                self.all_tasks_done.notify_all()

    def join(self):
        """Waits until task_done() has been called for every item ever put."""
        with self.all_tasks_done:
            self.all_tasks_done._sleep_until(lambda: not self.unfinished_tasks, None,
                                             "waiting", "Queue.join")

    def qsize(self):
        """How many items are queued (a snapshot)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether no item is queued (a snapshot)."""
        with self.mutex:
            return self._is_empty()

    def full(self):
        """Whether a bounded queue has no free slot (a snapshot)."""
        with self.mutex:
            return self._is_full()

    # Storage. Subclasses choose the order by redefining _init, _put and _get (and _qsize if
    # the items are not kept in a sized `self.queue`).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    """The item put last comes out first."""

    # self.queue is a list used as a stack: items go on and come off at its end

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """The smallest item comes out first; typical items are (priority, payload) tuples."""

    # self.queue is a list kept in heap order (see heapq): the smallest item is queue[0]

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never waits."""

    __module__ = '_queue'

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        # Items go onto _inbox; get() takes them from the end of _outbox, which is refilled
        # with the reversed inbox whenever it runs dry. Both ends stay O(1).
        self._inbox = []
        self._outbox = []
        self._ready = threading.Condition(threading.Lock())

    def _count(self):
        return len(self._inbox) + len(self._outbox)

    def put(self, item, block=True, timeout=None):
        """Adds item. Never waits: block and timeout exist to match Queue.put()."""
        with self._ready:
            self._inbox.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item, waiting (at most `timeout` seconds) while
        there is none; raises Empty when not blocking or out of time."""
        if block and timeout is not None:
            _nonnegative(timeout)
        with self._ready:
            _await(self._ready, lambda: not self._count(), block, timeout, Empty,
                   "waiting", "SimpleQueue.get")
            if not self._outbox:
                self._inbox.reverse()
                self._inbox, self._outbox = [], self._inbox
            return self._outbox.pop()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """Whether no item is queued (a snapshot)."""
        return not self._count()

    def qsize(self):
        """How many items are queued (a snapshot)."""
        return self._count()
