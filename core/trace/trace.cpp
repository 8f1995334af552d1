// The recorder: per-thread buffers, the shared seq counter, and reading them back in order.
#include "core/trace/trace.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "core/error.h"

namespace asyncplay::trace {
namespace {

// One recorded call as a buffer stores it; `text` points into the buffer's TextArena.
struct Record {
  std::uint64_t seq;
  std::int64_t time_us;
  const char* text;
  std::uint32_t text_size;
  LaneId lane;
  LaneId parent;
  Event::Type type;
  std::uint8_t code;  // LaneKind, State or EventKind, by type
};

// An append-only array in fixed-size segments: appending never moves what is already stored,
// so a long run costs no large reallocation while the buffer's lock is held.
class RecordLog {
 public:
  std::size_t size() const { return size_; }
  const Record& operator[](std::size_t i) const { return segments_[i / kSegment][i % kSegment]; }

  void push_back(const Record& r) {
    if (size_ == segments_.size() * kSegment) {
      segments_.push_back(std::unique_ptr<Record[]>(new Record[kSegment]));
    }
    segments_[size_ / kSegment][size_ % kSegment] = r;
    ++size_;
  }

  // The index of the first record whose seq is at least `seq` (seqs increase along the log).
  std::size_t lower_bound(std::uint64_t seq) const {
    std::size_t lo = 0, hi = size_;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if ((*this)[mid].seq < seq)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  }

  // Keeps a few segments for the next run: memory already touched makes recording cheaper.
  void clear() {
    if (segments_.size() > kKeptSegments) segments_.resize(kKeptSegments);
    size_ = 0;
  }

 private:
  static constexpr std::size_t kSegment = 1024;
  static constexpr std::size_t kKeptSegments = 16;
  std::vector<std::unique_ptr<Record[]>> segments_;
  std::size_t size_ = 0;
};

// Stable storage for the events' strings: small ones share chunks, large ones get their own.
class TextArena {
 public:
  const char* store(std::string_view s) {
    if (s.empty()) return nullptr;
    char* p;
    if (s.size() > kChunk / 8) {
      blocks_.emplace_back(new char[s.size()]);
      p = blocks_.back().get();
    } else {
      if (s.size() > left_) {
        blocks_.emplace_back(new char[kChunk]);
        next_ = blocks_.back().get();
        left_ = kChunk;
      }
      p = next_;
      next_ += s.size();
      left_ -= s.size();
    }
    std::memcpy(p, s.data(), s.size());
    return p;
  }

  void clear() {
    blocks_.clear();
    next_ = nullptr;
    left_ = 0;
  }

