// wasm/asyncplay.mjs: the JavaScript API of the asyncplay engine, for browsers and Node 20.
//
//   const runtime = await createRuntime({ poolSize, stopTimeoutMs, engineUrl, workerUrl,
//                                         threads, noThreadsEngineUrl, inProcess });
//   const run = runtime.run(source, { filename, stdin, argv, trace, onOutput, onTraceEvent });
//   run.stop();                      // KeyboardInterrupt; the run ends within ~100 ms
//   const { exitCode, durationMs, trace, restarted } = await run.done;
//   runtime.dispose();
//
// The engine lives in a dedicated Worker (wasm/runtime-worker.mjs), never on the caller's thread
// (under Node, inProcess: true hosts it on the caller's thread instead: see hostInProcess).
// Runs follow each other on one runtime, each from a fresh interpreter state. onOutput(stream,
// text, lane, timeMs) is called while the program runs (stream: 'stdout' | 'stderr'; lane: the
// trace lane of the thread or task that wrote it; timeMs: since the run started). With trace:
// true, onTraceEvent(event) receives trace events as they happen and done resolves with the
// whole trace (docs/trace-format.md; traceFormat: 'chrome' gives it in Chrome's trace-event format
// instead; the live events keep the native shape).
//
// If a stopped program has not ended after stopTimeoutMs (1 s), the Worker is terminated and a
// new one started: done then resolves with { exitCode: 130, restarted: true }, and an explanation
// goes to onOutput on stderr. The same happens, silently, when daemon threads outlived a run.
//
// Threads need shared memory, which browsers give only to cross-origin isolated pages. threads:
// 'auto' (the default) loads the threaded engine (engineUrl) where SharedArrayBuffer exists and the
// page is isolated, and otherwise the engine built without threads (noThreadsEngineUrl, default
// ../build/wasm-st/asyncplay.mjs): everything but threads works there (threading.Thread.start,
// ThreadPoolExecutor and asyncio.to_thread raise RuntimeError saying why), sleeps and idle event
// loops keep one core busy, and since the program runs on the Worker's own thread, stop()
// terminates that Worker at once and starts a new one: done resolves with { exitCode: 130,
// restarted: true } and "KeyboardInterrupt" on stderr. threads: true insists on threads (throws
// where there are none), false always loads the build without them (also under Node, where
// 'auto' means threads). runtime.threads says which one runs.
const isNode = typeof process === 'object' && !!process.versions?.node;

const DEFAULT_STOP_TIMEOUT_MS = 1000;

const NO_THREADS_ENGINE_URL = '../build/wasm-st/asyncplay.mjs';

// Whether to load the threaded engine, from the threads option ('auto', true or false).
function wantThreads(option) {
  if (option === false || option === 'false') return false;
  if (isNode) return true;
  const available =
    typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated !== false;
  if (!available && option === true) {
    throw new Error(
      'asyncplay needs threads, which browsers only allow on cross-origin isolated pages: serve ' +
        'the page with the headers "Cross-Origin-Opener-Policy: same-origin" and ' +
        '"Cross-Origin-Embedder-Policy: require-corp" (npm start does), or use a service worker ' +
        'that adds them on static hosts.',
    );
  }
  return available;
}

