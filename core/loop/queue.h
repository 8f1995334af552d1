// core/loop: Queue<T>, asyncio.Queue for C++ tasks.
//
// A FIFO queue, bounded when maxsize > 0. get() and put() are awaited inside a task and wait while
// the queue is empty or full; waiting getters and putters are served in FIFO order. The nowait
// forms fail at once with kEmpty or kFull. task_done()/join() count unfinished items. Same
// algorithm as CPython 3.11 (including how a cancelled waiter passes its wake-up on).
#pragma once

#include <algorithm>
#include <deque>
#include <list>

#include "core/loop/event.h"

namespace asyncplay::loop {

template <class T>
class Queue {
 public:
  explicit Queue(Loop& loop, std::size_t maxsize = 0)
      : loop_(loop), maxsize_(maxsize), finished_(loop) {
    finished_.set();
  }
  Queue(const Queue&) = delete;
  Queue& operator=(const Queue&) = delete;

  std::size_t size() const { return items_.size(); }
  std::size_t maxsize() const { return maxsize_; }
  bool empty() const { return items_.empty(); }
  bool full() const { return maxsize_ > 0 && items_.size() >= maxsize_; }

  Async<void> put(T item) {
    while (full()) {
      Status woken = co_await wait_in(putters_);
      if (!woken) co_await raise(woken.error());
    }
    (void)put_nowait(std::move(item));
  }

  Async<T> get() {
    while (empty()) {
      Status woken = co_await wait_in(getters_);
      if (!woken) co_return woken.error();
    }
    co_return get_nowait();
  }

  Status put_nowait(T item) {
    if (full()) return Error(ErrorKind::kFull);
    items_.push_back(std::move(item));
    ++unfinished_;
    finished_.clear();
    wake_up_next(getters_);
    return {};
  }

  Result<T> get_nowait() {
    if (empty()) return Error(ErrorKind::kEmpty);
    T item = std::move(items_.front());
    items_.pop_front();
    wake_up_next(putters_);
    return item;
  }

  // ValueError("task_done() called too many times") when nothing is unfinished.
  Status task_done() {
    if (unfinished_ == 0) return Error(ErrorKind::kValue, "task_done() called too many times");
    if (--unfinished_ == 0) finished_.set();
    return {};
  }

  // Waits until every item put has been marked done.
  Async<void> join() {
    if (unfinished_ > 0) {
      Status s = co_await finished_.wait();
      if (!s) co_await raise(s.error());
    }
  }

 private:
  using Waiters = std::list<Future<void>>;

  // Waits to be woken from `waiters`; on cancellation passes a pending wake-up on, as CPython.
  Async<void> wait_in(Waiters& waiters) {
    Future<void> waiter(loop_);
    waiters.push_back(waiter);
    Status woken = co_await waiter;
    if (woken) co_return;
    waiter.cancel();
    auto it = std::find(waiters.begin(), waiters.end(), waiter);
    if (it != waiters.end()) waiters.erase(it);
    const bool room = &waiters == &getters_ ? !empty() : !full();
    if (room && !waiter.cancelled()) wake_up_next(waiters);
    co_await raise(woken.error());
  }

  static void wake_up_next(Waiters& waiters) {
    while (!waiters.empty()) {
      Future<void> w = std::move(waiters.front());
      waiters.pop_front();
      if (!w.done()) {
        (void)w.set_result();
        return;
      }
    }
  }

  Loop& loop_;
  std::size_t maxsize_;
  std::deque<T> items_;
  Waiters getters_;
  Waiters putters_;
  std::size_t unfinished_ = 0;
  Event finished_;
};

}  // namespace asyncplay::loop
