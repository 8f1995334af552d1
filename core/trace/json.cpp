// The timeline as JSON: the native format (docs/trace-format.md) and Chrome's trace-event format.
#include "core/trace/trace.h"

#include <charconv>
#include <unordered_map>

namespace asyncplay::trace {
namespace {

void append_int(std::string& out, std::int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// `,"key":`, or `"key":` for the first field of an object or line.
void key(std::string& out, std::string_view name) {
  if (out.back() != '{' && out.back() != '\n') out += ',';
  out += '"';
  out += name;
  out += "\":";
}

void field(std::string& out, std::string_view name, std::int64_t v) {
  key(out, name);
  append_int(out, v);
}

void field(std::string& out, std::string_view name, std::string_view text) {
  key(out, name);
  append_json_string(out, text);
}

void bool_field(std::string& out, std::string_view name, bool v) {
  key(out, name);
  out += v ? "true" : "false";
}

void optional_id(std::string& out, std::string_view name, LaneId id) {
  key(out, name);
  if (id == kNoLane)
    out += "null";
  else
    append_int(out, id);
}

// `"name":[` + one element per line + `]`, each element written by `write(out, element)`.
template <class T, class Write>
void array(std::string& out, std::string_view name, const std::vector<T>& items, Write write) {
  key(out, name);
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += i == 0 ? "\n{" : ",\n{";
    write(out, items[i]);
    out += '}';
  }
  if (!items.empty()) out += '\n';
  out += ']';
}

// How many bytes the UTF-8 sequence at s[i] takes if it is valid (shortest form, no surrogates,
// at most U+10FFFF), else 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto cont = [&](std::size_t k) { return i + k < s.size() && (byte(k) & 0xC0) == 0x80; };
  const unsigned char b0 = byte(0);
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (b0 == 0xE0 && byte(1) < 0xA0) return 0;  // overlong
    if (b0 == 0xED && byte(1) > 0x9F) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b0 == 0xF0 && byte(1) < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && byte(1) > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_length(text, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
        ++i;
      } else {
        out.append(text.substr(i, n));
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

std::string to_json(const Timeline& tl) {
  std::string out = "{";
  out.reserve(128 + 80 * (tl.lanes.size() + tl.intervals.size() + tl.instants.size()));
  field(out, "format", "asyncplay-trace");
  field(out, "version", kFormatVersion);
  field(out, "clock", "monotonic-us");
  field(out, "end", tl.end_us);
  field(out, "dropped", static_cast<std::int64_t>(tl.dropped));
  out += ",\n";
  array(out, "lanes", tl.lanes, [](std::string& o, const Lane& lane) {
    field(o, "id", lane.id);
    field(o, "kind", lane_kind_name(lane.kind));
    field(o, "name", lane.name);
    optional_id(o, "parent", lane.parent);
    field(o, "created", lane.created_us);
    key(o, "ended");
    if (lane.ended_us)
      append_int(o, *lane.ended_us);
    else
      o += "null";
  });
  out += ",\n";
  array(out, "intervals", tl.intervals, [](std::string& o, const Interval& iv) {
    field(o, "lane", iv.lane);
    field(o, "state", state_name(iv.state));
    field(o, "detail", iv.detail);
    field(o, "start", iv.start_us);
    field(o, "end", iv.end_us);
    bool_field(o, "open", iv.open);
  });
  out += ",\n";
  array(out, "instants", tl.instants, [](std::string& o, const Instant& in) {
    field(o, "lane", in.lane);
    field(o, "kind", event_kind_name(in.kind));
    field(o, "label", in.label);
    field(o, "time", in.time_us);
  });
  out += "}\n";
  return out;
}

std::string to_chrome_json(const Timeline& tl) {
  // Each lane's process is the thread at the top of its parent chain (a task's own lane if it
  // has no known parent).
  std::unordered_map<LaneId, const Lane*> by_id;
  for (const Lane& lane : tl.lanes) by_id.emplace(lane.id, &lane);
  std::unordered_map<LaneId, LaneId> pid;
  for (const Lane& lane : tl.lanes) {
    const Lane* top = &lane;
    for (std::size_t hops = 0; hops < tl.lanes.size(); ++hops) {
      const auto up = by_id.find(top->parent);
      if (up == by_id.end()) break;
      top = up->second;
    }
    pid.emplace(lane.id, top->id);
  }

  std::string out = "{";
  out.reserve(256 + 100 * (2 * tl.lanes.size() + tl.intervals.size() + tl.instants.size()));
  field(out, "displayTimeUnit", "ms");
  key(out, "otherData");
  out += '{';
  field(out, "format", "asyncplay-trace");
  field(out, "version", kFormatVersion);
  field(out, "end", tl.end_us);
  field(out, "dropped", static_cast<std::int64_t>(tl.dropped));
  out += '}';
  key(out, "traceEvents");
  out += '[';
  bool first = true;
  auto begin = [&](std::string_view ph, LaneId lane) {
    out += first ? "\n{" : ",\n{";
    first = false;
    field(out, "ph", ph);
    field(out, "pid", pid[lane]);
    field(out, "tid", lane);
  };
  auto metadata = [&](LaneId lane, std::string_view name, std::string_view arg, const auto& value) {
    begin("M", lane);
    field(out, "name", name);
    key(out, "args");
    out += '{';
    field(out, arg, value);
    out += "}}";
  };
  for (const Lane& lane : tl.lanes) {
    if (pid[lane.id] == lane.id) {
      metadata(lane.id, "process_name", "name", std::string_view(lane.name));
      metadata(lane.id, "process_sort_index", "sort_index", std::int64_t{lane.id});
    }
    metadata(lane.id, "thread_name", "name", std::string_view(lane.name));
    metadata(lane.id, "thread_sort_index", "sort_index", std::int64_t{lane.id});
  }
  for (const Interval& iv : tl.intervals) {
    begin("X", iv.lane);
    field(out, "name", state_name(iv.state));
    field(out, "cat", "state");
    field(out, "ts", iv.start_us);
    field(out, "dur", iv.end_us - iv.start_us);
    if (!iv.detail.empty()) {
      key(out, "args");
      out += '{';
      field(out, "detail", iv.detail);
      out += '}';
    }
    out += '}';
  }
  for (const Instant& in : tl.instants) {
    begin("i", in.lane);
    field(out, "name", event_kind_name(in.kind));
    field(out, "cat", "instant");
    field(out, "s", "t");
    field(out, "ts", in.time_us);
    if (!in.label.empty()) {
      key(out, "args");
      out += '{';
      field(out, "label", in.label);
      out += '}';
    }
    out += '}';
  }
  if (!first) out += '\n';
  out += "]}\n";
  return out;
}

}  // namespace asyncplay::trace
