#include "core/loop/event.h"

namespace asyncplay::loop {

Async<void> Event::wait() {
  if (value_) co_return;
  auto it = waiters_.insert(waiters_.end(), Future<void>(loop_));
  Status woken = co_await *it;
  waiters_.erase(it);
  if (!woken) co_await raise(woken.error());
}

void Event::set() {
  if (value_) return;
  value_ = true;
  for (const Future<void>& w : waiters_) {
    if (!w.done()) (void)w.set_result();
  }
}

}  // namespace asyncplay::loop
