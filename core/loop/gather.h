// core/loop: combinators over futures and tasks — gather, wait_for, as_completed.
//
// All of them return futures at once and never block; await them inside a task or drive them with
// Loop::run_until_complete. Tasks convert to futures, so any mix works. Like asyncio:
// - gather(): results in argument order; the first error (or cancellation) of a child becomes
//   the outer future's error while the other children go on; gather_outcomes() instead waits for
//   all and yields each child's Result (return_exceptions=True). Cancelling the outer future
//   cancels every child.
// - wait_for(): the future's outcome, or kTimeout after `timeout`, in which case the future is
//   cancelled. Cancelling the returned future cancels the inner one.
// - as_completed(): futures that complete in the order the inputs finish, with their outcomes.
#pragma once

#include <memory>
#include <vector>

#include "core/loop/task.h"

namespace asyncplay::loop {

namespace detail {
// Cancelling `outer` cancels every child still running.
template <class Outer, class T>
void cancel_children_with(const Outer& outer, const std::vector<Future<T>>& children) {
  outer.add_done_callback([children](const Outer& o) {
    if (!o.cancelled()) return;
    for (const Future<T>& c : children) c.cancel();
  });
}
}  // namespace detail

template <class T>
Future<std::vector<ValueOf<T>>> gather(Loop& loop, std::vector<Future<T>> children) {
  using Values = std::vector<ValueOf<T>>;
  Future<Values> outer(loop);
  struct State {
    Values values;
    std::size_t remaining;
  };
  auto state = std::make_shared<State>(State{Values(children.size()), children.size()});
  if (children.empty()) (void)outer.set_result(Values{});
  for (std::size_t i = 0; i < children.size(); ++i) {
    children[i].add_done_callback([outer, state, i](const Future<T>& child) {
      if (outer.done()) return;
      Result<T> r = child.result();
      if (!r) {
        (void)outer.set_error(r.error());
        return;
      }
      if constexpr (!std::is_void_v<T>) {
        state->values[i] = std::move(r).value();
      } else {
        (void)i;
      }
      if (--state->remaining == 0) (void)outer.set_result(std::move(state->values));
    });
  }
  detail::cancel_children_with(outer, children);
  return outer;
}

template <class T>
Future<std::vector<Result<T>>> gather_outcomes(Loop& loop, std::vector<Future<T>> children) {
  using Outcomes = std::vector<Result<T>>;
  Future<Outcomes> outer(loop);
  struct State {
    std::vector<std::optional<Result<T>>> outcomes;
    std::size_t remaining;
  };
  auto state = std::make_shared<State>(State{{}, children.size()});
  state->outcomes.resize(children.size());
  if (children.empty()) (void)outer.set_result(Outcomes{});
  for (std::size_t i = 0; i < children.size(); ++i) {
    children[i].add_done_callback([outer, state, i](const Future<T>& child) {
      state->outcomes[i].emplace(child.result());
      if (--state->remaining > 0 || outer.done()) return;
      Outcomes all;
      all.reserve(state->outcomes.size());
      for (auto& o : state->outcomes) all.push_back(std::move(*o));
      (void)outer.set_result(std::move(all));
    });
  }
  detail::cancel_children_with(outer, children);
  return outer;
}

// Convenience overloads for tasks: unstarted tasks start on `loop`.
template <class T>
std::vector<Future<T>> as_futures(Loop& loop, const std::vector<Task<T>>& tasks) {
  std::vector<Future<T>> out;
  out.reserve(tasks.size());
  for (Task<T> t : tasks) out.push_back(t.start(loop).future());
  return out;
}
template <class T>
Future<std::vector<ValueOf<T>>> gather(Loop& loop, const std::vector<Task<T>>& tasks) {
  return gather(loop, as_futures(loop, tasks));
}
template <class T>
Future<std::vector<Result<T>>> gather_outcomes(Loop& loop, const std::vector<Task<T>>& tasks) {
  return gather_outcomes(loop, as_futures(loop, tasks));
}

template <class T>
Future<T> wait_for(Loop& loop, Future<T> inner, Duration timeout) {
  Future<T> outer(loop);
  auto timed_out = std::make_shared<bool>(false);
  TimerHandle timer = loop.call_later(timeout, [inner, timed_out] {
    *timed_out = true;
    inner.cancel();
  });
  inner.add_done_callback([outer, timed_out, timer](const Future<T>& f) mutable {
    timer.cancel();
    if (outer.done()) return;
    if (*timed_out && f.cancelled()) {
      (void)outer.set_error(Error::timeout());
    } else {
      (void)outer.set_outcome(f.result());
    }
  });
  outer.add_done_callback([inner](const Future<T>& o) {
    if (o.cancelled()) inner.cancel();
  });
  return outer;
}
template <class T>
Future<T> wait_for(Loop& loop, Task<T> task, Duration timeout) {
  return wait_for(loop, task.start(loop).future(), timeout);
}

template <class T>
std::vector<Future<T>> as_completed(Loop& loop, const std::vector<Future<T>>& inputs) {
  std::vector<Future<T>> slots;
  slots.reserve(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) slots.emplace_back(loop);
  auto next = std::make_shared<std::size_t>(0);
  for (const Future<T>& in : inputs) {
    in.add_done_callback(
        [slots, next](const Future<T>& f) { (void)slots[(*next)++].set_outcome(f.result()); });
  }
  return slots;
}

}  // namespace asyncplay::loop
