// TypeScript declarations for wasm/asyncplay.mjs.

export interface RuntimeOptions {
  /** Pthread Workers started ahead of time (default: from the hardware, at least 4). */
  poolSize?: number;
  /** How long a stopped program may take to end before its Worker is replaced (default 1000). */
  stopTimeoutMs?: number;
  /** Where the Emscripten module (asyncplay.mjs, with its .wasm and .worker.js beside it) is
   * (default: ../build/wasm/asyncplay.mjs from this file). Relative URLs resolve against this file. */
  engineUrl?: string | URL;
  /** Run a short program right after start-up (output discarded) so that the engine's hot code
   * is compiled by the WebAssembly engine's optimizing tier before the first real run; a run
   * started meanwhile interrupts it at once. Worth it where start-up and the first run are
   * apart, as on a page; default false. */
  warmUp?: boolean;
  /** Once ready, load more pthread Workers in the background, one at a time, until this many are
   * free (a thread started when none is free waits 100-300 ms for a new one). Takes CPU while
   * it goes on; default 0 (off). */
  poolTarget?: number;
  /** Node only: host the engine on the calling thread instead of a dedicated Worker (the
   * program still runs on a pthread of its own, so stop() works the same). Saves starting a
   * Worker, 60-90 ms here; meant for one-shot tools such as the CLI. Ignored with threads: false,
   * whose program would block the caller. Default false. */
  inProcess?: boolean;
  /** Where runtime-worker.mjs is (default: beside this file). */
  workerUrl?: string | URL;
  /** Which engine to load. 'auto' (default): the threaded one (engineUrl) where the browser gives
   * shared memory (SharedArrayBuffer on a cross-origin isolated page) and always under Node, else
   * the one built without threads (noThreadsEngineUrl). true: threads or an error; false: the
   * build without threads, also under Node. */
  threads?: 'auto' | boolean;
  /** Where the engine built without threads is (asyncplay.mjs with its .wasm beside it; default:
   * ../build/wasm-st/asyncplay.mjs from this file). Relative URLs resolve against this file. */
  noThreadsEngineUrl?: string | URL;
}

/** One trace event, as recorded (see docs/trace-format.md for the timeline they build). */
export type TraceEvent =
  | { type: 'lane'; seq: number; time: number; lane: number; kind: 'thread' | 'task'; parent: number | null; name: string }
  | { type: 'state'; seq: number; time: number; lane: number; state: string; detail: string }
  | { type: 'instant'; seq: number; time: number; lane: number; kind: string; label: string }
  | { type: 'end'; seq: number; time: number; lane: number };

export interface RunOptions {
  /** The name tracebacks show (default "main.py"). */
  filename?: string;
  /** What input() reads. */
  stdin?: string;
  /** sys.argv[1:]. */
  argv?: string[];
  /** Record the timeline: onTraceEvent gets its events live and done resolves with it. */
  trace?: boolean;
  /** The shape of RunResult.trace: asyncplay's own (default) or Chrome's trace-event format. */
  traceFormat?: 'native' | 'chrome';
  /** Program output as it is written: timeMs counts from the start of the run. */
  onOutput?(stream: 'stdout' | 'stderr', text: string, lane: number, timeMs: number): void;
  onTraceEvent?(event: TraceEvent): void;
}

export interface RunResult {
  /** 0, 1 after an uncaught exception, 130 after KeyboardInterrupt, or sys.exit()'s code. */
  exitCode: number;
  durationMs: number;
  /** The trace (docs/trace-format.md, in RunOptions.traceFormat) when RunOptions.trace was set, else null. */
  trace: unknown | null;
  /** True when the engine Worker was replaced: the program ignored stop(), or it was stopped on
   * an engine without threads (which is always stopped that way). */
  restarted: boolean;
}

export interface Run {
  readonly id: number;
  readonly done: Promise<RunResult>;
  /** Stops the program (KeyboardInterrupt in its main thread; its other threads end). */
  stop(): void;
}

export interface Runtime {
  readonly version: string;
  /** Whether programs can start threads: false on the engine built without them (pages that are
   * not cross-origin isolated), where threading.Thread.start raises RuntimeError. */
  readonly threads: boolean;
  /** Starts a program; throws if one is still running on this runtime. */
  run(source: string, options?: RunOptions): Run;
  dispose(): Promise<void>;
}

export function createRuntime(options?: RuntimeOptions): Promise<Runtime>;
/** Whether threads need a cross-origin isolated page here (true in browsers). Without isolation
 * createRuntime() loads the engine built without threads. */
export const crossOriginIsolationRequired: boolean;
