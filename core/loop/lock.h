// core/loop: Lock, the asyncio.Lock of C++ tasks.
//
// acquire() is awaited inside a task and yields a Status: success once the lock is held, or
// kCancelled if the task was cancelled while waiting (the lock is then not held). Waiters get the
// lock in FIFO order; release() wakes the first one. Same algorithm as CPython 3.11.
#pragma once

#include <list>

#include "core/loop/task.h"

namespace asyncplay::loop {

class Lock {
 public:
  explicit Lock(Loop& loop) : loop_(loop) {}
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  Async<void> acquire();
  // RuntimeError("Lock is not acquired.") when not locked.
  Status release();
  bool locked() const { return locked_; }
  std::size_t waiters() const { return waiters_.size(); }

 private:
  void wake_up_first();

  Loop& loop_;
  bool locked_ = false;
  std::list<Future<void>> waiters_;
};

}  // namespace asyncplay::loop
