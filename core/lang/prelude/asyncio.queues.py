"""asyncio.queues for asyncplay: Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull.

A queue holds its items in `_queue` (made by `_init`, filled by `_put`, emptied by `_get`, the
hooks subclasses override) and parks tasks that cannot proceed on futures, getters and putters
in two deques, oldest first. join() waits on an Event that is set whenever every item put has
been marked done by task_done(). The wake-up order matches CPython 3.11.

Nothing is taken from the asyncio module while this one is imported; the loop is looked up
when a task has to wait.
"""

import _aploop
import asyncio
import heapq
from collections import deque

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue at its maxsize."""


def _make_event():
    # asyncio.locks is imported by asyncio before this module; fetch it when a queue is built.
    import asyncio.locks
    return asyncio.locks.Event()


class Queue:
    """A first-in, first-out queue for coroutines.

    With maxsize <= 0 it never fills up; otherwise put() waits while it holds maxsize items.
    """

    _loop = None

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()       # futures of tasks waiting in get()
        self._putters = deque()       # futures of tasks waiting in put()
        self._unfinished_tasks = 0    # items put and not yet marked done
        self._finished = _make_event()
        self._finished.set()
        self._init(maxsize)

    # -- the storage hooks, overridden by LifoQueue, PriorityQueue and user subclasses

    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    # --

    def _wakeup_next(self, parked):
        # Drop waiters from the front of `parked` until one still pending has been woken.
        while parked:
            fut = parked.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    def _get_loop(self):
        running = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running

    def __class_getitem__(cls, item):
        try:
            return type(list[int])(cls, item)
        except TypeError:
            return cls

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        if self._getters:
            parts.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            parts.append(f'_putters[{len(self._putters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @property
    def maxsize(self):
        """The most items the queue holds (0 or less: no limit)."""
        return self._maxsize

    def qsize(self):
        """How many items the queue holds."""
        return len(self._queue)

    def empty(self):
        """True if the queue holds no items."""
        return not self._queue

    def full(self):
        """True if the queue holds maxsize items (never, when maxsize <= 0)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _park(self, parked, still_blocked):
        # Wait on a new future queued in `parked`. If we are interrupted (cancelled) after
        # being woken, the wake-up is handed to the next waiter so that it is not lost.
        ticket = self._get_loop().create_future()
        if _aploop.tracing():
            verb = 'get' if parked is self._getters else 'put'
            ticket._trace_label = ('blocked', f'{type(self).__name__}.{verb}()')
        parked.append(ticket)
        try:
            await ticket
        except:
            ticket.cancel()
            if ticket in parked:
                parked.remove(ticket)
            if not still_blocked() and not ticket.cancelled():
                self._wakeup_next(parked)
            raise

    async def put(self, item):
        """Put item in the queue, first waiting for room if it is full."""
        while self.full():
            await self._park(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put item in the queue at once; raise QueueFull if there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Take an item out of the queue, first waiting for one if it is empty."""
        while self.empty():
            await self._park(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Take an item out of the queue at once; raise QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Mark one item taken with get() as processed; join() returns when all are."""
        left = self._unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks = left
        if not left:
            # nothing outstanding: release join()
            self._finished.set()

    async def join(self):
        """Wait until every item put in the queue has been marked done with task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue handing out its smallest item first (entries are often (priority, data))."""

    # storage: a list kept in heap order, smallest item at index 0

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue handing out the item put most recently first."""

    # storage: a list used as a stack, its end being the top

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
