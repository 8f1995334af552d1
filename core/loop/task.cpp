#include "core/loop/task.h"

#if defined(__cpp_exceptions)
#include <exception>
#include <stdexcept>
#endif

namespace asyncplay::loop {
namespace {
std::atomic<std::uint64_t> g_task_counter{0};
}  // namespace

TaskBase::TaskBase() = default;

TaskBase::~TaskBase() = default;

void TaskBase::start(Loop& loop, std::string name) {
  if (started_ || linked_) return;
  future().bind_loop(&loop);
  name_ = !name.empty()   ? std::move(name)
          : name_.empty() ? "Task-" + std::to_string(++g_task_counter)
                          : std::move(name_);
  linked_ = &loop;
  loop.link_task(this);
  loop.call_soon([keep = Ref<FutureBase>(&future()), self = this] { self->step(); });
}

void TaskBase::step() {
  if (!frame_) return;
  Loop& loop = future().loop();
  if (!started_) {
    started_ = true;
    if (must_cancel_) {  // cancelled before it ever ran: the body never starts
      must_cancel_ = false;
      destroy_frame();
      (void)future().set_error(Error::cancelled(std::move(cancel_message_)));
      return;
    }
    resume_point_ = frame_;
  }
  coro::coroutine_handle<> h = std::exchange(resume_point_, {});
  TaskBase* outer = loop.current_task();
  loop.set_current_task(this);
  h.resume();
  loop.set_current_task(outer);
  if (future().done()) destroy_frame();
}

void TaskBase::wakeup() {
  waiting_on_ = nullptr;
  step();
}

void TaskBase::suspend_on(FutureBase& awaited, coro::coroutine_handle<> where) {
  resume_point_ = where;
  waiting_on_ = Ref<FutureBase>(&awaited);
  awaited.add_done_callback([keep = Ref<FutureBase>(&future()), self = this] { self->wakeup(); });
  // A task that cancelled itself while running cancels what it now waits on (asyncio does too).
  if (must_cancel_ && awaited.cancel(cancel_message_)) must_cancel_ = false;
}

void TaskBase::suspend_yield(coro::coroutine_handle<> where) {
  resume_point_ = where;
  loop()->call_soon([keep = Ref<FutureBase>(&future()), self = this] { self->step(); });
}

Status TaskBase::take_cancel() {
  if (!must_cancel_) return {};
  must_cancel_ = false;
  return Error::cancelled(std::move(cancel_message_));
}

bool TaskBase::cancel_task(std::string message) {
  if (future().done()) return false;
  ++cancel_requests_;
  if (waiting_on_ && waiting_on_->cancel(message)) return true;
  must_cancel_ = true;
  cancel_message_ = std::move(message);
  return true;
}

void TaskBase::destroy_frame() {
  if (linked_) {
    linked_->unlink_task(this);
    linked_ = nullptr;
  }
  if (coro::coroutine_handle<> frame = std::exchange(frame_, {})) frame.destroy();
  resume_point_ = {};
}

void TaskBase::abandon() {
  Ref<FutureBase> keep(&future());  // destroying the frame may drop the last other reference
  waiting_on_ = nullptr;
  destroy_frame();
}

Status SleepAwaiter::await_resume() {
  timer_.cancel();
  if (Status s = task_->take_cancel(); !s) return s;
  if (timer_done_ && timer_done_.cancelled()) return timer_done_.result();
  return {};
}

void SleepAwaiter::suspend(coro::coroutine_handle<> h) {
  if (delay_ <= Duration::zero()) {
    task_->suspend_yield(h);
    return;
  }
  Loop& loop = task_->future().loop();
  timer_done_ = Future<void>(loop);
  timer_ = loop.call_later(delay_, [done = timer_done_] {
    if (!done.done()) (void)done.set_result();
  });
  task_->suspend_on(*timer_done_.state(), h);
}

#if defined(__cpp_exceptions)
Error error_from_current_exception() {
  try {
    throw;
  } catch (const std::exception& e) {
    return Error(ErrorKind::kUser, e.what());
  } catch (...) {
    return Error(ErrorKind::kUser, "unknown C++ exception");
  }
}
#endif

}  // namespace asyncplay::loop
