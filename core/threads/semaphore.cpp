#include "core/threads/semaphore.h"

namespace asyncplay::threads {

Status Semaphore::check_initial(std::int64_t value) {
  if (value < 0) return Error(ErrorKind::kValue, "semaphore initial value must be >= 0");
  return {};
}

Result<std::unique_ptr<Semaphore>> Semaphore::create(std::int64_t value,
                                                     const clock::Clock& clock) {
  if (Status s = check_initial(value); !s.ok()) return s.error();
  return std::make_unique<Semaphore>(static_cast<std::size_t>(value), clock);
}

Result<std::unique_ptr<BoundedSemaphore>> BoundedSemaphore::create(std::int64_t value,
                                                                   const clock::Clock& clock) {
  if (Status s = check_initial(value); !s.ok()) return s.error();
  return std::make_unique<BoundedSemaphore>(static_cast<std::size_t>(value), clock);
}

bool Semaphore::acquire(bool blocking, std::optional<clock::Duration> timeout) {
  if (blocking) return acquire_until(detail::deadline_for(clock_, timeout));
  std::lock_guard<std::mutex> lock(mu_);
  if (value_ == 0) return false;
  --value_;
  return true;
}

bool Semaphore::acquire_until(clock::TimePoint deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  if (value_ > 0) {  // then nobody is waiting: release() hands permits to waiters first
    --value_;
    return true;
  }
  detail::Waiter waiter;
  return waiters_.wait(lock, clock_, deadline, waiter);
}

Status Semaphore::release(std::size_t n) {
  if (n < 1) return Error(ErrorKind::kValue, "n must be one or more");
  std::lock_guard<std::mutex> lock(mu_);
  if (bound_ && value_ + n > *bound_) {
    return Error(ErrorKind::kValue, "Semaphore released too many times");
  }
  value_ += n - waiters_.wake_front(n);
  return {};
}

std::size_t Semaphore::value() const {
  std::lock_guard<std::mutex> lock(mu_);
  return value_;
}

std::size_t Semaphore::waiters() const {
  std::lock_guard<std::mutex> lock(mu_);
  return waiters_.size();
}

}  // namespace asyncplay::threads
