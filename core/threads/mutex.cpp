#include "core/threads/mutex.h"

#include "core/threads/ident.h"
#include "core/threads/wait_queue.h"

namespace asyncplay::threads {

// ---- Mutex

bool Mutex::acquire(bool blocking, std::optional<clock::Duration> timeout) {
  if (blocking) return acquire_until(detail::deadline_for(clock_, timeout));
  std::lock_guard<std::mutex> lock(mu_);
  if (locked_) return false;
  locked_ = true;
  return true;
}

bool Mutex::acquire_until(clock::TimePoint deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  ++waiters_;
  const bool free = clock_.wait_until(cv_, lock, deadline, [&] { return !locked_; });
  --waiters_;
  if (free) locked_ = true;
  return free;
}

Status Mutex::release() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!locked_) return Error::runtime("release unlocked lock");
  locked_ = false;
  if (waiters_ > 0) cv_.notify_one();
  return {};
}

bool Mutex::locked() const {
  std::lock_guard<std::mutex> lock(mu_);
  return locked_;
}

std::size_t Mutex::waiters() const {
  std::lock_guard<std::mutex> lock(mu_);
  return waiters_;
}

// ---- RecursiveMutex

bool RecursiveMutex::acquire(bool blocking, std::optional<clock::Duration> timeout) {
  if (blocking) return acquire_until(detail::deadline_for(clock_, timeout), 1);
  const std::uint64_t me = current_ident();
  std::lock_guard<std::mutex> lock(mu_);
  if (count_ > 0 && owner_ != me) return false;
  owner_ = me;
  ++count_;
  return true;
}

bool RecursiveMutex::acquire_until(clock::TimePoint deadline) {
  return acquire_until(deadline, 1);
}

// Takes the lock with recursion level `count`, or one level more if the caller already owns it.
bool RecursiveMutex::acquire_until(clock::TimePoint deadline, std::size_t count) {
  const std::uint64_t me = current_ident();
  std::unique_lock<std::mutex> lock(mu_);
  if (owner_ == me) {
    ++count_;
    return true;
  }
  ++waiters_;
  const bool free = clock_.wait_until(cv_, lock, deadline, [&] { return count_ == 0; });
  --waiters_;
  if (!free) return false;
  owner_ = me;
  count_ = count;
  return true;
}

Status RecursiveMutex::release() {
  std::lock_guard<std::mutex> lock(mu_);
  if (count_ == 0 || owner_ != current_ident()) {
    return Error::runtime("cannot release un-acquired lock");
  }
  if (--count_ > 0) return {};
  owner_ = 0;
  if (waiters_ > 0) cv_.notify_one();
  return {};
}

Result<std::size_t> RecursiveMutex::release_save() {
  std::lock_guard<std::mutex> lock(mu_);
  if (count_ == 0 || owner_ != current_ident()) {
    return Error::runtime("cannot release un-acquired lock");
  }
  const std::size_t saved = count_;
  count_ = 0;
  owner_ = 0;
  if (waiters_ > 0) cv_.notify_one();
  return saved;
}

void RecursiveMutex::acquire_restore(std::size_t count) {
  acquire_until(clock::kNever, count == 0 ? 1 : count);
}

bool RecursiveMutex::locked() const {
  std::lock_guard<std::mutex> lock(mu_);
  return count_ > 0;
}

bool RecursiveMutex::is_owned() const {
  const std::uint64_t me = current_ident();
  std::lock_guard<std::mutex> lock(mu_);
  return count_ > 0 && owner_ == me;
}

std::uint64_t RecursiveMutex::owner() const {
  std::lock_guard<std::mutex> lock(mu_);
  return owner_;
}

std::size_t RecursiveMutex::count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return count_;
}

std::size_t RecursiveMutex::waiters() const {
  std::lock_guard<std::mutex> lock(mu_);
  return waiters_;
}

}  // namespace asyncplay::threads
