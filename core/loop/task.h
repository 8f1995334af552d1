// core/loop: Task<T> and Async<T>, the two kinds of C++20 coroutine that run on a Loop.
//
// A Task<T> is asyncio.Task in C++: a coroutine scheduled on a loop, stepped from loop callbacks,
// and itself a future (it converts to Future<T>). Calling a Task-returning coroutine function
// creates it suspended; start(loop) or create_task() schedules its first step, and awaiting an
// unstarted task starts it on the awaiting task's loop.
//
// An Async<T> is what `await some_coroutine()` is in Python: a sub-coroutine that runs inline
// inside whichever task awaits it, sharing that task's cancellation. The loop's primitives
// (Lock, Queue, ...) are written with it.
//
// Inside either, `co_await` on a future, a task, an Async or sleep() yields a Result<T>: the value
// or the Error (an exception, or a cancellation). A coroutine returns a value with `co_return v`
// or an error with `co_return err` (non-void) or `co_await raise(err)` (any T), which hands the
// error to whoever awaits it, like an exception propagating one frame up.
//
// Cancellation (Task::cancel) follows asyncio: if the task waits on a future, that future is
// cancelled (a task waiting on a task cancels that task); otherwise the next resumption of the
// coroutine delivers a kCancelled error at its current await point. A task cancelled before its
// first step never runs. The coroutine frame is destroyed exactly once: when the task finishes,
// when the last reference to an unfinished task goes away, or when its Loop is destroyed.
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <utility>

#include "core/coro.h"
#include "core/loop/future.h"

namespace asyncplay::loop {

// The untyped task machinery; TaskState<T> combines it with a FutureState<T>.
class TaskBase {
 public:
  TaskBase();
  TaskBase(const TaskBase&) = delete;
  TaskBase& operator=(const TaskBase&) = delete;

  virtual FutureBase& future() = 0;

  const std::string& name() const { return name_; }
  void set_name(std::string name) { name_ = std::move(name); }
  bool started() const { return started_; }
  // Cancellation requests not yet withdrawn with uncancel(), as Task.cancelling() counts them.
  int cancelling() const { return cancel_requests_; }
  int uncancel() { return cancel_requests_ > 0 ? --cancel_requests_ : 0; }

  // The machinery that awaiters use.
  void suspend_on(FutureBase& awaited, coro::coroutine_handle<> where);
  void suspend_yield(coro::coroutine_handle<> where);
  // A pending cancellation becomes this await's outcome.
  Status take_cancel();
  // co_await raise(): the task ends with `error`.
  void fail(Error error) { (void)future().set_error(std::move(error)); }

  void start(Loop& loop, std::string name);
  bool cancel_task(std::string message);
  void abandon();  // the loop is going away: destroy the frame now

  // The loop's intrusive list of live tasks.
  TaskBase* next_ = nullptr;
  TaskBase* prev_ = nullptr;

 protected:
  ~TaskBase();
  void adopt_frame(coro::coroutine_handle<> frame) { frame_ = frame; }

 private:
  void step();
  void wakeup();
  void destroy_frame();
  Loop* loop() { return &future().loop(); }

  coro::coroutine_handle<> frame_;         // the task's own coroutine
  coro::coroutine_handle<> resume_point_;  // the innermost suspended coroutine (Async or frame_)
  Ref<FutureBase> waiting_on_;
  Loop* linked_ = nullptr;  // the loop whose task list holds this task
  std::string name_;
  std::string cancel_message_;
  int cancel_requests_ = 0;
  bool started_ = false;
  bool must_cancel_ = false;

  template <class T>
  friend class TaskState;
};

template <class T>
class TaskState final : public FutureState<T>, public TaskBase {
 public:
  TaskState() : FutureState<T>(nullptr) {}
  ~TaskState() override;
  FutureBase& future() override { return *this; }
  bool cancel(std::string message = {}) override { return cancel_task(std::move(message)); }
  using TaskBase::adopt_frame;
};

template <class T>
TaskState<T>::~TaskState() {
  destroy_frame();
}

template <class T>
class TaskPromise;
template <class T>
class Async;

// The value of a Task-returning coroutine function.
template <class T>
class [[nodiscard]] Task {
 public:
  using promise_type = TaskPromise<T>;
  using value_type = T;

