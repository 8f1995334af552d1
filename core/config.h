// Feature and debug switches for the whole engine, in one place.
#pragma once

// Trace recording is compiled in and switched on per run; define ASYNCPLAY_TRACE=0 to compile
// every recording call away.
#ifndef ASYNCPLAY_TRACE
#define ASYNCPLAY_TRACE 1
#endif

// WebAssembly builds run with a small pthread stack (see CMakeLists.txt); native builds use the
// platform default unless a caller asks for more.
#if defined(__EMSCRIPTEN__)
#define ASYNCPLAY_WASM 1
#else
#define ASYNCPLAY_WASM 0
#endif

namespace asyncplay::config {
#if ASYNCPLAY_WASM
inline constexpr unsigned kDefaultThreadStackBytes = 256 * 1024;
// Python threads alive at once; one more and threading.Thread.start raises RuntimeError("can't
// start new thread"). In a browser each is a Web Worker with a copy of the engine's JS state.
inline constexpr int kMaxPythonThreads = 128;
#else
inline constexpr unsigned kDefaultThreadStackBytes = 0;  // 0: the platform's default
inline constexpr int kMaxPythonThreads = 1024;
#endif
}  // namespace asyncplay::config
