// core/loop: Event, the asyncio.Event of C++ tasks.
//
// wait() is awaited inside a task: it completes at once if the flag is set, otherwise when set()
// is called (every waiter wakes, in the order it started waiting) or with kCancelled.
#pragma once

#include <list>

#include "core/loop/task.h"

namespace asyncplay::loop {

class Event {
 public:
  explicit Event(Loop& loop) : loop_(loop) {}
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  Async<void> wait();
  void set();
  void clear() { value_ = false; }
  bool is_set() const { return value_; }
  std::size_t waiters() const { return waiters_.size(); }

 private:
  Loop& loop_;
  bool value_ = false;
  std::list<Future<void>> waiters_;
};

}  // namespace asyncplay::loop