 private:
  static constexpr std::size_t kChunk = 16 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
};

std::atomic<std::uint64_t> g_next_recorder{1};

// The buffer this thread used last, and for which recorder: one compare on the hot path.
struct LastBuffer {
  std::uint64_t recorder = 0;
  void* buffer = nullptr;
};
thread_local LastBuffer t_last;

// Lives as long as its thread. A buffer keeps a weak reference to its thread's tag: once that
// has expired the thread is gone, and start() frees the buffer. (The weak reference also keeps
// the tag's address from being reused by a later thread.)
struct ThreadTag {};
thread_local std::shared_ptr<const ThreadTag> t_tag;

Event to_event(const Record& r) {
  Event e;
  e.seq = r.seq;
  e.time_us = r.time_us;
  e.type = r.type;
  e.lane = r.lane;
  switch (r.type) {
    case Event::Type::kLane:
      e.lane_kind = static_cast<LaneKind>(r.code);
      e.parent = r.parent;
      break;
    case Event::Type::kState:
      e.state = static_cast<State>(r.code);
      break;
    case Event::Type::kInstant:
      e.kind = static_cast<EventKind>(r.code);
      break;
    case Event::Type::kEndLane:
      break;
  }
  if (r.text_size != 0) e.text.assign(r.text, r.text_size);
  return e;
}

}  // namespace

struct Recorder::Buffer {
  explicit Buffer(const std::shared_ptr<const ThreadTag>& tag) : owner(tag), owner_id(tag.get()) {}
  const std::weak_ptr<const ThreadTag> owner;
  const ThreadTag* const owner_id;
  std::mutex mutex;  // the owner thread appends under it; readers and start() take it too
  RecordLog records;
  TextArena text;
};

std::string_view lane_kind_name(LaneKind kind) {
  switch (kind) {
    case LaneKind::kThread:
      return "thread";
    case LaneKind::kTask:
      return "task";
  }
  return "thread";
}

std::string_view state_name(State state) {
  switch (state) {
    case State::kRunning:
      return "running";
    case State::kReady:
      return "ready";
    case State::kSleeping:
      return "sleeping";
    case State::kWaiting:
      return "waiting";
    case State::kBlocked:
      return "blocked";
    case State::kDone:
      return "done";
  }
  return "running";
}

std::string_view event_kind_name(EventKind kind) {
  switch (kind) {
    case EventKind::kStdout:
      return "stdout";
    case EventKind::kStderr:
      return "stderr";
    case EventKind::kCreated:
      return "created";
    case EventKind::kFinished:
      return "finished";
    case EventKind::kCancelled:
      return "cancelled";
    case EventKind::kRaised:
      return "raised";
    case EventKind::kMark:
      return "mark";
  }
  return "mark";
}

Recorder::Recorder(const clock::Clock& clock)
    : clock_(clock), uid_(g_next_recorder.fetch_add(1, std::memory_order_relaxed)) {
  origin_ns_.store(clock_.now().time_since_epoch().count(), std::memory_order_relaxed);
}

Recorder::~Recorder() = default;

void Recorder::start() {
  {
    std::lock_guard<std::mutex> registry(registry_mutex_);
    // Let go of the buffers of threads that have exited: no one writes to them any more, and
    // readers need the registry lock, held here.
    buffers_.erase(std::remove_if(buffers_.begin(), buffers_.end(),
                                  [](const auto& b) { return b->owner.expired(); }),
                   buffers_.end());
    std::vector<std::unique_lock<std::mutex>> held;
    held.reserve(buffers_.size());
    for (auto& b : buffers_) {
      held.emplace_back(b->mutex);
      b->records.clear();
      b->text.clear();
    }
    origin_ns_.store(clock_.now().time_since_epoch().count(), std::memory_order_relaxed);
    next_seq_.store(0, std::memory_order_relaxed);
    next_lane_.store(1, std::memory_order_relaxed);
    dropped_.store(0, std::memory_order_relaxed);
    ++run_;
  }
  on_.store(true, std::memory_order_relaxed);
}

std::int64_t Recorder::now_us() const {
  return (clock_.now().time_since_epoch().count() - origin_ns_.load(std::memory_order_relaxed)) /
         1000;
}

std::size_t Recorder::thread_buffers() const {
  std::lock_guard<std::mutex> registry(registry_mutex_);
  return buffers_.size();
}

LaneId Recorder::record(Event::Type type, LaneId lane, std::uint8_t code, std::string_view text,
                        LaneId parent) {
  if (type != Event::Type::kLane && lane == kNoLane) return kNoLane;
  Buffer& buffer = local_buffer();
  std::lock_guard<std::mutex> lock(buffer.mutex);
  // Time first, then seq: an event delayed between the two keeps an earlier time, and the
  // timeline raises it to its lane's previous time if needed; the clock read and the append
  // both happen under the lock, so one thread's times never decrease.
  const std::int64_t ns =
      clock_.now().time_since_epoch().count() - origin_ns_.load(std::memory_order_relaxed);
  const std::uint64_t seq = next_seq_.fetch_add(1, std::memory_order_relaxed);
  if (type == Event::Type::kLane) lane = next_lane_.fetch_add(1, std::memory_order_relaxed);
  const std::uint64_t max = max_events_.load(std::memory_order_relaxed);
  if (max != 0 && seq >= max) {
    dropped_.fetch_add(1, std::memory_order_relaxed);
    return lane;
  }
  const auto size = static_cast<std::uint32_t>(
      std::min<std::size_t>(text.size(), std::numeric_limits<std::uint32_t>::max()));
  buffer.records.push_back(Record{seq, ns / 1000, buffer.text.store(text.substr(0, size)), size,
                                  lane, parent, type, code});
  return lane;
}

Recorder::Buffer& Recorder::local_buffer() {
  if (t_last.recorder == uid_) return *static_cast<Buffer*>(t_last.buffer);
  return register_thread();
}

Recorder::Buffer& Recorder::register_thread() {
  if (!t_tag) t_tag = std::make_shared<const ThreadTag>();
  std::lock_guard<std::mutex> registry(registry_mutex_);
  Buffer* found = nullptr;
  for (auto& b : buffers_) {
    if (b->owner_id == t_tag.get()) found = b.get();
  }
  if (!found) {
    buffers_.push_back(std::make_unique<Buffer>(t_tag));
    found = buffers_.back().get();
  }
  t_last = {uid_, found};
  return *found;
}

std::vector<Event> Recorder::events_since(Cursor& cursor) const {
  std::lock_guard<std::mutex> registry(registry_mutex_);
  if (cursor.run != run_) cursor = {run_, 0};
  std::vector<Record> records;
  {
    // A recording call holds its buffer's lock from taking its seq until its record is stored,
    // so with every buffer locked, all the seqs taken so far have landed: no gaps.
    std::vector<std::unique_lock<std::mutex>> held;
    std::vector<std::size_t> first;
    held.reserve(buffers_.size());
    first.reserve(buffers_.size());
    std::size_t total = 0;
    for (const auto& b : buffers_) {
      held.emplace_back(b->mutex);
      first.push_back(b->records.lower_bound(cursor.next_seq));
      total += b->records.size() - first.back();
    }
    records.reserve(total);
    for (std::size_t k = 0; k < buffers_.size(); ++k) {
      const RecordLog& log = buffers_[k]->records;
      for (std::size_t i = first[k]; i < log.size(); ++i) records.push_back(log[i]);
    }
  }
  // The texts the records point to stay put until start(), which waits for the registry lock.
  std::sort(records.begin(), records.end(),
            [](const Record& a, const Record& b) { return a.seq < b.seq; });
  std::vector<Event> out;
  out.reserve(records.size());
  for (const Record& r : records) {
    if (r.seq != cursor.next_seq) fatal("trace: a gap in the event sequence");
    ++cursor.next_seq;
    out.push_back(to_event(r));
  }
  return out;
}

std::vector<Event> Recorder::snapshot() const {
  Cursor from_start;
  return events_since(from_start);
}

std::vector<Event> Recorder::take_new() {
  std::lock_guard<std::mutex> lock(take_mutex_);
  return events_since(take_cursor_);
}

}  // namespace asyncplay::trace
