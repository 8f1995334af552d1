// The one place that knows where the coroutine library lives.
//
// g++ 12 ships <coroutine>; Emscripten 3.1.6's libc++ 13 has only <experimental/coroutine>.
// Everything else in the tree spells coroutine types as asyncplay::coro::X.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace asyncplay::coro {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace asyncplay::coro
#else
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-experimental-coroutine"
#include <experimental/coroutine>
#pragma clang diagnostic pop
namespace asyncplay::coro {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace asyncplay::coro
#endif
