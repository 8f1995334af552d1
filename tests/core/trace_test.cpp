// core/trace: recording on and off, the timeline, both JSON exports, escaping, concurrent
// recording and incremental draining.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/trace/trace.h"
#include "tests/core/virtual_clock.h"

using namespace asyncplay;
using namespace asyncplay::trace;
using namespace std::chrono_literals;

namespace {

// A small strict JSON reader, so that tests check what a consumer would read back.
struct Json {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<Json> items;
  std::vector<std::pair<std::string, Json>> fields;

  const Json& operator[](std::size_t i) const {
    static const Json missing;
    return i < items.size() ? items[i] : missing;
  }
  const Json& operator[](std::string_view key) const {
    static const Json missing;
    for (const auto& [k, v] : fields) {
      if (k == key) return v;
    }
    return missing;
  }
  bool has(std::string_view key) const {
    return std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return f.first == key; });
  }
  bool is_null() const { return kind == Kind::kNull; }
  long long integer() const { return static_cast<long long>(number); }
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view in) : in_(in) {}

  std::optional<Json> document() {
    Json v;
    if (!value(v)) return std::nullopt;
    skip_space();
    if (pos_ != in_.size()) return std::nullopt;
    return v;
  }

 private:
  void skip_space() {
    while (pos_ < in_.size() &&
           (in_[pos_] == ' ' || in_[pos_] == '\n' || in_[pos_] == '\t' || in_[pos_] == '\r')) {
      ++pos_;
    }
  }
  bool eat(char c) {
    skip_space();
    if (pos_ < in_.size() && in_[pos_] == c) return ++pos_, true;
    return false;
  }
  bool word(std::string_view w) {
    if (in_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }

  bool value(Json& v) {
    skip_space();
    if (pos_ >= in_.size()) return false;
    const char c = in_[pos_];
    if (c == '{') return object(v);
    if (c == '[') return array(v);
    if (c == '"') return v.kind = Json::Kind::kString, string(v.string);
    if (word("null")) return v.kind = Json::Kind::kNull, true;
    if (word("true")) return v.kind = Json::Kind::kBool, v.boolean = true, true;
    if (word("false")) return v.kind = Json::Kind::kBool, v.boolean = false, true;
    return number(v);
  }

  bool object(Json& v) {
    v.kind = Json::Kind::kObject;
    ++pos_;
    if (eat('}')) return true;
    do {
      std::string key;
      skip_space();
      if (!string(key) || !eat(':')) return false;
      Json item;
      if (!value(item)) return false;
      v.fields.emplace_back(std::move(key), std::move(item));
    } while (eat(','));
    return eat('}');
  }

  bool array(Json& v) {
    v.kind = Json::Kind::kArray;
    ++pos_;
    if (eat(']')) return true;
    do {
      Json item;
      if (!value(item)) return false;
      v.items.push_back(std::move(item));
    } while (eat(','));
    return eat(']');
  }

  bool number(Json& v) {
    const std::size_t start = pos_;
    if (pos_ < in_.size() && in_[pos_] == '-') ++pos_;
    const std::size_t digits = pos_;
    while (pos_ < in_.size() && std::isdigit(static_cast<unsigned char>(in_[pos_]))) ++pos_;
    if (pos_ == digits || (in_[digits] == '0' && pos_ - digits > 1)) return false;
    if (pos_ < in_.size() && in_[pos_] == '.') {
      ++pos_;
      while (pos_ < in_.size() && std::isdigit(static_cast<unsigned char>(in_[pos_]))) ++pos_;
    }
    v.kind = Json::Kind::kNumber;
    v.number = std::stod(std::string(in_.substr(start, pos_ - start)));
    return true;
  }

  static void put_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // A raw (unescaped) code point must be well-formed UTF-8: decode it and check its range.
  bool raw_utf8(std::string& out) {
    const auto b0 = static_cast<unsigned char>(in_[pos_]);
    const int n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
    if (n == 0 || b0 > 0xF7 || pos_ + n > in_.size()) return false;
    std::uint32_t cp = b0 & (0x7F >> n);
    for (int k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(in_[pos_ + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    out.append(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }

  bool hex4(std::uint32_t& cp) {
    if (pos_ + 4 > in_.size()) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = in_[pos_++];
      const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                                : -1;
      if (d < 0) return false;
      cp = cp * 16 + static_cast<std::uint32_t>(d);
    }
    return true;
  }

  bool string(std::string& out) {
    if (pos_ >= in_.size() || in_[pos_] != '"') return false;
    ++pos_;
    while (pos_ < in_.size()) {
      const auto c = static_cast<unsigned char>(in_[pos_]);
      if (c == '"') return ++pos_, true;
      if (c < 0x20) return false;
      if (c >= 0x80) {
        if (!raw_utf8(out)) return false;
        continue;
      }
      ++pos_;
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (pos_ >= in_.size()) return false;
      const char e = in_[pos_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          std::uint32_t cp;
          if (!hex4(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) return false;  // no pairs written
          put_utf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }

  std::string_view in_;
  std::size_t pos_ = 0;
};

Json parse(const std::string& text) {
  std::optional<Json> doc = JsonReader(text).document();
  REQUIRE_MESSAGE(doc.has_value(), "not valid JSON:\n" << text);
  return *doc;
}

std::string quoted(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

// A recorder on a virtual clock, with time set by hand in microseconds since start().
struct Fixture {
  testing::VirtualClock clock;
  Recorder rec{clock};
  Fixture() {
    clock.advance(1234567ns);  // an origin that is not 0, to see it subtracted
    rec.start();
  }
  void at(std::int64_t us) {
    const auto target = std::chrono::microseconds(us) - std::chrono::microseconds(rec.now_us());
    clock.advance(target);
  }
};

// Intervals are in start order and, per lane, each ends before (or when) the next begins.
void check_no_overlap(const Timeline& tl) {
  std::map<LaneId, std::int64_t> lane_end;
  std::int64_t last_start = 0;
  for (const Interval& iv : tl.intervals) {
    INFO("interval of lane " << iv.lane << " from " << iv.start_us << " to " << iv.end_us);
    REQUIRE(iv.start_us >= last_start);
    REQUIRE(iv.end_us >= iv.start_us);
    REQUIRE(iv.end_us <= tl.end_us);
    last_start = iv.start_us;
    auto [it, fresh] = lane_end.emplace(iv.lane, iv.end_us);
    if (!fresh) {
      REQUIRE(iv.start_us >= it->second);
      it->second = iv.end_us;
    }
  }
}

// The run that docs/trace-format.md shows: a task on the main thread's loop prints, sleeps,
// raises and finishes; then the main thread joins a second thread that writes to stderr.
void record_example(Fixture& f) {
  Recorder& r = f.rec;
  f.at(0);
  const LaneId main = r.new_lane(LaneKind::kThread, "MainThread");
  r.state(main, State::kRunning);
  f.at(5);
  const LaneId task = r.new_lane(LaneKind::kTask, "Task-1", main);
  r.instant(main, EventKind::kCreated, "Task-1");
  r.state(task, State::kReady);
  f.at(10);
  r.state(task, State::kRunning);
  r.instant(task, EventKind::kStdout, "hello \"world\"\n");
  f.at(20);
  r.state(task, State::kSleeping, "asyncio.sleep(0.5)");
  f.at(520);
  r.state(task, State::kRunning);
  r.instant(task, EventKind::kRaised, "ValueError: bad");
  r.state(task, State::kDone);
  r.end_lane(task);
  f.at(600);
  const LaneId worker = r.new_lane(LaneKind::kThread, "Thread-1");
  r.state(worker, State::kRunning);
  r.state(main, State::kBlocked, "join Thread-1");
  f.at(700);
  r.instant(worker, EventKind::kStderr, "naïve ✓\n");
  r.end_lane(worker);
  r.state(main, State::kRunning);
  f.at(750);
  r.instant(main, EventKind::kMark, "exit");
}

}  // namespace

TEST_CASE("a recorder that is off records nothing") {
  testing::VirtualClock clock;
  Recorder rec(clock);
  CHECK_FALSE(rec.enabled());
  const LaneId lane = rec.new_lane(LaneKind::kThread, "MainThread");
  CHECK(lane == kNoLane);
  rec.state(1, State::kRunning);
  rec.instant(1, EventKind::kStdout, "x");
  rec.end_lane(1);
  CHECK(rec.snapshot().empty());
  CHECK(rec.take_new().empty());

  SUBCASE("and stop() switches recording off again") {
    rec.start();
    CHECK(rec.enabled());
    const LaneId main = rec.new_lane(LaneKind::kThread, "MainThread");
    CHECK(main == 1);
    rec.stop();
    CHECK_FALSE(rec.enabled());
    rec.state(main, State::kRunning);
    CHECK(rec.new_lane(LaneKind::kThread, "late") == kNoLane);
    const std::vector<Event> events = rec.snapshot();
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == Event::Type::kLane);
  }

  SUBCASE("and exports an empty trace") {
    CHECK(rec.to_json() ==
          "{\"format\":\"asyncplay-trace\",\"version\":1,\"clock\":\"monotonic-us\",\"end\":0,"
          "\"dropped\":0,\n\"lanes\":[],\n\"intervals\":[],\n\"instants\":[]}\n");
  }
}

TEST_CASE("events come back in order with every field") {
  Fixture f;
  f.at(3);
  const LaneId main = f.rec.new_lane(LaneKind::kThread, "MainThread");
  const LaneId task = f.rec.new_lane(LaneKind::kTask, "Task-1", main);
  f.at(7);
  f.rec.state(task, State::kWaiting, "Event e");
  f.rec.instant(task, EventKind::kCancelled, "bye");
  f.at(9);
  f.rec.end_lane(task);
  f.rec.state(kNoLane, State::kRunning);  // ignored

  const std::vector<Event> ev = f.rec.snapshot();
  REQUIRE(ev.size() == 5);
  for (std::size_t i = 0; i < ev.size(); ++i) CHECK(ev[i].seq == i);
  CHECK(main == 1);
  CHECK(task == 2);

  CHECK(ev[0].type == Event::Type::kLane);
  CHECK(ev[0].time_us == 3);
  CHECK(ev[0].lane == main);
  CHECK(ev[0].lane_kind == LaneKind::kThread);
  CHECK(ev[0].parent == kNoLane);
  CHECK(ev[0].text == "MainThread");

  CHECK(ev[1].type == Event::Type::kLane);
  CHECK(ev[1].lane == task);
  CHECK(ev[1].lane_kind == LaneKind::kTask);
  CHECK(ev[1].parent == main);
  CHECK(ev[1].text == "Task-1");

  CHECK(ev[2].type == Event::Type::kState);
  CHECK(ev[2].time_us == 7);
  CHECK(ev[2].lane == task);
  CHECK(ev[2].state == State::kWaiting);
  CHECK(ev[2].text == "Event e");

  CHECK(ev[3].type == Event::Type::kInstant);
  CHECK(ev[3].kind == EventKind::kCancelled);
  CHECK(ev[3].text == "bye");

  CHECK(ev[4].type == Event::Type::kEndLane);
  CHECK(ev[4].time_us == 9);
  CHECK(ev[4].lane == task);
  CHECK(ev[4].text.empty());
}

TEST_CASE("the native JSON export, exactly") {
  Fixture f;
  record_example(f);
  const std::string json = f.rec.to_json();
  // This text is the example in docs/trace-format.md.
  CHECK(json ==
        R"json({"format":"asyncplay-trace","version":1,"clock":"monotonic-us","end":750,"dropped":0,
"lanes":[
{"id":1,"kind":"thread","name":"MainThread","parent":null,"created":0,"ended":null},
{"id":2,"kind":"task","name":"Task-1","parent":1,"created":5,"ended":520},
{"id":3,"kind":"thread","name":"Thread-1","parent":null,"created":600,"ended":700}
],
"intervals":[
{"lane":1,"state":"running","detail":"","start":0,"end":600,"open":false},
{"lane":2,"state":"ready","detail":"","start":5,"end":10,"open":false},
{"lane":2,"state":"running","detail":"","start":10,"end":20,"open":false},
{"lane":2,"state":"sleeping","detail":"asyncio.sleep(0.5)","start":20,"end":520,"open":false},
{"lane":2,"state":"running","detail":"","start":520,"end":520,"open":false},
{"lane":2,"state":"done","detail":"","start":520,"end":520,"open":false},
{"lane":3,"state":"running","detail":"","start":600,"end":700,"open":false},
{"lane":1,"state":"blocked","detail":"join Thread-1","start":600,"end":700,"open":false},
{"lane":1,"state":"running","detail":"","start":700,"end":750,"open":true}
],
"instants":[
{"lane":1,"kind":"created","label":"Task-1","time":5},
{"lane":2,"kind":"stdout","label":"hello \"world\"\n","time":10},
{"lane":2,"kind":"raised","label":"ValueError: bad","time":520},
{"lane":3,"kind":"stderr","label":"naïve ✓\n","time":700},
{"lane":1,"kind":"mark","label":"exit","time":750}
]}
)json");

  SUBCASE("which reads back as JSON with the same values") {
    const Json doc = parse(json);
    CHECK(doc["version"].integer() == kFormatVersion);
    CHECK(doc["clock"].string == "monotonic-us");
    CHECK(doc["lanes"].items.size() == 3);
    CHECK(doc["lanes"][1]["parent"].integer() == 1);
    CHECK(doc["lanes"][0]["parent"].is_null());
    CHECK(doc["intervals"][3]["detail"].string == "asyncio.sleep(0.5)");
    CHECK(doc["instants"][1]["label"].string == "hello \"world\"\n");
    CHECK(doc["instants"][3]["label"].string == "naïve ✓\n");
    CHECK(doc["intervals"][8]["open"].boolean);
  }
}

TEST_CASE("the Chrome trace-event export, exactly") {
  Fixture f;
  record_example(f);
  const std::string json = f.rec.to_chrome_json();
  CHECK(
      json ==
      R"json({"displayTimeUnit":"ms","otherData":{"format":"asyncplay-trace","version":1,"end":750,"dropped":0},"traceEvents":[
{"ph":"M","pid":1,"tid":1,"name":"process_name","args":{"name":"MainThread"}},
{"ph":"M","pid":1,"tid":1,"name":"process_sort_index","args":{"sort_index":1}},
{"ph":"M","pid":1,"tid":1,"name":"thread_name","args":{"name":"MainThread"}},
{"ph":"M","pid":1,"tid":1,"name":"thread_sort_index","args":{"sort_index":1}},
{"ph":"M","pid":1,"tid":2,"name":"thread_name","args":{"name":"Task-1"}},
{"ph":"M","pid":1,"tid":2,"name":"thread_sort_index","args":{"sort_index":2}},
{"ph":"M","pid":3,"tid":3,"name":"process_name","args":{"name":"Thread-1"}},
{"ph":"M","pid":3,"tid":3,"name":"process_sort_index","args":{"sort_index":3}},
{"ph":"M","pid":3,"tid":3,"name":"thread_name","args":{"name":"Thread-1"}},
{"ph":"M","pid":3,"tid":3,"name":"thread_sort_index","args":{"sort_index":3}},
{"ph":"X","pid":1,"tid":1,"name":"running","cat":"state","ts":0,"dur":600},
{"ph":"X","pid":1,"tid":2,"name":"ready","cat":"state","ts":5,"dur":5},
{"ph":"X","pid":1,"tid":2,"name":"running","cat":"state","ts":10,"dur":10},
{"ph":"X","pid":1,"tid":2,"name":"sleeping","cat":"state","ts":20,"dur":500,"args":{"detail":"asyncio.sleep(0.5)"}},
{"ph":"X","pid":1,"tid":2,"name":"running","cat":"state","ts":520,"dur":0},
{"ph":"X","pid":1,"tid":2,"name":"done","cat":"state","ts":520,"dur":0},
{"ph":"X","pid":3,"tid":3,"name":"running","cat":"state","ts":600,"dur":100},
{"ph":"X","pid":1,"tid":1,"name":"blocked","cat":"state","ts":600,"dur":100,"args":{"detail":"join Thread-1"}},
{"ph":"X","pid":1,"tid":1,"name":"running","cat":"state","ts":700,"dur":50},
{"ph":"i","pid":1,"tid":1,"name":"created","cat":"instant","s":"t","ts":5,"args":{"label":"Task-1"}},
{"ph":"i","pid":1,"tid":2,"name":"stdout","cat":"instant","s":"t","ts":10,"args":{"label":"hello \"world\"\n"}},
{"ph":"i","pid":1,"tid":2,"name":"raised","cat":"instant","s":"t","ts":520,"args":{"label":"ValueError: bad"}},
{"ph":"i","pid":3,"tid":3,"name":"stderr","cat":"instant","s":"t","ts":700,"args":{"label":"naïve ✓\n"}},
{"ph":"i","pid":1,"tid":1,"name":"mark","cat":"instant","s":"t","ts":750,"args":{"label":"exit"}}
]}
)json");

  SUBCASE("whose every event has the fields the format requires") {
    const Json doc = parse(json);
    const Json& events = doc["traceEvents"];
    REQUIRE(events.kind == Json::Kind::kArray);
    for (const Json& e : events.items) {
      CHECK(e.has("pid"));
      CHECK(e.has("tid"));
      const std::string& ph = e["ph"].string;
      if (ph == "X")
        CHECK((e.has("ts") && e.has("dur") && e["dur"].number >= 0));
      else if (ph == "i")
        CHECK((e.has("ts") && e["s"].string == "t"));
      else
        CHECK(ph == "M");
    }
  }
}

TEST_CASE("the timeline") {
  Fixture f;

  SUBCASE("keeps each lane's intervals apart, even when its times go backwards") {
    // Events as a lane recorded from two threads could leave them: seq order, times not.
    std::vector<Event> ev(6);
    for (std::size_t i = 0; i < ev.size(); ++i) ev[i].seq = i, ev[i].lane = 1;
    ev[0].type = Event::Type::kLane, ev[0].time_us = 0, ev[0].text = "T";
    ev[1].type = Event::Type::kState, ev[1].time_us = 10, ev[1].state = State::kRunning;
    ev[2].type = Event::Type::kState, ev[2].time_us = 8, ev[2].state = State::kReady;
    ev[3].type = Event::Type::kInstant, ev[3].time_us = 7;
    ev[4].type = Event::Type::kState, ev[4].time_us = 12, ev[4].state = State::kRunning;
    ev[5].type = Event::Type::kEndLane, ev[5].time_us = 11;
    const Timeline tl = build_timeline(ev);
    REQUIRE(tl.intervals.size() == 3);
    CHECK(tl.intervals[0].start_us == 10);
    CHECK(tl.intervals[0].end_us == 10);
    CHECK(tl.intervals[1].state == State::kReady);
    CHECK(tl.intervals[1].start_us == 10);
    CHECK(tl.intervals[1].end_us == 12);
    CHECK(tl.intervals[2].start_us == 12);
    CHECK(tl.intervals[2].end_us == 12);
    CHECK_FALSE(tl.intervals[2].open);
    CHECK(tl.instants[0].time_us == 10);
    CHECK(tl.lanes[0].ended_us == 12);
    check_no_overlap(tl);
  }

  SUBCASE("leaves out events of lanes it has not seen created") {
    std::vector<Event> ev(2);
    ev[0].type = Event::Type::kLane, ev[0].lane = 1;
    ev[1].type = Event::Type::kState, ev[1].lane = 7, ev[1].seq = 1;
    const Timeline tl = build_timeline(ev);
    CHECK(tl.lanes.size() == 1);
    CHECK(tl.intervals.empty());
  }

  SUBCASE("reopens a lane that gets a state after end_lane") {
    const LaneId a = f.rec.new_lane(LaneKind::kThread, "A");
    f.rec.state(a, State::kRunning);
    f.at(4);
    f.rec.end_lane(a);
    f.at(6);
    f.rec.state(a, State::kReady);
    Timeline tl = f.rec.timeline();
    REQUIRE(tl.intervals.size() == 2);
    CHECK(tl.intervals[0].end_us == 4);
    CHECK(tl.intervals[1].open);
    CHECK_FALSE(tl.lanes[0].ended_us.has_value());
    f.rec.end_lane(a);
    tl = f.rec.timeline();
    CHECK(tl.lanes[0].ended_us == 6);
    CHECK_FALSE(tl.intervals[1].open);
  }

  SUBCASE("of many interleaved state changes never overlaps") {
    std::vector<LaneId> lanes;
    for (int i = 0; i < 5; ++i) lanes.push_back(f.rec.new_lane(LaneKind::kTask, "t"));
    unsigned x = 12345;
    for (int i = 0; i < 500; ++i) {
      x = x * 1103515245 + 12345;
      f.at(i / 3);
      const LaneId lane = lanes[(x >> 8) % lanes.size()];
      const auto s = static_cast<State>((x >> 16) % 6);
      if ((x >> 24) % 10 == 0)
        f.rec.end_lane(lane);
      else
        f.rec.state(lane, s);
    }
    check_no_overlap(f.rec.timeline());
  }
}

TEST_CASE("start() begins a new recording") {
  Fixture f;
  f.at(40);
  const LaneId a = f.rec.new_lane(LaneKind::kThread, "old");
  f.rec.state(a, State::kRunning);
  f.rec.start();
  CHECK(f.rec.now_us() == 0);
  CHECK(f.rec.snapshot().empty());
  f.at(2);
  const LaneId b = f.rec.new_lane(LaneKind::kThread, "new");
  CHECK(b == 1);
  const std::vector<Event> ev = f.rec.snapshot();
  REQUIRE(ev.size() == 1);
  CHECK(ev[0].seq == 0);
  CHECK(ev[0].time_us == 2);
  CHECK(ev[0].text == "new");
}

TEST_CASE("set_max_events() keeps the first events and counts the rest") {
  Fixture f;
  f.rec.set_max_events(3);
  const LaneId a = f.rec.new_lane(LaneKind::kThread, "A");
  for (int i = 0; i < 4; ++i) f.rec.state(a, State::kRunning);
  CHECK(f.rec.snapshot().size() == 3);
  CHECK(f.rec.dropped() == 2);
  CHECK(parse(f.rec.to_json())["dropped"].integer() == 2);
  f.rec.start();
  CHECK(f.rec.dropped() == 0);
}

TEST_CASE("take_new() and events_since() drain incrementally") {
  Fixture f;
  const LaneId a = f.rec.new_lane(LaneKind::kThread, "A");
  f.rec.state(a, State::kRunning);
  Cursor other;

  std::vector<Event> got = f.rec.take_new();
  REQUIRE(got.size() == 2);
  CHECK(got[0].seq == 0);
  CHECK(got[1].seq == 1);
  CHECK(f.rec.take_new().empty());

  f.rec.instant(a, EventKind::kStdout, "one");
  f.rec.instant(a, EventKind::kStdout, "two");
  got = f.rec.take_new();
  REQUIRE(got.size() == 2);
  CHECK(got[0].text == "one");
  CHECK(got[1].text == "two");

  // An independent cursor sees everything from the start.
  CHECK(f.rec.events_since(other).size() == 4);
  CHECK(other.next_seq == 4);
  CHECK(f.rec.events_since(other).empty());

  // After start(), both cursors begin again with the new recording.
  f.rec.start();
  const LaneId b = f.rec.new_lane(LaneKind::kThread, "B");
  got = f.rec.take_new();
  REQUIRE(got.size() == 1);
  CHECK(got[0].seq == 0);
  CHECK(got[0].lane == b);
  got = f.rec.events_since(other);
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "B");
}

TEST_CASE("JSON strings are escaped") {
  CHECK(quoted("plain") == "\"plain\"");
  CHECK(quoted("") == "\"\"");
  CHECK(quoted("say \"hi\"") == R"("say \"hi\"")");
  CHECK(quoted("back\\slash") == R"("back\\slash")");
  CHECK(quoted("\b\f\n\r\t") == R"("\b\f\n\r\t")");
  CHECK(quoted(std::string_view("\0\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\x7f\"");
  CHECK(quoted("/ < > &") == "\"/ < > &\"");
  // Valid UTF-8 passes through: 2, 3 and 4-byte sequences, and the largest code point.
  CHECK(quoted("é € 😀 \xF4\x8F\xBF\xBF") == "\"é € 😀 \xF4\x8F\xBF\xBF\"");
  // Each byte of an invalid sequence becomes U+FFFD.
  const std::string r = "\xEF\xBF\xBD";
  CHECK(quoted("a\xFF!") == "\"a" + r + "!\"");                      // never valid
  CHECK(quoted("\xE2\x82") == "\"" + r + r + "\"");                  // truncated
  CHECK(quoted("\xC0\xAF") == "\"" + r + r + "\"");                  // overlong '/'
  CHECK(quoted("\xE0\x80\xAF") == "\"" + r + r + r + "\"");          // overlong, 3 bytes
  CHECK(quoted("\xED\xA0\x80") == "\"" + r + r + r + "\"");          // a UTF-16 surrogate
  CHECK(quoted("\xF4\x90\x80\x80") == "\"" + r + r + r + r + "\"");  // above U+10FFFF
  CHECK(quoted("\x80x") == "\"" + r + "x\"");                        // a stray continuation byte

  SUBCASE("and read back as the text recorded, for every single-byte string") {
    for (int b = 0; b < 256; ++b) {
      const std::string s(1, static_cast<char>(b));
      const Json v = parse(quoted(s));
      CHECK(v.string == (b < 0x80 ? s : r));
    }
  }

  SUBCASE("also inside names, details and labels") {
    Fixture f;
    const LaneId a = f.rec.new_lane(LaneKind::kThread, "th\"read\n");
    f.rec.state(a, State::kWaiting, "Condition\\c\t");
    f.rec.instant(a, EventKind::kStdout, std::string_view("nul\0end", 7));
    const Json doc = parse(f.rec.to_json());
    CHECK(doc["lanes"][0]["name"].string == "th\"read\n");
    CHECK(doc["intervals"][0]["detail"].string == "Condition\\c\t");
    CHECK(doc["instants"][0]["label"].string == std::string("nul\0end", 7));
    const Json chrome = parse(f.rec.to_chrome_json());
    CHECK(chrome["traceEvents"][0]["args"]["name"].string == "th\"read\n");
  }
}

TEST_CASE("8 threads recording at once lose nothing and keep their own order") {
  constexpr int kThreads = 8;
  constexpr int kEach = 2000;
  Recorder rec(clock::real_clock());
  rec.start();
  std::atomic<bool> done{false};
  std::vector<Event> drained;

  // A live reader drains while the threads record.
  std::thread reader([&] {
    while (!done.load()) {
      std::vector<Event> got = rec.take_new();
      drained.insert(drained.end(), got.begin(), got.end());
      std::this_thread::yield();
    }
  });
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&rec, t] {
      const LaneId lane = rec.new_lane(LaneKind::kThread, "T" + std::to_string(t));
      for (int i = 0; i < kEach; ++i) {
        if (i % 2 == 0)
          rec.state(lane, i % 4 == 0 ? State::kRunning : State::kReady, std::to_string(i));
        else
          rec.instant(lane, EventKind::kMark, std::to_string(i));
      }
      rec.end_lane(lane);
    });
  }
  for (auto& th : threads) th.join();
  done.store(true);
  reader.join();
  {
    std::vector<Event> rest = rec.take_new();
    drained.insert(drained.end(), rest.begin(), rest.end());
  }

  const std::vector<Event> all = rec.snapshot();
  constexpr std::size_t kTotal = kThreads * (kEach + 2);
  REQUIRE(all.size() == kTotal);
  REQUIRE(drained.size() == kTotal);
  std::map<LaneId, int> next;  // the index each lane's next event must carry
  std::map<LaneId, std::int64_t> last_time;
  bool in_order = true, same = true;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Event& e = all[i];
    same = same && e.seq == i && drained[i].seq == i && drained[i].text == e.text;
    if (e.type == Event::Type::kLane) {
      next[e.lane] = 0;
      last_time[e.lane] = e.time_us;
      continue;
    }
    in_order = in_order && next.count(e.lane) && e.time_us >= last_time[e.lane];
    last_time[e.lane] = e.time_us;
    if (e.type == Event::Type::kEndLane) {
      in_order = in_order && next[e.lane] == kEach;
      continue;
    }
    in_order = in_order && e.text == std::to_string(next[e.lane]++);
  }
  CHECK(same);
  CHECK(in_order);
  CHECK(next.size() == kThreads);

  const Timeline tl = rec.timeline();
  CHECK(tl.lanes.size() == kThreads);
  CHECK(tl.intervals.size() == kThreads * kEach / 2);
  CHECK(tl.instants.size() == kThreads * kEach / 2);
  check_no_overlap(tl);
  const Json doc = parse(rec.to_json());
  CHECK(doc["intervals"].items.size() == kThreads * kEach / 2);
}

