// core/threads: Mutex and RecursiveMutex, Python's threading.Lock and threading.RLock.
//
// Mutex is a plain lock that any thread may release, whoever acquired it (threading.Lock).
// RecursiveMutex has an owner and a count: its owner may acquire it again, and only the owner
// may release it (threading.RLock). acquire(blocking, timeout) returns whether the lock was
// taken; a timed acquire reads time and blocks through the lock's Clock. Neither lock is fair:
// a thread that arrives while the lock is free may take it before a woken waiter does.
//
// Misuse is an Error, never undefined behaviour: releasing an unlocked Mutex is
// "release unlocked lock"; releasing a RecursiveMutex the caller does not own is
// "cannot release un-acquired lock". Guard<Lock> acquires in its constructor and releases in its
// destructor, for any type with acquire() and release().
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>

#include "core/clock/clock.h"
#include "core/error.h"

namespace asyncplay::threads {

class Mutex {
 public:
  explicit Mutex(const clock::Clock& clock = clock::default_clock()) : clock_(clock) {}
  Mutex(const Mutex&) = delete;
  Mutex& operator=(const Mutex&) = delete;

  // With blocking false, only takes a free lock (and ignores `timeout`).
  bool acquire(bool blocking = true, std::optional<clock::Duration> timeout = std::nullopt);
  bool acquire_until(clock::TimePoint deadline);
  Status release();

  bool locked() const;
  std::size_t waiters() const;  // threads blocked in acquire
  const clock::Clock& clock() const { return clock_; }

 private:
  const clock::Clock& clock_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool locked_ = false;
  std::size_t waiters_ = 0;
};

class RecursiveMutex {
 public:
  explicit RecursiveMutex(const clock::Clock& clock = clock::default_clock()) : clock_(clock) {}
  RecursiveMutex(const RecursiveMutex&) = delete;
  RecursiveMutex& operator=(const RecursiveMutex&) = delete;

  bool acquire(bool blocking = true, std::optional<clock::Duration> timeout = std::nullopt);
  bool acquire_until(clock::TimePoint deadline);
  Status release();

  bool locked() const;
  bool is_owned() const;        // by the calling thread
  std::uint64_t owner() const;  // the owner's current_ident(), 0 when unlocked
  std::size_t count() const;    // recursion level, 0 when unlocked
  std::size_t waiters() const;
  const clock::Clock& clock() const { return clock_; }

  // For Condition: releases the lock completely and returns the recursion level to restore;
  // fails with "cannot release un-acquired lock" unless the caller owns it.
  Result<std::size_t> release_save();
  // Blocks until the lock is free, then owns it with recursion level `count`.
  void acquire_restore(std::size_t count);

 private:
  bool acquire_until(clock::TimePoint deadline, std::size_t count);

  const clock::Clock& clock_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::uint64_t owner_ = 0;
  std::size_t count_ = 0;
  std::size_t waiters_ = 0;
};

template <class Lock>
class [[nodiscard]] Guard {
 public:
  explicit Guard(Lock& lock) : lock_(lock) { lock_.acquire(); }
  ~Guard() { (void)lock_.release(); }
  Guard(const Guard&) = delete;
  Guard& operator=(const Guard&) = delete;

 private:
  Lock& lock_;
};

}  // namespace asyncplay::threads