  Task() = default;
  explicit Task(Ref<TaskState<T>> state) : state_(std::move(state)) {}

  // Schedules the first step on `loop`; returns *this. Starting a started task does nothing.
  Task& start(Loop& loop, std::string name = {}) {
    state_->start(loop, std::move(name));
    return *this;
  }

  Future<T> future() const { return Future<T>(Ref<FutureState<T>>(state_.get())); }
  operator Future<T>() const { return future(); }  // NOLINT: a task is a future

  bool done() const { return state_->done(); }
  bool cancelled() const { return state_->cancelled(); }
  bool cancel(std::string message = {}) const { return state_->cancel(std::move(message)); }
  Result<T> result() const { return state_->result(); }
  const std::string& name() const { return state_->name(); }
  void set_name(std::string name) const { state_->set_name(std::move(name)); }
  int cancelling() const { return state_->cancelling(); }
  int uncancel() const { return state_->uncancel(); }
  template <class F>
  CallbackId add_done_callback(F fn) const {
    return future().add_done_callback(std::move(fn));
  }

  TaskState<T>* state() const { return state_.get(); }
  explicit operator bool() const { return bool(state_); }
  friend bool operator==(const Task& a, const Task& b) { return a.state_ == b.state_; }

  FutureAwaiter<T> operator co_await() const;

 private:
  Ref<TaskState<T>> state_;
};

template <class T>
Task<T> create_task(Loop& loop, Task<T> task, std::string name = {}) {
  task.start(loop, std::move(name));
  return task;
}

template <class T>
Result<T> run_until_complete(Loop& loop, Task<T> task) {
  task.start(loop);
  return loop.run_until_complete(task.future());
}

// ---- awaiting ----------------------------------------------------------------------------

// Awaits a future from inside a task (also a task, which is a future).
template <class T>
class FutureAwaiter {
 public:
  // `to_start`: the awaited future is this task, which starts on the awaiting task's loop.
  explicit FutureAwaiter(Future<T> future, TaskBase* to_start = nullptr)
      : future_(std::move(future)), to_start_(to_start) {}
  bool await_ready() const { return future_.done(); }
  template <class P>
  bool await_suspend(coro::coroutine_handle<P> h) {
    task_ = h.promise().task();
    if (future_.state() == &task_->future()) {  // would wait forever
      awaits_itself_ = true;
      return false;
    }
    if (to_start_ && !to_start_->started()) to_start_->start(task_->future().loop(), {});
    task_->suspend_on(*future_.state(), h);
    return true;
  }
  Result<T> await_resume() {
    if (awaits_itself_) return Error::runtime("Task cannot await on itself: " + task_->name());
    if (task_) {
      if (Status s = task_->take_cancel(); !s) return s.error();
    }
    return future_.result();
  }

 private:
  Future<T> future_;
  TaskBase* to_start_;
  TaskBase* task_ = nullptr;
  bool awaits_itself_ = false;
};

template <class T>
FutureAwaiter<T> Future<T>::operator co_await() const {
  return FutureAwaiter<T>(*this);
}

// Yields once to the loop (asyncio.sleep(0)), or sleeps for `delay` through a timer.
class SleepAwaiter {
 public:
  explicit SleepAwaiter(Duration delay) : delay_(delay) {}
  bool await_ready() const { return false; }
  template <class P>
  void await_suspend(coro::coroutine_handle<P> h) {
    task_ = h.promise().task();
    suspend(h);
  }
  Status await_resume();

 private:
  void suspend(coro::coroutine_handle<> h);

  Duration delay_;
  TaskBase* task_ = nullptr;
  Future<void> timer_done_;
  TimerHandle timer_;
};

inline SleepAwaiter sleep(Duration delay) {
  return SleepAwaiter(delay);
}
inline SleepAwaiter yield_now() {
  return SleepAwaiter(Duration::zero());
}

// `co_await raise(error)`: the coroutine ends and its awaiter receives `error`.
class RaiseAwaiter {
 public:
  explicit RaiseAwaiter(Error error) : error_(std::move(error)) {}
  bool await_ready() const { return false; }
  template <class P>
  coro::coroutine_handle<> await_suspend(coro::coroutine_handle<P> h) {
    return h.promise().raise(std::move(error_));
  }
  void await_resume() const {}