TEST_CASE("events of threads that have exited stay until the next start()") {
  Fixture f;
  const LaneId main = f.rec.new_lane(LaneKind::kThread, "MainThread");
  for (int i = 0; i < 3; ++i) {
    std::thread([&f, main] {
      const LaneId lane = f.rec.new_lane(LaneKind::kThread, "worker", main);
      f.rec.instant(lane, EventKind::kStdout, "from a worker");
    }).join();
  }
  CHECK(f.rec.snapshot().size() == 7);
  CHECK(f.rec.thread_buffers() == 4);
  f.rec.start();
  CHECK(f.rec.thread_buffers() == 1);  // the main thread's
  CHECK(f.rec.snapshot().empty());
  f.rec.instant(f.rec.new_lane(LaneKind::kThread, "again"), EventKind::kMark);
  CHECK(f.rec.snapshot().size() == 2);
  CHECK(f.rec.thread_buffers() == 1);
}

TEST_CASE("a thread may record into several recorders in turn") {
  Fixture f;
  Recorder other(f.clock);
  other.start();
  const LaneId a = f.rec.new_lane(LaneKind::kThread, "A");
  const LaneId b = other.new_lane(LaneKind::kThread, "B");
  for (int i = 0; i < 3; ++i) {
    f.rec.instant(a, EventKind::kMark, "a");
    other.instant(b, EventKind::kMark, "b");
  }
  const std::vector<Event> ea = f.rec.snapshot();
  const std::vector<Event> eb = other.snapshot();
  REQUIRE(ea.size() == 4);
  REQUIRE(eb.size() == 4);
  CHECK(ea[3].text == "a");
  CHECK(eb[3].text == "b");
}

