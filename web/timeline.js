// web/timeline.js: draws a TimelineModel (web/timeline-model.js) on a canvas: one row per thread
// and task (tasks indented under their thread), intervals coloured by state, output and lifecycle
// markers, a time axis; zoom, pan, hover details, and a live "now" while the program runs.
//
// Drawing costs O(visible rows x canvas width) whatever the trace size: intervals are found by
// binary search, and several intervals falling in one pixel column are drawn once. Redraws are
// coalesced to one per animation frame.
import { formatTime, STATES } from './timeline-model.js';

const AXIS_HEIGHT = 22;
const ROW_HEIGHT = 20;
const INDENT = 12;
const MIN_SPAN_US = 20;  // the deepest zoom: 20 µs across the whole width

const NICE_STEPS = [1, 2, 5];

// The step between axis ticks (µs) for `usPerPx`, so that ticks are at least `minPx` apart.
function tickStep(usPerPx, minPx = 90) {
  const target = usPerPx * minPx;
  let power = 10 ** Math.floor(Math.log10(Math.max(target, 1)));
  for (;;) {
    for (const m of NICE_STEPS) if (m * power >= target) return m * power;
    power *= 10;
  }
}

export class TimelineView {
  constructor(container, { onSelectLine } = {}) {
    this.container = container;
    this.onSelectLine = onSelectLine;
    this.model = null;
    this.now = 0;            // µs: how far a running program has got
    this.viewStart = 0;      // µs at the left edge of the plot
    this.viewSpan = 1e6;     // µs across the plot
    this.follow = true;      // keep the whole run in view (until the user zooms or pans)
    this.scrollY = 0;
    this.labelWidth = 150;
    this.frame = 0;
    this.colors = null;
    this.lastDrawMs = 0;     // how long the last draw took (bench/page.mjs reads it)

    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'No run yet');
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'timeline-tooltip';
    this.tooltip.hidden = true;
    this.empty = document.createElement('p');
    this.empty.className = 'timeline-empty';
    this.empty.textContent = 'Run a snippet to see what each thread and task did, and when.';
    container.append(this.canvas, this.tooltip, this.empty);

