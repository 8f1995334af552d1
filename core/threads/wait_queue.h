// core/threads internal: WaitQueue, a FIFO of blocked threads for the fair primitives.
//
// std::condition_variable wakes waiters in an unspecified order. Semaphore, Condition and
// BlockingQueue promise FIFO wake-ups, so each blocked thread waits on its own Waiter node (a
// condition variable and a `woken` flag on its stack) queued here, and the waker picks the node at
// the front. A primitive guards its WaitQueue with its own std::mutex, held for every call below.
//
// Waking is a hand-off: the waker decides, under the mutex, that the front waiter has what it
// waited for (a permit, an item, a notification) and marks it woken; that waiter then returns true
// even if its deadline passed meanwhile. A waiter whose deadline passes unwoken removes itself
// and returns false. wake() notifies while the mutex is held, so a woken waiter cannot return and
// destroy its node before the notification is delivered.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>

#include "core/clock/clock.h"

namespace asyncplay::threads::detail {

// When a wait with `timeout` (nullopt: forever; negative: zero) that begins now must end.
inline clock::TimePoint deadline_for(const clock::Clock& clock,
                                     std::optional<clock::Duration> timeout) {
  if (!timeout) return clock::kNever;
  const clock::Duration d = *timeout < clock::Duration::zero() ? clock::Duration::zero() : *timeout;
  return clock::deadline_after(clock.now(), d);
}

struct Waiter {
  std::condition_variable cv;
  bool woken = false;
  Waiter* prev = nullptr;
  Waiter* next = nullptr;
};

class WaitQueue {
 public:
  WaitQueue() = default;
  WaitQueue(const WaitQueue&) = delete;
  WaitQueue& operator=(const WaitQueue&) = delete;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Queues `w` at the back without blocking (Condition queues before it releases the user lock).
  void push(Waiter& w) {
    w.prev = tail_;
    w.next = nullptr;
    (tail_ ? tail_->next : head_) = &w;
    tail_ = &w;
    ++size_;
  }

  // Blocks until an already queued `w` is woken (true) or `deadline` passes (false, and `w` has
  // left the queue). `lock` holds the primitive's mutex on entry and on return.
  bool wait_queued(std::unique_lock<std::mutex>& lock, const clock::Clock& clock,
                   clock::TimePoint deadline, Waiter& w) {
    while (!w.woken) {
      if (!clock.wait_until(w.cv, lock, deadline) && !w.woken) {
        cancel(w);
        return false;
      }
    }
    return true;
  }

  bool wait(std::unique_lock<std::mutex>& lock, const clock::Clock& clock,
            clock::TimePoint deadline, Waiter& w) {
    push(w);
    return wait_queued(lock, clock, deadline, w);
  }

  // Removes and returns the front waiter without waking it (nullptr when empty), so the caller
  // can hand it something before wake().
  Waiter* pop() {
    Waiter* w = head_;
    if (w) remove(*w);
    return w;
  }

  static void wake(Waiter& w) {
    w.woken = true;
    w.cv.notify_one();
  }

  // Takes a queued `w` out of the queue unless it has been woken already.
  void cancel(Waiter& w) {
    if (!w.woken) remove(w);
  }

  // Wakes up to `n` waiters from the front; returns how many.
  std::size_t wake_front(std::size_t n) {
    std::size_t woken = 0;
    for (; woken < n && head_; ++woken) wake(*pop());
    return woken;
  }

 private:
  void remove(Waiter& w) {
    (w.prev ? w.prev->next : head_) = w.next;
    (w.next ? w.next->prev : tail_) = w.prev;
    w.prev = w.next = nullptr;
    --size_;
  }

  Waiter* head_ = nullptr;
  Waiter* tail_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace asyncplay::threads::detail