TEST_CASE("long texts are stored whole") {
  Fixture f;
  const LaneId a = f.rec.new_lane(LaneKind::kThread, "A");
  const std::string big(100000, 'x');
  std::string medium(1500, 'y');
  for (int i = 0; i < 50; ++i) f.rec.instant(a, EventKind::kStdout, medium);
  f.rec.instant(a, EventKind::kStdout, big);
  const std::vector<Event> ev = f.rec.snapshot();
  REQUIRE(ev.size() == 52);
  CHECK(ev[1].text == medium);
  CHECK(ev[50].text == medium);
  CHECK(ev[51].text == big);
}

TEST_CASE("names of lane kinds, states and event kinds") {
  CHECK(lane_kind_name(LaneKind::kThread) == "thread");
  CHECK(lane_kind_name(LaneKind::kTask) == "task");
  const char* states[] = {"running", "ready", "sleeping", "waiting", "blocked", "done"};
  for (int i = 0; i < 6; ++i) CHECK(state_name(static_cast<State>(i)) == states[i]);
  const char* kinds[] = {"stdout", "stderr", "created", "finished", "cancelled", "raised", "mark"};
  for (int i = 0; i < 7; ++i) CHECK(event_kind_name(static_cast<EventKind>(i)) == kinds[i]);
}