    new ResizeObserver(() => this.schedule()).observe(container);
    globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.colors = null;
      this.schedule();
    });
    this.#bindInput();
  }

  // Shows `model` (a new run, or the final trace of the current one).
  setModel(model, { keepView = false } = {}) {
    this.model = model;
    if (!keepView) {
      this.follow = true;
      this.scrollY = 0;
    }
    this.empty.hidden = !!model;
    this.schedule();
  }

  setNow(us) {
    this.now = us;
    this.schedule();
  }

  // Redraws at the next animation frame (many calls, one draw).
  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const start = performance.now();
      this.draw();
      this.lastDrawMs = performance.now() - start;
    });
  }

  zoom(factor, anchorPx = null) {
    const plot = this.#plotWidth();
    const anchor = anchorPx ?? plot / 2;
    const anchorTime = this.viewStart + (anchor / plot) * this.viewSpan;
    const span = Math.min(Math.max(this.viewSpan * factor, MIN_SPAN_US), this.#fullSpan() * 4);
    this.viewStart = anchorTime - (anchor / plot) * span;
    this.viewSpan = span;
    this.follow = false;
    this.#clampView();
    this.schedule();
  }

  pan(dxPx, dyPx = 0) {
    this.viewStart += (dxPx / this.#plotWidth()) * this.viewSpan;
    this.scrollY += dyPx;
    this.follow = false;
    this.#clampView();
    this.schedule();
  }

  fit() {
    this.follow = true;
    this.schedule();
  }

  // --- geometry ---

  #fullSpan() {
    const end = Math.max(this.model?.end ?? 0, this.now);
    return Math.max(end * 1.02, 1000);
  }

  #plotWidth() {
    return Math.max(this.container.clientWidth - this.labelWidth, 10);
  }

  #clampView() {
    const full = this.#fullSpan();
    this.viewStart = Math.min(Math.max(this.viewStart, -this.viewSpan * 0.5), full - this.viewSpan * 0.5);
    const rows = this.model ? this.model.rows().length : 0;
    const maxScroll = Math.max(0, rows * ROW_HEIGHT - (this.container.clientHeight - AXIS_HEIGHT));
    this.scrollY = Math.min(Math.max(this.scrollY, 0), maxScroll);
  }

  #readColors() {
    const style = getComputedStyle(this.container);
    const get = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    const colors = {
      text: get('--tl-text', '#222'),
      muted: get('--tl-muted', '#777'),
      grid: get('--tl-grid', 'rgba(128,128,128,0.25)'),
      band: get('--tl-band', 'rgba(128,128,128,0.07)'),
      background: get('--tl-background', '#fff'),
      stdout: get('--tl-stdout', '#222'),
      stderr: get('--tl-stderr', '#d00'),
      now: get('--tl-now', '#2563eb'),
      unknown: get('--tl-unknown', '#999'),
      font: `12px ${style.fontFamily}`,
    };
    for (const { state } of STATES) colors[state] = get(`--st-${state}`, '#999');
    return colors;
  }

  // --- drawing ---

  draw() {
    const { canvas, container } = this;
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (!width || !height) return;
    const dpr = globalThis.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    this.labelWidth = width < 480 ? 96 : 150;
    this.colors ??= this.#readColors();
    const c = this.colors;
    const ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const model = this.model;
    if (!model) return;

    const now = Math.max(this.now, model.end);
    if (this.follow) {
      this.viewStart = 0;
      this.viewSpan = this.#fullSpan();
    }
    this.#clampView();
    const plotX = this.labelWidth;
    const plotW = width - plotX;
    const usPerPx = this.viewSpan / plotW;
    const xOf = (t) => plotX + (t - this.viewStart) / usPerPx;
    const rows = model.rows();
    ctx.font = c.font;
    ctx.textBaseline = 'middle';

    // Rows: bands, labels, intervals, markers.
    const first = Math.max(0, Math.floor(this.scrollY / ROW_HEIGHT));
    const last = Math.min(rows.length, Math.ceil((this.scrollY + height - AXIS_HEIGHT) / ROW_HEIGHT));
    const viewEnd = this.viewStart + this.viewSpan;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, AXIS_HEIGHT, width, height - AXIS_HEIGHT);
    ctx.clip();
    for (let r = first; r < last; r++) {
      const { lane, depth } = rows[r];
      const y = AXIS_HEIGHT + r * ROW_HEIGHT - this.scrollY;
      if (r % 2 === 1) {
        ctx.fillStyle = c.band;
        ctx.fillRect(0, y, width, ROW_HEIGHT);
      }
      // Label (clipped to the label column).
      ctx.save();
      ctx.beginPath();
      ctx.rect(0, y, plotX - 4, ROW_HEIGHT);
      ctx.clip();
      ctx.fillStyle = lane.kind === 'thread' ? c.text : c.muted;
      const indent = 4 + depth * INDENT;
      if (depth > 0) {
        ctx.fillRect(indent - INDENT + 4, y + 4, 1, ROW_HEIGHT - 8);
      }
      ctx.fillText(lane.name, indent, y + ROW_HEIGHT / 2);
      ctx.restore();

      // Intervals.
      ctx.save();
      ctx.beginPath();
      ctx.rect(plotX, y, plotW, ROW_HEIGHT);
      ctx.clip();
      const top = y + 3;
      const h = ROW_HEIGHT - 6;
      let lastPixel = -Infinity;
      for (let i = lane.firstEndingAfter(this.viewStart); i < lane.starts.length; i++) {
        const start = lane.starts[i];
        if (start > viewEnd) break;
        const state = lane.states[i];
        if (state === 'done') continue;
        const end = lane.ends[i] < 0 ? (model.finished ? model.end : now) : lane.ends[i];
        const x0 = Math.floor(xOf(start));
        const x1 = Math.max(Math.ceil(xOf(end)), x0 + 1);
        if (x1 <= lastPixel) continue;  // this pixel column is painted already
        const from = Math.max(x0, lastPixel);
        ctx.fillStyle = c[state] ?? c.unknown;
        ctx.fillRect(from, top, x1 - from, h);
        lastPixel = x1;
      }
      // Markers: output ticks above, lifecycle marks below.
      let lastMarker = -Infinity;
      for (const inst of lane.instants) {
        if (inst.time < this.viewStart) continue;
        if (inst.time > viewEnd) break;
        const x = Math.round(xOf(inst.time));
        if (x === lastMarker) continue;
        lastMarker = x;
        if (inst.kind === 'stdout' || inst.kind === 'stderr') {
          ctx.fillStyle = inst.kind === 'stderr' ? c.stderr : c.stdout;
          ctx.fillRect(x - 1, y + 1, 2, 6);
        } else if (inst.kind === 'raised' || inst.kind === 'cancelled') {
          ctx.fillStyle = c.stderr;
          ctx.beginPath();
          ctx.moveTo(x, y + ROW_HEIGHT - 7);
          ctx.lineTo(x + 4, y + ROW_HEIGHT - 1);
          ctx.lineTo(x - 4, y + ROW_HEIGHT - 1);
          ctx.fill();
        }
      }
      ctx.restore();
    }
    ctx.restore();

    // Time axis with grid lines.
    ctx.fillStyle = c.background;
    ctx.fillRect(0, 0, width, AXIS_HEIGHT);
    const step = tickStep(usPerPx);
    ctx.fillStyle = c.muted;
    ctx.textBaseline = 'middle';
    for (let t = Math.max(0, Math.ceil(this.viewStart / step) * step); t <= viewEnd; t += step) {
      const x = Math.round(xOf(t)) + 0.5;
      ctx.fillStyle = c.grid;
      ctx.fillRect(x, AXIS_HEIGHT - 5, 1, height);
      ctx.fillStyle = c.muted;
      ctx.fillText(formatTime(t), x + 3, AXIS_HEIGHT / 2);
    }
    ctx.fillStyle = c.grid;
    ctx.fillRect(0, AXIS_HEIGHT - 1, width, 1);
    ctx.fillRect(plotX - 1, 0, 1, height);
    ctx.fillStyle = c.muted;
    const caption = model.finished ? `${rows.length} lanes` : `${rows.length} lanes · live`;
    ctx.fillText(caption, 4, AXIS_HEIGHT / 2);

    // The live edge.
    if (!model.finished) {
      const x = Math.round(xOf(now)) + 0.5;
      if (x >= plotX && x <= width) {
        ctx.fillStyle = c.now;
        ctx.fillRect(x, AXIS_HEIGHT, 1, height - AXIS_HEIGHT);
      }
    }
    canvas.setAttribute(
      'aria-label',
      `Timeline of ${rows.length} lanes over ${formatTime(now)}${model.finished ? '' : ', still running'}`,
    );
  }

  // --- input ---

  #bindInput() {
    const { canvas, container } = this;
    container.addEventListener(
      'wheel',
      (event) => {
        if (!this.model) return;
        const rect = canvas.getBoundingClientRect();
        const x = event.clientX - rect.left - this.labelWidth;
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          this.zoom(Math.exp(event.deltaY * 0.002), Math.max(0, x));
        } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          event.preventDefault();
          this.pan(event.shiftKey ? event.deltaY : event.deltaX);
        } else {
          const before = this.scrollY;
          this.#clampView();
          const rows = this.model.rows().length;
          const room = rows * ROW_HEIGHT - (container.clientHeight - AXIS_HEIGHT);
          if (room <= 0) return;  // nothing to scroll: let the page scroll
          const next = Math.min(Math.max(before + event.deltaY, 0), room);
          if (next === before) return;
          event.preventDefault();
          this.scrollY = next;
          this.schedule();
        }
      },
      { passive: false },
    );

    let drag = null;
    canvas.addEventListener('pointerdown', (event) => {
      if (!this.model || event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, moved: false };
      canvas.setPointerCapture(event.pointerId);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (drag) {
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
        if (drag.moved) {
          this.pan(-dx, -dy);
          drag.x = event.clientX;
          drag.y = event.clientY;
        }
        this.tooltip.hidden = true;
        return;
      }
      this.#hover(event);
    });
    canvas.addEventListener('pointerup', (event) => {
      if (drag && !drag.moved) this.#click(event);
      drag = null;
    });
    canvas.addEventListener('pointerleave', () => {
      this.tooltip.hidden = true;
    });

    container.addEventListener('keydown', (event) => {
      if (!this.model || event.ctrlKey || event.metaKey || event.altKey) return;
      const handled = {
        '+': () => this.zoom(0.5),
        '=': () => this.zoom(0.5),
        '-': () => this.zoom(2),
        _: () => this.zoom(2),
        0: () => this.fit(),
        ArrowLeft: () => this.pan(-this.#plotWidth() / 8),
        ArrowRight: () => this.pan(this.#plotWidth() / 8),
        ArrowUp: () => this.pan(0, -ROW_HEIGHT),
        ArrowDown: () => this.pan(0, ROW_HEIGHT),
      }[event.key];
      if (handled) {
        event.preventDefault();
        handled();
      }
    });
  }

  // What is under the pointer: { lane, index (interval or -1), instant, time } or null.
  #hit(event) {
    const model = this.model;
    if (!model) return null;
    const rect = this.canvas.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    if (y < AXIS_HEIGHT) return null;
    const row = model.rows()[Math.floor((y - AXIS_HEIGHT + this.scrollY) / ROW_HEIGHT)];
    if (!row) return null;
    const lane = row.lane;
    const plotW = this.#plotWidth();
    const usPerPx = this.viewSpan / plotW;
    const time = this.viewStart + (x - this.labelWidth) * usPerPx;
    const now = model.finished ? model.end : Math.max(this.now, model.end);
    const index = x >= this.labelWidth ? lane.intervalAt(time, now) : -1;
    let instant = null;
    if (x >= this.labelWidth) {
      const slack = 3 * usPerPx;
      for (const inst of lane.instants) {
        if (inst.time > time + slack) break;
        if (inst.time >= time - slack) instant = inst;
      }
    }
    return { lane, index, instant, time, now, x, y };
  }

  #hover(event) {
    const hit = this.#hit(event);
    if (!hit) {
      this.tooltip.hidden = true;
      return;
    }
    const { lane, index, instant, now } = hit;
    const lines = [];
    const parent = lane.parent !== null ? this.model.lanes.get(lane.parent) : null;
    lines.push(`${lane.name} (${lane.kind}${parent ? ` on ${parent.name}` : ''})`);
    if (index >= 0 && lane.states[index] !== 'done') {
      const start = lane.starts[index];
      const end = lane.ends[index] < 0 ? now : lane.ends[index];
      const detail = lane.details[index];
      lines.push(`${lane.states[index]}${detail ? `: ${detail}` : ''}`);
      lines.push(`${formatTime(start)} → ${formatTime(end)} (${formatTime(end - start)})`);
    } else {
      lines.push(`created at ${formatTime(lane.created)}${lane.ended !== null ? `, ended at ${formatTime(lane.ended)}` : ''}`);
    }
    if (instant) {
      const what = { stdout: 'printed', stderr: 'wrote to stderr' }[instant.kind] ?? instant.kind;
      const label = instant.label.length > 80 ? `${instant.label.slice(0, 77)}…` : instant.label;
      lines.push(`${what} at ${formatTime(instant.time)}: ${label.replace(/\n$/, '')}`);
    }
    this.tooltip.textContent = lines.join('\n');
    this.tooltip.hidden = false;
    const box = this.container.getBoundingClientRect();
    const tipW = this.tooltip.offsetWidth;
    const left = Math.min(hit.x + 12, box.width - tipW - 4);
    this.tooltip.style.left = `${Math.max(4, left)}px`;
    this.tooltip.style.top = `${Math.min(hit.y + 14, box.height - this.tooltip.offsetHeight - 4)}px`;
  }

  // A click on an output marker shows that line in the output (the page decides how).
  #click(event) {
    const hit = this.#hit(event);
    if (hit?.instant && (hit.instant.kind === 'stdout' || hit.instant.kind === 'stderr')) {
      this.onSelectLine?.(hit.lane.id, hit.instant.time);
    }
  }
}

// Fills the legend list with a swatch per state.
export function renderLegend(list) {
  list.replaceChildren(
    ...STATES.map(({ state, label, help }) => {
      const item = document.createElement('li');
      item.title = help;
      const swatch = document.createElement('span');
      swatch.className = `swatch st-${state}`;
      item.append(swatch, label);
      return item;
    }),
    (() => {
      const item = document.createElement('li');
      item.title = 'a line of output (red: stderr)';
      const swatch = document.createElement('span');
      swatch.className = 'swatch marker';
      item.append(swatch, 'print');
      return item;
    })(),
  );
}
