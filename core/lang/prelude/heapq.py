"""Priority queues kept in plain lists (binary min-heaps).

Written for asyncplay. A list h is a heap when h[i] <= h[2*i+1] and
h[i] <= h[2*i+2] wherever those slots exist, so h[0] is always the smallest
item. Only the < operator is used to order items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# ---------------------------------------------------------------------------
# Core movement helpers.
#
# _bubble_up(h, top, pos): the item at pos may be smaller than its ancestors;
#   swap it with its parent while it is smaller (never above index top).
# _sink(h, pos): the item at pos may be too large. It is first swapped all
#   the way down to a leaf, always trading places with the smaller child, and
#   then bubbled back up (no higher than pos). This needs fewer comparisons
#   than checking against both children at every level on the way down.
# Moves are done as swaps so that the list always holds every item once,
# even when a comparison raises part way through.
# The *_max versions do the same for heaps whose root is the largest item.
# ---------------------------------------------------------------------------

def _changed():
    raise RuntimeError('list changed size during iteration')


def _bubble_up(h, top, pos):
    size = len(h)
    item = h[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = h[up]
        smaller = item < above
        if len(h) != size:
            _changed()
        if smaller:
            h[pos] = above
            h[up] = item
            pos = up
        else:
            break


def _sink(h, pos):
    size = len(h)
    start = pos
    item = h[pos]
    kid = 2 * pos + 1
    while kid < size:
        other = kid + 1
        if other < size:
            pick_other = not h[kid] < h[other]
            if len(h) != size:
                _changed()
            if pick_other:
                kid = other
        h[pos] = h[kid]
        h[kid] = item
        pos = kid
        kid = 2 * pos + 1
    _bubble_up(h, start, pos)


def _bubble_up_max(h, top, pos):
    size = len(h)
    item = h[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = h[up]
        smaller = above < item
        if len(h) != size:
            _changed()
        if smaller:
            h[pos] = above
            h[up] = item
            pos = up
        else:
            break


def _sink_max(h, pos):
    size = len(h)
    start = pos
    item = h[pos]
    kid = 2 * pos + 1
    while kid < size:
        other = kid + 1
        if other < size:
            pick_other = not h[other] < h[kid]
            if len(h) != size:
                _changed()
            if pick_other:
                kid = other
        h[pos] = h[kid]
        h[kid] = item
        pos = kid
        kid = 2 * pos + 1
    _bubble_up_max(h, start, pos)


# ---------------------------------------------------------------------------
# Argument checks shaped like CPython's built-in versions of these functions.
# ---------------------------------------------------------------------------

def _want_two(fname, args, kwargs):
    if kwargs:
        raise TypeError('_heapq.%s() takes no keyword arguments' % fname)
    if len(args) != 2:
        raise TypeError('%s expected 2 arguments, got %d' % (fname, len(args)))
    h = args[0]
    if not isinstance(h, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (fname, _type_label(h)))
    return h, args[1]


def _want_one(fname, args, kwargs):
    if kwargs:
        raise TypeError('_heapq.%s() takes no keyword arguments' % fname)
    if len(args) != 1:
        raise TypeError('_heapq.%s() takes exactly one argument (%d given)' % (fname, len(args)))
    h = args[0]
    if not isinstance(h, list):
        raise TypeError('%s() argument must be list, not %s' % (fname, _type_label(h)))
    return h


def _type_label(obj):
    if obj is None:
        return 'None'
    return type(obj).__name__


# ---------------------------------------------------------------------------
# Public heap operations.
# ---------------------------------------------------------------------------

def heappush(*args, **kwargs):
    """heappush(heap, item): add item to heap, keeping it a heap."""
    h, item = _want_two('heappush', args, kwargs)
    h.append(item)
    _bubble_up(h, 0, len(h) - 1)


def heappop(*args, **kwargs):
    """heappop(heap): remove and return the smallest item of heap."""
    h = _want_one('heappop', args, kwargs)
    if not h:
        raise IndexError('index out of range')
    last = h.pop()
    if not h:
        return last
    smallest = h[0]
    h[0] = last
    _sink(h, 0)
    return smallest


def heapreplace(*args, **kwargs):
    """heapreplace(heap, item): pop the smallest item, then add item; the
    returned value may be larger than item. Faster than a pop plus a push."""
    h, item = _want_two('heapreplace', args, kwargs)
    if not h:
        raise IndexError('index out of range')
    smallest = h[0]
    h[0] = item
    _sink(h, 0)
    return smallest


def heappushpop(*args, **kwargs):
    """heappushpop(heap, item): add item, then pop and return the smallest
    item. Faster than a push plus a pop."""
    h, item = _want_two('heappushpop', args, kwargs)
    if h and h[0] < item:
        if not h:
            raise IndexError('index out of range')
        smallest = h[0]
        h[0] = item
        _sink(h, 0)
        return smallest
    return item


def heapify(*args, **kwargs):
    """heapify(x): rearrange the list x into a heap, in place, in linear time."""
    h = _want_one('heapify', args, kwargs)
    for pos in range(len(h) // 2 - 1, -1, -1):
        _sink(h, pos)


# Max-heap counterparts (private, as in CPython; some programs use them).

def _heapify_max(h):
    """Rearrange the list h into a max-heap, in place."""
    if not isinstance(h, list):
        raise TypeError('heapify_max() argument must be list, not %s' % _type_label(h))
    for pos in range(len(h) // 2 - 1, -1, -1):
        _sink_max(h, pos)


def _heappop_max(h):
    """Remove and return the largest item of the max-heap h."""
    if not isinstance(h, list):
        raise TypeError('heappop_max() argument must be list, not %s' % _type_label(h))
    if not h:
        raise IndexError('index out of range')
    last = h.pop()
    if not h:
        return last
    largest = h[0]
    h[0] = last
    _sink_max(h, 0)
    return largest


def _heapreplace_max(h, item):
    """Pop the largest item of the max-heap h, then add item."""
    if not isinstance(h, list):
        raise TypeError('heapreplace_max() argument 1 must be list, not %s' % _type_label(h))
    if not h:
        raise IndexError('index out of range')
    largest = h[0]
    h[0] = item
    _sink_max(h, 0)
    return largest


# ---------------------------------------------------------------------------
# merge
# ---------------------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted iterables into one sorted stream.

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse), but
    items are produced one at a time and each input must already be sorted
    the same way. Equal items come out in the order of their inputs.
    """
    # Each live input is a slot [sort_value, rank, ...]. rank breaks ties so
    # that earlier inputs win, and so that the rest of a slot is never
    # compared. Without key a slot is [value, rank, iterator]; with key it is
    # [key(value), rank, value, iterator].
    if reverse:
        sink = _sink_max
        build = _heapify_max
        step = -1
    else:
        sink = _sink
        build = _do_heapify
        step = 1
    slots = []

    if key is None:
        rank = 0
        for source in iterables:
            stream = iter(source)
            try:
                slots.append([next(stream), rank, stream])
            except StopIteration:
                pass
            rank += step
        build(slots)
        while len(slots) > 1:
            try:
                while True:
                    slot = slots[0]
                    yield slot[0]
                    slot[0] = next(slot[2])
                    sink(slots, 0)
            except StopIteration:
                _drop_root(slots, sink)
        if slots:
            slot = slots[0]
            yield slot[0]
            yield from slot[2]
        return

    rank = 0
    for source in iterables:
        stream = iter(source)
        try:
            first = next(stream)
            slots.append([key(first), rank, first, stream])
        except StopIteration:
            pass
        rank += step
    build(slots)
    while len(slots) > 1:
        try:
            while True:
                slot = slots[0]
                yield slot[2]
                following = next(slot[3])
                slot[0] = key(following)
                slot[2] = following
                sink(slots, 0)
        except StopIteration:
            _drop_root(slots, sink)
    if slots:
        slot = slots[0]
        yield slot[2]
        yield from slot[3]


