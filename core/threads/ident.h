// core/threads: thread identities.
//
// current_ident() is a process-unique number for the calling thread, like Python's
// threading.get_ident(), except that it is never reused: threads started by Thread get theirs when
// they start, any other thread (the main thread, a loop's thread) on its first call.
// current_native_id() is the operating system's id for the thread (gettid on Linux; under
// Emscripten, the pthread handle), like threading.get_native_id().
#pragma once

#include <cstdint>

namespace asyncplay::threads {

std::uint64_t current_ident();
std::uint64_t current_native_id();

namespace detail {
std::uint64_t next_ident();                   // a fresh ident, never handed out before
void set_current_ident(std::uint64_t ident);  // called once, first thing in a new thread
}  // namespace detail

}  // namespace asyncplay::threads
