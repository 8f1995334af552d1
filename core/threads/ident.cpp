#include "core/threads/ident.h"

#include <pthread.h>

#include <atomic>
#include <type_traits>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace asyncplay::threads {
namespace {

std::atomic<std::uint64_t> g_next_ident{1};
thread_local std::uint64_t t_ident = 0;

template <class Handle>
std::uint64_t handle_number(Handle h) {
  if constexpr (std::is_pointer_v<Handle>) {
    return reinterpret_cast<std::uintptr_t>(h);
  } else {
    return static_cast<std::uint64_t>(h);
  }
}

}  // namespace

std::uint64_t current_ident() {
  if (t_ident == 0) t_ident = detail::next_ident();
  return t_ident;
}

std::uint64_t current_native_id() {
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
  return static_cast<std::uint64_t>(::syscall(SYS_gettid));
#else
  return handle_number(pthread_self());
#endif
}

namespace detail {
std::uint64_t next_ident() {
  return g_next_ident.fetch_add(1, std::memory_order_relaxed);
}
void set_current_ident(std::uint64_t ident) {
  t_ident = ident;
}
}  // namespace detail

}  // namespace asyncplay::threads
