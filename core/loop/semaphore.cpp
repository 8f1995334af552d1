#include "core/loop/semaphore.h"

#include <algorithm>

namespace asyncplay::loop {

Semaphore::Semaphore(Loop& loop, long value) : value_(value < 0 ? 0 : value), loop_(loop) {
  if (value < 0) status_ = Error(ErrorKind::kValue, "Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const {
  return value_ == 0 || std::any_of(waiters_.begin(), waiters_.end(),
                                    [](const Future<void>& w) { return !w.cancelled(); });
}

Async<void> Semaphore::acquire() {
  if (!locked()) {
    --value_;
    co_return;
  }
  auto it = waiters_.insert(waiters_.end(), Future<void>(loop_));
  Future<void> waiter = *it;
  Status woken = co_await waiter;
  waiters_.erase(it);
  if (!woken) {
    if (!waiter.cancelled()) {  // a permit was handed to us: pass it on
      ++value_;
      wake_up_next();
    }
    co_await raise(woken.error());
  }
  if (value_ > 0) wake_up_next();
}

Status Semaphore::release() {
  ++value_;
  wake_up_next();
  return {};
}

void Semaphore::wake_up_next() {
  for (const Future<void>& w : waiters_) {
    if (!w.done()) {
      --value_;
      (void)w.set_result();
      return;
    }
  }
}

Status BoundedSemaphore::release() {
  if (value_ >= bound_) return Error(ErrorKind::kValue, "BoundedSemaphore released too many times");
  return Semaphore::release();
}

}  // namespace asyncplay::loop