def _do_heapify(h):
    for pos in range(len(h) // 2 - 1, -1, -1):
        _sink(h, pos)


def _drop_root(h, sink):
    # Remove h[0] from a non-empty heap, using the given sink routine.
    last = h.pop()
    if h:
        h[0] = last
        sink(h, 0)


# ---------------------------------------------------------------------------
# nsmallest / nlargest
# ---------------------------------------------------------------------------

_NOTHING = object()


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable (by key if given).

    Same result as sorted(iterable, key=key)[:n], including the order of
    equal items.
    """
    if n == 1:
        source = iter(iterable)
        if key is None:
            found = min(source, default=_NOTHING)
        else:
            found = min(source, default=_NOTHING, key=key)
        if found is _NOTHING:
            return []
        return [found]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the best n seen so far in a max-heap, so its root is the item to
    # throw out next. Entries carry an arrival number to keep ties stable.
    source = iter(iterable)
    if key is None:
        kept = [(item, seq) for seq, item in zip(range(n), source)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        seq = n
        for item in source:
            if item < worst:
                _heapreplace_max(kept, (item, seq))
                worst = kept[0][0]
                seq += 1
        kept.sort()
        return [entry[0] for entry in kept]

    kept = [(key(item), seq, item) for seq, item in zip(range(n), source)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    seq = n
    for item in source:
        k = key(item)
        if k < worst:
            _heapreplace_max(kept, (k, seq, item))
            worst = kept[0][0]
            seq += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable (by key if given).

    Same result as sorted(iterable, key=key, reverse=True)[:n], including
    the order of equal items.
    """
    if n == 1:
        source = iter(iterable)
        if key is None:
            found = max(source, default=_NOTHING)
        else:
            found = max(source, default=_NOTHING, key=key)
        if found is _NOTHING:
            return []
        return [found]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # Keep the best n seen so far in a min-heap whose root is the item to
    # throw out next. Arrival numbers count downwards so that, among equal
    # items, the earlier one ranks higher.
    source = iter(iterable)
    if key is None:
        kept = [(item, seq) for seq, item in zip(range(0, -n, -1), source)]
        if not kept:
            return kept
        _do_heapify(kept)
        worst = kept[0][0]
        seq = -n
        for item in source:
            if worst < item:
                kept[0] = (item, seq)
                _sink(kept, 0)
                worst = kept[0][0]
                seq -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]

    kept = [(key(item), seq, item) for seq, item in zip(range(0, -n, -1), source)]
    if not kept:
        return kept
    _do_heapify(kept)
    worst = kept[0][0]
    seq = -n
    for item in source:
        k = key(item)
        if worst < k:
            kept[0] = (k, seq, item)
            _sink(kept, 0)
            worst = kept[0][0]
            seq -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
