// core/loop: Future<T>, the result of an operation that completes later on a Loop.
//
// A future is pending, then done with a value or an Error, or cancelled (an Error of kind
// kCancelled carrying the cancel message). Done-callbacks are never run inline: when the future
// completes (or when one is added to a done future) the loop schedules them with call_soon, in
// registration order, exactly like asyncio.Future.
//
// Futures are loop-affine: complete them and add callbacks on the loop's thread only (another
// thread hands a result over with Loop::call_soon_threadsafe). The handle itself is reference
// counted and may be copied and dropped on any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/loop/loop.h"

namespace asyncplay::loop {

// An intrusive reference-counted pointer; the pointee derives from RefCounted.
template <class X>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}  // NOLINT
  explicit Ref(X* p) : p_(p) {
    if (p_) p_->retain();
  }
  Ref(const Ref& o) : Ref(o.p_) {}
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class Y, class = std::enable_if_t<std::is_convertible_v<Y*, X*>>>
  Ref(const Ref<Y>& o) : Ref(o.get()) {}  // NOLINT
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~Ref() {
    if (p_) p_->release();
  }
  X* get() const { return p_; }
  X* operator->() const { return p_; }
  X& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  friend bool operator==(const Ref& a, const Ref& b) { return a.p_ == b.p_; }

 private:
  X* p_ = nullptr;
};

class RefCounted {
 public:
  RefCounted() = default;
  RefCounted(const RefCounted&) = delete;
  RefCounted& operator=(const RefCounted&) = delete;
  void retain() { refs_.fetch_add(1, std::memory_order_relaxed); }
  void release() {
    if (refs_.fetch_sub(1, std::memory_order_acq_rel) == 1) delete this;
  }

 protected:
  virtual ~RefCounted() = default;

 private:
  std::atomic<std::uint32_t> refs_{0};
};

using CallbackId = std::uint64_t;

// The untyped part of every future (and of every Task, which is a future too).
class FutureBase : public RefCounted {
 public:
  explicit FutureBase(Loop* loop) : loop_(loop) {}

  Loop& loop() const { return *loop_; }
  bool done() const { return state_ != State::kPending; }
  bool cancelled() const { return state_ == State::kCancelled; }

  // Cancels a pending future: false if it was already done. A Task overrides this to deliver
  // the cancellation inside its coroutine instead.
  virtual bool cancel(std::string message = {});

  // The error of a done future (cancellation included), or nullptr when it holds a value.
  const Error* error() const { return error_.get(); }
  // Fails with InvalidStateError("Result is not set.") while pending.
  Status check_done() const;

  // Schedules `cb` when this future is done (at once if it is). Returns an id for removal.
  CallbackId add_done_callback(Callback cb);
  // Removes a callback that has not been scheduled yet; false if there was none with that id.
  bool remove_done_callback(CallbackId id);

  // Sets the error (or cancels, for kCancelled); InvalidStateError("invalid state") if done.
  Status set_error(Error error);

  // For tasks, which learn their loop when they start.
  void bind_loop(Loop* loop) { loop_ = loop; }

 protected:
  enum class State : std::uint8_t { kPending, kFinished, kCancelled };

  Status mark_finished();  // the typed value has just been stored
  void finish(State state, std::unique_ptr<Error> error);

 private:
  struct Entry {
    CallbackId id;
    Callback cb;
  };
  void schedule_callbacks();

  Loop* loop_;
  State state_ = State::kPending;
  std::unique_ptr<Error> error_;
  std::vector<Entry> callbacks_;
  CallbackId next_callback_id_ = 1;
};

template <class T>
class FutureState : public FutureBase {
 public:
  using FutureBase::FutureBase;

  Status set_result(ValueOf<T> value) {
    if (done()) return Error::invalid_state("invalid state");
    value_.emplace(std::move(value));
    return mark_finished();
  }

  // The value, the error, or InvalidStateError while pending.
  Result<T> result() const {
    if (!done()) return Error::invalid_state("Result is not set.");
    if (const Error* e = error()) return *e;
    if constexpr (std::is_void_v<T>) {
      return {};
    } else {
      return *value_;
    }
  }

  // Moves the value out (for single consumers such as an awaiting coroutine).
  Result<T> take_result() {
    if constexpr (std::is_void_v<T>) {
      return result();
    } else {
      if (!done()) return Error::invalid_state("Result is not set.");
      if (const Error* e = error()) return *e;
      return std::move(*value_);
    }
  }

 private:
  std::optional<ValueOf<T>> value_;
};

template <class T>
class FutureAwaiter;

// A handle to a future; cheap to copy. Default-constructed handles are empty.
template <class T>
class Future {
 public:
  using value_type = T;

  Future() = default;
  explicit Future(Loop& loop) : state_(new FutureState<T>(&loop)) {}
  explicit Future(Ref<FutureState<T>> state) : state_(std::move(state)) {}

  explicit operator bool() const { return bool(state_); }
  Loop& loop() const { return state_->loop(); }
  bool done() const { return state_->done(); }
  bool cancelled() const { return state_->cancelled(); }
  bool cancel(std::string message = {}) const { return state_->cancel(std::move(message)); }

  template <class U = T, class = std::enable_if_t<!std::is_void_v<U>>>
  Status set_result(U value) const {
    return state_->set_result(std::move(value));
  }
  template <class U = T, class = std::enable_if_t<std::is_void_v<U>>>
  Status set_result() const {
    return state_->set_result(Unit{});
  }
  Status set_error(Error error) const { return state_->set_error(std::move(error)); }
  // Copies a finished outcome into this future.
  Status set_outcome(Result<T> outcome) const {
    if (!outcome) return set_error(outcome.error());
    if constexpr (std::is_void_v<T>) {
      return set_result();
    } else {
      return set_result(std::move(outcome).value());
    }
  }

  Result<T> result() const { return state_->result(); }
  // The error of a done future, nullptr if it holds a value; InvalidStateError while pending.
  Result<const Error*> exception() const {
    if (!done()) return Error::invalid_state("Exception is not set.");
    if (cancelled()) return *state_->error();
    return state_->error();
  }

  // `fn(future)` runs from the loop once this future is done.
  template <class F>
  CallbackId add_done_callback(F fn) const {
    return state_->add_done_callback([self = *this, fn = std::move(fn)]() mutable { fn(self); });
  }
  bool remove_done_callback(CallbackId id) const { return state_->remove_done_callback(id); }

  FutureState<T>* state() const { return state_.get(); }
  friend bool operator==(const Future& a, const Future& b) { return a.state_ == b.state_; }

  // `co_await future` inside a Task: Result<T>, without suspending if already done.
  FutureAwaiter<T> operator co_await() const;

 private:
  Ref<FutureState<T>> state_;
};

// A future that is already done.
template <class T>
Future<T> make_ready_future(Loop& loop, Result<T> outcome) {
  Future<T> f(loop);
  f.set_outcome(std::move(outcome)).value();
  return f;
}

template <class T>
Result<T> Loop::run_until_complete(Future<T> future) {
  if (!future.done()) {
    const CallbackId id = future.add_done_callback([this](const Future<T>&) { stop(); });
    Status ran = run_forever();
    future.remove_done_callback(id);
    if (!ran) return ran.error();
    if (!future.done()) return Error::runtime("Event loop stopped before Future completed.");
  }
  return future.result();
}

}  // namespace asyncplay::loop
