// web/main.js: the playground page. Edit a snippet (web/editor.js), Run it (or Ctrl/Cmd+Enter),
// watch its output (web/output.js) and its timeline (web/timeline.js) while it runs, Stop it
// (or Esc), Share a link that carries the snippet (web/share.js). `?embed=1` is the compact
// layout for iframes. The engine runs in a Worker through the JS API (wasm/asyncplay.mjs).
//
// For tests and tools the page exposes `window.asyncplayPage` (read-only views of its state).
import examples from 'asyncplay:examples';

import { createRuntime } from '../wasm/asyncplay.mjs';
import { createEditor } from './editor.js';
import { OutputView } from './output.js';
import { decodeState, encodeState } from './share.js';
import { formatTime, TimelineModel } from './timeline-model.js';
import { renderLegend, TimelineView } from './timeline.js';

const FILENAME = 'main.py';
const STORAGE = { code: 'asyncplay.snippet', details: 'asyncplay.details' };
const $ = (id) => document.getElementById(id);

const params = new URLSearchParams(location.search);
const embed = params.get('embed') === '1';
document.body.classList.toggle('embed', embed);

const ui = {
  run: $('run'),
  stop: $('stop'),
  share: $('share'),
  status: $('status'),
  examples: $('examples'),
  summary: $('example-summary'),
  notice: $('notice'),
  details: $('show-details'),
  openFull: $('open-full'),
  timelineSummary: $('timeline-summary'),
};

// Local storage can be unavailable (privacy settings, sandboxed iframes): the page still works.
const store = {
  get(key) {
    try {
      return embed ? null : localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      if (!embed) localStorage.setItem(key, value);
    } catch {
      // not stored: nothing else to do
    }
  },
};

let runtime = null;
let current = null;    // the run in progress: { run, model, started }
let model = null;      // the timeline shown

const editor = createEditor($('editor'), {
  doc: '',
  onRun: () => run(),
  onChange: (code) => {
    store.set(STORAGE.code, code);
    ui.examples.value = '';
    ui.summary.hidden = true;
    if (embed) updateOpenFull();
  },
});

performance.mark('asyncplay:editor');  // the editor is up (bench/page.mjs measures these marks)

const output = new OutputView($('output'), {
  filename: FILENAME,
  laneName: (lane) => model?.lanes.get(lane)?.name ?? '',
  onGoToLine: (line) => editor.goToLine(line),
});

const timeline = new TimelineView($('timeline'), {
  onSelectLine: (lane, time) => output.reveal(lane, time),
});
renderLegend($('legend'));
$('zoom-in').addEventListener('click', () => timeline.zoom(0.5));
$('zoom-out').addEventListener('click', () => timeline.zoom(2));
$('zoom-fit').addEventListener('click', () => timeline.fit());

// A trace file written by `asyncplay --trace OUT.json` (or `node wasm/cli.mjs --trace`) dropped on
// the timeline is shown there.
const timelineBox = $('timeline');
timelineBox.addEventListener('dragover', (event) => {
  if (!current && event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
timelineBox.addEventListener('drop', async (event) => {
  const file = event.dataTransfer?.files[0];
  if (!file || current) return;
  event.preventDefault();
  try {
    const trace = JSON.parse(await file.text());
    if (trace?.format !== 'asyncplay-trace') throw new Error('not an asyncplay trace');
    window.asyncplayPage.showTrace(trace);
    setStatus(`Showing the trace in ${file.name}`, 'ok');
  } catch (error) {
    setStatus(`Cannot show ${file.name}: ${error.message}`, 'error');
  }
});

// --- examples ---

for (const [i, example] of examples.entries()) {
  const option = new Option(example.title, String(i));
  option.title = example.summary;
  ui.examples.add(option);
}
ui.examples.addEventListener('change', () => {
  const example = examples[Number(ui.examples.value)];
  if (!example || ui.examples.value === '') return;
  showExample(example);
});

function showExample(example) {
  editor.setCode(example.code);
  store.set(STORAGE.code, example.code);
  ui.examples.value = String(examples.indexOf(example));
  ui.summary.textContent = example.summary;
  ui.summary.hidden = false;
}

// --- output details toggle ---

function setDetails(on) {
  ui.details.checked = on;
  $('output').classList.toggle('show-details', on);
  store.set(STORAGE.details, on ? '1' : '0');
}
ui.details.addEventListener('change', () => setDetails(ui.details.checked));

// --- status ---

function setStatus(text, kind = '') {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
}

function showNotice(text) {
  ui.notice.textContent = text;
  ui.notice.hidden = false;
}

// --- running ---

async function run() {
  if (!runtime || current) return;
  output.clear();
  model = new TimelineModel();
  timeline.setModel(model);
  ui.timelineSummary.textContent = '';
  ui.run.disabled = true;
  ui.stop.disabled = false;
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  setStatus('Running… 0.0 s', 'running');
  const tick = setInterval(() => {
    setStatus(`Running… ${elapsed().toFixed(1)} s`, 'running');
    timeline.setNow(elapsed() * 1e6);
  }, 100);
  const runModel = model;
  performance.mark('asyncplay:run');
  let first = true;
  const handle = runtime.run(editor.code, {
    filename: FILENAME,
    trace: true,
    onOutput: (stream, text, lane, timeMs) => {
      if (first) {
        first = false;
        performance.mark('asyncplay:first-output');
      }
      output.append(stream, text, lane, timeMs);
    },
    onTraceEvent: (event) => {
      runModel.apply(event);
      timeline.schedule();
    },
  });
  current = { run: handle, model: runModel, started };
  try {
    const result = await handle.done;
    output.flush();
    if (result.trace) {
      model = TimelineModel.fromTrace(result.trace);
      timeline.setModel(model, { keepView: true });
    } else {
      runModel.finish(elapsed() * 1e6);
      timeline.schedule();
    }
    showSummary(model);
    const seconds = (result.durationMs / 1000).toFixed(2);
    if (result.restarted) {
      setStatus('Stopped: the program did not stop in time, so the engine was restarted', 'error');
    } else if (result.exitCode === 130) {
      setStatus(`Stopped (KeyboardInterrupt): exit code 130 after ${seconds} s`, 'stopped');
    } else {
      setStatus(`Finished: exit code ${result.exitCode} in ${seconds} s`, result.exitCode ? 'error' : 'ok');
    }
  } catch (error) {
    output.flush();
    runModel.finish(elapsed() * 1e6);
    timeline.schedule();
    setStatus(`The engine failed: ${error.message}`, 'error');
  } finally {
    clearInterval(tick);
    current = null;
    ui.run.disabled = false;
    ui.stop.disabled = true;
  }
}

function stop() {
  if (!current) return;
  setStatus('Stopping…', 'running');
  current.run.stop();
}

function showSummary(m) {
  const s = m.summary();
  const parts = [`Wall ${formatTime(s.wall)}`, `${s.threads} thread${s.threads === 1 ? '' : 's'}`];
  const tasks = s.lanes - s.threads;
  if (tasks) parts.push(`${tasks} task${tasks === 1 ? '' : 's'}`);
  parts.push(`up to ${s.peakActive} lane${s.peakActive === 1 ? '' : 's'} busy at once`);
  if (s.threads > 1) parts.push(`threads ran in parallel for ${formatTime(s.parallelRunning)}`);
  const busy = s.busy
    .filter((b) => b.running > 0)
    .slice(0, 6)
    .map((b) => `${b.name} ${formatTime(b.running)}`);
  if (busy.length) parts.push(`running: ${busy.join(', ')}${s.busy.length > 6 ? ', …' : ''}`);
  if (m.dropped) parts.push(`the trace stopped after its event limit (${m.dropped} events not recorded)`);
  ui.timelineSummary.textContent = parts.join(' · ');
}

ui.run.addEventListener('click', () => run());
ui.stop.addEventListener('click', () => stop());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  } else if (event.key === 'Escape' && current) {
    stop();
  }
});

