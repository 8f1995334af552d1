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
};

ThreadState& thread_state();

struct Interp {
  Host host;
  std::vector<std::string> argv;
  Dict* builtins = nullptr;  // owned
  Dict* modules = nullptr;   // sys.modules, owned
  int recursion_limit = 1000;
  std::atomic<bool> interrupt{false};  // Stop: the next check raises KeyboardInterrupt
  std::map<std::string, std::vector<std::string>> sources;  // file name -> lines, for tracebacks

  void write(int stream, std::string_view text) const {
    if (host.write) host.write(stream, text);
  }
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

}  // namespace asyncplay::lang
