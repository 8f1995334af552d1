// web/timeline-model.js: the timeline of one run, built from trace events as they arrive (the JS
// API's onTraceEvent) or from a finished trace (docs/trace-format.md). No DOM: the view
// (web/timeline.js) draws it, and Node can test it.
//
// Times are microseconds since the start of the recording, as in the trace.

// The states a lane can be in, in legend order. Unknown states (a newer engine) are drawn in a
// neutral colour under their own name, as the trace format asks of readers.
export const STATES = [
  { state: 'running', label: 'running', help: 'executing Python code' },
  { state: 'ready', label: 'ready', help: 'could run, waiting for the GIL or its turn on the loop' },
  { state: 'sleeping', label: 'sleeping', help: 'in time.sleep() or asyncio.sleep()' },
  { state: 'waiting', label: 'waiting', help: 'awaiting a future, a task, a queue, a lock or an event' },
  { state: 'blocked', label: 'blocked', help: 'a thread blocked on a lock, a join, a queue or an event' },
];

// Lane: one thread or task. Intervals are kept in parallel arrays (cheap to append, to binary-
// search and to walk when drawing); an open interval has end = -1 until the next state change.
class Lane {
  constructor(id, kind, name, parent, created) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    this.created = created;
    this.ended = null;
    this.states = [];
    this.details = [];
    this.starts = [];
    this.ends = [];
    this.instants = [];  // { time, kind, label }, by time
  }

  get open() {
    const n = this.ends.length;
    return n > 0 && this.ends[n - 1] < 0;
  }

  close(time) {
    if (this.open) this.ends[this.ends.length - 1] = Math.max(time, this.starts[this.starts.length - 1]);
  }

  push(state, detail, start, end = -1) {
    this.states.push(state);
    this.details.push(detail);
    this.starts.push(start);
    this.ends.push(end);
  }

  // Index of the first interval whose end is at or after `time` (open intervals never end).
  firstEndingAfter(time) {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = this.ends[mid];
      if (end >= 0 && end < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // The interval covering `time` (the latest one starting at or before it), or -1.
  intervalAt(time, now) {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= time) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    if (i < 0) return -1;
    const end = this.ends[i] < 0 ? now : this.ends[i];
    return time <= end ? i : -1;
  }
}

export class TimelineModel {
  constructor() {
    this.lanes = new Map();
    this.end = 0;        // the latest time any event carried
    this.dropped = 0;    // events the engine discarded at its limit
    this.events = 0;
    this.finished = false;
    this.rowsCache = null;
  }

  // Applies one live event ({ type: 'lane' | 'state' | 'instant' | 'end', time, lane, ... }).
  apply(event) {
    this.events++;
    const time = event.time;
    if (time > this.end) this.end = time;
    let lane = this.lanes.get(event.lane);
    switch (event.type) {
      case 'lane':
        if (!lane) {
          lane = new Lane(event.lane, event.kind, event.name, event.parent ?? null, time);
          this.lanes.set(event.lane, lane);
          this.rowsCache = null;
        }
        break;
      case 'state':
        if (!lane) return;
        lane.close(time);
        lane.push(event.state, event.detail ?? '', time);
        break;
      case 'instant':
        lane?.instants.push({ time, kind: event.kind, label: event.label ?? '' });
        break;
      case 'end':
        if (!lane) return;
        lane.close(time);
        lane.ended = time;
        break;
    }
  }

