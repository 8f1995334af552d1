// wasm/engine.h: one program run at a time on the interpreter, driven from a JavaScript thread.
//
// The JavaScript side (wasm/runtime-worker.mjs) calls start() and then polls: the program runs on
// a pthread of its own (the Python main thread), so the JS thread stays free to create Workers
// for new pthreads, forward output and deliver stop(). Everything the program writes is queued
// here with its stream, lane and time, and handed over by take_output(); trace events likewise
// by take_trace_events(). No JavaScript types appear here: bindings.cpp converts.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/lang/interp.h"
#include "core/threads/thread.h"
#include "core/trace/trace.h"

namespace asyncplay::wasm {

struct OutputChunk {
  int stream = 1;  // 1 stdout, 2 stderr
  std::string text;
  std::uint32_t lane = 0;
  double time_ms = 0;  // since the run started
};

struct RunOptions {
  std::string source;
  std::string filename = "main.py";
  std::string stdin_text;
  std::vector<std::string> argv;  // sys.argv[1:]
  bool trace = false;
};

class Engine {
 public:
  // Output past this many bytes in one run is dropped, with one notice on stderr.
  static constexpr std::size_t kOutputLimit = 8u << 20;

  // Whether programs get threads: false in the build without them (ASYNCPLAY_THREADS=0), where
  // start() runs the whole program on the calling thread and returns once it is done. Output and
  // trace events then reach JavaScript through the flush hook, which runs while the program does
  // (after a write, at most kFlushesPerWindow times in kFlushMs, and every 10 ms during waits:
  // core/clock's spin hook) and may call take_output() and take_trace_events().
  static constexpr bool kThreads = ASYNCPLAY_THREADS;
  static constexpr double kFlushMs = 8;
  static constexpr int kFlushesPerWindow = 4;
  void set_flush_hook(std::function<void()> hook) { flush_hook_ = std::move(hook); }

  // Starts a run; false if one is still going.
  bool start(RunOptions options);
  // Stop: KeyboardInterrupt in the program's main thread, the other threads end.
  void stop();
  bool running() const;
  bool done() const { return done_.load(std::memory_order_acquire); }
  int exit_code() const { return exit_code_; }  // once done()
  double duration_ms() const { return duration_ms_; }

  // The output written since the last call, in order (consecutive pieces of one stream and lane
  // merged).
  std::vector<OutputChunk> take_output();
  // The trace events recorded since the last call (JSON array text).
  std::string take_trace_events();
  // The whole trace of the last run (docs/trace-format.md), once done().
  std::string trace_json() const;
  // The same in Chrome's trace-event format (docs/trace-format.md, "Chrome format").
  std::string trace_chrome_json() const;

 private:
  void program_main();
  void on_write(int stream, std::string_view text);
  bool read_line(std::string* line);
  void flush_if_due();  // calls flush_hook_ unless it ran kFlushesPerWindow times already

  std::function<void()> flush_hook_;
  double flush_window_ms_ = 0;  // when the current window of kFlushMs began
  int flushes_in_window_ = 0;

  RunOptions options_;
  std::unique_ptr<lang::Interp> interp_;
  std::unique_ptr<threads::Thread> thread_;
  trace::Recorder recorder_;
  std::size_t stdin_pos_ = 0;
  double start_ms_ = 0;

  mutable std::mutex mutex_;  // guards output_ and written_
  std::vector<OutputChunk> output_;
  std::size_t written_ = 0;
  bool truncated_ = false;

  std::atomic<bool> started_{false};
  std::atomic<bool> done_{false};
  int exit_code_ = 0;
  double duration_ms_ = 0;
};

// Milliseconds on the monotonic clock.
double now_ms();

}  // namespace asyncplay::wasm
