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

// Threads: 1 wherever pthreads exist. 0 in the WebAssembly build without -pthread (the wasm-st
// preset, for pages that are not cross-origin isolated and so have no shared memory): one thread
// runs everything, _thread.start_new_thread raises RuntimeError(kNoThreadsMessage), and a wait
// that only another thread could end is a spin on the clock until its deadline (core/clock).
#ifndef ASYNCPLAY_THREADS
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
#define ASYNCPLAY_THREADS 0
#else
#define ASYNCPLAY_THREADS 1
#endif
#endif

namespace asyncplay::config {
#if !ASYNCPLAY_THREADS
// Why threading.Thread.start (hence ThreadPoolExecutor, asyncio.to_thread) fails in that build.
inline constexpr const char* kNoThreadsMessage =
    "can't start new thread: this page is not cross-origin isolated, so the browser gives it no "
    "shared memory and asyncplay runs without threads; serve it with the headers "
    "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp "
    "(npm start does), or open it directly instead of inside a frame";
#endif

#if ASYNCPLAY_WASM
// The most one object may ask for: the engine's whole memory (MAXIMUM_MEMORY in CMakeLists.txt).
// Bigger requests (a huge str or list repeat) raise MemoryError before they try.
inline constexpr unsigned long long kMaxAllocBytes = 1ull << 30;
inline constexpr unsigned kDefaultThreadStackBytes = 256 * 1024;
// Python threads alive at once; one more and threading.Thread.start raises RuntimeError("can't
// start new thread"). In a browser each is a Web Worker with a copy of the engine's JS state.
inline constexpr int kMaxPythonThreads = 128;
#else
inline constexpr unsigned long long kMaxAllocBytes = 1ull << 40;
inline constexpr unsigned kDefaultThreadStackBytes = 0;  // 0: the platform's default
inline constexpr int kMaxPythonThreads = 1024;
#endif
}  // namespace asyncplay::config
