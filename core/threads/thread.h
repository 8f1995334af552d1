// core/threads: Thread, one pthread running one body, with Python's threading.Thread contract.
//
// start() creates the pthread and returns once the new thread is running, so ident(),
// native_id() and is_alive() are meaningful as soon as it returns. join(timeout) waits for the
// body to finish, reading time through the Thread's Clock, and reaps the pthread exactly once
// however many threads join. The body runs with no exception handling: the core never throws.
// Before the thread reports itself finished, its body (and everything the body captured) is
// destroyed on that thread, as CPython drops a thread's target.
//
// Misuse returns RuntimeErrors worded like CPython's: starting twice, joining before start,
// joining from the thread itself. A Thread may be destroyed while its thread still runs: the
// running thread shares the state it needs and is detached, so destruction never blocks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/clock/clock.h"
#include "core/error.h"
#include "core/threads/ident.h"

namespace asyncplay::threads {

struct ThreadOptions {
  // Stack size in bytes; 0 means config::kDefaultThreadStackBytes, or the platform's default when
  // that is 0 too.
  std::size_t stack_bytes = 0;
  // Python's daemon flag, recorded for the threading module; Thread itself treats daemon and
  // non-daemon threads alike.
  bool daemon = false;
  // Whether start() returns only once the new thread runs (as Python's Thread.start does). A
  // caller that must not block, such as the WebAssembly engine's host thread (whose event loop
  // delivers the Worker the new thread runs on), sets it to false.
  bool wait_until_running = true;
};

class Thread {
 public:
  using Options = ThreadOptions;

  Thread(std::string name, std::function<void()> body, Options options = {},
         const clock::Clock& clock = clock::default_clock());
  ~Thread();
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;

  // Fails with "threads can only be started once", or "can't start new thread" when the system
  // refuses (the Thread may then be started again).
  Status start();

  // true once the body has finished, false if `timeout` (nullopt: forever) passed first.
  Result<bool> join(std::optional<clock::Duration> timeout = std::nullopt);
  Result<bool> join_until(clock::TimePoint deadline);

  bool started() const;
  bool is_alive() const;  // started and the body has not finished
  const std::string& name() const { return name_; }
  void set_name(std::string name) { name_ = std::move(name); }
  bool daemon() const { return options_.daemon; }
  // Fails with "cannot set daemon status of active thread" once started.
  Status set_daemon(bool daemon);

  std::uint64_t ident() const;      // current_ident() of the thread; 0 before start
  std::uint64_t native_id() const;  // current_native_id() of the thread; 0 before start

  static std::uint64_t current_ident() { return threads::current_ident(); }
  static std::uint64_t current_native_id() { return threads::current_native_id(); }

 private:
  struct State;
  static void* run(void* arg);
  Status create_pthread();

  std::string name_;
  Options options_;
  const clock::Clock& clock_;
  std::shared_ptr<State> state_;
};

}  // namespace asyncplay::threads
