// wasm/runtime-worker.mjs: the engine's home, a dedicated Worker (a browser module Worker, or a
// Node worker_threads Worker). wasm/asyncplay.mjs creates it; nothing else talks to it.
//
// The engine's program runs on a pthread of its own, so this thread only starts runs, polls the
// engine every few milliseconds while one goes on, forwards what it finds, and delivers stop.
//
// Messages in:   { type: 'run', id, source, filename, stdin, argv, trace }
//                { type: 'stop', id }
// Messages out:  { type: 'ready', version } | { type: 'failed', message }
//                { type: 'output', id, chunks: [[stream, text, lane, timeMs], ...] }
//                { type: 'trace', id, events: [...] }
//                { type: 'done', id, exitCode, durationMs, trace, liveThreads }
const isNode = typeof process === 'object' && !!process.versions?.node;

let send;
let onMessage;
if (isNode) {
  const { parentPort, workerData } = await import('node:worker_threads');
  send = (message) => parentPort.postMessage(message);
  parentPort.on('message', (message) => onMessage(message));
  globalThis.asyncplayWorkerData = workerData;
} else {
  send = (message) => postMessage(message);
  self.onmessage = (event) => onMessage(event.data);
}

const POLL_MS = 8;
const options = isNode
  ? (globalThis.asyncplayWorkerData ?? {})
  : Object.fromEntries(new URL(self.location.href).searchParams);
let engine;
let pending = [];  // messages that arrived before the engine was ready
let current = null;  // { id, trace }

onMessage = (message) => {
  if (!engine) pending.push(message);
  else handle(message);
};

try {
  // The Emscripten module; its .wasm and .worker.js sit beside it.
  const moduleUrl = new URL(options.engine || options.engineUrl || '../build/wasm/asyncplay.mjs', import.meta.url);
  const { default: createModule } = await import(moduleUrl.href);
  const settings = {};
  if (Number(options.poolSize) > 0) settings.pthreadPoolSize = Number(options.poolSize);
  engine = await createModule(settings);
  send({ type: 'ready', version: engine.version() });
  for (const message of pending) handle(message);
  pending = [];
} catch (error) {
  send({ type: 'failed', message: String(error?.message ?? error) });
}

function handle(message) {
  if (message.type === 'run') {
    if (current) {
      send({ type: 'done', id: message.id, exitCode: -1, durationMs: 0, trace: null, busy: true });
      return;
    }
    const ok = engine.startRun(
      String(message.source ?? ''),
      String(message.filename ?? 'main.py'),
      String(message.stdin ?? ''),
      Array.isArray(message.argv) ? message.argv.map(String) : [],
      !!message.trace,
    );
    if (!ok) {
      send({ type: 'done', id: message.id, exitCode: -1, durationMs: 0, trace: null, busy: true });
      return;
    }
    current = { id: message.id, trace: !!message.trace };
    setTimeout(poll, 0);
  } else if (message.type === 'stop') {
    if (current && current.id === message.id) engine.stopRun();
  }
}

function poll() {
  if (!current) return;
  const { id, trace } = current;
  const state = engine.poll();
  if (state.output.length) send({ type: 'output', id, chunks: state.output });
  if (trace) {
    const events = JSON.parse(state.traceEvents);
    if (events.length) send({ type: 'trace', id, events });
  }
  if (!state.done) {
    setTimeout(poll, POLL_MS);
    return;
  }
  current = null;
  send({
    type: 'done',
    id,
    exitCode: state.exitCode,
    durationMs: state.durationMs,
    trace: trace ? JSON.parse(engine.traceJson()) : null,
    liveThreads: state.liveThreads,
  });
}
