#include "core/loop/lock.h"

#include <algorithm>

namespace asyncplay::loop {

Async<void> Lock::acquire() {
  const bool all_cancelled = std::all_of(waiters_.begin(), waiters_.end(),
                                         [](const Future<void>& w) { return w.cancelled(); });
  if (!locked_ && all_cancelled) {
    locked_ = true;
    co_return;
  }
  auto it = waiters_.insert(waiters_.end(), Future<void>(loop_));
  Status woken = co_await *it;
  waiters_.erase(it);
  if (!woken) {
    if (!locked_) wake_up_first();
    co_await raise(woken.error());
  }
  locked_ = true;
}

Status Lock::release() {
  if (!locked_) return Error::runtime("Lock is not acquired.");
  locked_ = false;
  wake_up_first();
  return {};
}

void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  const Future<void>& first = waiters_.front();
  if (!first.done()) (void)first.set_result();
}

}  // namespace asyncplay::loop
