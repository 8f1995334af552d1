// web/output.js: the Output pane. Lines arrive in pieces from the engine (stream, text, lane,
// time); each shown line keeps where it came from, so a toggle can show its time offset and the
// thread or task that printed it. Traceback lines that point into the snippet link to that line
// of the editor. Appends are batched per animation frame, and past MAX_LINES the oldest lines are
// dropped with a notice, so a flood of output never freezes the page.
const MAX_LINES = 5000;
// Frames can be late for seconds on a busy machine (headless Chromium under load was measured
// holding a line back 1.5 s): a timer flushes pending lines when no frame came by then.
const LATE_FRAME_MS = 100;
const FILE_LINE = /^(\s*File ")([^"]+)(", line )(\d+)(.*)$/;

export class OutputView {
  constructor(container, { filename = 'main.py', laneName = () => '', onGoToLine } = {}) {
    this.container = container;
    this.filename = filename;
    this.laneName = laneName;
    this.onGoToLine = onGoToLine;
    this.pending = [];
    this.frame = 0;
    this.timer = 0;        // the late-frame timer (see LATE_FRAME_MS)
    this.open = null;      // the last line while it has no newline yet: { element, stream, lane }
    this.count = 0;
    this.dropped = 0;
    this.notice = null;
  }

  clear() {
    this.#cancelScheduled();
    this.pending = [];
    this.open = null;
    this.count = 0;
    this.dropped = 0;
    this.notice = null;
    this.container.replaceChildren();
  }

  append(stream, text, lane = 0, timeMs = 0) {
    this.pending.push([stream, text, lane, timeMs]);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.flush());
    this.timer = setTimeout(() => this.flush(), LATE_FRAME_MS);
  }

  #cancelScheduled() {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    this.timer = 0;
  }

  // Writes everything pending now (also called when a run ends).
  flush() {
    this.#cancelScheduled();
    if (!this.pending.length) return;
    const box = this.container;
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 24;
    const fragment = document.createDocumentFragment();
    for (const [stream, text, lane, timeMs] of this.pending) {
      const pieces = text.split('\n');
      pieces.forEach((piece, i) => {
        const last = i === pieces.length - 1;
        if (last && piece === '') return;  // text ended with a newline
        let line = this.open;
        if (!line || line.stream !== stream || line.lane !== lane) {
          line = this.#newLine(stream, lane, timeMs);
          fragment.append(line.element);
        }
        line.text.textContent += piece;
        if (!last) {
          this.#finishLine(line);
          this.open = null;
        } else {
          this.open = line;
        }
      });
    }
    this.pending = [];
    box.append(fragment);
    this.#trim();
    if (atBottom) box.scrollTop = box.scrollHeight;
  }

  // Shows the line printed by `lane` closest to `timeUs` (a click on a timeline marker).
  reveal(lane, timeUs) {
    let best = null;
    let bestDistance = Infinity;
    for (const element of this.container.children) {
      if (Number(element.dataset.lane) !== lane) continue;
      const distance = Math.abs(Number(element.dataset.time) * 1000 - timeUs);
      if (distance < bestDistance) {
        best = element;
        bestDistance = distance;
      }
    }
    if (!best) return;
    best.scrollIntoView({ block: 'nearest' });
    best.classList.remove('flash');
    void best.offsetWidth;  // restart the animation
    best.classList.add('flash');
  }

  // The plain text shown (without the time and lane columns).
  get text() {
    return [...this.container.querySelectorAll('.text')].map((e) => e.textContent).join('\n');
  }

  #newLine(stream, lane, timeMs) {
    const element = document.createElement('div');
    element.className = `line ${stream}`;
    element.dataset.lane = String(lane);
    element.dataset.time = String(timeMs);
    const meta = document.createElement('span');
    meta.className = 'meta';
    const name = this.laneName(lane) || (lane ? `lane ${lane}` : '');
    meta.textContent = `${(timeMs / 1000).toFixed(3)} s ${name}`;
    meta.title = `${name} at ${(timeMs / 1000).toFixed(3)} s`;
    const text = document.createElement('span');
    text.className = 'text';
    element.append(meta, text);
    this.count++;
    return { element, text, stream, lane };
  }

  // Turns `File "main.py", line 12, in f` into a link to line 12.
  #finishLine(line) {
    if (line.stream !== 'stderr') return;
    const match = FILE_LINE.exec(line.text.textContent);
    if (!match || match[2] !== this.filename) return;
    const number = Number(match[4]);
    const link = document.createElement('a');
    link.href = `#line-${number}`;
    link.className = 'source-link';
    link.textContent = `line ${number}`;
    link.title = `Show line ${number} in the editor`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.onGoToLine?.(number);
    });
    line.text.replaceChildren(`${match[1]}${match[2]}", `, link, match[5]);
  }

  #trim() {
    const excess = this.count - MAX_LINES;
    if (excess <= 0) return;
    let removed = 0;
    let element = this.notice ? this.notice.nextElementSibling : this.container.firstElementChild;
    while (element && removed < excess) {
      const next = element.nextElementSibling;
      element.remove();
      removed++;
      element = next;
    }
    this.count -= removed;
    this.dropped += removed;
    if (!this.notice) {
      this.notice = document.createElement('div');
      this.notice.className = 'line notice-line';
      this.container.prepend(this.notice);
    }
    this.notice.textContent = `[${this.dropped} earlier lines not shown]`;
  }
}
