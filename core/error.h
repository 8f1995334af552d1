// Errors as values for the whole engine.
//
// The core libraries never throw: an operation that can fail returns a Status (success or an
// Error) or a Result<T> (a value or an Error). Misuse of an API (setting a future's result twice,
// releasing a lock that is not held, joining a thread that never started) is reported the same
// way, with a message worded like CPython's. An Error may carry an opaque payload so that the
// interpreter can send its own exception objects through futures and queues unchanged.
#pragma once

#include <cassert>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace asyncplay {

// What went wrong, in the vocabulary of Python's built-in exceptions.
enum class ErrorKind {
  kCancelled,      // asyncio.CancelledError
  kTimeout,        // TimeoutError
  kInvalidState,   // asyncio.InvalidStateError
  kRuntime,        // RuntimeError (lock misuse, thread start failure, ...)
  kValue,          // ValueError (semaphore released too often, ...)
  kBrokenBarrier,  // threading.BrokenBarrierError
  kEmpty,          // queue.Empty / asyncio.QueueEmpty
  kFull,           // queue.Full / asyncio.QueueFull
  kShutdown,       // work submitted to a pool that was shut down
  kUser,           // anything else; `payload` says what
};

std::string_view error_kind_name(ErrorKind kind);

class Error {
 public:
  Error(ErrorKind kind, std::string message = {}, std::shared_ptr<const void> payload = nullptr)
      : kind_(kind), message_(std::move(message)), payload_(std::move(payload)) {}

  static Error cancelled(std::string message = {}) {
    return {ErrorKind::kCancelled, std::move(message)};
  }
  static Error timeout(std::string message = {}) {
    return {ErrorKind::kTimeout, std::move(message)};
  }
  static Error invalid_state(std::string message) {
    return {ErrorKind::kInvalidState, std::move(message)};
  }
  static Error runtime(std::string message) { return {ErrorKind::kRuntime, std::move(message)}; }

  ErrorKind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  const std::shared_ptr<const void>& payload() const { return payload_; }
  bool is(ErrorKind kind) const { return kind_ == kind; }

  // "RuntimeError: release unlocked lock", as a traceback's last line would say it.
  std::string describe() const;

 private:
  ErrorKind kind_;
  std::string message_;
  std::shared_ptr<const void> payload_;
};

// Aborts with a message: the one way the core reports a broken internal invariant or a
// Result read without checking it.
[[noreturn]] void fatal(std::string_view what);

// A value or an Error.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return check(), std::get<0>(v_); }
  const T& value() const& { return check(), std::get<0>(v_); }
  T&& value() && { return check(), std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const {
    if (ok()) fatal("Result::error() called on a value");
    return std::get<1>(v_);
  }

 private:
  void check() const {
    if (!ok()) fatal("unchecked Result holds " + std::get<1>(v_).describe());
  }
  std::variant<T, Error> v_;
};

// Success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::make_unique<Error>(std::move(error))) {}  // NOLINT
  Result(const Result& other)
      : error_(other.error_ ? std::make_unique<Error>(*other.error_) : nullptr) {}
  Result(Result&&) noexcept = default;
  Result& operator=(const Result& other) {
    if (this != &other) error_ = other.error_ ? std::make_unique<Error>(*other.error_) : nullptr;
    return *this;
  }
  Result& operator=(Result&&) noexcept = default;

  bool ok() const { return !error_; }
  explicit operator bool() const { return ok(); }
  void value() const {
    if (!ok()) fatal("unchecked Status holds " + error_->describe());
  }
  const Error& error() const {
    if (ok()) fatal("Status::error() called on success");
    return *error_;
  }

 private:
  std::unique_ptr<Error> error_;  // one pointer wide: success costs nothing to pass around
};

using Status = Result<void>;

inline Status ok_status() {
  return {};
}

// The value type a container of results uses for T (void becomes an empty struct).
struct Unit {
  friend bool operator==(Unit, Unit) { return true; }
};
template <class T>
using ValueOf = std::conditional_t<std::is_void_v<T>, Unit, T>;

}  // namespace asyncplay
