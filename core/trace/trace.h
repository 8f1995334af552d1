// core/trace: a thread-safe recorder of what each thread and task did, and when.
//
// Input: calls made by the runtime while a program runs. new_lane() names a thread or an asyncio
// task; state() says that a lane is now running, ready, sleeping, waiting or blocked; instant()
// marks a point event on a lane (an output line, a task created, finished or cancelled, an
// exception raised); end_lane() says that a lane is finished.
//
// Output, in three shapes:
//   - the events themselves, in one total order (snapshot(), or incrementally with events_since()
//     and take_new() while the run goes on);
//   - the timeline they describe (timeline()): lanes, per-lane intervals that never overlap, and
//     instants, each sorted by time;
//   - that timeline as JSON: the versioned native format of docs/trace-format.md (to_json()), or
//     Chrome's trace-event format for Perfetto and chrome://tracing (to_chrome_json()).
//
// Order: the seq of an event is its place in the total order. If one recording call happens
// before another (on one thread, or across threads through a lock, a join, a queue...), its event
// has the smaller seq. Timestamps are whole microseconds since start(), read from the recorder's
// clock; they never decrease along one thread's events.
//
// Cost: every recording call first checks enabled(), one relaxed atomic load, so a recorder that
// is off costs a load and a branch (and nothing when ASYNCPLAY_TRACE is 0). When on, an event is
// appended to a buffer owned by the calling thread, under that buffer's own lock, which only
// readers contend for; a shared atomic counter gives it its seq. A reader locks all the buffers
// at once, just long enough to copy the new fixed-size records out. Nothing here throws.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock/clock.h"
#include "core/config.h"

namespace asyncplay::trace {

// Lanes are numbered from 1 in creation order within a recording; 0 means "no lane".
using LaneId = std::uint32_t;
inline constexpr LaneId kNoLane = 0;

enum class LaneKind : std::uint8_t {
  kThread,  // an OS thread (a Python threading.Thread, the main thread, a pool worker)
  kTask,    // an asyncio task; its parent is the thread whose loop runs it
};

// What a lane is doing during an interval. New states are only ever appended.
enum class State : std::uint8_t {
  kRunning,   // executing code (for a thread: holds the GIL)
  kReady,     // could run, waits for its turn (the GIL, the event loop)
  kSleeping,  // time.sleep / asyncio.sleep
  kWaiting,   // awaits a named object: a future, an Event, a Condition (detail names it)
  kBlocked,   // blocked on a lock, a join or a queue (detail says which)
  kDone,      // finished; an interval in this state ends at end_lane()
};

// A point event on a lane. New kinds are only ever appended.
enum class EventKind : std::uint8_t {
  kStdout,     // a line the lane wrote to stdout (label: the text)
  kStderr,     // a line the lane wrote to stderr (label: the text)
  kCreated,    // the lane created something, or was created (label: what)
  kFinished,   // a task or thread finished (label: its result, if worth showing)
  kCancelled,  // a task was cancelled (label: the message)
  kRaised,     // an exception was raised (label: "ValueError: bad")
  kMark,       // anything else worth a flag on the timeline
};

std::string_view lane_kind_name(LaneKind kind);    // "thread", "task"
std::string_view state_name(State state);          // "running", "ready", ...
std::string_view event_kind_name(EventKind kind);  // "stdout", "stderr", "created", ...

// One recorded call, as snapshot() and events_since() return it.
struct Event {
  enum class Type : std::uint8_t {
    kLane,     // new_lane(): lane_kind, parent, text = name
    kState,    // state(): state, text = detail
    kInstant,  // instant(): kind, text = label
    kEndLane,  // end_lane()
  };

  std::uint64_t seq = 0;  // place in the total order: 0, 1, 2, ... since start()
  std::int64_t time_us = 0;
  Type type = Type::kState;
  LaneId lane = kNoLane;
  LaneKind lane_kind = LaneKind::kThread;
  LaneId parent = kNoLane;
  State state = State::kRunning;
  EventKind kind = EventKind::kMark;
  std::string text;
};

// The timeline a sequence of events describes (see build_timeline()).
struct Lane {
  LaneId id = kNoLane;
  LaneKind kind = LaneKind::kThread;
  std::string name;
  LaneId parent = kNoLane;
  std::int64_t created_us = 0;
  std::optional<std::int64_t> ended_us;  // set by end_lane(), unless a later state() reopened it
};

struct Interval {
  LaneId lane = kNoLane;
  State state = State::kRunning;
  std::string detail;
  std::int64_t start_us = 0;
  std::int64_t end_us = 0;
  bool open = false;      // still going when the events ran out: ends at Timeline::end_us
  std::uint64_t seq = 0;  // of the state() event that began it
};

struct Instant {
  LaneId lane = kNoLane;
  EventKind kind = EventKind::kMark;
  std::string label;
  std::int64_t time_us = 0;
  std::uint64_t seq = 0;
};

struct Timeline {
  std::vector<Lane> lanes;          // by id
  std::vector<Interval> intervals;  // by start time, then seq; per lane they never overlap
  std::vector<Instant> instants;    // by time, then seq
  std::int64_t end_us = 0;          // the latest timestamp among the events
  std::uint64_t dropped = 0;        // events lost to the recorder's max_events limit
};

// Builds the timeline from events in seq order. A lane's state() ends its previous interval and
// begins the next; end_lane() ends the last one. Within a lane, timestamps are raised where needed
// so that they never decrease in seq order (a lane may be recorded from several threads), so its
// intervals never overlap. Events on a lane with no kLane event among `events` are left out.
Timeline build_timeline(std::span<const Event> events, std::uint64_t dropped = 0);

// The native format, version 1 (docs/trace-format.md).
inline constexpr int kFormatVersion = 1;
std::string to_json(const Timeline& timeline);
// Chrome's trace-event format: each thread lane becomes a process holding its own track and its
// tasks' tracks; intervals are "X" events, instants "i" events.
std::string to_chrome_json(const Timeline& timeline);
// Appends `text` to `out` as a JSON string literal: quotes, backslashes and control characters
// escaped, valid UTF-8 passed through, each byte of an invalid sequence replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view text);

// Where events_since() resumes. A default Cursor, or one from before the latest start(), starts
// at the first event of the current recording.
struct Cursor {
  std::uint64_t run = 0;
  std::uint64_t next_seq = 0;
};

class Recorder {
 public:
  explicit Recorder(const clock::Clock& clock = clock::default_clock());
  ~Recorder();
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;

