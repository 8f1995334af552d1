#include "core/loop/condition.h"

namespace asyncplay::loop {

Condition::Condition(Loop& loop, Lock* lock)
    : loop_(loop),
      own_lock_(lock ? nullptr : std::make_unique<Lock>(loop)),
      lock_(lock ? lock : own_lock_.get()) {}

Async<void> Condition::wait() {
  if (!locked()) co_await raise(Error::runtime("cannot wait on un-acquired lock"));
  (void)release();
  auto it = waiters_.insert(waiters_.end(), Future<void>(loop_));
  Status woken = co_await *it;
  waiters_.erase(it);

  // The lock must be held again when wait() ends, even if the task is cancelled meanwhile.
  bool cancelled = false;
  for (;;) {
    Status got = co_await acquire();
    if (got) break;
    cancelled = true;
  }
  if (!woken) co_await raise(woken.error());
  if (cancelled) co_await raise(Error::cancelled());
}

Async<bool> Condition::wait_for(std::function<bool()> predicate) {
  bool result = predicate();
  while (!result) {
    Status s = co_await wait();
    if (!s) co_return s.error();
    result = predicate();
  }
  co_return result;
}

Status Condition::notify(std::size_t n) {
  if (!locked()) return Error::runtime("cannot notify on un-acquired lock");
  std::size_t woken = 0;
  for (const Future<void>& w : waiters_) {
    if (woken >= n) break;
    if (!w.done()) {
      ++woken;
      (void)w.set_result();
    }
  }
  return {};
}

}  // namespace asyncplay::loop