  // Builds the model of a finished trace (the JSON object of docs/trace-format.md).
  static fromTrace(trace) {
    const model = new TimelineModel();
    for (const l of trace.lanes ?? []) {
      model.lanes.set(l.id, new Lane(l.id, l.kind, l.name, l.parent ?? null, l.created));
      if (l.ended !== null && l.ended !== undefined) model.lanes.get(l.id).ended = l.ended;
    }
    for (const iv of trace.intervals ?? []) {
      const lane = model.lanes.get(iv.lane);
      lane?.push(iv.state, iv.detail ?? '', iv.start, iv.open ? -1 : iv.end);
    }
    // The format sorts intervals by start over all lanes; per lane that is also by start.
    for (const inst of trace.instants ?? []) {
      model.lanes.get(inst.lane)?.instants.push({ time: inst.time, kind: inst.kind, label: inst.label ?? '' });
    }
    model.end = trace.end ?? 0;
    model.dropped = trace.dropped ?? 0;
    model.events = (trace.intervals?.length ?? 0) + (trace.instants?.length ?? 0);
    model.finished = true;
    return model;
  }

  // Ends the run at `time`: open intervals are drawn up to it.
  finish(time = this.end) {
    this.end = Math.max(this.end, time);
    this.finished = true;
  }

  // The lanes in display order: each thread followed by its tasks (in creation order), then any
  // lane whose parent is unknown.
  rows() {
    if (this.rowsCache) return this.rowsCache;
    const all = [...this.lanes.values()].sort((a, b) => a.id - b.id);
    const children = new Map();
    const roots = [];
    for (const lane of all) {
      if (lane.parent !== null && this.lanes.has(lane.parent)) {
        if (!children.has(lane.parent)) children.set(lane.parent, []);
        children.get(lane.parent).push(lane);
      } else {
        roots.push(lane);
      }
    }
    const rows = [];
    const visit = (lane, depth) => {
      rows.push({ lane, depth });
      for (const child of children.get(lane.id) ?? []) visit(child, depth + 1);
    };
    for (const lane of roots) visit(lane, 0);
    this.rowsCache = rows;
    return rows;
  }

  // Wall time, time spent running per lane, and how much overlapped. `now` closes open intervals.
  summary(now = this.end) {
    const end = Math.max(now, this.end);
    const busy = [];
    const threadRuns = [];   // [time, +1/-1] of thread lanes' running intervals
    const active = [];       // [time, +1/-1] of any lane running, sleeping, waiting or blocked
    for (const lane of this.lanes.values()) {
      let running = 0;
      for (let i = 0; i < lane.starts.length; i++) {
        const start = lane.starts[i];
        const stop = lane.ends[i] < 0 ? end : lane.ends[i];
        const state = lane.states[i];
        if (stop <= start) continue;
        if (state === 'running') {
          running += stop - start;
          if (lane.kind === 'thread') threadRuns.push([start, 1], [stop, -1]);
        }
        if (state !== 'ready' && state !== 'done') active.push([start, 1], [stop, -1]);
      }
      busy.push({ id: lane.id, name: lane.name, kind: lane.kind, running });
    }
    const sweep = (points) => {
      points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let level = 0;
      let peak = 0;
      let atLeastTwo = 0;
      let last = 0;
      for (const [time, step] of points) {
        if (level >= 2) atLeastTwo += time - last;
        level += step;
        peak = Math.max(peak, level);
        last = time;
      }
      return { peak, atLeastTwo };
    };
    const parallel = sweep(threadRuns);
    const overlap = sweep(active);
    return {
      wall: end,
      lanes: this.lanes.size,
      threads: [...this.lanes.values()].filter((lane) => lane.kind === 'thread').length,
      busy: busy.sort((a, b) => b.running - a.running || a.id - b.id),
      parallelRunning: parallel.atLeastTwo,
      peakActive: overlap.peak,
      overlapTime: overlap.atLeastTwo,
    };
  }
}

// "0 ms", "12.5 ms", "1.25 s": a duration or a time offset given in microseconds.
export function formatTime(us) {
  const abs = Math.abs(us);
  if (abs >= 1e6) return `${trim((us / 1e6).toFixed(abs >= 1e7 ? 1 : 2))} s`;
  if (abs >= 1e3) return `${trim((us / 1e3).toFixed(abs >= 1e5 ? 0 : 1))} ms`;
  return `${Math.round(us)} µs`;
}

function trim(text) {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
