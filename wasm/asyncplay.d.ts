// TypeScript declarations for wasm/asyncplay.mjs.

export interface RuntimeOptions {
  /** Pthread Workers started ahead of time (default: from the hardware, at least 4). */
  poolSize?: number;
  /** How long a stopped program may take to end before its Worker is replaced (default 1000). */
  stopTimeoutMs?: number;
  /** Where the Emscripten module (asyncplay.mjs, with its .wasm and .worker.js beside it) is
   * (default: ../build/wasm/asyncplay.mjs from this file). Relative URLs resolve against this file. */
  engineUrl?: string | URL;
  /** Where runtime-worker.mjs is (default: beside this file). */
  workerUrl?: string | URL;
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
  /** Program output as it is written: timeMs counts from the start of the run. */
  onOutput?(stream: 'stdout' | 'stderr', text: string, lane: number, timeMs: number): void;
  onTraceEvent?(event: TraceEvent): void;
}

export interface RunResult {
  /** 0, 1 after an uncaught exception, 130 after KeyboardInterrupt, or sys.exit()'s code. */
  exitCode: number;
  durationMs: number;
  /** The trace (docs/trace-format.md) when RunOptions.trace was set, else null. */
  trace: unknown | null;
  /** True when the program ignored stop() and its engine Worker was replaced. */
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
  /** Starts a program; throws if one is still running on this runtime. */
  run(source: string, options?: RunOptions): Run;
  dispose(): Promise<void>;
}

export function createRuntime(options?: RuntimeOptions): Promise<Runtime>;
export const crossOriginIsolationRequired: boolean;
