// core/loop: Semaphore and BoundedSemaphore, asyncio's, for C++ tasks.
//
// acquire() is awaited inside a task and yields a Status (kCancelled if cancelled while waiting,
// in which case no permit is held). Waiters receive permits in FIFO order; a newcomer never
// overtakes a waiter. Same algorithm as CPython 3.11.
#pragma once

#include <list>

#include "core/loop/task.h"

namespace asyncplay::loop {

class Semaphore {
 public:
  // A negative `value` is clamped to 0 and reported by status().
  Semaphore(Loop& loop, long value = 1);
  Semaphore(const Semaphore&) = delete;
  Semaphore& operator=(const Semaphore&) = delete;
  virtual ~Semaphore() = default;

  // ValueError("Semaphore initial value must be >= 0") if constructed with a negative value.
  const Status& status() const { return status_; }

  Async<void> acquire();
  virtual Status release();
  bool locked() const;
  long value() const { return value_; }
  std::size_t waiters() const { return waiters_.size(); }

 protected:
  long value_;

 private:
  void wake_up_next();

  Loop& loop_;
  Status status_;
  std::list<Future<void>> waiters_;
};

// release() beyond the initial value fails with ValueError("BoundedSemaphore released too many
// times").
class BoundedSemaphore final : public Semaphore {
 public:
  BoundedSemaphore(Loop& loop, long value = 1) : Semaphore(loop, value), bound_(value_) {}
  Status release() override;

 private:
  long bound_;
};

}  // namespace asyncplay::loop
