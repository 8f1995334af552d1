#include "core/threads/event.h"

#include "core/threads/wait_queue.h"

namespace asyncplay::threads {

void Event::set() {
  std::lock_guard<std::mutex> lock(mu_);
  if (flag_) return;
  flag_ = true;
  ++sets_;
  cv_.notify_all();
}

void Event::clear() {
  std::lock_guard<std::mutex> lock(mu_);
  flag_ = false;
}

bool Event::is_set() const {
  std::lock_guard<std::mutex> lock(mu_);
  return flag_;
}

bool Event::wait(std::optional<clock::Duration> timeout) {
  return wait_until(detail::deadline_for(clock_, timeout));
}

bool Event::wait_until(clock::TimePoint deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  if (flag_) return true;
  const std::uint64_t seen = sets_;
  ++waiters_;
  const bool woken = clock_.wait_until(cv_, lock, deadline, [&] { return sets_ != seen; });
  --waiters_;
  return woken;
}

std::size_t Event::waiters() const {
  std::lock_guard<std::mutex> lock(mu_);
  return waiters_;
}

}  // namespace asyncplay::threads
