#include "core/lang/gil.h"

namespace asyncplay::lang {

Gil& gil() {
  // Never destroyed: daemon threads may still wait on it while the process exits.
  static Gil* g = new Gil;
  return *g;
}

void Gil::acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (locked_) {
    const std::uint64_t seen = switches_;
    if (cv_.wait_for(lock, interval_) == std::cv_status::timeout && locked_ && switches_ == seen) {
      // The holder kept it for a whole interval: ask it to let go.
      drop_request_.store(true, std::memory_order_relaxed);
    }
  }
  locked_ = true;
  ++switches_;
  drop_request_.store(false, std::memory_order_relaxed);
  switched_.notify_all();
}

void Gil::release() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    locked_ = false;
  }
  cv_.notify_one();
}

void Gil::yield() {
  std::unique_lock<std::mutex> lock(mutex_);
  locked_ = false;
  const std::uint64_t mine = switches_;
  cv_.notify_one();
  // Wait until a waiter has taken it (CPython's FORCE_SWITCHING), so that this thread does not
  // grab it straight back; then queue up like any other thread.
  switched_.wait(lock, [&] { return switches_ != mine; });
  while (locked_) {
    const std::uint64_t seen = switches_;
    if (cv_.wait_for(lock, interval_) == std::cv_status::timeout && locked_ && switches_ == seen)
      drop_request_.store(true, std::memory_order_relaxed);
  }
  locked_ = true;
  ++switches_;
  drop_request_.store(false, std::memory_order_relaxed);
  switched_.notify_all();
}

clock::Duration Gil::switch_interval() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return interval_;
}

void Gil::set_switch_interval(clock::Duration d) {
  std::lock_guard<std::mutex> lock(mutex_);
  interval_ = d;
}

std::uint64_t Gil::switches() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return switches_;
}

}  // namespace asyncplay::lang
