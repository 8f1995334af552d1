// wasm/runtime-worker.mjs: the engine's home, a dedicated Worker (a browser module Worker, or a
// Node worker_threads Worker). wasm/asyncplay.mjs creates it; nothing else talks to it.
//
// The engine's program runs on a pthread of its own, so this thread only starts runs, polls the
// engine every few milliseconds while one goes on, forwards what it finds, and delivers stop.
// The build without threads (engine.threads() false, build/wasm-st) runs the program on this very
// thread inside startRun(): the engine then calls Module.onEngineFlush() while the program runs,
// which forwards output and trace events at once (this thread's event loop is blocked meanwhile,
// so 'stop' cannot arrive: asyncplay.mjs terminates the Worker instead).
//
// Settings (workerData under Node, the URL's query in a browser): engine (the module's URL),
// poolSize, poolTarget (see growPool() below), warmUp (see warmUp() below).
//
// Messages in:   { type: 'run', id, source, filename, stdin, argv, trace, traceFormat }
//                { type: 'stop', id }
// Messages out:  { type: 'ready', version, threads } | { type: 'failed', message }
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
  if (!engine || warming) {
    pending.push(message);
    if (warming && message.type === 'run') engine.stopRun();  // a real run goes first
  } else {
    handle(message);
  }
};

// The pthread pool: the module starts with a few pre-loaded Workers (poolSize; each one costs
// start-up time), and a thread started when none is free waits for a new Worker to load the
// engine (100-300 ms). So with the poolTarget option, once the engine is ready, more Workers are
// loaded in the background, one at a time, until poolTarget are free: a program with a handful
// of threads then never waits. Loading takes CPU, so it is for hosts that start the runtime well
// before its first run (the page), not for the CLI. (Emscripten's PThread pool, exported on the
// module.)

function growPool(target) {
  const pool = engine.PThread;
  if (!pool || typeof pool.allocateUnusedWorker !== 'function') return;
  if (pool.unusedWorkers.length >= target) return;
  // A Worker joins the free list only once it has loaded the engine: a thread handed a Worker
  // that is still loading would be lost.
  pool.allocateUnusedWorker();
  const worker = pool.unusedWorkers.pop();
  pool.loadWasmModuleToWorker(worker, () => {
    pool.unusedWorkers.push(worker);
    setTimeout(() => growPool(target), 0);
  });
}

// The warm-up (createRuntime's warmUp option): a program run right after start-up, whose output
// nobody sees, so that the engine's hot code is compiled by the optimizing tier before the first
// real run. WebAssembly engines first run code from a quick baseline compiler, and the
// interpreter's dispatch loop reaches its optimized version (several times faster) only after
// running a few hundred milliseconds; a real run that arrives meanwhile stops the warm-up at once.
const WARM_UP = `
import time

def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total

first = None
end = time.perf_counter() + 1.5
while time.perf_counter() < end:
    start = time.perf_counter()
    spin(20000)
    took = time.perf_counter() - start
    if first is None:
        first = took
    elif took * 3 < first:
        break

import asyncio, concurrent.futures, queue, threading

async def main():
    await asyncio.gather(*(asyncio.sleep(0) for _ in range(100)))

asyncio.run(main())
`;
let warming = false;

function warmUp() {
  if (!engine.startRun(WARM_UP, '<warm-up>', '', [], false)) return;
  warming = true;
  const check = () => {
    const state = engine.poll();
    if (!state.done) {
      setTimeout(check, POLL_MS);
      return;
    }
    warming = false;
    const queued = pending;
    pending = [];
    for (const message of queued) handle(message);
  };
  setTimeout(check, POLL_MS);
}

try {
  // The Emscripten module; its .wasm and .worker.js sit beside it.
  const moduleUrl = new URL(options.engine || options.engineUrl || '../build/wasm/asyncplay.mjs', import.meta.url);
  const { default: createModule } = await import(moduleUrl.href);
  const settings = {};
  if (Number(options.poolSize) > 0) settings.pthreadPoolSize = Number(options.poolSize);
  engine = await createModule(settings);
  const threads = typeof engine.threads === 'function' ? engine.threads() : true;
  if (!threads) engine.onEngineFlush = () => current && forward();
  send({ type: 'ready', version: engine.version(), threads });
  if (threads && Number(options.poolTarget) > 0) growPool(Number(options.poolTarget));
  if (threads && (options.warmUp === true || options.warmUp === '1')) warmUp();
  if (!warming) {
    for (const message of pending) handle(message);
    pending = [];
  }
} catch (error) {
  send({ type: 'failed', message: String(error?.message ?? error) });
}

function handle(message) {
  if (message.type === 'run') {
    if (current) {
      send({ type: 'done', id: message.id, exitCode: -1, durationMs: 0, trace: null, busy: true });
      return;
    }
    current = { id: message.id, trace: !!message.trace, chrome: message.traceFormat === 'chrome' };
    const ok = engine.startRun(
      String(message.source ?? ''),
      String(message.filename ?? 'main.py'),
      String(message.stdin ?? ''),
      Array.isArray(message.argv) ? message.argv.map(String) : [],
      !!message.trace,
    );
    if (!ok) {
      current = null;
      send({ type: 'done', id: message.id, exitCode: -1, durationMs: 0, trace: null, busy: true });
      return;
    }
    setTimeout(poll, 0);
  } else if (message.type === 'stop') {
    if (current && current.id === message.id) engine.stopRun();
  }
}

// Sends the current run's new output and trace events; returns the engine's state.
function forward() {
  const { id, trace } = current;
  const state = engine.poll();
  if (state.output.length) send({ type: 'output', id, chunks: state.output });
  if (trace) {
    const events = JSON.parse(state.traceEvents);
    if (events.length) send({ type: 'trace', id, events });
  }
  return state;
}

function poll() {
  if (!current) return;
  const { id, trace, chrome } = current;
  const state = forward();
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
    trace: trace ? JSON.parse(chrome ? engine.traceChromeJson() : engine.traceJson()) : null,
    liveThreads: state.liveThreads,
  });
}
