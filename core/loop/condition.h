// core/loop: Condition, asyncio.Condition for C++ tasks.
//
// wait() must be awaited with the lock held: it releases the lock, waits for notify(), and
// re-acquires the lock before it completes, even when cancelled (then it yields kCancelled with
// the lock held). notify(n) wakes the n longest waiters. Same algorithm as CPython 3.11.
#pragma once

#include <functional>
#include <list>
#include <memory>

#include "core/loop/lock.h"

namespace asyncplay::loop {

class Condition {
 public:
  // Uses `lock` if given (it must outlive the condition), else a lock of its own.
  explicit Condition(Loop& loop, Lock* lock = nullptr);
  Condition(const Condition&) = delete;
  Condition& operator=(const Condition&) = delete;

  Async<void> acquire() { return lock_->acquire(); }
  Status release() { return lock_->release(); }
  bool locked() const { return lock_->locked(); }

  // RuntimeError("cannot wait on un-acquired lock") without the lock.
  Async<void> wait();
  // Waits until `predicate()` holds; yields its final value.
  Async<bool> wait_for(std::function<bool()> predicate);
  // RuntimeError("cannot notify on un-acquired lock") without the lock.
  Status notify(std::size_t n = 1);
  Status notify_all() { return notify(waiters_.size()); }
  std::size_t waiters() const { return waiters_.size(); }

 private:
  Loop& loop_;
  std::unique_ptr<Lock> own_lock_;
  Lock* lock_;
  std::list<Future<void>> waiters_;
};

}  // namespace asyncplay::loop
