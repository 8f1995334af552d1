// core/lang: what the interpreter tells core/trace while a program runs.
//
// Each Python thread has a lane (ThreadState::thread_lane); while an asyncio task's step runs on
// it, output and states go to the task's lane instead (ThreadState::lane). Every call here is a
// null check and nothing more when the run is not traced (Interp::recorder null or off).
//
//   thread lane:  running (holds the GIL) | ready (waits for the GIL) | sleeping (time.sleep) |
//                 blocked/waiting (a lock, a join, a queue, an event: threading.py says which
//                 through _thread._annotate) | waiting "event loop" (an idle asyncio loop)
//   task lane:    driven by asyncio.py through _aploop's task_* functions
//   instants:     stdout/stderr writes, created/finished/raised/cancelled
#pragma once

#include <string_view>

#include "core/lang/interp.h"
#include "core/trace/trace.h"

namespace asyncplay::lang {

// The run's recorder when it is recording, else null.
inline trace::Recorder* tracer() {
  trace::Recorder* r = interp().recorder;
  return r && r->enabled() ? r : nullptr;
}

// The current lane of the calling thread (its task's while a task step runs) enters `state`.
inline void trace_state(trace::State state, std::string_view detail = {}) {
  if (trace::Recorder* r = tracer()) r->state(thread_state().lane, state, detail);
}

// The calling thread's own lane enters `state` (for the GIL and idle loops, whatever task runs).
inline void trace_thread_state(trace::State state, std::string_view detail = {}) {
  if (trace::Recorder* r = tracer()) r->state(thread_state().thread_lane, state, detail);
}

inline void trace_instant(trace::EventKind kind, std::string_view label) {
  if (trace::Recorder* r = tracer()) r->instant(thread_state().lane, kind, label);
}

}  // namespace asyncplay::lang
