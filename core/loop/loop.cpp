#include "core/loop/loop.h"

#include <algorithm>

#include "core/loop/task.h"

namespace asyncplay::loop {
namespace {
thread_local Loop* t_running = nullptr;

// CPython cleans its timer heap once more than half of at least this many timers are cancelled.
constexpr std::size_t kMinTimersForCleanup = 100;
}  // namespace

struct TimerHandle::Timer {
  TimePoint when;
  std::uint64_t seq;
  Callback callback;
  Loop* loop;
  bool cancelled = false;
  bool scheduled = true;  // still in the loop's heap
};

void TimerHandle::cancel() {
  if (!timer_ || timer_->cancelled) return;
  timer_->cancelled = true;
  timer_->callback.reset();
  if (timer_->scheduled) ++timer_->loop->cancelled_timers_;
}

bool TimerHandle::cancelled() const {
  return timer_ && timer_->cancelled;
}
TimePoint TimerHandle::when() const {
  return timer_ ? timer_->when : TimePoint{};
}

Loop::Loop(const clock::Clock& clock) : clock_(clock) {}

Loop::~Loop() {
  // Tasks still suspended here can never resume: destroy their frames now, exactly once.
  while (tasks_) tasks_->abandon();
  for (auto& t : timers_) t->scheduled = false;
}

Loop* Loop::running() {
  return t_running;
}

bool Loop::later(const TimerPtr& a, const TimerPtr& b) {
  return a->when != b->when ? a->when > b->when : a->seq > b->seq;
}

TimerHandle Loop::call_later(Duration delay, Callback cb) {
  return call_at(clock::deadline_after(time(), delay), std::move(cb));
}

TimerHandle Loop::call_at(TimePoint when, Callback cb) {
  auto timer = std::make_shared<TimerHandle::Timer>(
      TimerHandle::Timer{when, timer_seq_++, std::move(cb), this});
  timers_.push_back(timer);
  std::push_heap(timers_.begin(), timers_.end(), later);
  return TimerHandle(std::move(timer));
}

void Loop::call_soon_threadsafe(Callback cb) {
  std::lock_guard<std::mutex> lock(ts_mutex_);
  ts_queue_.push_back(std::move(cb));
  ts_pending_.store(true, std::memory_order_release);
  if (idle_) ts_wakeup_.notify_one();
}

Status Loop::run_forever() {
  if (running_) return Error::runtime("This event loop is already running");
  if (t_running) return Error::runtime("Cannot run the event loop while another loop is running");
  running_ = true;
  t_running = this;
  while (!stopping_) run_once();
  stopping_ = false;
  running_ = false;
  t_running = nullptr;
  return {};
}

void Loop::run_once(bool block) {
  drop_cancelled_timers();

  const bool may_block = block && ready_.empty() && !stopping_;
  TimePoint deadline = clock::kNever;
  if (!may_block) {
    deadline = TimePoint::min();
  } else if (!timers_.empty()) {
    deadline = timers_.front()->when;
  }
  collect_threadsafe(may_block, deadline);
  move_due_timers();

  // Run what is ready now; anything these callbacks schedule waits for the next iteration.
  running_batch_.swap(ready_);
  for (auto& cb : running_batch_) cb();
  running_batch_.clear();
}

void Loop::collect_threadsafe(bool block, TimePoint deadline) {
  if (!block && !ts_pending_.load(std::memory_order_acquire)) return;
  if (block && idle_hooks_ && !ts_pending_.load(std::memory_order_acquire) && deadline > time()) {
    // Wait with the hooks around, then collect below without blocking again.
    idle_hooks_->before_idle();
    {
      std::unique_lock<std::mutex> lock(ts_mutex_);
      if (ts_queue_.empty() && deadline > time()) {
        idle_ = true;
        clock_.wait_until(ts_wakeup_, lock, deadline);
        idle_ = false;
      }
    }
    idle_hooks_->after_idle();
    block = false;
  }
  std::unique_lock<std::mutex> lock(ts_mutex_);
  if (block && ts_queue_.empty() && deadline > time()) {
    idle_ = true;
    clock_.wait_until(ts_wakeup_, lock, deadline);
    idle_ = false;
  }
  for (auto& cb : ts_queue_) ready_.push_back(std::move(cb));
  ts_queue_.clear();
  ts_pending_.store(false, std::memory_order_relaxed);
}

void Loop::move_due_timers() {
  if (timers_.empty()) return;
  const TimePoint now = time();
  while (!timers_.empty() && timers_.front()->when <= now) {
    std::pop_heap(timers_.begin(), timers_.end(), later);
    TimerPtr timer = std::move(timers_.back());
    timers_.pop_back();
    timer->scheduled = false;
    if (timer->cancelled) {
      --cancelled_timers_;
      continue;
    }
    // The timer's state stays alive with the callback so that its handle still answers.
    ready_.push_back([timer = std::move(timer)] {
      if (!timer->cancelled) {
        Callback cb = std::move(timer->callback);
        cb();
      }
    });
  }
}

void Loop::drop_cancelled_timers() {
  if (timers_.size() >= kMinTimersForCleanup && cancelled_timers_ * 2 > timers_.size()) {
    auto keep = std::remove_if(timers_.begin(), timers_.end(), [](const TimerPtr& t) {
      if (t->cancelled) t->scheduled = false;
      return t->cancelled;
    });
    timers_.erase(keep, timers_.end());
    std::make_heap(timers_.begin(), timers_.end(), later);
    cancelled_timers_ = 0;
    return;
  }
  while (!timers_.empty() && timers_.front()->cancelled) {
    std::pop_heap(timers_.begin(), timers_.end(), later);
    timers_.back()->scheduled = false;
    timers_.pop_back();
    --cancelled_timers_;
  }
}

void Loop::link_task(TaskBase* task) {
  task->next_ = tasks_;
  task->prev_ = nullptr;
  if (tasks_) tasks_->prev_ = task;
  tasks_ = task;
}

void Loop::unlink_task(TaskBase* task) {
  if (task->prev_)
    task->prev_->next_ = task->next_;
  else if (tasks_ == task)
    tasks_ = task->next_;
  if (task->next_) task->next_->prev_ = task->prev_;
  task->next_ = task->prev_ = nullptr;
}

}  // namespace asyncplay::loop
