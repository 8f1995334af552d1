// core/threads: BlockingQueue<T, Order>, Python's queue.Queue, LifoQueue and PriorityQueue.
//
// A thread-safe queue with an optional capacity (maxsize 0: unbounded). put() blocks while the
// queue is full and get() while it is empty, each up to an optional timeout read through the
// queue's Clock; a wait that runs out, or a non-blocking call that cannot proceed, returns
// ErrorKind::kFull / kEmpty. Blocked getters and blocked putters are served strictly in the
// order they began to wait: put() hands its item straight to the longest-waiting getter, and
// get() moves the longest-waiting putter's item into the slot it just freed, so no later
// arrival can overtake them.
//
// The Order policy decides which item get() returns: FifoOrder (queue.Queue), LifoOrder
// (queue.LifoQueue) or PriorityOrder (queue.PriorityQueue: smallest first, using the same
// sift algorithm as Python's heapq, so items that compare equal come out in CPython's order).
//
// Every successful put counts an unfinished task; task_done() marks one finished (more calls
// than puts: ValueError "task_done() called too many times") and join() waits until none remain.
// An item whose put fails is dropped.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include "core/clock/clock.h"
#include "core/error.h"
#include "core/threads/wait_queue.h"

namespace asyncplay::threads {

template <class T>
class FifoOrder {
 public:
  void push(T item) { items_.push_back(std::move(item)); }
  T pop() {
    T item = std::move(items_.front());
    items_.pop_front();
    return item;
  }
  std::size_t size() const { return items_.size(); }
  template <class F>
  void for_each(F&& f) const {
    for (const T& item : items_) f(item);
  }

 private:
  std::deque<T> items_;
};

template <class T>
class LifoOrder {
 public:
  void push(T item) { items_.push_back(std::move(item)); }
  T pop() {
    T item = std::move(items_.back());
    items_.pop_back();
    return item;
  }
  std::size_t size() const { return items_.size(); }
  template <class F>
  void for_each(F&& f) const {
    for (const T& item : items_) f(item);
  }

 private:
  std::vector<T> items_;
};

// A binary min-heap under `Less`, maintained exactly as heapq.heappush / heapq.heappop do.
template <class T, class Less = std::less<T>>
class PriorityOrder {
 public:
  explicit PriorityOrder(Less less = Less()) : less_(std::move(less)) {}

  void push(T item) {
    heap_.push_back(std::move(item));
    sift_down(0, heap_.size() - 1);
  }
  T pop() {
    T last = std::move(heap_.back());
    heap_.pop_back();
    if (heap_.empty()) return last;
    T top = std::move(heap_.front());
    heap_.front() = std::move(last);
    sift_up(0);
    return top;
  }
  std::size_t size() const { return heap_.size(); }
  template <class F>
  void for_each(F&& f) const {
    for (const T& item : heap_) f(item);
  }

 private:
  // heapq._siftdown: moves heap_[pos] up towards `start` while it is less than its parent.
  void sift_down(std::size_t start, std::size_t pos) {
    T item = std::move(heap_[pos]);
    while (pos > start) {
      const std::size_t parent = (pos - 1) / 2;
      if (!less_(item, heap_[parent])) break;
      heap_[pos] = std::move(heap_[parent]);
      pos = parent;
    }
    heap_[pos] = std::move(item);
  }

  // heapq._siftup: moves the smaller child up until a leaf is free, then sifts the item down.
  void sift_up(std::size_t pos) {
    const std::size_t end = heap_.size();
    const std::size_t start = pos;
    T item = std::move(heap_[pos]);
    for (std::size_t child = 2 * pos + 1; child < end; child = 2 * pos + 1) {
      if (child + 1 < end && !less_(heap_[child], heap_[child + 1])) ++child;
      heap_[pos] = std::move(heap_[child]);
      pos = child;
    }
    heap_[pos] = std::move(item);
    sift_down(start, pos);
  }

  Less less_;
  std::vector<T> heap_;
};

template <class T, class Order = FifoOrder<T>>
class BlockingQueue {
 public:
  explicit BlockingQueue(std::size_t maxsize = 0,
                         const clock::Clock& clock = clock::default_clock(), Order order = Order())
      : maxsize_(maxsize), clock_(clock), order_(std::move(order)) {}
  BlockingQueue(const BlockingQueue&) = delete;
  BlockingQueue& operator=(const BlockingQueue&) = delete;

  // With block false, fails at once instead of waiting (and ignores `timeout`).
  Status put(T item, bool block = true, std::optional<clock::Duration> timeout = std::nullopt) {
    return offer(item, block ? std::optional(detail::deadline_for(clock_, timeout)) : std::nullopt);
  }
  Status put_until(T item, clock::TimePoint deadline) { return offer(item, deadline); }
  Status try_put(T item) { return offer(item, std::nullopt); }  // put_nowait

