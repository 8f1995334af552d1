#include "core/threads/condition.h"

namespace asyncplay::threads {

Condition::Condition(const clock::Clock& clock)
    : clock_(clock), own_(std::make_unique<RecursiveMutex>(clock)), rmutex_(own_.get()) {}

Condition::Condition(Mutex& lock, const clock::Clock& clock) : clock_(clock), mutex_(&lock) {}

Condition::Condition(RecursiveMutex& lock, const clock::Clock& clock)
    : clock_(clock), rmutex_(&lock) {}

bool Condition::acquire(bool blocking, std::optional<clock::Duration> timeout) {
  return mutex_ ? mutex_->acquire(blocking, timeout) : rmutex_->acquire(blocking, timeout);
}

Status Condition::release() {
  return mutex_ ? mutex_->release() : rmutex_->release();
}

bool Condition::is_owned() const {
  return mutex_ ? mutex_->locked() : rmutex_->is_owned();
}

Result<std::size_t> Condition::release_save() {
  if (rmutex_) return rmutex_->release_save();
  if (Status s = mutex_->release(); !s.ok()) return s.error();
  return std::size_t{1};
}

void Condition::acquire_restore(std::size_t saved) {
  if (rmutex_) return rmutex_->acquire_restore(saved);
  mutex_->acquire();
}

Result<bool> Condition::wait(std::optional<clock::Duration> timeout) {
  return wait_until(detail::deadline_for(clock_, timeout));
}

Result<bool> Condition::wait_until(clock::TimePoint deadline) {
  if (!is_owned()) return Error::runtime("cannot wait on un-acquired lock");
  detail::Waiter waiter;
  std::unique_lock<std::mutex> lock(mu_);
  waiters_.push(waiter);  // before the lock is released, so no notify can be missed
  lock.unlock();
  Result<std::size_t> saved = release_save();
  lock.lock();
  if (!saved.ok()) {  // another thread released a Mutex since is_owned() looked
    waiters_.cancel(waiter);
    return Error::runtime("cannot wait on un-acquired lock");
  }
  const bool notified = waiters_.wait_queued(lock, clock_, deadline, waiter);
  lock.unlock();
  acquire_restore(saved.value());
  return notified;
}

Status Condition::notify(std::size_t n) {
  if (!is_owned()) return Error::runtime("cannot notify on un-acquired lock");
  std::lock_guard<std::mutex> lock(mu_);
  waiters_.wake_front(n);
  return {};
}

Status Condition::notify_all() {
  if (!is_owned()) return Error::runtime("cannot notify on un-acquired lock");
  std::lock_guard<std::mutex> lock(mu_);
  waiters_.wake_front(waiters_.size());
  return {};
}

std::size_t Condition::waiters() const {
  std::lock_guard<std::mutex> lock(mu_);
  return waiters_.size();
}

}  // namespace asyncplay::threads
