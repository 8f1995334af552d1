// wasm/engine-host.mjs: hosts the Emscripten engine on the calling thread and speaks the
// runtime's message protocol. wasm/runtime-worker.mjs runs it inside the runtime's dedicated
// Worker; createRuntime({ inProcess: true }) (the Node CLI) runs it on the caller's own thread,
// which saves starting a Worker (about 70 ms under Node here).
//
//   const host = hostEngine(options, send);  // host.ready resolves once 'ready' or 'failed' was sent
//   host.onMessage(message);
//   host.dispose();                          // ends the engine's threads
//
// The engine's program runs on a pthread of its own, so this thread only starts runs, polls the
// engine every few milliseconds while one goes on, forwards what it finds, and delivers stop.
// The build without threads (engine.threads() false, build/wasm-st) runs the program on this very
// thread inside startRun(): the engine then calls Module.onEngineFlush() while the program runs,
// which forwards output and trace events at once (this thread's event loop is blocked meanwhile,
// so 'stop' cannot arrive: asyncplay.mjs terminates the Worker instead).
//
// options: engine or engineUrl (the module's URL), poolSize, poolTarget (see growPool() below),
// warmUp (see warmUp() below); numbers and booleans may come as strings (a URL's query).
//
// Messages in:   { type: 'run', id, source, filename, stdin, argv, trace, traceFormat }
//                { type: 'stop', id }
// Messages out:  { type: 'ready', version, threads } | { type: 'failed', message }
//                { type: 'output', id, chunks: [[stream, text, lane, timeMs], ...] }
//                { type: 'trace', id, events: [...] }
//                { type: 'done', id, exitCode, durationMs, trace, liveThreads }
const POLL_MS = 8;

// The warm-up (createRuntime's warmUp option): a program run right after start-up, whose output
// nobody sees, so that the engine's hot code is compiled by the optimizing tier before the first
// real run. WebAssembly engines first run code from a quick baseline compiler, and the
// interpreter's dispatch loop reaches its optimized version (several times faster) only after
// running a few hundred milliseconds; a real run that arrives meanwhile stops the warm-up as
// soon as it reaches its spin loop (SPIN_MARK): never inside asyncio.run() or an import, where a
// KeyboardInterrupt is suspected of having left the warm-up hanging (a first run that never
// started, seen twice in the browser tests).
const SPIN_MARK = '<warm-up: spinning>';
const WARM_UP = `
import asyncio, concurrent.futures, queue, threading, time

async def main():
    await asyncio.gather(*(asyncio.sleep(0) for _ in range(100)))

asyncio.run(main())
print("${SPIN_MARK}")

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
`;

// Emscripten's Node support makes every uncaught exception and unhandled rejection in the
// process rethrow (printing its minified source line): not its business on a thread it shares.
// An engine that fails still fails its run (asyncplay.mjs reports it).
async function withoutProcessHandlers(load) {
  if (typeof process !== 'object' || typeof process.listeners !== 'function') return load();
  const events = ['uncaughtException', 'unhandledRejection'];
  const before = new Map(events.map((event) => [event, process.listeners(event)]));
  try {
    return await load();
  } finally {
    for (const event of events) {
      for (const listener of process.listeners(event)) {
        if (!before.get(event).includes(listener)) process.off(event, listener);
      }
    }
  }
}

export function hostEngine(options, send) {
  let engine;
  let pending = [];  // messages that arrived before the engine was ready
  let current = null;  // { id, trace }
  let warming = false;  // see warmUp()
  let spinning = false;  // the warm-up reached its spin loop, where stopping it is safe
  let stopWanted = false;  // a real run is waiting for the warm-up to end

  const onMessage = (message) => {
    if (!engine || warming) {
      pending.push(message);
      if (warming && message.type === 'run') {
        stopWanted = true;  // a real run goes first
        if (spinning) engine.stopRun();
      }
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

  function warmUp() {
    if (!engine.startRun(WARM_UP, '<warm-up>', '', [], false)) return;
    warming = true;
    const check = () => {
      const state = engine.poll();
      if (!spinning && state.output.some((chunk) => chunk[1].includes(SPIN_MARK))) {
        spinning = true;
        if (stopWanted) engine.stopRun();
      }
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

  const ready = (async () => {
    try {
      // The Emscripten module; its .wasm and .worker.js sit beside it.
      const moduleUrl = new URL(
        options.engine || options.engineUrl || '../build/wasm/asyncplay.mjs',
        import.meta.url,
      );
      const { default: createModule } = await import(moduleUrl.href);
      const settings = {};
      if (Number(options.poolSize) > 0) settings.pthreadPoolSize = Number(options.poolSize);
      engine = await withoutProcessHandlers(() => createModule(settings));
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
  })();

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

  // Ends the engine's pthreads, running or idle: what terminating the runtime's Worker does when
  // the host runs in one. (Emscripten's PThread, exported on the module.)
  function dispose() {
    current = null;
    pending = [];
    const pool = engine?.PThread;
    if (!pool) return;
    for (const worker of [...pool.runningWorkers, ...pool.unusedWorkers]) worker.terminate();
    pool.runningWorkers.length = 0;
    pool.unusedWorkers.length = 0;
  }

  return { onMessage, ready, dispose };
}