// --- share and embed ---

async function shareLink() {
  const fragment = await encodeState({ code: editor.code, details: ui.details.checked });
  const url = new URL(location.href);
  url.hash = fragment;
  url.searchParams.delete('embed');
  return url;
}

ui.share.addEventListener('click', async () => {
  const url = await shareLink();
  history.replaceState(null, '', embed ? `${location.pathname}${location.search}#${url.hash.slice(1)}` : url);
  try {
    await navigator.clipboard.writeText(url.href);
    setStatus('Link copied: it opens this snippet', 'ok');
  } catch {
    setStatus('The link to this snippet is in the address bar', 'ok');
  }
});

async function updateOpenFull() {
  ui.openFull.href = (await shareLink()).href;
}

// --- start ---

async function restoreSnippet() {
  const shared = await decodeState(location.hash);
  if (shared) {
    editor.setCode(shared.code);
    setDetails(shared.details);
    return;
  }
  setDetails(store.get(STORAGE.details) === '1');
  const stored = store.get(STORAGE.code);
  if (stored !== null) editor.setCode(stored);
  else if (examples.length) showExample(examples[0]);
}

window.addEventListener('hashchange', async () => {
  const shared = await decodeState(location.hash);
  if (shared) {
    editor.setCode(shared.code);
    setDetails(shared.details);
  }
});

async function start() {
  await restoreSnippet();
  if (embed) {
    ui.openFull.hidden = false;
    updateOpenFull();
  }
  try {
    // Without cross-origin isolation (no shared memory) createRuntime loads engine-st, the
    // engine built without threads.
    runtime = await createRuntime({
      engineUrl: new URL('./engine/asyncplay.mjs', import.meta.url).href,
      noThreadsEngineUrl: new URL('./engine-st/asyncplay.mjs', import.meta.url).href,
      workerUrl: new URL('./runtime-worker.mjs', import.meta.url).href,
      warmUp: true,
      poolTarget: 8,
    });
    if (!runtime.threads) {
      showNotice('This page is not cross-origin isolated: threads are unavailable here, everything else runs.');
    }
    $('version').textContent = runtime.version;
    performance.mark('asyncplay:ready');
    setStatus('Ready', 'idle');
    ui.run.disabled = false;
  } catch (error) {
    showNotice(`The engine failed to load: ${error.message}`);
    setStatus('The engine failed to load.', 'error');
  }
}

window.asyncplayPage = {
  get code() {
    return editor.code;
  },
  get output() {
    return output.text;
  },
  get lanes() {
    return model ? model.rows().map(({ lane, depth }) => ({ name: lane.name, kind: lane.kind, depth })) : [];
  },
  get running() {
    return !!current;
  },
  examples: examples.map(({ slug, title, summary }) => ({ slug, title, summary })),
  // Shows a finished trace (docs/trace-format.md), e.g. one written by `asyncplay --trace`.
  showTrace(trace) {
    model = TimelineModel.fromTrace(trace);
    timeline.setModel(model);
    showSummary(model);
  },
  timeline,
};

start();
