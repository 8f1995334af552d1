"""asyncio.locks for asyncplay: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.

Every primitive parks a waiting task on a future made by the running loop and keeps those
futures in a deque, oldest first, so tasks are woken in the order they started waiting. When
a task is woken, how many loop iterations pass before it runs, and what it does when it is
cancelled while parked, follow CPython 3.11, so programs interleave and print alike.

Nothing is taken from the asyncio module while this one is imported (asyncio imports it while
being initialised itself); the loop and CancelledError are looked up when they are needed.
"""

import asyncio
from collections import deque

# BrokenBarrierError lives here too (asyncio re-exports it; it says it is asyncio.exceptions').
__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""
    __module__ = 'asyncio.exceptions'


def _with_detail(plain, detail):
    # '<asyncio.locks.Lock object at 0x...>' + 'unlocked' -> '<... at 0x... [unlocked]>'
    return '<' + plain[1:-1] + ' [' + detail + ']>'


def _waiter_note(detail, parked):
    if parked:
        return f'{detail}, waiters:{len(parked)}'
    return detail


class _LoopBinding:
    """A primitive belongs to the first loop it waits on; using it from another is an error."""

    _loop = None

    def _get_loop(self):
        running = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running

    # What a task parked in this primitive is doing, for the trace: (state, detail).
    _trace_wait = ('waiting', 'Future')

    def _new_waiter(self):
        ticket = self._get_loop().create_future()
        ticket._trace_label = self._trace_wait
        return ticket


class _AcquireInAsyncWith:
    """`async with x:` acquires x on entry (binding nothing) and releases it on exit."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _resolve_first_pending(parked, value):
    # Give `value` to the oldest waiter that is still pending; report whether one was found.
    for fut in parked:
        if not fut.done():
            fut.set_result(value)
            return True
    return False


################################################################################
### Lock
################################################################################

class Lock(_AcquireInAsyncWith, _LoopBinding):
    """A mutual exclusion lock for coroutines, not owned by any task.

    acquire() waits while the lock is held; release() hands it to the task that has waited
    longest, even if some other task asks for it before that one gets to run.
    """

    _trace_wait = ('blocked', 'Lock.acquire()')

    def __init__(self):
        self._locked = False
        self._waiters = None        # a deque of futures once anyone has had to wait

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return _with_detail(super().__repr__(), _waiter_note(state, self._waiters))

    def locked(self):
        """Return True if the lock is held."""
        return self._locked

    def _free_for_newcomer(self):
        # Free, and nobody still queued ahead (cancelled waiters do not count).
        if self._locked:
            return False
        queue = self._waiters
        return not queue or all(fut.cancelled() for fut in queue)

    async def acquire(self):
        """Wait until the lock is free, take it and return True."""
        if self._free_for_newcomer():
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = deque()
        ticket = self._new_waiter()
        self._waiters.append(ticket)
        try:
            try:
                await ticket
            finally:
                self._waiters.remove(ticket)
        except asyncio.CancelledError:
            # We were chosen but cancelled before running: pass the turn on.
            if not self._locked:
                self._hand_over()
            raise
        self._locked = True
        return True

    def release(self):
        """Free the lock and wake the longest-waiting task, if any."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._hand_over()

    def _hand_over(self):
        # Only the head of the queue is considered: if it was already woken, it takes the lock.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


################################################################################
### Event
################################################################################

class Event(_LoopBinding):
    """A flag tasks can wait for: set() wakes them all, clear() makes them wait again."""

    _trace_wait = ('waiting', 'Event.wait()')

    def __init__(self):
        self._value = False
        self._waiters = deque()

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        return _with_detail(super().__repr__(), _waiter_note(state, self._waiters))

    def is_set(self):
        """Return True if the flag is set."""
        return self._value

    def set(self):
        """Set the flag and wake every task waiting for it."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Unset the flag; wait() blocks again until the next set()."""
        self._value = False

    async def wait(self):
        """Return True once the flag is set, at once if it already is."""
        if self._value:
            return True
        ticket = self._new_waiter()
        self._waiters.append(ticket)
        try:
            await ticket
            return True
        finally:
            self._waiters.remove(ticket)


################################################################################
### Condition
################################################################################

