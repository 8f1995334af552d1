// core/loop: run blocking work on a threads::ThreadPool and get a loop Future for its result.
//
// run_in_executor(loop, pool, fn) queues fn on the pool and returns a Future that the loop
// completes (through call_soon_threadsafe) with fn's return value — or with fn's Error if fn
// returns a Result/Status that failed, or kCancelled if the pool drops the job at shutdown. This
// is loop.run_in_executor / asyncio.to_thread in C++.
#pragma once

#include <type_traits>
#include <utility>

#include "core/loop/future.h"
#include "core/threads/thread_pool.h"

namespace asyncplay::loop {

namespace detail {
template <class R>
struct Unwrap {
  using type = R;
  static Result<R> outcome(R&& r) { return Result<R>(std::move(r)); }
};
template <class T>
struct Unwrap<Result<T>> {
  using type = T;
  static Result<T> outcome(Result<T>&& r) { return std::move(r); }
};
}  // namespace detail

template <class F, class R = std::invoke_result_t<F&>,
          class T = typename detail::Unwrap<std::conditional_t<std::is_void_v<R>, Status, R>>::type>
Future<T> run_in_executor(Loop& loop, threads::ThreadPool& pool, F fn) {
  Future<T> future(loop);
  auto deliver = [&loop, future](Result<T> outcome) {
    loop.call_soon_threadsafe([future, outcome = std::move(outcome)]() mutable {
      if (!future.done()) (void)future.set_outcome(std::move(outcome));
    });
  };
  auto job = [fn = std::move(fn), deliver]() mutable {
    if constexpr (std::is_void_v<R>) {
      fn();
      deliver(Status{});
    } else {
      deliver(detail::Unwrap<R>::outcome(fn()));
    }
  };
  auto dropped = [deliver] { deliver(Error::cancelled()); };
  if (Status s = pool.submit(std::move(job), std::move(dropped)); !s)
    (void)future.set_error(s.error());
  return future;
}

}  // namespace asyncplay::loop
