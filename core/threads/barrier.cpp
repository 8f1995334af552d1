#include "core/threads/barrier.h"

#include "core/threads/wait_queue.h"

namespace asyncplay::threads {
namespace {
Error broken_error() {
  return Error(ErrorKind::kBrokenBarrier);
}
}  // namespace

Barrier::Barrier(std::size_t parties, std::optional<clock::Duration> timeout,
                 std::function<Status()> action, const clock::Clock& clock)
    : parties_(parties), timeout_(timeout), action_(std::move(action)), clock_(clock) {}

Result<std::size_t> Barrier::wait(std::optional<clock::Duration> timeout) {
  std::unique_lock<std::mutex> lock(mu_);
  if (Status s = enter(lock); !s.ok()) return s.error();
  const std::size_t index = count_++;
  Status s =
      index + 1 == parties_ ? release_all() : await_release(lock, timeout ? timeout : timeout_);
  --count_;
  leave();
  if (!s.ok()) return s.error();
  return index;
}

// Blocks while the previous generation drains or a reset completes.
Status Barrier::enter(std::unique_lock<std::mutex>& lock) {
  clock_.wait_until(cv_, lock, clock::kNever,
                    [&] { return state_ != State::kDraining && state_ != State::kResetting; });
  if (state_ == State::kBroken) return broken_error();
  return {};
}

Status Barrier::release_all() {
  if (action_) {
    if (Status s = action_(); !s.ok()) {
      break_barrier();
      return s;
    }
  }
  state_ = State::kDraining;
  cv_.notify_all();
  return {};
}

// Like CPython, the timeout counts from here, not from before a wait for draining.
Status Barrier::await_release(std::unique_lock<std::mutex>& lock,
                              std::optional<clock::Duration> timeout) {
  const clock::TimePoint deadline = detail::deadline_for(clock_, timeout);
  if (!clock_.wait_until(cv_, lock, deadline, [&] { return state_ != State::kFilling; })) {
    break_barrier();
    return broken_error();
  }
  if (state_ == State::kBroken || state_ == State::kResetting) return broken_error();
  return {};
}

// The last thread out of a draining or resetting barrier lets the next generation in.
void Barrier::leave() {
  if (count_ != 0) return;
  if (state_ == State::kDraining || state_ == State::kResetting) {
    state_ = State::kFilling;
    cv_.notify_all();
  }
}

void Barrier::reset() {
  std::lock_guard<std::mutex> lock(mu_);
  if (count_ > 0) {
    if (state_ == State::kFilling || state_ == State::kBroken) state_ = State::kResetting;
  } else {
    state_ = State::kFilling;
  }
  cv_.notify_all();
}

void Barrier::abort() {
  std::lock_guard<std::mutex> lock(mu_);
  break_barrier();
}

void Barrier::break_barrier() {
  state_ = State::kBroken;
  cv_.notify_all();
}

std::size_t Barrier::n_waiting() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_ == State::kFilling ? count_ : 0;
}

bool Barrier::broken() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_ == State::kBroken;
}

}  // namespace asyncplay::threads
