#!/usr/bin/env node
// wasm/cli.mjs: run a Python program with the WebAssembly engine under Node, as python3 would.
//
//   node wasm/cli.mjs [--trace OUT.json [--trace-format native|chrome]] FILE.py [ARGS...]
//                                                              ("-": the program from stdin)
//   npx asyncplay FILE.py
//
// Same contract as the native CLI (docs/design.md): the program's stdout and stderr, exit status
// 0, 1 after an uncaught exception or a SyntaxError, 130 after KeyboardInterrupt (Ctrl-C stops
// the program), or sys.exit()'s code; 2 for a usage error. stdin, when it is not a terminal, is
// read whole before the program starts and serves input().
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import { createRuntime } from './asyncplay.mjs';

const USAGE = `usage: asyncplay [options] FILE.py [ARGS...]

Runs a Python 3.11 program with the asyncplay engine (WebAssembly) and exits like python3 would.

  FILE.py            the program; '-' reads it from standard input
  ARGS               become sys.argv[1:]

options:
  --trace OUT.json   write the run's timeline (docs/trace-format.md) to OUT.json
  --trace-format native|chrome
                     the trace's format: asyncplay's own (default) or Chrome's trace events,
                     for Perfetto and chrome://tracing
  --no-threads       use the engine built without threads (build/wasm-st), as a page that is
                     not cross-origin isolated does
  --help             show this help and exit
`;

function usage(message) {
  if (message) process.stderr.write(`asyncplay: ${message}\n\n`);
  process.stderr.write(USAGE);
  process.exit(2);
}

const args = process.argv.slice(2);
let tracePath = null;
let traceFormat = 'native';
let threads = true;
while (args.length && args[0].startsWith('-') && args[0] !== '-') {
  const option = args.shift();
  if (option === '--help' || option === '-h') {
    process.stdout.write(USAGE);
    process.exit(0);
  } else if (option === '--trace') {
    if (!args.length) usage('--trace needs a file name');
    tracePath = args.shift();
  } else if (option === '--no-threads') {
    threads = false;
  } else if (option === '--trace-format') {
    traceFormat = args.shift();
    if (traceFormat !== 'native' && traceFormat !== 'chrome') {
      usage("--trace-format needs 'native' or 'chrome'");
    }
  } else {
    usage(`unknown option ${option}`);
  }
}
if (!args.length) usage();
if (traceFormat === 'chrome' && !tracePath) usage('--trace-format needs --trace OUT.json');
const [path, ...programArgs] = args;

let source;
try {
  source = readFileSync(path === '-' ? 0 : path, 'utf8');
} catch {
  process.stderr.write(`asyncplay: can't open file '${path}': [Errno 2] No such file or directory\n`);
  process.exit(2);
}
let stdin = '';
if (path !== '-' && !process.stdin.isTTY) {
  try {
    stdin = readFileSync(0, 'utf8');
  } catch {
    stdin = '';
  }
}

// Pre-started pthread Workers, each of which loads the engine: the program's main thread takes
// one. A program that may start threads (its text mentions threads, concurrent.futures or an
// executor) gets five more, so they start without waiting; any other program only the one, which
// halves the start-up. A thread beyond the pool still starts, on a new Worker (about 150 ms).
const mayStartThreads = /thread|concurrent|executor/i.test(source);
// The engine runs on this thread (inProcess; the program itself on a pthread), which saves
// starting the runtime's Worker.
let runtime;
try {
  runtime = await createRuntime({ poolSize: mayStartThreads ? 6 : 1, threads, inProcess: true });
} catch (error) {
  process.stderr.write(`${error?.message ?? error}\n`);
  process.exit(1);
}
const run = runtime.run(source, {
  filename: path === '-' ? '<stdin>' : path,
  argv: programArgs,
  stdin,
  trace: !!tracePath,
  traceFormat,
  onOutput: (stream, text) => (stream === 'stderr' ? process.stderr : process.stdout).write(text),
});
process.on('SIGINT', () => run.stop());
// A reader that goes away (`| head`) ends the program, with the last line python3 prints then.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    if (stream === process.stdout) {
      try {
        writeSync(2, 'BrokenPipeError: [Errno 32] Broken pipe\n');
      } catch {}
    }
    process.exit(1);
  });
}
const result = await run.done;
if (tracePath && result.trace) writeFileSync(tracePath, `${JSON.stringify(result.trace)}\n`);
// Output is written synchronously (files, pipes and terminals on Linux), so nothing is lost by
// exiting at once rather than waiting for the engine's Workers to wind down.
process.exit(result.exitCode);
