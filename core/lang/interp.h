// core/lang: the interpreter's state — one Interp per run, one ThreadState per Python thread —
// and the host interface through which every byte of I/O passes.
//
// The engine never writes to stdout or reads stdin itself: the native CLI and the wasm runtime
// each fill in a Host (style.md: "all host I/O through one callbacks struct").
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang/objects.h"
#include "core/trace/trace.h"

namespace asyncplay::lang {

struct Frame;

struct Host {
  // stream 1: stdout, 2: stderr.
  std::function<void(int stream, std::string_view text)> write;
  // One line including its '\n'; false at end of input.
  std::function<bool(std::string* line)> read_line;
};

struct ThreadState {
  Value exc;      // the exception being raised (owned), or null
  Value handled;  // the exception being handled (sys.exc_info()), borrowed from a frame stack
  Frame* frame = nullptr;  // the innermost running frame
  int depth = 0;           // Python call depth, for RecursionError
  std::uint64_t ident = 0;
  bool is_main = false;         // the thread running the program's main module
  bool stop_delivered = false;  // this thread already got its Stop exception
  // Tracing (core/lang/tracing.h): this thread's lane, and the lane its output and states go to
  // now (an asyncio task's while one of its steps runs).
  trace::LaneId thread_lane = trace::kNoLane;
  trace::LaneId lane = trace::kNoLane;
  // What the next blocking lock acquire is for, set by threading.py (_thread._annotate).
  trace::State wait_state = trace::State::kBlocked;
  std::string wait_detail;
  // Output not yet recorded because its line is not finished, per stream (1, 2).
  std::string partial_line[2];
  // Loop back-edges and Python calls left before the dispatch loop returns to run_frame() and
  // is entered afresh (see kReentryInterval in vm.cpp).
  std::uint32_t reentry_countdown = 0;
  // contextvars: this thread's current Context (owned; null until first asked for), kept by
  // the prelude's contextvars module through _thread._get_context/_set_context.
  Value context;
};

ThreadState& thread_state();

struct Interp {
  Host host;
  std::vector<std::string> argv;
  Dict* builtins = nullptr;  // owned
  Dict* modules = nullptr;   // sys.modules, owned
  int recursion_limit = 1000;
  // Stop (request_interrupt): each Python thread gets an exception at its next check, once —
  // KeyboardInterrupt in the main thread, SystemExit (which ends a thread silently) in the others
  // — so that their finally blocks and cleanup still run.
  std::atomic<bool> interrupt{false};

  // Whether the calling thread has a Stop to act on (see interrupt).
  bool interrupt_pending() const;
  std::map<std::string, std::vector<std::string>> sources;  // file name -> lines, for tracebacks
  trace::Recorder* recorder = nullptr;  // records the run when set and started (not owned)

  // Writes program output through the host, and records each finished line on the current lane.
  void write(int stream, std::string_view text) const;
  // Records the calling thread's unfinished output lines (at the end of a thread or the run).
  void flush_trace_output() const;
};

// The running interpreter (one at a time per process for now).
Interp& interp();

// Initializes the built-in types once per process.
void init_types();

// Runs `source` as the __main__ module. Prints an uncaught exception's traceback to stderr (or a
// SyntaxError), and returns the process exit code (0, 1, or SystemExit's code).
int run_main(Interp& in, const std::string& filename, const std::string& source);

// Makes `in` the current interpreter with types initialised, for tools (--dis) that compile
// without running.
void init_for_tools(Interp& in);

// Stop, from any thread: the running program gets KeyboardInterrupt at its next check, and
// waits that poll for it (locks, sleeps, idle event loops) wake up.
void request_interrupt(Interp& in);

// Python threads started by _thread.start_new_thread that have not finished.
int live_python_threads();

// Writes the traceback of `exc` as CPython prints it ("Traceback (most recent call last): ...").
void print_exception(Value exc);
// The same text; chain false leaves out the exceptions `exc` was caused by or raised during.
std::string format_exception(Value exc, bool chain);
// Its last line, "Name: message" (and the exception's notes), as traceback.format_exception_only.
std::string format_exception_only(Value exc);

}  // namespace asyncplay::lang