class Condition(_AcquireInAsyncWith, _LoopBinding):
    """A condition variable over a Lock (a new one unless `lock` is given).

    The holder of the lock calls wait() to release it and sleep until notified; the waiter
    takes the lock back before wait() returns.
    """

    _trace_wait = ('waiting', 'Condition.wait()')

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's own methods serve as the condition's.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return _with_detail(super().__repr__(), _waiter_note(state, self._waiters))

    async def wait(self):
        """Release the lock, sleep until notified, take the lock back and return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            ticket = self._new_waiter()
            self._waiters.append(ticket)
            try:
                await ticket
                return True
            finally:
                self._waiters.remove(ticket)
        finally:
            # Whatever happened, the caller must hold the lock again when we leave; a
            # cancellation that arrives meanwhile is remembered and raised afterwards.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except asyncio.CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise asyncio.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its last value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake at most n waiting tasks (the longest waiting first)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                fut.set_result(False)
                woken += 1

    def notify_all(self):
        """Wake every waiting task."""
        self.notify(len(self._waiters))


################################################################################
### Semaphore, BoundedSemaphore
################################################################################

class Semaphore(_AcquireInAsyncWith, _LoopBinding):
    """A counter of free slots: acquire() takes one (waiting while none is free), release()
    gives one back. Slots go to waiting tasks in the order they started waiting."""

    _trace_wait = ('blocked', 'Semaphore.acquire()')

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = None

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = f'unlocked, value:{self._value}'
        return _with_detail(super().__repr__(), _waiter_note(state, self._waiters))

    def locked(self):
        """True if acquire() would have to wait."""
        if self._value == 0:
            return True
        return any(not fut.cancelled() for fut in (self._waiters or ()))

    async def acquire(self):
        """Take a slot, waiting for one if necessary; return True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        ticket = self._new_waiter()
        self._waiters.append(ticket)
        try:
            try:
                await ticket
            finally:
                self._waiters.remove(ticket)
        except asyncio.CancelledError:
            if not ticket.cancelled():
                # A slot was reserved for us already: give it back to the next in line.
                self._value += 1
                self._pass_slot()
            raise
        if self._value > 0:
            self._pass_slot()
        return True

    def release(self):
        """Give a slot back, waking the next waiting task if there is one."""
        self._value += 1
        self._pass_slot()

    def _pass_slot(self):
        # Reserve a slot for the oldest waiter not woken yet.
        for fut in self._waiters or ():
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to raise the count above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        # Going above the starting value would mean a release() without an acquire().
        if self._value < self._bound_value:
            super().release()
        else:
            raise ValueError('BoundedSemaphore released too many times')


################################################################################
### Barrier
################################################################################

# The phases of a Barrier (its repr shows them).
_FILLING = 'filling'        # parties are arriving
_DRAINING = 'draining'      # all arrived; they are leaving
_RESETTING = 'resetting'    # reset() while parties waited; they are leaving with an error
_BROKEN = 'broken'          # abort(): every wait() fails until reset()


class Barrier(_LoopBinding):
    """Make `parties` tasks wait for each other: wait() returns once all have called it.

    Each passing task gets a distinct index, 0 to parties - 1, in order of arrival.
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._cond = Condition()     # guards the fields below; notified on every change
        self._state = _FILLING
        self._count = 0              # tasks inside wait()

    def __repr__(self):
        detail = self._state
        if not self.broken:
            detail = f'{detail}, waiters:{self.n_waiting}/{self.parties}'
        return _with_detail(super().__repr__(), detail)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    @property
    def parties(self):
        """How many tasks must arrive to let them all pass."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks are waiting for the others (0 unless filling)."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """True after abort(), until reset()."""
        return self._state == _BROKEN

    async def wait(self):
        """Wait until `parties` tasks are waiting; return this task's arrival index."""
        cond = self._cond
        async with cond:
            # A previous round still leaving: let it finish first.
            await cond.wait_for(lambda: self._state != _DRAINING and self._state != _RESETTING)
            if self._state == _BROKEN:
                raise BrokenBarrierError('Barrier aborted')
            position = self._count
            self._count += 1
            try:
                if position + 1 == self._parties:
                    self._state = _DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(lambda: self._state != _FILLING)
                    if self._state == _BROKEN or self._state == _RESETTING:
                        raise BrokenBarrierError('Abort or reset of barrier')
                return position
            finally:
                self._count -= 1
                if self._count == 0:
                    # The last one out re-opens the barrier for the next round.
                    if self._state == _DRAINING or self._state == _RESETTING:
                        self._state = _FILLING
                    cond.notify_all()

    async def reset(self):
        """Bring the barrier back to its empty state; tasks waiting get BrokenBarrierError."""
        async with self._cond:
            self._state = _RESETTING if self._count > 0 else _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting tasks and later wait() calls get BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()
