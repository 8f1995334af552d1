// From events in seq order to the timeline they describe: lanes, intervals, instants.
#include "core/trace/trace.h"

#include <algorithm>
#include <unordered_map>

namespace asyncplay::trace {
namespace {

struct LaneProgress {
  std::size_t index;     // in Timeline::lanes
  std::int64_t last_us;  // the latest time seen on the lane so far
  std::size_t open;      // index in Timeline::intervals of its current interval, or kNone
};
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

}  // namespace

Timeline build_timeline(std::span<const Event> events, std::uint64_t dropped) {
  Timeline tl;
  tl.dropped = dropped;
  std::unordered_map<LaneId, LaneProgress> lanes;

  auto close = [&tl](LaneProgress& lane, std::int64_t t) {
    if (lane.open == kNone) return;
    tl.intervals[lane.open].end_us = t;
    tl.intervals[lane.open].open = false;
    lane.open = kNone;
  };

  for (const Event& e : events) {
    tl.end_us = std::max(tl.end_us, e.time_us);
    if (e.type == Event::Type::kLane) {
      if (lanes.count(e.lane) != 0) continue;  // a second kLane for one id: keep the first
      lanes.emplace(e.lane, LaneProgress{tl.lanes.size(), e.time_us, kNone});
      tl.lanes.push_back(Lane{e.lane, e.lane_kind, e.text, e.parent, e.time_us, std::nullopt});
      continue;
    }
    const auto it = lanes.find(e.lane);
    if (it == lanes.end()) continue;
    LaneProgress& lane = it->second;
    lane.last_us = std::max(lane.last_us, e.time_us);
    const std::int64_t t = lane.last_us;
    switch (e.type) {
      case Event::Type::kState:
        close(lane, t);
        lane.open = tl.intervals.size();
        tl.intervals.push_back(Interval{e.lane, e.state, e.text, t, t, true, e.seq});
        tl.lanes[lane.index].ended_us.reset();
        break;
      case Event::Type::kInstant:
        tl.instants.push_back(Instant{e.lane, e.kind, e.text, t, e.seq});
        break;
      case Event::Type::kEndLane:
        close(lane, t);
        tl.lanes[lane.index].ended_us = t;
        break;
      case Event::Type::kLane:
        break;
    }
  }
  for (Interval& iv : tl.intervals) {
    if (iv.open) iv.end_us = tl.end_us;
  }

  std::sort(tl.lanes.begin(), tl.lanes.end(),
            [](const Lane& a, const Lane& b) { return a.id < b.id; });
  std::sort(tl.intervals.begin(), tl.intervals.end(), [](const Interval& a, const Interval& b) {
    return a.start_us != b.start_us ? a.start_us < b.start_us : a.seq < b.seq;
  });
  std::sort(tl.instants.begin(), tl.instants.end(), [](const Instant& a, const Instant& b) {
    return a.time_us != b.time_us ? a.time_us < b.time_us : a.seq < b.seq;
  });
  return tl;
}

}  // namespace asyncplay::trace