async function spawnWorker(options) {
  const url = new URL(options.workerUrl ?? './runtime-worker.mjs', import.meta.url);
  const threads = wantThreads(options.threads ?? 'auto');
  const chosen = threads ? options.engineUrl : (options.noThreadsEngineUrl ?? NO_THREADS_ENGINE_URL);
  const engineUrl = chosen ? String(new URL(chosen, import.meta.url)) : '';
  if (isNode && options.inProcess && threads) return hostInProcess({ ...options, engineUrl });
  if (isNode) {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(url, {
      workerData: {
        poolSize: options.poolSize,
        engineUrl,
        warmUp: !!options.warmUp,
        poolTarget: options.poolTarget ?? 0,
      },
    });
    return {
      post: (message) => worker.postMessage(message),
      listen: (fn) => worker.on('message', fn),
      onError: (fn) => worker.on('error', fn),
      terminate: () => worker.terminate(),
      unref: () => worker.unref(),
      ref: () => worker.ref(),
    };
  }
  // A browser Worker has no workerData: its settings travel in the URL's query.
  if (options.poolSize) url.searchParams.set('poolSize', String(options.poolSize));
  if (engineUrl) url.searchParams.set('engine', engineUrl);
  if (options.warmUp) url.searchParams.set('warmUp', '1');
  if (options.poolTarget) url.searchParams.set('poolTarget', String(options.poolTarget));
  const worker = new Worker(url, { type: 'module', name: 'asyncplay-runtime' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (fn) => worker.addEventListener('message', (event) => fn(event.data)),
    onError: (fn) => worker.addEventListener('error', (event) => fn(event.error ?? event)),
    terminate: () => worker.terminate(),
    unref: () => {},
    ref: () => {},
  };
}

// The inProcess option (Node, threaded engine): the engine host runs on this thread, behind the
// same interface as a Worker. The program still runs on a pthread, so this thread stays free to
// deliver stop, and terminate() ends the engine's pthreads as terminating the Worker would. What
// it cannot survive: an engine that aborts (its error reaches this thread's process), so it is
// for one-shot tools such as the CLI.
async function hostInProcess(options) {
  // A computed URL, so that bundlers leave this Node-only module out of the page.
  const { hostEngine } = await import(String(new URL('./engine-host.mjs', import.meta.url)));
  const listeners = [];
  const deliver = (message) => {
    for (const listen of listeners) listen(message);
  };
  let host = null;
  return {
    post: (message) => queueMicrotask(() => host?.onMessage(message)),
    listen: (fn) => {
      listeners.push(fn);
      // The host starts once someone listens: its 'ready' must not go unheard.
      host ??= hostEngine(options, (message) => queueMicrotask(() => deliver(message)));
    },
    onError: () => {},
    terminate: async () => {
      const ending = host;
      host = null;
      await ending?.ready;
      ending?.dispose();
    },
    unref: () => {},
    ref: () => {},
  };
}

class Runtime {
  #options;
  #worker = null;
  #ready = null;
  #version = '';
  #threads = true;
  #runs = new Map();  // id -> run state
  #nextId = 1;
  #active = null;
  #disposed = false;
  #needsRestart = false;

  constructor(options) {
    this.#options = { poolSize: 0, stopTimeoutMs: DEFAULT_STOP_TIMEOUT_MS, ...options };
  }

  get version() {
    return this.#version;
  }

  // False when the engine was built without threads (see the top of this file).
  get threads() {
    return this.#threads;
  }

  async start() {
    this.#ready = this.#boot();
    await this.#ready;
    return this;
  }

  #boot() {
    return (async () => {
      const worker = await spawnWorker(this.#options);
      this.#worker = worker;
      let booted = false;
      await new Promise((resolve, reject) => {
        worker.onError((error) => {
          reject(error);
          if (booted && this.#worker === worker) this.#crashed(error);
          else this.#failActive(error);
        });
        worker.listen((message) => {
          if (this.#worker !== worker) return;
          if (message.type === 'ready') {
            booted = true;
            this.#version = message.version;
            this.#threads = message.threads !== false;
            resolve();
          } else if (message.type === 'failed') {
            reject(new Error(`asyncplay: the engine did not load: ${message.message}`));
          } else {
            this.#onMessage(message);
          }
        });
      });
      worker.unref();  // an idle runtime does not keep Node alive
    })();
  }

  #onMessage(message) {
    const run = this.#runs.get(message.id);
    if (!run) return;
    if (message.type === 'output') {
      for (const [stream, text, lane, timeMs] of message.chunks) {
        if (text) run.atLineStart = text.endsWith('\n');
        run.onOutput?.(stream === 2 ? 'stderr' : 'stdout', text, lane, timeMs);
      }
    } else if (message.type === 'trace') {
      if (run.onTraceEvent) for (const event of message.events) run.onTraceEvent(event);
    } else if (message.type === 'done') {
      if (message.busy) {
        this.#finish(run, null, new Error('asyncplay: a run is already in progress'));
        return;
      }
      if (message.liveThreads > 0) this.#needsRestart = true;  // daemon threads hold the engine
      this.#finish(run, {
        exitCode: message.exitCode,
        durationMs: message.durationMs,
        trace: message.trace,
        restarted: false,
      });
    }
  }

  #finish(run, result, error) {
    if (run.finished) return;
    run.finished = true;
    clearTimeout(run.stopTimer);
    this.#runs.delete(run.id);
    if (this.#active === run) this.#active = null;
    if (!this.#active) this.#worker?.unref();
    if (error) run.reject(error);
    else run.resolve(result);
  }

  #failActive(error) {
    for (const run of this.#runs.values()) this.#finish(run, null, error);
  }

  // Replaces the Worker; runs started meanwhile wait for the new one (this.#ready).
  // The engine Worker died under a run (the engine aborted: in practice, memory exhausted beyond
  // what MemoryError could report): the run ends with exit code 1 and a note on stderr, and a new
  // engine starts for the next run.
  #crashed(error) {
    const reason = String(error?.message ?? error).split('\n')[0];
    for (const run of this.#runs.values()) {
      run.onOutput?.(
        'stderr',
        `${run.atLineStart === false ? '\n' : ''}[asyncplay: the engine stopped (${reason}); most ` +
          'likely the program used all the memory it may have. A new engine was started.]\n',
        0,
        0,
      );
      this.#finish(run, { exitCode: 1, durationMs: 0, trace: null, restarted: true });
    }
    this.#restart();
  }

  #restart() {
    const old = this.#worker;
    this.#worker = null;
    this.#needsRestart = false;
    old?.terminate();
    this.#ready = this.#boot();
    this.#ready.catch(() => {});
    return this.#ready;
  }

  run(source, options = {}) {
    if (this.#disposed) throw new Error('asyncplay: the runtime was disposed');
    if (this.#active) throw new Error('asyncplay: a run is already in progress; stop it first');
    const id = this.#nextId++;
    const run = {
      id,
      finished: false,
      atLineStart: true,
      startedAt: 0,
      onOutput: options.onOutput,
      onTraceEvent: options.onTraceEvent,
    };
    const done = new Promise((resolve, reject) => {
      run.resolve = resolve;
      run.reject = reject;
    });
    this.#runs.set(id, run);
    this.#active = run;
    const begin = (async () => {
      await this.#ready;
      if (this.#needsRestart) await this.#restart();
      while (!this.#worker) await this.#ready;  // a restart is under way
      if (run.finished) return;
      this.#worker.ref();
      run.startedAt = performance.now();
      this.#worker.post({
        type: 'run',
        id,
        source: String(source),
        filename: options.filename ?? 'main.py',
        stdin: options.stdin ?? '',
        argv: options.argv ?? [],
        trace: !!options.trace,
        traceFormat: options.traceFormat === 'chrome' ? 'chrome' : 'native',
      });
    })();
    begin.catch((error) => this.#finish(run, null, error));
    const stop = () => {
      if (run.finished || run.stopTimer) return;
      begin.then(() => {
        if (run.finished || run.stopTimer) return;
        if (!this.#threads) {
          this.#stopWithoutThreads(run);
          return;
        }
        this.#worker.post({ type: 'stop', id });
        run.stopTimer = setTimeout(() => this.#forceStop(run), this.#options.stopTimeoutMs);
      });
    };
    return { id, done, stop };
  }

  // The program ignored the stop: replace the Worker.
  async #forceStop(run) {
    if (run.finished) return;
    run.onOutput?.(
      'stderr',
      '\n[asyncplay: the program did not stop within ' +
        `${this.#options.stopTimeoutMs} ms; its engine was restarted]\n`,
      0,
      0,
    );
    const ready = this.#restart();
    this.#finish(run, { exitCode: 130, durationMs: 0, trace: null, restarted: true });
    await ready.catch(() => {});
  }

  // Without threads the program runs on the Worker's own thread, which cannot take a 'stop'
  // message until the program ends: replace the Worker at once.
  async #stopWithoutThreads(run) {
    run.stopTimer = true;
    const durationMs = performance.now() - run.startedAt;
    run.onOutput?.(
      'stderr',
      (run.atLineStart ? '' : '\n') +
        '[asyncplay: stopped. Without threads the program cannot be interrupted where it is, so ' +
        'its engine was restarted at once (no finally blocks ran)]\nKeyboardInterrupt\n',
      0,
      durationMs,
    );
    const ready = this.#restart();
    this.#finish(run, { exitCode: 130, durationMs, trace: null, restarted: true });
    await ready.catch(() => {});
  }

  async dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#failActive(new Error('asyncplay: the runtime was disposed'));
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }
}

export async function createRuntime(options = {}) {
  return new Runtime(options).start();
}

export const crossOriginIsolationRequired = !isNode;