  Result<T> get(bool block = true, std::optional<clock::Duration> timeout = std::nullopt) {
    return take(block ? std::optional(detail::deadline_for(clock_, timeout)) : std::nullopt);
  }
  Result<T> get_until(clock::TimePoint deadline) { return take(deadline); }
  Result<T> try_get() { return take(std::nullopt); }  // get_nowait

  Status task_done();
  // true once every put item has been marked done; false if `timeout` passed first.
  bool join(std::optional<clock::Duration> timeout = std::nullopt);

  std::size_t size() const {
    return locked([&] { return order_.size(); });
  }
  bool empty() const { return size() == 0; }
  bool full() const { return maxsize_ > 0 && size() >= maxsize_; }
  std::size_t maxsize() const { return maxsize_; }
  std::size_t unfinished_tasks() const {
    return locked([&] { return unfinished_; });
  }
  std::size_t getters() const {
    return locked([&] { return getters_.size(); });
  }  // blocked
  std::size_t putters() const {
    return locked([&] { return putters_.size(); });
  }  // blocked
  const clock::Clock& clock() const { return clock_; }

  // Calls f(const T&) on each queued item (not those handed to blocked getters), lock held.
  template <class F>
  void for_each(F&& f) const {
    std::lock_guard<std::mutex> lock(mu_);
    order_.for_each(f);
  }

 private:
  struct Getter : detail::Waiter {
    std::optional<T> item;  // filled by the put() that wakes it
  };
  struct Putter : detail::Waiter {
    T* item;  // moved into the queue by the get() that wakes it
  };

  template <class F>
  auto locked(F f) const {
    std::lock_guard<std::mutex> lock(mu_);
    return f();
  }

  bool has_room() const { return maxsize_ == 0 || order_.size() < maxsize_; }
  Status offer(T& item, std::optional<clock::TimePoint> deadline);  // nullopt: don't wait
  Result<T> take(std::optional<clock::TimePoint> deadline);
  void admit_putter();

  const std::size_t maxsize_;
  const clock::Clock& clock_;
  mutable std::mutex mu_;
  std::condition_variable all_done_;
  Order order_;
  detail::WaitQueue getters_;
  detail::WaitQueue putters_;
  std::size_t unfinished_ = 0;
};

template <class T>
using LifoQueue = BlockingQueue<T, LifoOrder<T>>;
template <class T, class Less = std::less<T>>
using PriorityQueue = BlockingQueue<T, PriorityOrder<T, Less>>;

template <class T, class Order>
Status BlockingQueue<T, Order>::offer(T& item, std::optional<clock::TimePoint> deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  if (auto* getter = static_cast<Getter*>(getters_.pop())) {  // then the queue is empty
    getter->item.emplace(std::move(item));
    ++unfinished_;
    detail::WaitQueue::wake(*getter);
    return {};
  }
  if (has_room()) {
    order_.push(std::move(item));
    ++unfinished_;
    return {};
  }
  if (!deadline) return Error(ErrorKind::kFull);
  Putter putter;
  putter.item = &item;
  if (!putters_.wait(lock, clock_, *deadline, putter)) return Error(ErrorKind::kFull);
  return {};  // a get() moved the item in and counted it
}

template <class T, class Order>
Result<T> BlockingQueue<T, Order>::take(std::optional<clock::TimePoint> deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  if (order_.size() > 0) {
    T item = order_.pop();
    admit_putter();
    return item;
  }
  if (!deadline) return Error(ErrorKind::kEmpty);
  Getter getter;
  if (!getters_.wait(lock, clock_, *deadline, getter)) return Error(ErrorKind::kEmpty);
  return std::move(*getter.item);
}

// Called with the lock held, after a get() freed one slot.
template <class T, class Order>
void BlockingQueue<T, Order>::admit_putter() {
  auto* putter = static_cast<Putter*>(putters_.pop());
  if (!putter) return;
  order_.push(std::move(*putter->item));
  ++unfinished_;
  detail::WaitQueue::wake(*putter);
}

template <class T, class Order>
Status BlockingQueue<T, Order>::task_done() {
  std::lock_guard<std::mutex> lock(mu_);
  if (unfinished_ == 0) return Error(ErrorKind::kValue, "task_done() called too many times");
  if (--unfinished_ == 0) all_done_.notify_all();
  return {};
}

template <class T, class Order>
bool BlockingQueue<T, Order>::join(std::optional<clock::Duration> timeout) {
  const clock::TimePoint deadline = detail::deadline_for(clock_, timeout);
  std::unique_lock<std::mutex> lock(mu_);
  return clock_.wait_until(all_done_, lock, deadline, [&] { return unfinished_ == 0; });
}

}  // namespace asyncplay::threads
