#include "core/threads/thread.h"

#include <pthread.h>

#include <condition_variable>
#include <mutex>

#include "core/config.h"
#include "core/threads/wait_queue.h"

namespace asyncplay::threads {

// Shared by the Thread object and its running thread; either may outlive the other.
struct Thread::State {
  std::mutex mu;
  std::condition_variable cv;  // signals running and finished
  std::function<void()> body;
  std::string name;  // copied at start, for the debugger's thread list
  pthread_t handle{};
  std::uint64_t ident = 0;
  std::uint64_t native_id = 0;
  bool started = false;   // start() succeeded (or is under way)
  bool running = false;   // the new thread has taken its body
  bool finished = false;  // the body has returned and been destroyed
  bool reaped = false;    // pthread_join or pthread_detach has been called
};

Thread::Thread(std::string name, std::function<void()> body, Options options,
               const clock::Clock& clock)
    : name_(std::move(name)), options_(options), clock_(clock), state_(std::make_shared<State>()) {
  state_->body = std::move(body);
}

Thread::~Thread() {
  std::unique_lock<std::mutex> lock(state_->mu);
  if (!state_->started || state_->reaped) return;
  state_->reaped = true;
  const pthread_t handle = state_->handle;
  lock.unlock();
  pthread_detach(handle);
}

Status Thread::start() {
  std::unique_lock<std::mutex> lock(state_->mu);
  if (state_->started) return Error::runtime("threads can only be started once");
  state_->started = true;
  state_->ident = detail::next_ident();
  state_->name = name_;
  if (Status s = create_pthread(); !s.ok()) {
    state_->started = false;
    state_->ident = 0;
    return s;
  }
  if (options_.wait_until_running) {
    clock_.wait_until(state_->cv, lock, clock::kNever, [&] { return state_->running; });
  }
  return {};
}

// Called with state_->mu held.
Status Thread::create_pthread() {
  std::size_t stack =
      options_.stack_bytes ? options_.stack_bytes : config::kDefaultThreadStackBytes;
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return Error::runtime("can't start new thread");
  bool ok = stack == 0 || pthread_attr_setstacksize(&attr, stack) == 0;
  auto* arg = new std::shared_ptr<State>(state_);
  ok = ok && pthread_create(&state_->handle, &attr, &Thread::run, arg) == 0;
  pthread_attr_destroy(&attr);
  if (ok) return {};
  delete arg;
  return Error::runtime("can't start new thread");
}

void* Thread::run(void* arg) {
  auto* owned = static_cast<std::shared_ptr<State>*>(arg);
  std::shared_ptr<State> state = std::move(*owned);
  delete owned;
  detail::set_current_ident(state->ident);
  std::function<void()> body;
  {
    std::lock_guard<std::mutex> lock(state->mu);
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    pthread_setname_np(pthread_self(), state->name.substr(0, 15).c_str());
#endif
    state->native_id = current_native_id();
    body.swap(state->body);
    state->running = true;
    state->cv.notify_all();
  }
  if (body) body();
  body = nullptr;
  std::lock_guard<std::mutex> lock(state->mu);
  state->finished = true;
  state->cv.notify_all();
  return nullptr;
}

Result<bool> Thread::join(std::optional<clock::Duration> timeout) {
  return join_until(detail::deadline_for(clock_, timeout));
}

Result<bool> Thread::join_until(clock::TimePoint deadline) {
  std::unique_lock<std::mutex> lock(state_->mu);
  if (!state_->started) return Error::runtime("cannot join thread before it is started");
  if (state_->ident == threads::current_ident()) {
    return Error::runtime("cannot join current thread");
  }
  if (!clock_.wait_until(state_->cv, lock, deadline, [&] { return state_->finished; })) {
    return false;
  }
  if (state_->reaped) return true;
  state_->reaped = true;
  const pthread_t handle = state_->handle;
  lock.unlock();
  pthread_join(handle, nullptr);  // the body is done: this only waits for the thread to exit
  return true;
}

bool Thread::started() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  return state_->started;
}

bool Thread::is_alive() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  return state_->started && !state_->finished;
}

Status Thread::set_daemon(bool daemon) {
  if (started()) return Error::runtime("cannot set daemon status of active thread");
  options_.daemon = daemon;
  return {};
}

std::uint64_t Thread::ident() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  return state_->started ? state_->ident : 0;
}

std::uint64_t Thread::native_id() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  return state_->native_id;
}

}  // namespace asyncplay::threads