  bool enabled() const { return ASYNCPLAY_TRACE && on_.load(std::memory_order_relaxed); }

  // Forgets everything recorded, makes now time 0 and lane ids start again from 1, and switches
  // recording on. Calls racing with start() land wholly before it (and are forgotten) or after.
  void start();
  // Switches recording off; what was recorded stays readable.
  void stop() { on_.store(false, std::memory_order_relaxed); }
  // At most `n` events are kept per recording (0: no limit); later ones are counted in dropped().
  void set_max_events(std::uint64_t n) { max_events_.store(n, std::memory_order_relaxed); }
  std::uint64_t dropped() const { return dropped_.load(std::memory_order_relaxed); }
  // Microseconds since start(), by the recorder's clock.
  std::int64_t now_us() const;
  // How many threads have a buffer here. A thread's buffer outlives the thread, so that its
  // events stay readable; start() lets go of those whose thread has exited.
  std::size_t thread_buffers() const;

  // A new lane (0 while recording is off). `parent`: for a task, the thread that runs it.
  LaneId new_lane(LaneKind kind, std::string_view name, LaneId parent = kNoLane) {
    return enabled()
               ? record(Event::Type::kLane, kNoLane, static_cast<std::uint8_t>(kind), name, parent)
               : kNoLane;
  }
  // `lane` is in `state` from now on, until its next state() or end_lane().
  void state(LaneId lane, State state, std::string_view detail = {}) {
    if (enabled()) record(Event::Type::kState, lane, static_cast<std::uint8_t>(state), detail);
  }
  void instant(LaneId lane, EventKind kind, std::string_view label = {}) {
    if (enabled()) record(Event::Type::kInstant, lane, static_cast<std::uint8_t>(kind), label);
  }
  // Ends `lane`'s current interval.
  void end_lane(LaneId lane) {
    if (enabled()) record(Event::Type::kEndLane, lane, 0, {});
  }

  // Every event recorded so far, in seq order: always a prefix of the final sequence, without
  // gaps (a call still being recorded when the snapshot is taken is either in it or after it).
  std::vector<Event> snapshot() const;
  // The events from `cursor` on, in seq order, without gaps; advances `cursor` past them.
  std::vector<Event> events_since(Cursor& cursor) const;
  // events_since() with the recorder's own cursor: each call returns what the last did not.
  std::vector<Event> take_new();

  Timeline timeline() const { return build_timeline(snapshot(), dropped()); }
  std::string to_json() const { return trace::to_json(timeline()); }
  std::string to_chrome_json() const { return trace::to_chrome_json(timeline()); }

 private:
  struct Buffer;

  // Appends one event to the calling thread's buffer; for kLane, allocates and returns its id.
  LaneId record(Event::Type type, LaneId lane, std::uint8_t code, std::string_view text,
                LaneId parent = kNoLane);
  Buffer& local_buffer();
  Buffer& register_thread();

  // Read by every recording call, written only by start(), stop() and set_max_events().
  const clock::Clock& clock_;
  const std::uint64_t uid_;  // tells this recorder apart in per-thread caches, never reused
  std::atomic<bool> on_{false};
  std::atomic<std::int64_t> origin_ns_{0};
  std::atomic<std::uint64_t> max_events_{0};

  // Written by every recording call: a cache line of their own, so that the line above stays
  // shared by all the recording threads.
  alignas(64) std::atomic<std::uint64_t> next_seq_{0};
  std::atomic<LaneId> next_lane_{1};
  std::atomic<std::uint64_t> dropped_{0};

  // Guards buffers_ and run_. Taken before any buffer's lock, never while holding one.
  alignas(64) mutable std::mutex registry_mutex_;
  std::vector<std::unique_ptr<Buffer>> buffers_;
  std::uint64_t run_ = 1;  // bumped by start()

  std::mutex take_mutex_;
  Cursor take_cursor_;
};

}  // namespace asyncplay::trace