 private:
  Error error_;
};

inline RaiseAwaiter raise(Error error) {
  return RaiseAwaiter(std::move(error));
}

// The running task's loop (valid inside a task).
struct CurrentLoopAwaiter {
  Loop* loop = nullptr;
  bool await_ready() const { return false; }
  template <class P>
  bool await_suspend(coro::coroutine_handle<P> h) {
    loop = &h.promise().task()->future().loop();
    return false;
  }
  Loop& await_resume() const { return *loop; }
};
inline CurrentLoopAwaiter current_loop() {
  return {};
}

// ---- promises ----------------------------------------------------------------------------

#if defined(__cpp_exceptions)
Error error_from_current_exception();
#endif

// How a coroutine hands its result over: return_value for T, return_void for void.
template <class Derived, class T>
class ReturnsValue {
 public:
  void return_value(Result<T> r) { static_cast<Derived*>(this)->complete(std::move(r)); }
};
template <class Derived>
class ReturnsValue<Derived, void> {
 public:
  void return_void() { static_cast<Derived*>(this)->complete(Status{}); }
};

template <class T>
class TaskPromise : public ReturnsValue<TaskPromise<T>, T> {
 public:
  Task<T> get_return_object() {
    auto* state = new TaskState<T>();
    state->adopt_frame(coro::coroutine_handle<TaskPromise>::from_promise(*this));
    state_ = state;
    return Task<T>(Ref<TaskState<T>>(state));
  }
  coro::suspend_always initial_suspend() noexcept { return {}; }
  coro::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {
#if defined(__cpp_exceptions)
    state_->fail(error_from_current_exception());
#endif
  }

  void complete(Result<T> r) {
    if (r) {
      if constexpr (std::is_void_v<T>) {
        (void)state_->set_result(Unit{});
      } else {
        (void)state_->set_result(std::move(r).value());
      }
    } else {
      state_->fail(r.error());
    }
  }
  coro::coroutine_handle<> raise(Error error) {
    state_->fail(std::move(error));
    return coro::noop_coroutine();
  }
  TaskBase* task() const {
    return state_;
  }

 private:
  TaskState<T>* state_ = nullptr;  // owns this frame
};

template <class T>
class AsyncPromise : public ReturnsValue<AsyncPromise<T>, T> {
 public:
  Async<T> get_return_object();
  coro::suspend_always initial_suspend() noexcept { return {}; }

  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    coro::coroutine_handle<> await_suspend(coro::coroutine_handle<AsyncPromise> h) noexcept {
      return h.promise().continuation_;
    }
    void await_resume() const noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() {
#if defined(__cpp_exceptions)
    complete(error_from_current_exception());
#endif
  }

  void complete(Result<T> r) {
    result_.emplace(std::move(r));
  }
  coro::coroutine_handle<> raise(Error error) {
    complete(std::move(error));
    return continuation_;
  }
  TaskBase* task() const {
    return task_;
  }

 private:
  friend class Async<T>;
  TaskBase* task_ = nullptr;
  coro::coroutine_handle<> continuation_;
  std::optional<Result<T>> result_;
};

// The value of an Async-returning coroutine function; await it exactly once, inside a task.
template <class T>
class [[nodiscard]] Async {
 public:
  using promise_type = AsyncPromise<T>;
  using Handle = coro::coroutine_handle<promise_type>;

  explicit Async(Handle h) : h_(h) {}
  Async(Async&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Async& operator=(Async&&) = delete;
  ~Async() {
    if (h_) h_.destroy();
  }

  bool await_ready() const { return false; }
  template <class P>
  coro::coroutine_handle<> await_suspend(coro::coroutine_handle<P> parent) {
    h_.promise().task_ = parent.promise().task();
    h_.promise().continuation_ = parent;
    return h_;
  }
  Result<T> await_resume() { return std::move(*h_.promise().result_); }

 private:
  Handle h_;
};

template <class T>
Async<T> AsyncPromise<T>::get_return_object() {
  return Async<T>(Async<T>::Handle::from_promise(*this));
}

template <class T>
FutureAwaiter<T> Task<T>::operator co_await() const {
  return FutureAwaiter<T>(future(), state_.get());
}

template <class F>
void Loop::for_each_task(F&& f) const {
  for (TaskBase* t = tasks_; t; t = t->next_) f(*t);
}

}  // namespace asyncplay::loop
